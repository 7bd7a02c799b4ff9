// SPDX-License-Identifier: GPL-3.0-or-later
#include "HostClient.h"

#include "ViewMerge.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkReply>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcClient, "steward.client")

namespace steward::client {

namespace {
constexpr int PollMs = 1000;
constexpr int ReconnectMs = 2000;

QJsonObject parseObject(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object();
}
} // namespace

HostClient::HostClient(QObject *parent) : QObject(parent)
{
    m_poll.setInterval(PollMs);
    connect(&m_poll, &QTimer::timeout, this, &HostClient::pollNow);
    m_reconnect.setSingleShot(true);
    m_reconnect.setInterval(ReconnectMs);
    connect(&m_reconnect, &QTimer::timeout, this, &HostClient::openSocket);
    connect(&m_socket, &QWebSocket::connected, this, [this] {
        send(u"auth"_s, {{u"token"_s, m_token}});
        if (!m_watched.isEmpty())
            send(u"subscribe"_s, {{u"gameId"_s, m_watched}});
    });
    connect(&m_socket, &QWebSocket::textMessageReceived, this, &HostClient::onSocketText);
    connect(&m_socket, &QWebSocket::disconnected, this, [this] {
        if (m_token.isEmpty())
            return; // detached on purpose
        const bool wasLive = m_live;
        m_live = false;
        if (wasLive)
            emit connectionLost(tr("The connection to the host was lost; trying again."));
        m_reconnect.start();
    });
}

HostClient::~HostClient()
{
    m_socket.disconnect(this);
    detach();
}

void HostClient::attach(const QUrl &base, const QString &token, const QString &backofficeToken)
{
    m_base = base;
    m_token = token;
    if (!backofficeToken.isEmpty())
        m_backofficeToken = backofficeToken;
    openSocket();
    m_poll.start();
    pollNow();
}

void HostClient::signIn(const QUrl &base, const QString &user, const QString &password)
{
    m_base = base;
    QNetworkRequest req = request(u"/api/players/authenticate"_s);
    QNetworkReply *reply = m_nam.post(
        req, QJsonDocument(QJsonObject{{u"username"_s, user}, {u"password"_s, password}}).toJson(QJsonDocument::Compact));
    const QByteArray credentials =
        QJsonDocument(QJsonObject{{u"username"_s, user}, {u"password"_s, password}}).toJson(QJsonDocument::Compact);
    handle(reply, [this, base, credentials](const Result<QJsonObject> &r) {
        if (!r) {
            emit signInFailed(r.error().message);
            return;
        }
        attach(base, r->value(u"token").toString());
        // The backoffice is optional: without a role there, its areas say so.
        handle(m_nam.post(request(u"/api/admin/v1/login"_s), credentials), [this](const Result<QJsonObject> &b) {
            if (b)
                m_backofficeToken = b->value(u"token").toString();
        });
    });
}

void HostClient::detach()
{
    // Answers still on their way go nowhere: whoever asked may be gone once we are detached.
    for (QNetworkReply *reply : m_nam.findChildren<QNetworkReply *>()) {
        reply->disconnect(this);
        reply->abort();
    }
    m_pollsOut = 0;
    m_token.clear();
    m_backofficeToken.clear();
    m_live = false;
    m_poll.stop();
    m_reconnect.stop();
    m_socket.abort();
    m_watched.clear();
    m_following.clear();
    m_view = {};
}

QNetworkRequest HostClient::request(const QString &pathAndQuery) const
{
    QUrl url = m_base;
    const qsizetype q = pathAndQuery.indexOf(u'?');
    url.setPath(q < 0 ? pathAndQuery : pathAndQuery.left(q));
    url.setQuery(q < 0 ? QString() : pathAndQuery.mid(q + 1));
    QNetworkRequest req(url);
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    const QString &token = pathAndQuery.startsWith(u"/api/admin/v1/") ? m_backofficeToken : m_token;
    if (!token.isEmpty())
        req.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    return req;
}

void HostClient::handle(QNetworkReply *reply, Reply done)
{
    connect(reply, &QNetworkReply::finished, this, [reply, done = std::move(done)] {
        reply->deleteLater();
        const QByteArray body = reply->readAll();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status == 0)
            return done(Error{ErrorCode::Internal, tr("The host does not answer: %1").arg(reply->errorString())});
        const QJsonObject json = parseObject(body);
        if (status >= 400) {
            const QJsonObject e = json.value(u"error").toObject();
            return done(Error{Code::fromWire(e.value(u"code").toString(), status),
                              e.value(u"message").toString(tr("The host refused (HTTP %1).").arg(status))});
        }
        done(json);
    });
}

void HostClient::get(const QString &pathAndQuery, Reply done)
{
    handle(m_nam.get(request(pathAndQuery)), std::move(done));
}

void HostClient::post(const QString &path, const QJsonObject &body, Reply done)
{
    handle(m_nam.post(request(path), QJsonDocument(body).toJson(QJsonDocument::Compact)), std::move(done));
}

void HostClient::getText(const QString &pathAndQuery, TextReply done)
{
    QNetworkReply *reply = m_nam.get(request(pathAndQuery));
    connect(reply, &QNetworkReply::finished, this, [reply, done = std::move(done)] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->readAll();
        if (status == 0 || status >= 400) {
            const QString message = parseObject(body).value(u"error").toObject().value(u"message").toString();
            return done(Error{ErrorCode::Internal, message.isEmpty() ? reply->errorString() : message});
        }
        done(body);
    });
}

void HostClient::pollNow()
{
    if (m_token.isEmpty() || m_pollsOut > 0)
        return; // the last poll is still out: a slow host is not asked twice
    m_pollsOut = 4;
    const auto landed = [this] {
        if (--m_pollsOut == 0)
            emit polled();
    };
    get(u"/api/games"_s, [this, landed](const Result<QJsonObject> &r) {
        if (r)
            m_games = r->value(u"games").toArray();
        landed();
    });
    get(u"/api/sessions"_s, [this, landed](const Result<QJsonObject> &r) {
        if (r)
            m_sessions = r->value(u"sessions").toArray();
        landed();
    });
    get(u"/api/chain/status"_s, [this, landed](const Result<QJsonObject> &r) {
        if (r)
            m_chain = r.value();
        landed();
    });
    get(u"/api/flags"_s, [this, landed](const Result<QJsonObject> &r) {
        if (r)
            m_flags = r->value(u"flags").toArray();
        landed();
    });
}

void HostClient::watch(const QString &gameId)
{
    if (m_watched == gameId)
        return;
    m_watched = gameId;
    if (m_socket.state() == QAbstractSocket::ConnectedState)
        send(u"subscribe"_s, {{u"gameId"_s, gameId}});
}

void HostClient::openSocket()
{
    if (m_token.isEmpty())
        return;
    QUrl ws = m_base;
    ws.setScheme(m_base.scheme() == u"https" ? u"wss"_s : u"ws"_s);
    ws.setPath(u"/ws"_s);
    m_socket.abort();
    m_socket.open(ws);
}

void HostClient::send(const QString &type, const QJsonObject &data)
{
    const QJsonObject msg{{u"type"_s, type}, {u"id"_s, m_nextId++}, {u"data"_s, data}};
    m_socket.sendTextMessage(QString::fromUtf8(QJsonDocument(msg).toJson(QJsonDocument::Compact)));
}

void HostClient::onSocketText(const QString &text)
{
    const QJsonObject msg = parseObject(text.toUtf8());
    const QString type = msg.value(u"type").toString();
    if (type == u"ok" && !m_live && msg.value(u"data").toObject().value(u"role").toString() == u"facilitator") {
        m_live = true;
        emit live();
        return;
    }
    if (type == u"error") {
        const QJsonObject e = msg.value(u"error").toObject();
        qCWarning(lcClient) << "host refused:" << e.value(u"code").toString() << e.value(u"message").toString();
        if (!m_live)
            emit signInFailed(e.value(u"message").toString());
        return;
    }
    if (type == u"game.deleted") {
        const QString gameId = msg.value(u"data").toObject().value(u"gameId").toString();
        if (gameId == m_following) {
            m_following.clear();
            m_view = {};
        }
        if (gameId == m_watched)
            m_watched.clear(); // watching it again would be refused
        pollNow();
        emit viewChanged(gameId);
        return;
    }
    if (type != u"state" && type != u"state.delta")
        return;
    // A whole `state` names its game and starts the stream; deltas follow it until the next one.
    if (type == u"state") {
        m_following = msg.value(u"data").toObject().value(u"gameId").toString();
        m_view = msg.value(u"data").toObject();
    } else if (!m_following.isEmpty()) {
        mergeDelta(m_view, msg);
    } else {
        return;
    }
    const QString gameId = m_following;
    emit viewChanged(gameId);
}

} // namespace steward::client
