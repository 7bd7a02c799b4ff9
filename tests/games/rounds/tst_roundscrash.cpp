// SPDX-License-Identifier: GPL-3.0-or-later
// A real steward-host killed with SIGKILL around the moment its rounds close and settle, again
// and again, with an external operator's bets in play and the operator's credits held back.
// After the last restart every bet is settled exactly once: each player's balance at the
// operator is exactly start − stakes + returns of the bets the host recorded, bets cut off by
// a kill are either recorded or refunded, the rounds run 1, 2, 3 … with no gap, and the
// host's ledger still balances and matches its audit chain.
#include "HostProcess.h"
#include "HttpClient.h"
#include "TestOperator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestRoundsCrash : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<HostProcess> m_host;
    std::unique_ptr<HttpClient> m_http;
    std::unique_ptr<TestOperator> m_operator;
    QString m_admin, m_table, m_keyId;
    QByteArray m_secret;
    int m_nonce = 0;

    void start()
    {
        m_host = std::make_unique<HostProcess>(m_dir.path(), QStringList{u"--no-chain"_s, u"--secrets"_s, u"file"_s});
        QVERIFY2(m_host->port() != 0, m_host->output().constData());
        m_http = std::make_unique<HttpClient>(m_host->http());
        const HttpReply login = m_http->post(u"/api/admin/v1/login"_s, {{u"username"_s, u"admin"_s},
                                                                       {u"password"_s, QString::fromLatin1(HostProcess::Password)}});
        QCOMPARE(login.status, 200);
        m_admin = login.json.value(u"token").toString();
    }
    HttpReply bet(const QJsonObject &fields)
    {
        QJsonObject body = fields;
        body.insert(u"table"_s, m_table);
        const QByteArray bytes = QJsonDocument(body).toJson(QJsonDocument::Compact);
        const QNetworkRequest r = TestOperator::signedRequest(m_http->url(u"/api/operator/v1/bets"_s), "POST", bytes, m_keyId,
                                                              m_secret, QDateTime::currentSecsSinceEpoch(),
                                                              u"crash-nonce-%1-%2"_s.arg(QCoreApplication::applicationPid()).arg(++m_nonce));
        return m_http->send(r, bytes);
    }
    QJsonObject current()
    {
        const HttpReply r = m_http->get(u"/api/games/%1"_s.arg(m_table), m_facilitator);
        return r.json.value(u"current"_s).toObject();
    }
    QString m_facilitator;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        start();
        const HttpReply fac = m_http->post(u"/api/players/authenticate"_s, {{u"username"_s, u"admin"_s},
                                                                           {u"password"_s, QString::fromLatin1(HostProcess::Password)}});
        m_facilitator = fac.json.value(u"token").toString();
        const HttpReply created = m_http->post(u"/api/games/create"_s,
                                               {{u"kind"_s, u"rounds"_s}, {u"config"_s, QJsonObject{{u"periodMs"_s, 2'400}, {u"bettingMs"_s, 1'800}}}},
                                               m_facilitator);
        QCOMPARE(created.status, 200);
        m_table = created.json.value(u"gameId").toString();
        m_operator = std::make_unique<TestOperator>(u"pending"_s, QByteArray("pending"));
        QVERIFY(m_operator->start());
        const HttpReply op = m_http->post(u"/api/admin/v1/operators"_s,
                                          {{u"name"_s, u"Crash Bets"_s}, {u"webhookUrl"_s, u"http://127.0.0.1:1/wallet"_s},
                                           {u"currency"_s, u"EUR"_s}, {u"minBet"_s, 100}, {u"maxBet"_s, 5'000},
                                           {u"maxWin"_s, 1'000'000}, {u"language"_s, u"en"_s}, {u"region"_s, u"DE"_s}},
                                          m_admin);
        QVERIFY2(op.status == 200, op.body.constData());
        m_keyId = op.json.value(u"keyId").toString();
        m_secret = QByteArray::fromHex(op.json.value(u"secret").toString().toLatin1());
        const QString id = op.json.value(u"operator").toObject().value(u"id").toString();
        // The operator's side learns the key it was given.
        m_operator = std::make_unique<TestOperator>(m_keyId, m_secret);
        m_operator->setStartBalance(1'000'000);
        QVERIFY(m_operator->start());
        const HttpReply hook = m_http->post(u"/api/admin/v1/operators/%1/webhook"_s.arg(id),
                                            {{u"webhookUrl"_s, m_operator->webhookUrl().toString()}}, m_admin);
        QVERIFY2(hook.status == 200, hook.body.constData());
    }

    void killedAroundSettlementSettlesEveryBetOnce()
    {
        const QStringList types{u"odd"_s, u"even"_s, u"high"_s, u"low"_s, u"decade"_s, u"exact"_s};
        const QList<int> offsetsMs{-40, 0, 15, 40, 90, 200};
        QRandomGenerator rng(20261122);
        int acknowledged = 0;
        for (int cycle = 0; cycle < offsetsMs.size(); ++cycle) {
            // Credits owed now wait at the operator's door until the end.
            m_operator->setDown(cycle % 2 == 0);
            // A round with a second of betting left, so the eight bets below are in before it
            // closes even on a loaded machine (the sanitizer build with the chain tests beside it).
            QJsonObject round;
            QTRY_VERIFY_WITH_TIMEOUT((round = current(), round.value(u"phase"_s).toString() == u"open"_s
                                      && round.value(u"closesAt"_s).toInteger() > QDateTime::currentMSecsSinceEpoch() + 1'000),
                                     60'000);
            m_operator->setDown(false);
            for (int i = 0; i < 8; ++i) {
                const QString type = types.at(rng.bounded(int(types.size())));
                QJsonObject b{{u"betId"_s, u"c%1-b%2"_s.arg(cycle).arg(i)}, {u"player"_s, u"p%1"_s.arg(i % 4)},
                              {u"type"_s, type}, {u"stake"_s, 100 * (1 + rng.bounded(20))}};
                if (type == u"exact")
                    b.insert(u"pick"_s, rng.bounded(100));
                else if (type == u"decade")
                    b.insert(u"pick"_s, rng.bounded(10));
                const HttpReply placed = bet(b);
                if (placed.status != 200)
                    qWarning("bet refused: %d %s", placed.status, placed.body.constData());
                acknowledged += placed.status == 200;
            }
            m_operator->setDown(cycle % 2 == 0);
            const qint64 killAt = round.value(u"closesAt"_s).toInteger() + offsetsMs.at(cycle);
            QTest::qWait(int(std::max<qint64>(0, killAt - QDateTime::currentMSecsSinceEpoch())));
            // A bet on its way when the host dies: its debit may or may not have been taken.
            QNetworkAccessManager nam;
            const QJsonObject late{{u"table"_s, m_table}, {u"betId"_s, u"c%1-late"_s.arg(cycle)}, {u"player"_s, u"p9"_s},
                                   {u"type"_s, u"odd"_s}, {u"stake"_s, 300}};
            const QByteArray lateBytes = QJsonDocument(late).toJson(QJsonDocument::Compact);
            QNetworkRequest lateRequest = TestOperator::signedRequest(m_http->url(u"/api/operator/v1/bets"_s), "POST", lateBytes,
                                                                      m_keyId, m_secret, QDateTime::currentSecsSinceEpoch(),
                                                                      u"late-nonce-%1-%2"_s.arg(QCoreApplication::applicationPid()).arg(cycle));
            lateRequest.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
            nam.post(lateRequest, lateBytes);
            QTest::qWait(5);
            m_host->killHard();
            start();
        }
        QVERIFY(acknowledged >= 40);
        m_operator->setDown(false);

        // Everything owed reaches the operator, once.
        QTRY_VERIFY_WITH_TIMEOUT([&] {
            const HttpReply ops = m_http->get(u"/api/admin/v1/operators"_s, m_admin);
            return ops.json.value(u"operators"_s).toArray().at(0).toObject().value(u"webhook"_s).toObject()
                       .value(u"pending"_s).toInt(-1) == 0;
        }(), 90'000);
        // The last round with bets has settled.
        QTRY_VERIFY_WITH_TIMEOUT(current().value(u"round"_s).toInteger() > 0, 20'000);
        QTest::qWait(2'500);

        const HttpReply exported = m_http->get(u"/api/admin/v1/tables/%1/export.json"_s.arg(m_table), m_admin);
        QCOMPARE(exported.status, 200);
        const QJsonArray rounds = exported.json.value(u"rounds"_s).toArray();
        QHash<QString, qint64> expected; // player → start − stakes + returns
        QSet<QString> seen;
        for (qsizetype i = 0; i < rounds.size(); ++i) {
            const QJsonObject r = rounds.at(i).toObject();
            QCOMPARE(r.value(u"round"_s).toInteger(), i + 1); // no gap, no repeat
            for (const QJsonValue &v : r.value(u"bets"_s).toArray()) {
                const QJsonObject b = v.toObject();
                const QString ref = b.value(u"betRef"_s).toString();
                QVERIFY2(!seen.contains(ref), qPrintable(ref));
                seen.insert(ref);
            }
        }
        // Balances come from the operator's own records of the bets it took.
        for (int p = 0; p < 10; ++p) {
            const QString player = u"p%1"_s.arg(p);
            qint64 balance = 1'000'000;
            for (const QJsonValue &rv : rounds) {
                for (const QJsonValue &v : rv.toObject().value(u"bets"_s).toArray()) {
                    const QJsonObject b = v.toObject();
                    // betRef is "<operator>:<betId>"; the bet's player is in the operator's own records
                    const QString betId = b.value(u"betRef"_s).toString().section(u':', 1);
                    const int index = betId.section(u'-', 1).mid(1).toInt();
                    const QString owner = betId.endsWith(u"late"_s) ? u"p9"_s : u"p%1"_s.arg(index % 4);
                    if (owner == player)
                        balance += b.value(u"return"_s).toInteger() - b.value(u"stake"_s).toInteger();
                }
            }
            QCOMPARE(m_operator->balance(player), balance);
        }
        QVERIFY(m_operator->moneyConserved());
        const HttpReply audit = m_http->get(u"/api/admin/v1/audit"_s, m_admin);
        QCOMPARE(audit.json.value(u"ledger"_s).toObject().value(u"ok"_s).toBool(), true);
        QVERIFY(audit.json.value(u"ledger"_s).toObject().value(u"entriesChecked"_s).toInteger() > 0);
        qInfo("%lld rounds, %lld bets recorded (%d acknowledged before the kills)", qint64(rounds.size()),
              qint64(seen.size()), acknowledged);
    }
};

QTEST_GUILESS_MAIN(TestRoundsCrash)
#include "tst_roundscrash.moc"
