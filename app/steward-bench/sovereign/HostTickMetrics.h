// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QtGlobal>

#include <optional>
#include <vector>

namespace steward::bench {

// One bucket of a Prometheus histogram: observations at or below `upperBound` (cumulative, as
// the text format gives them; the last bucket's bound is +Inf).
struct HistogramBucket
{
    double upperBound = 0;
    double count = 0;
};

// What GET /metrics says of one real-time kind's ticks, and the gauges beside them
// (docs/protocol.md "Metrics"), read at one moment.
struct HostTickMetrics
{
    std::vector<HistogramBucket> tickMsBuckets; // steward_tick_ms{kind}, ascending, +Inf last
    double tickMsSum = 0;
    double tickMsCount = 0;
    std::vector<HistogramBucket> pushMsBuckets; // steward_push_ms{kind}: one change to its watchers
    double pushMsSum = 0;
    double pushMsCount = 0;
    double ticksLate = 0;                // steward_ticks_late_total{kind}
    std::optional<qint64> playersConnected; // player_connected_count
    std::optional<qint64> gamesActive;      // game_active_count{kind}
    std::optional<qint64> sessions;         // steward_websocket_sessions

    // Reads Prometheus' text format. Nothing when the kind has no tick histogram (it never
    // ticked): *problem says so.
    static std::optional<HostTickMetrics> fromText(const QByteArray &text, const QString &kind, QString *problem);

    // What happened between `earlier` and this: the counters' and buckets' differences; the
    // gauges stay this reading's.
    HostTickMetrics since(const HostTickMetrics &earlier) const;
};

} // namespace steward::bench
