// SPDX-License-Identifier: GPL-3.0-or-later
#include "SovereignReport.h"

#include <QJsonArray>

#include <cmath>

using namespace Qt::StringLiterals;

namespace steward::bench {

namespace {

template <typename T>
QJsonValue optionalJson(const std::optional<T> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QString ms(double v)
{
    return QString::number(v, 'f', 2);
}

QString mib(std::optional<qint64> kib)
{
    return kib ? QString::number(double(*kib) / 1024.0, 'f', 1) + u" MiB"_s : u"unknown"_s;
}

QString percentOfCore(double cpuSeconds, double wallSeconds)
{
    return QString::number(wallSeconds > 0 ? 100.0 * cpuSeconds / wallSeconds : 0.0, 'f', 0) + u"%"_s;
}

// "(2, 5] ms", or "past 100 ms" when the slowest tick was beyond every finite bucket.
QString bucketText(const BucketRange &b)
{
    if (std::isinf(b.upper))
        return u"past %1 ms"_s.arg(QString::number(b.lower));
    return u"(%1, %2] ms"_s.arg(QString::number(b.lower), QString::number(b.upper));
}

} // namespace

QString SovereignReport::toText() const
{
    QString t;
    t += u"steward-bench --sovereign: %1 match(es) x %2 players (1 bench player + %3 bots, map %4), %5 ms ticks "
         "(%6 Hz), %7 spectator(s) per match; %8 s measured\n"_s.arg(
             QString::number(matches), QString::number(playersPerMatch), QString::number(botsPerMatch), mapSize,
             QString::number(tickMs), QString::number(1000.0 / tickMs, 'f', 1), QString::number(spectatorsPerMatch),
             QString::number(seconds));
    if (!success)
        t += u"FAILED: %1\n"_s.arg(failure);
    if (windowSeconds == 0)
        return t; // nothing was measured
    t += u"setup %1 s (matches created, players joined over REST); WebSockets in with their first view in %2 s; "
         "every match running %3 s after the starts\n"_s.arg(QString::number(setupSeconds, 'f', 1),
                                                            QString::number(connectSeconds, 'f', 2),
                                                            QString::number(startSeconds, 'f', 2));
    t += u"window: %1 s between the two scrapes of /metrics\n"_s.arg(QString::number(windowSeconds, 'f', 2));
    if (haveTickMetrics) {
        t += u"host ticks, all matches (steward_tick_ms{kind=\"sovereign\"}): %1 run of %2 due (%3%), %4 late "
             "(steward_ticks_late_total)\n"_s.arg(
                 QString::number(ticksRun, 'f', 0), QString::number(ticksDue, 'f', 0),
                 QString::number(ticksDue > 0 ? 100.0 * ticksRun / ticksDue : 0.0, 'f', 1),
                 QString::number(ticksLate, 'f', 0));
        t += u"tick time: p50 %1 ms, p99 %2 ms, max in %3 (bucket resolution: interpolated in the buckets as "
             "histogram_quantile does); mean %4 ms (_sum/_count)\n"_s.arg(
                 tickP50Ms ? ms(*tickP50Ms) : u"-"_s, tickP99Ms ? ms(*tickP99Ms) : u"-"_s,
                 tickMaxBucket ? bucketText(*tickMaxBucket) : u"-"_s, ms(tickMeanMs));
        t += u"push time (steward_push_ms: a change to its watchers' connections): %1 pushes, p50 %2 ms, p99 %3 ms, "
             "mean %4 ms\n"_s.arg(QString::number(pushes, 'f', 0), pushP50Ms ? ms(*pushP50Ms) : u"-"_s,
                                  pushP99Ms ? ms(*pushP99Ms) : u"-"_s, ms(pushMeanMs));
        t += u"gauges at the end: player_connected_count %1, game_active_count{kind=\"sovereign\"} %2\n"_s.arg(
            playersConnected ? QString::number(*playersConnected) : u"-"_s,
            gamesActive ? QString::number(*gamesActive) : u"-"_s);
    }
    t += players.toText(u"players"_s);
    t += spectators.toText(u"spectators (the facilitator's token: at most 4 pushes a second)"_s);
    if (hostCpuSeconds)
        t += u"host CPU: %1 s = %2 of one core\n"_s.arg(QString::number(*hostCpuSeconds, 'f', 2),
                                                       percentOfCore(*hostCpuSeconds, windowSeconds));
    t += u"host memory (RSS): %1 set up, %2 at the window's start, %3 at its end\n"_s.arg(
        mib(hostRssSetUpKiB), mib(hostRssStartKiB), mib(hostRssEndKiB));
    t += u"bench CPU: %1 s = %2 of one core"_s.arg(QString::number(benchCpuSeconds, 'f', 2),
                                                  percentOfCore(benchCpuSeconds, windowSeconds));
    if (otherCpuSeconds)
        t += u"; other processes: %1 s"_s.arg(QString::number(*otherCpuSeconds, 'f', 2));
    t += u"\n"_s;
    for (std::size_t i = 0; i < perMatch.size(); ++i) {
        const Match &m = perMatch[i];
        const qint64 ticks = m.lastTick - m.firstTick;
        t += u"match %1 (%2): ticks %3 to %4 read by its player, %5 Hz"_s.arg(
            QString::number(i + 1), m.gameId, QString::number(m.firstTick), QString::number(m.lastTick),
            QString::number(m.tickSpanSeconds > 0 ? double(ticks) / m.tickSpanSeconds : 0.0, 'f', 2));
        if (m.overAtTick >= 0)
            t += u"; the match ended at tick %1"_s.arg(QString::number(m.overAtTick));
        t += u"\n"_s;
        t += m.player.toText(u"player"_s, u"  "_s);
        t += m.spectators.toText(u"spectators"_s, u"  "_s);
    }
    return t;
}

QJsonObject SovereignReport::toJson() const
{
    QJsonArray matchesJson;
    for (const Match &m : perMatch) {
        matchesJson.append(QJsonObject{{u"gameId"_s, m.gameId},
                                       {u"firstTick"_s, m.firstTick},
                                       {u"lastTick"_s, m.lastTick},
                                       {u"tickSpanSeconds"_s, m.tickSpanSeconds},
                                       {u"overAtTick"_s, m.overAtTick},
                                       {u"player"_s, m.player.toJson()},
                                       {u"spectators"_s, m.spectators.toJson()}});
    }
    QJsonObject tickTime{{u"p50"_s, optionalJson(tickP50Ms)},
                         {u"p99"_s, optionalJson(tickP99Ms)},
                         {u"mean"_s, tickMeanMs},
                         {u"resolution"_s, u"bucket"_s}};
    const QJsonObject pushTime{{u"count"_s, pushes},
                               {u"p50"_s, optionalJson(pushP50Ms)},
                               {u"p99"_s, optionalJson(pushP99Ms)},
                               {u"mean"_s, pushMeanMs}};
    if (tickMaxBucket) {
        tickTime.insert(u"maxAbove"_s, tickMaxBucket->lower);
        tickTime.insert(u"maxAtMost"_s, std::isinf(tickMaxBucket->upper) ? QJsonValue(QJsonValue::Null)
                                                                         : QJsonValue(tickMaxBucket->upper));
    }
    return QJsonObject{{u"mode"_s, u"sovereign"_s},
                       {u"success"_s, success},
                       {u"failure"_s, failure},
                       {u"matches"_s, matches},
                       {u"botsPerMatch"_s, botsPerMatch},
                       {u"playersPerMatch"_s, playersPerMatch},
                       {u"spectatorsPerMatch"_s, spectatorsPerMatch},
                       {u"mapSize"_s, mapSize},
                       {u"tickMs"_s, tickMs},
                       {u"seconds"_s, seconds},
                       {u"setupSeconds"_s, setupSeconds},
                       {u"connectSeconds"_s, connectSeconds},
                       {u"startSeconds"_s, startSeconds},
                       {u"windowSeconds"_s, windowSeconds},
                       {u"ticksRun"_s, haveTickMetrics ? QJsonValue(ticksRun) : QJsonValue(QJsonValue::Null)},
                       {u"ticksDue"_s, ticksDue},
                       {u"ticksLate"_s, haveTickMetrics ? QJsonValue(ticksLate) : QJsonValue(QJsonValue::Null)},
                       {u"tickTimeMs"_s, haveTickMetrics ? QJsonValue(tickTime) : QJsonValue(QJsonValue::Null)},
                       {u"pushTimeMs"_s, haveTickMetrics ? QJsonValue(pushTime) : QJsonValue(QJsonValue::Null)},
                       {u"playersConnected"_s, optionalJson(playersConnected)},
                       {u"gamesActive"_s, optionalJson(gamesActive)},
                       {u"players"_s, players.toJson()},
                       {u"spectators"_s, spectators.toJson()},
                       {u"perMatch"_s, matchesJson},
                       {u"hostRssSetUpKiB"_s, optionalJson(hostRssSetUpKiB)},
                       {u"hostRssStartKiB"_s, optionalJson(hostRssStartKiB)},
                       {u"hostRssEndKiB"_s, optionalJson(hostRssEndKiB)},
                       {u"hostCpuSeconds"_s, optionalJson(hostCpuSeconds)},
                       {u"hostCpuPercent"_s, hostCpuSeconds && windowSeconds > 0
                                                 ? QJsonValue(100.0 * *hostCpuSeconds / windowSeconds)
                                                 : QJsonValue(QJsonValue::Null)},
                       {u"benchCpuSeconds"_s, benchCpuSeconds},
                       {u"benchCpuPercent"_s, windowSeconds > 0 ? 100.0 * benchCpuSeconds / windowSeconds : 0.0},
                       {u"otherCpuSeconds"_s, optionalJson(otherCpuSeconds)}};
}

} // namespace steward::bench
