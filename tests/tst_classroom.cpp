// SPDX-License-Identifier: GPL-3.0-or-later
// A whole classroom session, end to end: 8 teams of 4 real WebSocket clients play 36 weeks,
// each passing on what it is asked for, and the debrief holds the board game's numbers.
#include "HttpClient.h"
#include "TestHost.h"
#include "WsClient.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;

class TestClassroom : public QObject
{
    Q_OBJECT
private slots:
    void eightTeamsPlayThirtySixWeeks()
    {
        TestHost host;
        QVERIFY2(host.ok(), qPrintable(host.error()));
        HttpClient http(host.httpUrl());
        const QString admin = http.signIn(QString::fromLatin1(TestHost::Password));
        const HttpReply game = http.post(u"/api/games/create"_s, {{u"kind"_s, u"beer"_s}, {u"config"_s, QJsonObject{{u"teams"_s, 8}}}}, admin);
        QCOMPARE(game.status, 200);
        const QString gameId = game.json.value(u"gameId").toString();
        const QString roles[] = {u"retailer"_s, u"wholesaler"_s, u"distributor"_s, u"factory"_s};

        std::vector<std::unique_ptr<WsClient>> students;
        for (int team = 1; team <= 8; ++team) {
            for (const QString &role : roles) {
                const HttpReply joined = http.post(u"/api/games/join"_s, {{u"joinCode"_s, game.json.value(u"joinCode")},
                                                                         {u"name"_s, u"%1-%2"_s.arg(role).arg(team)},
                                                                         {u"team"_s, team}, {u"role"_s, role}});
                QCOMPARE(joined.status, 200);
                auto ws = std::make_unique<WsClient>(host.wsUrl());
                QVERIFY(ws->waitConnected());
                QCOMPARE(ws->request(u"auth"_s, {{u"token"_s, joined.json.value(u"token")}}).value(u"type").toString(), u"ok"_s);
                students.push_back(std::move(ws));
            }
        }
        QCOMPARE(http.post(u"/api/games/start"_s, {{u"gameId"_s, gameId}}, admin).status, 200);

        for (int week = 1; week <= 36; ++week) {
            for (auto &ws : students) {
                const QJsonObject view = ws->waitForState([week](const QJsonObject &v) {
                    return v.value(u"status").toString() == u"running" && v.value(u"week").toInt() == week;
                });
                QVERIFY2(!view.isEmpty(), qPrintable(u"no state for week %1"_s.arg(week)));
                const int asked = view.value(u"current").toObject().value(u"incomingOrder").toInt();
                const QJsonObject ok = ws->request(u"order.place"_s, {{u"quantity"_s, asked}, {u"clientOrderId"_s, u"w%1"_s.arg(week)}});
                QCOMPARE(ok.value(u"data").toObject().value(u"week").toInt(), week);
            }
        }
        for (auto &ws : students) {
            const QJsonObject end = ws->waitForState([](const QJsonObject &v) { return v.value(u"teamFinished").toBool(); });
            QCOMPARE(end.value(u"results").toObject().value(u"teamCost").toDouble(), 792.0);
        }
        const QJsonObject view = http.get(u"/api/games/"_s + gameId, admin).json;
        QCOMPARE(view.value(u"status").toString(), u"finished"_s);
        const QJsonArray teams = view.value(u"teams").toArray();
        QCOMPARE(teams.size(), 8);
        for (const QJsonValue &t : teams) {
            const QJsonObject r = t.toObject().value(u"roles").toObject();
            QCOMPARE(r.value(u"retailer").toObject().value(u"cumulativeCost").toDouble(), 330.0);
            QCOMPARE(r.value(u"wholesaler").toObject().value(u"cumulativeCost").toDouble(), 242.0);
            QCOMPARE(r.value(u"distributor").toObject().value(u"cumulativeCost").toDouble(), 154.0);
            QCOMPARE(r.value(u"factory").toObject().value(u"cumulativeCost").toDouble(), 66.0);
        }
        const HttpReply csv = http.get(u"/api/games/%1/export.csv"_s.arg(gameId), admin);
        QCOMPARE(csv.body.count('\n'), 1 + 8 * 36 * 4);
    }
};

QTEST_GUILESS_MAIN(TestClassroom)
#include "tst_classroom.moc"
