// SPDX-License-Identifier: GPL-3.0-or-later
#include "IoThread.h"

#include "IoConnection.h"
#include "server/protocol/FrameCompression.h"
#include "server/protocol/MsgPack.h"

#include <QLoggingCategory>

#include <chrono>
#include <pthread.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <unistd.h>

Q_DECLARE_LOGGING_CATEGORY(lcNet)

namespace steward::io {

namespace {
constexpr quint64 WakeKey = 0; // connection ids start at 1
constexpr int EventsPerTurn = 256;
constexpr int DeadlineCheckMs = 250;

qint64 steadyMs()
{
    using namespace std::chrono;
    return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
}
} // namespace

IoThread::IoThread(int index, qsizetype maxMessageBytes, Deliver deliver)
    : m_index(index), m_maxMessageBytes(maxMessageBytes), m_deliver(std::move(deliver))
{
    m_epoll = ::epoll_create1(EPOLL_CLOEXEC);
    m_wake = ::eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
    if (m_epoll < 0 || m_wake < 0)
        qFatal("cannot create the I/O thread's epoll or eventfd: %s", strerror(errno));
    epoll_event ev{};
    ev.events = EPOLLIN;
    ev.data.u64 = WakeKey;
    ::epoll_ctl(m_epoll, EPOLL_CTL_ADD, m_wake, &ev);
    m_thread = std::thread([this] { run(); });
}

IoThread::~IoThread()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    const quint64 one = 1;
    [[maybe_unused]] const auto n = ::write(m_wake, &one, sizeof one);
    m_thread.join();
    m_connections.clear(); // closes their sockets
    ::close(m_wake);
    ::close(m_epoll);
}

void IoThread::post(std::vector<Command> &&commands)
{
    bool wakeNow = false;
    {
        std::lock_guard lock(m_mutex);
        if (m_commands.empty())
            m_commands = std::move(commands);
        else
            std::move(commands.begin(), commands.end(), std::back_inserter(m_commands));
        wakeNow = !std::exchange(m_wakePending, true);
    }
    if (wakeNow)
        wake();
}

void IoThread::wake()
{
    const quint64 one = 1;
    [[maybe_unused]] const auto n = ::write(m_wake, &one, sizeof one);
}

void IoThread::run()
{
    const QByteArray name = "steward-io-" + QByteArray::number(m_index);
    pthread_setname_np(pthread_self(), name.constData());
    epoll_event events[EventsPerTurn];
    std::vector<Inbound> out;
    for (;;) {
        const int timeout = m_closing.empty() ? -1 : DeadlineCheckMs;
        const int n = ::epoll_wait(m_epoll, events, EventsPerTurn, timeout);
        if (n < 0 && errno != EINTR) {
            qCCritical(lcNet) << "I/O thread" << m_index << "stops: epoll_wait failed:" << strerror(errno);
            return;
        }
        const qint64 now = steadyMs();
        for (int i = 0; i < n; ++i) {
            const quint64 key = events[i].data.u64;
            if (key == WakeKey) {
                quint64 count;
                [[maybe_unused]] const auto r = ::read(m_wake, &count, sizeof count);
                {
                    std::lock_guard lock(m_mutex);
                    if (m_stopping)
                        return;
                }
                drainCommands(now);
                continue;
            }
            const auto it = m_connections.find(key);
            if (it == m_connections.end())
                continue;
            IoConnection &c = *it->second.connection;
            if (events[i].events & (EPOLLIN | EPOLLHUP | EPOLLERR | EPOLLRDHUP))
                c.onReadable(out, now);
            m_touched.push_back(key);
        }
        for (const quint64 id : std::exchange(m_touched, {}))
            settle(id, out, now);
        if (!m_closing.empty())
            sweepDeadlines(now);
        for (const quint64 id : std::exchange(m_touched, {}))
            settle(id, out, now);
        if (!out.empty())
            m_deliver(std::exchange(out, {}));
    }
}

void IoThread::drainCommands(qint64 nowMs)
{
    std::vector<Command> commands;
    {
        std::lock_guard lock(m_mutex);
        commands.swap(m_commands);
        m_wakePending = false;
    }
    for (Command &c : commands)
        apply(c, nowMs);
    // The commands that own the packed messages' JSON go now; so do their packed copies.
    m_packed.clear();
    m_compressed.clear();
}

void IoThread::apply(Command &c, qint64 nowMs)
{
    if (c.kind == Command::Adopt) {
        auto connection = std::make_unique<IoConnection>(c.fd, c.connection, std::move(c.stats), m_maxMessageBytes);
        epoll_event ev{};
        ev.events = EPOLLIN | EPOLLRDHUP;
        ev.data.u64 = c.connection;
        if (::epoll_ctl(m_epoll, EPOLL_CTL_ADD, c.fd, &ev) != 0) {
            qCWarning(lcNet) << "cannot watch a WebSocket:" << strerror(errno);
            connection->abort();
        }
        connection->queueRaw(std::move(c.bytes));
        std::vector<Inbound> early;
        // A client may send its first frames right behind the request.
        if (!c.leftover.isEmpty())
            connection->consume(c.leftover, early, nowMs);
        m_connections.emplace(c.connection, Slot{std::move(connection), false});
        m_touched.push_back(c.connection);
        if (!early.empty())
            m_deliver(std::move(early));
        return;
    }
    const auto it = m_connections.find(c.connection);
    if (it == m_connections.end())
        return; // gone already; the game thread hears of it, or has
    IoConnection &connection = *it->second.connection;
    switch (c.kind) {
    case Command::Text: {
        const QByteArray message = connection.usesMsgPack() ? packed(c.bytes) : c.bytes;
        if (connection.usesCompression() && message.size() >= protocol::CompressFramesFrom)
            connection.queueBinary(compressed(message));
        else if (connection.usesMsgPack())
            connection.queueBinary(message);
        else
            connection.queueText(message);
        break;
    }
    case Command::UseMsgPack:
        connection.useMsgPack();
        break;
    case Command::UseCompression:
        connection.useCompression();
        break;
    case Command::Close:
        connection.close(c.code, c.reason, nowMs);
        break;
    case Command::Ping:
        connection.ping(nowMs);
        break;
    case Command::Abort:
        connection.abort();
        break;
    case Command::Adopt:
        break;
    }
    m_touched.push_back(c.connection);
}

QByteArray IoThread::packed(const QByteArray &json)
{
    // The same message for many recipients is the same bytes (QByteArray shares them): it is
    // packed once a batch.
    auto [it, added] = m_packed.try_emplace(json.constData());
    if (added)
        it->second = protocol::jsonToMsgPack(json);
    return it->second;
}

QByteArray IoThread::compressed(const QByteArray &message)
{
    // Keyed by the bytes' address: the JSON the commands hold, or its packed copy, both alive
    // until the batch ends.
    auto [it, added] = m_compressed.try_emplace(message.constData());
    if (added)
        it->second = protocol::compressFrame(message);
    return it->second;
}

void IoThread::settle(quint64 id, std::vector<Inbound> &out, qint64 nowMs)
{
    const auto it = m_connections.find(id);
    if (it == m_connections.end())
        return;
    Slot &slot = it->second;
    IoConnection &c = *slot.connection;
    if (c.wantsWrite())
        c.flush(nowMs);
    if (c.isGone()) {
        m_closing.erase(id);
        m_connections.erase(it); // its socket is closed, and so out of the epoll set
        out.push_back(Inbound::closed(id));
        return;
    }
    if (c.deadlineMs() >= 0)
        m_closing.insert(id);
    if (c.wantsWrite() != slot.watchingWrites) {
        slot.watchingWrites = c.wantsWrite();
        epoll_event ev{};
        ev.events = EPOLLIN | EPOLLRDHUP | (slot.watchingWrites ? quint32(EPOLLOUT) : 0u);
        ev.data.u64 = id;
        ::epoll_ctl(m_epoll, EPOLL_CTL_MOD, c.fd(), &ev);
    }
}

void IoThread::sweepDeadlines(qint64 nowMs)
{
    for (const quint64 id : m_closing) {
        const auto it = m_connections.find(id);
        if (it != m_connections.end())
            it->second.connection->onDeadline(nowMs);
        m_touched.push_back(id);
    }
}

} // namespace steward::io
