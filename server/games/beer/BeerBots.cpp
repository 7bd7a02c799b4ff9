// SPDX-License-Identifier: GPL-3.0-or-later
#include "BeerBots.h"

#include <algorithm>
#include <cmath>

namespace steward::beer {

int stermanOrder(const StermanParams &p, double expectedDemand, int inventory, int backlog, qint64 supplyLine)
{
    const double stock = inventory - backlog;
    const double order = expectedDemand + p.alphaS * (p.sPrime - stock - p.beta * double(supplyLine));
    return std::max(0, static_cast<int>(std::lround(order)));
}

int botOrder(const QString &strategy, const BeerConfig &config, const RoleState &state)
{
    const WeekRecord *week = state.current();
    const int incoming = week ? week->incomingOrder : 0;
    if (strategy == u"passThrough")
        return incoming;
    if (strategy == u"baseStock") {
        const qint64 position = qint64(state.inventory) - state.backlog + state.supplyLine;
        return int(std::clamp<qint64>(config.baseStockLevel - position, 0, 10000));
    }
    return std::min(10000, stermanOrder(config.sterman, state.expectedDemand, state.inventory, state.backlog,
                                        state.supplyLine));
}

} // namespace steward::beer
