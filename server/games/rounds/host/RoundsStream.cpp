// SPDX-License-Identifier: GPL-3.0-or-later
#include "RoundsStream.h"

#include "server/net/HttpReplies.h"
#include "server/core/GameHost.h"
#include "server/core/JsonText.h"
#include "server/games/rounds/RoundsGame.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace steward::rounds {

namespace {
QByteArray frame(QStringView type, const QJsonObject &data)
{
    return "event: " + type.toUtf8() + "\ndata: " + json::compactText(data) + "\n\n";
}
} // namespace

RoundsStream::RoundsStream(GameHost &host, QObject *parent) : QObject(parent), m_host(host)
{
    connect(&m_host, &GameHost::eventsApplied, this, &RoundsStream::onEvents);
    m_heartbeat.setInterval(HeartbeatMs);
    connect(&m_heartbeat, &QTimer::timeout, this, &RoundsStream::heartbeat);
}

RoundsStream::~RoundsStream()
{
    // Closing a socket may say so at once (disconnected), and that removes its client from
    // m_clients: walk a list of our own instead.
    std::list<Client> clients;
    clients.swap(m_clients);
    for (Client &c : clients) {
        if (c.socket)
            c.socket->disconnectFromHost();
    }
}

void RoundsStream::registerRoutes(QHttpServer &http)
{
    http.route(u"/api/rounds/stream"_s, QHttpServerRequest::Method::Get,
               [this](const QHttpServerRequest &req, QHttpServerResponder &&responder) {
        const QString gameId = req.query().queryItemValue(u"gameId"_s).left(64);
        if (!gameId.isEmpty() && m_host.kindOf(gameId) != u"rounds") {
            http::error(Error{ErrorCode::GameNotFound, u"No rounds table '%1'."_s.arg(gameId)}).write(std::move(responder));
            return;
        }
        const QString address = req.remoteAddress().toString();
        const auto fromThere = std::count_if(m_clients.cbegin(), m_clients.cend(),
                                             [&](const Client &c) { return c.address == address; });
        if (int(m_clients.size()) >= MaxClients || fromThere >= MaxClientsPerAddress) {
            http::error(Error{ErrorCode::RateLimited, u"Too many event streams are open."_s}).write(std::move(responder));
            return;
        }
        QPointer<QTcpSocket> socket = responder.socket();
        responder.writeStatusLine();
        responder.writeHeaders({{"Content-Type", "text/event-stream; charset=utf-8"},
                                {"Cache-Control", "no-store"},
                                {"X-Accel-Buffering", "no"},
                                {"X-Content-Type-Options", "nosniff"}});
        // Where things stand now, so a client that just connected can draw the table at once.
        QJsonArray tables;
        for (const QString &id : m_host.gameIds()) {
            if (m_host.kindOf(id) != u"rounds" || (!gameId.isEmpty() && id != gameId))
                continue;
            QJsonObject view = m_host.viewFor(id, Actor{ActorRole::Observer, {}, id, {}});
            view.remove(u"exposure"_s);
            tables.append(QJsonObject{{u"gameId"_s, id}, {u"view"_s, view}});
        }
        responder.writeBody("retry: 2000\n" + frame(u"hello", {{u"tables"_s, tables}}));
        m_clients.push_back(Client{std::move(responder), socket, gameId, address});
        if (socket) {
            connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
                m_clients.remove_if([&](const Client &c) { return c.socket == socket; });
            });
        }
        if (!m_heartbeat.isActive())
            m_heartbeat.start();
    });
}

void RoundsStream::onEvents(const QString &gameId, const QList<StoredEvent> &events)
{
    if (m_clients.empty() || m_host.kindOf(gameId) != u"rounds")
        return;
    namespace E = RoundsEvents;
    for (const StoredEvent &e : events) {
        const QString &t = e.event.type;
        QJsonObject data = e.event.data;
        if (t == E::Prepared || t == E::BetPlaced || t == E::PaytableChanged
            || t.startsWith(u"player."))
            continue; // a seed before settlement, and who bet what, are not for broadcast
        if (t == E::Settled)
            data.remove(u"payouts"_s);
        data.insert(u"gameId"_s, gameId);
        data.insert(u"at"_s, e.atMs);
        send(gameId, frame(t, data));
    }
}

void RoundsStream::send(const QString &gameId, const QByteArray &bytes, bool everyone)
{
    for (auto it = m_clients.begin(); it != m_clients.end();) {
        if (!it->socket || it->socket->state() != QAbstractSocket::ConnectedState) {
            it = m_clients.erase(it);
            continue;
        }
        // A reader that stopped reading is dropped rather than buffered without end.
        if (it->socket->bytesToWrite() > 1024 * 1024) {
            // Out of the list before the abort, whose disconnected() looks for it there.
            const QPointer<QTcpSocket> slow = it->socket;
            it = m_clients.erase(it);
            slow->abort();
            continue;
        }
        if (everyone || it->gameId.isEmpty() || it->gameId == gameId)
            it->socket->write(bytes);
        ++it;
    }
}

void RoundsStream::heartbeat()
{
    if (m_clients.empty()) {
        m_heartbeat.stop();
        return;
    }
    send({}, QByteArrayLiteral(": keep-alive\n\n"), true);
}

} // namespace steward::rounds
