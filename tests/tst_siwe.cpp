// SPDX-License-Identifier: GPL-3.0-or-later
// Wallet sign-in with Sign-In with Ethereum (EIP-4361): the message format, the challenge
// store, and the two endpoints of a real host driven over HTTP, with messages signed both by
// ethers (the reference wallet library, through tools/chain/sign-message.mjs) and by our own
// secp256k1 code.
#include "RealParts.h"
#include "ManualClock.h"
#include "HttpClient.h"
#include "TestHost.h"
#include "WsClient.h"

#include "server/auth/Authenticator.h"
#include "server/auth/Jwt.h"
#include "server/auth/SiweChallenges.h"
#include "server/auth/SiweMessage.h"
#include "server/chain/node/DevAccounts.h"
#include "server/chain/primitives/Hex.h"
#include "server/chain/primitives/PersonalMessage.h"
#include "server/chain/primitives/Secp256k1.h"
#include "server/core/GameHost.h"
#include "server/store/EventStore.h"

#include <QDateTime>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTemporaryFile>
#include <QTest>
#include <QTimer>

using namespace steward;
using namespace Qt::StringLiterals;

namespace {

QByteArray keyBytes(QStringView hexKey)
{
    return chain::hex::decode(hexKey).value_or(QByteArray());
}

chain::Address addressOfKey(QStringView hexKey)
{
    return chain::secp256k1::addressOf(keyBytes(hexKey)).value_or(chain::Address());
}

// Signs like a wallet's personal_sign, with our own code.
QString signOwn(const QString &message, QStringView hexKey)
{
    const auto sig = chain::personal::signMessage(message.toUtf8(), keyBytes(hexKey));
    return sig ? chain::hex::encode(*sig) : QString();
}

// A message with every optional field, as a wallet could be asked to sign.
SiweMessage fullMessage()
{
    SiweMessage m;
    m.domain = u"192.168.1.20:8080"_s;
    m.address = *chain::Address::fromString(chain::DevAccount0Address);
    m.statement = u"Sign in to Steward to join a game."_s;
    m.uri = u"http://192.168.1.20:8080/"_s;
    m.chainId = 31337;
    m.nonce = u"a1b2c3d4e5f60718293a4b5c6d7e8f90"_s;
    m.issuedAtMs = 1'750'000'000'123;
    m.expirationTimeMs = m.issuedAtMs + 300'000;
    m.notBeforeMs = m.issuedAtMs - 1000;
    m.requestId = u"req-17"_s;
    m.resources = {u"https://example.com/my-web2-claim.json"_s, u"ipfs://bafybeiemxf5abjwjbikoz4mc3a3dla6ual3jsgpdr4cjr3oz3evfyavhwq/"_s};
    return m;
}

// The refusal's message, for QVERIFY2 (which evaluates its message even when all is well).
template<typename T>
QString why(const Result<T> &r)
{
    return r ? QString() : r.error().message;
}

QString withLine(const QString &text, const QString &prefix, const QString &replacement)
{
    QStringList lines = text.split(u'\n');
    for (QString &l : lines) {
        if (l.startsWith(prefix))
            l = replacement;
    }
    lines.removeAll(u"<drop>"_s);
    return lines.join(u'\n');
}

} // namespace

class TestSiwe : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<TestHost> m_host;
    std::unique_ptr<HttpClient> m_http;
    QString m_admin;
    QString m_node;      // node executable, empty when missing
    QString m_nodeSkip;  // why ethers cannot be used, or empty

    QString hostHeader() const { return u"127.0.0.1:%1"_s.arg(m_host->runtime().port()); }

    HttpReply challenge(const QString &address)
    {
        return m_http->post(u"/auth/challenge"_s, {{u"address"_s, address}});
    }
    HttpReply verify(const QString &message, const QString &signature)
    {
        return m_http->post(u"/auth/verify"_s, {{u"message"_s, message}, {u"signature"_s, signature}});
    }
    static QString outcome(const HttpReply &r) { return u"%1 %2"_s.arg(r.status).arg(r.errorCode()); }

    // A fresh challenge for `key`'s address, parsed.
    SiweMessage freshChallenge(QStringView key = chain::DevAccount0PrivateKey)
    {
        const HttpReply r = challenge(addressOfKey(key).toChecksumString());
        if (r.status != 200)
            qWarning() << r.body;
        auto m = SiweMessage::parse(r.json.value(u"message").toString());
        if (!m)
            qWarning() << m.error().message;
        return m ? m.value() : SiweMessage();
    }

    // ethers' Wallet.signMessage through tools/chain/sign-message.mjs; empty when it failed.
    QString signWithEthers(const QString &message, QStringView key)
    {
        QTemporaryFile file;
        if (!file.open())
            return {};
        file.write(message.toUtf8());
        file.close();
        QProcess node;
        node.setWorkingDirectory(QString::fromUtf8(STEWARD_CHAIN_TOOLS_DIR));
        node.start(m_node, {QString::fromUtf8(STEWARD_CHAIN_TOOLS_DIR "/sign-message.mjs"), key.toString(), file.fileName()});
        if (!node.waitForFinished(60000) || node.exitStatus() != QProcess::NormalExit || node.exitCode() != 0) {
            qWarning() << "sign-message.mjs:" << node.exitCode() << node.readAllStandardError();
            return {};
        }
        return QString::fromLatin1(node.readAllStandardOutput().trimmed());
    }

    // A request with a Host header of our choosing, over a plain socket.
    HttpReply rawPost(const QString &path, const QByteArray &host, const QJsonObject &body)
    {
        const QByteArray payload = QJsonDocument(body).toJson(QJsonDocument::Compact);
        const QByteArray request = "POST " + path.toLatin1() + " HTTP/1.1\r\nHost: " + host
                                   + "\r\nContent-Type: application/json\r\nContent-Length: "
                                   + QByteArray::number(payload.size()) + "\r\n\r\n" + payload;
        QTcpSocket socket;
        QByteArray got;
        QEventLoop loop;
        HttpReply out;
        auto complete = [&] {
            const qsizetype end = got.indexOf("\r\n\r\n");
            if (end < 0)
                return false;
            qsizetype length = 0;
            for (const QByteArray &line : got.left(end).split('\n')) {
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
            }
            return got.size() >= end + 4 + length;
        };
        connect(&socket, &QTcpSocket::connected, &loop, [&] { socket.write(request); });
        connect(&socket, &QTcpSocket::readyRead, &loop, [&] {
            got += socket.readAll();
            if (complete())
                loop.quit();
        });
        connect(&socket, &QTcpSocket::disconnected, &loop, &QEventLoop::quit);
        QTimer::singleShot(10000, &loop, &QEventLoop::quit);
        socket.connectToHost(QHostAddress::LocalHost, m_host->runtime().port());
        loop.exec();
        const qsizetype end = got.indexOf("\r\n\r\n");
        if (end < 0)
            return out;
        out.status = got.split(' ').value(1).toInt();
        out.body = got.mid(end + 4);
        out.json = QJsonDocument::fromJson(out.body).object();
        return out;
    }

    QJsonObject claimsOf(const QString &token)
    {
        const QList<QByteArray> parts = token.toLatin1().split('.');
        return QJsonDocument::fromJson(QByteArray::fromBase64(parts.value(1), QByteArray::Base64UrlEncoding)).object();
    }

    // Challenge, sign with our code, verify: the wallet token for `key`.
    QString signIn(QStringView key = chain::DevAccount0PrivateKey)
    {
        const HttpReply c = challenge(addressOfKey(key).toChecksumString());
        const QString message = c.json.value(u"message").toString();
        const HttpReply v = verify(message, signOwn(message, key));
        if (v.status != 200)
            qWarning() << v.body;
        return v.json.value(u"token").toString();
    }

private slots:
    void initTestCase()
    {
        m_host = std::make_unique<TestHost>();
        QVERIFY2(m_host->ok(), qPrintable(m_host->error()));
        m_http = std::make_unique<HttpClient>(m_host->httpUrl());
        m_admin = m_http->signIn(QString::fromLatin1(TestHost::Password));
        QVERIFY(!m_admin.isEmpty());

        m_node = QStandardPaths::findExecutable(u"node"_s);
        if (m_node.isEmpty())
            m_node = QStandardPaths::findExecutable(u"nodejs"_s);
        if (m_node.isEmpty())
            m_nodeSkip = u"node is not installed"_s;
        else if (!QFileInfo::exists(QString::fromUtf8(STEWARD_CHAIN_TOOLS_DIR "/node_modules/ethers/package.json")))
            m_nodeSkip = u"ethers is not installed in tools/chain (npm ci)"_s;
    }

    // --- The message ------------------------------------------------------------------------

    void messageRoundTrip()
    {
        const SiweMessage full = fullMessage();
        const QString text = full.toText();
        auto parsed = SiweMessage::parse(text);
        QVERIFY2(parsed, qPrintable(why(parsed)));
        QCOMPARE(parsed.value(), full);
        QCOMPARE(parsed->toText(), text);

        // The exact layout, fixed by EIP-4361.
        QCOMPARE(text, u"192.168.1.20:8080 wants you to sign in with your Ethereum account:\n"
                       "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266\n"
                       "\n"
                       "Sign in to Steward to join a game.\n"
                       "\n"
                       "URI: http://192.168.1.20:8080/\n"
                       "Version: 1\n"
                       "Chain ID: 31337\n"
                       "Nonce: a1b2c3d4e5f60718293a4b5c6d7e8f90\n"
                       "Issued At: 2025-06-15T15:06:40.123Z\n"
                       "Expiration Time: 2025-06-15T15:11:40.123Z\n"
                       "Not Before: 2025-06-15T15:06:39.123Z\n"
                       "Request ID: req-17\n"
                       "Resources:\n"
                       "- https://example.com/my-web2-claim.json\n"
                       "- ipfs://bafybeiemxf5abjwjbikoz4mc3a3dla6ual3jsgpdr4cjr3oz3evfyavhwq/"_s);

        // The least a message holds: no statement (two empty lines), no optional field.
        SiweMessage bare = full;
        bare.statement.clear();
        bare.expirationTimeMs.reset();
        bare.notBeforeMs.reset();
        bare.requestId.reset();
        bare.resources.clear();
        QVERIFY(bare.toText().contains(u"0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266\n\n\nURI: "_s));
        parsed = SiweMessage::parse(bare.toText());
        QVERIFY2(parsed, qPrintable(why(parsed)));
        QCOMPARE(parsed.value(), bare);

        // An IPv6 host and a message written by hand with a time offset.
        const QString handWritten = u"[::1]:8080 wants you to sign in with your Ethereum account:\n"
                                    "0x70997970C51812dc3A010C7d01b50e0d17dc79C8\n\n\n"
                                    "URI: http://[::1]:8080/\nVersion: 1\nChain ID: 1\nNonce: 12345678\n"
                                    "Issued At: 2021-09-30T16:25:24+02:00"_s;
        parsed = SiweMessage::parse(handWritten);
        QVERIFY2(parsed, qPrintable(why(parsed)));
        QCOMPARE(parsed->domain, u"[::1]:8080"_s);
        QCOMPARE(parsed->issuedAtMs, QDateTime::fromString(u"2021-09-30T14:25:24Z"_s, Qt::ISODate).toMSecsSinceEpoch());
        QCOMPARE(parsed->chainId, quint64(1));
    }

    void messageRefusals_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("reason"); // a part of the refusal's message
        const QString good = fullMessage().toText();
        const QString lowerAddress = good.toLower().section(u'\n', 1, 1);
        QString wrongChecksum = good;
        wrongChecksum.replace(u"0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"_s, u"0xF39Fd6e51aad88F6F4ce6aB8827279cffFb92266"_s);

        QTest::newRow("empty") << QString() << u"empty"_s;
        QTest::newRow("garbage") << u"hello, sign this"_s << u"first line"_s;
        QTest::newRow("binary junk") << u"\u00ff\u0001\u0002"_s << u"printable ASCII"_s;
        QTest::newRow("only the first line") << good.section(u'\n', 0, 0) << u"address line is missing"_s;
        QTest::newRow("no domain") << u" wants you"_s + good.section(u" wants you"_s, 1) << u"not a domain"_s;
        QTest::newRow("domain with a path") << u"evil.example/x"_s + good.section(u"192.168.1.20:8080"_s, 1) << u"not a domain"_s;
        QTest::newRow("domain with a scheme") << u"http://"_s + good << u"not a domain"_s;
        QTest::newRow("address not hex") << withLine(good, u"0xf39F"_s, u"0xf39Fd6e51aad88F6F4ce6aB8827279cffFb9226Z"_s) << u"Ethereum address"_s;
        QTest::newRow("address short") << withLine(good, u"0xf39F"_s, u"0xf39Fd6e51aad88F6F4ce6aB8827279cffFb922"_s) << u"Ethereum address"_s;
        QTest::newRow("address wrong checksum") << wrongChecksum << u"wrong EIP-55 checksum"_s;
        QTest::newRow("address lowercase") << withLine(good, u"0xf39F"_s, lowerAddress) << u"EIP-55 checksum"_s;
        QTest::newRow("no empty line after address") << QString(good).replace(u"92266\n\n"_s, u"92266\n"_s) << u"line 3 must be empty"_s;
        QTest::newRow("one empty line without statement") << QString(good).replace(u"92266\n\nSign in to Steward to join a game.\n\n"_s, u"92266\n\n"_s) << u"empty line must follow"_s;
        QTest::newRow("no URI") << withLine(good, u"URI: "_s, u"<drop>"_s) << u"'URI:' line"_s;
        QTest::newRow("URI not absolute") << withLine(good, u"URI: "_s, u"URI: /join"_s) << u"not an absolute URI"_s;
        QTest::newRow("URI with spaces") << withLine(good, u"URI: "_s, u"URI: http://a b/"_s) << u"not an absolute URI"_s;
        QTest::newRow("version 2") << withLine(good, u"Version: "_s, u"Version: 2"_s) << u"only Version 1"_s;
        QTest::newRow("no version") << withLine(good, u"Version: "_s, u"<drop>"_s) << u"'Version:' line"_s;
        QTest::newRow("chain id hex") << withLine(good, u"Chain ID: "_s, u"Chain ID: 0x7a69"_s) << u"chain ID"_s;
        QTest::newRow("chain id leading zero") << withLine(good, u"Chain ID: "_s, u"Chain ID: 031337"_s) << u"chain ID"_s;
        QTest::newRow("chain id too big") << withLine(good, u"Chain ID: "_s, u"Chain ID: 99999999999999999999"_s) << u"chain ID"_s;
        QTest::newRow("no nonce") << withLine(good, u"Nonce: "_s, u"<drop>"_s) << u"'Nonce:' line"_s;
        QTest::newRow("short nonce") << withLine(good, u"Nonce: "_s, u"Nonce: abc123"_s) << u"nonce"_s;
        QTest::newRow("nonce with symbols") << withLine(good, u"Nonce: "_s, u"Nonce: abcd-1234-efgh"_s) << u"nonce"_s;
        QTest::newRow("no issued at") << withLine(good, u"Issued At: "_s, u"<drop>"_s) << u"'Issued At:' line"_s;
        QTest::newRow("issued at not a date") << withLine(good, u"Issued At: "_s, u"Issued At: yesterday"_s) << u"RFC 3339"_s;
        QTest::newRow("issued at 30 February") << withLine(good, u"Issued At: "_s, u"Issued At: 2025-02-30T10:00:00Z"_s) << u"RFC 3339"_s;
        QTest::newRow("expiration no zone") << withLine(good, u"Expiration Time: "_s, u"Expiration Time: 2025-06-15T15:11:40"_s) << u"RFC 3339"_s;
        QTest::newRow("fields out of order") << withLine(withLine(good, u"Version: "_s, u"Nonce: a1b2c3d4e5f60718293a4b5c6d7e8f90"_s), u"Nonce: "_s, u"Version: 1"_s) << u"must be the 'Nonce:' line"_s;
        QTest::newRow("unknown field") << good + u"\nFavourite Colour: blue"_s << u"not expected"_s;
        QTest::newRow("trailing newline") << good + u"\n"_s << u"nothing may follow"_s;
        QTest::newRow("CR LF") << QString(good).replace(u"\n"_s, u"\r\n"_s) << u"CR LF"_s;
        QTest::newRow("statement with a quote") << withLine(good, u"Sign in"_s, u"Sign \"in\""_s) << u"statement"_s;
        QTest::newRow("non-ASCII statement") << withLine(good, u"Sign in"_s, u"Signez ici, s'il vous pla\u00eet"_s) << u"printable ASCII"_s;
        QTest::newRow("too long") << withLine(good, u"Sign in"_s, QString(9000, u'a')) << u"longer than"_s;
    }

    void messageRefusals()
    {
        QFETCH(QString, text);
        QFETCH(QString, reason);
        const auto parsed = SiweMessage::parse(text);
        QVERIFY(!parsed);
        QCOMPARE(parsed.error().code, ErrorCode::SiweBadMessage);
        QVERIFY2(parsed.error().message.contains(reason, Qt::CaseInsensitive), qPrintable(parsed.error().message));
    }

    void times()
    {
        QCOMPARE(SiweMessage::formatTime(0), u"1970-01-01T00:00:00.000Z"_s);
        QCOMPARE(SiweMessage::formatTime(-1), u"1969-12-31T23:59:59.999Z"_s);
        QCOMPARE(SiweMessage::parseTime(u"1970-01-01T00:00:00Z"), qint64(0));
        QCOMPARE(SiweMessage::parseTime(u"1970-01-01T01:00:00.5+01:00"), qint64(500));
        QCOMPARE(SiweMessage::parseTime(u"1970-01-01t00:00:00.123456789z"), qint64(123));
        QCOMPARE(SiweMessage::parseTime(u"1969-12-31T19:00:00-05:00"), qint64(0));
        QVERIFY(!SiweMessage::parseTime(u"2025-01-01T23:59:60Z")); // no leap seconds
        QVERIFY(!SiweMessage::parseTime(u"2025-01-01 10:00:00Z"));
        QVERIFY(!SiweMessage::parseTime(u"2025-01-01T10:00:00+24:00"));
        QVERIFY(!SiweMessage::parseTime(u"2025-13-01T10:00:00Z"));
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        QCOMPARE(SiweMessage::parseTime(SiweMessage::formatTime(now)), now);
    }

    void domains()
    {
        for (const auto *ok : {u"localhost", u"127.0.0.1:8080", u"steward.local", u"[::1]:80", u"[fe80::1]", u"a-b_c~d.e:65535"})
            QVERIFY2(SiweMessage::isValidDomain(QStringView(ok)), qPrintable(QStringView(ok).toString()));
        for (const auto *bad : {u"", u":80", u"host:", u"host:65536", u"host:80:80", u"user@host", u"host/path",
                                u"ho st", u"[::1", u"[::1]x", u"[]:80", u"host\n:80"})
            QVERIFY2(!SiweMessage::isValidDomain(QStringView(bad)), qPrintable(QStringView(bad).toString()));
    }

    // --- The challenge store ----------------------------------------------------------------

    void challengeStore()
    {
        ManualClock clock{1'750'000'000'000};
        SiweChallenges store(clock);
        const auto a = *chain::Address::fromString(chain::DevAccount0Address);
        const auto b = *chain::Address::fromString(chain::DevAccount1Address);

        const SiweChallenge c = store.issue(a, u"h:1"_s, u"http://h:1/"_s);
        QCOMPARE(c.nonce.size(), 32); // 128 random bits
        QVERIFY(std::all_of(c.nonce.begin(), c.nonce.end(), [](QChar ch) { return ch.isDigit() || (ch >= u'a' && ch <= u'f'); }));
        QCOMPARE(c.expiresAtMs, clock.now + 5 * 60 * 1000);
        QCOMPARE(store.size(), 1);

        // Bound to its address, usable once.
        auto taken = store.take(c.nonce);
        QVERIFY(taken);
        QCOMPARE(taken->address, a);
        QCOMPARE(taken->domain, u"h:1"_s);
        QCOMPARE(store.take(c.nonce).error().code, ErrorCode::SiweNonceUsed);
        QCOMPARE(store.take(u"0123456789abcdef0123456789abcdef"_s).error().code, ErrorCode::SiweNonceUsed);
        QCOMPARE(store.size(), 0);

        // Expiry: refused at the deadline, and spent all the same.
        const SiweChallenge old = store.issue(b, u"h:1"_s, u"http://h:1/"_s);
        clock.now += 5 * 60 * 1000 - 1;
        const SiweChallenge young = store.issue(b, u"h:1"_s, u"http://h:1/"_s);
        QVERIFY(young.nonce != old.nonce);
        clock.now += 1;
        QCOMPARE(store.take(old.nonce).error().code, ErrorCode::SiweExpired);
        QCOMPARE(store.take(old.nonce).error().code, ErrorCode::SiweNonceUsed);
        QVERIFY(store.take(young.nonce));

        // Expired challenges are dropped when new ones come.
        store.issue(a, u"h:1"_s, u"http://h:1/"_s);
        store.issue(a, u"h:1"_s, u"http://h:1/"_s);
        clock.now += 5 * 60 * 1000;
        store.issue(a, u"h:1"_s, u"http://h:1/"_s);
        QCOMPARE(store.size(), 1);

        // A flood: at most `capacity` are kept, the oldest go first.
        ManualClock clock2{1'750'000'000'000};
        SiweChallenges bounded(clock2);
        bounded.setCapacity(100);
        QList<QString> nonces;
        for (int i = 0; i < 1000; ++i) {
            nonces << bounded.issue(a, u"h:1"_s, u"http://h:1/"_s).nonce;
            clock2.now += 1;
        }
        QCOMPARE(bounded.size(), 100);
        QCOMPARE(bounded.take(nonces.at(899)).error().code, ErrorCode::SiweNonceUsed); // evicted
        QVERIFY(bounded.take(nonces.at(900)));
        QVERIFY(bounded.take(nonces.at(999)));
        // Taking from the middle leaves nothing behind in the age index.
        for (int i = 901; i < 999; ++i)
            QVERIFY(bounded.take(nonces.at(i)));
        QCOMPARE(bounded.size(), 0);
        QCOMPARE(QSet<QString>(nonces.begin(), nonces.end()).size(), 1000);
    }

    // --- The endpoints ----------------------------------------------------------------------

    void challengeShape()
    {
        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        // Lowercase addresses are taken; the message carries the checksummed form.
        const HttpReply r = challenge(chain::DevAccount0Address.toString().toLower());
        QCOMPARE(r.status, 200);
        const QString text = r.json.value(u"message").toString();
        auto m = SiweMessage::parse(text);
        QVERIFY2(m, qPrintable(why(m)));
        QCOMPARE(m->domain, hostHeader());
        QCOMPARE(m->uri, u"http://%1/"_s.arg(hostHeader()));
        QCOMPARE(m->address.toChecksumString(), chain::DevAccount0Address.toString());
        QCOMPARE(m->statement, u"Sign in to Steward to join a game."_s);
        QCOMPARE(m->chainId, quint64(31337));
        QCOMPARE(m->nonce, r.json.value(u"nonce").toString());
        QVERIFY(m->issuedAtMs >= before && m->issuedAtMs <= QDateTime::currentMSecsSinceEpoch());
        QCOMPARE(m->expirationTimeMs.value_or(0), qint64(r.json.value(u"expiresAt").toDouble()));
        QCOMPARE(*m->expirationTimeMs - m->issuedAtMs, 5 * 60 * 1000);
        QVERIFY(text.startsWith(hostHeader() + u" wants you to sign in with your Ethereum account:\n"_s));
        // Each challenge has its own nonce.
        QVERIFY(challenge(chain::DevAccount0Address.toString()).json.value(u"nonce") != r.json.value(u"nonce"));
    }

    void challengeRefusals()
    {
        QCOMPARE(outcome(challenge(u"0x1234"_s)), u"400 BAD_ADDRESS"_s);
        QCOMPARE(outcome(challenge(u"f39Fd6e51aad88F6F4ce6aB8827279cffFb92266"_s)), u"400 BAD_ADDRESS"_s);
        QCOMPARE(outcome(challenge(u"0xF39Fd6e51aad88F6F4ce6aB8827279cffFb92266"_s)), u"400 BAD_ADDRESS"_s); // checksum
        QCOMPARE(outcome(challenge(u"0xg39fd6e51aad88f6f4ce6ab8827279cfffb92266"_s)), u"400 BAD_ADDRESS"_s);
        QCOMPARE(outcome(m_http->post(u"/auth/challenge"_s, {{u"address"_s, 42}})), u"400 BAD_ADDRESS"_s);
        QCOMPARE(outcome(m_http->post(u"/auth/challenge"_s, {})), u"400 BAD_ADDRESS"_s);
        // A Host header that could not be a message's domain (it could smuggle in lines).
        const QJsonObject body{{u"address"_s, chain::DevAccount0Address.toString()}};
        QCOMPARE(outcome(rawPost(u"/auth/challenge"_s, "evil.example/x", body)), u"400 BAD_REQUEST"_s);
        QCOMPARE(outcome(rawPost(u"/auth/challenge"_s, "a b", body)), u"400 BAD_REQUEST"_s);
        // Another Host is another domain.
        const HttpReply r = rawPost(u"/auth/challenge"_s, "steward.local:8080", body);
        QCOMPARE(r.status, 200);
        QVERIFY(r.json.value(u"message").toString().startsWith(u"steward.local:8080 wants you"_s));
    }

    void signInOwnSigner()
    {
        const HttpReply c = challenge(chain::DevAccount0Address.toString());
        QCOMPARE(c.status, 200);
        const QString message = c.json.value(u"message").toString();
        const HttpReply v = verify(message, signOwn(message, chain::DevAccount0PrivateKey));
        QCOMPARE(v.status, 200);
        QCOMPARE(v.json.value(u"address").toString(), chain::DevAccount0Address.toString());
        const QString token = v.json.value(u"token").toString();

        // A JWT for the wallet: its subject is the checksummed address, valid 24 hours.
        const QJsonObject claims = claimsOf(token);
        QCOMPARE(claims.value(u"sub").toString(), chain::DevAccount0Address.toString());
        QCOMPARE(claims.value(u"role").toString(), u"wallet"_s);
        QCOMPARE(claims.value(u"exp").toInteger() - claims.value(u"iat").toInteger(), 24 * 3600);

        // It works where a wallet token is meant to.
        const HttpReply me = m_http->get(u"/auth/me"_s, token);
        QCOMPARE(me.status, 200);
        QCOMPARE(me.json.value(u"address").toString(), chain::DevAccount0Address.toString());
        QCOMPARE(me.json.value(u"role").toString(), u"wallet"_s);
        // And nowhere else: it is no player's nor facilitator's token.
        QCOMPARE(outcome(m_http->get(u"/api/games"_s, token)), u"403 FORBIDDEN"_s);
        QCOMPARE(outcome(m_http->post(u"/api/orders/place"_s, {{u"gameId"_s, u"g1"_s}, {u"quantity"_s, 4}}, token)),
                 u"403 FORBIDDEN"_s);
        WsClient ws(m_host->wsUrl());
        QVERIFY(ws.waitConnected());
        QCOMPARE(ws.request(u"auth"_s, {{u"token"_s, token}}).value(u"code").toString(), u"FORBIDDEN"_s);
        // Other tokens are not wallet tokens.
        QCOMPARE(outcome(m_http->get(u"/auth/me"_s, m_admin)), u"403 FORBIDDEN"_s);
        QCOMPARE(outcome(m_http->get(u"/auth/me"_s)), u"401 AUTH_REQUIRED"_s);
        // Forged: the claims of another address under the old signature.
        QList<QByteArray> parts = token.toLatin1().split('.');
        QJsonObject forged = claims;
        forged.insert(u"sub"_s, chain::DevAccount1Address.toString());
        parts[1] = QJsonDocument(forged).toJson(QJsonDocument::Compact).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        QCOMPARE(outcome(m_http->get(u"/auth/me"_s, QString::fromLatin1(parts.join('.')))), u"401 TOKEN_INVALID"_s);
        // Expired: the host's own key, but the day is over.
        const QByteArray key = QByteArray::fromBase64(m_host->runtime().store().setting(u"jwt.key"_s)->toLatin1());
        QJsonObject old = claims;
        old.insert(u"exp"_s, QDateTime::currentSecsSinceEpoch() - 1);
        QCOMPARE(outcome(m_http->get(u"/auth/me"_s, QString::fromLatin1(jwt::sign(old, key)))), u"401 TOKEN_EXPIRED"_s);
    }

    void signInEthers()
    {
        STEWARD_NEEDS(m_nodeSkip.isEmpty(), qPrintable(m_nodeSkip));
        for (QStringView key : {chain::DevAccount0PrivateKey, chain::DevAccount1PrivateKey}) {
            const QString address = addressOfKey(key).toChecksumString();
            const HttpReply c = challenge(address);
            QCOMPARE(c.status, 200);
            const QString message = c.json.value(u"message").toString();
            const QString signature = signWithEthers(message, key);
            QVERIFY(!signature.isEmpty());
            // RFC 6979 makes signatures deterministic: ethers and our code agree to the byte.
            QCOMPARE(signature, signOwn(message, key));
            const HttpReply v = verify(message, signature);
            QCOMPARE(v.status, 200);
            QCOMPARE(v.json.value(u"address").toString(), address);
            const HttpReply me = m_http->get(u"/auth/me"_s, v.json.value(u"token").toString());
            QCOMPARE(me.status, 200);
            QCOMPARE(me.json.value(u"address").toString(), address);
        }
        // An ethers signature by another key is refused like any other.
        const SiweMessage m = freshChallenge();
        QCOMPARE(outcome(verify(m.toText(), signWithEthers(m.toText(), chain::DevAccount1PrivateKey))),
                 u"401 SIWE_WRONG_SIGNER"_s);
    }

    void replayRefused()
    {
        const SiweMessage m = freshChallenge();
        const QString signature = signOwn(m.toText(), chain::DevAccount0PrivateKey);
        QCOMPARE(verify(m.toText(), signature).status, 200);
        const HttpReply again = verify(m.toText(), signature);
        QCOMPARE(outcome(again), u"401 SIWE_NONCE_USED"_s);
        QVERIFY(!again.json.value(u"error").toObject().value(u"message").toString().isEmpty());
        // A nonce the host never issued.
        SiweMessage made = m;
        made.nonce = u"00112233445566778899aabbccddeeff"_s;
        QCOMPARE(outcome(verify(made.toText(), signOwn(made.toText(), chain::DevAccount0PrivateKey))), u"401 SIWE_NONCE_USED"_s);
    }

    void expiredRefused()
    {
        // The challenge outlived: a short lifetime the host's runtime can set.
        SiweChallenges &challenges = m_host->runtime().auth().walletChallenges();
        challenges.setLifetimeMs(50);
        const SiweMessage m = freshChallenge();
        challenges.setLifetimeMs(SiweChallenges::DefaultLifetimeMs);
        QTest::qWait(120);
        QCOMPARE(outcome(verify(m.toText(), signOwn(m.toText(), chain::DevAccount0PrivateKey))), u"401 SIWE_EXPIRED"_s);

        // A live challenge, but the signed message's own Expiration Time has passed.
        SiweMessage past = freshChallenge();
        past.expirationTimeMs = QDateTime::currentMSecsSinceEpoch() - 60'000;
        HttpReply r = verify(past.toText(), signOwn(past.toText(), chain::DevAccount0PrivateKey));
        QCOMPARE(outcome(r), u"401 SIWE_EXPIRED"_s);
        QVERIFY(r.json.value(u"error").toObject().value(u"message").toString().contains(u"expired"_s));

        // Stretching the expiration does not stretch the challenge.
        challenges.setLifetimeMs(50);
        SiweMessage stretched = freshChallenge();
        challenges.setLifetimeMs(SiweChallenges::DefaultLifetimeMs);
        QTest::qWait(120);
        stretched.expirationTimeMs = QDateTime::currentMSecsSinceEpoch() + 3600'000;
        QCOMPARE(outcome(verify(stretched.toText(), signOwn(stretched.toText(), chain::DevAccount0PrivateKey))),
                 u"401 SIWE_EXPIRED"_s);

        // Not valid yet.
        SiweMessage early = freshChallenge();
        early.notBeforeMs = QDateTime::currentMSecsSinceEpoch() + 60'000;
        QCOMPARE(outcome(verify(early.toText(), signOwn(early.toText(), chain::DevAccount0PrivateKey))), u"401 SIWE_EXPIRED"_s);
    }

    void wrongDomainRefused()
    {
        // Signed for another site.
        SiweMessage m = freshChallenge();
        m.domain = u"evil.example"_s;
        QCOMPARE(outcome(verify(m.toText(), signOwn(m.toText(), chain::DevAccount0PrivateKey))), u"401 SIWE_WRONG_DOMAIN"_s);
        // The right domain, another URI.
        m = freshChallenge();
        m.uri = u"http://evil.example/"_s;
        QCOMPARE(outcome(verify(m.toText(), signOwn(m.toText(), chain::DevAccount0PrivateKey))), u"401 SIWE_WRONG_DOMAIN"_s);
        // A correct message for this host, relayed through another Host name.
        m = freshChallenge();
        const QJsonObject body{{u"message"_s, m.toText()}, {u"signature"_s, signOwn(m.toText(), chain::DevAccount0PrivateKey)}};
        QCOMPARE(outcome(rawPost(u"/auth/verify"_s, "steward.local:8080", body)), u"401 SIWE_WRONG_DOMAIN"_s);
        // Asked through one Host name, signed and answered through the other.
        const HttpReply c = rawPost(u"/auth/challenge"_s, "steward.local:8080",
                                    {{u"address"_s, chain::DevAccount0Address.toString()}});
        m = SiweMessage::parse(c.json.value(u"message").toString()).value();
        m.domain = hostHeader();
        m.uri = u"http://%1/"_s.arg(hostHeader());
        QCOMPARE(outcome(verify(m.toText(), signOwn(m.toText(), chain::DevAccount0PrivateKey))), u"401 SIWE_WRONG_DOMAIN"_s);
    }

    void wrongChainRefused()
    {
        SiweMessage m = freshChallenge();
        m.chainId = 1;
        QCOMPARE(outcome(verify(m.toText(), signOwn(m.toText(), chain::DevAccount0PrivateKey))), u"401 SIWE_WRONG_CHAIN"_s);
    }

    void wrongSignerRefused()
    {
        // Signed by another key.
        SiweMessage m = freshChallenge();
        QCOMPARE(outcome(verify(m.toText(), signOwn(m.toText(), chain::DevAccount1PrivateKey))), u"401 SIWE_WRONG_SIGNER"_s);

        // Issued for A, the message claims B and B signs it.
        m = freshChallenge(chain::DevAccount0PrivateKey);
        m.address = addressOfKey(chain::DevAccount1PrivateKey);
        const HttpReply r = verify(m.toText(), signOwn(m.toText(), chain::DevAccount1PrivateKey));
        QCOMPARE(outcome(r), u"401 SIWE_WRONG_SIGNER"_s);
        QVERIFY(r.json.value(u"error").toObject().value(u"message").toString().contains(chain::DevAccount0Address.toString()));

        // Tampered after signing: another statement, same signature.
        m = freshChallenge();
        const QString signature = signOwn(m.toText(), chain::DevAccount0PrivateKey);
        QString tampered = m.toText();
        tampered.replace(u"Sign in to Steward"_s, u"Give all my tokens to Steward"_s);
        QCOMPARE(outcome(verify(tampered, signature)), u"401 SIWE_WRONG_SIGNER"_s);
        // The attempt spent the nonce: the genuine pair is refused now.
        QCOMPARE(outcome(verify(m.toText(), signature)), u"401 SIWE_NONCE_USED"_s);

        // Tampered beyond parsing: refused as malformed, and the nonce is still good.
        m = freshChallenge();
        const QString good = signOwn(m.toText(), chain::DevAccount0PrivateKey);
        QString broken = m.toText();
        broken.replace(u"Version: 1"_s, u"Version: 2"_s);
        QCOMPARE(outcome(verify(broken, good)), u"400 SIWE_BAD_MESSAGE"_s);
        QCOMPARE(verify(m.toText(), good).status, 200);
    }

    void badSignatureRefused()
    {
        const QStringList garbage{u""_s, u"0x"_s, u"0x1234"_s, u"hello"_s,
                                  u"0x"_s + QString(130, u'z'),
                                  u"0x"_s + QString(132, u'1'), // 66 bytes
                                  u"0x"_s + QString(130, u'0'), // r = s = 0
                                  u"0x"_s + QString(128, u'1') + u"1d"_s}; // v = 29
        for (const QString &sig : garbage) {
            const SiweMessage m = freshChallenge();
            QCOMPARE(outcome(verify(m.toText(), sig)), u"401 BAD_SIGNATURE"_s);
            // The failed attempt spent the nonce.
            if (sig == garbage.front())
                QCOMPARE(outcome(verify(m.toText(), signOwn(m.toText(), chain::DevAccount0PrivateKey))), u"401 SIWE_NONCE_USED"_s);
        }
        // The high-s twin of a valid signature (EIP-2) is refused too.
        const SiweMessage m = freshChallenge();
        const QByteArray sig = chain::personal::signMessage(m.toText().toUtf8(), keyBytes(chain::DevAccount0PrivateKey)).value();
        const chain::UInt256 n = chain::secp256k1::curveOrder();
        const auto s = chain::UInt256::fromBytes(QByteArrayView(sig).sliced(32, 32));
        QVERIFY(s);
        const auto highS = n.checkedSub(*s);
        QVERIFY(highS);
        const QByteArray twin = sig.left(32) + highS->toBytes() + QByteArray(1, sig.at(64) == 27 ? '\x1c' : '\x1b');
        QCOMPARE(outcome(verify(m.toText(), chain::hex::encode(twin))), u"401 BAD_SIGNATURE"_s);

        // Fields of the wrong shape.
        QCOMPARE(outcome(m_http->post(u"/auth/verify"_s, {{u"message"_s, m.toText()}})), u"400 BAD_REQUEST"_s);
        QCOMPARE(outcome(m_http->post(u"/auth/verify"_s, {{u"signature"_s, u"0x"_s}})), u"400 BAD_REQUEST"_s);
        QCOMPARE(outcome(m_http->post(u"/auth/verify"_s, {{u"message"_s, 7}, {u"signature"_s, u"0x"_s}})), u"400 BAD_REQUEST"_s);
        QCOMPARE(outcome(verify(u"please let me in"_s, u"0x"_s)), u"400 SIWE_BAD_MESSAGE"_s);
    }

    void oversizedRefused()
    {
        HttpReply r = m_http->postRaw(u"/auth/verify"_s, QByteArray(100 * 1024, ' ') + "{}");
        QCOMPARE(outcome(r), u"413 PAYLOAD_TOO_LARGE"_s);
        r = m_http->postRaw(u"/auth/challenge"_s, QByteArray(100 * 1024, ' ') + "{}");
        QCOMPARE(outcome(r), u"413 PAYLOAD_TOO_LARGE"_s);
        // Within the body limit, but longer than any sign-in message.
        QCOMPARE(outcome(verify(QString(20000, u'a'), u"0x"_s)), u"400 SIWE_BAD_MESSAGE"_s);
        QCOMPARE(outcome(m_http->postRaw(u"/auth/verify"_s, "{not json")), u"400 BAD_JSON"_s);
        QCOMPARE(m_http->get(u"/api/health"_s).status, 200);
    }

    void walletJoins()
    {
        const HttpReply created = m_http->post(u"/api/games/create"_s,
                                               {{u"kind"_s, u"beer"_s}, {u"config"_s, QJsonObject{{u"teams"_s, 1}}}}, m_admin);
        QCOMPARE(created.status, 200);
        const QString gameId = created.json.value(u"gameId").toString();
        const QString code = created.json.value(u"joinCode").toString();
        const QString wallet0 = signIn(chain::DevAccount0PrivateKey);
        const QString wallet1 = signIn(chain::DevAccount1PrivateKey);
        QVERIFY(!wallet0.isEmpty() && !wallet1.isEmpty());

        // No name: the short address stands in.
        HttpReply r = m_http->post(u"/api/games/join"_s, {{u"joinCode"_s, code}, {u"team"_s, 1}, {u"role"_s, u"retailer"_s}}, wallet0);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(u"name").toString(), u"0xf39F\u20262266"_s);
        QCOMPARE(r.json.value(u"wallet").toString(), chain::DevAccount0Address.toString());
        const QString playerToken = r.json.value(u"token").toString();
        const QString playerId = r.json.value(u"playerId").toString();
        // The player token it got works like any other.
        HttpReply view = m_http->get(u"/api/games/"_s + gameId, playerToken);
        QCOMPARE(view.status, 200);
        QCOMPARE(view.json.value(u"name").toString(), u"0xf39F\u20262266"_s);

        // A name given wins.
        r = m_http->post(u"/api/games/join"_s, {{u"joinCode"_s, code}, {u"name"_s, u"Ada"_s}, {u"team"_s, 1}, {u"role"_s, u"wholesaler"_s}}, wallet1);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(u"name").toString(), u"Ada"_s);
        QCOMPARE(r.json.value(u"wallet").toString(), chain::DevAccount1Address.toString());
        // Blank counts as none.
        r = m_http->post(u"/api/games/join"_s, {{u"joinCode"_s, code}, {u"name"_s, u"  "_s}, {u"team"_s, 1}, {u"role"_s, u"distributor"_s}}, wallet1);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(u"name").toString(), u"0x7099\u202679C8"_s);

        // Refusals: a bad token is not ignored; a seat is still a seat.
        QCOMPARE(outcome(m_http->post(u"/api/games/join"_s, {{u"joinCode"_s, code}, {u"team"_s, 1}, {u"role"_s, u"factory"_s}},
                                      wallet0.left(wallet0.size() - 2))),
                 u"401 TOKEN_INVALID"_s);
        QCOMPARE(outcome(m_http->post(u"/api/games/join"_s, {{u"joinCode"_s, code}, {u"team"_s, 1}, {u"role"_s, u"retailer"_s}}, wallet1)),
                 u"409 SEAT_TAKEN"_s);
        // Without a wallet a name is still required, and other tokens are ignored as before.
        QCOMPARE(outcome(m_http->post(u"/api/games/join"_s, {{u"joinCode"_s, code}, {u"team"_s, 1}, {u"role"_s, u"factory"_s}})),
                 u"400 INVALID_NAME"_s);
        r = m_http->post(u"/api/games/join"_s, {{u"joinCode"_s, code}, {u"name"_s, u"Bob"_s}, {u"team"_s, 1}, {u"role"_s, u"factory"_s}}, m_admin);
        QCOMPARE(r.status, 200);
        QVERIFY(!r.json.contains(u"wallet"));

        // The facilitator sees the seat by its short address.
        const HttpReply facilitator = m_http->get(u"/api/games/"_s + gameId, m_admin);
        const QJsonObject roles = facilitator.json.value(u"teams").toArray().at(0).toObject().value(u"roles").toObject();
        QCOMPARE(roles.value(u"retailer").toObject().value(u"name").toString(), u"0xf39F\u20262266"_s);
        QCOMPARE(roles.value(u"wholesaler").toObject().value(u"name").toString(), u"Ada"_s);

        // The join events carry the full address as `wallet`; a named join carries none.
        auto events = m_host->runtime().store().events(gameId);
        QVERIFY(events);
        QHash<QString, QJsonObject> joins; // seat -> data
        for (const StoredEvent &e : events.value()) {
            if (e.event.type == u"player.joined")
                joins.insert(e.event.data.value(u"seat").toString(), e.event.data);
        }
        QCOMPARE(joins.size(), 4);
        QCOMPARE(joins[u"retailer"_s].value(u"wallet").toString(), chain::DevAccount0Address.toString());
        QCOMPARE(joins[u"retailer"_s].value(u"playerId").toString(), playerId);
        QCOMPARE(joins[u"retailer"_s].value(u"name").toString(), u"0xf39F\u20262266"_s);
        QCOMPARE(joins[u"wholesaler"_s].value(u"wallet").toString(), chain::DevAccount1Address.toString());
        QVERIFY(!joins[u"factory"_s].contains(u"wallet"));

        // Sign-ins are in the audit trail.
        const HttpReply audit = m_http->get(u"/api/audit?limit=200"_s, m_admin);
        bool signedIn = false;
        bool refused = false;
        for (const QJsonValue &v : audit.json.value(u"entries").toArray()) {
            const QJsonObject e = v.toObject();
            signedIn = signedIn || (e.value(u"action") == u"wallet.signin"_s && e.value(u"actor") == chain::DevAccount1Address.toString());
            refused = refused || e.value(u"action") == u"wallet.signin.refused"_s;
        }
        QVERIFY(signedIn);
        QVERIFY(refused);
    }
};

QTEST_MAIN(TestSiwe)
#include "tst_siwe.moc"
