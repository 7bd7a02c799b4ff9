// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BucketQuantile.h"
#include "PushFigures.h"

#include <QJsonObject>
#include <QString>

#include <optional>
#include <vector>

namespace steward::bench {

// The figures of one `steward-bench --sovereign` run, printed as text or as one JSON object.
struct SovereignReport
{
    bool success = false;
    QString failure; // why not, when success is false

    int matches = 0;
    int botsPerMatch = 0;
    int playersPerMatch = 0;
    int spectatorsPerMatch = 0;
    QString mapSize;
    int tickMs = 0;
    int seconds = 0;

    double setupSeconds = 0;   // sign-in, matches created, players joined over REST
    double connectSeconds = 0; // every WebSocket signed in with its first view
    double startSeconds = 0;   // the starts asked -> every client saw its match running
    double windowSeconds = 0;  // between the two scrapes of /metrics

    // The host's own tick figures over the window: the difference of two scrapes of
    // steward_tick_ms{kind="sovereign"} and steward_ticks_late_total, for all matches together
    // (the host counts per kind, not per match).
    bool haveTickMetrics = false;
    double ticksRun = 0;
    double ticksDue = 0;    // matches x window / tick length
    double ticksLate = 0;
    std::optional<double> tickP50Ms; // interpolated in the buckets, as histogram_quantile
    std::optional<double> tickP99Ms;
    std::optional<BucketRange> tickMaxBucket; // the bucket the slowest tick fell in
    double tickMeanMs = 0;                    // _sum / _count: exact
    // steward_push_ms{kind="sovereign"}: one change of a match to its watchers' connections.
    double pushes = 0;
    std::optional<double> pushP50Ms;
    std::optional<double> pushP99Ms;
    double pushMeanMs = 0;
    std::optional<qint64> playersConnected;   // gauges at the window's end
    std::optional<qint64> gamesActive;

    PushFigures players;
    PushFigures spectators;

    struct Match
    {
        QString gameId;
        qint64 firstTick = -1; // as its player read them in the window
        qint64 lastTick = -1;
        double tickSpanSeconds = 0; // between those two pushes
        qint64 overAtTick = -1;     // the match ended (conquest) at this tick; -1: it ran on
        PushFigures player;
        PushFigures spectators;
    };
    std::vector<Match> perMatch;

    std::optional<qint64> hostRssSetUpKiB; // matches set up, clients in, not started
    std::optional<qint64> hostRssStartKiB; // the window's start
    std::optional<qint64> hostRssEndKiB;   // its end
    std::optional<double> hostCpuSeconds;  // during the window, the whole process
    double benchCpuSeconds = 0;
    std::optional<double> otherCpuSeconds; // the machine's busy time less host and bench

    QString toText() const;
    QJsonObject toJson() const;
};

} // namespace steward::bench
