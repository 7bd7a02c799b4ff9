// SPDX-License-Identifier: GPL-3.0-or-later
// The host's connection limits, against a real host on loopback, with raw TCP clients that play
// a LAN neighbour (their source addresses are 127.0.0.x, which the host does not count as
// itself): a connection that sends nothing or half a header is closed; one address holds
// only its share of connections and of sockets waiting to sign in; the host itself is spared;
// the descriptor limit leaves room for the documented 5,000 sessions.
#include "TestHost.h"
#include "net/BoundedTcpServer.h"
#include "net/ConnectionLimits.h"
#include "net/WsGateway.h"

#include <QTcpSocket>
#include <QTest>

#include <sys/resource.h>

using namespace steward;
using namespace Qt::StringLiterals;

class TestConnectionLimits : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<TestHost> m_host;

    // A connection from `source` (a 127.0.0.x address) to the host. The host runs in this
    // thread: every wait spins the event loop.
    std::unique_ptr<QTcpSocket> connectFrom(const QString &source)
    {
        auto s = std::make_unique<QTcpSocket>();
        if (!s->bind(QHostAddress(source), 0))
            return nullptr;
        bool connected = false; // the host may answer and close at once
        QObject::connect(s.get(), &QTcpSocket::connected, s.get(), [&connected] { connected = true; });
        s->connectToHost(QHostAddress::LocalHost, m_host->runtime().port());
        QDeadlineTimer deadline(3000);
        while (!connected && !deadline.hasExpired())
            QTest::qWait(5);
        if (!connected)
            return nullptr;
        QObject::disconnect(s.get(), &QTcpSocket::connected, s.get(), nullptr);
        return s;
    }
    QByteArray hostHeader() const { return "127.0.0.1:" + QByteArray::number(m_host->runtime().port()); }
    QByteArray request() const
    {
        return "GET /api/health HTTP/1.1\r\nHost: " + hostHeader() + "\r\n\r\n";
    }
    QByteArray upgrade() const
    {
        return "GET /ws HTTP/1.1\r\nHost: " + hostHeader() + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
               "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n"
               "Origin: http://" + hostHeader() + "\r\n\r\n";
    }
    // Reads until `socket` has at least `atLeast` bytes or is closed.
    static QByteArray readSome(QTcpSocket &socket, int atLeast, int ms = 3000)
    {
        QByteArray got;
        QDeadlineTimer deadline(ms);
        while (got.size() < atLeast && !deadline.hasExpired()) {
            got += socket.readAll();
            if (got.size() >= atLeast || socket.state() == QAbstractSocket::UnconnectedState)
                break;
            QTest::qWait(5);
        }
        return got + socket.readAll();
    }

private slots:
    void init()
    {
        m_host = std::make_unique<TestHost>();
        QVERIFY2(m_host->ok(), qPrintable(m_host->error()));
    }
    void cleanup() { m_host.reset(); }

    void silentAndTricklingConnectionsAreClosed()
    {
        auto silent = connectFrom(u"127.0.0.2"_s);
        auto trickle = connectFrom(u"127.0.0.2"_s);
        auto served = connectFrom(u"127.0.0.2"_s);
        auto socket = connectFrom(u"127.0.0.2"_s);
        QVERIFY(silent && trickle && served && socket);
        served->write(request());
        QVERIFY(readSome(*served, 12).startsWith("HTTP/1.1 200"));
        // A WebSocket is QtWebSockets' from its upgrade on, under the gateway's own deadlines.
        socket->write(upgrade());
        QVERIFY(readSome(*socket, 12).startsWith("HTTP/1.1 101"));
        // Half a header, then a byte every 2 s: never a whole request.
        trickle->write("GET /api/health HTTP/1.1\r\nHost: " + hostHeader() + "\r\n");
        const QByteArray rest = "X-Slow: 1\r\n";
        for (int i = 0; i < 7 && trickle->state() == QAbstractSocket::ConnectedState; ++i) {
            QTest::qWait(2000);
            trickle->write(rest.mid(i, 1));
            trickle->flush();
        }
        const ConnectionLimits limits;
        QTRY_VERIFY_WITH_TIMEOUT(silent->state() == QAbstractSocket::UnconnectedState, limits.firstAnswerMs + 3000);
        QTRY_VERIFY_WITH_TIMEOUT(trickle->state() == QAbstractSocket::UnconnectedState, limits.firstAnswerMs + 3000);
        QVERIFY(silent->readAll().startsWith("HTTP/1.1 408"));
        QVERIFY(trickle->readAll().startsWith("HTTP/1.1 408"));
        // A keep-alive connection that was answered may rest (idle limit: two minutes), and so
        // may the WebSocket for now (it has 15 s to sign in).
        QCOMPARE(served->state(), QAbstractSocket::ConnectedState);
        QCOMPARE(socket->state(), QAbstractSocket::ConnectedState);
        served->write(request());
        QVERIFY(readSome(*served, 12).startsWith("HTTP/1.1 200"));
    }

    void oneAddressHoldsOnlyItsShare()
    {
        const int cap = ConnectionLimits{}.maxPerAddress;
        std::vector<std::unique_ptr<QTcpSocket>> held;
        for (int i = 0; i < cap; ++i) {
            held.push_back(connectFrom(u"127.0.0.3"_s));
            QVERIFY(held.back());
        }
        const BoundedTcpServer *found = m_host->runtime().server().connections();
        QVERIFY(found);
        const BoundedTcpServer &server = *found;
        QTRY_COMPARE(server.connectionsFrom(QHostAddress(u"127.0.0.3"_s)), cap);
        auto refused = connectFrom(u"127.0.0.3"_s);
        QVERIFY(refused);
        const QByteArray answer = readSome(*refused, 12);
        QVERIFY2(answer.startsWith("HTTP/1.1 503"), answer.constData());
        QTRY_COMPARE(refused->state(), QAbstractSocket::UnconnectedState);
        // Another address, and the host itself, are served meanwhile.
        auto neighbour = connectFrom(u"127.0.0.4"_s);
        QVERIFY(neighbour);
        neighbour->write(request());
        QVERIFY(readSome(*neighbour, 12).startsWith("HTTP/1.1 200"));
        std::vector<std::unique_ptr<QTcpSocket>> local;
        for (int i = 0; i < cap + 10; ++i) {
            local.push_back(connectFrom(u"127.0.0.1"_s));
            QVERIFY(local.back());
        }
        local.back()->write(request());
        QVERIFY(readSome(*local.back(), 12).startsWith("HTTP/1.1 200"));
        // A connection given up frees its slot.
        held.front()->abort();
        QTRY_COMPARE(server.connectionsFrom(QHostAddress(u"127.0.0.3"_s)), cap - 1);
        auto again = connectFrom(u"127.0.0.3"_s);
        QVERIFY(again);
        again->write(request());
        QVERIFY(readSome(*again, 12).startsWith("HTTP/1.1 200"));
    }

    void socketsWaitingToSignInHaveASmallBudget()
    {
        const int budget = WsGateway::MaxUnauthenticatedPerAddress;
        std::vector<std::unique_ptr<QTcpSocket>> waiting;
        for (int i = 0; i < budget; ++i) {
            waiting.push_back(connectFrom(u"127.0.0.5"_s));
            QVERIFY(waiting.back());
            waiting.back()->write(upgrade());
            QVERIFY(readSome(*waiting.back(), 12).startsWith("HTTP/1.1 101"));
        }
        QTRY_COMPARE(m_host->runtime().server().gateway().sessionCount(), budget);
        // One more is upgraded, then closed at once with 1013 (try again later).
        auto extra = connectFrom(u"127.0.0.5"_s);
        QVERIFY(extra);
        extra->write(upgrade());
        QByteArray got = readSome(*extra, 200);
        const qsizetype frame = got.indexOf("\r\n\r\n") + 4;
        QVERIFY2(got.startsWith("HTTP/1.1 101") && frame > 4, got.constData());
        got = got.mid(frame);
        if (got.size() < 4)
            got += readSome(*extra, 4 - int(got.size()));
        QCOMPARE(quint8(got.at(0)), quint8(0x88)); // FIN + close
        QCOMPARE((quint8(got.at(2)) << 8) | quint8(got.at(3)), 1013);
        QCOMPARE(m_host->runtime().server().gateway().sessionCount(), budget);
        // Another address still gets a socket, and the host itself (a benchmark opening a
        // thousand at once) is neither held nor counted.
        auto other = connectFrom(u"127.0.0.6"_s);
        QVERIFY(other);
        other->write(upgrade());
        QVERIFY(readSome(*other, 12).startsWith("HTTP/1.1 101"));
        QTRY_COMPARE(m_host->runtime().server().gateway().sessionCount(), budget + 1);
        std::vector<std::unique_ptr<QTcpSocket>> local;
        for (int i = 0; i < 2 * budget; ++i) {
            local.push_back(connectFrom(u"127.0.0.1"_s));
            QVERIFY(local.back());
            local.back()->write(upgrade());
            QVERIFY(readSome(*local.back(), 12).startsWith("HTTP/1.1 101"));
        }
        QTRY_COMPARE(m_host->runtime().server().gateway().sessionCount(), 3 * budget + 1);
    }

    void descriptorLimitLeavesRoomForEverySession()
    {
        rlimit limit{};
        QCOMPARE(getrlimit(RLIMIT_NOFILE, &limit), 0);
        const rlim_t wanted = std::min<rlim_t>(65'536, limit.rlim_max);
        QVERIFY2(limit.rlim_cur >= wanted, qPrintable(u"soft %1, hard %2"_s.arg(limit.rlim_cur).arg(limit.rlim_max)));
        if (limit.rlim_max >= 8'192)
            QVERIFY(limit.rlim_cur > rlim_t(WsGateway::MaxSessions) + 1'000);
    }
};

QTEST_GUILESS_MAIN(TestConnectionLimits)
#include "tst_connectionlimits.moc"
