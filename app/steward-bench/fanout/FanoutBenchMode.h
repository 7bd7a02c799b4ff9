// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BenchMode.h"
#include "FanoutRun.h"

#include <memory>

namespace steward::bench {

// `steward-bench --fanout`: watchers of real-time pulse games on steward-bench-host (FanoutRun).
class FanoutBenchMode : public BenchMode
{
public:
    FanoutBenchMode();
    ~FanoutBenchMode() override;

    QString description() const override;
    QString title() const override;
    QList<QCommandLineOption> options() const override;
    bool read(const QCommandLineParser &cli, QString *problem) override;
    QString hostProgramName() const override { return QStringLiteral("steward-bench-host"); }
    qint64 connections() const override;
    void start(const SharedOptions &shared, std::function<void(const BenchOutcome &)> done) override;

private:
    QCommandLineOption m_games;
    QCommandLineOption m_watchers;
    QCommandLineOption m_tick;
    QCommandLineOption m_bytes;
    QCommandLineOption m_seconds;
    QCommandLineOption m_reconnect;
    FanoutOptions m_options;
    std::unique_ptr<FanoutRun> m_run;
};

} // namespace steward::bench
