// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

namespace steward::wallet {

// "steward.wallet": calls to the operators' wallets, their retries and refusals.
Q_DECLARE_LOGGING_CATEGORY(lcWallet)

} // namespace steward::wallet
