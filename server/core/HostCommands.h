// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Game.h"

namespace steward::hostcommands {

// The commands the host decides for every kind of game: the facilitator's pause and resume
// (CoreCommands::Pause, Resume) and a player giving up their seat (CoreCommands::Leave). The
// game adds what follows (Game::pauseEvents, Game::leaveEvents). Pure, like Game::decide: the
// host calls them on every path, and a kind's tests drive its games through them as well.
bool handles(QStringView commandType);
// `paused`: whether game.paused was applied more recently than game.resumed.
Result<Decision> decide(const Game &game, bool paused, const Command &cmd, const Actor &who, qint64 gameNow);

} // namespace steward::hostcommands
