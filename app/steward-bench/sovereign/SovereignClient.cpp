// SPDX-License-Identifier: GPL-3.0-or-later
#include "SovereignClient.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace steward::bench {

namespace {

// The frame's size on the wire: its text in UTF-8 (player names may leave ASCII).
qint64 utf8Size(QStringView text)
{
    qint64 n = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        n += u < 0x80 ? 1 : u < 0x800 ? 2 : c.isSurrogate() ? 2 : 3; // a pair of surrogates is 4
    }
    return n;
}

// The whole number after `key` in a frame, or -1. The view's `tick` is its only key of that
// name (`endsAtTick` differs in case), and names inside strings have their quotes escaped.
qint64 numberAfter(const QString &text, QStringView key)
{
    const qsizetype at = text.indexOf(key);
    if (at < 0)
        return -1;
    qint64 n = 0;
    bool any = false;
    for (qsizetype i = at + key.size(); i < text.size() && text.at(i).isDigit(); ++i) {
        n = n * 10 + text.at(i).digitValue();
        any = true;
    }
    return any ? n : -1;
}

// A message's `type`, found from the end: the host writes its keys in order, `type` last.
QStringView messageType(const QString &text)
{
    static const QString key = u"\"type\":\""_s;
    const qsizetype at = text.lastIndexOf(key);
    if (at < 0)
        return {};
    const qsizetype from = at + key.size();
    const qsizetype to = text.indexOf(u'"', from);
    return to < 0 ? QStringView() : QStringView(text).mid(from, to - from);
}

QString frame(const QJsonObject &message)
{
    return QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact));
}

} // namespace

SovereignClient::SovereignClient(Role role, QString token, QString gameId, const QElapsedTimer &clock, QObject *parent)
    : QObject(parent), m_role(role), m_socket(QString(), QWebSocketProtocol::VersionLatest, this),
      m_token(std::move(token)), m_gameId(std::move(gameId)), m_clock(clock)
{
    connect(&m_socket, &QWebSocket::connected, this, [this] {
        m_socket.sendTextMessage(
            frame({{u"type"_s, u"auth"_s}, {u"id"_s, 1}, {u"data"_s, QJsonObject{{u"token"_s, m_token}}}}));
    });
    connect(&m_socket, &QWebSocket::textMessageReceived, this, &SovereignClient::onText);
    connect(&m_socket, &QWebSocket::disconnected, this, [this] {
        if (!m_closing)
            emit failed(u"disconnected: %1 (close code %2 %3)"_s.arg(
                m_socket.errorString(), QString::number(int(m_socket.closeCode())), m_socket.closeReason()));
    });
}

void SovereignClient::open(const QUrl &wsUrl)
{
    m_socket.open(wsUrl);
}

void SovereignClient::close()
{
    m_closing = true;
    m_socket.close();
}

void SovereignClient::onText(const QString &text)
{
    ++m_frames;
    const qint64 size = utf8Size(text);
    m_bytes += quint64(size);
    if (m_recording)
        m_bytesRecorded += quint64(size);
    const QStringView type = messageType(text);
    if (type == u"state" || type == u"state.delta")
        return onView(text);
    if (type == u"ok") {
        // The answer to auth: a spectator then follows the match, as the projector does.
        if (m_role == Role::Spectator && text.contains(u"\"re\":1"))
            m_socket.sendTextMessage(frame({{u"type"_s, u"follow"_s},
                                            {u"id"_s, 2},
                                            {u"data"_s, QJsonObject{{u"channel"_s, QString(u"game:"_s + m_gameId)}}}}));
        return;
    }
    if (type == u"error")
        emit failed(u"error frame: "_s + text.left(200));
}

void SovereignClient::onView(const QString &text)
{
    const qint64 tick = numberAfter(text, u"\"tick\":");
    if (tick >= 0) {
        m_lastTick = tick;
        if (m_recording)
            m_pushes.push_back({tick, m_clock.nsecsElapsed()});
    }
    // The start's push may leave the tick as it was (0): its phase is what changed.
    if (!m_sawRunning && text.contains(u"\"phase\":\"running\"")) {
        m_sawRunning = true;
        emit running();
    }
    if (!m_sawOver && text.contains(u"\"phase\":\"over\"")) {
        m_sawOver = true;
        m_overAtTick = m_lastTick;
    }
    if (!m_haveView) {
        m_haveView = true;
        emit ready();
    }
}

} // namespace steward::bench
