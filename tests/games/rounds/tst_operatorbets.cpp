// SPDX-License-Identifier: GPL-3.0-or-later
// An external betting operator against a real host: a real HTTP operator (TestOperator) keeps
// its players' balances and checks the host's signed webhooks; the test signs its requests
// like the operator's servers would. Signature, replay and clock-skew refusals, idempotent bet
// ids, a refused debit, limits, and a win credited while the operator is down.
#include "HttpClient.h"
#include "TestHost.h"
#include "TestOperator.h"
#include "server/core/GameHost.h"
#include "server/games/rounds/RoundsGame.h"
#include "server/ledger/LedgerQueries.h"
#include "server/operators/OperatorDirectory.h"
#include "server/runtime/HostRuntime.h"
#include "server/wallet/WalletOutbox.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QTest>

using namespace steward;
using namespace Qt::StringLiterals;

class TestOperatorBets : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<TestHost> m_host;
    std::unique_ptr<HttpClient> m_http;
    std::unique_ptr<TestOperator> m_operator;
    QString m_admin, m_table, m_operatorId, m_keyId;
    QByteArray m_secret;
    int m_nonce = 0;

    qint64 nowSeconds() const { return QDateTime::currentSecsSinceEpoch(); }
    HttpReply signedCall(const QString &path, const QJsonObject &body, qint64 skew = 0, const QByteArray &secret = {},
                         const QString &nonce = {}, const QString &keyId = {})
    {
        const QByteArray bytes = body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact);
        const QNetworkRequest r = TestOperator::signedRequest(
            m_http->url(path), bytes.isEmpty() ? "GET" : "POST", bytes, keyId.isEmpty() ? m_keyId : keyId,
            secret.isEmpty() ? m_secret : secret, nowSeconds() + skew,
            nonce.isEmpty() ? u"test-nonce-%1-%2"_s.arg(QCoreApplication::applicationPid()).arg(++m_nonce) : nonce);
        return m_http->send(r, bytes);
    }
    HttpReply bet(const QJsonObject &fields)
    {
        QJsonObject body = fields;
        body.insert(u"table"_s, m_table);
        return signedCall(u"/api/operator/v1/bets"_s, body);
    }
    const rounds::RoundsGame &table() { return *static_cast<const rounds::RoundsGame *>(m_host->runtime().games().game(m_table)); }
    // Waits for a round that will still take bets for a while.
    void waitForOpenRound()
    {
        QTRY_VERIFY_WITH_TIMEOUT(table().openRound().has_value() && m_host->runtime().games().viewFor(m_table, Actor::system())
                                     .value(u"current"_s).toObject().value(u"closesAt"_s).toInteger()
                                     > QDateTime::currentMSecsSinceEpoch() + 1'200, 10'000);
    }

private slots:
    void initTestCase()
    {
        chain::ChainOptions noChain;
        noChain.secrets = SecretStorePreference::File;
        m_host = std::make_unique<TestHost>(noChain);
        QVERIFY2(m_host->ok(), qPrintable(m_host->error()));
        m_http = std::make_unique<HttpClient>(m_host->httpUrl());
        const HttpReply login = m_http->post(u"/api/players/authenticate"_s,
                                             {{u"username"_s, u"admin"_s}, {u"password"_s, QString::fromLatin1(TestHost::Password)}});
        m_admin = login.json.value(u"token").toString();
        const HttpReply created = m_http->post(u"/api/games/create"_s,
                                               {{u"kind"_s, u"rounds"_s}, {u"config"_s, QJsonObject{{u"periodMs"_s, 2'500}, {u"bettingMs"_s, 2'000}}}},
                                               m_admin);
        QCOMPARE(created.status, 200);
        m_table = created.json.value(u"gameId").toString();

        const operators::BackofficeActor admin{u"admin"_s, operators::Role::Admin};
        auto op = m_host->runtime().operators().create(
            {u"Acme Bets"_s, u"http://127.0.0.1:1/wallet"_s, u"EUR"_s, 100, 5'000, 200'000, u"en"_s, u"DE"_s}, admin);
        QVERIFY2(op, op ? "" : qPrintable(op.error().message));
        m_operatorId = op->op.id;
        m_keyId = op->keyId;
        m_secret = QByteArray::fromHex(op->secret.toLatin1());
        QCOMPARE(m_secret.size(), 32);
        m_operator = std::make_unique<TestOperator>(m_keyId, m_secret);
        m_operator->setStartBalance(100'000);
        QVERIFY(m_operator->start());
        QVERIFY(m_host->runtime().operators().setWebhook(m_operatorId, m_operator->webhookUrl().toString(), admin));
    }

    void placesABetAndDebitsOnce()
    {
        waitForOpenRound();
        const HttpReply r = bet({{u"betId"_s, u"b-1"_s}, {u"player"_s, u"alice"_s}, {u"type"_s, u"odd"_s}, {u"stake"_s, 1'000}});
        QVERIFY2(r.status == 200, r.body.constData());
        QCOMPARE(r.json.value(u"accepted").toBool(), true);
        QCOMPARE(r.json.value(u"potentialReturn").toInteger(), 1'770);
        QCOMPARE(m_operator->balance(u"alice"_s), 99'000);
        QCOMPARE(m_operator->applied(u"debit"_s), 1);

        // The same bet again: the same answer, no second debit.
        const HttpReply again = bet({{u"betId"_s, u"b-1"_s}, {u"player"_s, u"alice"_s}, {u"type"_s, u"odd"_s}, {u"stake"_s, 1'000}});
        QCOMPARE(again.status, 200);
        QCOMPARE(again.json.value(u"betRef").toString(), r.json.value(u"betRef").toString());
        QCOMPARE(again.json.value(u"repeated").toBool(), true);
        QCOMPARE(m_operator->applied(u"debit"_s), 1);
        QCOMPARE(m_operator->balance(u"alice"_s), 99'000);

        const HttpReply conflict = bet({{u"betId"_s, u"b-1"_s}, {u"player"_s, u"alice"_s}, {u"type"_s, u"odd"_s}, {u"stake"_s, 2'000}});
        QCOMPARE(conflict.status, 409);
        QCOMPARE(conflict.errorCode(), u"BET_ID_CONFLICT"_s);

        const HttpReply found = signedCall(u"/api/operator/v1/bets/b-1?table=%1"_s.arg(m_table), {});
        QCOMPARE(found.status, 200);
        QCOMPARE(found.json.value(u"stake").toInteger(), 1'000);
    }

    void refusesBadSignatures()
    {
        const QJsonObject body{{u"table"_s, m_table}, {u"betId"_s, u"s-1"_s}, {u"player"_s, u"bob"_s}, {u"type"_s, u"odd"_s},
                               {u"stake"_s, 500}};
        HttpReply r = signedCall(u"/api/operator/v1/bets"_s, body, 0, "a wrong secret of thirty-two bytes");
        QCOMPARE(r.status, 401);
        QCOMPARE(r.errorCode(), u"SIGNATURE_INVALID"_s);
        r = signedCall(u"/api/operator/v1/bets"_s, body, -31);
        QCOMPARE(r.errorCode(), u"STALE_TIMESTAMP"_s);
        r = signedCall(u"/api/operator/v1/bets"_s, body, +31);
        QCOMPARE(r.errorCode(), u"STALE_TIMESTAMP"_s);
        r = signedCall(u"/api/operator/v1/bets"_s, body, 0, {}, {}, u"op_0000000000000000"_s);
        QCOMPARE(r.errorCode(), u"UNKNOWN_OPERATOR_KEY"_s);
        r = m_http->post(u"/api/operator/v1/bets"_s, body);
        QCOMPARE(r.status, 401);
        QCOMPARE(r.errorCode(), u"SIGNATURE_MISSING"_s);
        // A request captured and sent again, byte for byte.
        const QString nonce = u"replayed-nonce-%1"_s.arg(QCoreApplication::applicationPid());
        waitForOpenRound();
        r = signedCall(u"/api/operator/v1/bets"_s, body, 0, {}, nonce);
        QCOMPARE(r.status, 200);
        r = signedCall(u"/api/operator/v1/bets"_s, body, 0, {}, nonce);
        QCOMPARE(r.status, 401);
        QCOMPARE(r.errorCode(), u"REPLAYED_NONCE"_s);
        QCOMPARE(m_operator->applied(u"debit"_s), 2); // alice's and this one, nothing from the refused
    }

    void refusedDebitPlacesNothing()
    {
        waitForOpenRound();
        m_operator->setRefuseDebits(true);
        const HttpReply r = bet({{u"betId"_s, u"d-1"_s}, {u"player"_s, u"carol"_s}, {u"type"_s, u"high"_s}, {u"stake"_s, 700}});
        m_operator->setRefuseDebits(false);
        QCOMPARE(r.status, 402);
        QCOMPARE(r.errorCode(), u"DEBIT_REFUSED"_s);
        QVERIFY(table().betReceipt(m_operatorId + u":d-1"_s).isEmpty());
        QCOMPARE(m_operator->balance(u"carol"_s), 100'000);
    }

    void limitsAreTheOperators_data()
    {
        QTest::addColumn<QJsonObject>("fields");
        QTest::addColumn<QString>("code");
        QTest::newRow("below minimum") << QJsonObject{{u"type"_s, u"odd"_s}, {u"stake"_s, 99}} << u"BET_BELOW_MINIMUM"_s;
        QTest::newRow("above maximum") << QJsonObject{{u"type"_s, u"odd"_s}, {u"stake"_s, 5'001}} << u"BET_ABOVE_MAXIMUM"_s;
        // 5,000 on one number could pay 440,000: over this operator's 200,000 a round.
        QTest::newRow("max win") << QJsonObject{{u"type"_s, u"exact"_s}, {u"pick"_s, 7}, {u"stake"_s, 5'000}} << u"MAX_WIN_EXCEEDED"_s;
        QTest::newRow("bad type") << QJsonObject{{u"type"_s, u"red"_s}, {u"stake"_s, 500}} << u"INVALID_BET"_s;
        QTest::newRow("unknown field") << QJsonObject{{u"type"_s, u"odd"_s}, {u"stake"_s, 500}, {u"operator"_s, u"x"_s}} << u"INVALID_BET"_s;
        // A round number is a whole number; a stake is a whole number of minor units.
        for (const auto &[tag, round] : {std::pair{"round 1e300", QJsonValue(1e300)}, {"round -5", QJsonValue(-5)},
                                         {"round 1.5", QJsonValue(1.5)}, {"round as text", QJsonValue(u"1"_s)}})
            QTest::newRow(tag) << QJsonObject{{u"type"_s, u"odd"_s}, {u"stake"_s, 500}, {u"round"_s, round}} << u"INVALID_BET"_s;
        QTest::newRow("stake 1e300") << QJsonObject{{u"type"_s, u"odd"_s}, {u"stake"_s, 1e300}} << u"INVALID_BET"_s;
        QTest::newRow("stake 9.3e18") << QJsonObject{{u"type"_s, u"odd"_s}, {u"stake"_s, 9.3e18}} << u"INVALID_BET"_s;
        QTest::newRow("stake 500.5") << QJsonObject{{u"type"_s, u"odd"_s}, {u"stake"_s, 500.5}} << u"INVALID_BET"_s;
    }
    void limitsAreTheOperators()
    {
        QFETCH(QJsonObject, fields);
        QFETCH(QString, code);
        waitForOpenRound();
        const int debits = m_operator->calls(u"debit"_s);
        fields.insert(u"betId"_s, u"l-%1"_s.arg(QString::fromLatin1(QTest::currentDataTag())).replace(u' ', u'-'));
        fields.insert(u"player"_s, u"dave"_s);
        const HttpReply r = bet(fields);
        QCOMPARE(r.errorCode(), code);
        QCOMPARE(m_operator->calls(u"debit"_s), debits); // refused before any money moved
    }

    // The backoffice accepts only limits a bet can be checked against: whole minor units up to a
    // trillion, the same range as a table's own limits, and never a value it would convert wrong.
    void backofficeLimitsAreWholeUnitsInOneRange()
    {
        HttpClient http(m_host->httpUrl());
        const QString admin = http.post(u"/api/admin/v1/login"_s, {{u"username"_s, u"admin"_s},
                                                                  {u"password"_s, QString::fromLatin1(TestHost::Password)}})
                                  .json.value(u"token"_s).toString();
        QVERIFY(!admin.isEmpty());
        const QString path = u"/api/admin/v1/operators/%1/limits"_s.arg(m_operatorId);
        auto limits = [&](const QJsonValue &maxWin) {
            return http.post(path, {{u"minBet"_s, 100}, {u"maxBet"_s, 5'000}, {u"maxWin"_s, maxWin}}, admin);
        };
        for (const QJsonValue &bad : {QJsonValue(1e12 + 1), QJsonValue(2e12), QJsonValue(9.3e18), QJsonValue(1e300),
                                      QJsonValue(200'000.5), QJsonValue(u"200000"_s), QJsonValue(-1)}) {
            const HttpReply r = limits(bad);
            QVERIFY2(r.status == 400, r.body.constData());
            QCOMPARE(r.errorCode(), u"INVALID_CONFIG"_s);
        }
        const HttpReply created = http.post(u"/api/admin/v1/operators"_s,
                                            {{u"name"_s, u"Too Big"_s}, {u"webhookUrl"_s, u"http://127.0.0.1:1/w"_s},
                                             {u"currency"_s, u"EUR"_s}, {u"minBet"_s, 100}, {u"maxBet"_s, 5'000},
                                             {u"maxWin"_s, 5e12}, {u"language"_s, u"en"_s}, {u"region"_s, u"DE"_s}},
                                            admin);
        QCOMPARE(created.errorCode(), u"INVALID_CONFIG"_s);
        // The most it takes still lets bets through.
        QCOMPARE(limits(1e12).status, 200);
        waitForOpenRound();
        const HttpReply r = bet({{u"betId"_s, u"big-1"_s}, {u"player"_s, u"fritz"_s}, {u"type"_s, u"exact"_s},
                                 {u"pick"_s, 7}, {u"stake"_s, 5'000}});
        QVERIFY2(r.status == 200, r.body.constData());
        QCOMPARE(limits(200'000).status, 200);
    }

    // Both sides of high/low: one of them wins. The operator is down when the round settles;
    // the credit waits and arrives once it is back, exactly once.
    void winIsCreditedWhenTheOperatorReturns()
    {
        waitForOpenRound();
        const qint64 round = *table().openRound();
        QCOMPARE(bet({{u"betId"_s, u"w-hi"_s}, {u"player"_s, u"erin"_s}, {u"type"_s, u"high"_s}, {u"stake"_s, 1'000}}).status, 200);
        QCOMPARE(bet({{u"betId"_s, u"w-lo"_s}, {u"player"_s, u"erin"_s}, {u"type"_s, u"low"_s}, {u"stake"_s, 1'000}}).status, 200);
        QCOMPARE(m_operator->balance(u"erin"_s), 98'000);
        m_operator->setDown(true);
        QTRY_VERIFY_WITH_TIMEOUT(m_http->get(u"/api/rounds/%1/%2"_s.arg(m_table).arg(round)).status == 200, 10'000);
        QTest::qWait(1'500); // a few attempts fail meanwhile
        QCOMPARE(m_operator->balance(u"erin"_s), 98'000);
        QVERIFY(m_host->runtime().wallet().counts()->pending >= 1);
        m_operator->setDown(false);
        m_host->runtime().wallet().wake(m_operatorId);
        // high/low pays 1.77×: 1,770 back for the side that won.
        QTRY_COMPARE_WITH_TIMEOUT(m_operator->balance(u"erin"_s), 98'000 + 1'770, 90'000);
        const int credits = int(m_operator->knows(u"credit:%1:%1:w-hi"_s.arg(m_operatorId)))
                          + int(m_operator->knows(u"credit:%1:%1:w-lo"_s.arg(m_operatorId)));
        QCOMPARE(credits, 1);
        QTest::qWait(1'000); // retries after the acknowledgement would show here
        QCOMPARE(m_operator->balance(u"erin"_s), 98'000 + 1'770);
        QVERIFY(m_operator->moneyConserved());
        // The host's books balance to zero in every currency.
        QVERIFY(ledger::checkConserved(const_cast<Database &>(m_host->runtime().database())));
    }

    // Server-Sent Events: a hello with the table, then the rounds' events as they happen; the
    // seed appears only with the settlement, never before.
    void roundEventsStream()
    {
        QNetworkAccessManager nam;
        QNetworkRequest request(m_http->url(u"/api/rounds/stream?gameId=%1"_s.arg(m_table)));
        QNetworkReply *reply = nam.get(request);
        QByteArray received;
        connect(reply, &QNetworkReply::readyRead, this, [&] { received += reply->readAll(); });
        QTRY_VERIFY_WITH_TIMEOUT(received.contains("event: round.settled") && received.contains("event: round.opened"), 15'000);
        QCOMPARE(reply->header(QNetworkRequest::ContentTypeHeader).toString(), u"text/event-stream; charset=utf-8"_s);
        QVERIFY(received.startsWith("retry: 2000\nevent: hello\ndata: {"));
        QVERIFY(!received.contains("round.prepared"));
        QVERIFY(!received.contains("bet.placed"));
        // Each settled round's seed is the one its public record shows.
        int settled = 0;
        QList<QByteArray> messages;
        for (qsizetype at = 0, end; (end = received.indexOf("\n\n", at)) >= 0; at = end + 2)
            messages << received.mid(at, end - at);
        for (const QByteArray &message : std::as_const(messages)) {
            if (!message.startsWith("event: round.settled\ndata: "))
                continue;
            const QJsonObject e = QJsonDocument::fromJson(message.mid(message.indexOf("data: ") + 6)).object();
            const QString url = u"/api/rounds/%1/%2"_s.arg(m_table).arg(e.value(u"round"_s).toInteger());
            QTRY_COMPARE_WITH_TIMEOUT(m_http->get(url).status, 200, 5'000);
            QCOMPARE(e.value(u"seed"_s).toString(), m_http->get(url).json.value(u"seed"_s).toString());
            ++settled;
        }
        QVERIFY(settled >= 1);
        reply->abort();
        reply->deleteLater();
    }

    // The rounds module holds event streams open on the host's port: a host stopped while one
    // is open closes it first and goes down cleanly (the suite runs under AddressSanitizer too),
    // and the table is there again after the restart.
    void aHostStopsCleanlyWithAnEventStreamOpen()
    {
        chain::ChainOptions noChain;
        noChain.secrets = SecretStorePreference::File;
        TestHost host(noChain);
        QVERIFY2(host.ok(), qPrintable(host.error()));
        HttpClient http(host.httpUrl());
        const QString admin = http.signIn(QString::fromLatin1(TestHost::Password));
        const QString table = http.post(u"/api/games/create"_s,
                                        {{u"kind"_s, u"rounds"_s},
                                         {u"config"_s, QJsonObject{{u"periodMs"_s, 2'500}, {u"bettingMs"_s, 2'000}}}},
                                        admin)
                                  .json.value(u"gameId").toString();
        QVERIFY(!table.isEmpty());
        QNetworkAccessManager nam;
        QNetworkReply *reply = nam.get(QNetworkRequest(http.url(u"/api/rounds/stream?gameId=%1"_s.arg(table))));
        QByteArray received;
        connect(reply, &QNetworkReply::readyRead, this, [&] { received += reply->readAll(); });
        QTRY_VERIFY(received.contains("event: hello"));
        QVERIFY(!reply->isFinished());
        QVERIFY(host.restart());
        QTRY_VERIFY(reply->isFinished()); // closed by the host as it stopped
        reply->deleteLater();
        QVERIFY(host.runtime().games().game(table));
        QCOMPARE(HttpClient(host.httpUrl()).get(u"/api/rounds/stream?gameId=nope"_s).errorCode(), u"GAME_NOT_FOUND"_s);
    }

    // The RTP report adds up what the archive holds, per operator, with the paytable's exact RTP.
    void rtpReportMatchesTheRecords()
    {
        QTest::qWait(3'000); // the last bets' round settles
        const HttpReply exported = m_http->get(u"/api/rounds/%1/export.json"_s.arg(m_table), m_admin);
        QCOMPARE(exported.status, 200);
        qint64 bets = 0, stake = 0, returned = 0;
        for (const QJsonValue &r : exported.json.value(u"rounds"_s).toArray()) {
            for (const QJsonValue &b : r.toObject().value(u"bets"_s).toArray()) {
                if (!b.toObject().value(u"betRef"_s).toString().startsWith(m_operatorId))
                    continue;
                ++bets;
                stake += b.toObject().value(u"stake"_s).toInteger();
                returned += b.toObject().value(u"return"_s).toInteger();
            }
        }
        QVERIFY(bets >= 4);
        const HttpReply report = m_http->get(u"/api/admin/v1/tables/%1/rtp"_s.arg(m_table), m_admin);
        QVERIFY2(report.status == 200, report.body.constData());
        const QJsonArray ops = report.json.value(u"byOperator"_s).toArray();
        QJsonObject mine;
        for (const QJsonValue &o : ops) {
            if (o.toObject().value(u"operator"_s).toString() == m_operatorId)
                mine = o.toObject().value(u"cell"_s).toObject();
        }
        QCOMPARE(mine.value(u"bets"_s).toInteger(), bets);
        QCOMPARE(mine.value(u"stake"_s).toInteger(), stake);
        QCOMPARE(mine.value(u"returned"_s).toInteger(), returned);
        QCOMPARE(mine.value(u"status"_s).toString(), u"low-volume"_s); // under 30 bets: no verdict yet
        const HttpReply csv = m_http->get(u"/api/admin/v1/tables/%1/rtp.csv"_s.arg(m_table), m_admin);
        QCOMPARE(csv.status, 200);
        QVERIFY(csv.body.startsWith("operator,day,kind,bets,stake,returned,realised,theoretical,lower,upper,z,status"));
    }

    void suspendedOperatorIsRefused()
    {
        const operators::BackofficeActor admin{u"admin"_s, operators::Role::Admin};
        QVERIFY(m_host->runtime().operators().suspend(m_operatorId, admin));
        const HttpReply r = bet({{u"betId"_s, u"x-1"_s}, {u"player"_s, u"alice"_s}, {u"type"_s, u"odd"_s}, {u"stake"_s, 500}});
        QCOMPARE(r.status, 403);
        QCOMPARE(r.errorCode(), u"OPERATOR_SUSPENDED"_s);
        QVERIFY(m_host->runtime().operators().resume(m_operatorId, admin));
    }
};

QTEST_GUILESS_MAIN(TestOperatorBets)
#include "tst_operatorbets.moc"
