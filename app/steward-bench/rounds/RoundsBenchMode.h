// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BenchMode.h"
#include "RoundsRun.h"

#include <memory>

namespace steward::bench {

// `steward-bench --rounds`: operators' signed bets on a rounds table (RoundsRun).
class RoundsBenchMode : public BenchMode
{
public:
    RoundsBenchMode();
    ~RoundsBenchMode() override;

    QString description() const override;
    QString title() const override;
    QList<QCommandLineOption> options() const override;
    bool read(const QCommandLineParser &cli, QString *problem) override;
    qint64 connections() const override;
    void start(const SharedOptions &shared, std::function<void(const BenchOutcome &)> done) override;

private:
    QCommandLineOption m_clients;
    QCommandLineOption m_seconds;
    QCommandLineOption m_period;
    QCommandLineOption m_players;
    RoundsOptions m_options;
    std::unique_ptr<RoundsRun> m_run;
};

} // namespace steward::bench
