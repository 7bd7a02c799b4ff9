// SPDX-License-Identifier: GPL-3.0-or-later
#include "BeerDebrief.h"

#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace steward::beer {

namespace {
const std::array<QString, 4> RoleIds{u"retailer"_s, u"wholesaler"_s, u"distributor"_s, u"factory"_s};
}

std::optional<double> sampleVariance(const QList<int> &values)
{
    if (values.size() < 2)
        return std::nullopt;
    double mean = 0;
    for (int v : values)
        mean += v;
    mean /= double(values.size());
    double squares = 0;
    for (int v : values)
        squares += (v - mean) * (v - mean);
    return squares / double(values.size() - 1);
}

BeerDebrief BeerDebrief::fromHistory(const QJsonObject &history)
{
    BeerDebrief d;
    d.config = history.value(u"config").toObject();
    for (const QJsonValue &tv : history.value(u"teams").toArray()) {
        const QJsonObject t = tv.toObject();
        TeamDebrief team;
        team.team = t.value(u"team").toInt();
        for (size_t r = 0; r < RoleIds.size(); ++r)
            team.roles[r].role = RoleIds[r];
        for (const QJsonValue &wv : t.value(u"weeks").toArray()) {
            const QJsonObject w = wv.toObject();
            team.demand << w.value(u"customerDemand").toInt();
            const QJsonObject roles = w.value(u"roles").toObject();
            for (RoleSeries &s : team.roles) {
                const QJsonObject rec = roles.value(s.role).toObject();
                s.orders << rec.value(u"order").toInt();
                s.inventory << rec.value(u"inventory").toInt();
                s.backlog << rec.value(u"backlog").toInt();
                s.cumulativeCost << rec.value(u"cumulativeCost").toDouble();
            }
        }
        const std::optional<double> demandVariance = sampleVariance(team.demand);
        for (RoleSeries &s : team.roles) {
            s.cost = s.cumulativeCost.isEmpty() ? 0 : s.cumulativeCost.last();
            team.cost += s.cost;
            const std::optional<double> v = sampleVariance(s.orders);
            if (v && demandVariance && *demandVariance > 0)
                s.varianceRatio = *v / *demandVariance;
        }
        d.teams << team;
    }
    // Rank by cost: the cheapest team first; a tie shares the better rank (1, 1, 3).
    QList<double> costs;
    for (const TeamDebrief &t : std::as_const(d.teams))
        costs << t.cost;
    for (TeamDebrief &t : d.teams)
        t.rank = 1 + int(std::count_if(costs.begin(), costs.end(), [&](double c) { return c < t.cost; }));
    return d;
}

const TeamDebrief *BeerDebrief::team(int number) const
{
    for (const TeamDebrief &t : teams) {
        if (t.team == number)
            return &t;
    }
    return nullptr;
}

} // namespace steward::beer
