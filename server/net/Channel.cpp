// SPDX-License-Identifier: GPL-3.0-or-later
#include "Channel.h"

using namespace Qt::StringLiterals;

namespace steward {

namespace {
constexpr QStringView GamePrefix = u"game:";
constexpr QStringView ChatPrefix = u"chat:";
constexpr QStringView Lobby = u"lobby";
// Game ids are short (ten characters); a longer name is no channel, and is not echoed whole.
constexpr qsizetype MaxNameChars = 80;
} // namespace

QString Channel::name() const
{
    switch (kind) {
    case Kind::Game:
        return GamePrefix + gameId;
    case Kind::Chat:
        return ChatPrefix + gameId;
    case Kind::Lobby:
        break;
    }
    return Lobby.toString();
}

Result<Channel> Channel::parse(const QString &name)
{
    if (name == Lobby)
        return Channel{Kind::Lobby, {}};
    if (name.size() <= MaxNameChars) {
        for (const auto &[prefix, kind] : {std::pair{GamePrefix, Kind::Game}, std::pair{ChatPrefix, Kind::Chat}}) {
            if (name.startsWith(prefix) && name.size() > prefix.size())
                return Channel{kind, name.mid(prefix.size())};
        }
    }
    return Error{channel_errors::UnknownChannel,
                 u"There is no channel '%1'. Channels are game:<gameId>, chat:<gameId> and lobby."_s.arg(name.left(32))};
}

} // namespace steward
