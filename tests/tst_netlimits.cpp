// SPDX-License-Identifier: GPL-3.0-or-later
// The host's guards on untrusted input: rate buckets, the Origin rule, the envelope parser.
#include "server/net/AddressBuckets.h"
#include "server/net/OriginPolicy.h"
#include "server/net/PeerAddress.h"
#include "server/net/SignInThrottle.h"
#include "server/protocol/Protocol.h"
#include "server/core/TokenBucket.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace steward;
using namespace Qt::StringLiterals;

class TestNetLimits : public QObject
{
    Q_OBJECT
private slots:
    void tokenBucket()
    {
        TokenBucket b(3, 2); // burst 3, 2 per second
        qint64 t = 1000;
        QVERIFY(b.take(t));
        QVERIFY(b.take(t));
        QVERIFY(b.take(t));
        QVERIFY(!b.take(t));
        QVERIFY(!b.take(t + 499)); // 0.998 of a token
        QVERIFY(b.take(t + 500));
        QVERIFY(!b.take(t + 500));
        QVERIFY(b.take(t + 10'000, 3)); // refills up to the burst, never past it
        QVERIFY(!b.take(t + 10'000));
        QVERIFY(!b.take(t + 10'000, 0.5));
    }

    // A sweep from many addresses must not wipe the bucket of the one being throttled.
    void addressBucketsEvictRefilledAndOldestFirst()
    {
        AddressBuckets buckets(2, 0.2, 100); // burst 2, one token per 5 s, 100 addresses
        const QHostAddress guesser(u"192.168.1.66"_s);
        qint64 t = 1'000;
        QVERIFY(buckets.take(guesser, t));
        QVERIFY(buckets.take(guesser, t));
        QVERIFY(!buckets.take(guesser, t));
        // 10,000 other addresses at once, one request each.
        for (quint32 i = 1; i <= 10'000; ++i)
            QVERIFY(buckets.take(QHostAddress(0x0A000000u + i), t + 1));
        QVERIFY(buckets.size() <= 100);
        // The guesser's empty bucket was kept: still nothing to take.
        QVERIFY(!buckets.take(guesser, t + 1));
        // Time refills it as ever: one token per 5 s.
        QVERIFY(buckets.take(guesser, t + 5'001));
    }

    void signInThrottleHoldsASpreadGuesser()
    {
        SignInThrottle throttle;
        const qint64 t = 5'000;
        int allowed = 0;
        // 30 addresses, 10 guesses each, all at once: the shared bucket lets 30 through.
        for (quint32 a = 1; a <= 30; ++a) {
            for (int i = 0; i < 10; ++i)
                allowed += throttle.allow(QHostAddress(0xC0A80100u + a), t);
        }
        QCOMPARE(allowed, int(SignInThrottle::GlobalBurst));
        // The teacher at the host itself, and an address that knew the password, still get in.
        QVERIFY(throttle.allow(QHostAddress::LocalHost, t));
        QVERIFY(throttle.allow(QHostAddress(u"::ffff:127.0.0.1"_s), t));
        QVERIFY(!throttle.allow(QHostAddress(u"192.168.1.200"_s), t));
        throttle.succeeded(QHostAddress(u"192.168.1.200"_s));
        QVERIFY(throttle.allow(QHostAddress(u"192.168.1.200"_s), t));
        // One address alone: 10 at once, then one every 5 s.
        SignInThrottle alone;
        const QHostAddress one(u"192.168.1.7"_s);
        for (int i = 0; i < 10; ++i)
            QVERIFY(alone.allow(one, t));
        QVERIFY(!alone.allow(one, t));
        QVERIFY(!alone.allow(one, t + 4'900));
        QVERIFY(alone.allow(one, t + 5'000));
    }

    void hostItselfIsOnlyItsOwnAddress()
    {
        QVERIFY(isHostItself(QHostAddress::LocalHost));
        QVERIFY(isHostItself(QHostAddress::LocalHostIPv6));
        QVERIFY(isHostItself(QHostAddress(u"::ffff:127.0.0.1"_s)));
        QVERIFY(!isHostItself(QHostAddress(u"127.0.0.2"_s)));
        QVERIFY(!isHostItself(QHostAddress(u"192.168.1.20"_s)));
        QVERIFY(!isHostItself(QHostAddress(u"::ffff:192.168.1.20"_s)));
    }

    void originRule_data()
    {
        QTest::addColumn<QString>("origin");
        QTest::addColumn<QString>("host");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("no origin: not a browser") << QString() << u"10.0.0.5:8080"_s << true;
        QTest::newRow("same origin") << u"http://10.0.0.5:8080"_s << u"10.0.0.5:8080"_s << true;
        QTest::newRow("same, default port") << u"http://steward.lan"_s << u"steward.lan"_s << true;
        QTest::newRow("case-blind host") << u"http://Steward.LAN:8080"_s << u"steward.lan:8080"_s << true;
        QTest::newRow("other port") << u"http://10.0.0.5:9090"_s << u"10.0.0.5:8080"_s << false;
        QTest::newRow("other host") << u"http://evil.example"_s << u"10.0.0.5:8080"_s << false;
        QTest::newRow("null") << u"null"_s << u"10.0.0.5:8080"_s << false;
        QTest::newRow("file page") << u"file://"_s << u"10.0.0.5:8080"_s << false;
        QTest::newRow("listed") << u"https://games.example.org"_s << u"10.0.0.5:8080"_s << true;
    }

    void originRule()
    {
        QFETCH(QString, origin);
        QFETCH(QString, host);
        QFETCH(bool, allowed);
        const OriginPolicy policy({u"https://games.example.org"_s});
        QCOMPARE(policy.allows(origin, host), allowed);
    }

    void envelopes()
    {
        auto ok = protocol::parseEnvelope(R"({"type":"order.place","id":7,"data":{"quantity":3}})");
        QVERIFY(ok);
        QCOMPARE(ok->type, u"order.place"_s);
        QCOMPARE(ok->id.toInt(), 7);
        QCOMPARE(ok->data.value(u"quantity").toInt(), 3);
        QCOMPARE(protocol::parseEnvelope("[]").error().codeName(), u"BAD_JSON"_s);
        QCOMPARE(protocol::parseEnvelope("\xff\xfe").error().codeName(), u"BAD_JSON"_s);
        QCOMPARE(protocol::parseEnvelope(R"({"type":5})").error().codeName(), u"BAD_REQUEST"_s);
        QCOMPARE(protocol::parseEnvelope(R"({"type":"x","data":[1]})").error().codeName(), u"BAD_REQUEST"_s);
        QCOMPARE(protocol::parseEnvelope(QByteArray(protocol::MaxMessageBytes + 1, ' ')).error().codeName(),
                 u"PAYLOAD_TOO_LARGE"_s);
        // An id that is neither a number nor a short string is not echoed.
        const auto odd = protocol::parseEnvelope(R"({"type":"ping","id":{"a":1}})");
        QCOMPARE(protocol::ok(odd->id, {}), R"({"data":{},"type":"ok"})"_ba);
        QCOMPARE(protocol::error(3, Error{ErrorCode::RateLimited, u"slow"_s}),
                 R"({"code":"RATE_LIMITED","message":"slow","re":3,"type":"error"})"_ba);
    }

    void deltasRebuildTheView()
    {
        QJsonObject view{{u"week"_s, 2}, {u"history"_s, QJsonArray{1}}, {u"weekDeadline"_s, 5}, {u"name"_s, u"Ada"_s}};
        const QByteArray frame = protocol::stateDelta({{u"week"_s, 3}}, {{u"history"_s, QJsonArray{2}}},
                                                      QJsonArray{u"weekDeadline"_s});
        protocol::applyStateDelta(view, QJsonDocument::fromJson(frame).object());
        QCOMPARE(view, (QJsonObject{{u"week"_s, 3}, {u"history"_s, QJsonArray{1, 2}}, {u"name"_s, u"Ada"_s}}));
    }
};

QTEST_GUILESS_MAIN(TestNetLimits)
#include "tst_netlimits.moc"
