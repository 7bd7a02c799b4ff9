// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "WsFrameReader.h"
#include "WsHandshake.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QTcpSocket;

namespace steward::ws {

// One WebSocket on the host's side, over a TCP socket whose upgrade request was read. The
// host reads every frame itself, so nothing a client sends is answered behind its back: a
// ping is the gateway's to answer or not, an unmasked frame closes the connection
// (RFC 6455 5.1), and a message over the limit is refused from its header.
class WsConnection : public QObject
{
    Q_OBJECT
public:
    // Takes `socket` over; answers the upgrade and reads what follows it.
    WsConnection(QTcpSocket *socket, WsUpgrade upgrade, qsizetype maxMessageBytes, QObject *parent = nullptr);
    ~WsConnection() override;

    const WsUpgrade &upgrade() const { return m_upgrade; }
    QHostAddress peerAddress() const { return m_peer; }
    // Open until a close frame was sent or received, or the socket went.
    bool isOpen() const;
    qint64 bytesToWrite() const;

    void sendText(QByteArrayView utf8);
    void sendPong(QByteArrayView payload);
    // A ping whose pong reports the round trip.
    void ping();
    // Starts the closing handshake; the TCP connection ends when the client answers, or after
    // a few seconds if it does not.
    void close(quint16 code, const QString &reason);
    void abort();
    void flush();

signals:
    void textReceived(const QByteArray &utf8);
    void binaryReceived(qsizetype bytes);
    void pingReceived(const QByteArray &payload);
    void pongReceived(qint64 roundTripMs);
    // Once, when the connection is gone for whatever reason.
    void disconnected();

private:
    void readFrames();
    void write(QByteArrayView bytes);
    void fail(quint16 code, const QString &why);
    void finish();

    QPointer<QTcpSocket> m_socket;
    WsUpgrade m_upgrade;
    QHostAddress m_peer;
    WsFrameReader m_reader;
    QElapsedTimer m_clock; // for ping payloads
    QTimer m_closeDeadline;
    bool m_closeSent = false;
    bool m_closeReceived = false;
    bool m_gone = false;
};

} // namespace steward::ws
