// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SharedOptions.h"

#include <QString>

namespace steward::bench {

// What `steward-bench --sovereign` was asked for: its own options and the ones all modes share.
struct SovereignOptions
{
    int matches = 1;
    int botsPerMatch = 99; // beside the one bench player: 99 makes 100 players
    int spectators = 0;    // per match, following it with the facilitator's token
    int seconds = 60;      // the measured window
    int tickMs = 50;       // 20 Hz
    int connectWindow = 64; // WebSocket handshakes in flight at once
    SharedOptions shared;

    int playersPerMatch() const { return botsPerMatch + 1; }
    int clientsPerMatch() const { return 1 + spectators; }
    // The smallest map that seats them all (docs/games/territory.md: 8, 24, 60 and 100 places).
    QString mapSize() const
    {
        const int players = playersPerMatch();
        return players > 60   ? QStringLiteral("huge")
               : players > 24 ? QStringLiteral("large")
               : players > 8  ? QStringLiteral("medium")
                              : QStringLiteral("small");
    }
};

} // namespace steward::bench
