// SPDX-License-Identifier: GPL-3.0-or-later
#include "HostServer.h"

#include "server/chain/ChainBridge.h"
#include "server/core/GameHost.h"

#include "BoundedTcpServer.h"
#include "RestApi.h"
#include "WsGateway.h"
#include "ws/WsHandshake.h"

#include <QFile>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QPointer>
#include <QTcpServer>

using namespace Qt::StringLiterals;

namespace steward {

namespace {

QByteArray mimeFor(const QString &file)
{
    if (file.endsWith(u".html"))
        return "text/html; charset=utf-8";
    if (file.endsWith(u".js"))
        return "text/javascript; charset=utf-8";
    if (file.endsWith(u".css"))
        return "text/css; charset=utf-8";
    if (file.endsWith(u".svg"))
        return "image/svg+xml";
    if (file.endsWith(u".png"))
        return "image/png";
    return "application/octet-stream";
}

// A plain file name from a URL: no path, no dotfile.
bool isWebFileName(const QString &name)
{
    return !name.isEmpty() && !name.contains(u'/') && !name.contains(u'\\') && !name.startsWith(u'.');
}

// A game kind's folder of the web client (resources/web/<kind>/): lower-case letters only.
bool isWebFolderName(const QString &folder)
{
    if (folder.isEmpty())
        return false;
    for (const QChar c : folder) {
        if (c < u'a' || c > u'z')
            return false;
    }
    return true;
}

// `path` is "name" or "folder/name" inside the web client's resources, checked by the callers.
QHttpServerResponse webResource(const QString &path)
{
    QFile f(u":/web/"_s + path);
    if (!f.open(QIODevice::ReadOnly))
        return QHttpServerResponse(QHttpServerResponse::StatusCode::NotFound);
    QHttpServerResponse r(mimeFor(path), f.readAll());
    r.setHeader("X-Content-Type-Options", "nosniff");
    r.setHeader("Referrer-Policy", "no-referrer");
    r.setHeader("Content-Security-Policy",
                "default-src 'self'; connect-src 'self' ws: wss:; img-src 'self' data:; frame-ancestors 'none'");
    r.setHeader("Cache-Control", "no-cache");
    return r;
}

// Names come from the URL: a plain file name in the web client's folder (/app/common.js), or
// in one of its kind folders (/app/<kind>/player.js). No "..", backslashes or dotfiles.
QHttpServerResponse webFile(const QString &name, const QString &folder = {})
{
    if (!isWebFileName(name) || (!folder.isEmpty() && !isWebFolderName(folder)))
        return QHttpServerResponse(QHttpServerResponse::StatusCode::NotFound);
    return webResource(folder.isEmpty() ? name : folder + u'/' + name);
}

} // namespace

void HostServer::attachChain(chain::ChainBridge *bridge)
{
    m_rest->setChain(bridge);
    connect(bridge, &chain::ChainBridge::intentSettled, m_gateway,
            [this](qint64 id, const QString &, const QString &, const QString &status, const QString &hash,
                   const QString &reason) { m_gateway->notifyChain(id, status, hash, reason); });
}

HostServer::HostServer(GameHost &host, EventStore &store, Authenticator &auth, const ListenOptions &options, QObject *parent)
    : QObject(parent), m_host(host), m_options(options),
      m_gateway(new WsGateway(host, store, auth, OriginPolicy(options.allowedOrigins), options.ioThreads, this)),
      m_rest(std::make_unique<RestApi>(host, store, auth, *m_gateway, m_signIns))
{
    m_rest->registerRoutes(m_http);
    registerWebClient();
    // BoundedTcpServer takes a connection's first upgrade request to the gateway itself. An
    // upgrade later on a kept-alive HTTP connection (no browser sends one) reaches QtHttpServer,
    // which would hand QtWebSockets the socket: close those.
    connect(&m_http, &QAbstractHttpServer::newWebSocketConnection, this, [this] {
        while (m_http.hasPendingWebSocketConnections()) {
            std::unique_ptr<QWebSocket> stray = m_http.nextPendingWebSocketConnection();
            stray->close(QWebSocketProtocol::CloseCodeProtocolError, u"open the WebSocket on a new connection"_s);
            stray.release()->deleteLater();
        }
    });
}

void HostServer::openWebSocket(QTcpSocket *socket, const QByteArray &head, quint64 lease)
{
    // The socket's slot on the port is free again once the connection is gone.
    const auto release = [tcp = QPointer(m_tcp), lease] {
        if (tcp)
            tcp->webSocketClosed(lease);
    };
    auto parsed = ws::parseUpgrade(head);
    ws::HandshakeRefusal *refused = std::get_if<ws::HandshakeRefusal>(&parsed);
    ws::HandshakeRefusal notHere{"404 Not Found", "WebSockets open at /ws."};
    if (!refused && std::get<ws::WsUpgrade>(parsed).path != "/ws")
        refused = &notHere;
    if (refused) {
        socket->setParent(this);
        socket->write(ws::refusal(*refused));
        socket->disconnectFromHost();
        connect(socket, &QObject::destroyed, this, release);
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        if (socket->state() == QAbstractSocket::UnconnectedState)
            socket->deleteLater();
        return;
    }
    m_gateway->accept(socket, std::get<ws::WsUpgrade>(parsed), release);
}

HostServer::~HostServer() = default;

void HostServer::registerWebClient()
{
    // The pages users know by address: the facilitator's, and each game kind's (GameKind::webPages),
    // whose files are in its folder (resources/web/<kind>/).
    m_http.route(u"/facilitator"_s, QHttpServerRequest::Method::Get, [] { return webFile(u"facilitator.html"_s); });
    for (const QString &kind : m_host.kinds().ids()) {
        for (const WebPage &page : m_host.kinds().find(kind)->webPages()) {
            m_http.route(page.path, QHttpServerRequest::Method::Get,
                         [kind, file = page.file] { return webFile(file, kind); });
        }
    }
    m_http.route(u"/app/<arg>"_s, QHttpServerRequest::Method::Get, [](const QString &name) { return webFile(name); });
    m_http.route(u"/app/<arg>/<arg>"_s, QHttpServerRequest::Method::Get,
                 [](const QString &folder, const QString &name) { return webFile(name, folder); });
}

Result<quint16> HostServer::listen()
{
    m_tcp = new BoundedTcpServer(m_options.limits, this);
    m_tcp->setListenBacklogSize(m_options.listenBacklog);
    if (!m_tcp->listen(m_options.address, m_options.port))
        return Error{ErrorCode::Internal, u"Cannot listen on %1 port %2: %3"_s.arg(
                                              m_options.address.toString()).arg(m_options.port).arg(m_tcp->errorString())};
    connect(m_tcp, &BoundedTcpServer::webSocketRequested, this, &HostServer::openWebSocket);
    m_http.bind(m_tcp);
    m_port = m_tcp->serverPort();
    m_rest->setListening(m_options.address, m_port);
    return m_port;
}

} // namespace steward
