// SPDX-License-Identifier: GPL-3.0-or-later
#include "Paytable.h"

#include <cmath>
#include "server/games/rounds/RoundsErrors.h"

using namespace Qt::StringLiterals;

namespace steward::rounds {

Paytable Paytable::standard()
{
    Paytable p;
    p.m_hundredths = {8800, 885, 177, 177};
    return p;
}

Result<Paytable> Paytable::fromJson(const QJsonObject &o)
{
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!kindFromName(it.key()))
            return Error{rounds::errors::InvalidPaytable,
                         u"Unknown bet kind '%1' in the paytable: use exact, decade, highLow, oddEven."_s.arg(it.key())};
    }
    Paytable p;
    for (BetKind k : AllBetKinds) {
        const QJsonValue v = o.value(kindName(k));
        if (!v.isDouble())
            return Error{rounds::errors::InvalidPaytable, u"The paytable needs a multiplier for '%1'."_s.arg(kindName(k))};
        const double hundredths = v.toDouble() * 100.0;
        const double rounded = std::round(hundredths);
        if (std::abs(hundredths - rounded) > 1e-6 || rounded < 100 || rounded > 1'000'000)
            return Error{rounds::errors::InvalidPaytable,
                         u"The multiplier for '%1' must be between 1 and 10000 with at most two decimals."_s.arg(kindName(k))};
        p.m_hundredths.at(size_t(k)) = int(rounded);
    }
    for (BetKind k : AllBetKinds) {
        const int rtp = p.rtpBasisPoints(k);
        if (rtp < MinRtpBasisPoints || rtp > MaxRtpBasisPoints)
            return Error{rounds::errors::RtpOutOfRange,
                         u"A '%1' bet would return %2 % of its stakes; every bet must return 88–89 %."_s
                             .arg(kindName(k), QString::number(rtp / 100.0, 'f', 2))};
    }
    return p;
}

QJsonObject Paytable::toJson() const
{
    QJsonObject o;
    for (BetKind k : AllBetKinds)
        o.insert(kindName(k), multiplierHundredths(k) / 100.0);
    return o;
}

QJsonObject Paytable::describe() const
{
    QJsonObject o;
    for (BetKind k : AllBetKinds) {
        o.insert(kindName(k), QJsonObject{{u"multiplier"_s, multiplierHundredths(k) / 100.0},
                                          {u"winningNumbers"_s, winningOutcomes(k)},
                                          {u"rtpBasisPoints"_s, rtpBasisPoints(k)},
                                          {u"rtp"_s, rtpBasisPoints(k) / 100.0}});
    }
    return o;
}

} // namespace steward::rounds
