// SPDX-License-Identifier: GPL-3.0-or-later
#include "Session.h"

namespace steward {

namespace {
// A person types a few orders a minute; a page reconnecting sends a handful at once.
constexpr double BurstMessages = 40;
constexpr double MessagesPerSecond = 20;
// Past this much unsent data the client is not reading; drop it rather than buffer forever.
constexpr qint64 MaxUnsentBytes = 4 * 1024 * 1024;
} // namespace

Session::Session(std::unique_ptr<ws::WsConnection> socket, quint64 id, qint64 nowMs, QObject *parent)
    : QObject(parent), m_socket(std::move(socket)), m_bucket(BurstMessages, MessagesPerSecond)
{
    m_info.id = id;
    m_info.address = m_socket->peerAddress().toString();
    m_info.connectedAtMs = nowMs;
    m_info.lastSeenMs = nowMs;
    authDeadline.setSingleShot(true);
}

Session::~Session()
{
    if (m_socket)
        m_socket->disconnect(this);
}

void Session::send(const QByteArray &text)
{
    if (!m_socket || !m_socket->isOpen())
        return;
    if (m_socket->bytesToWrite() > MaxUnsentBytes) {
        m_socket->abort(); // a close frame would only join the unread queue
        return;
    }
    ++m_info.messagesOut;
    m_socket->sendText(text);
}

void Session::close(quint16 code, const QString &reason)
{
    if (m_socket)
        m_socket->close(code, reason); // the frame cuts a long reason at a character
}

} // namespace steward
