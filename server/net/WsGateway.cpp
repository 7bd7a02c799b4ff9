// SPDX-License-Identifier: GPL-3.0-or-later
#include "WsGateway.h"

#include "ChatRooms.h"
#include "LobbyFeed.h"
#include "PeerAddress.h"
#include "ViewSync.h"
#include "io/IoPool.h"
#include "server/auth/Authenticator.h"
#include "server/core/GameHost.h"
#include "server/core/EventJournal.h"
#include "server/protocol/FrameCompression.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QTcpSocket>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcNet, "steward.net")

namespace steward {

namespace {
constexpr int AuthTimeoutMs = 15000;
} // namespace

WsGateway::WsGateway(GameHost &host, EventStore &store, const Authenticator &auth, OriginPolicy origins, int ioThreads,
                     QObject *parent)
    : QObject(parent), m_host(host), m_auth(auth), m_origins(std::move(origins)), m_sync(new ViewSync(host, this)),
      m_lobby(new LobbyFeed(host, this)), m_chat(std::make_unique<ChatRooms>(host)),
      m_io(std::make_unique<io::IoPool>(ioThreads, protocol::MaxMessageBytes)), m_bans(store)
{
    m_sync->setMetrics(&m_metrics);
    m_io->setReceiver([this](io::Inbound &in) { receive(in); });
    if (auto loaded = m_bans.load(); !loaded)
        qCWarning(lcNet) << "cannot read the bans:" << loaded.error().message;
    m_pingTimer.setInterval(15000);
    connect(&m_pingTimer, &QTimer::timeout, this, &WsGateway::pingAll);
    m_pingTimer.start();
    // A player whose seat was freed must stop seeing it: end their sessions.
    connect(&m_host, &GameHost::playerLeft, this, [this](const QString &playerId) {
        // Closing can drop a session from m_sessions at once: pick them first.
        QList<Session *> theirs;
        for (const auto &[id, s] : m_sessions) {
            if (s->info().actor.role == ActorRole::Player && s->info().actor.id == playerId)
                theirs << s.get();
        }
        for (Session *s : theirs) {
            stopFollowingAll(s);
            s->markAuthenticated(false);
            s->send(protocol::push(u"seat.released"_s, {{u"playerId"_s, playerId}}));
            s->close(ws::close::Normal, u"seat released"_s);
        }
    });
    connect(&m_host, &GameHost::gameDeleted, this, &WsGateway::onGameDeleted);
}

WsGateway::~WsGateway()
{
    for (auto &[id, s] : m_sessions)
        stopFollowingAll(s.get());
}

int WsGateway::playersConnected() const
{
    int players = 0;
    for (const auto &[id, s] : m_sessions)
        players += s->info().authenticated && s->info().actor.role == ActorRole::Player;
    return players;
}

int WsGateway::ioThreadCount() const
{
    return m_io->threadCount();
}

void WsGateway::accept(QTcpSocket *socket, const ws::WsUpgrade &upgrade, std::function<void()> onGone)
{
    const QString origin = QString::fromLatin1(upgrade.origin);
    const QString host = QString::fromLatin1(upgrade.host);
    const QHostAddress peer = socket->peerAddress();
    auto stats = std::make_shared<io::ConnectionStats>();
    const quint64 id = m_io->adopt(socket, ws::switchingProtocols(upgrade), stats);
    if (onGone)
        m_onGone.insert(id, std::move(onGone));
    // Each refusal is a frame the page can show, then a close the client answers.
    const auto refuseSocket = [this, id](quint16 code, const QString &reason, const QByteArray &frame = {}) {
        if (!frame.isEmpty())
            m_io->sendText(id, frame);
        m_io->close(code, reason, id);
    };
    if (!m_origins.allows(origin, host)) {
        qCWarning(lcNet) << "refused WebSocket from origin" << origin << "for host" << host;
        refuseSocket(ws::close::PolicyViolated, u"origin refused"_s,
                     protocol::error({}, Error{ErrorCode::OriginRefused, u"This page may not connect to the game host."_s}));
        return;
    }
    if (const auto banned = m_bans.match({}, peer.toString(), m_host.clock().nowMs())) {
        refuseSocket(ws::close::Banned, u"banned"_s, protocol::error({}, Error{ErrorCode::Banned, banned->reason}));
        return;
    }
    if (sessionCount() >= MaxSessions) {
        refuseSocket(ws::close::TryAgainLater, u"host is full"_s);
        return;
    }
    if (const QString busy = unauthenticatedRoomFor(peer); !busy.isEmpty()) {
        // 1013, "try again later": the page's own back-off brings it back in a moment.
        refuseSocket(ws::close::TryAgainLater, busy);
        return;
    }

    auto session = std::make_unique<Session>(*m_io, id, std::move(stats), peer.toString(), m_host.clock().nowMs());
    Session *s = session.get();
    connect(&s->authDeadline, &QTimer::timeout, s, [s] {
        s->close(ws::close::PolicyViolated, u"authenticate first"_s);
    });
    s->authDeadline.start(AuthTimeoutMs);
    m_sessions.emplace(id, std::move(session));
    emit sessionsChanged();
}

void WsGateway::receive(io::Inbound &in)
{
    if (in.kind == io::Inbound::Closed) {
        if (std::function<void()> gone = m_onGone.take(in.connection))
            gone();
        if (const auto it = m_sessions.find(in.connection); it != m_sessions.end())
            drop(it->second.get());
        return;
    }
    const auto it = m_sessions.find(in.connection);
    if (in.kind == io::Inbound::CloseAsked) {
        // After the answers to what it sent before.
        if (it != m_sessions.end())
            it->second->close(in.closeCode, in.closeReason);
        else
            m_io->close(in.closeCode, in.closeReason, in.connection);
        return;
    }
    if (it == m_sessions.end())
        return; // refused when it came, or dropped since
    m_metrics.messageProcessed();
    dispatch(it->second.get(), in.envelope);
}

QString WsGateway::unauthenticatedRoomFor(const QHostAddress &peer) const
{
    // The host itself (a console, a benchmark, a local proxy) neither counts nor is held.
    if (isHostItself(peer))
        return {};
    const QString address = peer.toString();
    int waiting = 0, fromPeer = 0;
    for (const auto &[id, s] : m_sessions) {
        if (s->info().authenticated || isHostItself(QHostAddress(s->info().address)))
            continue;
        ++waiting;
        fromPeer += s->info().address == address;
    }
    if (waiting >= MaxUnauthenticated)
        return u"too many connections waiting to sign in"_s;
    if (fromPeer >= MaxUnauthenticatedPerAddress)
        return u"too many connections from your address waiting to sign in"_s;
    return {};
}

void WsGateway::drop(Session *s)
{
    const auto it = m_sessions.find(s->info().id);
    if (it == m_sessions.end())
        return;
    stopFollowingAll(s);
    std::unique_ptr<Session> gone = std::move(it->second);
    m_sessions.erase(it);
    gone.release()->deleteLater(); // a durable-write callback may hold it this turn
    emit sessionsChanged();
}

bool WsGateway::kick(quint64 sessionId, const QString &reason)
{
    const auto it = m_sessions.find(sessionId);
    if (it == m_sessions.end())
        return false;
    // 4001 (application range): the client shows the reason and does not reconnect by itself.
    it->second->close(ws::close::Kicked, reason);
    return true;
}

int WsGateway::sendNotice(quint64 sessionId, const QString &text, qint64 atMs)
{
    const QByteArray frame = protocol::push(u"notice"_s, {{u"text"_s, text}, {u"from"_s, u"facilitator"_s}, {u"at"_s, atMs}});
    int sent = 0;
    for (const auto &[id, session] : m_sessions) {
        if (!session->info().authenticated || (sessionId > 0 && id != sessionId))
            continue;
        session->send(frame);
        ++sent;
    }
    return sent;
}

Result<int> WsGateway::ban(const BanList::Ban &ban)
{
    if (auto s = m_bans.add(ban); !s)
        return s.error();
    const qint64 now = m_host.clock().nowMs();
    QList<Session *> covered; // closing can drop a session from m_sessions at once: pick them first
    for (const auto &[id, session] : m_sessions) {
        if (session->info().actor.isFacilitator())
            continue; // a console on a banned address stays: it signed in as the facilitator
        const PlayerRecord *p = session->info().actor.role == ActorRole::Player ? m_host.player(session->info().actor.id)
                                                                               : nullptr;
        if (m_bans.match(p ? p->name : QString(), session->info().address, now))
            covered << session.get();
    }
    for (Session *session : std::as_const(covered))
        session->close(ws::close::Banned, ban.reason.isEmpty() ? u"banned"_s : ban.reason);
    return int(covered.size());
}

QList<SessionInfo> WsGateway::sessions() const
{
    QList<SessionInfo> out;
    for (const auto &[id, s] : m_sessions)
        out << s->snapshot();
    return out;
}

void WsGateway::pingAll()
{
    for (const auto &[id, s] : m_sessions) {
        // Only a signed-in session is pinged: a socket still waiting has its 15 s to sign in.
        if (s->info().authenticated)
            s->ping();
    }
}

void WsGateway::refuse(Session *s, const QJsonValue &re, const Error &e)
{
    s->send(protocol::error(re, e));
}

void WsGateway::dispatch(Session *s, const protocol::Envelope &env)
{
    if (env.type == u"auth") {
        authenticate(s, env);
        return;
    }
    // Nothing but signing in before signing in: a socket that only pings holds no seat.
    if (!s->info().authenticated) {
        refuse(s, env.id, Error{ErrorCode::AuthRequired, u"Send {\"type\":\"auth\"} with your token first."_s});
        return;
    }
    if (env.type == u"ping") {
        s->send(protocol::ok(env.id, {{u"now"_s, m_host.clock().nowMs()}}));
        return;
    }
    if (env.type == u"subscribe") {
        subscribe(s, env);
        return;
    }
    if (env.type == u"follow") {
        follow(s, env);
        return;
    }
    if (env.type == u"unfollow") {
        unfollow(s, env);
        return;
    }
    if (env.type == u"state.get") {
        stateGet(s, env);
        return;
    }
    if (env.type == u"chat.send") {
        chat(s, env);
        return;
    }
    command(s, env);
}

void WsGateway::authenticate(Session *s, const protocol::Envelope &env)
{
    // The frames a client reads and writes after signing in: JSON text (the default) or
    // MessagePack binary; once binary, always binary.
    const QJsonValue encoding = env.data.value(u"encoding");
    const bool msgPack = encoding == u"msgpack"_s;
    if (!encoding.isUndefined() && encoding != u"json"_s && !msgPack) {
        refuse(s, env.id, Error{ErrorCode::BadRequest, u"'encoding' is \"json\" or \"msgpack\"."_s});
        return;
    }
    if (!msgPack && s->usesMsgPack()) {
        refuse(s, env.id, Error{ErrorCode::BadRequest, u"This connection speaks MessagePack from now on."_s});
        return;
    }
    // Large messages compressed (protocol/FrameCompression.h); once asked for, for good.
    const QJsonValue compression = env.data.value(u"compression");
    const bool compressed = compression == QLatin1StringView(protocol::CompressionZlib);
    if (!compression.isUndefined() && !compressed) {
        refuse(s, env.id, Error{ErrorCode::BadRequest, u"'compression' is \"zlib\" or absent."_s});
        return;
    }
    const QString resume = env.data.value(u"resumeToken").toString();
    Actor actor;
    QJsonObject reply;
    if (!resume.isEmpty()) {
        const PlayerRecord *p = m_host.playerByResumeToken(resume);
        if (!p) {
            refuse(s, env.id, Error{ErrorCode::ResumeTokenInvalid, u"This resume token is not known here."_s});
            return;
        }
        actor = p->actor();
        reply.insert(u"token"_s, m_auth.issuePlayerToken(p->playerId, p->gameId, p->seat));
    } else {
        auto verified = m_auth.verify(env.data.value(u"token").toString());
        if (!verified) {
            refuse(s, env.id, verified.error());
            return;
        }
        actor = verified.value();
        if (actor.role == ActorRole::Player) {
            if (auto ok = m_host.checkPlayer(actor); !ok) {
                refuse(s, env.id, ok.error());
                return;
            }
        }
    }
    if (actor.role == ActorRole::Player) {
        const PlayerRecord *p = m_host.player(actor.id);
        if (const auto banned = m_bans.match(p ? p->name : QString(), s->info().address, m_host.clock().nowMs())) {
            refuse(s, env.id, Error{ErrorCode::Banned, banned->reason});
            s->close(ws::close::Banned, u"banned"_s);
            return;
        }
    }
    // Signing in again starts afresh: nothing followed as someone else stays followed.
    stopFollowingAll(s);
    SessionInfo &info = s->info();
    s->markAuthenticated(true);
    info.actor = actor;
    info.gameId.clear();
    s->authDeadline.stop();
    reply.insert(u"role"_s, roleName(actor.role));
    reply.insert(u"encoding"_s, msgPack ? u"msgpack"_s : u"json"_s);
    if (compressed || s->usesCompression())
        reply.insert(u"compression"_s, QLatin1StringView(protocol::CompressionZlib));
    if (actor.role == ActorRole::Player) {
        reply.insert(u"playerId"_s, actor.id);
        reply.insert(u"gameId"_s, actor.gameId);
        reply = protocol::withSeat(reply, actor.seat);
        if (const PlayerRecord *p = m_host.player(actor.id))
            reply.insert(u"name"_s, p->name);
    }
    if (msgPack)
        s->useMsgPack(); // the answer is the first binary frame
    if (compressed)
        s->useCompression();
    s->send(protocol::ok(env.id, reply));
    if (actor.role == ActorRole::Player) {
        info.gameId = actor.gameId;
        startFollowing(s, Channel::game(actor.gameId));
    }
    emit sessionsChanged();
}

void WsGateway::subscribe(Session *s, const protocol::Envelope &env)
{
    const QString gameId = env.data.value(u"gameId").toString();
    if (!s->info().actor.isFacilitator()) {
        refuse(s, env.id, Error{ErrorCode::Forbidden, u"Players follow their own game only."_s});
        return;
    }
    if (!m_host.game(gameId)) {
        refuse(s, env.id, Error{ErrorCode::GameNotFound, u"No game '%1'."_s.arg(gameId.left(32))});
        return;
    }
    // `subscribe` replaces the game the last one named, as it did before channels: the
    // console and the facilitator's page switch games with it and keep one view.
    const QString previous = s->info().gameId;
    const Channel game = Channel::game(gameId);
    if (previous.isEmpty() || previous == gameId) {
        if (auto may = mayFollow(s, game); !may) {
            refuse(s, env.id, may.error());
            return;
        }
    }
    s->send(protocol::ok(env.id, {{u"gameId"_s, gameId}}));
    if (!previous.isEmpty() && previous != gameId)
        stopFollowing(s, Channel::game(previous));
    s->info().gameId = gameId;
    startFollowing(s, game);
}

void WsGateway::follow(Session *s, const protocol::Envelope &env)
{
    auto channel = Channel::parse(env.data.value(u"channel").toString());
    if (!channel) {
        refuse(s, env.id, channel.error());
        return;
    }
    if (auto may = mayFollow(s, channel.value()); !may) {
        refuse(s, env.id, may.error());
        return;
    }
    s->send(protocol::ok(env.id, {{u"channel"_s, channel->name()}}));
    startFollowing(s, channel.value());
}

void WsGateway::unfollow(Session *s, const protocol::Envelope &env)
{
    auto channel = Channel::parse(env.data.value(u"channel").toString());
    if (!channel) {
        refuse(s, env.id, channel.error());
        return;
    }
    // Not following it is no error: the answer says the same either way.
    stopFollowing(s, channel.value());
    s->send(protocol::ok(env.id, {{u"channel"_s, channel->name()}}));
}

Status WsGateway::mayFollow(const Session *s, const Channel &c) const
{
    const SessionInfo &info = s->info();
    const Actor &who = info.actor;
    switch (c.kind) {
    case Channel::Kind::Lobby:
        if (!who.isFacilitator())
            return Error{ErrorCode::Forbidden, u"Only the facilitator follows the list of games."_s};
        break;
    case Channel::Kind::Game:
    case Channel::Kind::Chat:
        if (who.role == ActorRole::Player) {
            if (c.gameId != who.gameId)
                return Error{ErrorCode::Forbidden, u"Players follow their own game only."_s};
        } else if (!who.isFacilitator()) {
            return Error{ErrorCode::Forbidden, u"Only the facilitator and a game's players follow a game."_s};
        } else if (!m_host.game(c.gameId)) {
            return Error{ErrorCode::GameNotFound, u"No game '%1'."_s.arg(c.gameId.left(32))};
        }
        break;
    }
    if (!info.channels.contains(c.name()) && info.channels.size() >= MaxChannels)
        return Error{channel_errors::TooManyChannels,
                     u"A connection follows at most %1 channels; unfollow one first."_s.arg(MaxChannels)};
    return Done{};
}

void WsGateway::startFollowing(Session *s, const Channel &c)
{
    QStringList &channels = s->info().channels;
    if (const QString name = c.name(); !channels.contains(name))
        channels.append(name);
    switch (c.kind) {
    case Channel::Kind::Game:
        m_sync->watch(s, c.gameId);
        break;
    case Channel::Kind::Lobby:
        m_lobby->follow(s);
        break;
    case Channel::Kind::Chat:
        m_chat->follow(s, c.gameId); // a room has no first push: messages come as they are said
        break;
    }
}

void WsGateway::stopFollowing(Session *s, const Channel &c)
{
    s->info().channels.removeOne(c.name());
    switch (c.kind) {
    case Channel::Kind::Game:
        m_sync->forget(s, c.gameId);
        if (s->info().actor.role != ActorRole::Player && s->info().gameId == c.gameId)
            s->info().gameId.clear();
        break;
    case Channel::Kind::Lobby:
        m_lobby->forget(s);
        break;
    case Channel::Kind::Chat:
        m_chat->forget(s, c.gameId);
        break;
    }
}

void WsGateway::stopFollowingAll(Session *s)
{
    const QStringList channels = s->info().channels;
    for (const QString &name : channels) {
        if (auto c = Channel::parse(name))
            stopFollowing(s, c.value());
    }
    s->info().channels.clear();
}

void WsGateway::onGameDeleted(const QString &gameId)
{
    // Who still follows a deleted game or its room (a facilitator) hears of it once, and
    // follows neither from now on.
    const QString game = Channel::game(gameId).name();
    const QString room = Channel::chat(gameId).name();
    const QByteArray frame = protocol::push(u"game.deleted"_s, {{u"gameId"_s, gameId}});
    for (const auto &[id, s] : m_sessions) {
        const QStringList &channels = s->info().channels;
        if (!channels.contains(game) && !channels.contains(room))
            continue;
        stopFollowing(s.get(), Channel::game(gameId));
        stopFollowing(s.get(), Channel::chat(gameId));
        s->send(frame);
    }
    m_chat->close(gameId);
}

void WsGateway::stateGet(Session *s, const protocol::Envelope &env)
{
    const QString named = env.data.value(u"gameId").toString();
    QStringList games;
    for (const auto &[gameId, pushed] : s->views)
        games << gameId;
    if (games.isEmpty()) {
        refuse(s, env.id, Error{ErrorCode::BadRequest, u"Subscribe to a game first."_s});
        return;
    }
    if (!named.isEmpty()) {
        if (!games.contains(named)) {
            refuse(s, env.id, Error{ErrorCode::BadRequest, u"Follow game:%1 first."_s.arg(named.left(32))});
            return;
        }
        games = {named};
    }
    s->send(protocol::ok(env.id, {}));
    for (const QString &gameId : std::as_const(games))
        m_sync->pushNow(s, gameId);
}

void WsGateway::chat(Session *s, const protocol::Envelope &env)
{
    const Actor &who = s->info().actor;
    const QJsonValue text = env.data.value(u"text");
    const QJsonValue named = env.data.value(u"gameId");
    if (!text.isString() || (!named.isUndefined() && !named.isString())) {
        refuse(s, env.id, Error{ErrorCode::BadRequest, u"A chat message needs a 'text' string (and a 'gameId' string)."_s});
        return;
    }
    QString gameId;
    if (who.role == ActorRole::Player) {
        gameId = who.gameId;
        if (!named.isUndefined() && named.toString() != gameId) {
            refuse(s, env.id, Error{ErrorCode::Forbidden, u"Players chat in their own game only."_s});
            return;
        }
    } else if (who.isFacilitator()) {
        gameId = named.isUndefined() ? s->info().gameId : named.toString();
        if (!m_host.game(gameId)) {
            refuse(s, env.id, Error{ErrorCode::GameNotFound, u"No game '%1'."_s.arg(gameId.left(32))});
            return;
        }
    } else {
        refuse(s, env.id, Error{ErrorCode::Forbidden, u"Only the facilitator and a game's players chat."_s});
        return;
    }
    auto message = m_chat->compose(who, gameId, text.toString());
    if (!message) {
        refuse(s, env.id, message.error());
        return;
    }
    s->send(protocol::ok(env.id, {{u"gameId"_s, gameId}, {u"at"_s, message->value(u"at")}}));
    m_chat->post(message.value());
}

void WsGateway::command(Session *s, const protocol::Envelope &env)
{
    QElapsedTimer started;
    started.start();
    const Actor &who = s->info().actor;
    QJsonObject data = env.data;
    QString gameId = who.role == ActorRole::Player ? who.gameId : data.value(u"gameId").toString();
    if (gameId.isEmpty())
        gameId = s->info().gameId;
    data.remove(u"gameId"_s);
    auto result = m_host.submitWire(gameId, env.type, data, who);
    if (!result) {
        refuse(s, env.id, result.error());
        return;
    }
    const QList<QueuedIntent> &intents = result->intents;
    if (!intents.isEmpty() && who.role == ActorRole::Player) {
        // Bounded: a node down for a long class must not grow this without end; a player who
        // misses a notice still sees the transaction in the facilitator's list.
        if (m_chainWatchers.size() > MaxChainWatchers)
            m_chainWatchers.clear();
        for (const QueuedIntent &i : intents)
            m_chainWatchers.insert(i.outboxId, who.id);
    }
    // Acknowledge only once the events are committed.
    m_host.journal().whenDurable(s, [this, s, re = env.id, reply = result->wire(), took = started](const Status &stored) {
        s->send(stored ? protocol::ok(re, reply) : protocol::error(re, stored.error()));
        m_metrics.commandAnswered(double(took.nsecsElapsed()) / 1e6);
    });
}

void WsGateway::notifyChain(qint64 outboxId, const QString &status, const QString &txHash, const QString &reason)
{
    const QString playerId = m_chainWatchers.take(outboxId);
    if (playerId.isEmpty())
        return;
    QJsonObject data{{u"outboxId"_s, outboxId}, {u"status"_s, status}};
    if (!txHash.isEmpty())
        data.insert(u"txHash"_s, txHash);
    if (!reason.isEmpty())
        data.insert(u"reason"_s, reason);
    const QByteArray frame = protocol::push(u"chain.tx"_s, data);
    for (const auto &[id, session] : m_sessions) {
        if (session->info().actor.role == ActorRole::Player && session->info().actor.id == playerId)
            session->send(frame);
    }
}

} // namespace steward
