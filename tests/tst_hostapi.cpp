// SPDX-License-Identifier: GPL-3.0-or-later
// The host's REST API and WebSocket, driven by real clients over loopback: every bad input
// answered with its code and nothing changed.
#include "HttpClient.h"
#include "TestHost.h"
#include "WsClient.h"

#include "server/auth/Jwt.h"
#include "server/core/GameHost.h"
#include "server/secrets/SecretStorePreference.h"
#include "server/store/EventStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace steward;
using namespace Qt::StringLiterals;

namespace {
const QString Roles[] = {u"retailer"_s, u"wholesaler"_s, u"distributor"_s, u"factory"_s};
}

class TestHostApi : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<TestHost> m_host;
    std::unique_ptr<HttpClient> m_http;
    QString m_admin;

    QJsonObject createGame(const QJsonObject &config)
    {
        const HttpReply r = m_http->post(u"/api/games/create"_s, {{u"kind"_s, u"beer"_s}, {u"config"_s, config}}, m_admin);
        if (r.status != 200)
            qWarning() << r.body;
        return r.json;
    }
    QJsonObject join(const QString &code, const QString &name, int team, const QString &role)
    {
        return m_http->post(u"/api/games/join"_s, {{u"joinCode"_s, code}, {u"name"_s, name}, {u"team"_s, team}, {u"role"_s, role}}).json;
    }
    QJsonObject order(const QJsonObject &player, int quantity, int *status = nullptr)
    {
        const HttpReply r = m_http->post(u"/api/orders/place"_s,
                                         {{u"gameId"_s, player.value(u"gameId")}, {u"senderRole"_s, player.value(u"role")},
                                          {u"recipientRole"_s, recipientOf(player.value(u"role").toString())},
                                          {u"quantity"_s, quantity}},
                                         player.value(u"token").toString());
        if (status)
            *status = r.status;
        return r.json;
    }
    static QString recipientOf(const QString &role)
    {
        if (role == u"retailer") return u"wholesaler"_s;
        if (role == u"wholesaler") return u"distributor"_s;
        if (role == u"distributor") return u"factory"_s;
        return u"production"_s;
    }
    std::unique_ptr<WsClient> connectAs(const QString &token)
    {
        auto ws = std::make_unique<WsClient>(m_host->wsUrl());
        if (!ws->waitConnected())
            return nullptr;
        const QJsonObject ok = ws->request(u"auth"_s, {{u"token"_s, token}});
        if (ok.value(u"type").toString() != u"ok") {
            qWarning() << ok;
            return nullptr;
        }
        return ws;
    }

private slots:
    void initTestCase()
    {
        m_host = std::make_unique<TestHost>();
        QVERIFY2(m_host->ok(), qPrintable(m_host->error()));
        m_http = std::make_unique<HttpClient>(m_host->httpUrl());
        m_admin = m_http->signIn(QString::fromLatin1(TestHost::Password));
        QVERIFY(!m_admin.isEmpty());
    }

    void health()
    {
        const HttpReply r = m_http->get(u"/api/health"_s);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(u"status").toString(), u"ok"_s);
    }

    // The facilitator's page builds its list of kinds from this answer, not from its own copy.
    void kindsListed()
    {
        QCOMPARE(m_http->get(u"/api/kinds"_s).errorCode(), u"AUTH_REQUIRED"_s);
        const HttpReply r = m_http->get(u"/api/kinds"_s, m_admin);
        QCOMPARE(r.status, 200);
        QHash<QString, QJsonObject> byId;
        for (const QJsonValue &k : r.json.value(u"kinds").toArray())
            byId.insert(k.toObject().value(u"kind").toString(), k.toObject());
        QCOMPARE(byId.size(), 3);
        QCOMPARE(byId.value(u"beer"_s).value(u"facilitator").toString(), u"/app/beer/facilitator.js"_s);
        QCOMPARE(byId.value(u"beer"_s).value(u"pages").toArray().at(0).toString(), u"/"_s);
        QCOMPARE(byId.value(u"rounds"_s).value(u"facilitator").toString(), u"/app/rounds/facilitator.js"_s);
        QCOMPARE(byId.value(u"rounds"_s).value(u"pages").toArray().at(0).toString(), u"/rounds"_s);
        QCOMPARE(byId.value(u"sovereign"_s).value(u"pages").toArray(),
                 (QJsonArray{u"/sovereign"_s, u"/sovereign/screen"_s, u"/sovereign/verify"_s}));
        // Every module it names is served.
        for (const QJsonObject &k : std::as_const(byId))
            QCOMPARE(m_http->get(k.value(u"facilitator").toString()).status, 200);
    }

    void signInRefusals()
    {
        HttpReply r = m_http->post(u"/api/players/authenticate"_s, {{u"username"_s, u"admin"_s}, {u"password"_s, u"guess"_s}});
        QCOMPARE(r.status, 401);
        QCOMPARE(r.errorCode(), u"BAD_CREDENTIALS"_s);
        r = m_http->post(u"/api/players/authenticate"_s, {{u"username"_s, u"root"_s}, {u"password"_s, QString::fromLatin1(TestHost::Password)}});
        QCOMPARE(r.errorCode(), u"BAD_CREDENTIALS"_s);
        // Every sign-in, refused or not, is in the audit trail.
        r = m_http->get(u"/api/audit?limit=5"_s, m_admin);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(u"entries").toArray().at(0).toObject().value(u"action").toString(), u"signin.refused"_s);
    }

    void badBodies()
    {
        HttpReply r = m_http->postRaw(u"/api/games/join"_s, "{not json");
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), u"BAD_JSON"_s);
        r = m_http->postRaw(u"/api/games/join"_s, "[1,2,3]");
        QCOMPARE(r.errorCode(), u"BAD_JSON"_s);
        r = m_http->postRaw(u"/api/games/join"_s, QByteArray(100 * 1024, ' ') + "{}");
        QCOMPARE(r.status, 413);
        QCOMPARE(r.errorCode(), u"PAYLOAD_TOO_LARGE"_s);
        // Far past any legitimate body: the connection is cut before the host buffers it all.
        r = m_http->postRaw(u"/api/games/join"_s, QByteArray(20 * 1024 * 1024, 'x'));
        QVERIFY(r.status == 413 || r.status == 0);
        QVERIFY(r.errorCode().isEmpty()); // cut by the connection guard, not parsed by a handler
        QCOMPARE(m_http->get(u"/api/health"_s).status, 200);
        r = m_http->post(u"/api/games/create"_s, {{u"kind"_s, u"beer"_s}});
        QCOMPARE(r.status, 401);
        QCOMPARE(r.errorCode(), u"AUTH_REQUIRED"_s);
        r = m_http->post(u"/api/games/create"_s, {{u"kind"_s, u"chess"_s}}, m_admin);
        QCOMPARE(r.errorCode(), u"UNKNOWN_KIND"_s);
        r = m_http->post(u"/api/games/create"_s, {{u"kind"_s, u"beer"_s}, {u"config"_s, QJsonObject{{u"weeks"_s, -1}}}}, m_admin);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), u"INVALID_CONFIG"_s);
        QCOMPARE(m_http->get(u"/api/games"_s, m_admin).json.value(u"games").toArray().size(), 0); // nothing created
    }

    void joinRefusals()
    {
        const QJsonObject game = createGame({{u"teams"_s, 2}});
        const QString code = game.value(u"joinCode").toString();
        QCOMPARE(code.size(), 6);
        auto refuse = [&](const QJsonObject &body) {
            const HttpReply r = m_http->post(u"/api/games/join"_s, body);
            return u"%1 %2"_s.arg(r.status).arg(r.errorCode());
        };
        QCOMPARE(refuse({{u"joinCode"_s, u"ZZZZZZ"_s}, {u"name"_s, u"Ada"_s}, {u"team"_s, 1}, {u"role"_s, u"retailer"_s}}), u"404 UNKNOWN_JOIN_CODE"_s);
        QCOMPARE(refuse({{u"joinCode"_s, code}, {u"name"_s, u"Ada"_s}, {u"team"_s, 1}, {u"role"_s, u"brewer"_s}}), u"400 UNKNOWN_ROLE"_s);
        QCOMPARE(refuse({{u"joinCode"_s, code}, {u"name"_s, QString(33, u'x')}, {u"team"_s, 1}, {u"role"_s, u"retailer"_s}}), u"400 INVALID_NAME"_s);
        QCOMPARE(refuse({{u"joinCode"_s, code}, {u"name"_s, u"   "_s}, {u"team"_s, 1}, {u"role"_s, u"retailer"_s}}), u"400 INVALID_NAME"_s);
        QCOMPARE(refuse({{u"joinCode"_s, code}, {u"name"_s, u"A\u0007da"_s}, {u"team"_s, 1}, {u"role"_s, u"retailer"_s}}), u"400 INVALID_NAME"_s);
        QCOMPARE(refuse({{u"joinCode"_s, code}, {u"name"_s, u"Ada\u2028Admin"_s}, {u"team"_s, 1}, {u"role"_s, u"retailer"_s}}), u"400 INVALID_NAME"_s);
        QCOMPARE(refuse({{u"joinCode"_s, code}, {u"name"_s, u"Ada\u2029Bo"_s}, {u"team"_s, 1}, {u"role"_s, u"retailer"_s}}), u"400 INVALID_NAME"_s);
        QCOMPARE(refuse({{u"joinCode"_s, code}, {u"name"_s, u"Ada"_s}, {u"team"_s, 3}, {u"role"_s, u"retailer"_s}}), u"400 UNKNOWN_TEAM"_s);
        QCOMPARE(refuse({{u"joinCode"_s, code}, {u"name"_s, u"Ada"_s}, {u"team"_s, u"one"_s}, {u"role"_s, u"retailer"_s}}), u"400 UNKNOWN_TEAM"_s);
        const QJsonObject ada = join(code.toLower(), u"Ada"_s, 1, u"retailer"_s); // codes are case-blind
        QVERIFY(!ada.value(u"token").toString().isEmpty());
        QVERIFY(!ada.value(u"resumeToken").toString().isEmpty());
        QCOMPARE(refuse({{u"joinCode"_s, code}, {u"name"_s, u"Bob"_s}, {u"team"_s, 1}, {u"role"_s, u"retailer"_s}}), u"409 SEAT_TAKEN"_s);
        QCOMPARE(m_http->get(u"/api/games/"_s + game.value(u"gameId").toString(), m_admin).json
                     .value(u"teams").toArray().at(0).toObject().value(u"roles").toObject()
                     .value(u"retailer").toObject().value(u"name").toString(), u"Ada"_s);
    }

    void ordersOverRest()
    {
        const QJsonObject game = createGame({{u"teams"_s, 1}});
        const QString gameId = game.value(u"gameId").toString();
        const QString code = game.value(u"joinCode").toString();
        const QJsonObject ada = join(code, u"Ada"_s, 1, u"retailer"_s);
        const QJsonObject bob = join(code, u"Bob"_s, 1, u"wholesaler"_s);
        int status = 0;
        QCOMPARE(order(ada, 4, &status).value(u"error").toObject().value(u"code").toString(), u"GAME_NOT_STARTED"_s);
        QCOMPARE(status, 409);
        QCOMPARE(m_http->post(u"/api/games/start"_s, {{u"gameId"_s, gameId}}, ada.value(u"token").toString()).errorCode(), u"FORBIDDEN"_s);
        QCOMPARE(m_http->post(u"/api/games/start"_s, {{u"gameId"_s, gameId}}, m_admin).status, 200);

        auto placeAs = [&](const QString &token, const QJsonObject &body) {
            QJsonObject b = body;
            b.insert(u"gameId"_s, gameId);
            const HttpReply r = m_http->post(u"/api/orders/place"_s, b, token);
            return u"%1 %2"_s.arg(r.status).arg(r.errorCode());
        };
        const QString adaToken = ada.value(u"token").toString();
        const QJsonObject good{{u"senderRole"_s, u"retailer"_s}, {u"recipientRole"_s, u"wholesaler"_s}, {u"quantity"_s, 6}};
        QCOMPARE(placeAs(adaToken, {{u"senderRole"_s, u"wholesaler"_s}, {u"recipientRole"_s, u"distributor"_s}, {u"quantity"_s, 6}}), u"403 NOT_YOUR_SEAT"_s);
        QCOMPARE(placeAs(adaToken, {{u"senderRole"_s, u"retailer"_s}, {u"recipientRole"_s, u"production"_s}, {u"quantity"_s, 6}}), u"400 WRONG_RECIPIENT"_s);
        QCOMPARE(placeAs(adaToken, {{u"senderRole"_s, u"retailer"_s}, {u"recipientRole"_s, u"wholesaler"_s}, {u"quantity"_s, 10001}}), u"400 INVALID_QUANTITY"_s);
        QCOMPARE(placeAs(adaToken, {{u"senderRole"_s, u"retailer"_s}, {u"recipientRole"_s, u"wholesaler"_s}, {u"quantity"_s, 2.5}}), u"400 INVALID_QUANTITY"_s);
        QCOMPARE(placeAs(m_admin, good), u"403 FORBIDDEN"_s);
        // Forged: Ada's token with its claims changed to Bob's seat.
        QList<QByteArray> parts = adaToken.toLatin1().split('.');
        QJsonObject claims = QJsonDocument::fromJson(QByteArray::fromBase64(parts[1], QByteArray::Base64UrlEncoding)).object();
        claims.insert(u"seat"_s, u"wholesaler"_s);
        parts[1] = QJsonDocument(claims).toJson(QJsonDocument::Compact).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        QCOMPARE(placeAs(QString::fromLatin1(parts.join('.')), good), u"401 TOKEN_INVALID"_s);
        // Expired: signed with the host's own key, but an hour old.
        const QByteArray key = QByteArray::fromBase64(m_host->runtime().store().setting(u"jwt.key"_s)->toLatin1());
        claims.insert(u"seat"_s, u"retailer"_s);
        claims.insert(u"exp"_s, QDateTime::currentSecsSinceEpoch() - 3600);
        QCOMPARE(placeAs(QString::fromLatin1(jwt::sign(claims, key)), good), u"401 TOKEN_EXPIRED"_s);
        // A player of another game.
        const QJsonObject other = createGame({{u"teams"_s, 1}});
        const QJsonObject eve = join(other.value(u"joinCode").toString(), u"Eve"_s, 1, u"retailer"_s);
        QCOMPARE(placeAs(eve.value(u"token").toString(), good), u"403 FORBIDDEN"_s);
        // None of that changed anything.
        const HttpReply before = m_http->get(u"/api/games/"_s + gameId, adaToken);
        QCOMPARE(before.status, 200);
        QVERIFY(before.json.value(u"pendingOrder").isNull());
        QVERIFY(!before.json.contains(u"joinCode"));

        const QJsonObject accepted = order(ada, 6);
        QCOMPARE(accepted.value(u"accepted").toBool(), true);
        QCOMPARE(accepted.value(u"week").toInt(), 1);
        QCOMPARE(order(ada, 7).value(u"week").toInt(), 1); // replaces, same week
        QCOMPARE(order(bob, 5).value(u"week").toInt(), 1); // completes the team's week
        const QJsonObject view = m_http->get(u"/api/games/"_s + gameId, adaToken).json;
        QCOMPARE(view.value(u"week").toInt(), 2);
        QCOMPARE(view.value(u"history").toArray().at(0).toObject().value(u"order").toInt(), 7);

        // The facilitator corrects an inventory: audited, and visible in the history.
        QCOMPARE(m_http->post(u"/api/inventory/update"_s, {{u"gameId"_s, gameId}, {u"team"_s, 1}, {u"role"_s, u"factory"_s}, {u"inventory"_s, 30}}, adaToken).status, 403);
        QCOMPARE(m_http->post(u"/api/inventory/update"_s, {{u"gameId"_s, gameId}, {u"team"_s, 1}, {u"role"_s, u"factory"_s}, {u"inventory"_s, 30}}, m_admin).status, 200);
        QCOMPARE(m_http->post(u"/api/games/advance"_s, {{u"gameId"_s, gameId}}, m_admin).json.value(u"resolvedTeams").toInt(), 1);

        const QJsonObject history = m_http->get(u"/api/analytics/gameHistory?gameId="_s + gameId, m_admin).json;
        const QJsonArray weeks = history.value(u"teams").toArray().at(0).toObject().value(u"weeks").toArray();
        QCOMPARE(weeks.size(), 2);
        const QJsonObject w1 = weeks.at(0).toObject();
        QCOMPARE(w1.value(u"customerDemand").toInt(), 4);
        const QJsonObject retailer1 = w1.value(u"roles").toObject().value(u"retailer").toObject();
        QCOMPARE(retailer1.value(u"order").toInt(), 7);
        QCOMPARE(retailer1.value(u"inventory").toInt(), 12);
        QCOMPARE(retailer1.value(u"cost").toDouble(), 6.0);
        const QJsonObject factory2 = weeks.at(1).toObject().value(u"roles").toObject().value(u"factory").toObject();
        QCOMPARE(factory2.value(u"correctedFrom").toInt(), 12);
        QCOMPARE(factory2.value(u"inventory").toInt(), 30);
        QCOMPARE(factory2.value(u"cost").toDouble(), 15.0);

        const HttpReply csv = m_http->get(u"/api/games/%1/export.csv"_s.arg(gameId), m_admin);
        QCOMPARE(csv.status, 200);
        QVERIFY(csv.header("content-type").startsWith("text/csv"));
        const QList<QByteArray> lines = csv.body.trimmed().split('\n');
        QCOMPARE(lines.size(), 1 + 2 * 4);
        QVERIFY(lines.at(0).startsWith("team,week,customerDemand,role,"));
        QCOMPARE(lines.at(1).trimmed(), "1,1,4,retailer,4,4,4,12,0,7,player,6.00,6.00,"_ba);
        QCOMPARE(m_http->get(u"/api/games/%1/export.csv"_s.arg(gameId), adaToken).status, 403);
    }

    void webSocketRefusals()
    {
        auto ws = std::make_unique<WsClient>(m_host->wsUrl());
        QVERIFY(ws->waitConnected());
        QCOMPARE(ws->request(u"order.place"_s, {{u"quantity"_s, 3}}).value(u"code").toString(), u"AUTH_REQUIRED"_s);
        ws->sendText(u"{nope"_s);
        QCOMPARE(ws->waitFor([](const QJsonObject &m) { return m.value(u"code").toString() == u"BAD_JSON"; }).isEmpty(), false);
        ws->sendText(u"{\"id\":3}"_s);
        QCOMPARE(ws->waitFor([](const QJsonObject &m) { return m.value(u"code").toString() == u"BAD_REQUEST"; }).isEmpty(), false);
        ws->sendBinary("\x01\x02");
        QCOMPARE(ws->waitFor([](const QJsonObject &m) { return m.value(u"code").toString() == u"UNSUPPORTED_FRAME"; }).isEmpty(), false);
        QCOMPARE(ws->request(u"auth"_s, {{u"token"_s, u"abc.def.ghi"_s}}).value(u"code").toString(), u"TOKEN_INVALID"_s);
        QCOMPARE(ws->request(u"auth"_s, {{u"resumeToken"_s, u"made-up"_s}}).value(u"code").toString(), u"RESUME_TOKEN_INVALID"_s);
        // Still served, but nothing except signing in before signing in, pings included.
        QCOMPARE(ws->request(u"ping"_s).value(u"code").toString(), u"AUTH_REQUIRED"_s);
        // A message over 16 KiB closes the socket with "too big"; the host carries on.
        ws->sendText(QString(20 * 1024, u'x'));
        QVERIFY(ws->waitDisconnected());
        QCOMPARE(ws->closeCode(), QWebSocketProtocol::CloseCodeTooMuchData);
        QCOMPARE(m_http->get(u"/api/health"_s).status, 200);
    }

    void originIsChecked()
    {
        const QString self = u"http://127.0.0.1:%1"_s.arg(m_host->runtime().port());
        WsClient good(m_host->wsUrl(), self);
        QVERIFY(good.waitConnected());
        QCOMPARE(good.request(u"auth"_s, {{u"token"_s, m_admin}}).value(u"type").toString(), u"ok"_s);
        QCOMPARE(good.request(u"ping"_s).value(u"type").toString(), u"ok"_s);
        WsClient evil(m_host->wsUrl(), u"http://evil.example"_s);
        QVERIFY(!evil.waitFor([](const QJsonObject &m) { return m.value(u"code").toString() == u"ORIGIN_REFUSED"; }).isEmpty());
        QVERIFY(evil.waitDisconnected());
        QCOMPARE(evil.closeCode(), QWebSocketProtocol::CloseCodePolicyViolated);
    }

    void playingOverWebSocket()
    {
        const QJsonObject game = createGame({{u"teams"_s, 1}});
        const QString gameId = game.value(u"gameId").toString();
        const QString code = game.value(u"joinCode").toString();
        QList<QJsonObject> players;
        std::vector<std::unique_ptr<WsClient>> sockets;
        for (int i = 0; i < 4; ++i) {
            players << join(code, u"P%1"_s.arg(i), 1, Roles[i]);
            sockets.push_back(connectAs(players.last().value(u"token").toString()));
            QVERIFY(sockets.back());
            QCOMPARE(sockets.back()->waitForState([](const QJsonObject &s) { return s.value(u"status").toString() == u"lobby"; })
                         .value(u"role").toString(), Roles[i]);
        }
        auto facilitator = connectAs(m_admin);
        QVERIFY(facilitator);
        QCOMPARE(facilitator->request(u"subscribe"_s, {{u"gameId"_s, gameId}}).value(u"type").toString(), u"ok"_s);
        QVERIFY(!facilitator->waitForState([](const QJsonObject &s) { return s.contains(u"joinCode"); }).isEmpty());
        QCOMPARE(sockets[0]->request(u"subscribe"_s, {{u"gameId"_s, gameId}}).value(u"code").toString(), u"FORBIDDEN"_s);

        QCOMPARE(facilitator->request(u"game.start"_s, {{u"gameId"_s, gameId}}).value(u"type").toString(), u"ok"_s);
        for (auto &ws : sockets)
            QVERIFY(!ws->waitForState([](const QJsonObject &s) { return s.value(u"status").toString() == u"running"; }).isEmpty());
        for (int i = 0; i < 4; ++i) {
            const QJsonObject ok = sockets[i]->request(u"order.place"_s, {{u"quantity"_s, 10 + i}, {u"clientOrderId"_s, u"w1"_s}});
            QCOMPARE(ok.value(u"type").toString(), u"ok"_s);
            QCOMPARE(ok.value(u"data").toObject().value(u"week").toInt(), 1);
        }
        // The last order resolved the week: everyone is pushed week 2 with what arrived.
        for (int i = 0; i < 4; ++i) {
            const QJsonObject s = sockets[i]->waitForState([](const QJsonObject &v) { return v.value(u"week").toInt() == 2; });
            QCOMPARE(s.value(u"history").toArray().at(0).toObject().value(u"order").toInt(), 10 + i);
        }
        // The wholesaler sees the retailer's week-1 order of 10 only in week 3.
        QCOMPARE(sockets[1]->request(u"order.place"_s, {{u"quantity"_s, 0}, {u"clientOrderId"_s, u"w2"_s}}).value(u"type").toString(), u"ok"_s);
        // Resent after a reconnect: the same client order id is not counted twice.
        const QJsonObject again = sockets[1]->request(u"order.place"_s, {{u"quantity"_s, 0}, {u"clientOrderId"_s, u"w2"_s}});
        QCOMPARE(again.value(u"data").toObject().value(u"duplicate").toBool(), true);

        // A dropped player comes back with its resume token and gets its seat and view back.
        sockets[2]->socket().close();
        QVERIFY(sockets[2]->waitDisconnected());
        WsClient back(m_host->wsUrl());
        QVERIFY(back.waitConnected());
        const QJsonObject resumed = back.request(u"auth"_s, {{u"resumeToken"_s, players[2].value(u"resumeToken")}});
        QCOMPARE(resumed.value(u"data").toObject().value(u"seat").toString(), u"distributor"_s);
        QVERIFY(!resumed.value(u"data").toObject().value(u"token").toString().isEmpty());
        QCOMPARE(back.waitForState([](const QJsonObject &v) { return v.value(u"week").toInt() == 2; }).value(u"role").toString(),
                 u"distributor"_s);

        // A player who leaves the seat loses it: its session ends, its token and resume token stop working.
        QCOMPARE(m_http->post(u"/api/seats/leave"_s, {{u"gameId"_s, gameId}}, players[3].value(u"token").toString()).status, 200);
        QVERIFY(!sockets[3]->waitFor([](const QJsonObject &m) { return m.value(u"type").toString() == u"seat.released"; }).isEmpty());
        QVERIFY(sockets[3]->waitDisconnected());
        QCOMPARE(m_http->get(u"/api/games/"_s + gameId, players[3].value(u"token").toString()).errorCode(), u"TOKEN_INVALID"_s);
        QCOMPARE(m_http->post(u"/api/players/resume"_s, {{u"resumeToken"_s, players[3].value(u"resumeToken")}}).errorCode(),
                 u"RESUME_TOKEN_INVALID"_s);
        QCOMPARE(join(code, u"Late"_s, 1, u"factory"_s).value(u"role").toString(), u"factory"_s);

        const QJsonObject sessions = m_http->get(u"/api/sessions"_s, m_admin).json;
        QVERIFY(sessions.value(u"sessions").toArray().size() >= 4); // three players and the facilitator
    }

    void pausedAndDeletedOverTheWire()
    {
        const QJsonObject game = createGame({{u"teams"_s, 1}});
        const QString gameId = game.value(u"gameId").toString();
        const QString code = game.value(u"joinCode").toString();
        const QJsonObject ada = join(code, u"Ada"_s, 1, u"retailer"_s);
        auto adaWs = connectAs(ada.value(u"token").toString());
        auto facilitator = connectAs(m_admin);
        QVERIFY(adaWs && facilitator);
        QCOMPARE(facilitator->request(u"subscribe"_s, {{u"gameId"_s, gameId}}).value(u"type").toString(), u"ok"_s);
        QCOMPARE(m_http->post(u"/api/games/pause"_s, {{u"gameId"_s, gameId}}, m_admin).errorCode(), u"GAME_NOT_STARTED"_s);
        QCOMPARE(m_http->post(u"/api/games/start"_s, {{u"gameId"_s, gameId}}, m_admin).status, 200);
        QCOMPARE(m_http->post(u"/api/games/pause"_s, {{u"gameId"_s, gameId}}, ada.value(u"token").toString()).status, 403);
        const HttpReply paused = m_http->post(u"/api/games/pause"_s, {{u"gameId"_s, gameId}}, m_admin);
        QCOMPARE(paused.status, 200);
        QCOMPARE(paused.json.value(u"status").toString(), u"paused"_s);
        QVERIFY(!adaWs->waitForState([](const QJsonObject &s) { return s.value(u"status").toString() == u"paused"; }).isEmpty());
        const QJsonObject refused = adaWs->request(u"order.place"_s, {{u"quantity"_s, 5}});
        QCOMPARE(refused.value(u"code").toString(), u"GAME_PAUSED"_s);
        int status = 0;
        order(ada, 5, &status);
        QCOMPARE(status, 409);
        QCOMPARE(m_http->post(u"/api/games/resume"_s, {{u"gameId"_s, gameId}}, m_admin).json.value(u"status").toString(),
                 u"running"_s);
        QCOMPARE(adaWs->request(u"order.place"_s, {{u"quantity"_s, 5}}).value(u"type").toString(), u"ok"_s);

        // A running game is not deleted; an ended one is, and everyone following it hears so.
        HttpReply r = m_http->del(u"/api/games/"_s + gameId, m_admin);
        QCOMPARE(r.status, 409);
        QCOMPARE(r.errorCode(), u"GAME_RUNNING"_s);
        QCOMPARE(m_http->post(u"/api/games/end"_s, {{u"gameId"_s, gameId}}, m_admin).status, 200);
        QCOMPARE(m_http->del(u"/api/games/"_s + gameId, ada.value(u"token").toString()).status, 403);
        r = m_http->del(u"/api/games/"_s + gameId, m_admin);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(u"deleted").toBool(), true);
        QVERIFY(!facilitator->waitFor([](const QJsonObject &m) { return m.value(u"type").toString() == u"game.deleted"; }).isEmpty());
        QVERIFY(!adaWs->waitFor([](const QJsonObject &m) { return m.value(u"type").toString() == u"seat.released"; }).isEmpty());
        QVERIFY(adaWs->waitDisconnected());
        QCOMPARE(m_http->get(u"/api/games/"_s + gameId, m_admin).errorCode(), u"GAME_NOT_FOUND"_s);
        QCOMPARE(m_http->get(u"/api/games/"_s + gameId, ada.value(u"token").toString()).errorCode(), u"TOKEN_INVALID"_s);
        QCOMPARE(m_http->post(u"/api/games/join"_s, {{u"joinCode"_s, code}, {u"name"_s, u"Bo"_s}, {u"team"_s, 1}, {u"role"_s, u"factory"_s}}).errorCode(),
                 u"UNKNOWN_JOIN_CODE"_s);
        const QJsonArray games = m_http->get(u"/api/games"_s, m_admin).json.value(u"games").toArray();
        QVERIFY(std::none_of(games.begin(), games.end(), [&](const QJsonValue &g) { return g[u"gameId"].toString() == gameId; }));
        QCOMPARE(m_http->post(u"/api/games/delete"_s, {{u"gameId"_s, gameId}}, m_admin).errorCode(), u"GAME_NOT_FOUND"_s);
        QCOMPARE(facilitator->request(u"ping"_s).value(u"type").toString(), u"ok"_s); // the facilitator's socket stays
    }

    // With the node unreachable a game's intents wait; past the bound its players wait too,
    // with a clear code, while the facilitator can still move the game.
    void joinCodeShowsFreeSeatsWithoutNames()
    {
        const QJsonObject game = createGame({{u"teams"_s, 2}});
        const QString code = game.value(u"joinCode").toString();
        QVERIFY(!join(code, u"Ada"_s, 2, u"factory"_s).value(u"token").toString().isEmpty());
        // Anyone with the code, without a token, and in lower case as a student types it.
        const HttpReply r = m_http->get(u"/api/join/"_s + code.toLower());
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(u"kind").toString(), u"beer"_s);
        QCOMPARE(r.json.value(u"joinCode").toString(), code);
        QCOMPARE(r.json.value(u"status").toString(), u"lobby"_s);
        const QJsonArray teams = r.json.value(u"teams").toArray();
        QCOMPARE(teams.size(), 2);
        QCOMPARE(teams.at(1).toObject().value(u"seats").toObject(),
                 (QJsonObject{{u"retailer"_s, u"free"_s}, {u"wholesaler"_s, u"free"_s}, {u"distributor"_s, u"free"_s},
                              {u"factory"_s, u"taken"_s}}));
        QVERIFY2(!r.body.contains("Ada") && !r.body.contains("playerId"), r.body.constData());
        const HttpReply unknown = m_http->get(u"/api/join/NOPE42"_s);
        QCOMPARE(unknown.status, 404);
        QCOMPARE(unknown.errorCode(), u"UNKNOWN_JOIN_CODE"_s);
        const HttpReply table = m_http->post(u"/api/games/create"_s, {{u"kind"_s, u"rounds"_s}}, m_admin);
        const HttpReply rounds = m_http->get(u"/api/join/"_s + table.json.value(u"joinCode").toString());
        QCOMPARE(rounds.json.value(u"kind").toString(), u"rounds"_s);
        QVERIFY(!rounds.json.contains(u"teams"));
    }

    void aRestCommandWaitingForTheDiskHoldsNobodyElse()
    {
        // Another process holds the database while a player's order waits to be committed: the
        // order is answered only once its commit has failed (or succeeded), and the host serves
        // everybody else meanwhile instead of waiting for the disk inside that request.
        const QJsonObject game = createGame({{u"teams"_s, 1}});
        const QString gameId = game.value(u"gameId").toString();
        const QJsonObject ada = join(game.value(u"joinCode").toString(), u"Ada"_s, 1, u"retailer"_s);
        QCOMPARE(m_http->post(u"/api/games/start"_s, {{u"gameId"_s, gameId}}, m_admin).status, 200);
        {
            QSqlDatabase locker = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"hostapi-locker"_s);
            locker.setDatabaseName(m_host->dataDir() + u"/steward.db"_s);
            QVERIFY(locker.open());
            QSqlQuery lock(locker);
            QVERIFY2(lock.exec(u"BEGIN EXCLUSIVE"_s), qPrintable(lock.lastError().text()));
            QNetworkAccessManager nam;
            QNetworkRequest orderRequest(m_http->url(u"/api/orders/place"_s));
            orderRequest.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
            orderRequest.setRawHeader("Authorization", "Bearer " + ada.value(u"token"_s).toString().toLatin1());
            QStringList finished;
            QNetworkReply *order = nam.post(orderRequest, QJsonDocument(QJsonObject{
                {u"gameId"_s, gameId}, {u"senderRole"_s, u"retailer"_s}, {u"recipientRole"_s, u"wholesaler"_s},
                {u"quantity"_s, 4}}).toJson());
            connect(order, &QNetworkReply::finished, this, [&finished] { finished << u"order"_s; });
            QTest::qWait(200); // the order is in, its commit waits on the lock
            QNetworkReply *health = nam.get(QNetworkRequest(m_http->url(u"/api/health"_s)));
            connect(health, &QNetworkReply::finished, this, [&finished] { finished << u"health"_s; });
            QTRY_VERIFY_WITH_TIMEOUT(finished.contains(u"health"_s), 4'000);
            QCOMPARE(finished, QStringList{u"health"_s}); // the order still waits for the disk
            QVERIFY(lock.exec(u"ROLLBACK"_s));
            QTRY_VERIFY_WITH_TIMEOUT(finished.contains(u"order"_s), 15'000);
            const int status = order->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            // Committed after the lock went, or refused as STORAGE_FAILED if the wait ran out first.
            QVERIFY2(status == 200 || status == 503, order->readAll().constData());
            order->deleteLater();
            health->deleteLater();
            lock.finish();
            locker.close();
        }
        QSqlDatabase::removeDatabase(u"hostapi-locker"_s);
    }

    void facilitatorActionsAreAudited()
    {
        // Every facilitator action that changes a game is an audit entry with who, when and
        // what, whichever door it came through (REST or the WebSocket).
        const QJsonObject game = createGame({{u"teams"_s, 2}});
        const QString gameId = game.value(u"gameId").toString();
        const QString code = game.value(u"joinCode").toString();
        QVERIFY(!join(code, u"Ada"_s, 1, u"retailer"_s).value(u"token").toString().isEmpty());
        auto facilitator = connectAs(m_admin);
        QVERIFY(facilitator);
        const auto command = [&](const QString &type, QJsonObject data) {
            data.insert(u"gameId"_s, gameId);
            return facilitator->request(type, data).value(u"type").toString();
        };
        const qint64 since = QDateTime::currentMSecsSinceEpoch();
        QCOMPARE(m_http->post(u"/api/games/start"_s, {{u"gameId"_s, gameId}}, m_admin).status, 200);
        QCOMPARE(m_http->post(u"/api/games/pause"_s, {{u"gameId"_s, gameId}}, m_admin).status, 200);
        QCOMPARE(m_http->post(u"/api/games/resume"_s, {{u"gameId"_s, gameId}}, m_admin).status, 200);
        QCOMPARE(command(u"seat.control"_s, {{u"team"_s, 1}, {u"role"_s, u"retailer"_s}, {u"bot"_s, u"sterman"_s}}), u"ok"_s);
        QCOMPARE(command(u"seat.control"_s, {{u"team"_s, 1}, {u"role"_s, u"retailer"_s}, {u"bot"_s, QJsonValue::Null}}), u"ok"_s);
        QCOMPARE(command(u"inventory.correct"_s, {{u"team"_s, 2}, {u"role"_s, u"factory"_s}, {u"inventory"_s, 7}}), u"ok"_s);
        QCOMPARE(command(u"week.advance"_s, {{u"team"_s, 2}}), u"ok"_s);
        QCOMPARE(command(u"seat.release"_s, {{u"team"_s, 1}, {u"role"_s, u"retailer"_s}}), u"ok"_s);
        QCOMPARE(m_http->post(u"/api/games/advance"_s, {{u"gameId"_s, gameId}}, m_admin).status, 200);
        QCOMPARE(m_http->post(u"/api/games/end"_s, {{u"gameId"_s, gameId}}, m_admin).status, 200);
        QCOMPARE(m_http->del(u"/api/games/"_s + gameId, m_admin).status, 200);
        // A refused command changes nothing and is not an action.
        QCOMPARE(m_http->post(u"/api/games/pause"_s, {{u"gameId"_s, gameId}}, m_admin).status, 404);

        const QJsonArray entries = m_http->get(u"/api/audit?limit=50"_s, m_admin).json.value(u"entries").toArray();
        QStringList actions, details;
        for (qsizetype i = entries.size() - 1; i >= 0; --i) { // newest first on the wire
            const QJsonObject e = entries.at(i).toObject();
            if (!e.value(u"detail").toString().contains(code))
                continue;
            QVERIFY2(e.value(u"actor").toString() == u"admin"_s, qPrintable(QString::fromUtf8(QJsonDocument(e).toJson(QJsonDocument::Compact))));
            QVERIFY(qint64(e.value(u"at").toDouble()) >= since - 1000);
            actions << e.value(u"action").toString();
            details << e.value(u"detail").toString();
        }
        QCOMPARE(actions, (QStringList{u"game.create"_s, u"game.start"_s, u"game.pause"_s, u"game.resume"_s,
                                       u"seat.control"_s, u"seat.control"_s, u"inventory.correct"_s, u"week.advance"_s,
                                       u"seat.release"_s, u"week.advance"_s, u"game.end"_s, u"game.delete"_s}));
        QVERIFY2(details[4].contains(u"\"bot\":\"sterman\""), qPrintable(details[4]));
        QVERIFY2(details[6].contains(u"\"inventory\":7") && details[6].contains(u"factory"), qPrintable(details[6]));
        QVERIFY2(details[7].contains(u"\"team\":2"), qPrintable(details[7]));
    }

    void chainBacklogHoldsPlayersNotTheFacilitator()
    {
        steward::chain::ChainOptions chain;
        chain.enabled = true;
        chain.rpcUrl = QUrl(u"http://127.0.0.1:1"_s); // nobody listens there
        chain.secrets = steward::SecretStorePreference::File;
        chain.maxBacklogPerGame = 3;
        TestHost host(chain);
        QVERIFY2(host.ok(), qPrintable(host.error()));
        HttpClient http(host.httpUrl());
        const QString admin = http.signIn(QString::fromLatin1(TestHost::Password));
        const HttpReply created = http.post(u"/api/games/create"_s, {{u"kind"_s, u"beer"_s}, {u"config"_s, QJsonObject{{u"teams"_s, 1}}}},
                                            admin);
        QCOMPARE(created.status, 200);
        const QString gameId = created.json.value(u"gameId"_s).toString();
        QList<QString> tokens;
        for (const QString &role : {u"retailer"_s, u"wholesaler"_s, u"distributor"_s, u"factory"_s}) {
            const HttpReply joined = http.post(u"/api/games/join"_s, {{u"joinCode"_s, created.json.value(u"joinCode"_s)},
                                                                     {u"name"_s, role}, {u"team"_s, 1}, {u"role"_s, role}});
            QCOMPARE(joined.status, 200);
            tokens << joined.json.value(u"token"_s).toString();
        }
        QCOMPARE(http.post(u"/api/games/start"_s, {{u"gameId"_s, gameId}}, admin).status, 200);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(http.post(u"/api/orders/place"_s, {{u"gameId"_s, gameId}, {u"quantity"_s, 4}}, tokens.at(i)).status, 200);
        // Three orders wait for the node: once the bridge has counted them (each second), the
        // fourth is held.
        QTest::qWait(2'000);
        const HttpReply held = http.post(u"/api/orders/place"_s, {{u"gameId"_s, gameId}, {u"quantity"_s, 4}}, tokens.at(3));
        QCOMPARE(held.status, 503);
        QCOMPARE(held.errorCode(), u"CHAIN_BACKLOG"_s);
        QCOMPARE(http.post(u"/api/games/advance"_s, {{u"gameId"_s, gameId}}, admin).status, 200);
    }

    void floodingIsRateLimited()
    {
        const QJsonObject game = createGame({{u"teams"_s, 1}});
        const QJsonObject p = join(game.value(u"joinCode").toString(), u"Flood"_s, 1, u"retailer"_s);
        auto calm = connectAs(m_admin);
        auto flood = connectAs(p.value(u"token").toString());
        QVERIFY(calm && flood);
        for (int i = 0; i < 600; ++i)
            flood->send({{u"type"_s, u"ping"_s}, {u"id"_s, i}});
        QVERIFY(!flood->waitFor([](const QJsonObject &m) { return m.value(u"code").toString() == u"RATE_LIMITED"; }).isEmpty());
        QVERIFY(flood->waitDisconnected(10000));
        QCOMPARE(flood->closeCode(), QWebSocketProtocol::CloseCodePolicyViolated);
        // At most 40 answered: the burst; the rest refused with one notice a second.
        const auto answered = std::count_if(flood->received().begin(), flood->received().end(),
                                            [](const QJsonObject &m) { return m.value(u"type").toString() == u"ok"; });
        QVERIFY2(answered >= 40 && answered < 60, qPrintable(QString::number(answered)));
        QCOMPARE(calm->request(u"ping"_s).value(u"type").toString(), u"ok"_s);

        // Binary frames draw on the same budget: answered no more often, closed as soon.
        auto binary = connectAs(p.value(u"token").toString());
        QVERIFY(binary);
        for (int i = 0; i < 600; ++i)
            binary->sendBinary("\x01\x02\x03");
        QVERIFY(binary->waitDisconnected(10000));
        QCOMPARE(binary->closeCode(), QWebSocketProtocol::CloseCodePolicyViolated);
        const auto refusals = std::count_if(binary->received().begin(), binary->received().end(), [](const QJsonObject &m) {
            return m.value(u"code").toString() == u"UNSUPPORTED_FRAME";
        });
        QVERIFY2(refusals >= 1 && refusals < 60, qPrintable(QString::number(refusals)));
        QCOMPARE(calm->request(u"ping"_s).value(u"type").toString(), u"ok"_s);

        // The chain relay has a budget of its own: a verifier's burst leaves the rest alone.
        int relayLimited = 0;
        for (int i = 0; i < 300; ++i)
            relayLimited += m_http->postRaw(u"/api/chain/rpc"_s, R"({"jsonrpc":"2.0","id":1,"method":"eth_chainId"})").status == 429;
        QCOMPARE(relayLimited, 0);
        QCOMPARE(m_http->get(u"/api/health"_s).status, 200);

        int limited = 0;
        for (int i = 0; i < 260; ++i)
            limited += m_http->get(u"/api/health"_s).status == 429 ? 1 : 0;
        QVERIFY2(limited > 0, "REST requests were never limited");
        QTest::qWait(2500); // the bucket refills
        QCOMPARE(m_http->get(u"/api/health"_s).status, 200);
    }

    void restartKeepsGamesAndTokens()
    {
        const QJsonObject game = createGame({{u"teams"_s, 1}});
        const QString gameId = game.value(u"gameId").toString();
        const QJsonObject ada = join(game.value(u"joinCode").toString(), u"Ada"_s, 1, u"retailer"_s);
        const QJsonObject bob = join(game.value(u"joinCode").toString(), u"Bob"_s, 1, u"factory"_s);
        QCOMPARE(m_http->post(u"/api/games/start"_s, {{u"gameId"_s, gameId}}, m_admin).status, 200);
        QCOMPARE(order(ada, 9).value(u"week").toInt(), 1);
        // A player still connected when the host stops: the host closes the socket and goes
        // down cleanly (the suite runs under AddressSanitizer too).
        auto ws = connectAs(ada.value(u"token").toString());
        QVERIFY(ws);
        m_http.reset();
        QVERIFY(m_host->restart());
        QVERIFY(ws->waitDisconnected());
        m_http = std::make_unique<HttpClient>(m_host->httpUrl());
        const HttpReply view = m_http->get(u"/api/games/"_s + gameId, ada.value(u"token").toString());
        QCOMPARE(view.status, 200);
        QCOMPARE(view.json.value(u"week").toInt(), 1);
        QCOMPARE(view.json.value(u"pendingOrder").toInt(), 9);
        QCOMPARE(m_http->get(u"/api/games"_s, m_admin).status, 200);
        // Bob's order, after the restart, completes the week with Ada's from before it.
        QCOMPARE(order(bob, 3).value(u"week").toInt(), 1);
        const QJsonObject after = m_http->get(u"/api/games/"_s + gameId, ada.value(u"token").toString()).json;
        QCOMPARE(after.value(u"week").toInt(), 2);
        QCOMPARE(after.value(u"history").toArray().at(0).toObject().value(u"order").toInt(), 9);
    }
};

QTEST_GUILESS_MAIN(TestHostApi)
#include "tst_hostapi.moc"
