// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Game.h"

#include <memory>

namespace steward {

// How often one player may send one command type (the seeds' "move 10/min, attack 5/min"):
// `burst` at once, then `perMinute` on average. Refused beyond it with RATE_LIMITED, on every
// path a command arrives by; the socket's own message budget stays the ceiling above it.
// A page of a kind's web client, served at `path` from its folder (resources/web/<kind>/<file>).
struct WebPage
{
    QString path;
    QString file;
};

// The REST twin of one of a kind's command types (docs/protocol.md): POST `path` with the
// command's data; a facilitator names the game with "gameId", a player's comes from its token.
struct RestCommand
{
    enum class Sender { Facilitator, Player };
    QString path;
    QString commandType;
    Sender sender = Sender::Facilitator;
};

struct RateBudget
{
    QString commandType;
    double perMinute = 60;
    double burst = 10;
};

// One per folder under server/games/: creates games of its kind and turns wire messages
// into its commands.
class GameKind
{
public:
    virtual ~GameKind() = default;

    virtual QString id() const = 0;
    // Validates and normalizes the configuration; the seed drives every random choice.
    virtual Result<std::unique_ptr<Game>> create(const QJsonObject &config, quint64 seed) const = 0;
    // Shape-checks a message's data for one of this kind's command types.
    virtual Result<Command> parse(const QString &type, const QJsonObject &data) const = 0;

    // Seats. A join asks for a seat in the kind's own terms (the join's fields beside its code
    // and name); parseSeat() reads them into the seat's description, or refuses with the kind's
    // code. The host adds the description's fields to seat.join's data and the kind's
    // player.joined keeps them; seatOf() reads them back from that event's data. By default
    // players take no particular seat.
    virtual Result<QJsonObject> parseSeat(const QJsonObject &request) const
    {
        Q_UNUSED(request);
        return QJsonObject{};
    }
    virtual QJsonObject seatOf(const QJsonObject &joined) const
    {
        Q_UNUSED(joined);
        return {};
    }

    // An event read back from the log, in the shape this build applies: a kind that changed an
    // event's data raises the event's version and brings older versions up here. Called for
    // every stored event before apply().
    virtual Event upcast(Event stored) const { return stored; }

    // Whether a game of this kind may run its clock faster than the wall's: the host's
    // configuration key "timeScale" (1 to 10,000). At 1,440, a 24-hour timer passes in a minute.
    virtual bool scalesTime() const { return false; }

    // The contracts this kind's chain intents call, by name (resources/contracts/<Name>.sol): the
    // chain bridge deploys them. Of those, the ones whose events the host reconciles with its
    // outbox, so that a reorganisation reopens what it dropped (docs/chain.md).
    virtual QStringList contracts() const { return {}; }
    virtual QStringList reconciledContracts() const { return {}; }

    // The addresses of its players' pages (the first is where a join code of this kind leads).
    virtual QList<WebPage> webPages() const { return {}; }

    // REST paths for its own command types (every command is a WebSocket message already).
    // The host's lifecycle commands (game.start, game.pause, seat.leave, ...) have theirs.
    virtual QList<RestCommand> restCommands() const { return {}; }

    // Per-player budgets for this kind's command types; none by default.
    virtual QList<RateBudget> rateBudgets() const { return {}; }

    // Refusals this kind's own pages never cause (a send to a region the map does not offer): a
    // player who gets one sends by hand or with a modified client. The host flags them with
    // their evidence for support staff (TamperWatch). None by default.
    virtual QStringList tamperingCodes() const { return {}; }
};

} // namespace steward
