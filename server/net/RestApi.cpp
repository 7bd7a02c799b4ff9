// SPDX-License-Identifier: GPL-3.0-or-later
#include "RestApi.h"

#include "SignInThrottle.h"
#include "HttpReplies.h"

#include "server/chain/ChainBridge.h"

#include "JoinAddresses.h"
#include "server/protocol/Protocol.h"
#include "QrSvg.h"
#include "WsGateway.h"
#include "server/analytics/CsvWriter.h"
#include "server/auth/Authenticator.h"
#include "server/core/GameHost.h"
#include "server/core/JsonFields.h"
#include "server/store/EventStore.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QTcpSocket>
#include <QHostAddress>
#include <QFile>
#include <QJsonArray>
#include <QSet>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace steward {

namespace {

using Method = QHttpServerRequest::Method;

// Per client address: generous for a teacher with many tabs, tight enough to stop a flood.
// Sign-ins are slow on purpose (PBKDF2) and guessing should be slower still; joins are limited
// so join codes cannot be swept.
struct BucketSize
{
    double burst;
    double perSecond;
};
constexpr BucketSize Buckets[] = {
    {200, 100}, // General
    {0, 0},     // SignIn: the host's one SignInThrottle, shared with the backoffice
    {500, 50},  // Join (and resume): sweeping 31^6 join codes at 50/s would take months
    {100, 2},   // Wallet sign-in (challenge and verify): nothing to guess, but a challenge is
                // kept 5 minutes, so one client holds at most ~700 of the 10000 kept
    {600, 200}, // The chain relay, on its own: a verifier checking every round of a long table
                // reads the chain in bursts, and must not starve the page's other requests
};

QHttpServerResponse jsonResponse(const QJsonObject &body, int status)
{
    return http::json(body, status);
}

QHttpServerResponse errorResponse(const Error &e)
{
    return http::error(e);
}

// The Host header the client used (host:port), the domain of a wallet sign-in message.
QString hostOf(const QHttpServerRequest &req)
{
    return QString::fromLatin1(req.value("Host").left(300));
}

// "0x1234…abcd": a wallet's display name when its player gives none.
QString shortAddress(const QString &address)
{
    return address.left(6) + QChar(0x2026) + address.right(4);
}

QString bearer(const QHttpServerRequest &req)
{
    const QByteArray h = req.value("Authorization");
    return h.startsWith("Bearer ") ? QString::fromLatin1(h.mid(7).trimmed()) : QString();
}

QJsonObject sessionJson(const SessionInfo &s)
{
    return protocol::withSeat(QJsonObject{{u"id"_s, qint64(s.id)},
                       {u"address"_s, s.address},
                       {u"authenticated"_s, s.authenticated},
                       {u"role"_s, roleName(s.actor.role)},
                       {u"playerId"_s, s.actor.id},
                       {u"gameId"_s, s.gameId},
                       {u"channels"_s, QJsonArray::fromStringList(s.channels)},
                       {u"connectedAt"_s, s.connectedAtMs},
                       {u"lastSeen"_s, s.lastSeenMs},
                       {u"rttMs"_s, s.rttMs},
                       {u"messagesIn"_s, qint64(s.messagesIn)},
                       {u"messagesOut"_s, qint64(s.messagesOut)},
                       {u"refused"_s, qint64(s.refused)}},
                              s.actor.seat);
}

} // namespace

RestApi::RestApi(GameHost &host, EventStore &store, Authenticator &auth, WsGateway &gateway,
                 SignInThrottle &signIns)
    : m_host(host), m_store(store), m_auth(auth), m_gateway(gateway), m_signIns(signIns)
{
    for (const BucketSize &size : Buckets)
        m_buckets.emplace_back(size.burst, size.perSecond);
}

bool RestApi::allow(const QHostAddress &peer, Limit limit)
{
    const qint64 now = m_host.clock().nowMs();
    if (limit == Limit::Relay)
        return m_buckets[size_t(limit)].take(peer, now);
    if (!m_buckets[size_t(Limit::General)].take(peer, now))
        return false;
    if (limit == Limit::General)
        return true;
    if (limit == Limit::SignIn)
        return m_signIns.allow(peer, now);
    return m_buckets[size_t(limit)].take(peer, now);
}

std::optional<Error> RestApi::admit(Call &call, Access access, Limit limit)
{
    const QHttpServerRequest &req = call.http;
    if (!allow(req.remoteAddress(), limit))
        return Error{ErrorCode::RateLimited, u"Too many requests; try again in a moment."_s};
    if (req.method() == Method::Post) {
        auto body = protocol::parseBody(req.body());
        if (!body)
            return body.error();
        call.body = body.value();
    }
    if (access != Access::Anyone) {
        auto actor = m_auth.verify(bearer(req));
        if (!actor)
            return actor.error();
        call.actor = actor.value();
        if (access == Access::Facilitator && !call.actor.isFacilitator())
            return Error{ErrorCode::Forbidden, u"Only the facilitator can do that."_s};
        if (access == Access::Player && call.actor.role != ActorRole::Player)
            return Error{ErrorCode::Forbidden, u"Only a seated player can do that."_s};
        if (call.actor.role == ActorRole::Player) {
            if (auto ok = m_host.checkPlayer(call.actor); !ok)
                return ok.error();
            // A ban holds on every door: a token issued before it orders nothing over REST either.
            if (auto banned = bannedPlayer(call.actor.id, req.remoteAddress()))
                return *banned;
        }
    }
    return std::nullopt;
}

void RestApi::respond(const QHttpServerRequest &req, QHttpServerResponder &&responder, Access access,
                      const Handler &handler, Limit limit, const Answer &answer)
{
    Call call{req, {}, {}};
    if (auto refused = admit(call, access, limit)) {
        errorResponse(*refused).write(std::move(responder));
        return;
    }
    auto result = handler(call);
    if (!result) {
        errorResponse(result.error()).write(std::move(responder));
        return;
    }
    answerWhenDurable(std::move(responder), answer ? answer(result.value()) : jsonResponse(result.value(), 200));
}

void RestApi::answerWhenDurable(QHttpServerResponder &&responder, QHttpServerResponse &&response)
{
    // A REST answer means "recorded", and never shows what is not on disk yet; the event loop
    // goes on meanwhile (other requests, other sockets), and a client that has gone by then
    // takes its answer with it (its socket is the callback's context).
    auto held = std::make_shared<QHttpServerResponder>(std::move(responder));
    auto answer = std::make_shared<QHttpServerResponse>(std::move(response));
    QTcpSocket *socket = held->socket();
    m_host.journal().whenDurable(socket, [held, answer](const Status &stored) {
        if (stored)
            answer->write(std::move(*held));
        else
            errorResponse(stored.error()).write(std::move(*held));
    });
}

void RestApi::registerRoutes(QHttpServer &http)
{
    registerChainRelay(http);
    // Liveness: always 200 while the host answers, saying what is degraded. It commits nothing,
    // so a locked database does not make the host look dead.
    http.route(u"/api/health"_s, Method::Get, [this](const QHttpServerRequest &req) {
        if (!allow(req.remoteAddress(), Limit::General))
            return errorResponse(Error{ErrorCode::RateLimited, u"Too many requests; try again in a moment."_s});
        const EventStore &store = m_store;
        const bool storageOk = store.lastCommitError().isEmpty();
        QJsonObject storage{{u"ok"_s, storageOk}};
        if (!storageOk) {
            storage.insert(u"error"_s, store.lastCommitError());
            storage.insert(u"since"_s, store.lastCommitFailedAtMs());
        }
        QJsonObject out{{u"status"_s, storageOk ? u"ok"_s : u"degraded"_s}, {u"games"_s, int(m_host.gameIds().size())},
                        {u"sessions"_s, m_gateway.sessionCount()}, {u"storage"_s, storage}};
        return jsonResponse(out, 200);
    });
    // Prometheus' text format (HostMetrics): counts only, no names or ids, for anyone who may
    // reach the port, as exporters are.
    http.route(u"/metrics"_s, Method::Get, [this](const QHttpServerRequest &req) {
        if (!allow(req.remoteAddress(), Limit::General))
            return errorResponse(Error{ErrorCode::RateLimited, u"Too many requests; try again in a moment."_s});
        QHttpServerResponse r("text/plain; version=0.0.4; charset=utf-8",
                              m_gateway.metrics().text(m_host, {m_gateway.sessionCount(), m_gateway.playersConnected()}));
        return r;
    });
    http.route(u"/api/players/authenticate"_s, Method::Post, [this](const QHttpServerRequest &req, QHttpServerResponder &&responder) {
        respond(req, std::move(responder), Access::Anyone, [this](Call &c) { return authenticate(c); }, Limit::SignIn);
    });
    http.route(u"/api/players/resume"_s, Method::Post, [this](const QHttpServerRequest &req, QHttpServerResponder &&responder) {
        respond(req, std::move(responder), Access::Anyone, [this](Call &c) { return resume(c); }, Limit::Join);
    });
    // Wallet sign-in, Sign-In with Ethereum (EIP-4361): docs/protocol.md.
    http.route(u"/auth/challenge"_s, Method::Post, [this](const QHttpServerRequest &req, QHttpServerResponder &&responder) {
        respond(req, std::move(responder), Access::Anyone, [this](Call &c) { return walletChallenge(c); }, Limit::Wallet);
    });
    http.route(u"/auth/verify"_s, Method::Post, [this](const QHttpServerRequest &req, QHttpServerResponder &&responder) {
        respond(req, std::move(responder), Access::Anyone, [this](Call &c) { return walletVerify(c); }, Limit::Wallet);
    });
    http.route(u"/auth/me"_s, Method::Get, [this](const QHttpServerRequest &req, QHttpServerResponder &&responder) {
        respond(req, std::move(responder), Access::Anyone, [this](Call &c) { return walletMe(c); });
    });
    http.route(u"/api/games"_s, Method::Get, [this](const QHttpServerRequest &req, QHttpServerResponder &&responder) {
        respond(req, std::move(responder), Access::Facilitator, [this](Call &) -> Result<QJsonObject> {
            return QJsonObject{{u"games"_s, m_host.summaries()}};
        });
    });
    // The kinds this host runs, for the facilitator's page: each with its players' pages and,
    // when its web folder has one, the module that adds its part to the facilitator's page.
    http.route(u"/api/kinds"_s, Method::Get, [this](const QHttpServerRequest &req, QHttpServerResponder &&responder) {
        respond(req, std::move(responder), Access::Facilitator, [this](Call &) -> Result<QJsonObject> {
            QJsonArray kinds;
            for (const QString &id : m_host.kinds().ids()) {
                QJsonArray pages;
                for (const WebPage &page : m_host.kinds().find(id)->webPages())
                    pages.append(page.path);
                QJsonObject kind{{u"kind"_s, id}, {u"pages"_s, pages}};
                if (QFile::exists(u":/web/"_s + id + u"/facilitator.js"_s))
                    kind.insert(u"facilitator"_s, QString(u"/app/"_s + id + u"/facilitator.js"_s));
                kinds.append(kind);
            }
            return QJsonObject{{u"kinds"_s, kinds}};
        });
    });
    // Where students join: the facilitator's page offers these instead of its own address,
    // which is localhost when the page was opened on the host's computer.
    http.route(u"/api/host/join"_s, Method::Get, [this](const QHttpServerRequest &req, QHttpServerResponder &&responder) {
        respond(req, std::move(responder), Access::Facilitator, [this](Call &) -> Result<QJsonObject> {
            QJsonArray addresses;
            for (const QUrl &url : joinAddresses(m_bind, m_port))
                addresses.append(url.toString());
            // Bound to loopback, no other computer can reach the host, whatever its network.
            return QJsonObject{{u"addresses"_s, addresses}, {u"thisComputerOnly"_s, m_bind.isLoopback()}};
        });
    });
    http.route(u"/api/join/qr.svg"_s, Method::Get, [this](const QHttpServerRequest &req, QHttpServerResponder &&responder) {
        joinQrCode(req, std::move(responder));
    });
    // The join page's look at a code before joining: the kind and which seats are free.
    http.route(u"/api/join/<arg>"_s, Method::Get, [this](const QString &code, const QHttpServerRequest &req, QHttpServerResponder &&responder) {
        respond(req, std::move(responder), Access::Anyone, [this, code](Call &) { return m_host.openSeats(code); }, Limit::Join);
    });
    http.route(u"/api/games/create"_s, Method::Post, [this](const QHttpServerRequest &req, QHttpServerResponder &&responder) {
        respond(req, std::move(responder), Access::Facilitator, [this](Call &c) { return createGame(c); });
    });
    http.route(u"/api/games/join"_s, Method::Post, [this](const QHttpServerRequest &req, QHttpServerResponder &&responder) {
        respond(req, std::move(responder), Access::Anyone, [this](Call &c) { return joinGame(c); }, Limit::Join);
    });
    // Commands: REST path -> the game's command type. The host's lifecycle commands, then each
    // kind's own (GameKind::restCommands); a path two kinds share is routed once, to the game
    // the call names.
    QList<RestCommand> commands{
        {u"/api/games/start"_s, u"game.start"_s, RestCommand::Sender::Facilitator},
        {u"/api/games/end"_s, u"game.end"_s, RestCommand::Sender::Facilitator},
        {u"/api/games/pause"_s, u"game.pause"_s, RestCommand::Sender::Facilitator},
        {u"/api/games/resume"_s, u"game.resume"_s, RestCommand::Sender::Facilitator},
        {u"/api/seats/release"_s, u"seat.release"_s, RestCommand::Sender::Facilitator},
        {u"/api/seats/leave"_s, u"seat.leave"_s, RestCommand::Sender::Player},
    };
    for (const QString &kind : m_host.kinds().ids())
        commands += m_host.kinds().find(kind)->restCommands();
    QSet<QString> routed;
    for (const RestCommand &rc : std::as_const(commands)) {
        if (routed.contains(rc.path)) {
            qWarning("REST path %s is declared twice; the first declaration is kept", qPrintable(rc.path));
            continue;
        }
        routed.insert(rc.path);
        const Access access = rc.sender == RestCommand::Sender::Player ? Access::Player : Access::Facilitator;
        http.route(rc.path, Method::Post, [this, type = rc.commandType, access](const QHttpServerRequest &req, QHttpServerResponder &&responder) {
            respond(req, std::move(responder), access, [this, type](Call &c) { return command(c, type); });
        });
    }
    http.route(u"/api/games/delete"_s, Method::Post, [this](const QHttpServerRequest &req, QHttpServerResponder &&responder) {
        respond(req, std::move(responder), Access::Facilitator, [this](Call &c) -> Result<QJsonObject> {
            const auto gameId = json::requiredString(c.body, u"gameId", 64, ErrorCode::GameNotFound);
            if (!gameId)
                return gameId.error();
            return deleteGame(c, gameId.value());
        });
    });
    http.route(u"/api/games/<arg>"_s, Method::Delete, [this](const QString &gameId, const QHttpServerRequest &req, QHttpServerResponder &&responder) {
        respond(req, std::move(responder), Access::Facilitator, [this, gameId](Call &c) { return deleteGame(c, gameId); });
    });
    http.route(u"/api/games/<arg>"_s, Method::Get, [this](const QString &gameId, const QHttpServerRequest &req, QHttpServerResponder &&responder) {
        respond(req, std::move(responder), Access::SignedIn, [this, gameId](Call &c) { return gameView(c, gameId); });
    });
    http.route(u"/api/games/<arg>/export.csv"_s, Method::Get,
               [this](const QString &gameId, const QHttpServerRequest &req, QHttpServerResponder &&responder) {
        csv(gameId, req, std::move(responder));
    });
    http.route(u"/api/analytics/gameHistory"_s, Method::Get, [this](const QHttpServerRequest &req, QHttpServerResponder &&responder) {
        respond(req, std::move(responder), Access::Facilitator, [this](Call &c) {
            return history(c, c.http.query().queryItemValue(u"gameId"_s));
        });
    });
    http.route(u"/api/sessions"_s, Method::Get, [this](const QHttpServerRequest &req, QHttpServerResponder &&responder) {
        respond(req, std::move(responder), Access::Facilitator, [this](Call &) -> Result<QJsonObject> {
            QJsonArray out;
            for (const SessionInfo &s : m_gateway.sessions()) {
                QJsonObject row = sessionJson(s);
                if (const PlayerRecord *p = m_host.player(s.actor.id))
                    row.insert(u"name"_s, p->name);
                out.append(row);
            }
            return QJsonObject{{u"sessions"_s, out}};
        });
    });
    // Players flagged for refusals only a modified client causes (TamperWatch), newest first.
    http.route(u"/api/flags"_s, Method::Get, [this](const QHttpServerRequest &req, QHttpServerResponder &&responder) {
        respond(req, std::move(responder), Access::Facilitator, [this](Call &) -> Result<QJsonObject> {
            QJsonArray out;
            for (const TamperWatch::Flagged &f : m_host.tampering().flagged()) {
                QJsonObject codes;
                for (auto it = f.byCode.cbegin(); it != f.byCode.cend(); ++it)
                    codes.insert(it.key(), it.value());
                QJsonArray evidence;
                for (const TamperWatch::Evidence &e : f.recent)
                    evidence.append(QJsonObject{{u"atMs"_s, e.atMs}, {u"command"_s, e.commandType}, {u"code"_s, e.code},
                                                {u"data"_s, e.data}});
                out.append(QJsonObject{{u"gameId"_s, f.gameId}, {u"playerId"_s, f.playerId}, {u"name"_s, f.name},
                                       {u"count"_s, f.count}, {u"codes"_s, codes}, {u"firstAtMs"_s, f.firstAtMs},
                                       {u"lastAtMs"_s, f.lastAtMs}, {u"evidence"_s, evidence}});
            }
            return QJsonObject{{u"flags"_s, out}};
        });
    });
    http.route(u"/api/players/password"_s, Method::Post, [this](const QHttpServerRequest &req, QHttpServerResponder &&responder) {
        respond(req, std::move(responder), Access::Facilitator, [this](Call &c) -> Result<QJsonObject> {
            if (auto s = m_auth.changePassword(c.body.value(u"currentPassword").toString(),
                                               c.body.value(u"newPassword").toString());
                !s)
                return s.error();
            m_host.journal().audit(m_host.clock().nowMs(), u"admin"_s, u"password.change"_s,
                                 u"the facilitator password was changed"_s);
            return QJsonObject{{u"changed"_s, true}};
        }, Limit::SignIn);
    });
    http.route(u"/api/sessions/message"_s, Method::Post, [this](const QHttpServerRequest &req, QHttpServerResponder &&responder) {
        respond(req, std::move(responder), Access::Facilitator, [this](Call &c) -> Result<QJsonObject> {
            const QString text = c.body.value(u"text").toString().trimmed();
            if (text.isEmpty() || text.size() > 500)
                return Error{ErrorCode::BadRequest, u"'text' must have 1 to 500 characters."_s};
            const QJsonValue id = c.body.value(u"sessionId");
            if (!id.isUndefined() && !id.isNull() && (!id.isDouble() || id.toDouble() < 1))
                return Error{ErrorCode::BadRequest, u"'sessionId' must be a session's number, or left out for all."_s};
            const auto sessionId = id.isDouble() ? quint64(id.toDouble()) : 0;
            const int sent = m_gateway.sendNotice(sessionId, text, m_host.clock().nowMs());
            if (sessionId > 0 && sent == 0)
                return Error{ErrorCode::NotFound, u"No session %1 is signed in."_s.arg(sessionId)};
            m_host.journal().audit(m_host.clock().nowMs(), u"admin"_s, u"session.message"_s,
                                 u"to %1: %2"_s.arg(sessionId > 0 ? u"session %1"_s.arg(sessionId) : u"everyone"_s,
                                                    text.left(200)));
            return QJsonObject{{u"sent"_s, sent}};
        });
    });
    http.route(u"/api/sessions/ban"_s, Method::Post, [this](const QHttpServerRequest &req, QHttpServerResponder &&responder) {
        respond(req, std::move(responder), Access::Facilitator, [this](Call &c) -> Result<QJsonObject> {
            BanList::Ban ban{c.body.value(u"name").toString().trimmed().left(64),
                             c.body.value(u"address").toString().trimmed().left(64), 0,
                             c.body.value(u"reason").toString().left(120)};
            const int minutes = c.body.value(u"minutes").toInt(0);
            if (minutes < 1 || minutes > 7 * 24 * 60)
                return Error{ErrorCode::BadRequest, u"'minutes' must be a number from 1 to 10080 (a week)."_s};
            if (!ban.address.isEmpty()) {
                const QHostAddress a(ban.address);
                if (a.isNull())
                    return Error{ErrorCode::BadRequest, u"'%1' is not an IP address."_s.arg(ban.address)};
                if (a.isLoopback())
                    return Error{ErrorCode::BadRequest, u"This computer's own address cannot be banned."_s};
            }
            if (ban.reason.isEmpty())
                ban.reason = u"Banned by the facilitator."_s;
            ban.untilMs = m_host.clock().nowMs() + qint64(minutes) * 60'000;
            auto closed = m_gateway.ban(ban);
            if (!closed)
                return closed.error();
            m_host.journal().audit(m_host.clock().nowMs(), u"admin"_s, u"session.ban"_s,
                                 u"%1 for %2 min: %3"_s.arg(ban.name.isEmpty() ? ban.address : ban.name)
                                     .arg(minutes)
                                     .arg(ban.reason));
            return QJsonObject{{u"until"_s, ban.untilMs}, {u"disconnected"_s, closed.value()}};
        });
    });
    http.route(u"/api/sessions/unban"_s, Method::Post, [this](const QHttpServerRequest &req, QHttpServerResponder &&responder) {
        respond(req, std::move(responder), Access::Facilitator, [this](Call &c) -> Result<QJsonObject> {
            const QString name = c.body.value(u"name").toString().trimmed();
            const QString address = c.body.value(u"address").toString().trimmed();
            auto lifted = m_gateway.bans().remove(name, address);
            if (!lifted)
                return lifted.error();
            if (lifted.value() == 0)
                return Error{ErrorCode::NotFound, u"Nobody of that name or address is banned."_s};
            m_host.journal().audit(m_host.clock().nowMs(), u"admin"_s, u"session.unban"_s, name.isEmpty() ? address : name);
            return QJsonObject{{u"lifted"_s, lifted.value()}};
        });
    });
    http.route(u"/api/sessions/bans"_s, Method::Get, [this](const QHttpServerRequest &req, QHttpServerResponder &&responder) {
        respond(req, std::move(responder), Access::Facilitator, [this](Call &) -> Result<QJsonObject> {
            return QJsonObject{{u"bans"_s, m_gateway.bans().toJson(m_host.clock().nowMs())}};
        });
    });
    http.route(u"/api/sessions/kick"_s, Method::Post, [this](const QHttpServerRequest &req, QHttpServerResponder &&responder) {
        respond(req, std::move(responder), Access::Facilitator, [this](Call &c) -> Result<QJsonObject> {
            const QJsonValue id = c.body.value(u"sessionId");
            if (!id.isDouble() || id.toDouble() < 1)
                return Error{ErrorCode::BadRequest, u"'sessionId' must be a session's number."_s};
            const QString reason = c.body.value(u"reason").toString().left(120);
            const auto sessionId = quint64(id.toDouble());
            if (!m_gateway.kick(sessionId, reason.isEmpty() ? u"Disconnected by the facilitator."_s : reason))
                return Error{ErrorCode::NotFound, u"No session %1 is connected."_s.arg(sessionId)};
            m_host.journal().audit(m_host.clock().nowMs(), c.actor.id.isEmpty() ? u"admin"_s : c.actor.id,
                                 u"session.kick"_s, u"session %1"_s.arg(sessionId));
            return QJsonObject{{u"kicked"_s, qint64(sessionId)}};
        });
    });
    // The blockchain dashboard: the bridge's state and the outbox's newest rows.
    http.route(u"/api/chain/status"_s, Method::Get, [this](const QHttpServerRequest &req, QHttpServerResponder &&responder) {
        respond(req, std::move(responder), Access::Facilitator, [this](Call &) -> Result<QJsonObject> {
            return m_chain ? m_chain->status() : QJsonObject{{u"enabled"_s, false}};
        });
    });
    // A failed row, by the operator's hand: sent again as a new transaction, or given up.
    for (const bool retry : {true, false}) {
        http.route(retry ? u"/api/chain/outbox/retry"_s : u"/api/chain/outbox/cancel"_s, Method::Post,
                   [this, retry](const QHttpServerRequest &req, QHttpServerResponder &&responder) {
            respond(req, std::move(responder), Access::Facilitator, [this, retry](Call &c) -> Result<QJsonObject> {
                const QJsonValue id = c.body.value(u"outboxId");
                if (!id.isDouble() || id.toDouble() < 1 || id.toDouble() != double(qint64(id.toDouble())))
                    return Error{ErrorCode::BadRequest, u"'outboxId' must be an outbox row's number."_s};
                if (!m_chain)
                    return Error{ErrorCode::ChainOff, u"This host records nothing on a blockchain."_s};
                const qint64 outboxId = qint64(id.toDouble());
                auto done = retry ? m_chain->retryIntent(outboxId) : m_chain->cancelIntent(outboxId);
                if (!done)
                    return done.error();
                m_host.journal().audit(m_host.clock().nowMs(), c.actor.id.isEmpty() ? u"admin"_s : c.actor.id,
                                     retry ? u"chain.retry"_s : u"chain.cancel"_s,
                                     u"outbox %1 (had failed: %2)"_s.arg(outboxId).arg(done.value().left(200)));
                return QJsonObject{{u"outboxId"_s, outboxId}, {u"status"_s, retry ? u"queued"_s : u"cancelled"_s}};
            });
        });
    }
    http.route(u"/api/chain/transactions"_s, Method::Get, [this](const QHttpServerRequest &req, QHttpServerResponder &&responder) {
        respond(req, std::move(responder), Access::Facilitator, [this](Call &c) -> Result<QJsonObject> {
            const QString asked = c.http.query().queryItemValue(u"limit"_s);
            const int limit = asked.isEmpty() ? 100 : std::clamp(asked.toInt(), 1, 1000);
            QJsonArray out;
            if (m_chain) {
                for (const QJsonObject &row : m_chain->transactions(limit))
                    out.append(row);
            }
            return QJsonObject{{u"transactions"_s, out}};
        });
    });
    http.route(u"/api/audit"_s, Method::Get, [this](const QHttpServerRequest &req, QHttpServerResponder &&responder) {
        Call call{req, {}, {}};
        if (auto refused = admit(call, Access::Facilitator, Limit::General)) {
            errorResponse(*refused).write(std::move(responder));
            return;
        }
        const int limit = std::clamp(req.query().queryItemValue(u"limit"_s).toInt(), 1, 1000);
        // Read once what is gathering now (a refused sign-in a moment ago) is committed too,
        // without waiting for it on the event loop.
        auto held = std::make_shared<QHttpServerResponder>(std::move(responder));
        m_host.journal().whenDurable(held->socket(), [this, held, limit](const Status &stored) {
            if (!stored) {
                errorResponse(stored.error()).write(std::move(*held));
                return;
            }
            auto rows = m_store.auditLog(limit);
            if (!rows) {
                errorResponse(rows.error()).write(std::move(*held));
                return;
            }
            QJsonArray out;
            for (const QJsonObject &r : rows.value())
                out.append(r);
            jsonResponse(QJsonObject{{u"entries"_s, out}}, 200).write(std::move(*held));
        });
    });
}

Result<QJsonObject> RestApi::authenticate(Call &c)
{
    const QString user = c.body.value(u"username").toString();
    auto token = m_auth.signInFacilitator(user, c.body.value(u"password").toString());
    const QString who = user.left(32);
    m_host.journal().audit(m_host.clock().nowMs(), who, token ? u"signin"_s : u"signin.refused"_s,
                         c.http.remoteAddress().toString());
    if (!token)
        return token.error();
    m_signIns.succeeded(c.http.remoteAddress());
    return QJsonObject{{u"token"_s, token.value()}, {u"role"_s, u"facilitator"_s}};
}

std::optional<Error> RestApi::bannedPlayer(const QString &playerId, const QHostAddress &peer) const
{
    const PlayerRecord *p = m_host.player(playerId);
    if (const auto banned = m_gateway.bans().match(p ? p->name : QString(), peer.toString(), m_host.clock().nowMs()))
        return Error{ErrorCode::Banned, banned->reason.isEmpty() ? u"You are banned from this host for a while."_s
                                                                 : banned->reason};
    return std::nullopt;
}

Result<QJsonObject> RestApi::resume(Call &c)
{
    const PlayerRecord *p = m_host.playerByResumeToken(c.body.value(u"resumeToken").toString());
    if (!p)
        return Error{ErrorCode::ResumeTokenInvalid, u"This resume token is not known here."_s};
    if (auto banned = bannedPlayer(p->playerId, c.http.remoteAddress()))
        return *banned;
    return protocol::withSeat({{u"playerId"_s, p->playerId}, {u"gameId"_s, p->gameId}, {u"name"_s, p->name},
                               {u"token"_s, m_auth.issuePlayerToken(p->playerId, p->gameId, p->seat)}},
                              p->seat, true);
}

Result<QJsonObject> RestApi::walletChallenge(Call &c)
{
    const auto address = json::requiredString(c.body, u"address", 64, ErrorCode::BadAddress);
    if (!address)
        return address.error();
    auto challenge = m_auth.walletChallenge(address.value(), hostOf(c.http));
    if (!challenge)
        return challenge.error();
    return QJsonObject{{u"message"_s, challenge->message}, {u"nonce"_s, challenge->nonce},
                       {u"expiresAt"_s, challenge->expiresAtMs}};
}

Result<QJsonObject> RestApi::walletVerify(Call &c)
{
    // Lengths are checked by the parser (SIWE_BAD_MESSAGE) and the signature decoder.
    const auto message = json::requiredString(c.body, u"message", protocol::MaxRequestBytes);
    if (!message)
        return message.error();
    const auto signature = json::requiredString(c.body, u"signature", 1024);
    if (!signature)
        return signature.error();
    auto signedIn = m_auth.signInWallet(message.value(), signature.value(), hostOf(c.http));
    const QString peer = c.http.remoteAddress().toString();
    if (!signedIn) {
        m_host.journal().audit(m_host.clock().nowMs(), u"wallet"_s, u"wallet.signin.refused"_s,
                             peer + u' ' + signedIn.error().codeName());
        return signedIn.error();
    }
    const QString address = signedIn->address.toChecksumString();
    m_host.journal().audit(m_host.clock().nowMs(), address, u"wallet.signin"_s, peer);
    return QJsonObject{{u"token"_s, signedIn->token}, {u"address"_s, address}};
}

Result<QJsonObject> RestApi::walletMe(Call &c)
{
    auto wallet = m_auth.walletOf(bearer(c.http));
    if (!wallet)
        return wallet.error();
    if (!wallet.value())
        return Error{ErrorCode::Forbidden, u"This is not a wallet sign-in token."_s};
    return QJsonObject{{u"role"_s, u"wallet"_s}, {u"address"_s, wallet.value()->toChecksumString()}};
}

Result<QJsonObject> RestApi::createGame(Call &c)
{
    const auto kind = json::requiredString(c.body, u"kind", 32, ErrorCode::UnknownKind);
    if (!kind)
        return kind.error();
    const QJsonValue config = c.body.value(u"config");
    if (!config.isUndefined() && !config.isObject())
        return Error{ErrorCode::InvalidConfig, u"'config' must be an object."_s};
    auto gameId = m_host.createGame(kind.value(), config.toObject(), c.actor);
    if (!gameId)
        return gameId.error();
    return QJsonObject{{u"gameId"_s, gameId.value()}, {u"joinCode"_s, m_host.joinCode(gameId.value())},
                       {u"state"_s, m_host.viewFor(gameId.value(), c.actor)}};
}

Result<QJsonObject> RestApi::joinGame(Call &c)
{
    const auto code = json::requiredString(c.body, u"joinCode", 16, ErrorCode::UnknownJoinCode);
    if (!code)
        return code.error();
    if (const auto banned = m_gateway.bans().match(c.body.value(u"name").toString().trimmed(),
                                                   c.http.remoteAddress().toString(), m_host.clock().nowMs()))
        return Error{ErrorCode::Banned, banned->reason};
    // A wallet token seats the wallet: its address goes into the join event, and its short
    // form is the name if none is given. Facilitator and player tokens are ignored here.
    QString wallet;
    if (const QString token = bearer(c.http); !token.isEmpty()) {
        auto who = m_auth.walletOf(token);
        if (!who)
            return who.error();
        if (who.value())
            wallet = who.value()->toChecksumString();
    }
    auto name = wallet.isEmpty() ? json::requiredString(c.body, u"name", 64, ErrorCode::InvalidName)
                                 : json::stringField(c.body, u"name", QString(), 64, ErrorCode::InvalidName);
    if (!name)
        return name.error();
    if (!wallet.isEmpty() && name->trimmed().isEmpty())
        name = shortAddress(wallet);
    // The seat is asked for in the kind's terms: the body's other fields are the kind's to read.
    QJsonObject seat = c.body;
    seat.remove(u"joinCode"_s);
    seat.remove(u"name"_s);
    auto joined = m_host.join(JoinRequest{code.value(), name.value(), seat, wallet});
    if (!joined)
        return joined.error();
    const PlayerRecord &p = joined->player;
    QJsonObject out = protocol::withSeat({{u"playerId"_s, p.playerId}, {u"gameId"_s, p.gameId}, {u"name"_s, p.name},
                                          {u"token"_s, m_auth.issuePlayerToken(p.playerId, p.gameId, p.seat)},
                                          {u"resumeToken"_s, joined->resumeToken}},
                                         p.seat, true);
    if (!wallet.isEmpty())
        out.insert(u"wallet"_s, wallet);
    return out;
}

Result<QJsonObject> RestApi::command(Call &c, const QString &type)
{
    const auto gameId = json::requiredString(c.body, u"gameId", 64, ErrorCode::GameNotFound);
    if (!gameId)
        return gameId.error();
    QJsonObject data = c.body;
    data.remove(u"gameId"_s);
    auto done = m_host.submitWire(gameId.value(), type, data, c.actor);
    if (!done)
        return done.error();
    return done->wire();
}

Result<QJsonObject> RestApi::deleteGame(Call &c, const QString &gameId)
{
    if (auto s = m_host.deleteGame(gameId, c.actor); !s)
        return s.error();
    return QJsonObject{{u"deleted"_s, true}, {u"gameId"_s, gameId}};
}

Result<QJsonObject> RestApi::gameView(Call &c, const QString &gameId)
{
    if (!m_host.game(gameId))
        return Error{ErrorCode::GameNotFound, u"No game '%1'."_s.arg(gameId.left(32))};
    if (c.actor.role == ActorRole::Player && c.actor.gameId != gameId)
        return Error{ErrorCode::Forbidden, u"Your token is for another game."_s};
    return m_host.viewFor(gameId, c.actor);
}

Result<QJsonObject> RestApi::history(Call &, const QString &gameId)
{
    const Game *game = m_host.game(gameId);
    if (!game)
        return Error{ErrorCode::GameNotFound, u"No game '%1'."_s.arg(gameId.left(32))};
    QJsonObject h = game->history();
    h.insert(u"gameId"_s, gameId);
    h.insert(u"kind"_s, m_host.kindOf(gameId));
    return h;
}

void RestApi::joinQrCode(const QHttpServerRequest &req, QHttpServerResponder &&responder)
{
    // Public, so that an <img> shows it, but it draws only this host's own join links.
    QByteArray svg;
    const auto draw = [&](Call &c) -> Result<QJsonObject> {
        const QString url = c.http.query().queryItemValue(u"url"_s, QUrl::FullyDecoded);
        const QList<QUrl> ours = joinAddresses(m_bind, m_port);
        const bool known = url.size() <= 200 && std::any_of(ours.cbegin(), ours.cend(), [&](const QUrl &base) {
                               return url.startsWith(base.toString());
                           });
        if (!known)
            return Error{ErrorCode::BadRequest, u"Only this host's join links are drawn."_s};
        svg = qrSvg(url);
        return QJsonObject{};
    };
    respond(req, std::move(responder), Access::Anyone, draw, Limit::General, [&svg](const QJsonObject &) {
        QHttpServerResponse image("image/svg+xml", svg);
        image.setHeader("X-Content-Type-Options", "nosniff");
        image.setHeader("Cache-Control", "no-cache");
        return image;
    });
}

void RestApi::csv(const QString &gameId, const QHttpServerRequest &req, QHttpServerResponder &&responder)
{
    QByteArray body;
    const auto table = [&](Call &) -> Result<QJsonObject> {
        const Game *game = m_host.game(gameId);
        if (!game)
            return Error{ErrorCode::GameNotFound, u"No game '%1'."_s.arg(gameId.left(32))};
        body = csv::write(game->historyTable());
        return QJsonObject{};
    };
    respond(req, std::move(responder), Access::Facilitator, table, Limit::General, [&](const QJsonObject &) {
        QHttpServerResponse file("text/csv; charset=utf-8", body);
        file.setHeader("Content-Disposition",
                       "attachment; filename=\"steward-" + gameId.toLatin1().left(32) + "-history.csv\"");
        file.setHeader("Cache-Control", "no-store");
        return file;
    });
}

} // namespace steward
