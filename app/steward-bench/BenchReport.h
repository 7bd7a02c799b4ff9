// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Percentiles.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace steward::bench {

// The figures of one run, printed as text or as one JSON object.
struct BenchReport
{
    bool success = false;
    QString failure; // why not, when success is false

    int teams = 0;
    int connections = 0;
    int weeks = 0;
    int thinkMs = 0;

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

    std::optional<double> hostCpuMicrosPerOrder() const;
    std::optional<double> otherCpuSeconds() const; // machine - host - bench: other work on this box

    QStringList firstErrors;

    std::optional<double> bytesPerConnection() const;
    QString toText() const;
    QJsonObject toJson() const;
};

} // namespace steward::bench
