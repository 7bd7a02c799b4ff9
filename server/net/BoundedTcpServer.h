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

namespace steward {

// The host's listening socket, which holds every connection to ConnectionLimits before
// QtHttpServer (and, after an upgrade, QtWebSockets) sees it: QtHttpServer 6.4 reads a request
// body whole, of any size, waits for a header forever and takes any number of connections.
// A connection over a limit is answered 413 or 503 where it is still plain HTTP, and closed.
class BoundedTcpServer : public QTcpServer
{
    Q_OBJECT
public:
    explicit BoundedTcpServer(ConnectionLimits limits, QObject *parent = nullptr);

    // The connection from peer:port became a WebSocket: QtWebSockets owns it from now on and
    // keeps its own deadlines (sign-in within 15 s, pings every 15 s), so only the per-address
    // count still holds it, until the socket goes.
    void handedOver(const QHostAddress &peer, quint16 port);

    int connectionCount() const { return int(m_connections.size()); }
    int connectionsFrom(const QHostAddress &peer) const { return m_perAddress.value(peer); }
    // Connections closed for each reason since the start, for logs and tests.
    struct Closed
    {
        qint64 unanswered = 0, firstAnswer = 0, request = 0, idle = 0, perAddress = 0, full = 0;
    };
    const Closed &closed() const { return m_closed; }

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    struct Connection
    {
        // The server hands the socket on (QtHttpServer, then QtWebSockets, which drops every
        // signal connection made here): only this guard says whether it still exists.
        QPointer<QTcpSocket> socket;
        QHostAddress peer;
        quint16 port = 0;
        bool upgraded = false;
        qint64 openedMs = 0;
        qint64 lastTrafficMs = 0;
        qint64 unansweredSinceMs = -1; // bytes read and no byte written since; -1: none
        qint64 unansweredBytes = 0;
        bool answered = false;         // anything written at all
        bool counted = false;          // counted in m_perAddress
    };
    void sweep();
    void refuse(QTcpSocket *socket, const char *status, const char *reason);
    void forget(const QTcpSocket *socket);
    qint64 nowMs() const { return m_clock.elapsed(); }

    ConnectionLimits m_limits;
    QElapsedTimer m_clock;
    QTimer m_sweep;
    QHash<const QTcpSocket *, Connection> m_connections; // keys are never dereferenced
    QHash<QHostAddress, int> m_perAddress;
    Closed m_closed;
};

} // namespace steward
