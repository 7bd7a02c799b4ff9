// SPDX-License-Identifier: GPL-3.0-or-later
// Who may sign in to a real host's backoffice, over HTTP: the facilitator and the backoffice's
// admin are one identity with one password, whichever way it changes; backoffice users change
// their passwords; every sign-in attempt at either door is audited and draws on one throttle.
#include "HttpClient.h"
#include "TestHost.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;

class TestBackofficeAccess : public QObject
{
    Q_OBJECT
private:
    static int adminLogin(HttpClient &http, const QString &password, QString *token = nullptr)
    {
        const HttpReply r = http.post(u"/api/admin/v1/login"_s, {{u"username"_s, u"admin"_s}, {u"password"_s, password}});
        if (token)
            *token = r.json.value(u"token"_s).toString();
        return r.status;
    }
    static int facilitatorLogin(HttpClient &http, const QString &password)
    {
        return http.post(u"/api/players/authenticate"_s, {{u"username"_s, u"admin"_s}, {u"password"_s, password}}).status;
    }
    static QStringList auditActions(HttpClient &http, const QString &facilitator)
    {
        QStringList out;
        for (const QJsonValue &v : http.get(u"/api/audit?limit=500"_s, facilitator).json.value(u"entries"_s).toArray())
            out << v.toObject().value(u"action"_s).toString();
        return out;
    }

private slots:
    void facilitatorPasswordChangeMovesTheAdmin()
    {
        TestHost host;
        QVERIFY2(host.ok(), qPrintable(host.error()));
        HttpClient http(host.httpUrl());
        const QString old = QString::fromLatin1(TestHost::Password);
        QCOMPARE(adminLogin(http, old), 200);
        const QString facilitator = http.signIn(old);
        const HttpReply changed = http.post(u"/api/players/password"_s,
                                            {{u"currentPassword"_s, old}, {u"newPassword"_s, u"a-new-password"_s}}, facilitator);
        QVERIFY2(changed.status == 200, changed.body.constData());
        // The old password opens neither door; the new one opens both.
        QCOMPARE(adminLogin(http, old), 401);
        QCOMPARE(facilitatorLogin(http, old), 401);
        QCOMPARE(adminLogin(http, u"a-new-password"_s), 200);
        QCOMPARE(facilitatorLogin(http, u"a-new-password"_s), 200);
    }

    void restartWithAnotherPasswordMovesTheAdmin()
    {
        TestHost host;
        QVERIFY2(host.ok(), qPrintable(host.error()));
        QVERIFY(host.restart(u"chosen-at-restart"_s));
        HttpClient http(host.httpUrl());
        QCOMPARE(adminLogin(http, QString::fromLatin1(TestHost::Password)), 401);
        QString token;
        QCOMPARE(adminLogin(http, u"chosen-at-restart"_s, &token), 200);
        // The same password again at the next start changes nothing: no new log row.
        QVERIFY(host.restart(u"chosen-at-restart"_s));
        HttpClient again(host.httpUrl());
        QCOMPARE(adminLogin(again, u"chosen-at-restart"_s, &token), 200);
        int passwordRows = 0;
        for (const QJsonValue &v : again.get(u"/api/admin/v1/audit"_s, token).json.value(u"entries"_s).toArray())
            passwordRows += v.toObject().value(u"action"_s).toString() == u"user.password"_s;
        QCOMPARE(passwordRows, 1);
    }

    void backofficeUsersChangePasswords()
    {
        TestHost host;
        QVERIFY2(host.ok(), qPrintable(host.error()));
        HttpClient http(host.httpUrl());
        QString admin;
        QCOMPARE(adminLogin(http, QString::fromLatin1(TestHost::Password), &admin), 200);
        QCOMPARE(http.post(u"/api/admin/v1/users"_s, {{u"username"_s, u"vera"_s}, {u"role"_s, u"viewer"_s},
                                                      {u"password"_s, u"vera-first"_s}}, admin).status, 200);
        QString vera = http.post(u"/api/admin/v1/login"_s, {{u"username"_s, u"vera"_s}, {u"password"_s, u"vera-first"_s}})
                           .json.value(u"token"_s).toString();
        QVERIFY(!vera.isEmpty());
        // Her own, with the current password; not with a wrong one; not somebody else's.
        HttpReply r = http.post(u"/api/admin/v1/users/vera/password"_s,
                                {{u"currentPassword"_s, u"wrong-one"_s}, {u"newPassword"_s, u"vera-second"_s}}, vera);
        QCOMPARE(r.status, 401);
        QCOMPARE(r.errorCode(), u"BAD_CREDENTIALS"_s);
        r = http.post(u"/api/admin/v1/users/vera/password"_s,
                      {{u"currentPassword"_s, u"vera-first"_s}, {u"newPassword"_s, u"short"_s}}, vera);
        QCOMPARE(r.errorCode(), u"BAD_REQUEST"_s);
        r = http.post(u"/api/admin/v1/users/vera/password"_s,
                      {{u"currentPassword"_s, u"vera-first"_s}, {u"newPassword"_s, u"vera-second"_s}}, vera);
        QVERIFY2(r.status == 200, r.body.constData());
        QCOMPARE(http.post(u"/api/admin/v1/users/admin/password"_s,
                           {{u"currentPassword"_s, u"x"_s}, {u"newPassword"_s, u"taken-over"_s}}, vera).errorCode(),
                 u"FORBIDDEN"_s);
        QCOMPARE(http.post(u"/api/admin/v1/login"_s, {{u"username"_s, u"vera"_s}, {u"password"_s, u"vera-first"_s}}).status, 401);
        QCOMPARE(http.post(u"/api/admin/v1/login"_s, {{u"username"_s, u"vera"_s}, {u"password"_s, u"vera-second"_s}}).status, 200);
        // An admin resets hers without knowing it.
        r = http.post(u"/api/admin/v1/users/vera/password"_s, {{u"newPassword"_s, u"vera-third"_s}}, admin);
        QVERIFY2(r.status == 200, r.body.constData());
        QCOMPARE(http.post(u"/api/admin/v1/login"_s, {{u"username"_s, u"vera"_s}, {u"password"_s, u"vera-third"_s}}).status, 200);
        // The admin's own, from the backoffice, is the facilitator's too.
        r = http.post(u"/api/admin/v1/users/admin/password"_s,
                      {{u"currentPassword"_s, QString::fromLatin1(TestHost::Password)}, {u"newPassword"_s, u"admin-second"_s}},
                      admin);
        QVERIFY2(r.status == 200, r.body.constData());
        QCOMPARE(facilitatorLogin(http, u"admin-second"_s), 200);
        QCOMPARE(adminLogin(http, u"admin-second"_s), 200);
        QCOMPARE(adminLogin(http, QString::fromLatin1(TestHost::Password)), 401);
    }

    void bodiesAreHeldToTheRestCap()
    {
        TestHost host;
        QVERIFY2(host.ok(), qPrintable(host.error()));
        HttpClient http(host.httpUrl());
        QString admin;
        QCOMPARE(adminLogin(http, QString::fromLatin1(TestHost::Password), &admin), 200);
        const QByteArray big = "{\"name\":\"" + QByteArray(70 * 1024, 'x') + "\"}";
        const HttpReply r = http.postRaw(u"/api/admin/v1/operators"_s, big, admin);
        QCOMPARE(r.status, 413);
        QCOMPARE(r.errorCode(), u"PAYLOAD_TOO_LARGE"_s);
        QCOMPARE(http.postRaw(u"/api/admin/v1/login"_s, big).errorCode(), u"PAYLOAD_TOO_LARGE"_s);
    }

    void signInsAreAuditedAndThrottledAtBothDoors()
    {
        TestHost host;
        QVERIFY2(host.ok(), qPrintable(host.error()));
        HttpClient http(host.httpUrl());
        // Signing in with the password costs nothing: only failures are throttled.
        const QString facilitator = http.signIn(QString::fromLatin1(TestHost::Password));
        QVERIFY(!facilitator.isEmpty());
        // Ten wrong guesses at the backoffice use up this address's burst...
        for (int i = 0; i < 10; ++i)
            QCOMPARE(adminLogin(http, u"guess-%1"_s.arg(i)), 401);
        // ...so the next attempt is refused at either door, as fast as the facilitator's.
        const HttpReply limited = http.post(u"/api/admin/v1/login"_s, {{u"username"_s, u"admin"_s}, {u"password"_s, u"guess-10"_s}});
        QCOMPARE(limited.status, 429);
        QCOMPARE(limited.errorCode(), u"RATE_LIMITED"_s);
        QCOMPARE(facilitatorLogin(http, QString::fromLatin1(TestHost::Password)), 429);
        const QStringList actions = auditActions(http, facilitator);
        QCOMPARE(actions.count(u"backoffice.signin.refused"_s), 10);
        QCOMPARE(actions.count(u"signin"_s), 1);
    }
};

QTEST_GUILESS_MAIN(TestBackofficeAccess)
#include "tst_backofficeaccess.moc"
