// SPDX-License-Identifier: GPL-3.0-or-later
#include "BeerRole.h"

using namespace Qt::StringLiterals;

namespace steward::beer {

QString roleId(BeerRole role)
{
    switch (role) {
    case BeerRole::Retailer: return u"retailer"_s;
    case BeerRole::Wholesaler: return u"wholesaler"_s;
    case BeerRole::Distributor: return u"distributor"_s;
    case BeerRole::Factory: return u"factory"_s;
    }
    return {};
}

std::optional<BeerRole> roleFromId(const QString &id)
{
    for (BeerRole r : AllRoles) {
        if (roleId(r) == id)
            return r;
    }
    return std::nullopt;
}

QString recipientOf(BeerRole role)
{
    if (role == BeerRole::Factory)
        return u"production"_s;
    return roleId(static_cast<BeerRole>(index(role) + 1));
}

} // namespace steward::beer
