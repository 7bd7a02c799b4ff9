// SPDX-License-Identifier: GPL-3.0-or-later
#include "IoConnection.h"

#include "server/protocol/MsgPack.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QtEndian>

#include <cerrno>
#include <sys/socket.h>
#include <sys/uio.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcNet)

namespace steward::io {

namespace {
// A person types a few orders a minute; a page reconnecting sends a handful at once.
constexpr double BurstMessages = 40;
constexpr double MessagesPerSecond = 20;
constexpr qint64 RateNoticeIntervalMs = 1000;
// A client refused this many times is not a person typing: close it.
constexpr quint64 RefusalsBeforeClose = 400;
// How long a client has to answer the host's close frame, and then to close its side.
constexpr qint64 CloseAnswerMs = 5000;
constexpr qint64 LingerMs = 2000;
// What one turn reads off one socket before the others get theirs.
constexpr qsizetype ReadPerTurn = 256 * 1024;
constexpr int MaxIov = 64;

qint64 wallMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}
} // namespace

IoConnection::IoConnection(int fd, quint64 id, std::shared_ptr<ConnectionStats> stats, qsizetype maxMessageBytes)
    : m_fd(fd), m_id(id), m_stats(std::move(stats)), m_reader(maxMessageBytes),
      m_bucket(BurstMessages, MessagesPerSecond)
{
}

IoConnection::~IoConnection()
{
    shutdownNow();
}

void IoConnection::shutdownNow()
{
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = -1;
    m_out.clear();
    m_unsent = 0;
}

void IoConnection::queueRaw(QByteArray bytes)
{
    if (isGone())
        return;
    OutFrame f;
    m_unsent += bytes.size();
    f.payload = std::move(bytes);
    m_out.push_back(std::move(f));
}

void IoConnection::queue(ws::Opcode opcode, QByteArray payload)
{
    if (isGone())
        return;
    OutFrame f;
    const qsizetype n = payload.size();
    f.header[0] = char(0x80 | quint8(opcode)); // FIN: the host never fragments
    if (n < 126) {
        f.header[1] = char(n);
        f.headerSize = 2;
    } else if (n <= 0xFFFF) {
        f.header[1] = char(126);
        qToBigEndian<quint16>(quint16(n), f.header + 2);
        f.headerSize = 4;
    } else {
        f.header[1] = char(127);
        qToBigEndian<quint64>(quint64(n), f.header + 2);
        f.headerSize = 10;
    }
    f.payload = std::move(payload);
    m_unsent += f.size();
    m_out.push_back(std::move(f));
    if (m_unsent > MaxUnsentBytes) {
        qCWarning(lcNet) << "cutting off WebSocket" << m_id << "with" << m_unsent << "bytes unread";
        shutdownNow(); // a close frame would only join the unread queue
    }
}

void IoConnection::queueText(const QByteArray &utf8)
{
    if (!m_closeSent)
        queue(ws::Opcode::Text, utf8);
}

void IoConnection::queueBinary(const QByteArray &bytes)
{
    if (!m_closeSent)
        queue(ws::Opcode::Binary, bytes);
}

void IoConnection::ping(qint64 nowMs)
{
    if (m_closeSent)
        return;
    QByteArray stamp(8, Qt::Uninitialized);
    qToBigEndian<qint64>(nowMs, stamp.data());
    queue(ws::Opcode::Ping, std::move(stamp));
}

void IoConnection::close(quint16 code, const QString &reason, qint64 nowMs)
{
    if (isGone() || m_closeSent)
        return;
    // The frame cuts a long reason at a character.
    const QByteArray frame = ws::closeFrame(code, reason);
    queueRaw(frame);
    m_closeSent = true;
    if (m_closeReceived)
        finishAfterFlush(nowMs);
    else
        m_deadlineMs = nowMs + CloseAnswerMs;
}

void IoConnection::abort()
{
    shutdownNow();
}

void IoConnection::fail(quint16 code, const QString &why, qint64 nowMs)
{
    qCInfo(lcNet) << "closing WebSocket" << m_id << ":" << why;
    if (!m_closeSent)
        queueRaw(ws::closeFrame(code, why));
    m_closeSent = true;
    m_closeReceived = true; // nothing more is read
    finishAfterFlush(nowMs);
}

void IoConnection::finishAfterFlush(qint64 nowMs)
{
    m_finishing = true;
    m_deadlineMs = nowMs + LingerMs;
}

void IoConnection::onDeadline(qint64 nowMs)
{
    if (m_deadlineMs >= 0 && nowMs >= m_deadlineMs)
        shutdownNow();
}

void IoConnection::consume(QByteArrayView bytes, std::vector<Inbound> &out, qint64 nowMs)
{
    m_reader.feed(bytes);
    while (!isGone() && !m_closeReceived) {
        ws::WsFrameReader::Item item = m_reader.next();
        if (item.kind == ws::WsFrameReader::Item::NeedMore)
            break;
        handle(item, out, nowMs);
    }
}

void IoConnection::onReadable(std::vector<Inbound> &out, qint64 nowMs)
{
    static thread_local char buffer[64 * 1024];
    qsizetype readThisTurn = 0;
    while (!isGone() && readThisTurn < ReadPerTurn) {
        const ssize_t n = ::recv(m_fd, buffer, sizeof buffer, 0);
        if (n > 0) {
            readThisTurn += n;
            // After the close handshake, or once the stream failed, what comes is not read.
            if (!m_closeReceived)
                consume(QByteArrayView(buffer, n), out, nowMs);
            if (n < qsizetype(sizeof buffer))
                return;
            continue;
        }
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
            return;
        if (n < 0 && errno == EINTR)
            continue;
        shutdownNow(); // the client closed, or the connection broke
        return;
    }
}

void IoConnection::handle(ws::WsFrameReader::Item &item, std::vector<Inbound> &out, qint64 nowMs)
{
    using Item = ws::WsFrameReader::Item;
    switch (item.kind) {
    case Item::Text:
        if (!m_closeSent && !m_closeAsked)
            onText(std::move(item.payload), out, nowMs);
        break;
    case Item::Binary:
        if (!m_closeSent && !m_closeAsked)
            onBinary(std::move(item.payload), out, nowMs);
        break;
    case Item::Ping:
        if (!m_closeSent && !m_closeAsked)
            onPing(item.payload, out, nowMs);
        break;
    case Item::Pong:
        if (item.payload.size() == 8) {
            m_stats->rttMs.store(nowMs - qFromBigEndian<qint64>(item.payload.constData()), std::memory_order_relaxed);
            m_stats->lastSeenMs.store(wallMs(), std::memory_order_relaxed);
        }
        break;
    case Item::Close:
        m_closeReceived = true;
        if (!m_closeSent) {
            // Echo the client's code, as RFC 6455 5.5.1 asks.
            queueRaw(item.closeCode ? ws::closeFrame(item.closeCode, {}) : ws::frame(ws::Opcode::Close, {}));
            m_closeSent = true;
        }
        finishAfterFlush(nowMs);
        break;
    case Item::Failed:
        fail(item.closeCode, item.failure, nowMs);
        break;
    case Item::NeedMore:
        break;
    }
}

bool IoConnection::refusedTooOften(const char *what, std::vector<Inbound> &out)
{
    const quint64 refused = m_stats->refused.fetch_add(1, std::memory_order_relaxed) + 1;
    if (refused < RefusalsBeforeClose)
        return false;
    qCWarning(lcNet) << "closing WebSocket" << m_id << "after" << refused << "refused" << what;
    m_closeAsked = true;
    out.push_back(Inbound::closeAsked(m_id, ws::close::PolicyViolated, u"too many %1"_s.arg(QLatin1StringView(what))));
    return true;
}

void IoConnection::refuse(const Error &e)
{
    const QByteArray json = protocol::error({}, e);
    if (m_msgPack)
        queueBinary(protocol::jsonToMsgPack(json));
    else
        queueText(json);
}

bool IoConnection::withinBudget(std::vector<Inbound> &out, qint64 nowMs)
{
    m_stats->messagesIn.fetch_add(1, std::memory_order_relaxed);
    m_stats->lastSeenMs.store(wallMs(), std::memory_order_relaxed);
    if (m_bucket.take(nowMs))
        return true;
    if (refusedTooOften("messages", out))
        return false;
    // One notice a second, so a flood is not answered by a flood.
    if (nowMs - m_lastRateNoticeMs >= RateNoticeIntervalMs) {
        m_lastRateNoticeMs = nowMs;
        refuse(Error{ErrorCode::RateLimited, u"Too many messages; slow down."_s});
    }
    return false;
}

void IoConnection::onMessage(const Result<protocol::Envelope> &parsed, std::vector<Inbound> &out)
{
    if (!parsed) {
        refuse(parsed.error());
        return;
    }
    out.push_back(Inbound::message(m_id, parsed.value()));
}

void IoConnection::onText(QByteArray &&text, std::vector<Inbound> &out, qint64 nowMs)
{
    if (withinBudget(out, nowMs))
        onMessage(protocol::parseEnvelope(text), out);
}

void IoConnection::onBinary(QByteArray &&bytes, std::vector<Inbound> &out, qint64 nowMs)
{
    if (m_msgPack) {
        if (withinBudget(out, nowMs))
            onMessage(protocol::parseBinaryEnvelope(bytes), out);
        return;
    }
    // Before MessagePack was asked for, a binary frame costs what a text frame costs, and
    // counts towards closing a flood; it is never answered more often than a refused text
    // frame is.
    m_stats->messagesIn.fetch_add(1, std::memory_order_relaxed);
    if (refusedTooOften("messages", out))
        return;
    if (!m_bucket.take(nowMs) && nowMs - m_lastRateNoticeMs < RateNoticeIntervalMs)
        return;
    m_lastRateNoticeMs = nowMs;
    refuse(Error{ErrorCode::UnsupportedFrame, u"Send JSON as text frames (or ask for MessagePack when signing in)."_s});
}

void IoConnection::onPing(const QByteArray &payload, std::vector<Inbound> &out, qint64 nowMs)
{
    // A ping is a message like any other: it draws on the same budget, is answered only after
    // signing in, and a flood of them is closed like a flood of messages.
    m_stats->messagesIn.fetch_add(1, std::memory_order_relaxed);
    if (!m_stats->authenticated.load(std::memory_order_relaxed) || !m_bucket.take(nowMs)) {
        refusedTooOften("pings", out);
        return;
    }
    m_stats->lastSeenMs.store(wallMs(), std::memory_order_relaxed);
    queue(ws::Opcode::Pong, payload.first(std::min(payload.size(), ws::MaxControlPayload)));
}

void IoConnection::flush(qint64 nowMs)
{
    while (!isGone() && !m_out.empty()) {
        iovec iov[MaxIov];
        int count = 0;
        qsizetype skip = m_frontWritten;
        for (auto it = m_out.begin(); it != m_out.end() && count + 2 <= MaxIov; ++it) {
            const auto add = [&](const char *data, qsizetype size) {
                if (skip >= size) {
                    skip -= size;
                    return;
                }
                iov[count++] = iovec{const_cast<char *>(data + skip), size_t(size - skip)};
                skip = 0;
            };
            add(it->header, it->headerSize);
            add(it->payload.constData(), it->payload.size());
        }
        msghdr msg{};
        msg.msg_iov = iov;
        msg.msg_iovlen = size_t(count);
        const ssize_t n = ::sendmsg(m_fd, &msg, MSG_NOSIGNAL);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            if (errno == EAGAIN || errno == EWOULDBLOCK)
                return; // the thread waits for the socket to take more
            shutdownNow();
            return;
        }
        m_unsent -= n;
        qsizetype written = m_frontWritten + n;
        while (!m_out.empty() && written >= m_out.front().size()) {
            written -= m_out.front().size();
            m_out.pop_front();
        }
        m_frontWritten = written;
    }
    if (!isGone() && m_out.empty() && m_finishing && !m_writeShut) {
        // Our close frame is out: say so at TCP level too, and wait for the client's FIN (or
        // the deadline) before the socket goes, so the frame is not lost to a reset.
        ::shutdown(m_fd, SHUT_WR);
        m_writeShut = true;
        m_deadlineMs = nowMs + LingerMs;
    }
}

} // namespace steward::io
