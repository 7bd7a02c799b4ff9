// SPDX-License-Identifier: GPL-3.0-or-later
// The extension point, proved by a kind the host does not ship: the counter (CounterGame.h) is
// registered beside the built-in kinds, created, joined, played, timed by its own deadline,
// committed to a real SQLite store, and rebuilt from that store by a fresh host exactly as it
// was, without a line of it outside this folder.
#include "CounterGame.h"
#include "ManualClock.h"

#include "server/core/GameHost.h"
#include "server/core/GameRegistry.h"
#include "server/store/Database.h"
#include "server/store/EventStore.h"

#include <QJsonArray>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace steward;
using namespace Qt::StringLiterals;

class TestCounterKind : public QObject
{
    Q_OBJECT
private:
    static GameRegistry kinds()
    {
        GameRegistry registry = GameRegistry::withBuiltinKinds();
        registry.add(std::make_unique<counter::CounterKind>());
        return registry;
    }
    // The built-in kinds and the counter, and who creates games, for every test below.
    const GameRegistry registry = kinds();
    const Actor facilitator{ActorRole::Facilitator, u"admin"_s, {}, {}};

private slots:
    void aKindFromOutsideRunsOnTheHost()
    {
        QTemporaryDir dir;
        auto db = Database::open({}, dir.path());
        QVERIFY2(db, db ? "" : qPrintable(db.error().message));
        QVERIFY(registry.ids().contains(u"counter"_s) && registry.ids().contains(u"beer"_s));
        ManualClock clock;
        QJsonObject before;
        QString gameId, code;
        {
            EventStore store(*db.value());
            GameHost host(store, registry, clock);
            QVERIFY(host.load());
            host.startClock();
            QCOMPARE(host.createGame(u"counter"_s, {{u"periodMs"_s, 500}}, facilitator).error().codeName(),
                     u"INVALID_CONFIG"_s);
            auto created = host.createGame(u"counter"_s, {{u"periodMs"_s, 60'000}}, facilitator);
            QVERIFY(created);
            gameId = created.value();
            code = host.joinCode(gameId);
            QCOMPARE(host.kindOf(gameId), u"counter"_s);

            // Joined through the host's own join: it indexes the players from the kind's event.
            auto ada = host.join({code, u"Ada"_s, {}, {}});
            auto bo = host.join({code, u"Bo"_s, {}, {}});
            QVERIFY(ada && bo);
            QCOMPARE(host.player(ada->player.playerId)->name, u"Ada"_s);
            const Actor adaActor = ada->player.actor();
            const Actor boActor = bo->player.actor();

            // Played: commands parsed and decided by the kind, refused in its own words.
            auto three = host.submitWire(gameId, u"counter.add"_s, {{u"by"_s, 3}}, adaActor);
            QVERIFY(three);
            QCOMPARE(three->reply.value(u"count"_s).toInteger(), 3);
            QCOMPARE(host.submitWire(gameId, u"counter.add"_s, {{u"by"_s, 11}}, boActor).error().codeName(),
                     u"BAD_REQUEST"_s);
            QCOMPARE(host.submitWire(gameId, u"counter.jump"_s, {}, boActor).error().codeName(), u"UNKNOWN_TYPE"_s);
            QVERIFY(host.submitWire(gameId, u"counter.add"_s, {{u"by"_s, 4}}, boActor));

            // Timed: the first addition started the kind's timer; at its due time the host banks it.
            QCOMPARE(host.game(gameId)->nextDeadline(), std::optional<qint64>(clock.now + 60'000));
            clock.now += 59'999;
            host.runDeadlines();
            QCOMPARE(host.viewFor(gameId, adaActor).value(u"count"_s).toInteger(), 7);
            clock.now += 1;
            host.runDeadlines();
            QJsonObject view = host.viewFor(gameId, adaActor);
            QCOMPARE(view.value(u"count"_s).toInteger(), 0);
            QCOMPARE(view.value(u"banked"_s).toArray(), (QJsonArray{7}));
            QVERIFY(host.submitWire(gameId, u"counter.add"_s, {{u"by"_s, 2}}, adaActor));
            QVERIFY(store.flush());
            before = host.viewFor(gameId, Actor::system());
            QCOMPARE(before.value(u"players"_s).toArray(), (QJsonArray{u"Ada"_s, u"Bo"_s}));
        }
        // Rebuilt by a fresh host from the store alone: the same view, the same timer.
        EventStore store(*db.value());
        GameHost again(store, registry, clock);
        QVERIFY(again.load());
        QCOMPARE(again.kindOf(gameId), u"counter"_s);
        QCOMPARE(again.joinCode(gameId), code);
        QCOMPARE(again.viewFor(gameId, Actor::system()), before);
        QCOMPARE(again.game(gameId)->nextDeadline(), std::optional<qint64>(clock.now + 60'000));
        QCOMPARE(again.game(gameId)->historyTable(), (QList<QStringList>{{u"bank"_s, u"value"_s}, {u"1"_s, u"7"_s}}));
    }

    void timersThatFellDueWhileStoppedRunInOrderAtStart()
    {
        // Three counters with 3, 1 and 2 minutes to their bank; the host stops before any, and
        // starts again after all three: each is banked, in the order its deadline fell.
        QTemporaryDir dir;
        auto db = Database::open({}, dir.path());
        QVERIFY(db);
        ManualClock clock;
        QStringList ids;
        {
            EventStore store(*db.value());
            GameHost host(store, registry, clock);
            QVERIFY(host.load());
            host.startClock();
            for (const qint64 minutes : {3, 1, 2}) {
                auto id = host.createGame(u"counter"_s, {{u"periodMs"_s, minutes * 60'000}}, facilitator);
                QVERIFY(id);
                ids << id.value();
                auto p = host.join({host.joinCode(id.value()), u"P"_s + QString::number(minutes), {}, {}});
                QVERIFY(p);
                QVERIFY(host.submitWire(id.value(), u"counter.add"_s, {{u"by"_s, int(minutes)}}, p->player.actor()));
            }
            QVERIFY(store.flush());
        }
        clock.now += 10 * 60'000;
        EventStore store(*db.value());
        GameHost host(store, registry, clock);
        QSignalSpy applied(&host, &GameHost::eventsApplied);
        QVERIFY(host.load());
        QCOMPARE(applied.size(), 0); // nothing runs before the clock does
        host.startClock();
        QTRY_COMPARE(applied.size(), 3);
        QCOMPARE((QStringList{applied.at(0).at(0).toString(), applied.at(1).at(0).toString(), applied.at(2).at(0).toString()}),
                 (QStringList{ids[1], ids[2], ids[0]}));
        for (int i = 0; i < 3; ++i) {
            const QJsonObject v = host.viewFor(ids[i], Actor::system());
            QCOMPARE(v.value(u"banked"_s).toArray(), (QJsonArray{i == 0 ? 3 : i == 1 ? 1 : 2}));
            QCOMPARE(host.game(ids[i])->nextDeadline(), std::nullopt);
        }
    }

    void aDayTimerAtScale1440PassesInAMinute()
    {
        QTemporaryDir dir;
        auto db = Database::open({}, dir.path());
        QVERIFY(db);
        ManualClock clock;
        QString gameId;
        {
            EventStore store(*db.value());
            GameHost host(store, registry, clock);
            QVERIFY(host.load());
            host.startClock();
            // The scale is the host's to run, and only for kinds that say their clock may run fast.
            QCOMPARE(host.createGame(u"beer"_s, {{u"timeScale"_s, 60}}, facilitator).error().codeName(), u"INVALID_CONFIG"_s);
            QCOMPARE(host.createGame(u"counter"_s, {{u"timeScale"_s, 0}}, facilitator).error().codeName(), u"INVALID_CONFIG"_s);
            QCOMPARE(host.createGame(u"counter"_s, {{u"timeScale"_s, 1.5}}, facilitator).error().codeName(), u"INVALID_CONFIG"_s);
            QCOMPARE(host.createGame(u"counter"_s, {{u"timeScale"_s, u"fast"_s}}, facilitator).error().codeName(), u"INVALID_CONFIG"_s);
            auto id = host.createGame(u"counter"_s, {{u"periodMs"_s, 86'400'000}, {u"timeScale"_s, 1440}}, facilitator);
            QVERIFY(id);
            gameId = id.value();
            QCOMPARE(host.summary(gameId).value(u"timeScale"_s).toInteger(), 1440);
            auto p = host.join({host.joinCode(gameId), u"Ada"_s, {}, {}});
            QVERIFY(p);
            QVERIFY(host.submitWire(gameId, u"counter.add"_s, {{u"by"_s, 5}}, p->player.actor()));
            clock.now += 59'999;
            host.runDeadlines();
            QCOMPARE(host.viewFor(gameId, Actor::system()).value(u"banked"_s).toArray(), QJsonArray{});
            clock.now += 1; // 60 s of the wall: 24 hours of the game's
            host.runDeadlines();
            QCOMPARE(host.viewFor(gameId, Actor::system()).value(u"banked"_s).toArray(), (QJsonArray{5}));
            QVERIFY(host.submitWire(gameId, u"counter.add"_s, {{u"by"_s, 2}}, p->player.actor()));
            QVERIFY(store.flush());
        }
        // The scale is stored with the game: after a restart the next day still lasts a minute.
        clock.now += 30'000;
        EventStore store(*db.value());
        GameHost host(store, registry, clock);
        QVERIFY(host.load());
        host.startClock();
        QCOMPARE(host.summary(gameId).value(u"timeScale"_s).toInteger(), 1440);
        host.runDeadlines();
        QCOMPARE(host.viewFor(gameId, Actor::system()).value(u"banked"_s).toArray(), (QJsonArray{5}));
        clock.now += 30'000;
        host.runDeadlines();
        QCOMPARE(host.viewFor(gameId, Actor::system()).value(u"banked"_s).toArray(), (QJsonArray{5, 2}));
    }

    void ticksRunBetweenTheEventsAndAReplayRunsTheSame()
    {
        QTemporaryDir dir;
        auto db = Database::open({}, dir.path());
        QVERIFY(db);
        ManualClock clock;
        QString gameId;
        auto run = [&](bool snapshotAtStop) {
            EventStore store(*db.value());
            GameHost host(store, registry, clock);
            QVERIFY(host.load());
            host.startClock();
            auto id = host.createGame(u"counter"_s, {{u"tickMs"_s, 50}}, facilitator);
            QVERIFY(id);
            gameId = id.value();
            QSignalSpy ticked(&host, &GameHost::ticked);
            auto p = host.join({host.joinCode(gameId), u"Ada"_s, {}, {}});
            QVERIFY(p);
            clock.now += 100;
            host.runTicks(); // ticks 1 and 2, with nothing counted yet
            QCOMPARE(host.ticksRun(gameId), 2);
            QCOMPARE(ticked.count({gameId}), 1);
            QVERIFY(host.submitWire(gameId, u"counter.add"_s, {{u"by"_s, 3}}, p->player.actor()));
            clock.now += 150;
            host.runTicks(); // ticks 3, 4, 5 add 3 each
            QVERIFY(host.submitWire(gameId, u"counter.add"_s, {{u"by"_s, 2}}, p->player.actor()));
            clock.now += 50;
            host.runTicks(); // tick 6 adds 5
            const QJsonObject v = host.viewFor(gameId, Actor::system());
            QCOMPARE(v.value(u"ticks"_s).toInteger(), 6);
            QCOMPARE(v.value(u"score"_s).toInteger(), 14);
            if (snapshotAtStop)
                host.snapshotAll();
            QVERIFY(store.flush());
        };
        // Ticks are not recorded: a replay re-runs those before each event, and the state is
        // the one after the last event, the match going on from there.
        run(false);
        {
            EventStore store(*db.value());
            GameHost host(store, registry, clock);
            QVERIFY(host.load());
            const QJsonObject v = host.viewFor(gameId, Actor::system());
            QCOMPARE(v.value(u"count"_s).toInteger(), 5);
            QCOMPARE(v.value(u"ticks"_s).toInteger(), 5);
            QCOMPARE(v.value(u"score"_s).toInteger(), 9);
            QCOMPARE(host.ticksRun(gameId), 5);
            // Its clock goes on from tick 5, without racing through the time it was down.
            clock.now += 10'000;
            host.startClock();
            host.runTicks();
            QCOMPARE(host.ticksRun(gameId), 5);
            clock.now += 50;
            host.runTicks();
            QCOMPARE(host.viewFor(gameId, Actor::system()).value(u"score"_s).toInteger(), 14);
        }
        // A clean stop writes a snapshot: nothing of the last ticks is lost.
        run(true);
        EventStore store(*db.value());
        GameHost host(store, registry, clock);
        QVERIFY(host.load());
        const QJsonObject v = host.viewFor(gameId, Actor::system());
        QCOMPARE(v.value(u"ticks"_s).toInteger(), 6);
        QCOMPARE(v.value(u"score"_s).toInteger(), 14);
    }

    // The counter has no code for pausing or leaving: the host does both for every kind. A
    // paused game runs no ticks, and takes them up where they stopped, also after a restart.
    void pauseResumeAndLeaveAreTheHostsForEveryKind()
    {
        QTemporaryDir dir;
        auto db = Database::open({}, dir.path());
        QVERIFY(db);
        ManualClock clock;
        QString gameId;
        std::optional<Joined> ada;
        {
            EventStore store(*db.value());
            GameHost host(store, registry, clock);
            QVERIFY(host.load());
            host.startClock();
            gameId = host.createGame(u"counter"_s, {{u"tickMs"_s, 50}}, facilitator).value();
            auto joined = host.join({host.joinCode(gameId), u"Ada"_s, {}, {}});
            QVERIFY(joined);
            ada = joined.value();
            const Actor player = ada->player.actor();
            QVERIFY(host.submitWire(gameId, u"counter.add"_s, {{u"by"_s, 2}}, player));
            clock.now += 100;
            host.runTicks();
            QCOMPARE(host.ticksRun(gameId), 2);

            QCOMPARE(host.submitWire(gameId, u"game.pause"_s, {}, player).error().codeName(), u"FORBIDDEN"_s);
            QCOMPARE(host.submitWire(gameId, u"game.resume"_s, {}, facilitator).error().codeName(), u"GAME_RUNNING"_s);
            auto paused = host.submitWire(gameId, u"game.pause"_s, {}, facilitator);
            QVERIFY(paused);
            QCOMPARE(paused->reply.value(u"status"_s).toString(), u"paused"_s);
            QCOMPARE(host.submitWire(gameId, u"game.pause"_s, {}, facilitator).error().codeName(), u"GAME_PAUSED"_s);
            clock.now += 1'000;
            host.runTicks();
            QCOMPARE(host.ticksRun(gameId), 2); // nothing moved while paused
            QVERIFY(store.flush());
        }
        // Restarted while paused: still paused, from the log.
        EventStore store(*db.value());
        GameHost host(store, registry, clock);
        QVERIFY(host.load());
        host.startClock();
        clock.now += 1'000;
        host.runTicks();
        QCOMPARE(host.ticksRun(gameId), 2);
        QCOMPARE(host.submitWire(gameId, u"game.pause"_s, {}, facilitator).error().codeName(), u"GAME_PAUSED"_s);
        QVERIFY(host.submitWire(gameId, u"game.resume"_s, {}, facilitator));
        host.runTicks();
        QCOMPARE(host.ticksRun(gameId), 2); // the pause is not caught up on
        clock.now += 50;
        host.runTicks();
        QCOMPARE(host.ticksRun(gameId), 3);
        QCOMPARE(host.viewFor(gameId, Actor::system()).value(u"score"_s).toInteger(), 6);

        // Leaving: only a player leaves, their seat is recorded as left, and their token ends.
        const Actor player = ada->player.actor();
        QCOMPARE(host.submitWire(gameId, u"seat.leave"_s, {}, facilitator).error().codeName(), u"FORBIDDEN"_s);
        auto left = host.submitWire(gameId, u"seat.leave"_s, {}, player);
        QVERIFY(left);
        QCOMPARE(left->reply.value(u"released"_s).toBool(), true);
        QCOMPARE(host.checkPlayer(player).error().codeName(), u"TOKEN_INVALID"_s);
        QCOMPARE(host.submitWire(gameId, u"counter.add"_s, {{u"by"_s, 1}}, player).error().codeName(), u"TOKEN_INVALID"_s);
        QVERIFY(store.flush());
        auto events = store.events(gameId, 0, {u"player.left"_s});
        QVERIFY(events);
        QCOMPARE(events->size(), 1);
        QCOMPARE(events->at(0).event.data.value(u"playerId"_s).toString(), player.id);
    }

    void startUpBeginsAtTheLatestSnapshot()
    {
        QTemporaryDir dir;
        auto db = Database::open({}, dir.path());
        QVERIFY(db);
        ManualClock clock;
        QString gameId, playerId;
        QJsonObject before;
        qint64 firstAddAt = 0;
        {
            EventStore store(*db.value());
            GameHost host(store, registry, clock);
            host.setSnapshotInterval(10, 60'000);
            QVERIFY(host.load());
            host.startClock();
            auto id = host.createGame(u"counter"_s, {{u"periodMs"_s, 3'600'000}}, facilitator);
            QVERIFY(id);
            gameId = id.value();
            auto p = host.join({host.joinCode(gameId), u"Ada"_s, {}, {}});
            QVERIFY(p);
            playerId = p->player.playerId;
            firstAddAt = clock.now;
            for (int i = 0; i < 24; ++i) { // events 2..25, one every 2 s (the kind's budget)
                QVERIFY(host.submitWire(gameId, u"counter.add"_s, {{u"by"_s, 1 + i % 10}}, p->player.actor()));
                clock.now += 2'000;
            }
            QVERIFY(store.flush());
            before = host.viewFor(gameId, Actor::system());
        }
        {
            EventStore store(*db.value());
            auto snap = store.latestSnapshot(gameId);
            QVERIFY(snap && snap.value());
            QCOMPARE(snap.value()->seq, 20); // one every 10 events, and only the latest kept
            QSqlQuery q(db.value()->handle());
            QVERIFY(q.exec(u"SELECT COUNT(*) FROM snapshots"_s) && q.next());
            QCOMPARE(q.value(0).toInt(), 1);
            // Events the snapshot covers are not read again: changing one changes nothing.
            QVERIFY(q.exec(u"UPDATE events SET payload = '{\"by\":100}' WHERE seq = 5"_s));
        }
        {
            EventStore store(*db.value());
            GameHost host(store, registry, clock);
            QVERIFY(host.load());
            QCOMPARE(host.viewFor(gameId, Actor::system()), before);
            QVERIFY(host.player(playerId)); // seated before the snapshot, still indexed
            QCOMPARE(host.game(gameId)->nextDeadline(), std::optional<qint64>(firstAddAt + 3'600'000));
        }
        // A snapshot this build cannot read: the whole log is replayed instead.
        {
            QSqlQuery q(db.value()->handle());
            QVERIFY(q.exec(u"UPDATE snapshots SET state = '{\"format\":9}'"_s));
        }
        EventStore store(*db.value());
        GameHost host(store, registry, clock);
        QVERIFY(host.load());
        QCOMPARE(host.viewFor(gameId, Actor::system()).value(u"count"_s).toInteger(),
                 before.value(u"count"_s).toInteger() - 4 + 100); // event 5 added 4
    }

    void anOldEventIsReadThroughTheKindsUpcaster()
    {
        QTemporaryDir dir;
        auto db = Database::open({}, dir.path());
        QVERIFY(db);
        ManualClock clock;
        QString gameId;
        {
            EventStore store(*db.value());
            GameHost host(store, registry, clock);
            QVERIFY(host.load());
            auto id = host.createGame(u"counter"_s, {}, facilitator);
            QVERIFY(id);
            gameId = id.value();
            auto p = host.join({host.joinCode(gameId), u"Ada"_s, {}, {}});
            QVERIFY(p);
            QVERIFY(host.submitWire(gameId, u"counter.add"_s, {{u"by"_s, 2}}, p->player.actor()));
            // An event as an older build wrote it: version 1, its amount called "n".
            store.append(StoredEvent{gameId, 3, clock.now, u"p"_s, Event{u"counter.added"_s, {{u"n"_s, 4}}, 1}});
            QVERIFY(store.flush());
        }
        QSqlQuery q(db.value()->handle());
        QVERIFY(q.exec(u"SELECT seq, version FROM events WHERE type = 'counter.added' ORDER BY seq"_s));
        QVERIFY(q.next());
        QCOMPARE(q.value(1).toInt(), 2); // what this build writes
        QVERIFY(q.next());
        QCOMPARE(q.value(1).toInt(), 1);
        EventStore store(*db.value());
        GameHost host(store, registry, clock);
        QVERIFY(host.load());
        QCOMPARE(host.viewFor(gameId, Actor::system()).value(u"count"_s).toInteger(), 6);
    }

    void aLongGameStartsFromItsSnapshotWithTheSameState()
    {
        // 100,000 events: started from the latest snapshot, the game is the one a full replay
        // gives. Both start-up times are printed for docs/benchmarks.md (not asserted).
        QTemporaryDir dir;
        auto db = Database::open({}, dir.path());
        QVERIFY(db);
        ManualClock clock;
        QString gameId;
        {
            EventStore store(*db.value());
            GameHost host(store, registry, clock);
            host.setSnapshotInterval(10'000, 60'000);
            QVERIFY(host.load());
            auto id = host.createGame(u"counter"_s, {{u"periodMs"_s, 86'400'000}}, facilitator);
            QVERIFY(id);
            gameId = id.value();
            auto p = host.join({host.joinCode(gameId), u"Ada"_s, {}, {}});
            QVERIFY(p);
            for (int i = 1; i < 100'000; ++i) {
                QVERIFY(host.submitWire(gameId, u"counter.add"_s, {{u"by"_s, 1 + i % 10}}, p->player.actor()));
                clock.now += 2'000; // the kind's budget: one every 2 s
                if (i % 5'000 == 0)
                    QVERIFY(store.flush());
            }
            QVERIFY(store.flush());
        }
        QElapsedTimer timer;
        QJsonObject fromSnapshot;
        qint64 snapshotMs = 0;
        {
            EventStore store(*db.value());
            GameHost host(store, registry, clock);
            timer.start();
            auto applied = host.load();
            snapshotMs = timer.elapsed();
            QVERIFY(applied);
            QCOMPARE(applied.value(), 100'000); // the events it stands for, counted by sequence
            fromSnapshot = host.viewFor(gameId, Actor::system());
        }
        {
            QSqlQuery q(db.value()->handle());
            QVERIFY(q.exec(u"DELETE FROM snapshots"_s));
        }
        EventStore store(*db.value());
        GameHost host(store, registry, clock);
        timer.start();
        QVERIFY(host.load());
        const qint64 replayMs = timer.elapsed();
        QCOMPARE(host.viewFor(gameId, Actor::system()), fromSnapshot);
        qInfo("start-up of a 100,000-event game: %lld ms from its snapshot, %lld ms replaying the whole log",
              snapshotMs, replayMs);
    }

    void aKindsRateBudgetHoldsEachPlayer()
    {
        QTemporaryDir dir;
        auto db = Database::open({}, dir.path());
        QVERIFY(db);
        ManualClock clock;
        EventStore store(*db.value());
        GameHost host(store, registry, clock);
        QVERIFY(host.load());
        auto id = host.createGame(u"counter"_s, {}, facilitator);
        QVERIFY(id);
        auto ada = host.join({host.joinCode(id.value()), u"Ada"_s, {}, {}});
        auto bo = host.join({host.joinCode(id.value()), u"Bo"_s, {}, {}});
        QVERIFY(ada && bo);
        for (int i = 0; i < 5; ++i)
            QVERIFY(host.submitWire(id.value(), u"counter.add"_s, {{u"by"_s, 1}}, ada->player.actor()));
        // The sixth at once is refused, and changes nothing; the other player has their own budget.
        auto sixth = host.submitWire(id.value(), u"counter.add"_s, {{u"by"_s, 1}}, ada->player.actor());
        QCOMPARE(sixth.error().codeName(), u"RATE_LIMITED"_s);
        QVERIFY(sixth.error().message.contains(u"counter.add"_s));
        QCOMPARE(host.viewFor(id.value(), Actor::system()).value(u"count"_s).toInteger(), 5);
        QVERIFY(host.submitWire(id.value(), u"counter.add"_s, {{u"by"_s, 1}}, bo->player.actor()));
        // 30 a minute: one more every two seconds.
        clock.now += 1'999;
        QCOMPARE(host.submitWire(id.value(), u"counter.add"_s, {{u"by"_s, 1}}, ada->player.actor()).error().codeName(),
                 u"RATE_LIMITED"_s);
        clock.now += 2'001;
        QVERIFY(host.submitWire(id.value(), u"counter.add"_s, {{u"by"_s, 1}}, ada->player.actor()));
        QCOMPARE(host.viewFor(id.value(), Actor::system()).value(u"count"_s).toInteger(), 7);
    }
};

QTEST_GUILESS_MAIN(TestCounterKind)
#include "tst_counterkind.moc"
