// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <array>
#include <optional>

namespace steward::beer {

// The four stages of the chain, downstream first.
enum class BeerRole { Retailer = 0, Wholesaler = 1, Distributor = 2, Factory = 3 };
inline constexpr int RoleCount = 4;
inline constexpr std::array<BeerRole, RoleCount> AllRoles{BeerRole::Retailer, BeerRole::Wholesaler,
                                                          BeerRole::Distributor, BeerRole::Factory};

QString roleId(BeerRole role);
std::optional<BeerRole> roleFromId(const QString &id);
// Who receives this role's orders: the next stage upstream, "production" for the factory.
QString recipientOf(BeerRole role);

inline int index(BeerRole role) { return static_cast<int>(role); }

} // namespace steward::beer
