// SPDX-License-Identifier: GPL-3.0-or-later
#include "Session.h"

#include "io/IoPool.h"

namespace steward {

Session::Session(io::IoPool &io, quint64 connection, std::shared_ptr<io::ConnectionStats> stats,
                 const QString &address, qint64 nowMs, QObject *parent)
    : QObject(parent), m_io(io), m_stats(std::move(stats))
{
    m_info.id = connection;
    m_info.address = address;
    m_info.connectedAtMs = nowMs;
    m_info.lastSeenMs = nowMs;
    authDeadline.setSingleShot(true);
}

Session::~Session() = default;

SessionInfo Session::snapshot() const
{
    SessionInfo out = m_info;
    const auto relaxed = std::memory_order_relaxed;
    out.lastSeenMs = std::max(m_info.lastSeenMs, m_stats->lastSeenMs.load(relaxed));
    out.rttMs = m_stats->rttMs.load(relaxed);
    out.messagesIn = m_stats->messagesIn.load(relaxed);
    out.refused = m_stats->refused.load(relaxed);
    return out;
}

void Session::markAuthenticated(bool yes)
{
    m_info.authenticated = yes;
    m_stats->authenticated.store(yes, std::memory_order_relaxed);
}

void Session::send(const QByteArray &text)
{
    if (m_closing)
        return;
    ++m_info.messagesOut;
    m_io.sendText(m_info.id, text);
}

void Session::close(quint16 code, const QString &reason)
{
    if (m_closing)
        return;
    m_closing = true;
    m_io.close(code, reason, m_info.id); // the frame cuts a long reason at a character
}

void Session::useMsgPack()
{
    if (std::exchange(m_msgPack, true))
        return;
    m_io.useMsgPack(m_info.id);
}

void Session::useCompression()
{
    if (std::exchange(m_compressed, true))
        return;
    m_io.useCompression(m_info.id);
}

void Session::ping()
{
    if (!m_closing)
        m_io.ping(m_info.id);
}

} // namespace steward
