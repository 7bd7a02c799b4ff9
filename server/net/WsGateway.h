// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "OriginPolicy.h"
#include "Protocol.h"
#include "BanList.h"
#include "Session.h"

#include <QHash>
#include <QObject>
#include <QTimer>

#include <map>
#include <memory>

namespace steward {

class Authenticator;
class GameHost;
class ViewSync;

// The WebSocket side of the host: takes connections, enforces limits, authenticates
// sessions and routes their messages to the games.
class WsGateway : public QObject
{
    Q_OBJECT
public:
    WsGateway(GameHost &host, const Authenticator &auth, OriginPolicy origins, QObject *parent = nullptr);
    ~WsGateway() override;

    void accept(std::unique_ptr<ws::WsConnection> socket);
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
    // A chain intent a player's command queued has been confirmed or has failed: tell them.
    void notifyChain(qint64 outboxId, const QString &status, const QString &txHash, const QString &reason);

    static constexpr int MaxSessions = 5000;
    // Sockets that have not signed in yet (each has 15 s to), but the host's own: all of them,
    // and from one address. Nobody on the network can fill the host without a token.
    static constexpr int MaxUnauthenticated = 256;
    static constexpr int MaxUnauthenticatedPerAddress = 8;
    static constexpr int MaxChainWatchers = 200000;

signals:
    void sessionsChanged();

private:
    void onText(Session *s, const QByteArray &text);
    void onPing(Session *s, const QByteArray &payload);
    void onBinary(Session *s);
    void dispatch(Session *s, const protocol::Envelope &env);
    void authenticate(Session *s, const protocol::Envelope &env);
    void subscribe(Session *s, const protocol::Envelope &env);
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
    std::map<quint64, std::unique_ptr<Session>> m_sessions;
    BanList m_bans;
    QHash<qint64, QString> m_chainWatchers; // outbox id -> the player whose command queued it
    quint64 m_nextId = 1;
    QTimer m_pingTimer;
};

} // namespace steward
