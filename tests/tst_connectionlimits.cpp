// SPDX-License-Identifier: GPL-3.0-or-later
// The host's connection limits, against a real host on loopback, with raw TCP clients that play
// a LAN neighbour (their source addresses are 127.0.0.x, which the host does not count as
// itself): a connection that sends nothing or half a header is closed; one address holds
// only its share of connections and of sockets waiting to sign in; the host itself is spared;
// the descriptor limit leaves room for the documented 5,000 sessions.
#include "HttpClient.h"
#include "TestHost.h"
#include "server/net/BoundedTcpServer.h"
#include "server/net/ConnectionLimits.h"
#include "server/net/WsGateway.h"
#include "server/net/ws/WsFrame.h"

#include <QTcpSocket>

#include <functional>
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


    // A masked client frame (the mask is fixed: the host must unmask whatever it is).
    static QByteArray clientFrame(quint8 firstByte, const QByteArray &payload, bool masked = true)
    {
        QByteArray f;
        f.append(char(firstByte));
        const char mask = masked ? char(0x80) : char(0);
        if (payload.size() < 126) {
            f.append(char(mask | payload.size()));
        } else { // up to 64 KiB here
            f.append(char(mask | 126));
            f.append(char(payload.size() >> 8));
            f.append(char(payload.size() & 0xFF));
        }
        const char key[4] = {'\x12', '\x34', '\x56', '\x78'};
        if (masked)
            f.append(key, 4);
        for (qsizetype i = 0; i < payload.size(); ++i)
            f.append(masked ? char(payload[i] ^ key[i % 4]) : payload[i]);
        return f;
    }
    struct ServerFrame
    {
        quint8 opcode = 0;
        QByteArray payload;
        int closeCode() const { return payload.size() >= 2 ? (quint8(payload[0]) << 8) | quint8(payload[1]) : 0; }
    };
    // Upgrades `socket` and returns the server's frames read until `until` says stop or the
    // socket closes; the 101 head is checked and dropped.
    static QList<ServerFrame> framesUntil(QTcpSocket &socket, QByteArray &buffer,
                                          const std::function<bool(const QList<ServerFrame> &)> &until,
                                          int ms = 5000)
    {
        QList<ServerFrame> frames;
        QDeadlineTimer deadline(ms);
        while (!deadline.hasExpired()) {
            buffer += socket.readAll();
            for (;;) { // server frames: unmasked, lengths up to 64 KiB here
                if (buffer.size() < 2)
                    break;
                qsizetype header = 2, length = quint8(buffer[1]) & 0x7F;
                if (length == 126) {
                    if (buffer.size() < 4)
                        break;
                    length = (quint8(buffer[2]) << 8) | quint8(buffer[3]);
                    header = 4;
                }
                if (buffer.size() < header + length)
                    break;
                frames.append({quint8(quint8(buffer[0]) & 0x0F), buffer.mid(header, length)});
                buffer.remove(0, header + length);
            }
            if (until(frames) || socket.state() == QAbstractSocket::UnconnectedState)
                break;
            QTest::qWait(5);
        }
        return frames;
    }
    // A raw WebSocket from `source`, upgraded; `rest` keeps bytes read past the 101.
    std::unique_ptr<QTcpSocket> rawWebSocket(const QString &source, QByteArray &rest)
    {
        auto s = connectFrom(source);
        if (!s)
            return nullptr;
        s->write(upgrade());
        QByteArray got = readSome(*s, 12);
        while (!got.contains("\r\n\r\n") && s->state() == QAbstractSocket::ConnectedState && s->waitForReadyRead(3000))
            got += s->readAll();
        const qsizetype end = got.indexOf("\r\n\r\n");
        if (!got.startsWith("HTTP/1.1 101") || end < 0)
            return nullptr;
        rest = got.mid(end + 4);
        return s;
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

    void rawFramesAreHeldToTheProtocol()
    {
        // An unmasked frame from a client fails the connection with 1002 (RFC 6455 5.1).
        QByteArray rest;
        auto unmasked = rawWebSocket(u"127.0.0.7"_s, rest);
        QVERIFY(unmasked);
        unmasked->write(clientFrame(0x81, "{\"type\":\"ping\"}", false));
        QList<ServerFrame> got = framesUntil(*unmasked, rest, [](const auto &f) { return !f.isEmpty(); });
        QCOMPARE(got.size(), 1);
        QCOMPARE(got[0].opcode, 0x8);
        QCOMPARE(got[0].closeCode(), int(ws::close::ProtocolError));
        QTRY_COMPARE(unmasked->state(), QAbstractSocket::UnconnectedState);

        // Before signing in a ping is not answered: the next message's refusal comes first.
        auto early = rawWebSocket(u"127.0.0.7"_s, rest);
        QVERIFY(early);
        early->write(clientFrame(0x89, "early") + clientFrame(0x81, "{\"type\":\"state.get\",\"id\":1}"));
        got = framesUntil(*early, rest, [](const auto &f) { return !f.isEmpty(); });
        QVERIFY(!got.isEmpty());
        QCOMPARE(got[0].opcode, 0x1);
        QVERIFY2(got[0].payload.contains("AUTH_REQUIRED"), got[0].payload.constData());

        // Signed in, a ping is answered with its payload, within the message budget; a flood
        // of them is closed like a flood of messages.
        HttpClient http(m_host->httpUrl());
        const QString token = http.signIn(QString::fromLatin1(TestHost::Password));
        QVERIFY(!token.isEmpty());
        early->write(clientFrame(0x81, "{\"type\":\"auth\",\"id\":2,\"data\":{\"token\":\"" + token.toUtf8() + "\"}}"));
        got = framesUntil(*early, rest, [](const auto &f) { return !f.isEmpty(); });
        QVERIFY(!got.isEmpty());
        QVERIFY2(got[0].payload.contains("\"re\":2") && got[0].payload.contains("\"type\":\"ok\""), got[0].payload.constData());
        rest.clear();
        early->write(clientFrame(0x89, "hello"));
        got = framesUntil(*early, rest, [](const auto &f) { return !f.isEmpty(); });
        QCOMPARE(got.size(), 1);
        QCOMPARE(got[0].opcode, 0xA);
        QCOMPARE(got[0].payload, QByteArray("hello"));
        QByteArray flood;
        for (int i = 0; i < 500; ++i)
            flood += clientFrame(0x89, "x");
        early->write(flood);
        got = framesUntil(*early, rest, [](const auto &f) { return !f.isEmpty() && f.last().opcode == 0x8; });
        QVERIFY(!got.isEmpty());
        QCOMPARE(got.last().opcode, 0x8);
        QCOMPARE(got.last().closeCode(), int(ws::close::PolicyViolated));
        const auto pongs = std::count_if(got.cbegin(), got.cend(), [](const ServerFrame &f) { return f.opcode == 0xA; });
        // What was left of the bucket's burst of 40 (three messages and pings drew on it so
        // far; the ping before signing in did not), and what refilled meanwhile.
        QVERIFY2(pongs >= 37 && pongs <= 42, QByteArray::number(qsizetype(pongs)).constData());

        // A client's close is answered with the same code, and the host ends the connection.
        auto closing = rawWebSocket(u"127.0.0.7"_s, rest);
        QVERIFY(closing);
        closing->write(clientFrame(0x88, QByteArray::fromHex("0fa0") + "leaving"));
        got = framesUntil(*closing, rest, [](const auto &f) { return !f.isEmpty(); });
        QCOMPARE(got.size(), 1);
        QCOMPARE(got[0].opcode, 0x8);
        QCOMPARE(got[0].closeCode(), 4000);
        QTRY_COMPARE(closing->state(), QAbstractSocket::UnconnectedState);
    }

    void upgradesThatCannotBeServedAreAnsweredInHttp()
    {
        // An old protocol version: 426 with the version this host speaks.
        auto old = connectFrom(u"127.0.0.8"_s);
        QVERIFY(old);
        old->write(upgrade().replace("Version: 13", "Version: 8"));
        QByteArray answer = readSome(*old, 200);
        QVERIFY2(answer.startsWith("HTTP/1.1 426") && answer.contains("Sec-WebSocket-Version: 13"), answer.constData());
        QTRY_COMPARE(old->state(), QAbstractSocket::UnconnectedState);
        // An upgrade anywhere but /ws.
        auto elsewhere = connectFrom(u"127.0.0.8"_s);
        QVERIFY(elsewhere);
        elsewhere->write(upgrade().replace("GET /ws ", "GET /api/health "));
        answer = readSome(*elsewhere, 12);
        QVERIFY2(answer.startsWith("HTTP/1.1 404"), answer.constData());
        // A head that never ends within 16 KiB.
        auto endless = connectFrom(u"127.0.0.8"_s);
        QVERIFY(endless);
        endless->write("GET / HTTP/1.1\r\nX-Long: " + QByteArray(20000, 'a'));
        answer = readSome(*endless, 12);
        QVERIFY2(answer.startsWith("HTTP/1.1 431"), answer.constData());
        // Plain HTTP on the same port is untouched, a body arriving with its head included.
        auto plain = connectFrom(u"127.0.0.8"_s);
        QVERIFY(plain);
        const QByteArray body = "{\"username\":\"admin\",\"password\":\"" + QByteArray(TestHost::Password) + "\"}";
        plain->write("POST /api/players/authenticate HTTP/1.1\r\nHost: " + hostHeader()
                     + "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size())
                     + "\r\n\r\n" + body);
        answer = readSome(*plain, 200);
        QVERIFY2(answer.startsWith("HTTP/1.1 200") && answer.contains("\"token\""), answer.constData());
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
