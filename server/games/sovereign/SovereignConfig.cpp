// SPDX-License-Identifier: GPL-3.0-or-later
#include "SovereignConfig.h"

#include "SovereignMap.h"
#include "server/core/JsonFields.h"

using namespace Qt::StringLiterals;

namespace steward::sovereign {

Result<SovereignConfig> SovereignConfig::fromJson(const QJsonObject &json)
{
    if (auto ok = json::onlyKeys(json, {u"mapSize"_s, u"mapSeed"_s, u"slots"_s, u"fillWithBots"_s, u"botStrength"_s,
                                        u"minutes"_s, u"tickMs"_s},
                                 ErrorCode::InvalidConfig);
        !ok)
        return ok.error();
    SovereignConfig c;
    const auto size = json::stringField(json, u"mapSize", c.mapSize, 16, ErrorCode::InvalidConfig);
    if (!size)
        return size.error();
    const auto map = SovereignMap::size(size.value());
    if (!map)
        return Error{ErrorCode::InvalidConfig, u"mapSize must be small, medium, large or huge."_s};
    c.mapSize = size.value();
    const auto seed = json::int64Field(json, u"mapSeed", -1, -1, (qint64(1) << 53) - 1, ErrorCode::InvalidConfig);
    if (!seed)
        return seed.error();
    const auto slotCount = json::intField(json, u"slots", std::min(8, map->maxSlots), 2, map->maxSlots, ErrorCode::InvalidConfig);
    if (!slotCount)
        return slotCount.error();
    const auto fill = json::boolField(json, u"fillWithBots", true, ErrorCode::InvalidConfig);
    if (!fill)
        return fill.error();
    const auto strength = json::stringField(json, u"botStrength", c.botStrength, 16, ErrorCode::InvalidConfig);
    if (!strength)
        return strength.error();
    const auto minutes = json::intField(json, u"minutes", 15, 3, 60, ErrorCode::InvalidConfig);
    if (!minutes)
        return minutes.error();
    const auto tick = json::intField(json, u"tickMs", 50, 25, 200, ErrorCode::InvalidConfig);
    if (!tick)
        return tick.error();
    if (!QStringList{u"easy"_s, u"hard"_s, u"mixed"_s}.contains(strength.value()))
        return Error{ErrorCode::InvalidConfig, u"botStrength must be easy, hard or mixed."_s};
    c.mapSeed = seed.value();
    c.playerSlots = slotCount.value();
    c.fillWithBots = fill.value();
    c.botStrength = strength.value();
    c.minutes = minutes.value();
    c.tickMs = tick.value();
    return c;
}

QJsonObject SovereignConfig::toJson() const
{
    QJsonObject o{{u"mapSize"_s, mapSize}, {u"slots"_s, playerSlots}, {u"fillWithBots"_s, fillWithBots},
                  {u"botStrength"_s, botStrength}, {u"minutes"_s, minutes}, {u"tickMs"_s, tickMs}};
    if (mapSeed >= 0)
        o.insert(u"mapSeed"_s, mapSeed);
    return o;
}

} // namespace steward::sovereign
