// SPDX-License-Identifier: GPL-3.0-or-later
#include "BeerKind.h"

#include "BeerConfig.h"
#include "BeerGame.h"
#include "server/core/JsonFields.h"
#include "server/core/TeamSeat.h"
#include "server/core/JsonShape.h"
#include "server/games/beer/BeerErrors.h"

using namespace Qt::StringLiterals;

namespace steward::beer {

Result<std::unique_ptr<Game>> BeerKind::create(const QJsonObject &config, quint64 seed) const
{
    auto parsed = BeerConfig::fromJson(config);
    if (!parsed)
        return parsed.error();
    return std::unique_ptr<Game>(std::make_unique<BeerGame>(parsed.value(), seed));
}

Result<Command> BeerKind::parse(const QString &type, const QJsonObject &d) const
{
    QJsonObject out;
    if (type == u"order.place") {
        // Both roles may be left out: the player's token says which seat is ordering.
        const auto sender = json::stringField(d, u"senderRole", {}, 32, ErrorCode::UnknownRole);
        if (!sender)
            return sender.error();
        const auto recipient = json::stringField(d, u"recipientRole", {}, 32, beer::errors::WrongRecipient);
        if (!recipient)
            return recipient.error();
        const auto quantity = json::requiredInt(d, u"quantity", 0, 10000, beer::errors::InvalidQuantity);
        if (!quantity)
            return quantity.error();
        const auto clientOrderId = json::stringField(d, u"clientOrderId", {}, 64);
        if (!clientOrderId)
            return clientOrderId.error();
        static const JsonShape order{u"senderRole"_s, u"recipientRole"_s, u"quantity"_s, u"clientOrderId"_s};
        out = order.make({sender.value(), recipient.value(), quantity.value(),
                          clientOrderId->isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(clientOrderId.value())});
    } else if (type == u"week.advance") {
        const auto team = json::intField(d, u"team", 0, 0, 500, ErrorCode::UnknownTeam);
        if (!team)
            return team.error();
        out = {{u"team"_s, team.value()}};
    } else if (type == u"inventory.correct" || type == u"seat.control" || type == u"seat.release") {
        const auto team = json::requiredInt(d, u"team", 1, 500, ErrorCode::UnknownTeam);
        if (!team)
            return team.error();
        const auto role = json::requiredString(d, u"role", 32, ErrorCode::UnknownRole);
        if (!role)
            return role.error();
        out = {{u"team"_s, team.value()}, {u"role"_s, role.value()}};
        if (type == u"inventory.correct") {
            const auto inventory = json::requiredInt(d, u"inventory", 0, 100000, beer::errors::InvalidInventory);
            if (!inventory)
                return inventory.error();
            out.insert(u"inventory"_s, inventory.value());
        } else if (type == u"seat.control") {
            const QJsonValue bot = d.value(u"bot");
            if (!bot.isNull() && !bot.isUndefined()
                && (!bot.isString() || !BeerConfig::botStrategies().contains(bot.toString())))
                return Error{ErrorCode::BadRequest, u"'bot' must be null or one of %1"_s.arg(
                                                        BeerConfig::botStrategies().join(u", "))};
            out.insert(u"bot"_s, bot.toString());
        }
    } else if (type == u"game.start" || type == u"game.end" || type == u"seat.leave" || type == CoreCommands::Pause
               || type == CoreCommands::Resume) {
        // no data
    } else {
        return Error{ErrorCode::UnknownType, u"A Beer Game has no command '%1'."_s.arg(type)};
    }
    return Command{type, out};
}

// The Beer Game's commands as REST calls, at the addresses the seed's API gives them.
QList<RestCommand> BeerKind::restCommands() const
{
    using Sender = RestCommand::Sender;
    return {
        {u"/api/games/advance"_s, u"week.advance"_s, Sender::Facilitator},
        {u"/api/orders/place"_s, u"order.place"_s, Sender::Player},
        {u"/api/inventory/update"_s, u"inventory.correct"_s, Sender::Facilitator},
        {u"/api/seats/control"_s, u"seat.control"_s, Sender::Facilitator},
    };
}

Result<QJsonObject> BeerKind::parseSeat(const QJsonObject &request) const
{
    return teamseat::parse(request);
}

QJsonObject BeerKind::seatOf(const QJsonObject &joined) const
{
    return teamseat::of(joined);
}

} // namespace steward::beer
