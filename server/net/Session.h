// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/core/Actor.h"
#include "io/ConnectionStats.h"

#include <QJsonObject>
#include <QObject>
#include <QTimer>

#include <map>
#include <memory>

namespace steward {

namespace io {
class IoPool;
}

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

// One WebSocket client on the game thread: who it is once authenticated, what it follows, and
// the way to its connection, which an I/O thread owns (io/IoPool.h).
class Session : public QObject
{
    Q_OBJECT
public:
    Session(io::IoPool &io, quint64 connection, std::shared_ptr<io::ConnectionStats> stats, const QString &address,
            qint64 nowMs, QObject *parent = nullptr);
    ~Session() override;

    SessionInfo &info() { return m_info; }
    const SessionInfo &info() const { return m_info; }
    // The info with what the I/O thread counted: messages in, refusals, round trip, last seen.
    SessionInfo snapshot() const;
    // Signing in tells the I/O thread too: from now on the client's pings are answered.
    void markAuthenticated(bool yes);

    // Queues a message; it leaves after the game thread's current turn. Nothing is sent once
    // the session is closing.
    void send(const QByteArray &text);
    // Closes with a WebSocket close code and a reason the client can show.
    void close(quint16 code, const QString &reason);
    void ping();
    // From the next message on, both ways, MessagePack in binary frames (docs/protocol.md).
    void useMsgPack();
    bool usesMsgPack() const { return m_msgPack; }
    // From the next message on, large messages leave compressed (protocol/FrameCompression.h).
    void useCompression();
    bool usesCompression() const { return m_compressed; }

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
    QTimer authDeadline;

private:
    io::IoPool &m_io;
    std::shared_ptr<io::ConnectionStats> m_stats;
    SessionInfo m_info;
    bool m_closing = false;
    bool m_msgPack = false;
    bool m_compressed = false;
};

} // namespace steward
