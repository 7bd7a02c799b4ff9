// SPDX-License-Identifier: GPL-3.0-or-later
#include "BeerDemand.h"

#include <algorithm>
#include <cmath>
#include <numbers>
#include <random>

namespace steward::beer {

namespace {

// std::mt19937_64's output is fixed by the standard; the distributions are not, so the
// draws below are written out to stay identical on every platform.
double unitInterval(std::mt19937_64 &rng) // (0, 1]
{
    return (static_cast<double>(rng() >> 11) + 1.0) * 0x1.0p-53;
}

int uniformInt(std::mt19937_64 &rng, int min, int max)
{
    const quint64 span = static_cast<quint64>(max - min) + 1;
    const quint64 limit = UINT64_MAX - UINT64_MAX % span; // reject to avoid modulo bias
    quint64 x;
    do {
        x = rng();
    } while (x >= limit);
    return min + static_cast<int>(x % span);
}

int normalInt(std::mt19937_64 &rng, double mean, double sd)
{
    const double u1 = unitInterval(rng);
    const double u2 = unitInterval(rng);
    const double z = std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * std::numbers::pi * u2);
    return std::max(0, static_cast<int>(std::lround(mean + sd * z)));
}

} // namespace

QList<int> demandSeries(const DemandConfig &d, int weeks, quint64 seed)
{
    QList<int> out;
    out.reserve(weeks);
    std::mt19937_64 rng(seed);
    for (int week = 1; week <= weeks; ++week) {
        if (d.pattern == u"constant")
            out << d.value;
        else if (d.pattern == u"list")
            out << d.values.at(std::min<qsizetype>(week - 1, d.values.size() - 1));
        else if (d.pattern == u"normal")
            out << normalInt(rng, d.mean, d.sd);
        else if (d.pattern == u"uniform")
            out << uniformInt(rng, d.min, d.max);
        else
            out << (week < d.stepWeek ? d.initial : d.after);
    }
    return out;
}

} // namespace steward::beer
