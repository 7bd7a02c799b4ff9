// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ConnectionLimits.h"

#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QPointer>
#include <QTcpServer>
#include <QTimer>

#include <QTcpSocket>

#include <optional>

namespace steward {

// The host's listening socket, which holds every connection to ConnectionLimits before
// QtHttpServer sees it: QtHttpServer 6.4 reads a request body whole, of any size, waits for a
// header forever and takes any number of connections. A connection over a limit is answered
// 413 or 503 where it is still plain HTTP, and closed.
//
// It also routes each connection by its first request: one that asks to become a WebSocket
// never reaches QtHttpServer (whose QtWebSockets answers pings and accepts unmasked frames
// behind the host's back); it is handed, its head read, to webSocketRequested().
class BoundedTcpServer : public QTcpServer
{
    Q_OBJECT
public:
    explicit BoundedTcpServer(ConnectionLimits limits, QObject *parent = nullptr);

    int connectionCount() const { return int(m_connections.size() + m_webSockets.size()); }
    int connectionsFrom(const QHostAddress &peer) const { return m_perAddress.value(peer); }
    // Connections closed for each reason since the start, for logs and tests.
    struct Closed
    {
        qint64 unanswered = 0, firstAnswer = 0, request = 0, idle = 0, perAddress = 0, full = 0, headTooLarge = 0;
    };
    const Closed &closed() const { return m_closed; }

signals:
    // `socket` asked to become a WebSocket; `head` is its request up to the blank line, read
    // off the socket. The receiver takes the socket over: the gateway keeps its own deadlines
    // (sign-in within 15 s, pings every 15 s), and only the counts still hold it, until the
    // receiver calls webSocketClosed(lease).
    void webSocketRequested(QTcpSocket *socket, const QByteArray &head, quint64 lease);

public slots:
    void webSocketClosed(quint64 lease);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    struct Connection
    {
        // The server hands the socket on (QtHttpServer, then QtWebSockets, which drops every
        // signal connection made here): only this guard says whether it still exists.
        QPointer<QTcpSocket> socket;
        QHostAddress peer;
        bool routed = false;   // handed to QtHttpServer or to webSocketRequested()
        qint64 openedMs = 0;
        qint64 lastTrafficMs = 0;
        qint64 unansweredSinceMs = -1; // bytes read and no byte written since; -1: none
        qint64 unansweredBytes = 0;
        bool answered = false;         // anything written at all
        bool counted = false;          // counted in m_perAddress
    };
    void onReadyRead(QTcpSocket *socket);
    // Once the first request's head is in: to the WebSocket side or to QtHttpServer.
    void route(QTcpSocket *socket, Connection &c);
    void sweep();
    void refuse(QTcpSocket *socket, const char *status, const char *reason);
    void forget(const QTcpSocket *socket);
    qint64 nowMs() const { return m_clock.elapsed(); }

    ConnectionLimits m_limits;
    QElapsedTimer m_clock;
    QTimer m_sweep;
    QHash<const QTcpSocket *, Connection> m_connections; // keys are never dereferenced
    QHash<QHostAddress, int> m_perAddress;
    // WebSockets handed on, by lease: their address, if counted in m_perAddress.
    QHash<quint64, std::optional<QHostAddress>> m_webSockets;
    quint64 m_nextLease = 1;
    Closed m_closed;
    bool m_replaying = false; // readyRead re-emitted for QtHttpServer: already counted
};

} // namespace steward
