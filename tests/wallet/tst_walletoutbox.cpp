// SPDX-License-Identifier: GPL-3.0-or-later
// The wallet outbox against a real operator over HTTP (TestOperator) and a real database:
// SQLite always, PostgreSQL too when STEWARD_TEST_POSTGRES_URL names one.
#include "TestDatabases.h"
#include "TestOperator.h"
#include "server/core/Clock.h"
#include "server/store/Database.h"
#include "server/store/EventStore.h"
#include "server/wallet/WalletOutbox.h"
#include "server/wallet/WalletErrors.h"

#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace steward;
using namespace steward::wallet;
using namespace Qt::StringLiterals;

namespace {

const QString Op = u"op1"_s;
const QString Op2 = u"op2"_s; // a second operator, for the tests of one operator holding up another
constexpr qint64 Start = 1000;

// Short enough that a test sees many retries in well under a second.
WalletSettings fastSettings()
{
    WalletSettings s;
    s.attemptTimeoutMs = 300;
    s.firstRetryMs = 20;
    s.maxRetryMs = 200;
    s.debitDeadlineMs = 700;
    s.debitAttempts = 3;
    s.debitRetryPauseMs = 20;
    return s;
}

WalletCall call(const QString &betRef, const QString &player, qint64 amount, qint64 round = 1)
{
    WalletCall c;
    c.operatorId = Op;
    c.player = player;
    c.amount = amount;
    c.currency = u"EUR"_s;
    c.round = round;
    c.betRef = betRef;
    return c;
}

WalletCall debitCall(const QString &betRef, const QString &player, qint64 amount)
{
    WalletCall c = call(betRef, player, amount);
    c.kind = WalletCall::Kind::Debit;
    c.txId = debitTxId(Op, betRef);
    return c;
}

WalletCall creditCall(const QString &betRef, const QString &player, qint64 amount)
{
    WalletCall c = call(betRef, player, amount);
    c.kind = WalletCall::Kind::Credit;
    c.txId = creditTxId(Op, betRef);
    return c;
}

} // namespace

class TestWalletOutbox : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_url; // this test's database
    SystemClock m_clock;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<EventStore> m_store;
    std::unique_ptr<TestOperator> m_op;
    std::unique_ptr<TestOperator> m_op2; // started by the tests that need it
    std::unique_ptr<WalletOutbox> m_outbox;
    int m_test = 0;
    QByteArray m_hostSecret; // when set, the host signs with this instead of the operator's secret

    bool openHost()
    {
        m_db = openTestDatabase(m_url, m_dir.path());
        if (!m_db)
            return false;
        m_store = std::make_unique<EventStore>(*m_db);
        m_outbox = std::make_unique<WalletOutbox>(
            *m_db, *m_store, m_clock,
            [this](const QString &id) -> std::optional<OperatorEndpoint> {
                if (id == Op2 && m_op2)
                    return m_op2->endpoint();
                if (id != Op || !m_op)
                    return std::nullopt;
                OperatorEndpoint ep = m_op->endpoint();
                if (!m_hostSecret.isEmpty())
                    ep.secret = m_hostSecret;
                return ep;
                return std::nullopt;
            },
            fastSettings());
        return true;
    }

    // The host goes away without warning: nothing of its memory survives, only the database.
    void crashHost()
    {
        m_outbox.reset();
        m_store.reset();
        m_db.reset();
    }

    DebitOutcome debitNow(const WalletCall &c)
    {
        std::optional<DebitOutcome> out;
        m_outbox->debit(*m_store, c, [&out](const DebitOutcome &o) { out = o; });
        if (!QTest::qWaitFor([&] { return out.has_value(); }, 10'000))
            return DebitOutcome{DebitOutcome::Kind::Unavailable, u"TEST"_s, u"no outcome in 10 s"_s, {}};
        return *out;
    }

    QString field(const QString &txId, const QString &column)
    {
        QSqlQuery q(m_db->handle());
        q.prepare(u"SELECT "_s + column + u" FROM wallet_calls WHERE tx_id = ?"_s);
        q.addBindValue(txId);
        if (!q.exec() || !q.next())
            return u"<none>"_s;
        return q.value(0).toString();
    }
    QString status(const QString &txId) { return field(txId, u"status"_s); }

    qint64 rows()
    {
        QSqlQuery q(m_db->handle());
        return q.exec(u"SELECT COUNT(*) FROM wallet_calls"_s) && q.next() ? q.value(0).toLongLong() : -1;
    }

    // What the host believes went to it: acked debits less acked credits and the acked rollbacks
    // of acked debits (an unknown debit and its rollback net to nothing, whatever the operator did).
    qint64 hostNet()
    {
        QSqlQuery q(m_db->handle());
        if (!q.exec(u"SELECT c.kind, c.amount, d.status FROM wallet_calls c "
                    "LEFT JOIN wallet_calls d ON d.tx_id = c.refers_to WHERE c.status = 'acked'"_s))
            return -1;
        qint64 net = 0;
        while (q.next()) {
            const QString kind = q.value(0).toString();
            if (kind == u"debit")
                net += q.value(1).toLongLong();
            else if (kind == u"credit" || q.value(2).toString() == u"acked")
                net -= q.value(1).toLongLong();
        }
        return net;
    }

private slots:
    void initTestCase_data() { addDatabaseRows(); }

    void init()
    {
        QFETCH_GLOBAL(QString, url);
        ++m_test;
        m_url = url.isEmpty() ? u"sqlite:%1/wallet-%2.db"_s.arg(m_dir.path()).arg(m_test) : url;
        m_op = std::make_unique<TestOperator>();
        m_op->setStartBalance(Start);
        QVERIFY(m_op->start());
        QVERIFY(openHost());
        if (!url.isEmpty()) { // one PostgreSQL database for all: start each test from no calls
            QSqlQuery q(m_db->handle());
            QVERIFY2(q.exec(u"DELETE FROM wallet_calls"_s), qPrintable(q.lastError().text()));
            crashHost();
            QVERIFY(openHost());
        }
    }

    void cleanup()
    {
        crashHost();
        m_op.reset();
        m_op2.reset();
        m_hostSecret.clear();
    }

    void debitAckedThenMarkedInTheBetsCommit()
    {
        const WalletCall d = debitCall(u"bet-1"_s, u"alice"_s, 300);
        QSignalSpy settled(m_outbox.get(), &WalletOutbox::callSettled);
        const DebitOutcome out = debitNow(d);
        QVERIFY2(out.isAcked(), qPrintable(out.message));
        QCOMPARE(out.response.value(u"balance").toInteger(), 700);
        QCOMPARE(m_op->balance(u"alice"_s), 700);
        QVERIFY(m_store->flush());
        QCOMPARE(status(d.txId), u"pending"_s); // the outbox leaves it to the bet's commit

        // The bet and the row's status in one commit.
        const QString game = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QVERIFY(m_store->createGame(GameRow{game, u"rounds"_s, {}, 1, game.left(8), 1, u"admin"_s}));
        m_store->append(StoredEvent{game, 1, 1, u"alice"_s, Event{u"bet.placed"_s, {{u"txId"_s, d.txId}}}});
        m_outbox->markAcked(*m_store, d.txId);
        QVERIFY(m_store->flush());
        QCOMPARE(status(d.txId), u"acked"_s);
        QCOMPARE(m_store->events(game)->size(), 1);
        QTRY_COMPARE(settled.size(), 1);
        QCOMPARE(settled.at(0), (QVariantList{d.txId, u"debit"_s, u"acked"_s}));
        QCOMPARE(m_outbox->counts()->acked, 1);
        QCOMPARE(m_op->applied(u"debit"_s), 1);
    }

    void debitRefusedForInsufficientFunds()
    {
        const WalletCall d = debitCall(u"bet-big"_s, u"bob"_s, Start + 1);
        const DebitOutcome out = debitNow(d);
        QCOMPARE(out.kind, DebitOutcome::Kind::Refused);
        QCOMPARE(out.code, u"INSUFFICIENT_FUNDS"_s);
        QCOMPARE(out.error().code, wallet::errors::InsufficientFunds);
        QVERIFY(m_store->flush());
        QCOMPARE(status(d.txId), u"refused"_s);
        QVERIFY(field(d.txId, u"last_error"_s).contains(u"INSUFFICIENT_FUNDS"));
        QCOMPARE(m_op->balance(u"bob"_s), Start);
        QCOMPARE(rows(), 1); // nothing to roll back

        m_op->setRefuseDebits(true);
        const DebitOutcome other = debitNow(debitCall(u"bet-small"_s, u"bob"_s, 1));
        QCOMPARE(other.error().code, wallet::errors::DebitRefused);
        QCOMPARE(other.code, u"DEBIT_REFUSED"_s);
    }

    void debitWithOperatorDownIsRolledBackWhenItReturns()
    {
        m_op->setDown(true);
        QSignalSpy health(m_outbox.get(), &WalletOutbox::healthChanged);
        const WalletCall d = debitCall(u"bet-2"_s, u"carol"_s, 200);
        const DebitOutcome out = debitNow(d);
        QCOMPARE(out.kind, DebitOutcome::Kind::Unavailable);
        QCOMPARE(out.error().code, wallet::errors::WalletUnavailable);
        QVERIFY(m_store->flush());
        QCOMPARE(status(d.txId), u"unknown"_s);
        QCOMPARE(field(d.txId, u"attempts"_s), u"3"_s);
        const QString rb = rollbackTxId(d.txId);
        QCOMPARE(field(rb, u"refers_to"_s), d.txId);
        QCOMPARE(field(rb, u"kind"_s), u"rollback"_s);
        QVERIFY(!m_outbox->health(Op).reachable);
        QCOMPARE(health.first(), (QVariantList{Op, false}));

        m_op->setDown(false);
        QTRY_COMPARE_WITH_TIMEOUT(status(rb), u"acked"_s, 5000);
        QCOMPARE(m_op->balance(u"carol"_s), Start);
        QCOMPARE(m_op->applied(u"rollback"_s), 0); // the debit never arrived: nothing to return
        QVERIFY(m_outbox->health(Op).reachable);
        QCOMPARE(health.last(), (QVariantList{Op, true}));
        // Should the lost debit arrive after all, the operator refuses it.
        const DebitOutcome late = debitNow(d);
        QCOMPARE(late.code, u"ROLLED_BACK"_s);
        QCOMPARE(m_op->balance(u"carol"_s), Start);
    }

    void debitWhoseAnswerIsLostIsRolledBackExactly()
    {
        m_op->setDelayMs(1000); // the operator debits, but every answer comes too late
        const WalletCall d = debitCall(u"bet-3"_s, u"dave"_s, 250);
        const DebitOutcome out = debitNow(d);
        QCOMPARE(out.kind, DebitOutcome::Kind::Unavailable);
        QCOMPARE(m_op->balance(u"dave"_s), Start - 250); // it did take the money
        QCOMPARE(m_op->applied(u"debit"_s), 1);           // once, for all the attempts
        QVERIFY(m_op->calls(u"debit"_s) >= 2);
        m_op->setDelayMs(0);
        QTRY_COMPARE_WITH_TIMEOUT(status(rollbackTxId(d.txId)), u"acked"_s, 5000);
        QCOMPARE(m_op->balance(u"dave"_s), Start);
        QCOMPARE(m_op->applied(u"rollback"_s), 1);
        QVERIFY(m_op->moneyConserved());
        QCOMPARE(status(d.txId), u"unknown"_s);
    }

    void creditRetriedUntilAckedOnce()
    {
        m_op->setDown(true);
        QSignalSpy health(m_outbox.get(), &WalletOutbox::healthChanged);
        QSignalSpy settled(m_outbox.get(), &WalletOutbox::callSettled);
        const WalletCall c = creditCall(u"bet-4"_s, u"erin"_s, 150);
        const qint64 id = m_outbox->queueCredit(*m_store, c);
        QVERIFY(id > 0);
        QVERIFY(m_store->flush());
        QCOMPARE(field(c.txId, u"id"_s).toLongLong(), id);
        QCOMPARE(status(c.txId), u"pending"_s);
        // Several attempts fail, each recorded with the next try's time.
        QTRY_VERIFY_WITH_TIMEOUT(field(c.txId, u"attempts"_s).toInt() >= 3, 5000);
        QVERIFY(!field(c.txId, u"next_at"_s).isEmpty());
        QVERIFY(field(c.txId, u"last_error"_s).startsWith(u"unreachable"));
        QCOMPARE(health.size(), 1);
        QCOMPARE(m_outbox->health(Op).pending, 1);

        // Back, but its first answer is lost: the credit is paid and the host does not know.
        m_op->setDelayMs(600);
        m_op->setDown(false);
        QTRY_COMPARE_WITH_TIMEOUT(m_op->applied(u"credit"_s), 1, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(m_op->calls(u"credit"_s) >= 2, 5000); // resent meanwhile
        QCOMPARE(status(c.txId), u"pending"_s);
        m_op->setDelayMs(0);
        QTRY_COMPARE_WITH_TIMEOUT(status(c.txId), u"acked"_s, 5000);
        QCOMPARE(m_op->applied(u"credit"_s), 1);
        QCOMPARE(m_op->balance(u"erin"_s), Start + 150);
        QTRY_COMPARE(settled.size(), 1);
        QCOMPARE(settled.at(0), (QVariantList{c.txId, u"credit"_s, u"acked"_s}));
        QCOMPARE(m_outbox->health(Op).pending, 0);
        QVERIFY(m_outbox->health(Op).lastSuccessMs > 0);
        QVERIFY(field(c.txId, u"response"_s).contains(u"\"ok\""));
    }

    // Credits queue per operator: one that is down, with more calls than may be in flight at once,
    // holds up nobody else, and drains its whole queue once it answers again.
    void creditsQueuePerOperator()
    {
        m_op2 = std::make_unique<TestOperator>(u"key-op2"_s, QByteArray(32, 'k'));
        m_op2->setStartBalance(Start);
        QVERIFY(m_op2->start());
        const int cap = fastSettings().maxInFlightPerOperator;
        const int n = 3 * cap + 1;
        m_op->setDown(true);
        for (int i = 0; i < n; ++i)
            (void)m_outbox->queueCredit(*m_store, creditCall(u"down-%1"_s.arg(i), u"hana"_s, 10));
        QVERIFY(m_store->flush());
        QTRY_VERIFY_WITH_TIMEOUT(!m_outbox->health(Op).reachable, 5000); // its first calls failed

        for (int i = 0; i < n; ++i) {
            WalletCall c = creditCall(u"up-%1"_s.arg(i), u"ivan"_s, 7);
            c.operatorId = Op2;
            c.txId = creditTxId(Op2, c.betRef);
            (void)m_outbox->queueCredit(*m_store, c);
        }
        QVERIFY(m_store->flush());
        QTRY_COMPARE_WITH_TIMEOUT(m_op2->applied(u"credit"_s), n, 5000);
        QCOMPARE(m_op2->balance(u"ivan"_s), Start + 7 * n);
        QCOMPARE(m_op->applied(u"credit"_s), 0);
        QCOMPARE(m_outbox->health(Op).pending, n);

        m_op->setDown(false);
        QTRY_COMPARE_WITH_TIMEOUT(m_op->applied(u"credit"_s), n, 5000);
        QCOMPARE(m_op->balance(u"hana"_s), Start + 10 * n);
        QTRY_COMPARE(m_outbox->health(Op).pending, 0);
        QVERIFY(m_store->flush());
        QSqlQuery q(m_db->handle());
        QVERIFY(q.exec(u"SELECT COUNT(*) FROM wallet_calls WHERE kind = 'credit' AND status = 'acked'"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 2 * n);
    }

    void refusedCreditIsKeptAndReported()
    {
        QSignalSpy refused(m_outbox.get(), &WalletOutbox::callRefused);
        // The host was given another secret than the operator's: every call fails its signature check.
        m_hostSecret = "not the operator's secret";
        const WalletCall c = creditCall(u"bet-5"_s, u"frank"_s, 10);
        (void)m_outbox->queueCredit(*m_store, c);
        QTRY_COMPARE(refused.size(), 1);
        QCOMPARE(refused.at(0).at(0).toString(), c.txId);
        QCOMPARE(refused.at(0).at(3).toString(), u"SIGNATURE_INVALID"_s);
        QVERIFY(m_store->flush());
        QCOMPARE(status(c.txId), u"refused"_s);
        QCOMPARE(m_op->badSignatures(), 1); // not retried
        QCOMPARE(m_op->balance(u"frank"_s), Start);
    }

    void resumeAfterACrash()
    {
        // A bet's debit is acked, and the host dies before recording the bet...
        const WalletCall d = debitCall(u"bet-6"_s, u"gina"_s, 400);
        QVERIFY(debitNow(d).isAcked());
        QCOMPARE(m_op->balance(u"gina"_s), Start - 400);
        // ...while another bet's payout waits for an operator that is down.
        m_op->setDown(true);
        const WalletCall c = creditCall(u"bet-7"_s, u"gina"_s, 150);
        const qint64 creditId = m_outbox->queueCredit(*m_store, c);
        QVERIFY(m_store->flush());
        crashHost();

        m_op->setDown(false);
        QVERIFY(openHost());
        QSignalSpy settled(m_outbox.get(), &WalletOutbox::callSettled);
        m_outbox->resume();
        const QString rb = rollbackTxId(d.txId);
        QTRY_COMPARE_WITH_TIMEOUT(status(rb), u"acked"_s, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(status(c.txId), u"acked"_s, 5000);
        QCOMPARE(status(d.txId), u"unknown"_s);
        QCOMPARE(m_op->balance(u"gina"_s), Start + 150);
        QCOMPARE(m_op->applied(u"rollback"_s), 1);
        QCOMPARE(m_op->applied(u"credit"_s), 1);
        QVERIFY(field(rb, u"id"_s).toLongLong() > creditId); // numbering continues after the crash
        QTRY_COMPARE(settled.size(), 2);

        // A second start finds nothing left to do.
        crashHost();
        QVERIFY(openHost());
        m_outbox->resume();
        QTest::qWait(100);
        QCOMPARE(m_op->calls(u"rollback"_s) + m_op->calls(u"credit"_s), 2);
        QCOMPARE(m_outbox->counts()->pending, 0);
        QVERIFY(m_op->moneyConserved());
    }

    void sameTxIdMovesMoneyOnce()
    {
        const WalletCall c = creditCall(u"bet-8"_s, u"hank"_s, 70);
        const qint64 first = m_outbox->queueCredit(*m_store, c);
        QCOMPARE(m_outbox->queueCredit(*m_store, c), first);
        QTRY_COMPARE(status(c.txId), u"acked"_s);
        QCOMPARE(rows(), 1);
        // Queued again later (a settlement replayed): the row is not duplicated, the commit holds,
        // and the operator answers as before without paying twice.
        (void)m_outbox->queueCredit(*m_store, c);
        QVERIFY(m_store->flush());
        QTRY_COMPARE(m_op->calls(u"credit"_s), 2);
        QCOMPARE(rows(), 1);
        QCOMPARE(m_op->applied(u"credit"_s), 1);
        QCOMPARE(m_op->balance(u"hank"_s), Start + 70);

        // The same debit twice at once: one call's outcome for both, one debit.
        const WalletCall d = debitCall(u"bet-9"_s, u"hank"_s, 20);
        int acked = 0;
        m_outbox->debit(*m_store, d, [&](const DebitOutcome &o) { acked += o.isAcked(); });
        m_outbox->debit(*m_store, d, [&](const DebitOutcome &o) { acked += o.isAcked(); });
        QTRY_COMPARE(acked, 2);
        QCOMPARE(m_op->applied(u"debit"_s), 1);
        QCOMPARE(m_op->balance(u"hank"_s), Start + 70 - 20);
    }

    void moneyIsConserved()
    {
        const QStringList players{u"p1"_s, u"p2"_s, u"p3"_s, u"p4"_s};
        int bet = 0;
        auto placeBet = [&](const QString &player, qint64 amount) {
            const WalletCall d = debitCall(u"c-%1"_s.arg(++bet), player, amount);
            const DebitOutcome out = debitNow(d);
            if (out.isAcked())
                m_outbox->markAcked(*m_store, d.txId);
            return std::pair{d, out};
        };
        QList<WalletCall> won;
        for (const QString &p : players) {
            auto [d, out] = placeBet(p, 300);
            QVERIFY(out.isAcked());
            won << d;
        }
        QCOMPARE(placeBet(u"p1"_s, 900).second.kind, DebitOutcome::Kind::Refused); // 700 left
        // An outage: one bet's fate is unknown, and a payout waits.
        m_op->setDown(true);
        QCOMPARE(placeBet(u"p2"_s, 100).second.kind, DebitOutcome::Kind::Unavailable);
        (void)m_outbox->queueCredit(*m_store, creditCall(u"c-1"_s, u"p1"_s, 600));
        // An answer lost on the way back: taken at the operator, unknown here.
        m_op->setDown(false);
        m_op->setDelayMs(1000);
        QCOMPARE(placeBet(u"p3"_s, 50).second.kind, DebitOutcome::Kind::Unavailable);
        m_op->setDelayMs(0);
        (void)m_outbox->queueCredit(*m_store, creditCall(u"c-2"_s, u"p2"_s, 450));
        // A host-side rollback of an acked bet (its round was voided).
        (void)m_outbox->queueRollback(*m_store, won.at(3));
        QTRY_COMPARE_WITH_TIMEOUT(m_outbox->counts()->pending, 0, 10'000);

        const WalletCounts n = m_outbox->counts().value();
        QCOMPARE(n.refused, 1);
        QCOMPARE(n.unknown, 2);       // the two unanswered debits
        QCOMPARE(n.acked, 4 + 3 + 2); // four bets, three rollbacks, two credits
        QVERIFY(m_op->moneyConserved());
        QCOMPARE(m_op->netToHost(), 4 * 300 - 300 - 600 - 450);
        QCOMPARE(hostNet(), m_op->netToHost()); // the host's books agree with the operator's
        QCOMPARE(m_op->balance(u"p1"_s), Start - 300 + 600);
        QCOMPARE(m_op->balance(u"p2"_s), Start - 300 + 450);
        QCOMPARE(m_op->balance(u"p3"_s), Start - 300);
        QCOMPARE(m_op->balance(u"p4"_s), Start);
    }
};

QTEST_GUILESS_MAIN(TestWalletOutbox)
#include "tst_walletoutbox.moc"
