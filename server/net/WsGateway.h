// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BanList.h"
#include "Channel.h"
#include "HostMetrics.h"
#include "OriginPolicy.h"
#include "server/protocol/Protocol.h"
#include "Session.h"
#include "ws/WsFrame.h"
#include "ws/WsHandshake.h"

#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QTimer>

#include <functional>
#include <map>
#include <memory>

class QTcpSocket;

namespace steward {

class Authenticator;
class EventStore;
class ChatRooms;
class GameHost;
class LobbyFeed;
class ViewSync;
namespace io {
class IoPool;
struct Inbound;
}

// The WebSocket side of the host: takes connections, enforces limits, authenticates
// sessions, routes their messages to the games, and keeps what channels each one follows
// (Channel.h): a game's views, the lobby, a game's chat room.
class WsGateway : public QObject
{
    Q_OBJECT
public:
    // `ioThreads` I/O threads carry the WebSockets (io/IoPool.h).
    WsGateway(GameHost &host, EventStore &store, const Authenticator &auth, OriginPolicy origins, int ioThreads = 2,
              QObject *parent = nullptr);
    ~WsGateway() override;

    // Takes over `socket`, whose upgrade request was read, and answers it. `onGone` runs once
    // the connection is closed, whether or not it became a session.
    void accept(QTcpSocket *socket, const ws::WsUpgrade &upgrade, std::function<void()> onGone = {});
    int ioThreadCount() const;
    QList<SessionInfo> sessions() const;
    // Closes one connection with a reason its client shows; false if there is no such session.
    bool kick(quint64 sessionId, const QString &reason);
    // A message from the facilitator to one signed-in session (sessionId > 0) or to every one;
    // returns how many were sent it.
    int sendNotice(quint64 sessionId, const QString &text, qint64 atMs);
    // Bans a name or an address for a while, and closes the connections it covers now; returns
    // how many were closed.
    Result<int> ban(const BanList::Ban &ban);
    BanList &bans() { return m_bans; }
    int sessionCount() const { return int(m_sessions.size()); }
    // Players signed in on a socket now (the metrics' player_connected_count).
    int playersConnected() const;
    const HostMetrics &metrics() const { return m_metrics; }
    // A chain intent a player's command queued has been confirmed or has failed: tell them.
    void notifyChain(qint64 outboxId, const QString &status, const QString &txHash, const QString &reason);

    static constexpr int MaxSessions = 5000;
    // Sockets that have not signed in yet (each has 15 s to), but the host's own: all of them,
    // and from one address. Nobody on the network can fill the host without a token.
    static constexpr int MaxUnauthenticated = 256;
    static constexpr int MaxUnauthenticatedPerAddress = 8;
    static constexpr int MaxChainWatchers = 200000;
    // A page follows its game, its chat and the lobby; a console a handful of games besides.
    // Each followed game costs a view kept per session, so a socket cannot follow them all.
    static constexpr int MaxChannels = 16;

signals:
    void sessionsChanged();

private:
    void receive(io::Inbound &in);
    void dispatch(Session *s, const protocol::Envelope &env);
    void authenticate(Session *s, const protocol::Envelope &env);
    void subscribe(Session *s, const protocol::Envelope &env);
    void follow(Session *s, const protocol::Envelope &env);
    void unfollow(Session *s, const protocol::Envelope &env);
    void stateGet(Session *s, const protocol::Envelope &env);
    void chat(Session *s, const protocol::Envelope &env);
    // Why the session may not follow `c` now; nothing if it may (or already does).
    Status mayFollow(const Session *s, const Channel &c) const;
    // Follows `c` (again: a game's view starts over from a whole one) and pushes its first.
    void startFollowing(Session *s, const Channel &c);
    void stopFollowing(Session *s, const Channel &c);
    void stopFollowingAll(Session *s);
    void onGameDeleted(const QString &gameId);
    void command(Session *s, const protocol::Envelope &env);
    void refuse(Session *s, const QJsonValue &re, const Error &e);
    void drop(Session *s);
    void pingAll();
    // Why a new socket from `peer` may not wait to sign in now; empty if it may.
    QString unauthenticatedRoomFor(const QHostAddress &peer) const;

    GameHost &m_host;
    const Authenticator &m_auth;
    OriginPolicy m_origins;
    ViewSync *m_sync;
    HostMetrics m_metrics;
    LobbyFeed *m_lobby;
    std::unique_ptr<ChatRooms> m_chat;
    // Before the sessions, which send through it: it goes after them.
    std::unique_ptr<io::IoPool> m_io;
    std::map<quint64, std::unique_ptr<Session>> m_sessions;
    QHash<quint64, std::function<void()>> m_onGone; // connection id ->
    BanList m_bans;
    QHash<qint64, QString> m_chainWatchers; // outbox id -> the player whose command queued it
    QTimer m_pingTimer;
};

} // namespace steward
