// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AddressBuckets.h"
#include "RouteTable.h"
#include "server/core/Actor.h"
#include "server/core/Result.h"

#include <QHash>
#include <QHostAddress>
#include <QHttpServerResponse>
#include <QJsonObject>

#include <vector>
#include <functional>
#include <optional>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponder;

namespace steward::chain {
class ChainBridge;
}

namespace steward {

class Authenticator;
class EventStore;
class GameHost;
class SignInThrottle;
class WsGateway;

// The REST side of the host (/api/...): the seed's endpoints plus a few RESTful reads.
// Every handler returns a value or an Error; this class alone turns them into HTTP.
class RestApi
{
public:
    RestApi(GameHost &host, EventStore &store, Authenticator &auth, WsGateway &gateway, SignInThrottle &signIns);
    void registerRoutes(QHttpServer &http);
    // The chain bridge, when the host runs one (steward-host does unless --no-chain).
    void setChain(chain::ChainBridge *bridge) { m_chain = bridge; }
    // Where the host listens, for the join addresses it offers the facilitator's page.
    void setListening(const QHostAddress &bind, quint16 port)
    {
        m_bind = bind;
        m_port = port;
    }

private:
    friend class RouteTable; // a kind's routes are admitted and answered as these are
    using Access = RouteAccess;
    using Call = RouteCall;
    using Handler = RouteHandler;
    using Answer = RouteAnswer;
    // Every request draws on the address's general bucket; these also on their own, tighter one.
    enum class Limit { General, SignIn, Join, Wallet, Relay, Count };

    // The checks every call passes first: rate, body, token, role, bans. Fills `call`.
    std::optional<Error> admit(Call &call, Access access, Limit limit);
    // Admits the call, runs the handler, and answers once everything appended so far is on
    // disk, without holding the event loop for the commit.
    void respond(const QHttpServerRequest &req, QHttpServerResponder &&responder, Access access,
                 const Handler &handler, Limit limit = Limit::General, const Answer &answer = {});
    void answerWhenDurable(QHttpServerResponder &&responder, QHttpServerResponse &&response);
    void csv(const QString &gameId, const QHttpServerRequest &req, QHttpServerResponder &&responder);
    bool allow(const QHostAddress &peer, Limit limit);
    // Read-only JSON-RPC to the chain node, for pages that check the chain (RestChainRelay.cpp).
    void registerChainRelay(QHttpServer &http);

    // BANNED if this player's name or this address is banned now.
    std::optional<Error> bannedPlayer(const QString &playerId, const QHostAddress &peer) const;
    Result<QJsonObject> authenticate(Call &c);
    Result<QJsonObject> resume(Call &c);
    Result<QJsonObject> walletChallenge(Call &c);
    Result<QJsonObject> walletVerify(Call &c);
    Result<QJsonObject> walletMe(Call &c);
    Result<QJsonObject> createGame(Call &c);
    Result<QJsonObject> joinGame(Call &c);
    Result<QJsonObject> command(Call &c, const QString &type);
    Result<QJsonObject> deleteGame(Call &c, const QString &gameId);
    Result<QJsonObject> gameView(Call &c, const QString &gameId);
    void joinQrCode(const QHttpServerRequest &req, QHttpServerResponder &&responder);
    Result<QJsonObject> history(Call &c, const QString &gameId);

    GameHost &m_host;
    EventStore &m_store;
    Authenticator &m_auth;
    WsGateway &m_gateway;
    SignInThrottle &m_signIns;
    chain::ChainBridge *m_chain = nullptr;
    QHostAddress m_bind;
    quint16 m_port = 0;
    std::vector<AddressBuckets> m_buckets; // one per Limit but SignIn
};

} // namespace steward
