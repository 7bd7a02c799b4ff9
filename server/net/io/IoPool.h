// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ConnectionStats.h"
#include "Inbound.h"
#include "IoThread.h"

#include <QObject>

#include <functional>
#include <memory>
#include <mutex>
#include <vector>

class QTcpSocket;

namespace steward::io {

// The game thread's side of the I/O threads (docs/architecture.md, "The network path"). A
// WebSocket, once its upgrade request is read, is adopted by one of them for good; from then
// on the game thread sees only parsed messages and closes, in batches, and sends whole
// messages back, which leave in a batch when the game thread's current turn is done.
class IoPool : public QObject
{
    Q_OBJECT
public:
    // `threads` I/O threads (at least one).
    IoPool(int threads, qsizetype maxMessageBytes, QObject *parent = nullptr);
    ~IoPool() override;

    int threadCount() const { return int(m_threads.size()); }

    // Takes `socket` over (its descriptor moves to an I/O thread; the object goes) and answers
    // its upgrade with `handshakeReply`. Returns the connection's id.
    quint64 adopt(QTcpSocket *socket, QByteArray handshakeReply, std::shared_ptr<ConnectionStats> stats);

    // On the game thread, each turn's messages and closes, in each connection's order.
    void setReceiver(std::function<void(Inbound &)> receiver) { m_receiver = std::move(receiver); }

    // Leave in this order, after the game thread's current turn. The same bytes sent to many
    // connections are shared, not copied.
    void sendText(quint64 connection, const QByteArray &utf8);
    void close(quint16 code, const QString &reason, quint64 connection);
    void ping(quint64 connection);
    // Every message after this one, both ways, is a MessagePack binary frame.
    void useMsgPack(quint64 connection);
    // Every message after this one from CompressFramesFrom bytes on leaves compressed.
    void useCompression(quint64 connection);
    void abort(quint64 connection);

private:
    static IoThread::Command command(IoThread::Command::Kind kind, quint64 connection);
    void queue(IoThread::Command &&c);
    void flushOutgoing();
    void deliverIncoming();

    std::vector<std::unique_ptr<IoThread>> m_threads;
    // Game thread: what waits for the end of this turn, per I/O thread.
    std::vector<std::vector<IoThread::Command>> m_outgoing;
    bool m_flushPosted = false;
    quint64 m_nextId = 1;
    std::function<void(Inbound &)> m_receiver;

    std::mutex m_mutex;
    std::vector<Inbound> m_incoming; // guarded by m_mutex
    bool m_deliveryPosted = false;   // guarded by m_mutex
};

} // namespace steward::io
