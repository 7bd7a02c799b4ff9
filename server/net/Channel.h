// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/core/Error.h"
#include "server/core/Result.h"

#include <QString>

// What a WebSocket session may follow besides its own game (docs/protocol.md, "Channels"): a
// game's views, the facilitator's list of games, a game's chat room. A channel's name is a wire
// name, so, like an error code, a form is never renamed, only added.
namespace steward {

struct Channel
{
    enum class Kind { Game, Lobby, Chat };

    Kind kind = Kind::Game;
    QString gameId; // a game's or its chat room's; empty for the lobby

    // `game:<gameId>`, `lobby`, `chat:<gameId>`.
    QString name() const;
    // A name of one of those forms, or UNKNOWN_CHANNEL. Whether the game exists, and whether the
    // session may follow it, is the gateway's to check.
    static Result<Channel> parse(const QString &name);

    static Channel game(const QString &gameId) { return {Kind::Game, gameId}; }
    static Channel chat(const QString &gameId) { return {Kind::Chat, gameId}; }
};

namespace channel_errors {
inline constexpr OwnedCode UnknownChannel{u"UNKNOWN_CHANNEL", 400};
inline constexpr OwnedCode TooManyChannels{u"TOO_MANY_CHANNELS", 409};
} // namespace channel_errors

} // namespace steward
