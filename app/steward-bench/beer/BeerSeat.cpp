// SPDX-License-Identifier: GPL-3.0-or-later
#include "BeerSeat.h"

#include "server/protocol/Protocol.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace steward::bench {

namespace {
constexpr qsizetype ErrorsKept = 10;
} // namespace

void Measurements::noteError(const QString &what)
{
    if (firstErrors.size() < ErrorsKept)
        firstErrors << what;
}

BeerSeat::BeerSeat(QString label, QString token, TeamTrack &team, Measurements &measurements,
                   const QElapsedTimer &clock, QObject *parent)
    : QObject(parent), m_socket(QString(), QWebSocketProtocol::VersionLatest, this), m_label(std::move(label)),
      m_token(std::move(token)),
      m_team(team), m_m(measurements), m_clock(clock), m_think(this)
{
    // Browsers send an Origin; other clients send none, which the host accepts.
    connect(&m_socket, &QWebSocket::connected, this, [this] {
        m_authId = m_nextId++;
        m_socket.sendTextMessage(compact(QJsonObject{
            {u"type"_s, u"auth"_s}, {u"id"_s, m_authId}, {u"data"_s, QJsonObject{{u"token"_s, m_token}}}}));
    });
    connect(&m_socket, &QWebSocket::textMessageReceived, this, &BeerSeat::onText);
    m_think.setSingleShot(true);
    connect(&m_think, &QTimer::timeout, this, &BeerSeat::placeOrder);
    connect(&m_socket, &QWebSocket::disconnected, this, [this] {
        if (!m_closing)
            emit failed(u"disconnected: %1 (close code %2 %3)"_s.arg(m_socket.errorString(),
                                                                       QString::number(int(m_socket.closeCode())),
                                                                       m_socket.closeReason()));
    });
}

void BeerSeat::open(const QUrl &wsUrl)
{
    m_socket.open(wsUrl);
}

void BeerSeat::close()
{
    m_closing = true;
    m_think.stop();
    m_socket.close();
}

void BeerSeat::play()
{
    m_playing = true;
    maybeOrder();
}

QString BeerSeat::compact(const QJsonObject &frame)
{
    return QString::fromUtf8(QJsonDocument(frame).toJson(QJsonDocument::Compact));
}

void BeerSeat::onText(const QString &text)
{
    const qint64 now = m_clock.nsecsElapsed();
    const QByteArray utf8 = text.toUtf8();
    m_m.bytesReceived += quint64(utf8.size());
    const QJsonObject frame = QJsonDocument::fromJson(utf8).object();
    const QString type = frame.value(u"type").toString();
    if (type == u"state") {
        m_view = frame.value(u"data").toObject();
        onState(m_view, now);
    } else if (type == u"state.delta") {
        steward::protocol::applyStateDelta(m_view, frame);
        onState(m_view, now);
    } else if (type == u"ok") {
        onOk(frame, now);
    } else if (type == u"chain.tx") {
        onChainTx(frame.value(u"data").toObject(), now);
    } else if (type == u"error") {
        onError(frame);
    }
}

void BeerSeat::onOk(const QJsonObject &frame, qint64 now)
{
    const qint64 id = frame.value(u"re").toInteger(-1);
    if (!m_authenticated && id == m_authId) {
        m_authenticated = true;
        return;
    }
    const auto it = m_pendingOrders.constFind(id);
    if (it == m_pendingOrders.cend())
        return;
    m_m.orderToAckNs.push_back(now - it.value());
    ++m_m.ordersAcked;
    m_pendingOrders.erase(it);
    // With the chain on, the intents this order queued; absent with the chain off.
    const QJsonValue intents = frame.value(u"data").toObject().value(u"chain");
    if (intents.isArray())
        onChainIntents(intents.toArray(), now);
    emit orderAcknowledged();
}

void BeerSeat::onChainIntents(const QJsonArray &intents, qint64 now)
{
    Measurements::Chain &c = m_m.chain;
    for (const QJsonValue &v : intents) {
        const QJsonObject intent = v.toObject();
        const qint64 outboxId = intent.value(u"outboxId").toInteger(-1);
        if (outboxId < 0)
            continue;
        ++c.queued;
        ++c.queuedByKind[intent.value(u"kind").toString()];
        const auto early = c.early.constFind(outboxId);
        if (early == c.early.cend()) {
            c.pending.insert(outboxId, now);
            continue;
        }
        // Settled before this ok was read: the ok left after the transaction was mined.
        ++c.settledBeforeOk;
        c.lagNs.push_back(0);
        ++(early.value() ? c.confirmed : c.failed);
        c.early.erase(early);
    }
}

void BeerSeat::onChainTx(const QJsonObject &data, qint64 now)
{
    Measurements::Chain &c = m_m.chain;
    if (c.closed)
        return;
    const qint64 outboxId = data.value(u"outboxId").toInteger(-1);
    const bool confirmed = data.value(u"status").toString() == u"confirmed";
    c.lastSettledNs = now;
    if (!confirmed && c.firstFailures.size() < 10)
        c.firstFailures << u"outbox row %1 %2: %3"_s.arg(QString::number(outboxId), data.value(u"status").toString(),
                                                         data.value(u"reason").toString());
    const auto it = c.pending.constFind(outboxId);
    if (it == c.pending.cend()) {
        c.early.insert(outboxId, confirmed);
        emit chainSettled();
        return;
    }
    c.lagNs.push_back(now - it.value());
    c.pending.erase(it);
    ++(confirmed ? c.confirmed : c.failed);
    emit chainSettled();
}

void BeerSeat::onError(const QJsonObject &frame)
{
    ++m_m.errors;
    const QString what = frame.value(u"code").toString() + u": "_s + frame.value(u"message").toString();
    m_m.noteError(what);
    const qint64 id = frame.value(u"re").toInteger(-1);
    if (m_pendingOrders.remove(id) > 0) {
        ++m_m.ordersRefused;
        emit failed(u"order refused: "_s + what);
    } else if (!m_authenticated && id == m_authId) {
        emit failed(u"auth refused: "_s + what);
    } else {
        // RATE_LIMITED and the like carry no "re", but they mean a message was dropped.
        emit failed(u"error: "_s + what);
    }
}

void BeerSeat::onState(const QJsonObject &state, qint64 now)
{
    ++m_m.statesReceived;
    m_status = state.value(u"status").toString();
    m_week = state.value(u"week").toInt();
    m_finished = state.value(u"teamFinished").toBool();
    m_incomingOrder = state.value(u"current").toObject().value(u"incomingOrder").toInt();

    // The week this seat ordered for has been resolved: the view moved on.
    if (m_waitingNextWeek && (m_week > m_orderedWeek || m_finished)) {
        m_waitingNextWeek = false;
        m_m.orderToNextWeekNs.push_back(now - m_orderSentNs);
        const qint64 teamLast = m_team.lastOrderSent(m_orderedWeek);
        if (teamLast >= 0)
            m_m.weekToStateNs.push_back(now - teamLast);
    }
    if (!m_haveState) {
        m_haveState = true;
        emit ready();
    }
    if (m_finished) {
        if (!m_done) {
            m_done = true;
            emit teamFinished();
        }
        return;
    }
    maybeOrder();
}

void BeerSeat::maybeOrder()
{
    if (!m_playing || !m_haveState || m_finished || m_status != u"running" || m_week <= m_orderedWeek)
        return;
    if (m_thinkMs <= 0) {
        placeOrder();
        return;
    }
    if (!m_think.isActive())
        m_think.start(m_thinkMs / 2 + int(QRandomGenerator::global()->bounded(m_thinkMs + 1)));
}

void BeerSeat::placeOrder()
{
    if (m_finished || m_status != u"running" || m_week <= m_orderedWeek)
        return;
    const qint64 id = m_nextId++;
    m_orderedWeek = m_week;
    // Pass-through: order exactly what the downstream neighbour ordered from this seat.
    const QString text = compact(QJsonObject{
        {u"type"_s, u"order.place"_s},
        {u"id"_s, id},
        {u"data"_s, QJsonObject{{u"quantity"_s, m_incomingOrder},
                                {u"clientOrderId"_s, u"%1-w%2"_s.arg(m_label, QString::number(m_week))}}}});
    const qint64 sent = m_clock.nsecsElapsed();
    m_socket.sendTextMessage(text);
    m_pendingOrders.insert(id, sent);
    m_orderSentNs = sent;
    m_waitingNextWeek = true;
    m_team.noteOrderSent(m_week, sent);
    ++m_m.ordersSent;
}

} // namespace steward::bench
