// SPDX-License-Identifier: GPL-3.0-or-later
#include "WalletLog.h"

namespace steward::wallet {

Q_LOGGING_CATEGORY(lcWallet, "steward.wallet")

} // namespace steward::wallet
