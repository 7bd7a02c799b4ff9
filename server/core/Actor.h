// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace steward {

enum class ActorRole { System, Facilitator, Player, Observer };

QString roleName(ActorRole role);

// Who issues a command or receives a view: the host, a facilitator or a seated player.
struct Actor
{
    ActorRole role = ActorRole::System;
    QString id;       // player id, "admin" for the facilitator, empty for the system
    QString gameId;   // the game a player belongs to
    int team = 0;     // 1-based team number for team games
    QString seat;     // the player's seat in its team ("retailer", ...)

    static Actor system() { return {}; }
    bool isFacilitator() const { return role == ActorRole::Facilitator || role == ActorRole::System; }
};

} // namespace steward
