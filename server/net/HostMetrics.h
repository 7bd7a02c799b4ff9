// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/core/MsHistogram.h"

#include <QByteArray>
#include <QHash>
#include <QElapsedTimer>
#include <QStringList>
#include <QtGlobal>

#include <array>

namespace steward {

class GameHost;

// The host's counters in Prometheus' text format (docs/operations in docs/protocol.md "Metrics"),
// served at GET /metrics. The four the real-time seed names:
//   game_active_count{kind}     games running now, per kind
//   player_connected_count      players signed in on a WebSocket
//   message_processed_total     WebSocket messages taken from clients
//   command_latency_ms          a game command from the gateway to its answer (after the commit),
//                               a histogram in milliseconds
// and the host's own, prefixed steward_. Counted on the game thread only.
class HostMetrics
{
public:
    HostMetrics() { m_started.start(); }
    void messageProcessed() { ++m_messages; }
    void commandAnswered(double ms);
    // One change of a game pushed to its watchers (ViewSync), per kind.
    void viewsPushed(const QString &kind, double ms);

    struct Gauges
    {
        int sessions = 0;         // WebSocket connections, signed in or not
        int playersConnected = 0; // of them, players signed in
    };
    QByteArray text(const GameHost &host, const Gauges &gauges) const;

    qint64 messages() const { return m_messages; }
    qint64 commands() const { return m_commands; }

private:
    QElapsedTimer m_started;
    static constexpr std::array<double, 11> Buckets{1, 2, 5, 10, 20, 50, 100, 250, 500, 1000, 2500};
    qint64 m_messages = 0;
    qint64 m_commands = 0;
    double m_latencySumMs = 0;
    std::array<qint64, Buckets.size()> m_bucketCounts{}; // each counts answers at or below its bound
    QHash<QString, MsHistogram> m_pushes;                 // kind ->
};

} // namespace steward
