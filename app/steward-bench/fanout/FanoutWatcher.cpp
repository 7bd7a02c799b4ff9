// SPDX-License-Identifier: GPL-3.0-or-later
#include "FanoutWatcher.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <chrono>

using namespace Qt::StringLiterals;

namespace steward::bench {

namespace {

qint64 wallMicros()
{
    return std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::system_clock::now().time_since_epoch())
        .count();
}

// The whole number after `"key":` in a frame, or -1. The pulse game's other fields are letters
// only, so the key's name cannot appear inside a value.
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

} // namespace

FanoutWatcher::FanoutWatcher(QString token, FanoutGameLog &log, QObject *parent)
    : QObject(parent), m_socket(QString(), QWebSocketProtocol::VersionLatest, this), m_token(std::move(token)), m_log(log)
{
    connect(&m_socket, &QWebSocket::connected, this, [this] {
        const QJsonObject auth{{u"type"_s, u"auth"_s}, {u"id"_s, 1}, {u"data"_s, QJsonObject{{u"token"_s, m_token}}}};
        m_socket.sendTextMessage(QString::fromUtf8(QJsonDocument(auth).toJson(QJsonDocument::Compact)));
    });
    connect(&m_socket, &QWebSocket::textMessageReceived, this, &FanoutWatcher::onText);
    connect(&m_socket, &QWebSocket::disconnected, this, [this] {
        if (!m_closing)
            emit failed(u"disconnected: %1 (close code %2 %3)"_s.arg(
                m_socket.errorString(), QString::number(int(m_socket.closeCode())), m_socket.closeReason()));
    });
}

void FanoutWatcher::open(const QUrl &wsUrl)
{
    m_socket.open(wsUrl);
}

void FanoutWatcher::reconnect(const QUrl &wsUrl)
{
    m_closing = true;
    m_socket.abort();
    m_closing = false;
    m_signedIn = false;
    m_haveView = false;
    m_socket.open(wsUrl);
}

void FanoutWatcher::close()
{
    m_closing = true;
    m_socket.close();
}

void FanoutWatcher::onText(const QString &text)
{
    const qint64 readAt = wallMicros();
    ++m_frames;
    m_bytes += quint64(text.size()); // ASCII: a character is a byte on the wire
    if (!m_signedIn) {
        const QJsonObject frame = QJsonDocument::fromJson(text.toUtf8()).object();
        if (frame.value(u"type").toString() != u"ok")
            return emit failed(u"sign-in refused: "_s + text.left(200));
        m_signedIn = true;
        return;
    }
    // The host writes a frame's keys sorted, so an error's "type" comes last (after code,
    // message and re); a view never ends that way.
    if (text.endsWith(u"\"type\":\"error\"}"))
        return emit failed(u"error: "_s + text.left(200));
    const qint64 tick = numberAfter(text, u"\"tick\":");
    const qint64 ranAt = numberAfter(text, u"\"ranAtUs\":");
    if (tick < 0 || ranAt < 0)
        return; // a push without a tick (none in a pulse game's views)
    onTick(tick, ranAt, readAt);
    if (!m_haveView) {
        m_haveView = true;
        emit ready();
    }
}

void FanoutWatcher::onTick(qint64 tick, qint64 ranAtUs, qint64 readAtUs)
{
    m_lastTick = tick;
    FanoutGameLog &log = m_log;
    if (log.lastTick >= log.firstTick && tick >= log.firstTick && tick <= log.lastTick) {
        log.deliveryUs.push_back(readAtUs - ranAtUs);
        log.ranAtUs[std::size_t(tick - log.firstTick)] = ranAtUs;
        ++log.ticksSeen;
    }
    if (!m_done && log.lastTick >= log.firstTick && tick >= log.lastTick) {
        m_done = true;
        emit finished();
    }
}

} // namespace steward::bench
