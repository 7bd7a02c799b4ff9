// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Percentiles.h"

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace steward::bench {

// The figures of one Beer Game load, printed as text or as one JSON object.
struct BeerReport
{
    bool success = false;
    QString failure; // why not, when success is false

    int teams = 0;
    int connections = 0;
    int weeks = 0;
    int thinkMs = 0;
    int clientThreads = 1; // the bench's threads the seats played on

    quint64 ordersExpected = 0; // 4 x teams x weeks
    quint64 ordersSent = 0;
    quint64 ordersAcked = 0;
    quint64 ordersRefused = 0;
    quint64 errors = 0;
    quint64 statesReceived = 0;
    quint64 bytesReceived = 0;
    quint64 restRetries = 0; // REST requests sent again after a 429 (setup only)

    double setupSeconds = 0;   // sign-in, create, joins, start
    double connectSeconds = 0; // all sockets open, authenticated, first state in
    double wallSeconds = 0;    // first order sent -> every team finished
    double ordersPerSecond = 0;
    double weeksPerSecond = 0; // team-weeks resolved per second

    Distribution orderToAck;
    Distribution weekToState;
    Distribution orderToNextWeek;

    std::optional<qint64> hostRssBeforeKiB; // game set up, no WebSocket yet
    std::optional<qint64> hostRssAfterKiB;  // every seat connected and holding its first state
    std::optional<qint64> hostRssEndKiB;    // every team finished
    std::optional<double> hostCpuSeconds;   // during play
    double benchCpuSeconds = 0;             // during play
    std::optional<double> machineCpuSeconds; // during play, every process on every CPU

    std::optional<double> devnetCpuSeconds; // during play; with the chain on and its anvil found

    std::optional<double> hostCpuMicrosPerOrder() const;
    // machine - host - devnet - bench: other work on this box
    std::optional<double> otherCpuSeconds() const;

    // The chain (--chain, or a --url host that records on chain). Intents are what the `ok` of
    // each order listed in data.chain; each is settled by a chain.tx push.
    bool chainKnown = false;    // /api/chain/status was read
    bool chain = false;         // the host records on chain
    bool hostStartedByBench = false;
    double chainReadySeconds = 0; // waited before setup until the stage was "running"
    quint64 intentsQueued = 0;
    quint64 intentsConfirmed = 0;
    quint64 intentsFailed = 0;
    quint64 intentsUnsettled = 0;       // queued, no chain.tx by the end
    quint64 intentsSettledBeforeOk = 0; // chain.tx read before the ok that listed it (lag 0)
    quint64 chainTxUnmatched = 0;       // chain.tx for an intent no ok listed
    QMap<QString, quint64> intentsByKind;
    double chainSeconds = 0;         // "go" -> the last chain.tx read
    double chainIntentsPerSecond = 0; // confirmed intents / chainSeconds
    Distribution outboxLag;          // per intent: the ok that listed it read -> its chain.tx read
    std::optional<QJsonObject> hostOutbox; // the outbox counts of /api/chain/status at the end
    QString chainLastError;                // its lastError, if any
    // CPU from "go" to the last chain.tx (the play phase and the wait for the chain after it).
    std::optional<double> chainHostCpuSeconds;
    std::optional<double> chainDevnetCpuSeconds;
    double chainBenchCpuSeconds = 0;
    std::optional<double> chainMachineCpuSeconds;
    std::optional<double> chainOtherCpuSeconds() const;
    QStringList chainFailures; // the first few failed intents

    QStringList firstErrors;

    std::optional<double> bytesPerConnection() const;
    QString toText() const;
    QJsonObject toJson() const;

private:
    QString chainText() const;
};

} // namespace steward::bench
