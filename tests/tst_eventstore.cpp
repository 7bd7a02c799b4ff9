// SPDX-License-Identifier: GPL-3.0-or-later
// The event store on a real database: SQLite always, PostgreSQL when STEWARD_TEST_POSTGRES_URL
// names one (scripts/test starts a local server for it).
#include "server/store/Database.h"
#include "server/store/EventStore.h"
#include "support/TestDatabases.h"

#include <QSignalSpy>
#include <QDir>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace steward;
using namespace Qt::StringLiterals;

class TestEventStore : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> open()
    {
        QFETCH_GLOBAL(QString, url);
        return openTestDatabase(url, m_dir.path());
    }
    // Holds the events table's write lock on the main connection, so a batch handed to the
    // writer thread stays there until release(): what happens meanwhile is then certain.
    struct WriteLock
    {
        QSqlDatabase h;
        explicit WriteLock(Database &db) : h(db.handle())
        {
            QSqlQuery q(h);
            if (db.isPostgres()) {
                QVERIFY(h.transaction());
                QVERIFY(q.exec(u"LOCK TABLE events IN EXCLUSIVE MODE"_s));
            } else {
                QVERIFY(q.exec(u"BEGIN IMMEDIATE"_s));
            }
        }
        void release()
        {
            QSqlQuery q(h);
            QVERIFY(q.exec(u"COMMIT"_s));
        }
    };
    static void waitUntilWriting(const EventStore &store)
    {
        while (!store.isWriting())
            QCoreApplication::processEvents();
    }

    static StoredEvent event(const QString &game, qint64 seq, const QString &type)
    {
        return StoredEvent{game, seq, 1000 + seq, u"admin"_s, Event{type, {{u"n"_s, seq}}}};
    }

private slots:
    void initTestCase_data() { addDatabaseRows(); }

    void init()
    {
        // Each test starts from an empty database.
        auto db = open();
        QVERIFY(db);
        dropAllTables(*db);
    }

    void migratesOnce()
    {
        auto db = open();
        QVERIFY(db);
        // Every migration shipped, NNN_name.sql, and no other.
        const QStringList shipped = QDir(u":/migrations"_s).entryList({u"*.sql"_s}, QDir::Files, QDir::Name);
        QVERIFY(shipped.size() >= 6);
        const int newest = shipped.last().left(3).toInt();
        QCOMPARE(db->schemaVersion(), newest);
        db.reset();
        auto again = open();
        QVERIFY(again);
        QCOMPARE(again->schemaVersion(), newest);
    }

    void appendsInOneCommitPerTurn()
    {
        auto db = open();
        EventStore store(*db);
        QVERIFY(store.createGame(GameRow{u"g1"_s, u"beer"_s, {{u"teams"_s, 2}}, 0xFFFF'FFFF'FFFF'FFF0ull,
                                         u"ABCDEF"_s, 5, u"admin"_s}));
        QList<int> durable;
        for (int i = 1; i <= 3; ++i) {
            store.append(event(u"g1"_s, i, u"order.placed"_s));
            store.whenDurable(&store, [&durable, i](const Status &s) { durable << (s ? i : -i); });
        }
        QVERIFY(durable.isEmpty()); // nothing acknowledged before the commit
        QTRY_COMPARE(durable, (QList<int>{1, 2, 3}));
        const auto events = store.events(u"g1"_s);
        QVERIFY(events);
        QCOMPARE(events->size(), 3);
        QCOMPARE(events->at(2).seq, 3);
        QCOMPARE(events->at(2).event.type, u"order.placed"_s);
        QCOMPARE(events->at(2).event.data.value(u"n").toInt(), 3);
        const auto games = store.games();
        QCOMPARE(games->size(), 1);
        QCOMPARE(games->at(0).seed, 0xFFFF'FFFF'FFFF'FFF0ull); // all 64 bits survive
        QCOMPARE(games->at(0).config.value(u"teams").toInt(), 2);
    }

    void aCallbackWhoseContextIsGoneDoesNotRun()
    {
        // A session that closes while its command is being committed must not be answered:
        // the callback goes with its context, as a connection goes with its receiver.
        auto db = open();
        EventStore store(*db);
        QVERIFY(store.createGame(GameRow{u"g1"_s, u"beer"_s, {}, 1, u"ABCDEF"_s, 5, u"admin"_s}));
        auto session = std::make_unique<QObject>();
        QObject stays;
        QStringList ran;
        store.append(event(u"g1"_s, 1, u"a"_s));
        store.whenDurable(session.get(), [&ran](const Status &) { ran << u"gone"_s; });
        store.whenDurable(&stays, [&ran](const Status &) { ran << u"stays"_s; });
        session.reset();
        QVERIFY(store.flush());
        QCOMPARE(ran, QStringList{u"stays"_s});
    }

    void aFailedCommitKeepsNothingOfItsBatch()
    {
        auto db = open();
        EventStore store(*db);
        QVERIFY(store.createGame(GameRow{u"g1"_s, u"beer"_s, {}, 1, u"ABCDEF"_s, 5, u"admin"_s}));
        store.append(event(u"g1"_s, 1, u"a"_s));
        QVERIFY(store.flush());
        QSignalSpy failed(&store, &EventStore::commitFailed);
        store.append(event(u"g1"_s, 2, u"b"_s));
        store.append(event(u"g1"_s, 1, u"duplicate seq"_s));
        QString outcome;
        store.whenDurable(&store, [&](const Status &s) { outcome = s ? u"OK"_s : s.error().codeName(); });
        QVERIFY(!store.flush());
        QCOMPARE(outcome, u"STORAGE_FAILED"_s);
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.at(0).at(0).toStringList(), QStringList{u"g1"_s});
        QCOMPARE(store.events(u"g1"_s)->size(), 1);
    }

    void appendsDuringAWriteGoInTheNextBatch()
    {
        auto db = open();
        EventStore store(*db);
        QVERIFY(store.createGame(GameRow{u"g1"_s, u"beer"_s, {}, 1, u"ABCDEF"_s, 5, u"admin"_s}));
        QList<int> durable;
        WriteLock lock(*db);
        store.append(event(u"g1"_s, 1, u"a"_s));
        store.whenDurable(&store, [&](const Status &s) { durable << (s ? 1 : -1); });
        waitUntilWriting(store);
        // The writer has the first batch; the second gathers meanwhile and follows it.
        store.append(event(u"g1"_s, 2, u"b"_s));
        store.whenDurable(&store, [&](const Status &s) { durable << (s ? 2 : -2); });
        QTest::qWait(20);
        QVERIFY(durable.isEmpty());
        lock.release();
        QTRY_COMPARE(durable, (QList<int>{1, 2}));
        QVERIFY(!store.hasPending());
        QCOMPARE(store.events(u"g1"_s)->size(), 2);
    }

    void aFailedCommitFailsWhatGatheredBehindIt()
    {
        auto db = open();
        EventStore store(*db);
        QVERIFY(store.createGame(GameRow{u"g1"_s, u"beer"_s, {}, 1, u"ABCDEF"_s, 5, u"admin"_s}));
        QVERIFY(store.createGame(GameRow{u"g2"_s, u"beer"_s, {}, 2, u"GHIJKL"_s, 5, u"admin"_s}));
        store.append(event(u"g1"_s, 1, u"a"_s));
        QVERIFY(store.flush());
        QSignalSpy failed(&store, &EventStore::commitFailed);
        QStringList outcomes;
        WriteLock lock(*db);
        store.append(event(u"g1"_s, 1, u"duplicate seq"_s));
        store.whenDurable(&store, [&](const Status &s) { outcomes << (s ? u"OK"_s : s.error().codeName()); });
        waitUntilWriting(store);
        // Queued behind the failing batch: its game's memory is rebuilt, so it must not land.
        store.append(event(u"g2"_s, 1, u"behind"_s));
        store.whenDurable(&store, [&](const Status &s) { outcomes << (s ? u"OK"_s : s.error().codeName()); });
        lock.release();
        QTRY_COMPARE(outcomes, (QStringList{u"STORAGE_FAILED"_s, u"STORAGE_FAILED"_s}));
        QCOMPARE(failed.size(), 1);
        QStringList games = failed.at(0).at(0).toStringList();
        games.sort();
        QCOMPARE(games, (QStringList{u"g1"_s, u"g2"_s}));
        QCOMPARE(store.events(u"g1"_s)->size(), 1);
        QCOMPARE(store.events(u"g2"_s)->size(), 0);
        // The store goes on working after a failure.
        store.append(event(u"g2"_s, 1, u"again"_s));
        QVERIFY(store.flush());
        QCOMPARE(store.events(u"g2"_s)->size(), 1);
    }

    void settingsAndAudit()
    {
        auto db = open();
        EventStore store(*db);
        QCOMPARE(store.setting(u"k"_s).value(), QString());
        QVERIFY(store.setSetting(u"k"_s, u"v1"_s));
        QVERIFY(store.setSetting(u"k"_s, u"v2"_s));
        QCOMPARE(store.setting(u"k"_s).value(), u"v2"_s);
        store.audit(10, u"admin"_s, u"signin"_s, u"127.0.0.1"_s);
        store.audit(11, u"admin"_s, u"game.create"_s, u"g1"_s);
        QVERIFY(store.flush());
        const auto log = store.auditLog(10);
        QCOMPARE(log->size(), 2);
        QCOMPARE(log->at(0).value(u"action").toString(), u"game.create"_s); // newest first
        // Ids keep counting after a restart.
        EventStore reopened(*db);
        reopened.audit(12, u"admin"_s, u"signin"_s, u"x"_s);
        QVERIFY(reopened.flush());
        QCOMPARE(reopened.auditLog(1)->at(0).value(u"id").toInt(), 3);
    }
};

QTEST_GUILESS_MAIN(TestEventStore)
#include "tst_eventstore.moc"
