// SPDX-License-Identifier: GPL-3.0-or-later
#include "WsConnection.h"

#include <QLoggingCategory>
#include <QTcpSocket>
#include <QtEndian>

Q_DECLARE_LOGGING_CATEGORY(lcNet)

namespace steward::ws {

namespace {
// How long a client has to answer the host's close frame before the socket is cut.
constexpr int CloseAnswerMs = 5000;
} // namespace

WsConnection::WsConnection(QTcpSocket *socket, WsUpgrade upgrade, qsizetype maxMessageBytes, QObject *parent)
    : QObject(parent), m_socket(socket), m_upgrade(std::move(upgrade)), m_peer(socket->peerAddress()),
      m_reader(maxMessageBytes)
{
    m_clock.start();
    socket->setParent(this);
    m_closeDeadline.setSingleShot(true);
    connect(&m_closeDeadline, &QTimer::timeout, this, &WsConnection::abort);
    connect(socket, &QTcpSocket::readyRead, this, &WsConnection::readFrames);
    connect(socket, &QTcpSocket::disconnected, this, &WsConnection::finish);
    write(switchingProtocols(m_upgrade));
    // A client may send its first frames right behind the request.
    if (socket->bytesAvailable() > 0)
        QMetaObject::invokeMethod(this, &WsConnection::readFrames, Qt::QueuedConnection);
}

WsConnection::~WsConnection()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

bool WsConnection::isOpen() const
{
    return m_socket && !m_gone && !m_closeSent && !m_closeReceived
           && m_socket->state() == QAbstractSocket::ConnectedState;
}

qint64 WsConnection::bytesToWrite() const
{
    return m_socket ? m_socket->bytesToWrite() : 0;
}

void WsConnection::write(QByteArrayView bytes)
{
    if (m_socket && m_socket->state() == QAbstractSocket::ConnectedState)
        m_socket->write(bytes.data(), bytes.size());
}

void WsConnection::sendText(QByteArrayView utf8)
{
    if (!isOpen())
        return;
    write(frameHeader(Opcode::Text, utf8.size()));
    write(utf8);
}

void WsConnection::sendPong(QByteArrayView payload)
{
    if (isOpen())
        write(frame(Opcode::Pong, payload.first(std::min(payload.size(), MaxControlPayload))));
}

void WsConnection::ping()
{
    if (!isOpen())
        return;
    char stamp[8];
    qToBigEndian<qint64>(m_clock.elapsed(), stamp);
    write(frame(Opcode::Ping, QByteArrayView(stamp, 8)));
}

void WsConnection::close(quint16 code, const QString &reason)
{
    if (!m_socket || m_gone || m_closeSent)
        return;
    write(closeFrame(code, reason));
    m_closeSent = true;
    if (m_closeReceived) {
        m_socket->disconnectFromHost();
        return;
    }
    m_closeDeadline.start(CloseAnswerMs);
}

void WsConnection::abort()
{
    if (m_socket)
        m_socket->abort(); // emits disconnected while connected
    finish();
}

void WsConnection::flush()
{
    if (m_socket)
        m_socket->flush();
}

void WsConnection::fail(quint16 code, const QString &why)
{
    qCInfo(lcNet) << "closing WebSocket from" << m_peer.toString() << ":" << why;
    if (!m_closeSent)
        write(closeFrame(code, why));
    m_closeSent = true;
    m_closeReceived = true; // nothing more is read
    if (m_socket)
        m_socket->disconnectFromHost();
}

void WsConnection::finish()
{
    if (m_gone)
        return;
    m_gone = true;
    m_closeDeadline.stop();
    emit disconnected();
}

void WsConnection::readFrames()
{
    // Signals below may lead a receiver to close or delete this connection.
    QPointer<WsConnection> self(this);
    while (self && m_socket && !m_closeReceived && m_socket->bytesAvailable() > 0) {
        m_reader.feed(m_socket->read(64 * 1024));
        for (;;) {
            WsFrameReader::Item item = m_reader.next();
            if (item.kind == WsFrameReader::Item::NeedMore)
                break;
            switch (item.kind) {
            case WsFrameReader::Item::Text:
                if (!m_closeSent)
                    emit textReceived(item.payload);
                break;
            case WsFrameReader::Item::Binary:
                if (!m_closeSent)
                    emit binaryReceived(item.payload.size());
                break;
            case WsFrameReader::Item::Ping:
                if (!m_closeSent)
                    emit pingReceived(item.payload);
                break;
            case WsFrameReader::Item::Pong:
                if (item.payload.size() == 8)
                    emit pongReceived(m_clock.elapsed() - qFromBigEndian<qint64>(item.payload.constData()));
                break;
            case WsFrameReader::Item::Close:
                m_closeReceived = true;
                if (!m_closeSent) {
                    // Echo the client's code, as RFC 6455 5.5.1 asks.
                    write(item.closeCode ? closeFrame(item.closeCode, {}) : frame(Opcode::Close, {}));
                    m_closeSent = true;
                }
                m_closeDeadline.stop();
                m_socket->disconnectFromHost();
                return;
            case WsFrameReader::Item::Failed:
                fail(item.closeCode, item.failure);
                return;
            case WsFrameReader::Item::NeedMore:
                break;
            }
            if (!self || !m_socket || m_closeReceived)
                return;
        }
    }
}

} // namespace steward::ws
