// SPDX-License-Identifier: GPL-3.0-or-later
#include "FanoutReport.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace steward::bench {

namespace {

template <typename T>
QJsonValue optionalJson(const std::optional<T> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

} // namespace

QString FanoutReport::toText() const
{
    QString t;
    const int watchers = games * watchersPerGame;
    t += u"steward-bench --fanout: %1 game(s) x %2 watchers = %3 WebSockets; a %4-byte change every %5 ms "
         "(%6 Hz), %7 s measured\n"_s.arg(QString::number(games), QString::number(watchersPerGame),
                                          QString::number(watchers), QString::number(bytes), QString::number(tickMs),
                                          QString::number(1000.0 / tickMs, 'f', 1), QString::number(seconds));
    if (!success)
        t += u"FAILED: %1\n"_s.arg(failure);
    if (!success && connectSeconds == 0)
        return t; // it failed before the watchers were in: nothing was measured
    t += u"setup %1 s (games, joins over REST); %2 WebSockets signed in with their first view in %3 s\n"_s.arg(
        QString::number(setupSeconds, 'f', 1), QString::number(watchers), QString::number(connectSeconds, 'f', 2));
    const quint64 missed = ticksExpected - std::min(ticksSeen, ticksExpected);
    t += u"ticks: %1 of %2 (watcher, tick) read, %3 missed (%4%)\n"_s.arg(
        QString::number(ticksSeen), QString::number(ticksExpected), QString::number(missed),
        QString::number(ticksExpected ? 100.0 * double(missed) / double(ticksExpected) : 0.0, 'f', 3));
    t += distributionLine(u"tick -> watcher (ran on the host -> frame read here):"_s, delivery);
    t += distributionLine(u"host's tick lateness (ran -> its place on the schedule):"_s, lateness);
    if (reconnecting > 0)
        t += distributionLine(u"%1 watchers dropped at once, back with their view in"_s.arg(QString::number(reconnecting)), reconnect)
             + u"  the last of them back after %1 s\n"_s.arg(QString::number(reconnectAllSeconds, 'f', 3));
    if (windowSeconds > 0) {
        t += u"read: %1 frames/s, %2 MiB/s over the window's %3 s\n"_s.arg(
            QString::number(double(ticksSeen) / windowSeconds, 'f', 0),
            QString::number(double(ticksSeen) * bytes / windowSeconds / 1048576.0, 'f', 1),
            QString::number(windowSeconds, 'f', 2));
        if (hostCpuSeconds)
            t += u"host CPU: %1 s = %2% of one core; %3 us per frame sent\n"_s.arg(
                QString::number(*hostCpuSeconds, 'f', 2), QString::number(100.0 * *hostCpuSeconds / windowSeconds, 'f', 0),
                QString::number(ticksSeen ? *hostCpuSeconds * 1e6 / double(ticksSeen) : 0.0, 'f', 2));
        t += u"bench CPU: %1 s = %2% of one core\n"_s.arg(QString::number(benchCpuSeconds, 'f', 2),
                                                            QString::number(100.0 * benchCpuSeconds / windowSeconds, 'f', 0));
    }
    if (hostRssBeforeKiB && hostRssAfterKiB)
        t += u"host memory: %1 MiB before the WebSockets, %2 MiB with them (%3 KiB per connection)\n"_s.arg(
            QString::number(double(*hostRssBeforeKiB) / 1024.0, 'f', 1),
            QString::number(double(*hostRssAfterKiB) / 1024.0, 'f', 1),
            QString::number(watchers ? double(*hostRssAfterKiB - *hostRssBeforeKiB) / watchers : 0.0, 'f', 1));
    for (const QString &e : firstErrors)
        t += u"  error: %1\n"_s.arg(e);
    return t;
}

QJsonObject FanoutReport::toJson() const
{
    return QJsonObject{{u"mode"_s, u"fanout"_s},
                       {u"success"_s, success},
                       {u"failure"_s, failure},
                       {u"games"_s, games},
                       {u"watchersPerGame"_s, watchersPerGame},
                       {u"tickMs"_s, tickMs},
                       {u"bytes"_s, bytes},
                       {u"seconds"_s, seconds},
                       {u"setupSeconds"_s, setupSeconds},
                       {u"connectSeconds"_s, connectSeconds},
                       {u"windowSeconds"_s, windowSeconds},
                       {u"ticksExpected"_s, qint64(ticksExpected)},
                       {u"ticksSeen"_s, qint64(ticksSeen)},
                       {u"framesRead"_s, qint64(framesRead)},
                       {u"bytesRead"_s, qint64(bytesRead)},
                       {u"deliveryMs"_s, distributionJson(delivery)},
                       {u"latenessMs"_s, distributionJson(lateness)},
                       {u"reconnecting"_s, reconnecting},
                       {u"reconnectMs"_s, distributionJson(reconnect)},
                       {u"reconnectAllSeconds"_s, reconnectAllSeconds},
                       {u"hostRssBeforeKiB"_s, optionalJson(hostRssBeforeKiB)},
                       {u"hostRssAfterKiB"_s, optionalJson(hostRssAfterKiB)},
                       {u"hostCpuSeconds"_s, optionalJson(hostCpuSeconds)},
                       {u"benchCpuSeconds"_s, benchCpuSeconds},
                       {u"errors"_s, QJsonArray::fromStringList(firstErrors)}};
}

} // namespace steward::bench
