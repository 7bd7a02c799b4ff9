// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ConnectionStats.h"
#include "Inbound.h"
#include "server/core/TokenBucket.h"
#include "server/net/ws/WsFrame.h"
#include "server/net/ws/WsFrameReader.h"

#include <QByteArray>
#include <QString>

#include <deque>
#include <memory>
#include <vector>

namespace steward::io {

// One WebSocket, as its I/O thread sees it: a non-blocking socket, the frames read off it and
// the frames queued for it. The thread reads every frame itself, so nothing a client sends is
// answered behind the host's back: a ping is answered only after signing in, an unmasked
// frame closes the connection (RFC 6455 5.1), a message over the limit is refused from its
// header, and a client over its message budget is refused here, before the game thread sees it.
class IoConnection
{
public:
    IoConnection(int fd, quint64 id, std::shared_ptr<ConnectionStats> stats, qsizetype maxMessageBytes);
    ~IoConnection();
    IoConnection(const IoConnection &) = delete;
    IoConnection &operator=(const IoConnection &) = delete;

    int fd() const { return m_fd; }
    quint64 id() const { return m_id; }
    // Gone: the socket is closed and the game thread is to be told.
    bool isGone() const { return m_fd < 0; }
    // Frames are waiting for the socket to take them.
    bool wantsWrite() const { return !m_out.empty(); }
    // The next moment something is due (a close the client did not answer), or -1.
    qint64 deadlineMs() const { return m_deadlineMs; }

    // Bytes that precede every frame: the handshake's answer.
    void queueRaw(QByteArray bytes);
    // Bytes read with the request head, before the socket came here.
    void consume(QByteArrayView bytes, std::vector<Inbound> &out, qint64 nowMs);
    // Reads what the socket has; messages for the game thread go to `out`.
    void onReadable(std::vector<Inbound> &out, qint64 nowMs);

    // From the game thread, in its order.
    void queueText(const QByteArray &utf8);
    void queueBinary(const QByteArray &bytes);
    // From now on the client's binary frames are MessagePack messages, and so are the host's.
    void useMsgPack() { m_msgPack = true; }
    bool usesMsgPack() const { return m_msgPack; }
    // From now on large messages leave compressed (protocol/FrameCompression.h).
    void useCompression() { m_compressed = true; }
    bool usesCompression() const { return m_compressed; }
    void close(quint16 code, const QString &reason, qint64 nowMs);
    void ping(qint64 nowMs);
    void abort();

    // Writes what the socket takes now.
    void flush(qint64 nowMs);
    // A close the client did not answer in time ends here.
    void onDeadline(qint64 nowMs);

    // Past this much unsent data the client is not reading: cut it off rather than buffer.
    static constexpr qint64 MaxUnsentBytes = 4 * 1024 * 1024;

private:
    struct OutFrame
    {
        char header[10];
        quint8 headerSize = 0;
        QByteArray payload; // shared with every other recipient of the same bytes
        qsizetype size() const { return headerSize + payload.size(); }
    };
    void queue(ws::Opcode opcode, QByteArray payload);
    void handle(ws::WsFrameReader::Item &item, std::vector<Inbound> &out, qint64 nowMs);
    void onText(QByteArray &&text, std::vector<Inbound> &out, qint64 nowMs);
    void onBinary(QByteArray &&bytes, std::vector<Inbound> &out, qint64 nowMs);
    // A text or binary message: within the budget, parsed, and on to the game thread.
    void onMessage(const Result<protocol::Envelope> &parsed, std::vector<Inbound> &out);
    bool withinBudget(std::vector<Inbound> &out, qint64 nowMs);
    void onPing(const QByteArray &payload, std::vector<Inbound> &out, qint64 nowMs);
    // Counts a refused message; true once the client has been refused too often, and the game
    // thread asked to close it.
    bool refusedTooOften(const char *what, std::vector<Inbound> &out);
    void refuse(const Error &e);
    void fail(quint16 code, const QString &why, qint64 nowMs);
    // Once the queue is written: the write side shuts and the client's own close is awaited.
    void finishAfterFlush(qint64 nowMs);
    void shutdownNow();

    int m_fd;
    quint64 m_id;
    std::shared_ptr<ConnectionStats> m_stats;
    ws::WsFrameReader m_reader;
    std::deque<OutFrame> m_out;
    qsizetype m_frontWritten = 0; // bytes of m_out.front() already written
    qint64 m_unsent = 0;
    TokenBucket m_bucket;
    qint64 m_lastRateNoticeMs = 0;
    qint64 m_deadlineMs = -1;
    bool m_closeSent = false;
    bool m_closeReceived = false;
    bool m_finishing = false;   // shut the write side once the queue is written
    bool m_writeShut = false;
    bool m_closeAsked = false; // refused too often: nothing more is read for the game thread
    bool m_msgPack = false;
    bool m_compressed = false;
};

} // namespace steward::io
