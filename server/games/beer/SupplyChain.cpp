// SPDX-License-Identifier: GPL-3.0-or-later
#include "SupplyChain.h"

namespace steward::beer {

int RoleState::inTransit() const
{
    int total = 0;
    for (int units : arrivingShipments)
        total += units;
    return total;
}

SupplyChain::SupplyChain(const BeerConfig &config, QList<int> customerDemand)
    : m_config(config), m_demand(std::move(customerDemand))
{
    const int p = m_config.initialPipeline;
    for (BeerRole r : AllRoles) {
        RoleState &s = m_roles[index(r)];
        s.inventory = m_config.initialInventory;
        s.expectedDemand = p;
        // Shipments (for the factory: production) already on their way when the game begins.
        const int inbound = r == BeerRole::Factory ? m_config.productionDelay : m_config.shippingDelay;
        for (int w = 1; w <= inbound; ++w)
            s.arrivingShipments[w] = p;
        s.supplyLine = qint64(inbound) * p;
        // Orders already travelling upstream: they will come back as shipments too.
        if (r != BeerRole::Factory)
            s.supplyLine += qint64(m_config.orderDelay) * p;
        if (r != BeerRole::Retailer) {
            for (int w = 1; w <= m_config.orderDelay; ++w)
                s.arrivingOrders[w] = p;
        }
    }
    openWeek();
}

int SupplyChain::customerDemand(int week) const
{
    if (week < 1 || m_demand.isEmpty())
        return 0;
    return m_demand.at(std::min<qsizetype>(week - 1, m_demand.size() - 1));
}

double SupplyChain::weekCost(const RoleState &s) const
{
    return m_config.holdingCost * s.inventory + m_config.backlogCost * s.backlog;
}

double SupplyChain::totalCost() const
{
    double total = 0;
    for (const RoleState &s : m_roles)
        total += s.cumulativeCost;
    return total;
}

void SupplyChain::openWeek()
{
    ++m_week;
    if (finished())
        return;
    const int t = m_week;
    for (BeerRole r : AllRoles) {
        RoleState &s = m_roles[index(r)];
        WeekRecord rec;
        rec.week = t;
        // 1. Receive the shipment due this week.
        rec.incomingShipment = s.arrivingShipments.take(t);
        s.inventory += rec.incomingShipment;
        s.supplyLine -= rec.incomingShipment;
        // 2. Take the incoming order.
        rec.incomingOrder = r == BeerRole::Retailer ? customerDemand(t) : s.arrivingOrders.take(t);
        s.expectedDemand = m_config.sterman.theta * rec.incomingOrder
            + (1.0 - m_config.sterman.theta) * s.expectedDemand;
        // 3. Ship what stock allows; the rest stays owed.
        const int owed = s.backlog + rec.incomingOrder;
        rec.shipped = std::min(s.inventory, owed);
        s.inventory -= rec.shipped;
        s.backlog = owed - rec.shipped;
        if (r != BeerRole::Retailer)
            m_roles[index(r) - 1].arrivingShipments[t + m_config.shippingDelay] += rec.shipped;
        // 4. Pay for stock held and orders owed.
        rec.inventory = s.inventory;
        rec.backlog = s.backlog;
        rec.cost = weekCost(s);
        s.cumulativeCost += rec.cost;
        rec.cumulativeCost = s.cumulativeCost;
        s.weeks.append(rec);
    }
}

void SupplyChain::closeWeek(const std::array<int, RoleCount> &orders, const std::array<QString, RoleCount> &orderedBy)
{
    if (finished())
        return;
    const int t = m_week;
    // 5. Each order goes upstream; the factory's goes into production.
    for (BeerRole r : AllRoles) {
        const int i = index(r);
        RoleState &s = m_roles[i];
        const int q = orders[i];
        if (r == BeerRole::Factory)
            s.arrivingShipments[t + m_config.productionDelay] += q;
        else
            m_roles[i + 1].arrivingOrders[t + m_config.orderDelay] += q;
        s.supplyLine += q;
        s.weeks.last().order = q;
        s.weeks.last().orderedBy = orderedBy[i];
    }
    openWeek();
}

void SupplyChain::correctInventory(BeerRole r, int inventory)
{
    if (finished())
        return;
    RoleState &s = m_roles[index(r)];
    WeekRecord &rec = s.weeks.last();
    if (!rec.correctedFrom)
        rec.correctedFrom = s.inventory;
    s.cumulativeCost -= rec.cost;
    s.inventory = inventory;
    rec.inventory = inventory;
    rec.cost = weekCost(s);
    s.cumulativeCost += rec.cost;
    rec.cumulativeCost = s.cumulativeCost;
}

} // namespace steward::beer
