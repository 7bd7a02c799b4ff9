// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Percentiles.h"

#include <QJsonObject>
#include <QString>

#include <vector>

namespace steward::bench {

class SovereignClient;

// What some clients of the matches (the players, or the spectators) read in the window: how
// often views came, how many ticks apart, and how many bytes.
struct PushFigures
{
    int clients = 0;
    quint64 pushes = 0;     // view pushes that moved the tick
    Distribution interval;  // between a client's successive pushes, every client's pooled
    // Ticks between successive pushes: 1 is every tick on its own; 2, a tick's view merged into
    // the next one, so it came a period late; more, later still.
    qint64 largestTickGap = 0;
    quint64 gapsOfOne = 0;
    quint64 gapsOfTwo = 0;
    quint64 gapsOfMore = 0;
    double bytesPerSecondMean = 0; // frame payloads read, per client
    double bytesPerSecondP99 = 0;  // nearest rank over the clients
    double bytesPerSecondMax = 0;

    static PushFigures of(const std::vector<const SovereignClient *> &clients, double windowSeconds);

    // "<label> (N): ..." lines of the text report, each after `indent`; nothing without clients.
    QString toText(const QString &label, const QString &indent = {}) const;
    QJsonObject toJson() const;
};

} // namespace steward::bench
