// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QJsonObject>

namespace steward::teamseat {

// The seat of a kind whose players sit in a team and a role: a join asks with "team" (1 to
// 500, 1 by default) and "role"; the description is {"team": 1, "seat": "retailer"}, the shape
// player.joined, player.left and the players' tokens have always had. For GameKind::parseSeat
// and GameKind::seatOf; whether the team and role exist in a game is the game's to say.
Result<QJsonObject> parse(const QJsonObject &request);
QJsonObject of(const QJsonObject &joined);

} // namespace steward::teamseat
