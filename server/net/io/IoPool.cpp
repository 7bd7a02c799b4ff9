// SPDX-License-Identifier: GPL-3.0-or-later
#include "IoPool.h"

#include <QLoggingCategory>
#include <QTcpSocket>

#include <fcntl.h>
#include <unistd.h>

Q_DECLARE_LOGGING_CATEGORY(lcNet)

namespace steward::io {

IoPool::IoPool(int threads, qsizetype maxMessageBytes, QObject *parent) : QObject(parent)
{
    const int n = std::max(1, threads);
    m_outgoing.resize(size_t(n));
    for (int i = 0; i < n; ++i) {
        m_threads.push_back(std::make_unique<IoThread>(i, maxMessageBytes, [this](std::vector<Inbound> &&batch) {
            bool post = false;
            {
                std::lock_guard lock(m_mutex);
                if (m_incoming.empty())
                    m_incoming = std::move(batch);
                else
                    std::move(batch.begin(), batch.end(), std::back_inserter(m_incoming));
                post = !std::exchange(m_deliveryPosted, true);
            }
            if (post)
                QMetaObject::invokeMethod(this, &IoPool::deliverIncoming, Qt::QueuedConnection);
        }));
    }
}

IoPool::~IoPool()
{
    // The threads go first: none may hand over a batch while the rest of the pool goes.
    m_threads.clear();
}

quint64 IoPool::adopt(QTcpSocket *socket, QByteArray handshakeReply, std::shared_ptr<ConnectionStats> stats)
{
    const quint64 id = m_nextId++;
    IoThread::Command c = command(IoThread::Command::Adopt, id);
    c.bytes = std::move(handshakeReply);
    c.leftover = socket->readAll();
    c.stats = std::move(stats);
    // The descriptor's copy moves to the I/O thread; closing Qt's own copy neither resets nor
    // ends the connection.
    c.fd = ::fcntl(int(socket->socketDescriptor()), F_DUPFD_CLOEXEC, 0);
    socket->disconnect();
    socket->abort();
    socket->deleteLater();
    if (c.fd < 0) {
        qCWarning(lcNet) << "cannot take a WebSocket over:" << strerror(errno);
        Inbound gone = Inbound::closed(id);
        QMetaObject::invokeMethod(this, [this, gone]() mutable {
            if (m_receiver)
                m_receiver(gone);
        }, Qt::QueuedConnection);
        return id;
    }
    ::fcntl(c.fd, F_SETFL, ::fcntl(c.fd, F_GETFL) | O_NONBLOCK);
    queue(std::move(c));
    return id;
}

IoThread::Command IoPool::command(IoThread::Command::Kind kind, quint64 connection)
{
    IoThread::Command c;
    c.kind = kind;
    c.connection = connection;
    return c;
}

void IoPool::sendText(quint64 connection, const QByteArray &utf8)
{
    IoThread::Command c = command(IoThread::Command::Text, connection);
    c.bytes = utf8;
    queue(std::move(c));
}

void IoPool::close(quint16 code, const QString &reason, quint64 connection)
{
    IoThread::Command c = command(IoThread::Command::Close, connection);
    c.code = code;
    c.reason = reason;
    queue(std::move(c));
}

void IoPool::ping(quint64 connection)
{
    queue(command(IoThread::Command::Ping, connection));
}

void IoPool::useMsgPack(quint64 connection)
{
    queue(command(IoThread::Command::UseMsgPack, connection));
}

void IoPool::useCompression(quint64 connection)
{
    queue(command(IoThread::Command::UseCompression, connection));
}

void IoPool::abort(quint64 connection)
{
    queue(command(IoThread::Command::Abort, connection));
}

void IoPool::queue(IoThread::Command &&c)
{
    m_outgoing[c.connection % m_outgoing.size()].push_back(std::move(c));
    if (!std::exchange(m_flushPosted, true))
        QMetaObject::invokeMethod(this, &IoPool::flushOutgoing, Qt::QueuedConnection);
}

void IoPool::flushOutgoing()
{
    m_flushPosted = false;
    for (size_t i = 0; i < m_outgoing.size(); ++i) {
        if (!m_outgoing[i].empty())
            m_threads[i]->post(std::exchange(m_outgoing[i], {}));
    }
}

void IoPool::deliverIncoming()
{
    std::vector<Inbound> batch;
    {
        std::lock_guard lock(m_mutex);
        batch.swap(m_incoming);
        m_deliveryPosted = false;
    }
    for (Inbound &item : batch) {
        if (m_receiver)
            m_receiver(item);
    }
}

} // namespace steward::io
