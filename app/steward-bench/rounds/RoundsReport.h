// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RoundsOperator.h"
#include "RoundsThreadCpu.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <map>
#include <optional>
#include <vector>

namespace steward::bench {

// The figures of one `steward-bench --rounds` run, as text or JSON.
struct RoundsReport
{
    struct Latency
    {
        qsizetype count = 0;
        double p50Ms = 0, p90Ms = 0, p99Ms = 0, maxMs = 0, meanMs = 0;
    };
    // One round the bettors bet in: from the moment it was seen open to its closesAt (or the end
    // of the betting time asked for). Bets in flight at that moment are answered during the drain.
    struct Window
    {
        qint64 round = 0;
        double seconds = 0;      // betting time
        double drainSeconds = 0; // end of betting -> the last answer
        quint64 accepted = 0;
        quint64 late = 0; // BET_TOO_LATE and ROUND_NOT_OPEN answers in it
    };

    bool success = false;
    QString failure;

    int clients = 0;
    int players = 0;
    int periodMs = 0;
    int bettingMs = 0;
    int secondsAsked = 0;
    bool hostStartedByBench = false;
    qint64 hostPid = 0;
    bool chain = false;
    double setupSeconds = 0;

    std::vector<Window> windows;
    double bettingSeconds = 0; // the windows together
    double phaseSeconds = 0;   // first window opened -> last one closed, gaps between rounds included
    quint64 sent = 0, accepted = 0, repeated = 0, lateRetried = 0, transportErrors = 0, reconnects = 0;
    std::map<QString, quint64> refusals;
    Latency latency; // of accepted bets
    std::vector<quint32> acceptedPerSecond; // of the betting phase, gaps between rounds included

    // Over the betting phase (phaseSeconds).
    std::optional<double> hostCpuSeconds;
    double operatorCpuSeconds = 0;
    double benchCpuSeconds = 0; // the bettors' thread and the rest of the bench, without the operator
    std::optional<double> otherCpuSeconds;
    QList<ThreadUse> hostThreads;
    std::optional<qint64> hostRssBeforeKiB, hostRssAfterKiB;
    RoundsOperator::Counts operatorDuring; // webhooks the operator answered during the phase

    // After the last round settled and every webhook was answered.
    double settleSeconds = 0;
    bool settled = false;
    RoundsOperator::Counts operatorAtEnd;
    int hostWebhooksPending = -1;
    bool ledgerKnown = false;
    bool ledgerOk = false;
    qint64 ledgerEntriesChecked = 0;
    QString ledgerDetail;

    double betsPerSecond() const { return bettingSeconds > 0 ? double(accepted) / bettingSeconds : 0; }
    quint64 refused() const;
    // Every accepted bet debited once and kept: debits taken less rollbacks applied.
    bool debitsMatch() const { return qint64(operatorAtEnd.debits) - operatorAtEnd.rollbacks == qint64(accepted); }
    bool consistent() const;

    static Latency summarize(std::vector<qint64> samplesNs);
    QString toText() const;
    QJsonObject toJson() const;
};

} // namespace steward::bench
