// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BeerRun.h"
#include "BenchMode.h"

#include <memory>

namespace steward::bench {

// `steward-bench` (the default) or `steward-bench --beer`: teams of four WebSocket clients play
// the Beer Game against the host (BeerRun).
class BeerBenchMode : public BenchMode
{
public:
    BeerBenchMode();
    ~BeerBenchMode() override;

    QString description() const override;
    QString title() const override;
    QList<QCommandLineOption> options() const override;
    bool read(const QCommandLineParser &cli, QString *problem) override;
    qint64 connections() const override;
    void start(const SharedOptions &shared, std::function<void(const BenchOutcome &)> done) override;

private:
    QCommandLineOption m_teams;
    QCommandLineOption m_weeks;
    QCommandLineOption m_think;
    QCommandLineOption m_clientThreads;
    BeerOptions m_options;
    std::unique_ptr<BeerRun> m_run;
};

} // namespace steward::bench
