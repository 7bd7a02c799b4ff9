// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ConnectionLimits.h"
#include "OriginPolicy.h"
#include "SignInThrottle.h"
#include "server/core/Result.h"

#include <QHostAddress>
#include <QHttpServer>
#include <QObject>

#include <functional>
#include <memory>

class QTcpSocket;

namespace steward::chain {
class ChainBridge;
}

namespace steward {

class Authenticator;
class EventStore;
class BoundedTcpServer;
class GameHost;
class RestApi;
class WsGateway;

struct ListenOptions
{
    QHostAddress address = QHostAddress::Any;
    quint16 port = 8080; // 0: any free port
    QStringList allowedOrigins;
    // Qt's default backlog of 50 stalls a class reconnecting at once after a Wi-Fi drop.
    int listenBacklog = 1024;
    ConnectionLimits limits;
    // Threads that carry the WebSockets, each an epoll loop over its share (io/IoPool.h).
    int ioThreads = 2;
};

// HTTP and WebSocket on one port: the REST API, the web client, and /ws.
class HostServer : public QObject
{
    Q_OBJECT
public:
    HostServer(GameHost &host, EventStore &store, Authenticator &auth, const ListenOptions &options, QObject *parent = nullptr);
    ~HostServer() override;

    Result<quint16> listen();
    quint16 port() const { return m_port; }
    WsGateway &gateway() { return *m_gateway; }
    // The listening socket and its connections; null until listen().
    const BoundedTcpServer *connections() const { return m_tcp; }
    // Serves the bridge's state over REST and passes its settled intents to the players.
    void attachChain(chain::ChainBridge *bridge);
    // Every password attempt on this port draws on it (the facilitator's and the backoffice's).
    SignInThrottle &signInThrottle() { return m_signIns; }
    // More routes on the same port (the backoffice, the kinds' modules through a RouteTable).
    QHttpServer &http() { return m_http; }
    RestApi &rest() { return *m_rest; }

private:
    void registerWebClient();
    // Answers a connection's upgrade request: a WebSocket for the gateway, or an HTTP refusal.
    void openWebSocket(QTcpSocket *socket, const QByteArray &head, quint64 lease);

    GameHost &m_host;
    ListenOptions m_options;
    QHttpServer m_http;
    BoundedTcpServer *m_tcp = nullptr;
    WsGateway *m_gateway;
    SignInThrottle m_signIns;
    std::unique_ptr<RestApi> m_rest;
    quint16 m_port = 0;
};

} // namespace steward
