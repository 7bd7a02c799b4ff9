// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QUrl>
#include <QWebSocket>

#include <functional>

// A real WebSocket client for tests, keeping every message it receives.
class WsClient : public QObject
{
    Q_OBJECT
public:
    explicit WsClient(const QUrl &url, const QString &origin = {});

    bool isConnected() const { return m_socket.state() == QAbstractSocket::ConnectedState; }
    bool waitConnected(int ms = 5000);
    bool waitDisconnected(int ms = 5000);
    void send(const QJsonObject &message);
    // Sends MessagePack binary frames from now on (after an `auth` that asked for them).
    void sendMsgPack(bool yes) { m_sendMsgPack = yes; }
    int textFrames() const { return m_textFrames; }
    int binaryFrames() const { return m_binaryFrames; }
    // Compressed frames (after an `auth` that asked for them), with their size on the wire and
    // inflated.
    int compressedFrames() const { return m_compressedFrames; }
    qint64 compressedBytes() const { return m_compressedBytes; }
    qint64 inflatedBytes() const { return m_inflatedBytes; }
    void sendText(const QString &text);
    void sendBinary(const QByteArray &data);
    // Sends {"type","id","data"} and waits for the reply with that id (ok or error).
    QJsonObject request(const QString &type, const QJsonObject &data = {}, int ms = 5000);
    // Waits for a message matching `match` that arrived after index `from`; empty on timeout.
    QJsonObject waitFor(const std::function<bool(const QJsonObject &)> &match, int ms = 5000, qsizetype from = 0);
    QJsonObject waitForState(const std::function<bool(const QJsonObject &)> &match, int ms = 5000);

    const QList<QJsonObject> &received() const { return m_received; }
    // The view as the client knows it: the last full state with every delta since applied.
    const QJsonObject &view() const { return m_view; }
    // The view of one game when the socket follows several (docs/protocol.md, "Channels"): its
    // last full state with the deltas since applied, each frame placed by the gameId it carries
    // (a frame that carries none is for the game of the last whole state).
    QJsonObject viewOf(const QString &gameId) const { return m_gameViews.value(gameId); }
    QWebSocket &socket() { return m_socket; }
    QWebSocketProtocol::CloseCode closeCode() const { return m_socket.closeCode(); }

private:
    void receive(const QJsonObject &message);

    QWebSocket m_socket;
    bool m_sendMsgPack = false;
    int m_textFrames = 0;
    int m_binaryFrames = 0;
    int m_compressedFrames = 0;
    qint64 m_compressedBytes = 0;
    qint64 m_inflatedBytes = 0;
    QList<QJsonObject> m_received;
    QList<QJsonObject> m_views; // the merged view after each state or state.delta message
    QJsonObject m_view;
    QHash<QString, QJsonObject> m_gameViews;
    QString m_lastGame;
    int m_nextId = 1;
};
