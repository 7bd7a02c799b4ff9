// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BenchMode.h"
#include "SovereignOptions.h"
#include "SovereignRun.h"

#include <memory>

namespace steward::bench {

// `steward-bench --sovereign`: Sovereign Lines matches full of bots at 20 Hz, measured from the
// host's tick metrics and from real WebSocket clients (SovereignRun).
class SovereignBenchMode : public BenchMode
{
public:
    SovereignBenchMode();
    ~SovereignBenchMode() override;

    QString description() const override;
    QString title() const override;
    QList<QCommandLineOption> options() const override;
    bool read(const QCommandLineParser &cli, QString *problem) override;
    qint64 connections() const override;
    void start(const SharedOptions &shared, std::function<void(const BenchOutcome &)> done) override;

private:
    QCommandLineOption m_matches;
    QCommandLineOption m_bots;
    QCommandLineOption m_spectators;
    QCommandLineOption m_seconds;
    QCommandLineOption m_tick;
    SovereignOptions m_options;
    std::unique_ptr<SovereignRun> m_run;
};

} // namespace steward::bench
