// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/core/Result.h"

#include <QJsonObject>
#include <QString>

namespace steward::sovereign {

// What a host chooses when creating a match (docs/games/territory.md).
struct SovereignConfig
{
    QString mapSize = QStringLiteral("small"); // small | medium | large | huge (SovereignMap::sizes)
    qint64 mapSeed = -1;       // -1: the game's own seed; else the same map every time
    int playerSlots = 8;             // players, humans and bots, 2 to the map's limit
    bool fillWithBots = true;  // at the start, empty slots get bots
    QString botStrength = QStringLiteral("mixed"); // easy | hard | mixed (alternating)
    int minutes = 15;          // the time limit, 3–60
    int tickMs = 50;           // 20 Hz; 25–200

    static Result<SovereignConfig> fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
};

} // namespace steward::sovereign
