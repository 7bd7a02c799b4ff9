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

Session::Session(std::unique_ptr<QWebSocket> socket, quint64 id, qint64 nowMs, QObject *parent)
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
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

void Session::send(const QByteArray &text)
{
    if (!m_socket || m_socket->state() != QAbstractSocket::ConnectedState)
        return;
    if (m_socket->bytesToWrite() > MaxUnsentBytes) {
        close(QWebSocketProtocol::CloseCodeAbnormalDisconnection, QStringLiteral("client is not reading"));
        return;
    }
    ++m_info.messagesOut;
    m_socket->sendTextMessage(QString::fromUtf8(text));
}

namespace {
// A close frame's reason is at most 123 bytes of UTF-8 (RFC 6455 5.5); Qt cuts a longer one
// wherever the byte falls, and a browser that sees broken UTF-8 reports 1006 instead of the
// code. Cut at a character, with an ellipsis.
QString closeReason(const QString &reason)
{
    constexpr qsizetype MaxBytes = 123;
    if (reason.toUtf8().size() <= MaxBytes)
        return reason;
    const QString ellipsis = QStringLiteral("…"); // 3 bytes
    QString out;
    qsizetype bytes = 0;
    for (qsizetype i = 0; i < reason.size(); ++i) {
        // A surrogate pair is one character: keep it whole.
        const qsizetype len = reason.at(i).isHighSurrogate() && i + 1 < reason.size() ? 2 : 1;
        const qsizetype size = reason.mid(i, len).toUtf8().size();
        if (bytes + size > MaxBytes - 3)
            break;
        out += reason.mid(i, len);
        bytes += size;
        i += len - 1;
    }
    return out + ellipsis;
}
} // namespace

void Session::close(QWebSocketProtocol::CloseCode code, const QString &reason)
{
    if (m_socket && m_socket->state() == QAbstractSocket::ConnectedState)
        m_socket->close(code, closeReason(reason));
}

} // namespace steward
