// SPDX-License-Identifier: GPL-3.0-or-later
#include "RoundsConfig.h"

#include "server/core/JsonFields.h"

using namespace Qt::StringLiterals;

namespace steward::rounds {

Result<BetLimits> BetLimits::fromJson(const QJsonObject &o, const BetLimits &fallback)
{
    if (auto s = json::onlyKeys(o, {u"minBet"_s, u"maxBet"_s, u"maxWin"_s}, ErrorCode::InvalidConfig); !s)
        return s.error();
    const auto minBet = json::amountField(o, u"minBet", fallback.minBet, 1, json::MaxAmount, ErrorCode::InvalidConfig);
    const auto maxBet = json::amountField(o, u"maxBet", fallback.maxBet, 1, json::MaxAmount, ErrorCode::InvalidConfig);
    const auto maxWin = json::amountField(o, u"maxWin", fallback.maxWin, 1, json::MaxAmount, ErrorCode::InvalidConfig);
    for (const auto *r : {&minBet, &maxBet, &maxWin}) {
        if (!*r)
            return r->error();
    }
    if (minBet.value() > maxBet.value() || maxBet.value() > maxWin.value())
        return Error{ErrorCode::InvalidConfig, u"Limits must satisfy minBet ≤ maxBet ≤ maxWin."_s};
    return BetLimits{minBet.value(), maxBet.value(), maxWin.value()};
}

QJsonObject BetLimits::toJson() const
{
    return {{u"minBet"_s, minBet}, {u"maxBet"_s, maxBet}, {u"maxWin"_s, maxWin}};
}

Result<RoundsConfig> RoundsConfig::fromJson(const QJsonObject &o)
{
    if (auto s = json::onlyKeys(o, {u"periodMs"_s, u"bettingMs"_s, u"paytable"_s, u"currency"_s,
                                    u"startingBalance"_s, u"limits"_s}, ErrorCode::InvalidConfig); !s)
        return s.error();
    RoundsConfig c;
    const auto period = json::intField(o, u"periodMs", c.periodMs, 1'000, 3'600'000, ErrorCode::InvalidConfig);
    if (!period)
        return period.error();
    const auto betting = json::intField(o, u"bettingMs", period.value() * 4 / 5, 500, 3'600'000,
                                        ErrorCode::InvalidConfig);
    if (!betting)
        return betting.error();
    if (betting.value() > period.value() - 200)
        return Error{ErrorCode::InvalidConfig,
                     u"'bettingMs' must leave at least 200 ms of each round to close and settle."_s};
    c.periodMs = period.value();
    c.bettingMs = betting.value();
    if (o.contains(u"paytable")) {
        auto p = Paytable::fromJson(o.value(u"paytable").toObject());
        if (!p)
            return p.error();
        c.paytable = p.value();
    }
    const auto currency = json::stringField(o, u"currency", c.currency, 8, ErrorCode::InvalidConfig);
    if (!currency)
        return currency.error();
    if (currency->isEmpty()
        || !std::all_of(currency->cbegin(), currency->cend(), [](QChar ch) { return ch >= u'A' && ch <= u'Z'; }))
        return Error{ErrorCode::InvalidConfig, u"'currency' must be 1–8 capital letters A–Z."_s};
    c.currency = currency.value();
    const auto balance = json::amountField(o, u"startingBalance", c.startingBalance, 0, json::MaxAmount,
                                           ErrorCode::InvalidConfig);
    if (!balance)
        return balance.error();
    c.startingBalance = balance.value();
    auto limits = BetLimits::fromJson(o.value(u"limits").toObject(), c.lanLimits);
    if (!limits)
        return limits.error();
    c.lanLimits = limits.value();
    return c;
}

QJsonObject RoundsConfig::toJson() const
{
    return {{u"periodMs"_s, periodMs},   {u"bettingMs"_s, bettingMs},
            {u"paytable"_s, paytable.toJson()}, {u"currency"_s, currency},
            {u"startingBalance"_s, startingBalance}, {u"limits"_s, lanLimits.toJson()}};
}

} // namespace steward::rounds
