// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/core/Actor.h"
#include "server/core/Result.h"
#include "server/core/TokenBucket.h"

#include <QHash>
#include <QJsonObject>
#include <QList>

#include <map>

namespace steward {

class GameHost;
class Session;

// The `chat:<gameId>` channels: a game's chat room, for its seated players and the facilitator.
// A message goes to the sessions that follow the room when it is sent, and nowhere else: chat is
// ephemeral, not an event of the game (no replay, no export, no audit), so nothing said in it
// reaches the disk. Who may follow or speak in a room is the gateway's to check.
class ChatRooms
{
public:
    // What one sender may say, across all their sockets: 30 messages a minute, 5 at once
    // (the seeds' "chat/message 30 per minute").
    static constexpr double BurstMessages = 5;
    static constexpr double MessagesPerSecond = 30.0 / 60.0;
    static constexpr qsizetype MaxChars = 500; // characters as a person counts them (code points)

    explicit ChatRooms(GameHost &host) : m_host(host) {}

    void follow(Session *session, const QString &gameId);
    void forget(Session *session, const QString &gameId);
    // The room and its followers go with the game.
    void close(const QString &gameId);

    // Checks one message and draws it from the sender's budget: the `chat.message` to post, or
    // why not (BAD_REQUEST for an empty or long text, RATE_LIMITED past the budget).
    Result<QJsonObject> compose(const Actor &from, const QString &gameId, const QString &text);
    // Pushes a composed message to whoever follows its room now.
    void post(const QJsonObject &message);

private:
    QString senderKey(const Actor &from) const;

    GameHost &m_host;
    QHash<QString, QList<Session *>> m_rooms; // game id -> followers
    std::map<QString, TokenBucket> m_budgets; // sender -> what they may still say
};

} // namespace steward
