// SPDX-License-Identifier: GPL-3.0-or-later
// The signing scheme shared with betting operators: fixed vectors computed outside Qt, every
// refusal in its order, and the nonce cache's expiry and cap.
#include "ManualClock.h"
#include "server/core/Clock.h"
#include "server/wallet/NonceCache.h"
#include "server/wallet/RequestSigning.h"

#include <QNetworkRequest>
#include <QSet>
#include <QTest>
#include <QUrl>

using namespace steward;
using namespace steward::wallet;
using namespace Qt::StringLiterals;

namespace {

const QString Key = u"op-1"_s;
const QByteArray Secret = "operator-one-secret";

SecretLookup lookup()
{
    return [](const QString &keyId) -> std::optional<QByteArray> {
        if (keyId == Key)
            return Secret;
        if (keyId == u"op-2")
            return QByteArray("operator-two-secret");
        return std::nullopt;
    };
}

RequestParts signedParts(qint64 timestamp, const QString &nonce, const QByteArray &body = R"({"betRef":"b1","amount":500})",
                         const QByteArray &path = "/api/operator/bets", const QString &key = Key,
                         const QByteArray &secret = Secret)
{
    const SignedHeaders h = RequestSigning::sign(key, secret, "POST", path, body, timestamp, nonce);
    return RequestParts::from("POST", path, body, h.list());
}

} // namespace

class TestRequestSigning : public QObject
{
    Q_OBJECT
private slots:
    // Expected signatures computed with Python's hmac, e.g. the first:
    //   python3 -c 'import hmac,hashlib; b=b"{\"txId\":\"t1\",\"amount\":100}";
    //     c=b"POST\n/wallet/debit\n1700000000\nabcdefghijklmnop\n"+hashlib.sha256(b).hexdigest().encode();
    //     print(hmac.new(b"s3cret-key", c, hashlib.sha256).hexdigest())'
    // and the first checked again with OpenSSL:
    //   h=$(printf '%s' '{"txId":"t1","amount":100}' | openssl dgst -sha256 -r | cut -d' ' -f1)
    //   printf 'POST\n/wallet/debit\n1700000000\nabcdefghijklmnop\n%s' "$h" | openssl dgst -sha256 -hmac 's3cret-key'
    void vectors_data()
    {
        QTest::addColumn<QByteArray>("secret");
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<qint64>("timestamp");
        QTest::addColumn<QString>("nonce");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("signature");
        QTest::newRow("debit webhook") << QByteArray("s3cret-key") << QByteArray("POST") << QByteArray("/wallet/debit")
                                       << qint64(1700000000) << u"abcdefghijklmnop"_s
                                       << QByteArray(R"({"txId":"t1","amount":100})")
                                       << QByteArray("8ab9941bac1c82a1ccb94b85d64bc435d234f696b4e1cc790e36cc705050ebd1");
        QTest::newRow("empty body, query") << QByteArray("another secret") << QByteArray("GET")
                                           << QByteArray("/api/op/rounds?limit=5&x=y") << qint64(1700000123)
                                           << u"NONCE_0123456789-xyz"_s << QByteArray()
                                           << QByteArray("da928ae2db9958b804c8afc35acf26e7ea120f0ba4c322877cd78c4c485396b0");
        QTest::newRow("utf-8 body, escaped path") << QByteArray("k") << QByteArray("PUT") << QByteArray("/a%20b")
                                                  << qint64(1) << u"0123456789abcdef"_s << u"é"_s.toUtf8()
                                                  << QByteArray("f0b655c522dc26b5c15c5e272748e1fee342ccc4a0642119c3162c77412f8ad7");
    }
    void vectors()
    {
        QFETCH(QByteArray, secret);
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, path);
        QFETCH(qint64, timestamp);
        QFETCH(QString, nonce);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, signature);
        const SignedHeaders h = RequestSigning::sign(u"any-key"_s, secret, method, path, body, timestamp, nonce);
        QCOMPARE(h.signature, signature);
        QCOMPARE(h.timestamp, QByteArray::number(timestamp));
        QCOMPARE(h.nonce, nonce.toLatin1());
        QCOMPARE(h.keyId, QByteArray("any-key"));
    }

    void canonicalString()
    {
        // sha256("") = e3b0c442...: the empty body is hashed like any other.
        QCOMPARE(RequestSigning::canonicalString("GET", "/x?a=1", "42", "0123456789abcdef", {}),
                 QByteArray("GET\n/x?a=1\n42\n0123456789abcdef\n"
                            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    }

    void verifyAccepts()
    {
        NonceCache nonces;
        const qint64 now = 1'700'000'000;
        const auto r = RequestSigning::verify(signedParts(now, u"nonce-accept-0001"_s), lookup(), nonces, now);
        QVERIFY2(r, qPrintable(r.ok() ? QString() : r.error().message));
        QCOMPARE(r.value(), Key);
    }

    void headersAreCaseInsensitive()
    {
        NonceCache nonces;
        const qint64 now = 1'700'000'000;
        const SignedHeaders h = RequestSigning::sign(Key, Secret, "POST", "/p", "{}", now, u"nonce-case-00001"_s);
        QList<std::pair<QByteArray, QByteArray>> lower;
        for (const auto &[name, value] : h.list())
            lower.append({name.toLower(), value});
        QVERIFY(RequestSigning::verify(RequestParts::from("POST", "/p", "{}", lower), lookup(), nonces, now));
        // Upper-case hex is read too.
        RequestParts upper = RequestParts::from("POST", "/p", "{}", h.list());
        upper.signature = upper.signature.toUpper();
        upper.nonce = "nonce-case-00002";
        upper.signature = RequestSigning::sign(Key, Secret, "POST", "/p", "{}", now, u"nonce-case-00002"_s).signature.toUpper();
        QVERIFY(RequestSigning::verify(upper, lookup(), nonces, now));
    }

    void skew_data()
    {
        QTest::addColumn<qint64>("offset");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("-31 s") << qint64(-31) << false;
        QTest::newRow("-30 s") << qint64(-30) << true;
        QTest::newRow("now") << qint64(0) << true;
        QTest::newRow("+30 s") << qint64(30) << true;
        QTest::newRow("+31 s") << qint64(31) << false;
    }
    void skew()
    {
        QFETCH(qint64, offset);
        QFETCH(bool, accepted);
        NonceCache nonces;
        const qint64 now = 1'700'000'000;
        const auto r = RequestSigning::verify(signedParts(now + offset, u"nonce-skew-000001"_s), lookup(), nonces, now);
        QCOMPARE(r.ok(), accepted);
        if (!accepted)
            QCOMPARE(r.error().code, ErrorCode::StaleTimestamp);
    }

    void replayedNonce()
    {
        NonceCache nonces;
        const qint64 now = 1'700'000'000;
        const RequestParts p = signedParts(now, u"nonce-replay-0001"_s);
        QVERIFY(RequestSigning::verify(p, lookup(), nonces, now));
        const auto again = RequestSigning::verify(p, lookup(), nonces, now + 5);
        QVERIFY(!again);
        QCOMPARE(again.error().code, ErrorCode::ReplayedNonce);
        // Nonces are per key: another operator may use the same one.
        const RequestParts other = signedParts(now, u"nonce-replay-0001"_s, "{}", "/p", u"op-2"_s, "operator-two-secret");
        QVERIFY(RequestSigning::verify(other, lookup(), nonces, now));
    }

    void wrongSecret()
    {
        NonceCache nonces;
        const qint64 now = 1'700'000'000;
        const auto r = RequestSigning::verify(signedParts(now, u"nonce-secret-0001"_s, "{}", "/p", Key, "not-the-secret"),
                                              lookup(), nonces, now);
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::SignatureInvalid);
    }

    void tampered_data()
    {
        QTest::addColumn<QString>("what");
        QTest::newRow("body") << u"body"_s;
        QTest::newRow("path") << u"path"_s;
        QTest::newRow("query") << u"query"_s;
        QTest::newRow("method") << u"method"_s;
        QTest::newRow("timestamp") << u"timestamp"_s;
        QTest::newRow("nonce") << u"nonce"_s;
        QTest::newRow("key") << u"key"_s;
    }
    void tampered()
    {
        QFETCH(QString, what);
        NonceCache nonces;
        const qint64 now = 1'700'000'000;
        RequestParts p = signedParts(now, u"nonce-tamper-0001"_s);
        if (what == u"body")
            p.body.replace("500", "5000");
        else if (what == u"path")
            p.pathWithQuery = "/api/operator/bets/2";
        else if (what == u"query")
            p.pathWithQuery += "?amount=1";
        else if (what == u"method")
            p.method = "PUT";
        else if (what == u"timestamp")
            p.timestamp = QByteArray::number(now + 1);
        else if (what == u"nonce")
            p.nonce = "nonce-tamper-0002";
        else if (what == u"key")
            p.keyId = "op-2";
        const auto r = RequestSigning::verify(p, lookup(), nonces, now);
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::SignatureInvalid);
    }

    void malformed_data()
    {
        QTest::addColumn<QString>("header");
        QTest::addColumn<QByteArray>("value");
        QTest::newRow("no key") << u"key"_s << QByteArray();
        QTest::newRow("no timestamp") << u"timestamp"_s << QByteArray();
        QTest::newRow("no nonce") << u"nonce"_s << QByteArray();
        QTest::newRow("no signature") << u"signature"_s << QByteArray();
        QTest::newRow("timestamp not a number") << u"timestamp"_s << QByteArray("17000000a0");
        QTest::newRow("negative timestamp") << u"timestamp"_s << QByteArray("-1700000000");
        QTest::newRow("timestamp in ms") << u"timestamp"_s << QByteArray("1700000000000000");
        QTest::newRow("nonce too short") << u"nonce"_s << QByteArray("abcdefghijklmno");
        QTest::newRow("nonce too long") << u"nonce"_s << QByteArray(65, 'a');
        QTest::newRow("nonce with a dot") << u"nonce"_s << QByteArray("abcdefgh.ijklmnop");
        QTest::newRow("signature short") << u"signature"_s << QByteArray(63, 'a');
        QTest::newRow("signature not hex") << u"signature"_s << QByteArray(64, 'g');
        QTest::newRow("key with a space") << u"key"_s << QByteArray("op 1");
    }
    void malformed()
    {
        QFETCH(QString, header);
        QFETCH(QByteArray, value);
        NonceCache nonces;
        const qint64 now = 1'700'000'000;
        RequestParts p = signedParts(now, u"nonce-malformed-1"_s);
        QByteArray &field = header == u"key" ? p.keyId : header == u"timestamp" ? p.timestamp
                          : header == u"nonce" ? p.nonce : p.signature;
        field = value;
        const auto r = RequestSigning::verify(p, lookup(), nonces, now);
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::SignatureMissing);
        QCOMPARE(nonces.size(), 0);
    }

    void orderOfChecks()
    {
        NonceCache nonces;
        const qint64 now = 1'700'000'000;
        // An unknown key is reported before a stale timestamp.
        RequestParts p = signedParts(now - 100, u"nonce-order-00001"_s, "{}", "/p", u"op-9"_s, "x");
        auto r = RequestSigning::verify(p, lookup(), nonces, now);
        QCOMPARE(r.error().code, ErrorCode::UnknownOperatorKey);
        // A stale timestamp before a bad signature.
        p = signedParts(now - 100, u"nonce-order-00002"_s, "{}", "/p", Key, "wrong");
        r = RequestSigning::verify(p, lookup(), nonces, now);
        QCOMPARE(r.error().code, ErrorCode::StaleTimestamp);
        // A bad signature does not record its nonce: the genuine request with it still passes.
        p = signedParts(now, u"nonce-order-00003"_s, "{}", "/p", Key, "wrong");
        r = RequestSigning::verify(p, lookup(), nonces, now);
        QCOMPARE(r.error().code, ErrorCode::SignatureInvalid);
        QCOMPARE(nonces.size(), 0);
        QVERIFY(RequestSigning::verify(signedParts(now, u"nonce-order-00003"_s), lookup(), nonces, now));
    }

    void newNonce()
    {
        QSet<QString> seen;
        for (int i = 0; i < 1000; ++i) {
            const QString n = RequestSigning::newNonce();
            QCOMPARE(n.size(), 22);
            QVERIFY(RequestSigning::isValidNonce(n.toLatin1()));
            seen.insert(n);
        }
        QCOMPARE(seen.size(), 1000);
    }

    void pathWithQuery()
    {
        QCOMPARE(RequestSigning::pathWithQuery(QUrl(u"http://127.0.0.1:8080/wallet/debit"_s)), QByteArray("/wallet/debit"));
        QCOMPARE(RequestSigning::pathWithQuery(QUrl(u"http://h/a/../b?x=1&y=a b#frag"_s)), QByteArray("/b?x=1&y=a%20b"));
        QCOMPARE(RequestSigning::pathWithQuery(QUrl(u"http://h:1"_s)), QByteArray("/"));
    }

    void signedHeadersOnARequest()
    {
        QNetworkRequest request(QUrl(u"http://h/p"_s));
        RequestSigning::sign(Key, Secret, "POST", "/p", "{}", 5, u"nonce-request-001"_s).applyTo(request);
        QCOMPARE(request.rawHeader("X-Steward-Key"), Key.toLatin1());
        QCOMPARE(request.rawHeader("X-Steward-Timestamp"), QByteArray("5"));
        QCOMPARE(request.rawHeader("X-Steward-Nonce"), QByteArray("nonce-request-001"));
        QCOMPARE(request.rawHeader("X-Steward-Signature").size(), 64);
    }

    // A nonce first seen at t may come back with a timestamp of t + 30 until t + 60: kept that long.
    void nonceExpiryWithClock()
    {
        ManualClock clock;
        NonceCache nonces;
        const qint64 t = clock.seconds();
        const RequestParts ahead = signedParts(t + 30, u"nonce-expiry-0001"_s);
        QVERIFY(RequestSigning::verify(ahead, lookup(), nonces, clock.seconds()));
        clock.advanceSeconds(60);
        auto r = RequestSigning::verify(ahead, lookup(), nonces, clock.seconds());
        QCOMPARE(r.error().code, ErrorCode::ReplayedNonce);
        clock.advanceSeconds(1);
        QVERIFY(!nonces.contains(Key, "nonce-expiry-0001", clock.seconds()));
        QCOMPARE(nonces.size(), 0);
        // Past the window the timestamp alone refuses it.
        r = RequestSigning::verify(ahead, lookup(), nonces, clock.seconds());
        QCOMPARE(r.error().code, ErrorCode::StaleTimestamp);
    }

    void nonceExpiryIsByTime()
    {
        ManualClock clock;
        NonceCache nonces;
        for (int i = 0; i < 10'000; ++i) {
            QCOMPARE(nonces.insert(Key, QByteArray::number(i).rightJustified(16, '0'), clock.seconds() + i / 1000),
                     NonceCache::Outcome::Fresh);
        }
        QCOMPARE(nonces.size(), 10'000);
        // Entries leave in the order they came, as their time passes.
        nonces.expire(clock.seconds() + NonceCache::DefaultKeepSeconds + 4);
        QCOMPARE(nonces.size(), 5'000);
        nonces.expire(clock.seconds() + NonceCache::DefaultKeepSeconds + 10);
        QCOMPARE(nonces.size(), 0);
    }

    void cacheCap()
    {
        ManualClock clock;
        NonceCache nonces(3);
        for (int i = 0; i < 3; ++i) {
            const RequestParts p = signedParts(clock.seconds(), u"nonce-cap-00000%1"_s.arg(i));
            QVERIFY(RequestSigning::verify(p, lookup(), nonces, clock.seconds()));
        }
        // Full: a new nonce is refused rather than a live one forgotten...
        const RequestParts fourth = signedParts(clock.seconds(), u"nonce-cap-000003"_s);
        auto r = RequestSigning::verify(fourth, lookup(), nonces, clock.seconds());
        QCOMPARE(r.error().code, ErrorCode::ReplayedNonce);
        QCOMPARE(nonces.size(), 3);
        // ...and the live ones are still caught.
        QVERIFY(nonces.contains(Key, "nonce-cap-000000", clock.seconds()));
        QCOMPARE(nonces.insert(Key, "nonce-cap-000000", clock.seconds()), NonceCache::Outcome::Seen);
        // Once they expire there is room again.
        clock.advanceSeconds(NonceCache::DefaultKeepSeconds);
        const RequestParts later = signedParts(clock.seconds(), u"nonce-cap-000004"_s);
        QVERIFY(RequestSigning::verify(later, lookup(), nonces, clock.seconds()));
        QCOMPARE(nonces.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestRequestSigning)
#include "tst_requestsigning.moc"
