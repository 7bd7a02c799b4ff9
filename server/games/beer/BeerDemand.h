// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BeerConfig.h"

#include <QList>

namespace steward::beer {

// End-customer demand for weeks 1..weeks (index 0 is week 1). Random patterns draw from a
// generator seeded with `seed`, so the same game always sees the same demand; every team of a
// session shares it.
QList<int> demandSeries(const DemandConfig &demand, int weeks, quint64 seed);

} // namespace steward::beer
