// SPDX-License-Identifier: GPL-3.0-or-later
// JSON Web Tokens: the RFC's own example, and every way a token can be wrong.
#include "server/auth/Jwt.h"
#include "server/auth/Credentials.h"

#include <QTest>

using namespace steward;
using namespace Qt::StringLiterals;

class TestJwt : public QObject
{
    Q_OBJECT
private slots:
    void verifiesTheRfc7515Example()
    {
        // RFC 7515, appendix A.1: an HS256 JWS with its key.
        const QByteArray token = "eyJ0eXAiOiJKV1QiLA0KICJhbGciOiJIUzI1NiJ9"
                                 ".eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ"
                                 ".dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";
        const QByteArray key = QByteArray::fromBase64(
            "AyM1SysPpbyDfgZld3umj1qzKObwVMkoqQ-EstJQLr_T-1qS0gZH75aKtMN3Yj0iPS4hcgUuTwjAzZr1Z9CAow",
            QByteArray::Base64UrlEncoding);
        const auto claims = jwt::verify(token, key, 1300819379);
        QVERIFY2(claims, claims ? "" : qPrintable(claims.error().message));
        QCOMPARE(claims->value(u"iss").toString(), u"joe"_s);
        QCOMPARE(claims->value(u"http://example.com/is_root").toBool(), true);
        // One second past "exp".
        QCOMPARE(jwt::verify(token, key, 1300819380).error().codeName(), u"TOKEN_EXPIRED"_s);
    }

    void roundTrip()
    {
        const QByteArray key = credentials::randomBytes(32);
        const QByteArray token = jwt::sign({{u"sub"_s, u"p1"_s}, {u"exp"_s, 2000}}, key);
        QCOMPARE(jwt::verify(token, key, 1999)->value(u"sub").toString(), u"p1"_s);
        QCOMPARE(jwt::verify(token, key, 2000).error().codeName(), u"TOKEN_EXPIRED"_s);
    }

    void refusesForgeries_data()
    {
        QTest::addColumn<QByteArray>("token");
        const QByteArray key = "k";
        const QByteArray good = jwt::sign({{u"sub"_s, u"p1"_s}, {u"exp"_s, 5000}}, key);
        const QList<QByteArray> parts = good.split('.');
        const QByteArray otherBody = QByteArray(R"({"sub":"admin","role":"facilitator","exp":5000})")
                                         .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        const QByteArray noneHeader = QByteArray(R"({"alg":"none","typ":"JWT"})")
                                          .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        QTest::newRow("changed claims") << parts[0] + '.' + otherBody + '.' + parts[2];
        QTest::newRow("alg none") << noneHeader + '.' + parts[1] + '.';
        QTest::newRow("alg none with sig") << noneHeader + '.' + parts[1] + '.' + parts[2];
        QTest::newRow("other key") << jwt::sign({{u"sub"_s, u"p1"_s}, {u"exp"_s, 5000}}, "other");
        QTest::newRow("two parts") << parts[0] + '.' + parts[1];
        QTest::newRow("garbage") << QByteArray("not a token at all");
        QTest::newRow("bad base64") << QByteArray("@@@.###.$$$");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("huge") << QByteArray(10000, 'a');
    }

    void refusesForgeries()
    {
        QFETCH(QByteArray, token);
        const auto r = jwt::verify(token, "k", 1000);
        QVERIFY(!r);
        QCOMPARE(r.error().codeName(), u"TOKEN_INVALID"_s);
    }

    void passwordHashes()
    {
        const QString stored = credentials::hashPassword(u"correct horse"_s);
        QVERIFY(stored.startsWith(u"pbkdf2-sha256$"));
        QVERIFY(credentials::verifyPassword(u"correct horse"_s, stored));
        QVERIFY(!credentials::verifyPassword(u"correct horsf"_s, stored));
        QVERIFY(!credentials::verifyPassword(u"x"_s, u"plain"_s));
        QVERIFY(credentials::hashPassword(u"same"_s) != credentials::hashPassword(u"same"_s)); // salted
    }
};

QTEST_GUILESS_MAIN(TestJwt)
#include "tst_jwt.moc"
