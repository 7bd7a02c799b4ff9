// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
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
    // A player's seat as its game's kind describes it (GameKind::parseSeat), e.g. a team and a
    // role; empty where players take no particular seat. The host keeps it with the player, in
    // their tokens and in player.joined / player.left, and compares it, but never reads it.
    QJsonObject seat;

    static Actor system() { return {}; }
    bool isFacilitator() const { return role == ActorRole::Facilitator || role == ActorRole::System; }
};

} // namespace steward
