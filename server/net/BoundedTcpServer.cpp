// SPDX-License-Identifier: GPL-3.0-or-later
#include "BoundedTcpServer.h"

#include "PeerAddress.h"
#include "ws/WsHandshake.h"

#include <QLoggingCategory>
#include <QScopedValueRollback>
#include <QTcpSocket>

Q_DECLARE_LOGGING_CATEGORY(lcNet)

namespace steward {

BoundedTcpServer::BoundedTcpServer(ConnectionLimits limits, QObject *parent)
    : QTcpServer(parent), m_limits(limits)
{
    m_clock.start();
    m_sweep.setInterval(1000);
    connect(&m_sweep, &QTimer::timeout, this, &BoundedTcpServer::sweep);
    m_sweep.start();
}

void BoundedTcpServer::refuse(QTcpSocket *socket, const char *status, const char *reason)
{
    qCInfo(lcNet) << "closing" << socket->peerAddress().toString() << ":" << reason;
    // Only a connection that was never answered is surely still speaking plain HTTP.
    const auto it = m_connections.constFind(socket);
    if (status && (it == m_connections.cend() || !it->answered)) {
        socket->write(QByteArray("HTTP/1.1 ") + status + "\r\nConnection: close\r\nContent-Type: text/plain\r\n"
                      "Content-Length: " + QByteArray::number(qstrlen(reason) + 1) + "\r\n\r\n" + reason + "\n");
        socket->flush();
    }
    socket->abort();
    forget(socket); // its slot is free now, whenever the object goes
}

void BoundedTcpServer::forget(const QTcpSocket *socket)
{
    const auto it = m_connections.find(socket);
    if (it == m_connections.end())
        return;
    if (it->counted) {
        auto n = m_perAddress.find(it->peer);
        if (n != m_perAddress.end() && --*n <= 0)
            m_perAddress.erase(n);
    }
    m_connections.erase(it);
}

void BoundedTcpServer::incomingConnection(qintptr descriptor)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    const QHostAddress peer = socket->peerAddress();
    if (m_limits.maxConnections > 0 && m_connections.size() >= m_limits.maxConnections) {
        ++m_closed.full;
        refuse(socket, "503 Service Unavailable", "The host has as many connections as it can take.");
        socket->deleteLater();
        return;
    }
    const bool capped = m_limits.maxPerAddress > 0 && !isHostItself(peer);
    if (capped && m_perAddress.value(peer) >= m_limits.maxPerAddress) {
        ++m_closed.perAddress;
        refuse(socket, "503 Service Unavailable", "Too many connections from your address.");
        socket->deleteLater();
        return;
    }
    // Small JSON frames must leave at once, not wait for Nagle's algorithm to gather more.
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    const qint64 now = nowMs();
    forget(socket); // a socket deleted unseen whose address the allocator gave this one
    Connection c;
    c.socket = socket;
    c.peer = peer;
    c.openedMs = c.lastTrafficMs = now;
    c.counted = capped;
    m_connections.insert(socket, c);
    if (capped)
        ++m_perAddress[peer];
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
    // Until it is routed, the socket is nobody else's to delete.
    connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
        const auto it = m_connections.constFind(socket);
        if (it != m_connections.cend() && it->routed)
            return;
        forget(socket);
        socket->deleteLater();
    });
    connect(socket, &QTcpSocket::bytesWritten, this, [this, socket] {
        auto it = m_connections.find(socket);
        if (it == m_connections.end())
            return;
        it->lastTrafficMs = nowMs();
        it->unansweredSinceMs = -1;
        it->unansweredBytes = 0;
        it->answered = true;
    });
}

void BoundedTcpServer::onReadyRead(QTcpSocket *socket)
{
    if (m_replaying)
        return;
    auto it = m_connections.find(socket);
    if (it == m_connections.end())
        return;
    it->lastTrafficMs = nowMs();
    if (it->unansweredSinceMs < 0)
        it->unansweredSinceMs = it->lastTrafficMs;
    if (!it->routed) {
        route(socket, *it); // the head is only peeked at: counting it at each chunk would count it again
        return;
    }
    it->unansweredBytes += socket->bytesAvailable();
    if (it->unansweredBytes > m_limits.maxUnansweredBytes) {
        ++m_closed.unanswered;
        qCWarning(lcNet) << "closing" << it->peer.toString() << "after" << it->unansweredBytes
                         << "bytes without an answer";
        refuse(socket, "413 Payload Too Large", "Too much sent without an answer.");
    }
}

void BoundedTcpServer::route(QTcpSocket *socket, Connection &c)
{
    // A request head is a few hundred bytes; QtHttpServer's own limit is far above this.
    constexpr qint64 MaxHead = 16 * 1024;
    const QByteArray seen = socket->peek(MaxHead);
    const qsizetype end = seen.indexOf("\r\n\r\n");
    if (end < 0) {
        if (seen.size() >= MaxHead) {
            ++m_closed.headTooLarge;
            refuse(socket, "431 Request Header Fields Too Large", "The request's head is too large.");
        }
        return; // the rest of the head is on its way
    }
    c.routed = true;
    const QByteArrayView head(seen.constData(), end + 4);
    if (ws::isUpgradeRequest(head)) {
        // The WebSocket side keeps its own deadlines from here; the lease keeps its counts.
        const quint64 lease = m_nextLease++;
        m_webSockets.insert(lease, c.counted ? std::optional(c.peer) : std::nullopt);
        c.counted = false;
        forget(socket);
        socket->disconnect(this);
        socket->setParent(nullptr);
        emit webSocketRequested(socket, socket->read(head.size()), lease);
        return;
    }
    addPendingConnection(socket);
    emit newConnection();
    // QtHttpServer connected to readyRead just now: the head already waiting is news to it.
    const QScopedValueRollback replaying(m_replaying, true);
    emit socket->readyRead();
}

void BoundedTcpServer::webSocketClosed(quint64 lease)
{
    const auto it = m_webSockets.constFind(lease);
    if (it == m_webSockets.cend())
        return;
    if (it->has_value()) {
        auto n = m_perAddress.find(**it);
        if (n != m_perAddress.end() && --*n <= 0)
            m_perAddress.erase(n);
    }
    m_webSockets.erase(it);
}

void BoundedTcpServer::sweep()
{
    const qint64 now = nowMs();
    QList<const QTcpSocket *> gone;
    QList<std::pair<QTcpSocket *, int>> overdue; // socket, which limit
    for (auto it = m_connections.cbegin(); it != m_connections.cend(); ++it) {
        const Connection &c = it.value();
        if (!c.socket || c.socket->state() == QAbstractSocket::UnconnectedState) {
            gone.append(it.key());
            continue;
        }
        int why = 0;
        if (!c.answered && now - c.openedMs > m_limits.firstAnswerMs)
            why = 1;
        else if (c.unansweredSinceMs >= 0 && now - c.unansweredSinceMs > m_limits.requestMs)
            why = 2;
        else if (now - c.lastTrafficMs > m_limits.idleMs)
            why = 3;
        if (why)
            overdue.append({c.socket.data(), why});
    }
    for (const QTcpSocket *socket : std::as_const(gone))
        forget(socket);
    for (const auto &[socket, why] : std::as_const(overdue)) {
        const auto it = m_connections.constFind(socket);
        if (it == m_connections.cend() || !it->socket)
            continue; // gone meanwhile
        switch (why) {
        case 1: ++m_closed.firstAnswer; refuse(socket, "408 Request Timeout", "No request in time."); break;
        case 2: ++m_closed.request; refuse(socket, "408 Request Timeout", "The request took too long."); break;
        default: ++m_closed.idle; refuse(socket, nullptr, "idle"); break;
        }
    }
}

} // namespace steward
