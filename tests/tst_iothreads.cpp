// SPDX-License-Identifier: GPL-3.0-or-later
// The threads that carry the WebSockets (docs/architecture.md, "The network path"), on a real
// host through real sockets: connections spread over several I/O threads each get their
// answers and pushes in order; a client that goes mid-push costs the others nothing; a host
// stopped with frames in flight stops cleanly, having answered `ok` only to what it
// committed; and clients speaking MessagePack and JSON in one game see the same state. The
// games are the tests' counter kind.

#include "HttpClient.h"
#include "TestHost.h"
#include "WsClient.h"
#include "games/counter/CounterGame.h"
#include "server/net/HostServer.h"
#include "server/net/WsGateway.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>

using namespace steward;
using namespace Qt::StringLiterals;

namespace {
constexpr int IoThreads = 3;
// The counter kind lets a player add five times at once, then once every 2 s.
constexpr int Burst = 5;

bool isOk(const QJsonObject &reply)
{
    return reply.value(u"type"_s) == u"ok"_s;
}

// The additions' ids start here, clear of the ids WsClient gives its own requests (auth).
constexpr int FirstAddId = 1000;

bool answersAnAdd(const QJsonObject &m)
{
    return m.value(u"re"_s).toInteger(-1) >= FirstAddId;
}

// The `re` of every answer to an addition, in the order they arrived.
QList<qint64> answersIn(const WsClient &ws)
{
    QList<qint64> out;
    for (const QJsonObject &m : ws.received()) {
        const QString type = m.value(u"type"_s).toString();
        if ((type == u"ok"_s || type == u"error"_s) && answersAnAdd(m))
            out << m.value(u"re"_s).toInteger();
    }
    return out;
}

// The `re` of the answers of one type ("ok" or "error") to additions, in arrival order.
QList<qint64> answersOfType(const WsClient &ws, const QString &type)
{
    QList<qint64> out;
    for (const QJsonObject &m : ws.received()) {
        if (m.value(u"type"_s).toString() == type && answersAnAdd(m))
            out << m.value(u"re"_s).toInteger();
    }
    return out;
}

qsizetype oksIn(const WsClient &ws)
{
    return std::count_if(ws.received().begin(), ws.received().end(),
                         [](const QJsonObject &m) { return isOk(m) && answersAnAdd(m); });
}

// The count after each push, as the client merged them.
QList<qint64> countsPushed(const WsClient &ws)
{
    QList<qint64> out;
    QJsonObject view;
    for (const QJsonObject &m : ws.received()) {
        const QString type = m.value(u"type"_s).toString();
        if (type == u"state"_s)
            view = m.value(u"data"_s).toObject();
        else if (type == u"state.delta"_s) {
            const QJsonObject changed = m.value(u"data"_s).toObject();
            for (auto it = changed.begin(); it != changed.end(); ++it)
                view.insert(it.key(), it.value());
        } else
            continue;
        out << view.value(u"count"_s).toInteger(-1);
    }
    return out;
}
} // namespace

class TestIoThreads : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<TestHost> m_host;
    std::unique_ptr<HttpClient> m_http;
    QString m_admin;
    QString m_gameId;
    QString m_joinCode;

    std::unique_ptr<WsClient> playerSocket(const QString &name)
    {
        const QJsonObject seat = m_http->post(u"/api/games/join"_s, {{u"joinCode"_s, m_joinCode}, {u"name"_s, name},
                                                                      {u"team"_s, 1}, {u"role"_s, u"any"_s}})
                                     .json;
        auto ws = std::make_unique<WsClient>(m_host->wsUrl());
        if (!ws->waitConnected() || !isOk(ws->request(u"auth"_s, {{u"token"_s, seat.value(u"token"_s).toString()}})))
            return nullptr;
        if (ws->waitForState([](const QJsonObject &v) { return v.contains(u"count"_s); }).isEmpty())
            return nullptr;
        return ws;
    }

    std::vector<std::unique_ptr<WsClient>> players(int n)
    {
        std::vector<std::unique_ptr<WsClient>> out;
        for (int i = 0; i < n; ++i) {
            out.push_back(playerSocket(u"P%1"_s.arg(i)));
            if (!out.back())
                return {};
        }
        return out;
    }

    // `n` additions of 1, sent back to back without waiting (ids FirstAddId + 1..n).
    static void addMany(WsClient &ws, int n)
    {
        for (int i = FirstAddId + 1; i <= FirstAddId + n; ++i)
            ws.send({{u"type"_s, u"counter.add"_s}, {u"id"_s, i}, {u"data"_s, QJsonObject{{u"by"_s, 1}}}});
    }

    qint64 countNow()
    {
        auto desk = std::make_unique<WsClient>(m_host->wsUrl());
        if (!desk->waitConnected() || !isOk(desk->request(u"auth"_s, {{u"token"_s, m_admin}}))
            || !isOk(desk->request(u"subscribe"_s, {{u"gameId"_s, m_gameId}})))
            return -1;
        const QJsonObject state = desk->waitFor([](const QJsonObject &m) { return m.value(u"type"_s) == u"state"_s; });
        return state.value(u"data"_s).toObject().value(u"count"_s).toInteger(-1);
    }

private slots:
    void init()
    {
        m_host = std::make_unique<TestHost>([](GameRegistry &kinds) { kinds.add(std::make_unique<counter::CounterKind>()); },
                                            nullptr, nullptr, IoThreads);
        QVERIFY2(m_host->ok(), qPrintable(m_host->error()));
        m_http = std::make_unique<HttpClient>(m_host->httpUrl());
        m_admin = m_http->signIn(QString::fromLatin1(TestHost::Password));
        QVERIFY(!m_admin.isEmpty());
        // A day between banks: the count only grows during a test.
        const HttpReply created = m_http->post(
            u"/api/games/create"_s, {{u"kind"_s, u"counter"_s}, {u"config"_s, QJsonObject{{u"periodMs"_s, 86'400'000}}}},
            m_admin);
        m_gameId = created.json.value(u"gameId"_s).toString();
        m_joinCode = created.json.value(u"joinCode"_s).toString();
        QVERIFY(!m_gameId.isEmpty());
    }

    void cleanup()
    {
        m_http.reset();
        m_host.reset();
    }

    void eachConnectionGetsItsAnswersAndPushesInOrder()
    {
        constexpr int Players = 24;
        constexpr int Adds = 30; // within a connection's burst of 40 messages
        auto clients = players(Players);
        QCOMPARE(int(clients.size()), Players);
        // The connections are spread over every I/O thread (a connection's id picks its thread).
        WsGateway &gateway = m_host->runtime().server().gateway();
        QCOMPARE(gateway.ioThreadCount(), IoThreads);
        QSet<quint64> threadsUsed;
        for (const SessionInfo &s : gateway.sessions())
            threadsUsed.insert(s.id % IoThreads);
        QCOMPARE(threadsUsed.size(), IoThreads);

        for (auto &ws : clients)
            addMany(*ws, Adds);
        constexpr qint64 Total = qint64(Players) * Burst;
        for (auto &ws : clients) {
            QTRY_COMPARE_WITH_TIMEOUT(answersIn(*ws).size(), Adds, 20000);
            QTRY_COMPARE_WITH_TIMEOUT(countsPushed(*ws).constLast(), Total, 20000);
        }
        QList<qint64> accepted, refused;
        for (int i = FirstAddId + 1; i <= FirstAddId + Adds; ++i)
            (i <= FirstAddId + Burst ? accepted : refused) << i;
        for (auto &ws : clients) {
            // Every message answered once: the first five `ok` once committed, in the order
            // they were sent, and the rest refused by the kind's budget, in order too.
            QCOMPARE(answersOfType(*ws, u"ok"_s), accepted);
            QCOMPARE(answersOfType(*ws, u"error"_s), refused);
            // Every push shows a count no lower than the one before: none overtook another.
            const QList<qint64> counts = countsPushed(*ws);
            QVERIFY(std::is_sorted(counts.begin(), counts.end()));
        }
        QCOMPARE(countNow(), Total);
    }

    void aClientGoneMidPushCostsTheOthersNothing()
    {
        constexpr int Players = 12;
        constexpr int Adds = 30;
        auto clients = players(Players);
        QCOMPARE(int(clients.size()), Players);
        // Half of them add and go at once, while the pushes their additions start are on the
        // way to everyone; the other half keep adding.
        for (int i = 0; i < Players; ++i)
            addMany(*clients[size_t(i)], Adds);
        for (int i = 0; i < Players; i += 2) {
            clients[size_t(i)]->socket().flush();
            clients[size_t(i)]->socket().abort();
        }
        WsGateway &gateway = m_host->runtime().server().gateway();
        QTRY_COMPARE_WITH_TIMEOUT(gateway.sessionCount(), Players / 2, 10000);
        for (int i = 1; i < Players; i += 2)
            QTRY_COMPARE_WITH_TIMEOUT(answersIn(*clients[size_t(i)]).size(), Adds, 20000);
        // The count is what those that stayed added, and whatever the host read of the others
        // before they went; every staying client's last push shows it.
        const qint64 total = countNow();
        QVERIFY2(total >= qint64(Players / 2) * Burst && total <= qint64(Players) * Burst, qPrintable(QString::number(total)));
        for (int i = 1; i < Players; i += 2) {
            QTRY_COMPARE_WITH_TIMEOUT(countsPushed(*clients[size_t(i)]).constLast(), total, 20000);
            QCOMPARE(oksIn(*clients[size_t(i)]), qsizetype(Burst));
        }
        // New connections are served as before.
        auto late = playerSocket(u"Late"_s);
        QVERIFY(late);
        QVERIFY(isOk(late->request(u"counter.add"_s, {{u"by"_s, 1}})));
        QCOMPARE(countNow(), total + 1);
    }

    void binaryAndJsonClientsInTheSameGameSeeTheSameState()
    {
        auto json = playerSocket(u"Jo"_s);
        QVERIFY(json);
        const QJsonObject seat = m_http->post(u"/api/games/join"_s, {{u"joinCode"_s, m_joinCode}, {u"name"_s, u"Bin"_s},
                                                                      {u"team"_s, 1}, {u"role"_s, u"any"_s}})
                                     .json;
        const QString token = seat.value(u"token"_s).toString();
        auto binary = std::make_unique<WsClient>(m_host->wsUrl());
        QVERIFY(binary->waitConnected());
        // An encoding the host does not speak is refused, and the socket stays JSON.
        QCOMPARE(binary->request(u"auth"_s, {{u"token"_s, token}, {u"encoding"_s, u"xml"_s}}).value(u"code"_s).toString(),
                 u"BAD_REQUEST"_s);
        const int textBefore = binary->textFrames();
        const QJsonObject signedIn = binary->request(u"auth"_s, {{u"token"_s, token}, {u"encoding"_s, u"msgpack"_s}});
        QVERIFY(isOk(signedIn));
        QCOMPARE(signedIn.value(u"data"_s).toObject().value(u"encoding"_s).toString(), u"msgpack"_s);
        QVERIFY(!binary->waitForState([](const QJsonObject &v) { return v.contains(u"count"_s); }).isEmpty());
        binary->sendMsgPack(true);

        // Each adds in its own encoding; both see every addition.
        QVERIFY(isOk(binary->request(u"counter.add"_s, {{u"by"_s, 4}})));
        QVERIFY(isOk(json->request(u"counter.add"_s, {{u"by"_s, 3}})));
        QVERIFY(isOk(binary->request(u"counter.add"_s, {{u"by"_s, 2}})));
        QTRY_COMPARE(binary->view().value(u"count"_s).toInteger(), 9);
        QTRY_COMPARE(json->view().value(u"count"_s).toInteger(), 9);
        QCOMPARE(binary->view(), json->view());
        // Since signing in, the binary client got binary frames only.
        QCOMPARE(binary->textFrames(), textBefore);
        QVERIFY(binary->binaryFrames() >= 5);
        QCOMPARE(json->binaryFrames(), 0);

        // A binary frame that is not MessagePack is refused in MessagePack, and costs nothing.
        binary->socket().sendBinaryMessage("\xc1 not msgpack");
        const QJsonObject refused = binary->waitFor([](const QJsonObject &m) { return m.value(u"type"_s) == u"error"_s; });
        QCOMPARE(refused.value(u"code"_s).toString(), u"BAD_REQUEST"_s);
        QCOMPARE(binary->textFrames(), textBefore);
        // Once binary, always binary: asking for JSON again is refused.
        QCOMPARE(binary->request(u"auth"_s, {{u"token"_s, token}, {u"encoding"_s, u"json"_s}}).value(u"code"_s).toString(),
                 u"BAD_REQUEST"_s);
        QVERIFY(isOk(binary->request(u"counter.add"_s, {{u"by"_s, 1}})));
        QTRY_COMPARE(json->view().value(u"count"_s).toInteger(), 10);
        QTRY_COMPARE(binary->view(), json->view());
    }

    void aHostStoppedWithFramesInFlightAnsweredOkOnlyToWhatItKept()
    {
        constexpr int Players = 16;
        constexpr int Adds = 30;
        auto clients = players(Players);
        QCOMPARE(int(clients.size()), Players);
        for (auto &ws : clients)
            addMany(*ws, Adds);
        // Let some of it be read, committed and answered, then stop the host mid-stream.
        QTRY_VERIFY_WITH_TIMEOUT(oksIn(*clients.front()) > 0, 10000);
        QVERIFY(m_host->restart());
        for (auto &ws : clients)
            QTRY_VERIFY_WITH_TIMEOUT(!ws->isConnected(), 10000);
        qsizetype acknowledged = 0;
        for (auto &ws : clients)
            acknowledged += oksIn(*ws);
        // Every `ok` a client read is in the restarted host's count.
        m_http = std::make_unique<HttpClient>(m_host->httpUrl());
        m_admin = m_http->signIn(QString::fromLatin1(TestHost::Password));
        const qint64 kept = countNow();
        QVERIFY2(kept >= acknowledged, qPrintable(u"%1 kept, %2 acknowledged"_s.arg(kept).arg(acknowledged)));
        QVERIFY(kept <= qint64(Players) * Burst);
    }
};

QTEST_MAIN(TestIoThreads)
#include "tst_iothreads.moc"
