// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BeerConfig.h"
#include "BeerRole.h"

#include <QList>
#include <QMap>
#include <QString>

#include <array>
#include <optional>

namespace steward::beer {

// One role's week as the history shows it.
struct WeekRecord
{
    int week = 0;
    int incomingShipment = 0;
    int incomingOrder = 0;
    int shipped = 0;
    int inventory = 0; // after shipping (and after any correction)
    int backlog = 0;
    std::optional<int> order; // placed in phase 5; empty while the week is open
    QString orderedBy;        // "player" or "bot:<strategy>"
    double cost = 0;
    double cumulativeCost = 0;
    std::optional<int> correctedFrom; // inventory before a facilitator's correction
};

struct RoleState
{
    int inventory = 0;
    int backlog = 0;
    double cumulativeCost = 0;
    qint64 supplyLine = 0;       // everything ordered and not yet received
    double expectedDemand = 0;   // exponentially smoothed incoming orders (bots read it)
    QMap<int, int> arrivingShipments; // week -> units arriving at phase 1
    QMap<int, int> arrivingOrders;    // week -> units ordered by the stage downstream
    QList<WeekRecord> weeks;          // week 1 first; the last one may still be open

    int inTransit() const;
    const WeekRecord *current() const { return weeks.isEmpty() ? nullptr : &weeks.last(); }
};

// One team's four-stage supply chain and the weekly rules that move it.
// A week t is played in two halves: openWeek runs phases 1–4 (receive, take the order, ship,
// cost) so players see where they stand; closeWeek runs phase 5 with their orders.
class SupplyChain
{
public:
    SupplyChain(const BeerConfig &config, QList<int> customerDemand);

    // Week currently open for orders (1-based); weeks()+1 once the chain has finished.
    int week() const { return m_week; }
    bool finished() const { return m_week > m_config.weeks; }
    int customerDemand(int week) const;

    const RoleState &role(BeerRole r) const { return m_roles[index(r)]; }
    double totalCost() const;

    // Phases 1–4 of the next week; called by the constructor for week 1.
    void openWeek();
    // Phase 5 of the open week: each role's order goes upstream, then the next week opens.
    void closeWeek(const std::array<int, RoleCount> &orders, const std::array<QString, RoleCount> &orderedBy);
    // A facilitator's audited correction of the open week's inventory; the week's cost follows.
    void correctInventory(BeerRole r, int inventory);

private:
    double weekCost(const RoleState &s) const;

    BeerConfig m_config;
    QList<int> m_demand;
    std::array<RoleState, RoleCount> m_roles;
    int m_week = 0;
};

} // namespace steward::beer
