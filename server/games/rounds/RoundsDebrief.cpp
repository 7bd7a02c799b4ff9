// SPDX-License-Identifier: GPL-3.0-or-later
#include "RoundsDebrief.h"

#include <QJsonArray>

#include <cmath>

using namespace Qt::StringLiterals;

namespace steward::rounds {

namespace {
// The regularised upper incomplete gamma function Q(a, x): a power series below a + 1, a
// continued fraction (modified Lentz) above, each to double precision.
double upperGamma(double a, double x)
{
    if (x <= 0)
        return 1;
    const double logPrefix = a * std::log(x) - x - std::lgamma(a);
    if (x < a + 1) {
        double term = 1 / a;
        double sum = term;
        for (int n = 1; n < 500 && std::abs(term) > std::abs(sum) * 1e-16; ++n) {
            term *= x / (a + n);
            sum += term;
        }
        return 1 - sum * std::exp(logPrefix);
    }
    constexpr double tiny = 1e-300;
    double b = x + 1 - a;
    double c = 1 / tiny;
    double d = 1 / b;
    double h = d;
    for (int i = 1; i < 500; ++i) {
        const double an = -i * (i - a);
        b += 2;
        d = an * d + b;
        d = std::abs(d) < tiny ? tiny : d;
        c = b + an / c;
        c = std::abs(c) < tiny ? tiny : c;
        d = 1 / d;
        const double step = d * c;
        h *= step;
        if (std::abs(step - 1) < 1e-16)
            break;
    }
    return std::exp(logPrefix) * h;
}
} // namespace

double chiSquareSurvival(double x, int dof)
{
    return upperGamma(dof / 2.0, x / 2.0);
}

std::optional<double> RoundsDebrief::realisedRtp() const
{
    if (stake <= 0)
        return std::nullopt;
    return 100.0 * double(returned) / double(stake);
}

RoundsDebrief RoundsDebrief::fromHistory(const QJsonObject &history)
{
    RoundsDebrief d;
    bool anyKind = false;
    const QJsonObject paytable = history.value(u"paytable").toObject();
    for (auto it = paytable.constBegin(); it != paytable.constEnd(); ++it) {
        const double rtp = it.value().toObject().value(u"rtp").toDouble();
        d.theoreticalLow = anyKind ? std::min(d.theoreticalLow, rtp) : rtp;
        d.theoreticalHigh = anyKind ? std::max(d.theoreticalHigh, rtp) : rtp;
        anyKind = true;
    }
    const QJsonArray rounds = history.value(u"rounds").toArray();
    for (const QJsonValue &v : rounds) {
        const QJsonObject r = v.toObject();
        const QJsonValue number = r.value(u"number");
        if (!number.isDouble())
            continue; // not settled
        Round out;
        out.round = r.value(u"round").toInteger();
        out.number = number.toInt();
        out.bets = r.value(u"bets").toInt();
        out.stake = r.value(u"stake").toInteger();
        out.returned = r.value(u"returned").toInteger();
        d.stake += out.stake;
        d.returned += out.returned;
        d.bets += out.bets;
        out.cumulativeRtp = d.stake > 0 ? 100.0 * double(d.returned) / double(d.stake) : -1;
        if (out.number >= 0 && out.number <= 99)
            ++d.decades[size_t(out.number / 10)];
        d.rounds << out;
    }
    const double expected = double(d.rounds.size()) / 10.0;
    if (expected > 0) {
        for (int n : d.decades)
            d.chiSquare += (n - expected) * (n - expected) / expected;
        d.pValue = chiSquareSurvival(d.chiSquare, 9);
    }
    return d;
}

} // namespace steward::rounds
