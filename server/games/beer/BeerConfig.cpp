// SPDX-License-Identifier: GPL-3.0-or-later
#include "BeerConfig.h"

#include "server/core/JsonFields.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace steward::beer {

namespace {

constexpr ErrorCode Invalid = ErrorCode::InvalidConfig;

// Unwraps a Result into `target`, or returns its error from the enclosing function.
#define STEWARD_READ(target, expr)          \
    do {                                    \
        auto r_ = (expr);                   \
        if (!r_)                            \
            return r_.error();              \
        (target) = r_.value();              \
    } while (false)

Result<DemandConfig> readDemand(const QJsonObject &o, DemandConfig d)
{
    if (auto s = json::onlyKeys(o, {u"pattern"_s, u"initial"_s, u"stepWeek"_s, u"after"_s, u"value"_s,
                                    u"values"_s, u"mean"_s, u"sd"_s, u"min"_s, u"max"_s},
                                Invalid);
        !s)
        return s.error();
    STEWARD_READ(d.pattern, json::stringField(o, u"pattern", d.pattern, 16, Invalid));
    static const QStringList patterns{u"step"_s, u"constant"_s, u"list"_s, u"normal"_s, u"uniform"_s};
    if (!patterns.contains(d.pattern))
        return Error{Invalid, u"'demand.pattern' must be one of %1"_s.arg(patterns.join(u", "))};
    STEWARD_READ(d.initial, json::intField(o, u"initial", d.initial, 0, 10000, Invalid));
    STEWARD_READ(d.stepWeek, json::intField(o, u"stepWeek", d.stepWeek, 1, 1000, Invalid));
    STEWARD_READ(d.after, json::intField(o, u"after", d.after, 0, 10000, Invalid));
    STEWARD_READ(d.value, json::intField(o, u"value", d.value, 0, 10000, Invalid));
    STEWARD_READ(d.mean, json::doubleField(o, u"mean", d.mean, 0, 10000, Invalid));
    STEWARD_READ(d.sd, json::doubleField(o, u"sd", d.sd, 0, 10000, Invalid));
    STEWARD_READ(d.min, json::intField(o, u"min", d.min, 0, 10000, Invalid));
    STEWARD_READ(d.max, json::intField(o, u"max", d.max, 0, 10000, Invalid));
    if (d.min > d.max)
        return Error{Invalid, u"'demand.min' must not exceed 'demand.max'"_s};
    if (o.contains(u"values")) {
        const QJsonValue v = o.value(u"values");
        if (!v.isArray() || v.toArray().isEmpty() || v.toArray().size() > 1000)
            return Error{Invalid, u"'demand.values' must be a list of 1 to 1000 whole numbers"_s};
        d.values.clear();
        const QJsonArray values = v.toArray();
        for (const QJsonValue &x : values) {
            const double n = x.toDouble(-1);
            if (!x.isDouble() || n < 0 || n > 10000 || n != static_cast<int>(n))
                return Error{Invalid, u"'demand.values' must hold whole numbers from 0 to 10000"_s};
            d.values << static_cast<int>(n);
        }
    }
    if (d.pattern == u"list" && d.values.isEmpty())
        return Error{Invalid, u"'demand.values' is required for the list pattern"_s};
    return d;
}

Result<StermanParams> readSterman(const QJsonObject &o, StermanParams p)
{
    if (auto s = json::onlyKeys(o, {u"theta"_s, u"alphaS"_s, u"beta"_s, u"sPrime"_s}, Invalid); !s)
        return s.error();
    STEWARD_READ(p.theta, json::doubleField(o, u"theta", p.theta, 0, 1, Invalid));
    STEWARD_READ(p.alphaS, json::doubleField(o, u"alphaS", p.alphaS, 0, 1, Invalid));
    STEWARD_READ(p.beta, json::doubleField(o, u"beta", p.beta, 0, 1, Invalid));
    STEWARD_READ(p.sPrime, json::doubleField(o, u"sPrime", p.sPrime, 0, 100000, Invalid));
    return p;
}

Result<BeerConfig> preset(const QString &name)
{
    BeerConfig c;
    if (name == u"classic")
        return c;
    if (name == u"shortDemo") {
        c.weeks = 12;
        c.demand.stepWeek = 3;
        return c;
    }
    if (name == u"randomDemand") {
        c.demand.pattern = u"normal"_s;
        c.demand.mean = 8;
        c.demand.sd = 2;
        return c;
    }
    if (name == u"infoSharing") {
        c.infoSharing = true;
        return c;
    }
    return Error{Invalid, u"'preset' must be one of %1"_s.arg(BeerConfig::presets().join(u", "))};
}

} // namespace

QStringList BeerConfig::presets()
{
    return {u"classic"_s, u"shortDemo"_s, u"randomDemand"_s, u"infoSharing"_s};
}

QStringList BeerConfig::botStrategies()
{
    return {u"sterman"_s, u"baseStock"_s, u"passThrough"_s};
}

Result<BeerConfig> BeerConfig::fromJson(const QJsonObject &o)
{
    if (auto s = json::onlyKeys(o, {u"preset"_s, u"teams"_s, u"weeks"_s, u"shippingDelay"_s, u"orderDelay"_s,
                                    u"productionDelay"_s, u"initialInventory"_s, u"initialPipeline"_s,
                                    u"holdingCost"_s, u"backlogCost"_s, u"demand"_s, u"advance"_s,
                                    u"weekSeconds"_s, u"bot"_s, u"sterman"_s, u"baseStockLevel"_s,
                                    u"infoSharing"_s},
                                Invalid);
        !s)
        return s.error();

    BeerConfig c;
    QString presetName;
    STEWARD_READ(presetName, json::stringField(o, u"preset", u"classic"_s, 32, Invalid));
    STEWARD_READ(c, preset(presetName));

    STEWARD_READ(c.teams, json::intField(o, u"teams", c.teams, 1, 500, Invalid));
    STEWARD_READ(c.weeks, json::intField(o, u"weeks", c.weeks, 1, 520, Invalid));
    STEWARD_READ(c.shippingDelay, json::intField(o, u"shippingDelay", c.shippingDelay, 1, 12, Invalid));
    STEWARD_READ(c.orderDelay, json::intField(o, u"orderDelay", c.orderDelay, 1, 12, Invalid));
    STEWARD_READ(c.productionDelay, json::intField(o, u"productionDelay", c.productionDelay, 1, 12, Invalid));
    STEWARD_READ(c.initialInventory, json::intField(o, u"initialInventory", c.initialInventory, 0, 100000, Invalid));
    STEWARD_READ(c.initialPipeline, json::intField(o, u"initialPipeline", c.initialPipeline, 0, 10000, Invalid));
    STEWARD_READ(c.holdingCost, json::doubleField(o, u"holdingCost", c.holdingCost, 0, 1000, Invalid));
    STEWARD_READ(c.backlogCost, json::doubleField(o, u"backlogCost", c.backlogCost, 0, 1000, Invalid));
    STEWARD_READ(c.weekSeconds, json::intField(o, u"weekSeconds", c.weekSeconds, 0, 86400, Invalid));
    STEWARD_READ(c.baseStockLevel, json::intField(o, u"baseStockLevel", c.baseStockLevel, 0, 100000, Invalid));
    STEWARD_READ(c.infoSharing, json::boolField(o, u"infoSharing", c.infoSharing, Invalid));

    QString advance;
    STEWARD_READ(advance, json::stringField(o, u"advance", c.manualAdvance ? u"manual"_s : u"whenAllOrdered"_s,
                                            32, Invalid));
    if (advance != u"manual" && advance != u"whenAllOrdered")
        return Error{Invalid, u"'advance' must be 'whenAllOrdered' or 'manual'"_s};
    c.manualAdvance = advance == u"manual";

    STEWARD_READ(c.bot, json::stringField(o, u"bot", c.bot, 32, Invalid));
    if (!botStrategies().contains(c.bot))
        return Error{Invalid, u"'bot' must be one of %1"_s.arg(botStrategies().join(u", "))};

    if (o.contains(u"demand")) {
        if (!o.value(u"demand").isObject())
            return Error{Invalid, u"'demand' must be an object"_s};
        STEWARD_READ(c.demand, readDemand(o.value(u"demand").toObject(), c.demand));
    }
    if (o.contains(u"sterman")) {
        if (!o.value(u"sterman").isObject())
            return Error{Invalid, u"'sterman' must be an object"_s};
        STEWARD_READ(c.sterman, readSterman(o.value(u"sterman").toObject(), c.sterman));
    }
    return c;
}

#undef STEWARD_READ

QJsonObject BeerConfig::toJson() const
{
    QJsonObject demandJson{{u"pattern"_s, demand.pattern}};
    if (demand.pattern == u"step") {
        demandJson.insert(u"initial"_s, demand.initial);
        demandJson.insert(u"stepWeek"_s, demand.stepWeek);
        demandJson.insert(u"after"_s, demand.after);
    } else if (demand.pattern == u"constant") {
        demandJson.insert(u"value"_s, demand.value);
    } else if (demand.pattern == u"list") {
        QJsonArray values;
        for (int v : demand.values)
            values.append(v);
        demandJson.insert(u"values"_s, values);
    } else if (demand.pattern == u"normal") {
        demandJson.insert(u"mean"_s, demand.mean);
        demandJson.insert(u"sd"_s, demand.sd);
    } else {
        demandJson.insert(u"min"_s, demand.min);
        demandJson.insert(u"max"_s, demand.max);
    }
    return QJsonObject{
        {u"teams"_s, teams},
        {u"weeks"_s, weeks},
        {u"shippingDelay"_s, shippingDelay},
        {u"orderDelay"_s, orderDelay},
        {u"productionDelay"_s, productionDelay},
        {u"initialInventory"_s, initialInventory},
        {u"initialPipeline"_s, initialPipeline},
        {u"holdingCost"_s, holdingCost},
        {u"backlogCost"_s, backlogCost},
        {u"demand"_s, demandJson},
        {u"advance"_s, manualAdvance ? u"manual"_s : u"whenAllOrdered"_s},
        {u"weekSeconds"_s, weekSeconds},
        {u"bot"_s, bot},
        {u"sterman"_s, QJsonObject{{u"theta"_s, sterman.theta}, {u"alphaS"_s, sterman.alphaS},
                                   {u"beta"_s, sterman.beta}, {u"sPrime"_s, sterman.sPrime}}},
        {u"baseStockLevel"_s, baseStockLevel},
        {u"infoSharing"_s, infoSharing},
    };
}

} // namespace steward::beer
