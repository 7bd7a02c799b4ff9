// SPDX-License-Identifier: GPL-3.0-or-later
#include "WsClient.h"

#include "server/protocol/FrameCompression.h"
#include "server/protocol/MsgPack.h"
#include "server/protocol/Protocol.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkRequest>
#include <QTest>

using namespace Qt::StringLiterals;

WsClient::WsClient(const QUrl &url, const QString &origin)
{
    connect(&m_socket, &QWebSocket::textMessageReceived, this, [this](const QString &text) {
        ++m_textFrames;
        receive(QJsonDocument::fromJson(text.toUtf8()).object());
    });
    connect(&m_socket, &QWebSocket::binaryMessageReceived, this, [this](const QByteArray &frame) {
        ++m_binaryFrames;
        QByteArray bytes = frame;
        if (steward::protocol::isCompressedFrame(frame)) {
            const auto inflated = steward::protocol::inflateFrame(frame);
            ++m_compressedFrames;
            m_compressedBytes += frame.size();
            m_inflatedBytes += inflated ? inflated->size() : 0;
            bytes = inflated.value_or(QByteArray());
            if (bytes.startsWith('{')) { // JSON text, compressed
                receive(QJsonDocument::fromJson(bytes).object());
                return;
            }
        }
        auto m = steward::protocol::fromMsgPack(bytes, 64 << 20); // the host's views may be large
        receive(m ? m.value() : QJsonObject{{u"type"_s, u"(not MessagePack)"_s}});
    });
    QNetworkRequest req(url);
    if (!origin.isEmpty())
        req.setRawHeader("Origin", origin.toUtf8());
    m_socket.open(req);
}

void WsClient::receive(const QJsonObject &m)
{
    const QString type = m.value(u"type").toString();
    if (type == u"state") {
        m_view = m.value(u"data").toObject();
        m_lastGame = m.value(u"gameId").toString(m_view.value(u"gameId").toString());
        m_gameViews.insert(m_lastGame, m_view);
    } else if (type == u"state.delta") {
        steward::protocol::applyStateDelta(m_view, m);
        steward::protocol::applyStateDelta(m_gameViews[m.value(u"gameId").toString(m_lastGame)], m);
    }
    if (type == u"state" || type == u"state.delta") {
        QJsonObject withView = m;
        withView.insert(u"view"_s, m_view);
        m_received.append(withView);
    } else {
        m_received.append(m);
    }
}

bool WsClient::waitConnected(int ms)
{
    QDeadlineTimer deadline(ms);
    while (!isConnected() && !deadline.hasExpired())
        QTest::qWait(5);
    return isConnected();
}

bool WsClient::waitDisconnected(int ms)
{
    QDeadlineTimer deadline(ms);
    while (m_socket.state() != QAbstractSocket::UnconnectedState && !deadline.hasExpired())
        QTest::qWait(5);
    return m_socket.state() == QAbstractSocket::UnconnectedState;
}

void WsClient::send(const QJsonObject &message)
{
    if (m_sendMsgPack) {
        m_socket.sendBinaryMessage(steward::protocol::toMsgPack(message));
        return;
    }
    m_socket.sendTextMessage(QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact)));
}

void WsClient::sendText(const QString &text)
{
    m_socket.sendTextMessage(text);
}

void WsClient::sendBinary(const QByteArray &data)
{
    m_socket.sendBinaryMessage(data);
}

QJsonObject WsClient::request(const QString &type, const QJsonObject &data, int ms)
{
    const int id = m_nextId++;
    const qsizetype from = m_received.size();
    send({{u"type"_s, type}, {u"id"_s, id}, {u"data"_s, data}});
    return waitFor([id](const QJsonObject &m) { return m.value(u"re").toInt(-1) == id; }, ms, from);
}

QJsonObject WsClient::waitFor(const std::function<bool(const QJsonObject &)> &match, int ms, qsizetype from)
{
    QDeadlineTimer deadline(ms);
    qsizetype checked = from;
    while (true) {
        for (; checked < m_received.size(); ++checked) {
            if (match(m_received.at(checked)))
                return m_received.at(checked);
        }
        if (deadline.hasExpired())
            return {};
        QTest::qWait(2);
    }
}

QJsonObject WsClient::waitForState(const std::function<bool(const QJsonObject &)> &match, int ms)
{
    const QJsonObject m = waitFor(
        [&](const QJsonObject &msg) { return msg.contains(u"view") && match(msg.value(u"view").toObject()); }, ms);
    return m.value(u"view").toObject();
}
