// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SupplyChain.h"

namespace steward::beer {

// The order a bot places for a role, from what that role sees after phases 1–4 of the open
// week. Strategies: "sterman" (anchoring and adjustment), "baseStock" (order up to a level),
// "passThrough" (order what was ordered).
int botOrder(const QString &strategy, const BeerConfig &config, const RoleState &state);

// Sterman (1989): max(0, round(L + αS·(S′ − S − β·SL))), S = inventory − backlog.
int stermanOrder(const StermanParams &p, double expectedDemand, int inventory, int backlog, qint64 supplyLine);

} // namespace steward::beer
