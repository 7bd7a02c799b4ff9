// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/core/Error.h"

// The rounds game's own refusals (docs/protocol.md lists them with the core's).
namespace steward::rounds::errors {

inline constexpr OwnedCode RoundNotOpen{u"ROUND_NOT_OPEN", 409};
inline constexpr OwnedCode BetTooLate{u"BET_TOO_LATE", 409};
inline constexpr OwnedCode BetIdConflict{u"BET_ID_CONFLICT", 409};
inline constexpr OwnedCode InvalidBet{u"INVALID_BET", 400};
inline constexpr OwnedCode BetBelowMinimum{u"BET_BELOW_MINIMUM", 422};
inline constexpr OwnedCode BetAboveMaximum{u"BET_ABOVE_MAXIMUM", 422};
inline constexpr OwnedCode MaxWinExceeded{u"MAX_WIN_EXCEEDED", 422};
// Chips of the table's own play money; the same name as the wallet's refusal of a real debit.
inline constexpr OwnedCode NotEnoughChips{u"INSUFFICIENT_FUNDS", 402};
inline constexpr OwnedCode InvalidPaytable{u"INVALID_PAYTABLE", 400};
inline constexpr OwnedCode RtpOutOfRange{u"RTP_OUT_OF_RANGE", 422};
// A table that took bets keeps its rounds for audit: it cannot be deleted.
inline constexpr OwnedCode GameKept{u"GAME_KEPT", 409};

} // namespace steward::rounds::errors
