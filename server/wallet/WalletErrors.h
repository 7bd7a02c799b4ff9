// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/core/Error.h"

// How an operator's wallet refused or failed a debit (docs/operators.md).
namespace steward::wallet::errors {

inline constexpr OwnedCode InsufficientFunds{u"INSUFFICIENT_FUNDS", 402};
inline constexpr OwnedCode DebitRefused{u"DEBIT_REFUSED", 402};
inline constexpr OwnedCode WalletUnavailable{u"WALLET_UNAVAILABLE", 503};

} // namespace steward::wallet::errors
