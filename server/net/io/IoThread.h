// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ConnectionStats.h"
#include "Inbound.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <memory>
#include <mutex>
#include <thread>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace steward::io {

class IoConnection;

// One I/O thread: an epoll loop over its share of the host's WebSockets. A turn touches only
// the sockets that are ready, reads and parses their frames, and hands the game thread what
// it must decide in one batch; the game thread hands back whole frames, also in batches,
// which the thread writes with one system call per socket.
class IoThread
{
public:
    // What the game thread asks of a connection, in the order it asked.
    struct Command
    {
        enum Kind : quint8 { Adopt, Text, Close, Ping, Abort, UseMsgPack, UseCompression } kind = Text;
        quint64 connection = 0;
        QByteArray bytes;     // Text: the message; Adopt: the handshake's answer
        QByteArray leftover;  // Adopt: bytes read with the request head
        quint16 code = 0;     // Close
        QString reason;       // Close
        int fd = -1;          // Adopt
        std::shared_ptr<ConnectionStats> stats; // Adopt
    };
    // Called on the I/O thread with each turn's messages and closed connections.
    using Deliver = std::function<void(std::vector<Inbound> &&)>;

    IoThread(int index, qsizetype maxMessageBytes, Deliver deliver);
    // Stops the loop; connections still open are cut.
    ~IoThread();
    IoThread(const IoThread &) = delete;
    IoThread &operator=(const IoThread &) = delete;

    // From the game thread.
    void post(std::vector<Command> &&commands);

private:
    void run();
    void wake();
    void drainCommands(qint64 nowMs);
    void apply(Command &c, qint64 nowMs);
    // After a turn touched it: writes what it can, tells the game thread if the connection is
    // gone, and asks epoll for writability only while frames wait.
    void settle(quint64 id, std::vector<Inbound> &out, qint64 nowMs);
    void sweepDeadlines(qint64 nowMs);
    // A message the game thread wrote as JSON, as MessagePack.
    QByteArray packed(const QByteArray &json);
    // A large message as a compressed frame, once a batch for all its readers.
    QByteArray compressed(const QByteArray &message);

    const int m_index;
    const qsizetype m_maxMessageBytes;
    Deliver m_deliver;
    int m_epoll = -1;
    int m_wake = -1; // eventfd

    std::mutex m_mutex;
    std::vector<Command> m_commands; // guarded by m_mutex
    bool m_wakePending = false;      // guarded by m_mutex
    bool m_stopping = false;         // guarded by m_mutex

    // The thread's own.
    struct Slot
    {
        std::unique_ptr<IoConnection> connection;
        bool watchingWrites = false;
    };
    std::unordered_map<quint64, Slot> m_connections;
    std::vector<quint64> m_touched;       // read, written or given commands this turn
    std::unordered_set<quint64> m_closing; // with a deadline
    std::unordered_map<const char *, QByteArray> m_packed; // this batch's messages, packed
    std::unordered_map<const char *, QByteArray> m_compressed; // and compressed, by what was compressed
    std::thread m_thread;
};

} // namespace steward::io
