// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Percentiles.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace steward::bench {

// The figures of one fan-out run, printed as text or as one JSON object.
struct FanoutReport
{
    bool success = false;
    QString failure; // why not, when success is false

    int games = 0;
    int watchersPerGame = 0;
    int tickMs = 0;
    int bytes = 0;
    int seconds = 0;

    double setupSeconds = 0;   // sign-in, games created, every watcher joined over REST
    double connectSeconds = 0; // every WebSocket open, signed in, first view read
    double windowSeconds = 0;  // the measured window, first tick to last
    quint64 ticksExpected = 0; // watchers x ticks of the window
    quint64 ticksSeen = 0;
    quint64 framesRead = 0;    // in the whole run
    quint64 bytesRead = 0;
    Distribution delivery;     // per (watcher, tick): ran on the host -> read here
    Distribution lateness;     // per tick: ran on the host -> its place on the game's schedule
    int reconnecting = 0;      // watchers that dropped at once after the window
    Distribution reconnect;    // per such watcher: dropped -> signed in again with its view
    double reconnectAllSeconds = 0; // dropped -> the last of them back

    std::optional<qint64> hostRssBeforeKiB; // games set up, no WebSocket yet
    std::optional<qint64> hostRssAfterKiB;  // every watcher connected
    std::optional<double> hostCpuSeconds;   // during the window
    double benchCpuSeconds = 0;             // during the window
    QStringList firstErrors;

    QString toText() const;
    QJsonObject toJson() const;
};

} // namespace steward::bench
