// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BeerRole.h"

#include <QByteArray>
#include <QString>

namespace steward::beer {

// The calls the Beer Game makes on its contract, resources/contracts/BeerGameLedger.sol.
// Each returns the ABI-encoded call data; `intentId` is the outbox intent the call records.
namespace ledger {

inline constexpr QStringView Contract = u"BeerGameLedger";

// The contract's game key: keccak256 of the host's game id.
QByteArray gameKey(const QString &gameId);

QByteArray placeOrder(const QString &gameId, int team, int week, BeerRole role, int quantity,
                      const QByteArray &intentId);
QByteArray updateInventory(const QString &gameId, int team, int week, BeerRole role, int inventory, int backlog,
                           const QByteArray &intentId);
QByteArray advanceWeek(const QString &gameId, int team, int week, double teamCost, const QByteArray &intentId);

} // namespace ledger
} // namespace steward::beer
