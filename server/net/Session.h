// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/core/TokenBucket.h"
#include "server/core/Actor.h"
#include "ws/WsConnection.h"

#include <QJsonObject>
#include <QObject>
#include <QTimer>

#include <map>
#include <memory>

namespace steward {

// What the console and /api/sessions show of one connection.
struct SessionInfo
{
    quint64 id = 0;
    QString address;
    bool authenticated = false;
    Actor actor;
    QString gameId;      // a player's own game, or the one a facilitator's `subscribe` named
    QStringList channels; // what it follows, by name (Channel.h), in the order it followed them
    qint64 connectedAtMs = 0;
    qint64 lastSeenMs = 0;
    qint64 rttMs = -1;
    quint64 messagesIn = 0;
    quint64 messagesOut = 0;
    quint64 refused = 0; // messages refused for rate or size
};

// One WebSocket client: its socket, who it is once authenticated, and its limits.
class Session : public QObject
{
    Q_OBJECT
public:
    Session(std::unique_ptr<ws::WsConnection> socket, quint64 id, qint64 nowMs, QObject *parent = nullptr);
    ~Session() override;

    ws::WsConnection *socket() const { return m_socket.get(); }
    SessionInfo &info() { return m_info; }
    const SessionInfo &info() const { return m_info; }
    TokenBucket &bucket() { return m_bucket; }

    void send(const QByteArray &text);
    // Closes with a WebSocket close code and a reason the client can show.
    void close(quint16 code, const QString &reason);

    // What was last pushed of one game's view: its version, so an unchanged view is not sent
    // again, and the view itself, so the next push carries only what changed.
    struct PushedView
    {
        quint64 version = 0;
        bool once = false;
        QJsonObject view;
    };
    // One for each game the session follows (game id ->), so two games' views diff apart.
    std::map<QString, PushedView> views;
    qint64 lastRateNoticeMs = 0;
    QTimer authDeadline;

private:
    std::unique_ptr<ws::WsConnection> m_socket;
    SessionInfo m_info;
    TokenBucket m_bucket;
};

} // namespace steward
