// SPDX-License-Identifier: GPL-3.0-or-later
// The ledger and its audit chain on a real database: SQLite always, PostgreSQL when
// STEWARD_TEST_POSTGRES_URL names one.
#include "TestDatabases.h"
#include "server/ledger/Accounts.h"
#include "server/ledger/AuditChain.h"
#include "server/ledger/Ledger.h"
#include "server/ledger/LedgerQueries.h"
#include "server/ledger/LedgerVerifier.h"
#include "server/store/Database.h"
#include "server/store/EventStore.h"

#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace steward;
using namespace steward::ledger;
using namespace Qt::StringLiterals;

namespace {

// A database, its store, and the ledger on it, as the host holds them.
struct Host
{
    std::unique_ptr<Database> db;
    std::unique_ptr<EventStore> store;
    AuditChain chain;
    Ledger ledger{chain};
};

Txn txn(const QString &id, const QString &kind, const QString &ref, QList<Posting> postings)
{
    return Txn{id, kind, ref, std::move(postings)};
}

const QString Eur = u"EUR"_s;
const QString Play = u"PLAY"_s;

} // namespace

class TestLedger : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_url;
    int m_databases = 0;

    std::unique_ptr<Host> open()
    {
        auto host = std::make_unique<Host>();
        host->db = openTestDatabase(m_url, m_dir.path());
        if (!host->db)
            return nullptr;
        host->store = std::make_unique<EventStore>(*host->db);
        if (auto s = host->ledger.load(*host->db); !s) {
            qWarning() << s.error().message;
            return nullptr;
        }
        return host;
    }
    static bool exec(Host &h, const QString &sql)
    {
        QSqlQuery q(h.db->handle());
        if (!q.exec(sql)) {
            qWarning() << sql << q.lastError().text();
            return false;
        }
        return true;
    }
    static qint64 count(Host &h, const QString &table)
    {
        QSqlQuery q(h.db->handle());
        return q.exec(u"SELECT COUNT(*) FROM "_s + table) && q.next() ? q.value(0).toLongLong() : -1;
    }
    // Three txns: two bets of a round and its settlement. Entries 1-2, 3-4, 5-7; audit rows 1-3.
    static void postRound(Host &h)
    {
        const Book acme = Book::ofOperator(u"acme"_s);
        QVERIFY(h.ledger.post(*h.store, 1000, txn(u"bet:b1"_s, u"bet"_s, u"b1"_s,
                                                  {{acme.player(u"p1"_s), -500, Eur}, {acme.betsInPlay(), 500, Eur}})));
        QVERIFY(h.ledger.post(*h.store, 1001, txn(u"bet:b2"_s, u"bet"_s, u"b2"_s,
                                                  {{acme.player(u"p2"_s), -300, Eur}, {acme.betsInPlay(), 300, Eur}})));
        // p1 loses its stake to the house; p2 wins 3x: its stake back plus 600 from the house.
        QVERIFY(h.ledger.post(*h.store, 2000, txn(u"settle:r1"_s, u"settle"_s, u"r1"_s,
                                                  {{acme.betsInPlay(), -800, Eur},
                                                   {acme.house(), 500 - 600, Eur},
                                                   {acme.player(u"p2"_s), 900, Eur}})));
        QVERIFY(h.store->flush());
    }

private slots:
    void initTestCase_data() { addDatabaseRows(); }

    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void init()
    {
        // Each test starts from an empty ledger: a new SQLite file, or emptied tables.
        QFETCH_GLOBAL(QString, url);
        m_url = url.isEmpty() ? u"sqlite:%1/ledger-%2.db"_s.arg(m_dir.path()).arg(++m_databases) : url;
        if (!url.isEmpty()) {
            auto h = open();
            QVERIFY(h);
            QVERIFY(exec(*h, u"DELETE FROM ledger_entries"_s));
            QVERIFY(exec(*h, u"DELETE FROM ledger_audit"_s));
        }
    }

    void accountsCannotBeForged()
    {
        // An operator or player id holding the separator cannot name another account.
        QVERIFY(Book::ofOperator(u"a:player"_s).house() != Book::ofOperator(u"a"_s).player(u"house"_s));
        QCOMPARE(Book::ofOperator(u"a:b%"_s).house(), u"operator:a%3Ab%25:house"_s);
        QCOMPARE(Book::ofOperator(u"acme"_s).player(u"p1"_s), u"operator:acme:player:p1"_s);
        QVERIFY(Book::lan().house() != Book::ofOperator(u"lan"_s).house());
    }

    void hashRuleIsAsDocumented()
    {
        // The example of docs/ledger.md, computed there with sha256sum.
        QCOMPARE(AuditChain::hashRow(AuditChain::genesisHash(), 1, 1000, u"wallet"_s, u"wallet.debit.intent"_s,
                                     R"({"amount":500,"bet":"b1"})"),
                 u"69a2aab912dc079f3e8d443beef7a65503b9c466a4c0043724a49a318481e3a5"_s);
    }

    void betAndSettleFlow()
    {
        auto h = open();
        QVERIFY(h);
        postRound(*h);
        // Play money on the LAN: granted, staked, won at 2.5x.
        const Book lan = Book::lan();
        QVERIFY(h->ledger.post(*h->store, 3000, txn(u"grant:g1"_s, u"grant"_s, {},
                                                    {{lan.playMoneyIssued(), -1000, Play}, {lan.player(u"ann"_s), 1000, Play}})));
        QVERIFY(h->ledger.post(*h->store, 3001, txn(u"bet:b3"_s, u"bet"_s, u"b3"_s,
                                                    {{lan.player(u"ann"_s), -100, Play}, {lan.betsInPlay(), 100, Play}})));
        QVERIFY(h->ledger.post(*h->store, 4000, txn(u"settle:r2"_s, u"settle"_s, u"r2"_s,
                                                    {{lan.betsInPlay(), -100, Play}, {lan.house(), -150, Play},
                                                     {lan.player(u"ann"_s), 250, Play}})));
        QVERIFY(h->store->flush());

        const Book acme = Book::ofOperator(u"acme"_s);
        const auto all = balances(*h->db);
        QVERIFY(all);
        QCOMPARE(all->value(acme.player(u"p1"_s)).value(Eur), -500);
        QCOMPARE(all->value(acme.player(u"p2"_s)).value(Eur), 600);
        QCOMPARE(all->value(acme.betsInPlay()).value(Eur), 0);
        QCOMPARE(all->value(acme.house()).value(Eur), -100);
        QCOMPARE(all->value(lan.playMoneyIssued()).value(Play), -1000);
        QCOMPARE(all->value(lan.player(u"ann"_s)).value(Play), 1150);
        QCOMPARE(all->value(lan.house()).value(Play), -150);
        QCOMPARE(all->size(), 8);
        QCOMPARE(balance(*h->db, acme.player(u"p2"_s), Eur).value(), 600);
        QCOMPARE(balance(*h->db, acme.player(u"p2"_s), Play).value(), 0);
        QCOMPARE(balance(*h->db, u"nobody"_s, Eur).value(), 0);
        const auto sums = totals(*h->db);
        QVERIFY(sums);
        QCOMPARE(sums->size(), 2);
        QCOMPARE(sums->value(Eur, -1), 0);
        QCOMPARE(sums->value(Play, -1), 0);
        QVERIFY(checkConserved(*h->db));

        const auto round = entries(*h->db, EntryFilter{{}, u"r1"_s, {}, 0});
        QVERIFY(round);
        QCOMPARE(round->size(), 3);
        QCOMPARE(round->first().id, 7); // newest first
        QCOMPARE(round->first().account, acme.player(u"p2"_s));
        QCOMPARE(round->first().amount, 900);
        QCOMPARE(round->first().txnId, u"settle:r1"_s);
        QCOMPARE(round->first().atMs, 2000);
        const auto ann = entries(*h->db, EntryFilter{lan.player(u"ann"_s), {}, u"bet"_s, 10});
        QCOMPARE(ann->size(), 1);
        QCOMPARE(ann->first().amount, -100);
        QCOMPARE(entries(*h->db, EntryFilter{{}, {}, {}, 4})->size(), 4);
        QVERIFY(entries(*h->db, EntryFilter{{}, {}, u"grant"_s, 0})->first().ref.isEmpty());

        const auto check = verifyAgainstAudit(*h->db);
        QVERIFY(check);
        QVERIFY2(check->ok(), qPrintable(check->detail + check->chain.detail));
        QCOMPARE(check->txnsChecked, 6);
        QCOMPARE(check->entriesChecked, 14);
        QCOMPARE(check->chain.rowsChecked, 6);
    }

    void largeAmountsAreExact()
    {
        auto h = open();
        QVERIFY(h);
        const qint64 big = std::numeric_limits<qint64>::max() - 7; // beyond a double's 53 bits
        QVERIFY(h->ledger.post(*h->store, 1, txn(u"t"_s, u"grant"_s, {}, {{u"a"_s, -big, Eur}, {u"b"_s, big, Eur}})));
        QVERIFY(h->store->flush());
        QCOMPARE(balance(*h->db, u"b"_s, Eur).value(), big);
        QVERIFY(verifyAgainstAudit(*h->db)->ok());
    }

    void refusesWhatIsNotATxn_data()
    {
        QTest::addColumn<Txn>("bad");
        QTest::newRow("unbalanced") << txn(u"t"_s, u"bet"_s, {}, {{u"a"_s, -500, Eur}, {u"b"_s, 499, Eur}});
        QTest::newRow("balanced across currencies only")
            << txn(u"t"_s, u"bet"_s, {}, {{u"a"_s, -500, Eur}, {u"b"_s, 500, u"USD"_s}});
        QTest::newRow("one posting") << txn(u"t"_s, u"bet"_s, {}, {{u"a"_s, 0, Eur}});
        QTest::newRow("no postings") << txn(u"t"_s, u"bet"_s, {}, {});
        QTest::newRow("empty account") << txn(u"t"_s, u"bet"_s, {}, {{u""_s, -5, Eur}, {u"b"_s, 5, Eur}});
        QTest::newRow("zero amount") << txn(u"t"_s, u"bet"_s, {}, {{u"a"_s, -5, Eur}, {u"b"_s, 5, Eur}, {u"c"_s, 0, Eur}});
        QTest::newRow("no currency") << txn(u"t"_s, u"bet"_s, {}, {{u"a"_s, -5, {}}, {u"b"_s, 5, {}}});
        QTest::newRow("no id") << txn({}, u"bet"_s, {}, {{u"a"_s, -5, Eur}, {u"b"_s, 5, Eur}});
        QTest::newRow("no kind") << txn(u"t"_s, {}, {}, {{u"a"_s, -5, Eur}, {u"b"_s, 5, Eur}});
        const qint64 max = std::numeric_limits<qint64>::max();
        QTest::newRow("overflow") << txn(u"t"_s, u"bet"_s, {}, {{u"a"_s, max, Eur}, {u"b"_s, max, Eur}, {u"c"_s, 2, Eur}});
    }

    void refusesWhatIsNotATxn()
    {
        QFETCH(Txn, bad);
        auto h = open();
        QVERIFY(h);
        const AuditEntry head = h->chain.head();
        const Status s = h->ledger.post(*h->store, 1, bad);
        QVERIFY(!s);
        QCOMPARE(s.error().code, ErrorCode::BadRequest);
        QVERIFY(!h->store->hasPending()); // nothing appended at all
        QCOMPARE(h->chain.head(), head);
        QCOMPARE(h->ledger.nextEntryId(), 1);
        QVERIFY(h->store->flush());
        QCOMPARE(count(*h, u"ledger_entries"_s), 0);
        QCOMPARE(count(*h, u"ledger_audit"_s), 0);
    }

    void refusesAmbiguousAuditLabels()
    {
        auto h = open();
        QVERIFY(h);
        QCOMPARE(h->chain.append(*h->store, 1, u"a\nb"_s, u"x"_s, {}).error().code, ErrorCode::BadRequest);
        QCOMPARE(h->chain.append(*h->store, 1, u"a"_s, {}, {}).error().code, ErrorCode::BadRequest);
        const Txn ok = txn(u"t"_s, u"bet"_s, {}, {{u"a"_s, -5, Eur}, {u"b"_s, 5, Eur}});
        QCOMPARE(h->ledger.post(*h->store, 1, ok, u"ev\til"_s).error().code, ErrorCode::BadRequest);
        QVERIFY(!h->store->hasPending());
        QCOMPARE(h->ledger.nextEntryId(), 1);
    }

    void chainVerifiesAfterManyAppends()
    {
        auto h = open();
        QVERIFY(h);
        const int n = 3300; // over a page (1000 rows) of both tables in verifyAgainstAudit
        for (int i = 1; i <= n; ++i) {
            if (i % 3 == 0) {
                QVERIFY(h->ledger.post(*h->store, i, txn(u"t%1"_s.arg(i), u"bet"_s, u"r%1"_s.arg(i / 30),
                                                         {{u"a"_s, -i, Eur}, {u"b"_s, i, Eur}})));
            } else {
                // Write-ahead rows around an operator's wallet call.
                const auto e = h->chain.append(*h->store, i, u"wallet"_s, i % 3 == 1 ? u"debit.intent"_s : u"debit.done"_s,
                                               {{u"bet"_s, u"b%1"_s.arg(i)}, {u"amount"_s, i}, {u"note"_s, u"ünïcode ✓"_s}});
                QVERIFY(e);
                QCOMPARE(e->seq, i);
            }
            if (i % 300 == 0)
                QVERIFY(h->store->flush());
        }
        const auto v = AuditChain::verify(*h->db);
        QVERIFY(v);
        QVERIFY2(v->ok(), qPrintable(v->detail));
        QCOMPARE(v->rowsChecked, n);
        QCOMPARE(v->head, h->chain.head());
        QVERIFY(AuditChain::verify(*h->db, AuditEntry{v->head})->ok());
        const auto l = verifyAgainstAudit(*h->db);
        QVERIFY2(l->ok(), qPrintable(l->detail));
        QCOMPARE(l->txnsChecked, n / 3);
        QCOMPARE(l->entriesChecked, 2 * n / 3);
    }

    void tamperedEntriesAreDetected_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<EntryProblem>("problem");
        QTest::addColumn<qint64>("entry");
        QTest::addColumn<qint64>("auditSeq");
        QTest::newRow("amount edited") << u"UPDATE ledger_entries SET amount = amount - 1 WHERE id = 3"_s
                                       << EntryProblem::Edited << qint64(3) << qint64(2);
        // Balanced edits still show: the audit row, not the sums, is the reference.
        QTest::newRow("account edited") << u"UPDATE ledger_entries SET account = 'operator:acme:player:p9' WHERE id = 7"_s
                                        << EntryProblem::Edited << qint64(7) << qint64(3);
        QTest::newRow("deleted") << u"DELETE FROM ledger_entries WHERE id = 6"_s << EntryProblem::Missing << qint64(6)
                                 << qint64(3);
        QTest::newRow("inserted")
            << u"INSERT INTO ledger_entries (id, txn_id, account, amount, currency, kind, ref, at) "
               "VALUES (8, 'settle:r1', 'operator:acme:player:p1', 1, 'EUR', 'settle', 'r1', 2000)"_s
            << EntryProblem::Unrecorded << qint64(8) << qint64(0);
        QTest::newRow("inserted in a gap") // after the real entry 2 moved to a far id
            << u"UPDATE ledger_entries SET id = 1000 WHERE id = 2"_s << EntryProblem::Missing << qint64(2) << qint64(1);
    }

    void tamperedEntriesAreDetected()
    {
        QFETCH(QString, sql);
        QFETCH(EntryProblem, problem);
        QFETCH(qint64, entry);
        QFETCH(qint64, auditSeq);
        auto h = open();
        QVERIFY(h);
        postRound(*h);
        QVERIFY(verifyAgainstAudit(*h->db)->ok());
        QVERIFY(exec(*h, sql));
        const auto v = verifyAgainstAudit(*h->db);
        QVERIFY(v);
        QVERIFY(!v->ok());
        QVERIFY(v->chain.ok()); // the audit chain itself was not touched
        QCOMPARE(v->problem, problem);
        QCOMPARE(v->badEntryId, entry);
        QCOMPARE(v->auditSeq, auditSeq);
        QVERIFY(!v->detail.isEmpty());
    }

    void tamperedAuditIsDetected_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<AuditProblem>("problem");
        QTest::addColumn<qint64>("seq");
        QTest::newRow("payload edited")
            << u"UPDATE ledger_audit SET payload = REPLACE(payload, '-500', '-50') WHERE seq = 1"_s
            << AuditProblem::HashMismatch << qint64(1);
        QTest::newRow("actor edited") << u"UPDATE ledger_audit SET actor = 'someone' WHERE seq = 2"_s
                                      << AuditProblem::HashMismatch << qint64(2);
        QTest::newRow("time edited") << u"UPDATE ledger_audit SET at = at + 1 WHERE seq = 3"_s
                                     << AuditProblem::HashMismatch << qint64(3);
        QTest::newRow("row deleted") << u"DELETE FROM ledger_audit WHERE seq = 2"_s << AuditProblem::SeqGap << qint64(2);
        QTest::newRow("first row deleted") << u"DELETE FROM ledger_audit WHERE seq = 1"_s << AuditProblem::SeqGap
                                           << qint64(1);
        QTest::newRow("link edited") << u"UPDATE ledger_audit SET prev_hash = hash WHERE seq = 3"_s
                                     << AuditProblem::BrokenLink << qint64(3);
    }

    void tamperedAuditIsDetected()
    {
        QFETCH(QString, sql);
        QFETCH(AuditProblem, problem);
        QFETCH(qint64, seq);
        auto h = open();
        QVERIFY(h);
        postRound(*h);
        QVERIFY(exec(*h, sql));
        const auto v = AuditChain::verify(*h->db);
        QVERIFY(v);
        QCOMPARE(v->problem, problem);
        QCOMPARE(v->firstBadSeq, seq);
        QCOMPARE(v->rowsChecked, seq - 1);
        QVERIFY(!verifyAgainstAudit(*h->db)->ok());
    }

    void rehashedRowBreaksTheNextLink()
    {
        // Editing an entry and its audit row together, with the row's hash recomputed, still
        // leaves the next row pointing at the old hash.
        auto h = open();
        QVERIFY(h);
        postRound(*h);
        QSqlQuery q(h->db->handle());
        QVERIFY(q.exec(u"SELECT at, actor, action, payload, prev_hash FROM ledger_audit WHERE seq = 1"_s) && q.next());
        const QString payload = q.value(3).toString().replace(u"-500"_s, u"-50"_s).replace(u"500"_s, u"50"_s);
        const QString hash = AuditChain::hashRow(q.value(4).toString(), 1, q.value(0).toLongLong(), q.value(1).toString(),
                                                 q.value(2).toString(), payload.toUtf8());
        q.finish();
        q.prepare(u"UPDATE ledger_audit SET payload = ?, hash = ? WHERE seq = 1"_s);
        q.addBindValue(payload);
        q.addBindValue(hash);
        QVERIFY(q.exec());
        QVERIFY(exec(*h, u"UPDATE ledger_entries SET amount = -50 WHERE id = 1"_s));
        QVERIFY(exec(*h, u"UPDATE ledger_entries SET amount = 50 WHERE id = 2"_s));
        const auto v = verifyAgainstAudit(*h->db);
        QCOMPARE(v->chain.problem, AuditProblem::BrokenLink);
        QCOMPARE(v->chain.firstBadSeq, 2);
        QCOMPARE(v->problem, EntryProblem::None); // the entries agree with the forged row
        QVERIFY(!v->ok());
    }

    void truncationNeedsAnAnchor()
    {
        auto h = open();
        QVERIFY(h);
        postRound(*h);
        const AuditEntry anchor = h->chain.head(); // published elsewhere, e.g. with the round
        QVERIFY(exec(*h, u"DELETE FROM ledger_audit WHERE seq = 3"_s));
        QVERIFY(exec(*h, u"DELETE FROM ledger_entries WHERE id >= 5"_s));
        QVERIFY(verifyAgainstAudit(*h->db)->ok()); // what the chain alone cannot see
        const auto v = AuditChain::verify(*h->db, anchor);
        QCOMPARE(v->problem, AuditProblem::AnchorMismatch);
        QCOMPARE(v->firstBadSeq, 3);
        QCOMPARE(v->rowsChecked, 2);
        QCOMPARE(AuditChain::verify(*h->db, AuditEntry{2, anchor.hash})->problem, AuditProblem::AnchorMismatch);
    }

    void aFailedCommitKeepsNoPostingAndReloadRewinds()
    {
        auto h = open();
        QVERIFY(h);
        // A fresh game each run: a PostgreSQL database keeps the games of earlier runs.
        const QString g1 = u"ledger-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
        QVERIFY(h->store->createGame(GameRow{g1, u"rounds"_s, {}, 1, g1, 5, u"admin"_s}));
        const Txn bet = txn(u"bet:b1"_s, u"bet"_s, u"b1"_s, {{u"p"_s, -10, Eur}, {u"in_play"_s, 10, Eur}});
        h->store->append(StoredEvent{g1, 1, 100, u"p"_s, Event{u"bet.placed"_s, {}}});
        QVERIFY(h->ledger.post(*h->store, 100, bet));
        QVERIFY(h->store->flush());
        const AuditEntry durable = h->chain.head();

        QSignalSpy failed(h->store.get(), &EventStore::commitFailed);
        connect(h->store.get(), &EventStore::commitFailed, this, [&h] { QVERIFY(h->ledger.reload(*h->db)); });
        h->store->append(StoredEvent{g1, 2, 200, u"p"_s, Event{u"bet.placed"_s, {}}});
        QVERIFY(h->ledger.post(*h->store, 200, txn(u"bet:b2"_s, u"bet"_s, u"b2"_s, {{u"p"_s, -20, Eur}, {u"in_play"_s, 20, Eur}})));
        QVERIFY(h->chain.append(*h->store, 200, u"wallet"_s, u"debit.intent"_s, {{u"bet"_s, u"b2"_s}}));
        QCOMPARE(h->chain.head().seq, 3);
        h->store->append(StoredEvent{g1, 1, 200, u"p"_s, Event{u"duplicate seq"_s, {}}}); // fails the commit
        QVERIFY(!h->store->flush());
        QCOMPARE(failed.size(), 1);

        // Nothing of the failed batch reached the disk, and the heads are the disk's again.
        QCOMPARE(count(*h, u"ledger_entries"_s), 2);
        QCOMPARE(count(*h, u"ledger_audit"_s), 1);
        QCOMPARE(h->chain.head(), durable);
        QCOMPARE(h->ledger.nextEntryId(), 3);
        h->store->append(StoredEvent{g1, 2, 300, u"p"_s, Event{u"bet.placed"_s, {}}});
        QVERIFY(h->ledger.post(*h->store, 300, txn(u"bet:b3"_s, u"bet"_s, u"b3"_s, {{u"p"_s, -30, Eur}, {u"in_play"_s, 30, Eur}})));
        QVERIFY(h->store->flush());
        QCOMPARE(balance(*h->db, u"p"_s, Eur).value(), -40);
        const auto v = verifyAgainstAudit(*h->db);
        QVERIFY2(v->ok(), qPrintable(v->detail + v->chain.detail));
        QCOMPARE(v->chain.rowsChecked, 2);
    }

    void headSurvivesReopening()
    {
        AuditEntry head;
        {
            auto h = open();
            QVERIFY(h);
            postRound(*h);
            QVERIFY(h->chain.append(*h->store, 3000, u"wallet"_s, u"payout.intent"_s, {{u"bet"_s, u"b2"_s}}));
            head = h->chain.head();
        } // the store commits what is pending as it closes
        QCOMPARE(head.seq, 4);
        auto h = open();
        QVERIFY(h);
        QCOMPARE(h->chain.head(), head);
        QCOMPARE(h->ledger.nextEntryId(), 8);
        QVERIFY(h->chain.append(*h->store, 3001, u"wallet"_s, u"payout.done"_s, {{u"bet"_s, u"b2"_s}}));
        QVERIFY(h->ledger.post(*h->store, 3002, txn(u"t"_s, u"bet"_s, {}, {{u"a"_s, -1, Eur}, {u"b"_s, 1, Eur}})));
        QVERIFY(h->store->flush());
        const auto v = verifyAgainstAudit(*h->db);
        QVERIFY2(v->ok(), qPrintable(v->detail + v->chain.detail));
        QCOMPARE(v->chain.rowsChecked, 6);
        QCOMPARE(v->entriesChecked, 9);
    }
};

QTEST_GUILESS_MAIN(TestLedger)
#include "tst_ledger.moc"
