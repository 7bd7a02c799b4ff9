// SPDX-License-Identifier: GPL-3.0-or-later
// The counter (CounterGame.h) on a real host, through real sockets: created over REST with a
// tick, joined, played over WebSockets with its keyed view field pushed as entity patches, its
// ticks pushed as they run, its rate budget enforced on the wire, and a clean restart that
// keeps every tick through the snapshot written at the stop. Nothing of it is named outside
// its folder: the host takes it as one of the test's own kinds.
#include "CounterGame.h"
#include "CounterModule.h"

#include "HttpClient.h"
#include "TestHost.h"
#include "WsClient.h"

#include "server/core/GameHost.h"
#include "server/core/GameRegistry.h"

#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace steward;
using namespace Qt::StringLiterals;

class TestCounterOnTheHost : public QObject
{
    Q_OBJECT
private:
    static std::unique_ptr<WsClient> connectAs(TestHost &host, const QString &token)
    {
        auto ws = std::make_unique<WsClient>(host.wsUrl());
        if (!ws->waitConnected())
            return nullptr;
        if (ws->request(u"auth"_s, {{u"token"_s, token}}).value(u"type").toString() != u"ok")
            return nullptr;
        return ws;
    }

private slots:
    void playedThroughRealSockets()
    {
        TestHost host([](GameRegistry &kinds) { kinds.add(std::make_unique<counter::CounterKind>()); });
        QVERIFY2(host.ok(), qPrintable(host.error()));
        HttpClient http(host.httpUrl());
        const QString admin = http.signIn(QString::fromLatin1(TestHost::Password));
        QVERIFY(!admin.isEmpty());

        const HttpReply created = http.post(u"/api/games/create"_s,
                                            {{u"kind"_s, u"counter"_s}, {u"config"_s, QJsonObject{{u"tickMs"_s, 50}}}}, admin);
        QCOMPARE(created.status, 200);
        const QString gameId = created.json.value(u"gameId").toString();
        const QString code = created.json.value(u"joinCode").toString();
        auto join = [&](const QString &name) {
            return http.post(u"/api/games/join"_s,
                             {{u"joinCode"_s, code}, {u"name"_s, name}, {u"team"_s, 1}, {u"role"_s, u"any"_s}}).json;
        };
        const QJsonObject ada = join(u"Ada"_s);
        const QJsonObject bo = join(u"Bo"_s);
        const QString adaId = ada.value(u"playerId").toString();
        const QString boId = bo.value(u"playerId").toString();
        QVERIFY(!adaId.isEmpty() && !boId.isEmpty());

        auto adaWs = connectAs(host, ada.value(u"token").toString());
        auto boWs = connectAs(host, bo.value(u"token").toString());
        QVERIFY(adaWs && boWs);
        QVERIFY(!adaWs->waitForState([](const QJsonObject &v) { return v.value(u"kind"_s) == u"counter"_s; }).isEmpty());

        // Played over the socket, answered once committed.
        const QJsonObject three = adaWs->request(u"counter.add"_s, {{u"by"_s, 3}});
        QCOMPARE(three.value(u"type"_s).toString(), u"ok"_s);
        QCOMPARE(three.value(u"data"_s).toObject().value(u"count"_s).toInteger(), 3);
        QVERIFY(!adaWs->waitForState([&](const QJsonObject &v) {
                    return v.value(u"byPlayer"_s).toObject().value(adaId).toInteger() == 3;
                }).isEmpty());

        // Bo's addition reaches Ada as a patch of Bo's entry alone, not the whole field.
        const qsizetype before = adaWs->received().size();
        QCOMPARE(boWs->request(u"counter.add"_s, {{u"by"_s, 2}}).value(u"type"_s).toString(), u"ok"_s);
        const QJsonObject patch = adaWs->waitFor([](const QJsonObject &m) {
            return m.value(u"type"_s) == u"state.delta"_s && m.contains(u"patch"_s);
        }, 5000, before);
        QVERIFY2(!patch.isEmpty(), "no patch of the keyed field");
        QCOMPARE(patch.value(u"patch"_s).toObject().value(u"byPlayer"_s).toObject(), (QJsonObject{{boId, 2}}));
        QVERIFY(!patch.value(u"data"_s).toObject().contains(u"byPlayer"_s));
        QCOMPARE(adaWs->view().value(u"byPlayer"_s).toObject(), (QJsonObject{{adaId, 3}, {boId, 2}}));

        // Ticks run on the host's clock and reach the players with nothing written for them.
        QVERIFY(!adaWs->waitForState([](const QJsonObject &v) { return v.value(u"score"_s).toInteger() >= 50; }, 10000)
                     .isEmpty());

        // The kind's budget, on the wire: five at once (then one every 2 s), the next refused
        // with nothing changed. Each player has a budget of their own.
        auto addUntilRefused = [](WsClient &ws) {
            int added = 0;
            for (int i = 0; i < 20; ++i) {
                const QJsonObject r = ws.request(u"counter.add"_s, {{u"by"_s, 1}});
                if (r.value(u"type"_s) == u"ok"_s) {
                    ++added;
                    continue;
                }
                return r.value(u"code"_s).toString() == u"RATE_LIMITED"_s ? added : -1;
            }
            return -1;
        };
        const int adaMore = addUntilRefused(*adaWs);
        QVERIFY2(adaMore >= 4 && adaMore < 20, qPrintable(QString::number(adaMore)));
        const int boMore = addUntilRefused(*boWs);
        QVERIFY2(boMore >= 4 && boMore < 20, qPrintable(QString::number(boMore)));
        const qint64 count = 5 + adaMore + boMore;
        QCOMPARE(host.runtime().games().viewFor(gameId, Actor::system()).value(u"count"_s).toInteger(), count);

        // A clean stop writes a snapshot: the restarted host has every tick run before the stop.
        adaWs.reset();
        boWs.reset();
        const qint64 ticksAtStop = host.runtime().games().ticksRun(gameId);
        QVERIFY(ticksAtStop > 0);
        QVERIFY(host.restart());
        QVERIFY(host.runtime().games().ticksRun(gameId) >= ticksAtStop);
        const QJsonObject after = host.runtime().games().viewFor(gameId, Actor::system());
        QCOMPARE(after.value(u"count"_s).toInteger(), count);
        QCOMPARE(after.value(u"byPlayer"_s).toObject(), (QJsonObject{{adaId, 3 + adaMore}, {boId, 2 + boMore}}));
        auto again = connectAs(host, ada.value(u"token").toString());
        QVERIFY(again);
        QVERIFY(!again->waitForState([&](const QJsonObject &v) { return v.value(u"count"_s).toInteger() == count; }).isEmpty());
    }

    // Pausing, resuming and leaving over the host's REST API, for a kind with no code for any
    // of them; and a kind whose players take no particular seat answers joins without one.
    void pauseAndLeaveWorkForAKindWithoutCodeForThem()
    {
        TestHost host([](GameRegistry &kinds) { kinds.add(std::make_unique<counter::CounterKind>()); });
        QVERIFY2(host.ok(), qPrintable(host.error()));
        HttpClient http(host.httpUrl());
        const QString admin = http.signIn(QString::fromLatin1(TestHost::Password));
        const HttpReply created = http.post(u"/api/games/create"_s,
                                            {{u"kind"_s, u"counter"_s}, {u"config"_s, QJsonObject{{u"tickMs"_s, 50}}}}, admin);
        const QString gameId = created.json.value(u"gameId").toString();
        const QJsonObject ada = http.post(u"/api/games/join"_s,
                                          {{u"joinCode"_s, created.json.value(u"joinCode").toString()}, {u"name"_s, u"Ada"_s}})
                                    .json;
        QVERIFY(!ada.value(u"token"_s).toString().isEmpty());
        QVERIFY(!ada.contains(u"team"_s) && !ada.contains(u"seat"_s) && !ada.contains(u"role"_s));
        GameHost &games = host.runtime().games();
        QTRY_VERIFY(games.ticksRun(gameId) > 0);

        const QJsonObject game{{u"gameId"_s, gameId}};
        HttpReply r = http.post(u"/api/games/pause"_s, game, admin);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(u"status"_s).toString(), u"paused"_s);
        QCOMPARE(http.post(u"/api/games/pause"_s, game, admin).errorCode(), u"GAME_PAUSED"_s);
        QCOMPARE(http.post(u"/api/games/pause"_s, game, ada.value(u"token"_s).toString()).errorCode(), u"FORBIDDEN"_s);
        const qint64 ticksWhenPaused = games.ticksRun(gameId);
        QTest::qWait(300); // six ticks' time: none of them runs
        QCOMPARE(games.ticksRun(gameId), ticksWhenPaused);
        QCOMPARE(http.post(u"/api/games/resume"_s, game, admin).json.value(u"status"_s).toString(), u"running"_s);
        QTRY_VERIFY(games.ticksRun(gameId) > ticksWhenPaused);

        auto ws = connectAs(host, ada.value(u"token").toString());
        QVERIFY(ws);
        r = http.post(u"/api/seats/leave"_s, game, ada.value(u"token").toString());
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(u"released"_s).toBool(), true);
        QVERIFY(!ws->waitFor([](const QJsonObject &m) { return m.value(u"type"_s) == u"seat.released"_s; }).isEmpty());
        QCOMPARE(http.post(u"/api/seats/leave"_s, game, ada.value(u"token"_s).toString()).errorCode(), u"TOKEN_INVALID"_s);
    }

    // A kind's module adds routes for each audience through the RouteTable, admitted and
    // refused as the host's own, and a check to the backoffice's audit report.
    void aKindsModuleServesEachAudience()
    {
        TestHost host([](GameRegistry &kinds) { kinds.add(std::make_unique<counter::CounterKind>()); }, nullptr,
                      [] {
                          std::vector<std::unique_ptr<KindModule>> modules;
                          modules.push_back(std::make_unique<counter::CounterModule>());
                          return modules;
                      });
        QVERIFY2(host.ok(), qPrintable(host.error()));
        HttpClient http(host.httpUrl());
        const QString admin = http.signIn(QString::fromLatin1(TestHost::Password));
        const HttpReply created = http.post(u"/api/games/create"_s, {{u"kind"_s, u"counter"_s}}, admin);
        const QString gameId = created.json.value(u"gameId").toString();
        const QJsonObject ada = http.post(u"/api/games/join"_s,
                                          {{u"joinCode"_s, created.json.value(u"joinCode").toString()}, {u"name"_s, u"Ada"_s}})
                                    .json;
        auto ws = connectAs(host, ada.value(u"token").toString());
        QVERIFY(ws);
        QCOMPARE(ws->request(u"counter.add"_s, {{u"by"_s, 4}}).value(u"type"_s).toString(), u"ok"_s);

        // Anyone: the total, after the commit; another kind's game is not a counter.
        HttpReply r = http.get(u"/api/counter/%1/total"_s.arg(gameId));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(u"count"_s).toInteger(), 4);
        const QString beer = http.post(u"/api/games/create"_s, {{u"kind"_s, u"beer"_s}}, admin).json.value(u"gameId").toString();
        QCOMPARE(http.get(u"/api/counter/%1/total"_s.arg(beer)).errorCode(), u"GAME_NOT_FOUND"_s);

        // Staff: refused without a backoffice token, served with one.
        QCOMPARE(http.get(u"/api/admin/v1/counter/%1"_s.arg(gameId)).errorCode(), u"AUTH_REQUIRED"_s);
        QCOMPARE(http.get(u"/api/admin/v1/counter/%1"_s.arg(gameId), ada.value(u"token"_s).toString()).errorCode(), u"FORBIDDEN"_s);
        const QString staff = http.post(u"/api/admin/v1/login"_s, {{u"username"_s, u"admin"_s},
                                                                  {u"password"_s, QString::fromLatin1(TestHost::Password)}})
                                  .json.value(u"token"_s).toString();
        r = http.get(u"/api/admin/v1/counter/%1"_s.arg(gameId), staff);
        QCOMPARE(r.status, 200);
        QVERIFY(r.json.value(u"banked"_s).isArray());

        // The audit report runs the module's check beside the ledger's.
        const QJsonObject ledger = http.get(u"/api/admin/v1/audit"_s, staff).json.value(u"ledger"_s).toObject();
        QCOMPARE(ledger.value(u"counters"_s).toObject().value(u"games"_s).toInt(), 1);
        QCOMPARE(ledger.value(u"ok"_s).toBool(), true);
    }

    void aTickingKindsViewsDoNotWaitForTheDisk()
    {
        // Another connection holds the database, so nothing commits until it lets go. A ticking
        // counter's players see its ticks and their own addition meanwhile (its recovery point);
        // a counter without a tick shows nothing uncommitted. Answers wait for the commit in both.
        TestHost host([](GameRegistry &kinds) { kinds.add(std::make_unique<counter::CounterKind>()); });
        QVERIFY2(host.ok(), qPrintable(host.error()));
        HttpClient http(host.httpUrl());
        const QString admin = http.signIn(QString::fromLatin1(TestHost::Password));
        auto seat = [&](int tickMs) {
            const HttpReply created = http.post(u"/api/games/create"_s,
                                                {{u"kind"_s, u"counter"_s}, {u"config"_s, QJsonObject{{u"tickMs"_s, tickMs}}}}, admin);
            const QJsonObject joined = http.post(u"/api/games/join"_s, {{u"joinCode"_s, created.json.value(u"joinCode")},
                                                                        {u"name"_s, u"Ada"_s}, {u"team"_s, 1}, {u"role"_s, u"any"_s}}).json;
            auto ws = connectAs(host, joined.value(u"token").toString());
            if (ws)
                ws->waitForState([](const QJsonObject &v) { return v.value(u"kind"_s) == u"counter"_s; });
            return ws;
        };
        auto ticking = seat(50);
        auto still = seat(0);
        QVERIFY(ticking && still);

        QSqlDatabase locker = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"views-locker"_s);
        locker.setDatabaseName(host.dataDir() + u"/steward.db"_s);
        QVERIFY(locker.open());
        {
            QSqlQuery lock(locker);
            QVERIFY2(lock.exec(u"BEGIN EXCLUSIVE"_s), qPrintable(lock.lastError().text()));
            ticking->send({{u"type"_s, u"counter.add"_s}, {u"id"_s, 100}, {u"data"_s, QJsonObject{{u"by"_s, 4}}}});
            still->send({{u"type"_s, u"counter.add"_s}, {u"id"_s, 100}, {u"data"_s, QJsonObject{{u"by"_s, 4}}}});
            // The ticking game's view moves on, with the addition in it, before any commit ...
            QVERIFY(!ticking->waitForState([](const QJsonObject &v) {
                        return v.value(u"count"_s).toInteger() == 4 && v.value(u"score"_s).toInteger() >= 20;
                    }).isEmpty());
            // ... while neither answer has come, and the other game has shown nothing of it.
            auto answered = [](WsClient &ws) {
                for (const QJsonObject &m : ws.received()) {
                    if (m.value(u"re"_s).toInt() == 100)
                        return true;
                }
                return false;
            };
            QVERIFY(!answered(*ticking));
            QVERIFY(!answered(*still));
            QCOMPARE(still->view().value(u"count"_s).toInteger(), 0);
            QVERIFY(lock.exec(u"ROLLBACK"_s));
        }
        locker.close();
        QVERIFY(!still->waitFor([](const QJsonObject &m) { return m.value(u"re"_s).toInt() == 100; }).isEmpty());
        QVERIFY(!still->waitForState([](const QJsonObject &v) { return v.value(u"count"_s).toInteger() == 4; }).isEmpty());
        QVERIFY(!ticking->waitFor([](const QJsonObject &m) { return m.value(u"re"_s).toInt() == 100; }).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCounterOnTheHost)
#include "tst_counteronthehost.moc"
