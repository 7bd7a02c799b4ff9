// SPDX-License-Identifier: GPL-3.0-or-later
// Sovereign Lines on a real host: created and started over REST, played over WebSockets by a
// JSON client and a MessagePack client who see the same map, its budgets enforced on the wire;
// and a real host process killed with SIGKILL mid-match, which resumes from its snapshot and
// its inputs with every acknowledged send and its players back on their land.
#include "HostProcess.h"
#include "HttpClient.h"
#include "TestHost.h"
#include "WsClient.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QString typeOf(const QJsonObject &m)
{
    return m.value(u"type"_s).toString();
}

QJsonArray regionOf(const QJsonObject &view, int region)
{
    return view.value(u"regions"_s).toObject().value(QString::number(region)).toArray();
}

struct Seat
{
    QString playerId;
    QString token;
};

// A small match of seed 7 (tst_sovereignrules: 4 borders 29, 29 borders 13 and 21, 21 borders 9),
// for `names`, created and joined over REST.
struct SmallMatch
{
    QString gameId;
    QString admin;
    QList<Seat> seats;
};

SmallMatch createMatch(HttpClient &http, const QString &password, const QStringList &names)
{
    SmallMatch m;
    m.admin = http.signIn(password);
    const HttpReply created = http.post(
        u"/api/games/create"_s,
        {{u"kind"_s, u"sovereign"_s},
         {u"config"_s, QJsonObject{{u"mapSeed"_s, 7}, {u"slots"_s, int(names.size())}, {u"fillWithBots"_s, false}}}},
        m.admin);
    if (created.status != 200)
        qWarning() << created.json;
    m.gameId = created.json.value(u"gameId"_s).toString();
    for (const QString &name : names) {
        const QJsonObject joined = http.post(u"/api/games/join"_s, {{u"joinCode"_s, created.json.value(u"joinCode"_s)},
                                                                   {u"name"_s, name}}).json;
        m.seats.append({joined.value(u"playerId"_s).toString(), joined.value(u"token"_s).toString()});
    }
    return m;
}

std::unique_ptr<WsClient> signedIn(const QUrl &url, const QString &token, bool msgpack = false, bool compressed = false)
{
    auto ws = std::make_unique<WsClient>(url);
    if (!ws->waitConnected())
        return nullptr;
    QJsonObject auth{{u"token"_s, token}};
    if (msgpack)
        auth.insert(u"encoding"_s, u"msgpack"_s);
    if (compressed)
        auth.insert(u"compression"_s, u"zlib"_s);
    if (typeOf(ws->request(u"auth"_s, auth)) != u"ok")
        return nullptr;
    ws->sendMsgPack(msgpack);
    return ws;
}

} // namespace

class TestSovereignOnTheHost : public QObject
{
    Q_OBJECT

private slots:
    void aJsonAndAMessagePackPlayerSeeTheSameMatch()
    {
        TestHost host;
        QVERIFY2(host.ok(), qPrintable(host.error()));
        HttpClient http(host.httpUrl());
        const SmallMatch match = createMatch(http, QString::fromLatin1(TestHost::Password), {u"Ada"_s, u"Bo"_s});
        QVERIFY(!match.gameId.isEmpty());
        QCOMPARE(match.seats.size(), 2);
        auto ada = signedIn(host.wsUrl(), match.seats[0].token);
        auto bo = signedIn(host.wsUrl(), match.seats[1].token, true);
        QVERIFY(ada && bo);
        QVERIFY(!ada->waitForState([](const QJsonObject &v) { return v.value(u"phase"_s) == u"lobby"_s; }).isEmpty());

        QCOMPARE(typeOf(ada->request(u"sovereign.pick"_s, {{u"region"_s, 4}})), u"ok"_s);
        QCOMPARE(bo->request(u"sovereign.pick"_s, {{u"region"_s, 29}}).value(u"code"_s).toString(), u"START_TOO_CLOSE"_s);
        QCOMPARE(typeOf(bo->request(u"sovereign.pick"_s, {{u"region"_s, 9}})), u"ok"_s);
        QCOMPARE(http.post(u"/api/games/start"_s, {{u"gameId"_s, match.gameId}}, match.admin).status, 200);
        QVERIFY(!ada->waitForState([](const QJsonObject &v) { return v.value(u"tick"_s).toInt() >= 40; }, 10000).isEmpty());

        // A send is answered once committed, with what left and when it lands.
        const QJsonObject sent = ada->request(u"sovereign.attack"_s, {{u"from"_s, 4}, {u"to"_s, 29}, {u"share"_s, 50}});
        QCOMPARE(typeOf(sent), u"ok"_s);
        const int troops = sent.value(u"data"_s).toObject().value(u"troops"_s).toInt();
        QVERIFY(troops >= 20);
        QCOMPARE(ada->request(u"sovereign.attack"_s, {{u"from"_s, 4}, {u"to"_s, 9}, {u"share"_s, 50}}).value(u"code"_s).toString(),
                 u"NOT_NEIGHBOUR"_s);
        QCOMPARE(bo->request(u"sovereign.move"_s, {{u"from"_s, 9}, {u"to"_s, 21}, {u"share"_s, 50}}).value(u"code"_s).toString(),
                 u"TARGET_NOT_FRIENDLY"_s);
        QCOMPARE(bo->request(u"sovereign.attack"_s, {{u"from"_s, 9}, {u"to"_s, 21}, {u"share"_s, 0}}).value(u"code"_s).toString(),
                 u"BAD_REQUEST"_s);

        // Both see region 29 fall to Ada (player 0) within a second of ticks.
        for (WsClient *ws : {ada.get(), bo.get()})
            QVERIFY(!ws->waitForState([](const QJsonObject &v) { return regionOf(v, 29).at(0).toInt() == 0; }, 10000).isEmpty());
        // The same map, player for player and region for region, once both have the same tick.
        QTRY_VERIFY_WITH_TIMEOUT(ada->view().value(u"tick"_s) == bo->view().value(u"tick"_s)
                                     && ada->view().value(u"regions"_s) == bo->view().value(u"regions"_s),
                                 5000);
        QCOMPARE(ada->view().value(u"players"_s), bo->view().value(u"players"_s));
        QCOMPARE(ada->view().value(u"map"_s), bo->view().value(u"map"_s));
        QCOMPARE(ada->binaryFrames(), 0);
        QVERIFY(bo->binaryFrames() > 20);
        // After the whole view, ticks travel as patches of what changed, never the map again.
        int patches = 0;
        for (const QJsonObject &m : ada->received()) {
            if (typeOf(m) == u"state.delta") {
                ++patches;
                QVERIFY(!m.value(u"data"_s).toObject().contains(u"map"_s));
            }
        }
        QVERIFY(patches > 20);

        // Ten sends a second with a burst of twenty: a client that floods is told so.
        QStringList codes;
        for (int i = 0; i < 30; ++i)
            codes << bo->request(u"sovereign.attack"_s, {{u"from"_s, 9}, {u"to"_s, 2}, {u"share"_s, 10}}).value(u"code"_s).toString();
        QVERIFY2(codes.contains(u"RATE_LIMITED"_s), qPrintable(codes.join(u' ')));
        QCOMPARE(codes.first(), u"UNKNOWN_REGION"_s); // region 2 is water

        // What the pages never send is flagged for support staff, with its evidence; the races
        // a real page can meet (a start taken, a region that changed hands) and the budget are not.
        const QJsonArray flags = http.get(u"/api/flags"_s, match.admin).json.value(u"flags"_s).toArray();
        QCOMPARE(flags.size(), 2);
        QHash<QString, QJsonObject> byName;
        for (const QJsonValue &f : flags)
            byName.insert(f.toObject().value(u"name"_s).toString(), f.toObject());
        const QJsonObject boFlags = byName.value(u"Bo"_s);
        QCOMPARE(boFlags.value(u"gameId"_s).toString(), match.gameId);
        QCOMPARE(boFlags.value(u"codes"_s).toObject(),
                 (QJsonObject{{u"UNKNOWN_REGION"_s, int(codes.count(u"UNKNOWN_REGION"_s))}, {u"BAD_REQUEST"_s, 1}}));
        QCOMPARE(boFlags.value(u"count"_s).toInt(), int(codes.count(u"UNKNOWN_REGION"_s)) + 1);
        const QJsonArray evidence = boFlags.value(u"evidence"_s).toArray();
        QCOMPARE(evidence.size(), 5); // the last five
        QCOMPARE(evidence.last().toObject().value(u"command"_s).toString(), u"sovereign.attack"_s);
        QCOMPARE(evidence.last().toObject().value(u"data"_s).toString(), u"{\"from\":9,\"share\":10,\"to\":2}"_s);
        QCOMPARE(byName.value(u"Ada"_s).value(u"codes"_s).toObject(), (QJsonObject{{u"NOT_NEIGHBOUR"_s, 1}}));
        QCOMPARE(http.get(u"/api/flags"_s, match.seats[0].token).errorCode(), u"FORBIDDEN"_s);
        // The first of each burst is in the audit trail.
        int audited = 0;
        for (const QJsonValue &e : http.get(u"/api/audit?limit=50"_s, match.admin).json.value(u"entries"_s).toArray())
            audited += e.toObject().value(u"action"_s).toString() == u"player.flagged"_s;
        QCOMPARE(audited, 2);
    }

    void theMapOfAHugeMatchTravelsCompressedToAClientThatAsks()
    {
        TestHost host;
        QVERIFY2(host.ok(), qPrintable(host.error()));
        HttpClient http(host.httpUrl());
        const QString admin = http.signIn(QString::fromLatin1(TestHost::Password));
        const HttpReply created = http.post(
            u"/api/games/create"_s,
            {{u"kind"_s, u"sovereign"_s},
             {u"config"_s, QJsonObject{{u"mapSize"_s, u"huge"_s}, {u"mapSeed"_s, 3}, {u"slots"_s, 3}, {u"fillWithBots"_s, false}}}},
            admin);
        QCOMPARE(created.status, 200);
        QList<Seat> seats;
        for (const QString &name : {u"Ada"_s, u"Bo"_s, u"Cy"_s}) {
            const QJsonObject joined = http.post(u"/api/games/join"_s, {{u"joinCode"_s, created.json.value(u"joinCode"_s)},
                                                                       {u"name"_s, name}}).json;
            seats.append({joined.value(u"playerId"_s).toString(), joined.value(u"token"_s).toString()});
        }
        // Only "zlib" is known; the refusal leaves the connection as it was.
        {
            WsClient odd(host.wsUrl());
            QVERIFY(odd.waitConnected());
            const QJsonObject refused = odd.request(u"auth"_s, {{u"token"_s, seats[0].token}, {u"compression"_s, u"gzip"_s}});
            QCOMPARE(refused.value(u"code"_s).toString(), u"BAD_REQUEST"_s);
            QCOMPARE(odd.compressedFrames(), 0);
        }
        auto plain = signedIn(host.wsUrl(), seats[0].token);
        auto jsonZ = signedIn(host.wsUrl(), seats[1].token, false, true);
        auto packZ = signedIn(host.wsUrl(), seats[2].token, true, true);
        QVERIFY(plain && jsonZ && packZ);
        QCOMPARE(jsonZ->received().first().value(u"data"_s).toObject().value(u"compression"_s).toString(), u"zlib"_s);
        QVERIFY(!plain->received().first().value(u"data"_s).toObject().contains(u"compression"_s));
        const auto hasMap = [](const QJsonObject &v) { return v.value(u"map"_s).toObject().value(u"width"_s).toInt() == 80; };
        for (WsClient *ws : {plain.get(), jsonZ.get(), packZ.get()})
            QVERIFY(!ws->waitForState(hasMap).isEmpty());
        // The same map, region for region, however it travelled.
        QCOMPARE(jsonZ->view().value(u"map"_s), plain->view().value(u"map"_s));
        QCOMPARE(packZ->view().value(u"map"_s), plain->view().value(u"map"_s));
        QCOMPARE(plain->compressedFrames(), 0);
        QCOMPARE(plain->binaryFrames(), 0);
        // The view with the map came as one compressed frame, under half its size (JSON's text
        // under a third: 37 KB to 10 KB; MessagePack's 20 KB to 9 KB).
        QVERIFY(jsonZ->compressedBytes() * 3 < jsonZ->inflatedBytes());
        for (WsClient *ws : {jsonZ.get(), packZ.get()}) {
            QCOMPARE(ws->compressedFrames(), 1);
            QVERIFY2(ws->compressedBytes() * 2 < ws->inflatedBytes(),
                     qPrintable(u"%1 bytes for %2"_s.arg(ws->compressedBytes()).arg(ws->inflatedBytes())));
            qInfo("huge map's view: %lld bytes inflated, %lld on the wire", ws->inflatedBytes(), ws->compressedBytes());
        }
        QVERIFY(jsonZ->inflatedBytes() >= 16 * 1024);
        // Small messages stay as they were: the JSON client's answers are text frames.
        const int textBefore = jsonZ->textFrames();
        QCOMPARE(jsonZ->request(u"sovereign.pick"_s, {{u"colour"_s, 0}}).value(u"code"_s).toString(), u"COLOUR_TAKEN"_s);
        QVERIFY(jsonZ->textFrames() > textBefore);
        QCOMPARE(jsonZ->compressedFrames(), 1);
    }

    void killedMidMatchResumesWithEveryAcknowledgedSend()
    {
        QTemporaryDir data;
        SmallMatch match;
        int arrivesAt = 0;
        int tickBeforeKill = 0;
        {
            HostProcess host(data.path());
            QVERIFY2(host.port() != 0, host.output().constData());
            HttpClient http(host.http());
            match = createMatch(http, QString::fromLatin1(HostProcess::Password), {u"Ada"_s, u"Bo"_s});
            QVERIFY(!match.gameId.isEmpty());
            auto ada = signedIn(host.ws(), match.seats[0].token);
            auto bo = signedIn(host.ws(), match.seats[1].token);
            QVERIFY(ada && bo);
            QCOMPARE(typeOf(ada->request(u"sovereign.pick"_s, {{u"region"_s, 4}})), u"ok"_s);
            QCOMPARE(typeOf(bo->request(u"sovereign.pick"_s, {{u"region"_s, 9}})), u"ok"_s);
            QCOMPARE(http.post(u"/api/games/start"_s, {{u"gameId"_s, match.gameId}}, match.admin).status, 200);
            QVERIFY(!ada->waitForState([](const QJsonObject &v) { return v.value(u"tick"_s).toInt() >= 40; }, 10000).isEmpty());
            const QJsonObject sent = ada->request(u"sovereign.attack"_s, {{u"from"_s, 4}, {u"to"_s, 29}, {u"share"_s, 50}});
            QCOMPARE(typeOf(sent), u"ok"_s);
            arrivesAt = sent.value(u"data"_s).toObject().value(u"arrivesAtTick"_s).toInt();
            QVERIFY(!ada->waitForState([](const QJsonObject &v) { return regionOf(v, 29).at(0).toInt() == 0; }, 10000).isEmpty());
            // Bo's acknowledged move is the last input before the kill.
            QCOMPARE(typeOf(bo->request(u"sovereign.attack"_s, {{u"from"_s, 9}, {u"to"_s, 21}, {u"share"_s, 60}})), u"ok"_s);
            QVERIFY(!ada->waitForState([&](const QJsonObject &v) { return v.value(u"tick"_s).toInt() >= arrivesAt + 30; },
                                       10000).isEmpty());
            tickBeforeKill = ada->view().value(u"tick"_s).toInt();
            host.killHard();
            QCOMPARE(host.process().exitStatus(), QProcess::CrashExit);
        }
        HostProcess again(data.path());
        QVERIFY2(again.port() != 0, again.output().constData());
        // The same tokens sign in again, to the same places on the map.
        auto ada = signedIn(again.ws(), match.seats[0].token);
        QVERIFY(ada);
        const QJsonObject first = ada->waitForState([](const QJsonObject &v) { return v.value(u"phase"_s) == u"running"_s; });
        QVERIFY(!first.isEmpty());
        QCOMPARE(first.value(u"players"_s).toObject().value(u"0"_s).toObject().value(u"id"_s).toString(), match.seats[0].playerId);
        QCOMPARE(first.value(u"players"_s).toObject().value(u"1"_s).toObject().value(u"id"_s).toString(), match.seats[1].playerId);
        // It resumed no further back than its last snapshot: 5 s of ticks (100) at most.
        const int resumedAt = first.value(u"tick"_s).toInt();
        QVERIFY2(resumedAt >= tickBeforeKill - 100 && resumedAt >= 40,
                 qPrintable(u"resumed at %1, killed after %2"_s.arg(resumedAt).arg(tickBeforeKill)));
        // Both acknowledged sends happened: 29 is Ada's, and Bo's march into 21 has landed
        // (its outcome is the match's luck, replayed: 21 is Bo's or kept its garrison less his attack).
        const QJsonObject later = ada->waitForState([&](const QJsonObject &v) {
            return v.value(u"tick"_s).toInt() >= std::max(resumedAt, arrivesAt + 40);
        }, 10000);
        QCOMPARE(regionOf(later, 29).at(0).toInt(), 0);
        QCOMPARE(regionOf(later, 4).at(0).toInt(), 0);
        QCOMPARE(regionOf(later, 9).at(0).toInt(), 1);
        const QJsonArray r21 = regionOf(later, 21);
        QVERIFY2(r21.at(0).toInt() == 1 || r21.at(1).toInt() < 11, qPrintable(QString::number(r21.at(1).toInt())));
        QVERIFY(later.value(u"marches"_s).toObject().isEmpty());
        // And the match goes on from there: Ada's troops in 29 move home.
        QCOMPARE(typeOf(ada->request(u"sovereign.move"_s, {{u"from"_s, 29}, {u"to"_s, 4}, {u"share"_s, 100}})), u"ok"_s);
    }
};

QTEST_GUILESS_MAIN(TestSovereignOnTheHost)
#include "tst_sovereignonthehost.moc"
