// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace steward::beer {

// One role's weeks, as the debrief draws them.
struct RoleSeries
{
    QString role; // "retailer" … "factory"
    QList<int> orders;
    QList<int> inventory;
    QList<int> backlog;
    QList<double> cumulativeCost;
    double cost = 0; // over the weeks played
    // Variance of this role's orders over the variance of customer demand, the bullwhip ratio;
    // none when demand did not vary (or fewer than two weeks were played).
    std::optional<double> varianceRatio;
};

struct TeamDebrief
{
    int team = 0;
    QList<int> demand; // customer demand of each week played
    std::array<RoleSeries, 4> roles;
    double cost = 0;
    int rank = 0; // 1 = cheapest; equal costs share a rank
};

// The Beer Game's debrief computed from its history (GET /api/analytics/gameHistory): what the
// console's charts, its PDF and any other report show, computed in one place.
struct BeerDebrief
{
    QJsonObject config;
    QList<TeamDebrief> teams;

    static BeerDebrief fromHistory(const QJsonObject &history);
    const TeamDebrief *team(int number) const;
};

// Sample variance (n − 1); none for fewer than two values.
std::optional<double> sampleVariance(const QList<int> &values);

} // namespace steward::beer
