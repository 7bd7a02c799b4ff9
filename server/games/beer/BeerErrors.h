// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/core/Error.h"

// The Beer Game's own refusals (docs/protocol.md lists them with the core's).
namespace steward::beer::errors {

inline constexpr OwnedCode InvalidQuantity{u"INVALID_QUANTITY", 400};
inline constexpr OwnedCode WrongRecipient{u"WRONG_RECIPIENT", 400};
inline constexpr OwnedCode InvalidInventory{u"INVALID_INVENTORY", 400};
inline constexpr OwnedCode NotYourSeat{u"NOT_YOUR_SEAT", 403};
inline constexpr OwnedCode SeatBotControlled{u"SEAT_BOT_CONTROLLED", 409};
// A seat changed its order of the week as often as it may.
inline constexpr OwnedCode OrderChangesUsedUp{u"ORDER_CHANGES_USED_UP", 409};

} // namespace steward::beer::errors
