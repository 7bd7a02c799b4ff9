// SPDX-License-Identifier: GPL-3.0-or-later
#include "BoundedTcpServer.h"

#include <QLoggingCategory>
#include <QTcpSocket>

Q_DECLARE_LOGGING_CATEGORY(lcNet)

namespace steward {

void BoundedTcpServer::incomingConnection(qintptr descriptor)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    // Small JSON frames must leave at once, not wait for Nagle's algorithm to gather more.
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    // Connected before the HTTP server's own handler, so it sees each chunk before it is read.
    auto unanswered = std::make_shared<qint64>(0);
    connect(socket, &QTcpSocket::readyRead, socket, [socket, unanswered, limit = m_limit] {
        *unanswered += socket->bytesAvailable();
        if (*unanswered > limit) {
            qCWarning(lcNet) << "closing" << socket->peerAddress().toString() << "after" << *unanswered
                             << "bytes without an answer";
            socket->write("HTTP/1.1 413 Payload Too Large\r\nConnection: close\r\nContent-Length: 0\r\n\r\n");
            socket->flush();
            socket->abort();
        }
    });
    connect(socket, &QTcpSocket::bytesWritten, socket, [unanswered] { *unanswered = 0; });
    addPendingConnection(socket);
    emit newConnection();
}

} // namespace steward
