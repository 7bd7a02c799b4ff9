// SPDX-License-Identifier: GPL-3.0-or-later
// An operator's money when the host's own parts fail under a bet, against a real steward-host
// process and a real HTTP operator: the database locked by another process while a slow
// wallet answers a debit. Every case ends with the money invariants (MoneyInvariants).
#include "HostProcess.h"
#include "HttpClient.h"
#include "MoneyInvariants.h"
#include "OperatorAccount.h"
#include "TestOperator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestMoneyFaults : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<HostProcess> m_host;
    std::unique_ptr<HttpClient> m_http;
    std::unique_ptr<TestOperator> m_wallet;
    QString m_admin, m_facilitator, m_table, m_operatorId, m_keyId;
    QByteArray m_secret;
    int m_nonce = 0;

    QNetworkRequest betRequest(const QByteArray &body)
    {
        return TestOperator::signedRequest(m_http->url(u"/api/operator/v1/bets"_s), "POST", body, m_keyId, m_secret,
                                           QDateTime::currentSecsSinceEpoch(),
                                           u"money-faults-nonce-%1-%2"_s.arg(QCoreApplication::applicationPid()).arg(++m_nonce));
    }
    static QByteArray betBody(const QString &table, const QString &betId, const QString &player, qint64 stake)
    {
        return QJsonDocument(QJsonObject{{u"table"_s, table}, {u"betId"_s, betId}, {u"player"_s, player},
                                         {u"type"_s, u"odd"_s}, {u"stake"_s, stake}})
            .toJson(QJsonDocument::Compact);
    }
    QJsonObject current()
    {
        return m_http->get(u"/api/games/%1"_s.arg(m_table), m_facilitator).json.value(u"current"_s).toObject();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_host = std::make_unique<HostProcess>(m_dir.path(), QStringList{u"--no-chain"_s, u"--secrets"_s, u"file"_s});
        QVERIFY2(m_host->port() != 0, m_host->output().constData());
        m_http = std::make_unique<HttpClient>(m_host->http());
        const HttpReply login = m_http->post(u"/api/admin/v1/login"_s, {{u"username"_s, u"admin"_s},
                                                                       {u"password"_s, QString::fromLatin1(HostProcess::Password)}});
        QCOMPARE(login.status, 200);
        m_admin = login.json.value(u"token").toString();
        m_facilitator = m_http->signIn(QString::fromLatin1(HostProcess::Password));
        const HttpReply created = m_http->post(u"/api/games/create"_s,
                                               {{u"kind"_s, u"rounds"_s},
                                                {u"config"_s, QJsonObject{{u"periodMs"_s, 16'000}, {u"bettingMs"_s, 15'000}}}},
                                               m_facilitator);
        QCOMPARE(created.status, 200);
        m_table = created.json.value(u"gameId").toString();
        OperatorAccount account = OperatorAccount::create(*m_http, m_admin, u"Fault Bets"_s, 100'000);
        QVERIFY(!account.id.isEmpty());
        m_keyId = account.keyId;
        m_secret = account.secret;
        m_operatorId = account.id;
        m_wallet = std::move(account.wallet);
    }

    // The debit is taken at the operator, then the bet's commit fails (another process holds
    // the database): the operator gets its rollback at once, not at the next start; the spent
    // bet id stays refused; a new bet id takes the stake once.
    void betWhoseCommitFailsIsRolledBackAtOnce()
    {
        QJsonObject round;
        QTRY_VERIFY_WITH_TIMEOUT((round = current(), round.value(u"phase"_s).toString() == u"open"_s
                                  && round.value(u"closesAt"_s).toInteger() > QDateTime::currentMSecsSinceEpoch() + 13'000),
                                 20'000);
        m_wallet->setDelayMs(1'500);
        QNetworkAccessManager nam;
        const QByteArray first = betBody(m_table, u"ada-1"_s, u"ada"_s, 1'000);
        QNetworkRequest request = betRequest(first);
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
        QNetworkReply *reply = nam.post(request, first);
        // The operator has taken the stake; its answer is still on its way.
        QTRY_VERIFY_WITH_TIMEOUT(m_wallet->balance(u"ada"_s) == 99'000 || reply->isFinished(), 5'000);
        QVERIFY2(!reply->isFinished(), reply->readAll().constData());

        {
            QSqlDatabase locker = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"locker"_s);
            locker.setDatabaseName(m_dir.filePath(u"steward.db"_s));
            QVERIFY(locker.open());
            QSqlQuery lock(locker);
            QVERIFY2(lock.exec(u"BEGIN EXCLUSIVE"_s), qPrintable(lock.lastError().text()));
            QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 20'000);
            const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
            QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 503);
            QCOMPARE(answer.value(u"error"_s).toObject().value(u"code"_s).toString(), u"STORAGE_FAILED"_s);
            QVERIFY(lock.exec(u"ROLLBACK"_s));
            lock.finish();
            locker.close();
        }
        QSqlDatabase::removeDatabase(u"locker"_s);
        reply->deleteLater();
        m_wallet->setDelayMs(0);

        // No restart: the stake comes back now.
        QTRY_COMPARE_WITH_TIMEOUT(m_wallet->applied(u"rollback"_s), 1, 10'000);
        QCOMPARE(m_wallet->balance(u"ada"_s), 100'000);
        // The spent id is refused, with the same terms too, and takes nothing.
        const HttpReply again = m_http->send(betRequest(first), first);
        QCOMPARE(again.status, 409);
        QCOMPARE(again.errorCode(), u"BET_ID_CONFLICT"_s);
        QCOMPARE(m_wallet->balance(u"ada"_s), 100'000);
        // A new id is a new bet, taken once.
        const QByteArray second = betBody(m_table, u"ada-2"_s, u"ada"_s, 1'000);
        const HttpReply placed = m_http->send(betRequest(second), second);
        QVERIFY2(placed.status == 200, placed.body.constData());
        QCOMPARE(m_wallet->balance(u"ada"_s), 99'000);
        QCOMPARE(m_wallet->applied(u"debit"_s), 2);

        // The round settles; every invariant holds.
        const qint64 number = round.value(u"round"_s).toInteger();
        QTRY_VERIFY_WITH_TIMEOUT(m_http->get(u"/api/rounds/%1/%2"_s.arg(m_table).arg(number)).status == 200, 20'000);
        QTRY_COMPARE_WITH_TIMEOUT(MoneyInvariants::pendingWebhooks(*m_http, m_admin), 0, 15'000);
        const MoneyInvariants money{*m_http, m_admin, m_table, 100'000, {{u"ada-2"_s, u"ada"_s}}};
        const QString broken = money.check(*m_wallet);
        QVERIFY2(broken.isEmpty(), qPrintable(broken));
    }

    // The database is locked before the bet: the write-ahead row cannot be stored, so the
    // operator is never asked, and the answer says the host's storage failed, not the wallet.
    void betWhoseWriteAheadFailsAsksNobody()
    {
        QJsonObject round;
        QTRY_VERIFY_WITH_TIMEOUT((round = current(), round.value(u"phase"_s).toString() == u"open"_s
                                  && round.value(u"closesAt"_s).toInteger() > QDateTime::currentMSecsSinceEpoch() + 8'000),
                                 20'000);
        const int debits = m_wallet->calls(u"debit"_s);
        QSqlDatabase locker = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"locker2"_s);
        locker.setDatabaseName(m_dir.filePath(u"steward.db"_s));
        QVERIFY(locker.open());
        {
            QSqlQuery lock(locker);
            QVERIFY2(lock.exec(u"BEGIN EXCLUSIVE"_s), qPrintable(lock.lastError().text()));
            const QByteArray body = betBody(m_table, u"bo-1"_s, u"bo"_s, 500);
            const HttpReply r = m_http->send(betRequest(body), body);
            QVERIFY(lock.exec(u"ROLLBACK"_s));
            QCOMPARE(r.status, 503);
            QCOMPARE(r.errorCode(), u"STORAGE_FAILED"_s);
        }
        locker.close();
        locker = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"locker2"_s);
        QCOMPARE(m_wallet->calls(u"debit"_s), debits);
        QCOMPARE(m_wallet->balance(u"bo"_s), 100'000);
        // The host is alive and says what is wrong: 200, degraded storage.
        HttpReply health = m_http->get(u"/api/health"_s);
        QCOMPARE(health.status, 200);
        QCOMPARE(health.json.value(u"status"_s).toString(), u"degraded"_s);
        QVERIFY(!health.json.value(u"storage"_s).toObject().value(u"error"_s).toString().isEmpty());
        // The next bet commits, and the host is well again.
        const QByteArray again = betBody(m_table, u"bo-2"_s, u"bo"_s, 500);
        const HttpReply placed = m_http->send(betRequest(again), again);
        QVERIFY2(placed.status == 200, placed.body.constData());
        health = m_http->get(u"/api/health"_s);
        QCOMPARE(health.json.value(u"status"_s).toString(), u"ok"_s);
        QCOMPARE(health.json.value(u"storage"_s).toObject().value(u"ok"_s).toBool(), true);

        const qint64 number = placed.json.value(u"round"_s).toInteger();
        QTRY_VERIFY_WITH_TIMEOUT(m_http->get(u"/api/rounds/%1/%2"_s.arg(m_table).arg(number)).status == 200, 20'000);
        QTRY_COMPARE_WITH_TIMEOUT(MoneyInvariants::pendingWebhooks(*m_http, m_admin), 0, 15'000);
        const MoneyInvariants money{*m_http, m_admin, m_table, 100'000, {{u"ada-2"_s, u"ada"_s}, {u"bo-2"_s, u"bo"_s}}};
        const QString broken = money.check(*m_wallet);
        QVERIFY2(broken.isEmpty(), qPrintable(broken));
    }
};

QTEST_GUILESS_MAIN(TestMoneyFaults)
#include "tst_moneyfaults.moc"
