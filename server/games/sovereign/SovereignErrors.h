// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/core/Error.h"

// Sovereign Lines' own refusals (docs/games/territory.md lists when each is given).
namespace steward::sovereign::errors {

inline constexpr OwnedCode NotOwner{u"NOT_OWNER", 409};               // the source is not the sender's
inline constexpr OwnedCode NotNeighbour{u"NOT_NEIGHBOUR", 400};       // the target does not border the source
inline constexpr OwnedCode NotEnoughTroops{u"NOT_ENOUGH_TROOPS", 409}; // the share leaves nothing to send
inline constexpr OwnedCode TargetIsAlly{u"TARGET_IS_ALLY", 409};      // an attack on an ally's region
inline constexpr OwnedCode TargetIsOwn{u"TARGET_IS_OWN", 409};        // an attack on one's own region
inline constexpr OwnedCode TargetNotFriendly{u"TARGET_NOT_FRIENDLY", 409}; // a move into land not one's own or an ally's
inline constexpr OwnedCode MatchOver{u"MATCH_OVER", 409};
inline constexpr OwnedCode MatchNotStarted{u"MATCH_NOT_STARTED", 409};
inline constexpr OwnedCode MatchNotOver{u"MATCH_NOT_OVER", 409};       // its replay opens at the end
inline constexpr OwnedCode MatchFull{u"MATCH_FULL", 409};
inline constexpr OwnedCode UnknownRegion{u"UNKNOWN_REGION", 400};     // no such region, or water
inline constexpr OwnedCode RegionTaken{u"REGION_TAKEN", 409};         // another player starts there
inline constexpr OwnedCode StartTooClose{u"START_TOO_CLOSE", 409};    // it borders another player's start
inline constexpr OwnedCode ColourTaken{u"COLOUR_TAKEN", 409};
inline constexpr OwnedCode UnknownPlayer{u"UNKNOWN_PLAYER", 400};     // no player with that number
inline constexpr OwnedCode AlreadyAllied{u"ALREADY_ALLIED", 409};
inline constexpr OwnedCode NotAllied{u"NOT_ALLIED", 409};
inline constexpr OwnedCode AllyCooldown{u"ALLY_COOLDOWN", 409};       // the two broke an alliance a moment ago
inline constexpr OwnedCode PlayerEliminated{u"PLAYER_ELIMINATED", 409}; // the sender, or the one asked, is out
inline constexpr OwnedCode NotEnoughPlayers{u"NOT_ENOUGH_PLAYERS", 409}; // a match needs two, bots included

} // namespace steward::sovereign::errors
