// SPDX-License-Identifier: GPL-3.0-or-later
// A real steward-host on the default secret store (here a real Secret Service on a private
// D-Bus session) is stopped while its rounds table holds operator and LAN bets, and started
// again after the round's close. The round that came due while the host was down settles
// through the money layer: winners' credits reach the operator's wallet, the round has its
// public record and is in the regulator export, nothing stays in play, and the LAN player's
// ledger balance is the game's. Run once with SIGTERM and once with SIGKILL.
#include "HostProcess.h"
#include "HttpClient.h"
#include "MoneyInvariants.h"
#include "OperatorAccount.h"
#include "TestOperator.h"
#include "WsClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;

class TestRoundsRestart : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<HostProcess> m_host;
    std::unique_ptr<HttpClient> m_http;
    QString m_admin, m_facilitator;

    void start(const QString &dir)
    {
        m_http.reset();
        m_host = std::make_unique<HostProcess>(dir, QStringList{u"--no-chain"_s, u"--secrets"_s, u"auto"_s});
        QVERIFY2(m_host->port() != 0, m_host->output().constData());
        m_http = std::make_unique<HttpClient>(m_host->http());
        const HttpReply login = m_http->post(u"/api/admin/v1/login"_s, {{u"username"_s, u"admin"_s},
                                                                       {u"password"_s, QString::fromLatin1(HostProcess::Password)}});
        QCOMPARE(login.status, 200);
        m_admin = login.json.value(u"token").toString();
        m_facilitator = m_http->signIn(QString::fromLatin1(HostProcess::Password));
        QVERIFY(!m_facilitator.isEmpty());
    }

private slots:
    void initTestCase()
    {
        if (!qEnvironmentVariableIsSet("STEWARD_TEST_SECRET_SERVICE"))
            QSKIP("runs under with-secret-service.sh (ctest: tst_roundsrestart)");
    }

    void roundDueWhileDownSettlesThroughTheBooks_data()
    {
        QTest::addColumn<bool>("graceful");
        QTest::newRow("SIGTERM") << true;
        QTest::newRow("SIGKILL") << false;
    }
    void roundDueWhileDownSettlesThroughTheBooks()
    {
        QFETCH(bool, graceful);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        start(dir.path());
        const HttpReply created = m_http->post(u"/api/games/create"_s,
                                               {{u"kind"_s, u"rounds"_s},
                                                {u"config"_s, QJsonObject{{u"periodMs"_s, 5'000}, {u"bettingMs"_s, 4'000}}}},
                                               m_facilitator);
        QCOMPARE(created.status, 200);
        const QString table = created.json.value(u"gameId").toString();
        const QString joinCode = created.json.value(u"joinCode").toString();

        // An operator whose wallet answers, with its secret in the keychain.
        OperatorAccount account = OperatorAccount::create(*m_http, m_admin, u"Restart Bets"_s, 100'000);
        QVERIFY(!account.id.isEmpty());
        const QString keyId = account.keyId;
        const QByteArray secret = account.secret;
        TestOperator &wallet = *account.wallet;

        // A LAN player with play money.
        const HttpReply joined = m_http->post(u"/api/games/join"_s,
                                              {{u"joinCode"_s, joinCode}, {u"name"_s, u"Lan"_s}, {u"role"_s, u"player"_s}});
        QVERIFY2(joined.status == 200, joined.body.constData());
        WsClient lan(m_host->ws(), m_host->http().toString());
        QVERIFY(lan.waitConnected());
        QCOMPARE(lan.request(u"auth"_s, {{u"token"_s, joined.json.value(u"token").toString()}}).value(u"type"_s).toString(),
                 u"ok"_s);

        // Bets on both sides of odd/even, so that somebody wins whatever the number.
        QJsonObject round;
        QTRY_VERIFY_WITH_TIMEOUT((round = m_http->get(u"/api/games/%1"_s.arg(table), m_facilitator)
                                              .json.value(u"current"_s).toObject(),
                                  round.value(u"phase"_s).toString() == u"open"_s
                                      && round.value(u"closesAt"_s).toInteger() > QDateTime::currentMSecsSinceEpoch() + 2'500),
                                 15'000);
        const qint64 number = round.value(u"round"_s).toInteger();
        QHash<QString, QString> acknowledged; // betId → player
        int nonce = 0;
        for (const QString &type : {u"odd"_s, u"even"_s}) {
            for (const QString &player : {u"ada"_s, u"bo"_s}) {
                const QString betId = u"%1-%2"_s.arg(player, type);
                const QByteArray body = QJsonDocument(QJsonObject{{u"table"_s, table}, {u"betId"_s, betId},
                                                                  {u"player"_s, player}, {u"type"_s, type},
                                                                  {u"stake"_s, 1'000}})
                                            .toJson(QJsonDocument::Compact);
                const HttpReply placed = m_http->send(
                    TestOperator::signedRequest(m_http->url(u"/api/operator/v1/bets"_s), "POST", body, keyId, secret,
                                                QDateTime::currentSecsSinceEpoch(),
                                                u"rounds-restart-nonce-%1-%2-%3"_s.arg(QCoreApplication::applicationPid()).arg(graceful).arg(++nonce)),
                    body);
                QVERIFY2(placed.status == 200, placed.body.constData());
                acknowledged.insert(betId, player);
            }
            const QJsonObject lanBet = lan.request(u"bet.place"_s, QJsonObject{{u"betId"_s, QString(u"lan-"_s + type)}, {u"type"_s, type},
                                                                              {u"stake"_s, 100}, {u"round"_s, number}});
            QVERIFY2(lanBet.value(u"type"_s).toString() == u"ok"_s, QJsonDocument(lanBet).toJson().constData());
        }
        QCOMPARE(wallet.balance(u"ada"_s), 98'000);

        // Down before the round closes; up again after it should have settled.
        if (graceful) {
            ::kill(pid_t(m_host->process().processId()), SIGTERM);
            QVERIFY(m_host->process().waitForFinished(10'000));
        } else {
            m_host->killHard();
        }
        const qint64 closesAt = round.value(u"closesAt"_s).toInteger();
        QTest::qWait(int(std::max<qint64>(0, closesAt + 1'500 - QDateTime::currentMSecsSinceEpoch())));
        start(dir.path());

        // The round has its public record: it was archived in the commit that settled it.
        HttpReply record;
        QTRY_VERIFY_WITH_TIMEOUT((record = m_http->get(u"/api/rounds/%1/%2"_s.arg(table).arg(number))).status == 200, 10'000);
        QCOMPARE(record.json.value(u"bets"_s).toArray().size(), 6);
        // The winners' credits reach the operator.
        QTRY_COMPARE_WITH_TIMEOUT(wallet.applied(u"credit"_s), 2, 15'000);
        QTRY_COMPARE_WITH_TIMEOUT(MoneyInvariants::pendingWebhooks(*m_http, m_admin), 0, 15'000);
        const MoneyInvariants money{*m_http, m_admin, table, 100'000, acknowledged};
        const QString broken = money.check(wallet);
        QVERIFY2(broken.isEmpty(), qPrintable(broken));
        m_host.reset();
    }
};

QTEST_GUILESS_MAIN(TestRoundsRestart)
#include "tst_roundsrestart.moc"
