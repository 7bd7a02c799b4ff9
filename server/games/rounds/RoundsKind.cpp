// SPDX-License-Identifier: GPL-3.0-or-later
#include "RoundsKind.h"

#include "RoundsGame.h"
#include "server/core/JsonFields.h"
#include "server/core/TeamSeat.h"
#include "server/games/rounds/RoundsErrors.h"

using namespace Qt::StringLiterals;

namespace steward::rounds {

QString RoundsKind::id() const
{
    return u"rounds"_s;
}

Result<std::unique_ptr<Game>> RoundsKind::create(const QJsonObject &config, quint64 seed) const
{
    auto parsed = RoundsConfig::fromJson(config);
    if (!parsed)
        return parsed.error();
    return std::unique_ptr<Game>(std::make_unique<RoundsGame>(parsed.value(), seed));
}

// What may come from the wire. A LAN player's bet names no operator, player or limits: those
// are the table's; operators' bets reach the game through the bet desk, never from here.
Result<Command> RoundsKind::parse(const QString &type, const QJsonObject &d) const
{
    if (type == RoundsCommands::PlaceBet) {
        if (auto s = json::onlyKeys(d, {u"betId"_s, u"type"_s, u"pick"_s, u"stake"_s, u"clientSeed"_s, u"round"_s},
                                    rounds::errors::InvalidBet); !s)
            return s.error();
        const auto betId = json::requiredString(d, u"betId", 64, rounds::errors::InvalidBet);
        if (!betId)
            return betId.error();
        const auto clientSeed = json::stringField(d, u"clientSeed", {}, 64, rounds::errors::InvalidBet);
        if (!clientSeed)
            return clientSeed.error();
        auto selection = parseSelection(d);
        if (!selection)
            return selection.error();
        return Command{type, d};
    }
    if (type == RoundsCommands::SetPaytable) {
        if (!d.value(u"paytable").isObject())
            return Error{rounds::errors::InvalidPaytable, u"'paytable' must be an object of multipliers."_s};
        return Command{type, d};
    }
    if (type == u"seat.leave" || type == CoreCommands::Pause || type == CoreCommands::Resume)
        return Command{type, {}};
    return Error{ErrorCode::UnknownType, u"A rounds table has no command '%1'."_s.arg(type)};
}

Result<QJsonObject> RoundsKind::parseSeat(const QJsonObject &request) const
{
    return teamseat::parse(request);
}

QJsonObject RoundsKind::seatOf(const QJsonObject &joined) const
{
    return teamseat::of(joined);
}

} // namespace steward::rounds
