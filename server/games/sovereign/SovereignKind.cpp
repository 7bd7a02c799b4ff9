// SPDX-License-Identifier: GPL-3.0-or-later
#include "SovereignKind.h"

#include "SovereignErrors.h"
#include "SovereignGame.h"
#include "server/core/JsonFields.h"

using namespace Qt::StringLiterals;

namespace steward::sovereign {

namespace {
// Region numbers are checked against the map by the game; here only that they are numbers.
constexpr int MaxRegion = 9999;
}

Result<std::unique_ptr<Game>> SovereignKind::create(const QJsonObject &config, quint64 seed) const
{
    auto parsed = SovereignConfig::fromJson(config);
    if (!parsed)
        return parsed.error();
    return std::unique_ptr<Game>(std::make_unique<SovereignGame>(parsed.value(), seed));
}

Result<Command> SovereignKind::parse(const QString &type, const QJsonObject &d) const
{
    QJsonObject out;
    if (type == SovereignCommands::Attack || type == SovereignCommands::Move) {
        if (auto s = json::onlyKeys(d, {u"from"_s, u"to"_s, u"share"_s}); !s)
            return s.error();
        const auto from = json::requiredInt(d, u"from", 0, MaxRegion, errors::UnknownRegion);
        if (!from)
            return from.error();
        const auto to = json::requiredInt(d, u"to", 0, MaxRegion, errors::UnknownRegion);
        if (!to)
            return to.error();
        const auto share = json::requiredInt(d, u"share", 1, 100);
        if (!share)
            return share.error();
        out = {{u"from"_s, from.value()}, {u"to"_s, to.value()}, {u"share"_s, share.value()}};
    } else if (type == SovereignCommands::Ally || type == SovereignCommands::Unally) {
        const auto player = json::requiredInt(d, u"player", 0, 999, errors::UnknownPlayer);
        if (!player)
            return player.error();
        out = {{u"player"_s, player.value()}};
    } else if (type == SovereignCommands::Pick) {
        if (!d.contains(u"region") && !d.contains(u"colour"))
            return Error{ErrorCode::BadRequest, u"Pick a region, a colour or both."_s};
        if (d.contains(u"region")) {
            const auto region = json::requiredInt(d, u"region", 0, MaxRegion, errors::UnknownRegion);
            if (!region)
                return region.error();
            out.insert(u"region"_s, region.value());
        }
        if (d.contains(u"colour")) {
            const auto colour = json::requiredInt(d, u"colour", 0, 999);
            if (!colour)
                return colour.error();
            out.insert(u"colour"_s, colour.value());
        }
    } else if (type == SovereignCommands::Start || type == SovereignCommands::End || type == CoreCommands::Leave
               || type == CoreCommands::Pause || type == CoreCommands::Resume) {
        // no data
    } else {
        return Error{ErrorCode::UnknownType, u"Sovereign Lines has no command '%1'."_s.arg(type.left(32))};
    }
    return Command{type, out};
}

QList<RateBudget> SovereignKind::rateBudgets() const
{
    return {{SovereignCommands::Attack.toString(), 600, 20}, {SovereignCommands::Move.toString(), 600, 20},
            {SovereignCommands::Ally.toString(), 30, 5}, {SovereignCommands::Unally.toString(), 30, 5},
            {SovereignCommands::Pick.toString(), 60, 10}};
}

} // namespace steward::sovereign
