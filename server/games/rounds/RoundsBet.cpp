// SPDX-License-Identifier: GPL-3.0-or-later
#include "RoundsBet.h"
#include "server/games/rounds/RoundsErrors.h"

using namespace Qt::StringLiterals;

namespace steward::rounds {

QString kindName(BetKind kind)
{
    switch (kind) {
    case BetKind::Exact: return u"exact"_s;
    case BetKind::Decade: return u"decade"_s;
    case BetKind::HighLow: return u"highLow"_s;
    case BetKind::OddEven: return u"oddEven"_s;
    }
    return {};
}

std::optional<BetKind> kindFromName(QStringView name)
{
    for (BetKind k : AllBetKinds) {
        if (kindName(k) == name)
            return k;
    }
    return std::nullopt;
}

int winningOutcomes(BetKind kind)
{
    switch (kind) {
    case BetKind::Exact: return 1;
    case BetKind::Decade: return 10;
    case BetKind::HighLow:
    case BetKind::OddEven: return 50;
    }
    return 0;
}

bool Selection::wins(int number) const
{
    switch (kind) {
    case BetKind::Exact: return number == pick;
    case BetKind::Decade: return number / 10 == pick;
    case BetKind::HighLow: return (number >= 50) == (pick == 1);
    case BetKind::OddEven: return (number % 2 == 1) == (pick == 1);
    }
    return false;
}

QString Selection::wireType() const
{
    switch (kind) {
    case BetKind::Exact: return u"exact"_s;
    case BetKind::Decade: return u"decade"_s;
    case BetKind::HighLow: return pick ? u"high"_s : u"low"_s;
    case BetKind::OddEven: return pick ? u"odd"_s : u"even"_s;
    }
    return {};
}

QString Selection::label() const
{
    switch (kind) {
    case BetKind::Exact: return u"%1"_s.arg(pick, 2, 10, QLatin1Char('0'));
    case BetKind::Decade: return u"%1–%2"_s.arg(pick * 10, 2, 10, QLatin1Char('0')).arg(pick * 10 + 9);
    default: return wireType();
    }
}

Result<Selection> parseSelection(const QJsonObject &bet)
{
    const QJsonValue type = bet.value(u"type");
    if (!type.isString())
        return Error{rounds::errors::InvalidBet, u"A bet needs a 'type': exact, decade, high, low, odd or even."_s};
    const QString t = type.toString();
    auto pick = [&](int max) -> Result<int> {
        const QJsonValue p = bet.value(u"pick");
        const double d = p.toDouble(-1);
        if (!p.isDouble() || d != double(qint64(d)) || d < 0 || d > max)
            return Error{rounds::errors::InvalidBet, u"A '%1' bet needs a whole 'pick' from 0 to %2."_s.arg(t).arg(max)};
        return int(d);
    };
    if (t == u"exact" || t == u"decade") {
        const bool exact = t == u"exact";
        const auto p = pick(exact ? 99 : 9);
        if (!p)
            return p.error();
        return Selection{exact ? BetKind::Exact : BetKind::Decade, p.value()};
    }
    if (bet.contains(u"pick"))
        return Error{rounds::errors::InvalidBet, u"A '%1' bet takes no 'pick'."_s.arg(t)};
    if (t == u"high" || t == u"low")
        return Selection{BetKind::HighLow, t == u"high" ? 1 : 0};
    if (t == u"odd" || t == u"even")
        return Selection{BetKind::OddEven, t == u"odd" ? 1 : 0};
    return Error{rounds::errors::InvalidBet, u"Unknown bet type '%1': use exact, decade, high, low, odd or even."_s.arg(t)};
}

} // namespace steward::rounds
