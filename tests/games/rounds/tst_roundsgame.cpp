// SPDX-License-Identifier: GPL-3.0-or-later
// The rounds table through the real host core and a real SQLite event store, on a manual clock:
// the lifecycle, LAN players' bets and refusals, exact settlement, and a restart that neither
// skips nor repeats a round.
#include "ManualClock.h"
#include "server/core/GameHost.h"
#include "server/games/rounds/FairDraw.h"
#include "server/games/rounds/RoundsGame.h"
#include "server/store/Database.h"
#include "server/store/EventStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QSignalSpy>
#include <QTest>

using namespace steward;
using namespace steward::rounds;
using namespace Qt::StringLiterals;

class TestRoundsGame : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    ManualClock m_clock;
    GameRegistry m_kinds = GameRegistry::withBuiltinKinds();
    std::unique_ptr<Database> m_db;
    std::unique_ptr<EventStore> m_store;
    std::unique_ptr<GameHost> m_host;
    QString m_gameId;

    void openHost()
    {
        m_host.reset();
        m_store.reset();
        m_db.reset();
        auto db = Database::open({}, m_dir.path());
        QVERIFY2(db, db ? "" : qPrintable(db.error().message));
        m_db = std::move(db.value());
        m_store = std::make_unique<EventStore>(*m_db);
        m_host = std::make_unique<GameHost>(*m_store, m_kinds, m_clock);
        QVERIFY(m_host->load());
    }
    // Runs the table's timers until nothing more is due now.
    void tick()
    {
        for (int i = 0; i < 6; ++i)
            m_host->runDeadlines();
    }
    const RoundsGame &table() const { return *static_cast<const RoundsGame *>(m_host->game(m_gameId)); }
    QJsonObject view(const Actor &who) const { return m_host->viewFor(m_gameId, who); }
    Result<QJsonObject> bet(const Actor &who, const QJsonObject &data)
    {
        auto placed = m_host->submitWire(m_gameId, RoundsCommands::PlaceBet.toString(), data, who);
        if (!placed)
            return placed.error();
        return placed->wire();
    }
    Actor join(const QString &name)
    {
        auto joined = m_host->join({m_host->joinCode(m_gameId), name, {{u"role"_s, u"player"_s}}, {}});
        if (!joined) {
            qWarning() << joined.error().message;
            return {};
        }
        return joined->player.actor();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        openHost();
        auto id = m_host->createGame(u"rounds"_s, {{u"periodMs"_s, 10'000}, {u"bettingMs"_s, 8'000}}, Actor::system());
        QVERIFY2(id, id ? "" : qPrintable(id.error().message));
        m_gameId = id.value();
    }

    void firstRoundOpensOnceCommitted()
    {
        tick();
        // No chain attached: each commitment is confirmed at once, off chain.
        const QJsonObject v = view(Actor::system());
        const QJsonObject current = v.value(u"current").toObject();
        QCOMPARE(current.value(u"round").toInteger(), 1);
        QCOMPARE(current.value(u"phase").toString(), u"open"_s);
        QCOMPARE(current.value(u"opensAt").toInteger(), m_clock.now);
        QCOMPARE(current.value(u"closesAt").toInteger(), m_clock.now + 8'000);
        QCOMPARE(current.value(u"committedOnChain").toBool(), false);
        QVERIFY(current.value(u"seed").isNull());
        const QJsonObject next = v.value(u"next").toObject();
        QCOMPARE(next.value(u"round").toInteger(), 2);
        QCOMPARE(next.value(u"phase").toString(), u"committed"_s);
        QCOMPARE(table().paytable().rtpBasisPoints(BetKind::Exact), 8800);
    }

    void betsSettleExactly()
    {
        const Actor ada = join(u"Ada"_s);
        QVERIFY(!ada.id.isEmpty());
        QCOMPARE(table().lanBalance(ada.id), 100'000);
        const qint64 opened = m_clock.now;
        m_clock.now += 1'000;

        struct Placed { QJsonObject data; qint64 stake; Selection selection; };
        const QList<Placed> placed{
            {{{u"betId"_s, u"b1"_s}, {u"type"_s, u"exact"_s}, {u"pick"_s, 42}, {u"stake"_s, 1'000}, {u"clientSeed"_s, u"c1"_s}},
             1'000, {BetKind::Exact, 42}},
            {{{u"betId"_s, u"b2"_s}, {u"type"_s, u"high"_s}, {u"stake"_s, 500}}, 500, {BetKind::HighLow, 1}},
            {{{u"betId"_s, u"b3"_s}, {u"type"_s, u"decade"_s}, {u"pick"_s, 4}, {u"stake"_s, 200}}, 200, {BetKind::Decade, 4}},
            {{{u"betId"_s, u"b4"_s}, {u"type"_s, u"even"_s}, {u"stake"_s, 300}, {u"clientSeed"_s, u"zz"_s}}, 300, {BetKind::OddEven, 0}},
        };
        qint64 balance = 100'000;
        for (const Placed &p : placed) {
            const auto r = bet(ada, p.data);
            QVERIFY2(r, r ? "" : qPrintable(r.error().message));
            balance -= p.stake;
            QCOMPARE(r->value(u"balance").toInteger(), balance);
            QCOMPARE(r->value(u"round").toInteger(), 1);
        }
        QCOMPARE(table().lanBalance(ada.id), 98'000);
        // The seed never leaves the host before settlement, not even to the facilitator.
        const QJsonObject before = view(Actor::system());
        const QByteArray text = QJsonDocument(before).toJson();
        QVERIFY(!text.contains("\"seed\": \"0x"));

        // A bet at the closing instant is late, even before the host's timer has run.
        m_clock.now = opened + 8'000;
        const auto late = bet(ada, {{u"betId"_s, u"late"_s}, {u"type"_s, u"odd"_s}, {u"stake"_s, 100}});
        QVERIFY(!late);
        QCOMPARE(late.error().codeName(), u"BET_TOO_LATE"_s);

        tick();
        const QJsonArray recent = view(ada).value(u"recent").toArray();
        QCOMPARE(recent.size(), 1);
        const QJsonObject r1 = recent.at(0).toObject();
        QCOMPARE(r1.value(u"round").toInteger(), 1);
        QCOMPARE(r1.value(u"phase").toString(), u"settled"_s);

        // Anyone can recompute it: the seed matches the commitment, the bets give the root, and
        // the number follows from both.
        const QByteArray seed = fair::fromHex32(r1.value(u"seed").toString());
        QCOMPARE(seed.size(), 32);
        QCOMPARE(fair::toHex(fair::seedHash(seed)), r1.value(u"seedHash").toString());
        fair::BetsRoot root(1);
        for (const Placed &p : placed) {
            const bool hasPick = p.data.contains(u"pick");
            root.add(fair::betLine(u"lan:%1:%2"_s.arg(ada.id, p.data.value(u"betId").toString()),
                                   p.data.value(u"type").toString(), p.data.value(u"pick").toInt(), hasPick, p.stake,
                                   p.data.value(u"clientSeed").toString()));
        }
        QCOMPARE(fair::toHex(root.value()), r1.value(u"betsRoot").toString());
        const int number = fair::drawNumber(seed, root.value());
        QCOMPARE(r1.value(u"number").toInt(), number);

        qint64 returned = 0;
        const Paytable p = Paytable::standard();
        for (const Placed &b : placed)
            returned += b.selection.wins(number) ? p.winningReturn(b.selection.kind, b.stake) : 0;
        QCOMPARE(r1.value(u"stake").toInteger(), 2'000);
        QCOMPARE(r1.value(u"returned").toInteger(), returned);
        QCOMPARE(table().lanBalance(ada.id), 98'000 + returned);
        qInfo("round 1 drew %02d; Ada's 2,000 staked returned %lld", number, returned);
    }

    void refusalsHaveCodes_data()
    {
        QTest::addColumn<QJsonObject>("data");
        QTest::addColumn<QString>("code");
        QTest::newRow("below minimum") << QJsonObject{{u"betId"_s, u"x1"_s}, {u"type"_s, u"odd"_s}, {u"stake"_s, 99}} << u"BET_BELOW_MINIMUM"_s;
        QTest::newRow("above maximum") << QJsonObject{{u"betId"_s, u"x2"_s}, {u"type"_s, u"odd"_s}, {u"stake"_s, 10'001}} << u"BET_ABOVE_MAXIMUM"_s;
        QTest::newRow("pick out of range") << QJsonObject{{u"betId"_s, u"x3"_s}, {u"type"_s, u"exact"_s}, {u"pick"_s, 100}, {u"stake"_s, 100}} << u"INVALID_BET"_s;
        QTest::newRow("fractional pick") << QJsonObject{{u"betId"_s, u"x4"_s}, {u"type"_s, u"decade"_s}, {u"pick"_s, 2.5}, {u"stake"_s, 100}} << u"INVALID_BET"_s;
        QTest::newRow("unknown type") << QJsonObject{{u"betId"_s, u"x5"_s}, {u"type"_s, u"red"_s}, {u"stake"_s, 100}} << u"INVALID_BET"_s;
        QTest::newRow("pick on odd") << QJsonObject{{u"betId"_s, u"x6"_s}, {u"type"_s, u"odd"_s}, {u"pick"_s, 1}, {u"stake"_s, 100}} << u"INVALID_BET"_s;
        QTest::newRow("negative stake") << QJsonObject{{u"betId"_s, u"x7"_s}, {u"type"_s, u"odd"_s}, {u"stake"_s, -5}} << u"INVALID_BET"_s;
        QTest::newRow("no bet id") << QJsonObject{{u"type"_s, u"odd"_s}, {u"stake"_s, 100}} << u"INVALID_BET"_s;
        QTest::newRow("bet id of free text") << QJsonObject{{u"betId"_s, u"=cmd|' /C calc'!A0"_s}, {u"type"_s, u"odd"_s}, {u"stake"_s, 100}} << u"INVALID_BET"_s;
        QTest::newRow("bet id too long") << QJsonObject{{u"betId"_s, QString(65, u'a')}, {u"type"_s, u"odd"_s}, {u"stake"_s, 100}} << u"INVALID_BET"_s;
        QTest::newRow("round as text") << QJsonObject{{u"betId"_s, u"x10"_s}, {u"type"_s, u"odd"_s}, {u"stake"_s, 100}, {u"round"_s, u"2"_s}} << u"INVALID_BET"_s;
        QTest::newRow("operator field from a player") << QJsonObject{{u"betId"_s, u"x8"_s}, {u"type"_s, u"odd"_s}, {u"stake"_s, 100}, {u"operator"_s, u"evil"_s}} << u"INVALID_BET"_s;
        QTest::newRow("an earlier round") << QJsonObject{{u"betId"_s, u"x9"_s}, {u"type"_s, u"odd"_s}, {u"stake"_s, 100}, {u"round"_s, 1}} << u"BET_TOO_LATE"_s;
    }
    void refusalsHaveCodes()
    {
        QFETCH(QJsonObject, data);
        QFETCH(QString, code);
        // Round 2 opens one period after round 1.
        m_clock.now = std::max(m_clock.now, table().settings().periodMs + view(Actor::system()).value(u"recent").toArray()
                                                 .at(0).toObject().value(u"opensAt").toInteger());
        tick();
        QCOMPARE(table().openRound().value_or(0), 2);
        static Actor bo = join(u"Bo"_s);
        const qint64 balance = table().lanBalance(bo.id);
        const auto r = bet(bo, data);
        QVERIFY(!r);
        QCOMPARE(r.error().codeName(), code);
        QCOMPARE(table().lanBalance(bo.id), balance);
    }

    void exposureAndIdempotency()
    {
        const Actor cy = join(u"Cy"_s);
        // 10,000 on 42 could return 880,000: within the 1,000,000 limit.
        const auto first = bet(cy, {{u"betId"_s, u"e1"_s}, {u"type"_s, u"exact"_s}, {u"pick"_s, 42}, {u"stake"_s, 10'000}});
        QVERIFY(first);
        QCOMPARE(first->value(u"potentialReturn").toInteger(), 880'000);
        // Another 2,500 on 42 would make 1,100,000 if 42 is drawn.
        const auto over = bet(cy, {{u"betId"_s, u"e2"_s}, {u"type"_s, u"exact"_s}, {u"pick"_s, 42}, {u"stake"_s, 2'500}});
        QVERIFY(!over);
        QCOMPARE(over.error().codeName(), u"MAX_WIN_EXCEEDED"_s);
        // The same on 43 cannot win together with 42: the most is still 880,000.
        QVERIFY(bet(cy, {{u"betId"_s, u"e3"_s}, {u"type"_s, u"exact"_s}, {u"pick"_s, 43}, {u"stake"_s, 2'500}}));
        // The same bet again is one bet.
        const qint64 balance = table().lanBalance(cy.id);
        const auto again = bet(cy, {{u"betId"_s, u"e3"_s}, {u"type"_s, u"exact"_s}, {u"pick"_s, 43}, {u"stake"_s, 2'500}});
        QVERIFY(again);
        QCOMPARE(again->value(u"repeated").toBool(), true);
        QCOMPARE(table().lanBalance(cy.id), balance);
        const auto conflict = bet(cy, {{u"betId"_s, u"e3"_s}, {u"type"_s, u"exact"_s}, {u"pick"_s, 44}, {u"stake"_s, 2'500}});
        QVERIFY(!conflict);
        QCOMPARE(conflict.error().codeName(), u"BET_ID_CONFLICT"_s);
        // Chips run out: 100,000 − 12,500 left 87,500; nine more 10,000 bets cannot all go in.
        int refused = 0;
        for (int i = 0; i < 9; ++i) {
            const auto r = bet(cy, {{u"betId"_s, u"f%1"_s.arg(i)}, {u"type"_s, u"decade"_s}, {u"pick"_s, i}, {u"stake"_s, 10'000}});
            if (!r) {
                QCOMPARE(r.error().codeName(), u"INSUFFICIENT_FUNDS"_s);
                ++refused;
            }
        }
        QCOMPARE(refused, 1);
        QCOMPARE(table().lanBalance(cy.id), 7'500);
    }

    // The host is stopped mid-round and comes back a minute later: the open round closes and
    // settles with the bets it had, the next opens, and the numbers run on without a gap.
    void restartNeitherSkipsNorRepeats()
    {
        QVERIFY(m_store->flush());
        const qint64 openBefore = table().openRound().value_or(0);
        QCOMPARE(openBefore, 2);
        const QJsonObject before = m_host->summary(m_gameId);
        openHost();
        QCOMPARE(table().openRound().value_or(0), 2);
        QCOMPARE(m_host->summary(m_gameId).value(u"stake"_s), before.value(u"stake"_s));
        m_clock.now += 60'000;
        tick();
        QCOMPARE(table().openRound().value_or(0), 3);
        for (int i = 0; i < 3; ++i) {
            m_clock.now += 10'000;
            tick();
        }
        QCOMPARE(table().openRound().value_or(0), 6);
        const QJsonArray rounds = table().history().value(u"rounds").toArray();
        QCOMPARE(rounds.size(), 5);
        for (qsizetype i = 0; i < rounds.size(); ++i)
            QCOMPARE(rounds.at(i).toObject().value(u"round").toInteger(), i + 1);
        QVERIFY(m_store->flush());
        openHost();
        QCOMPARE(table().history().value(u"rounds").toArray(), rounds);
    }

    void pausedTableFinishesItsRoundAndOpensNoOther()
    {
        const Actor facilitator{ActorRole::Facilitator, u"admin"_s, {}, {}};
        QCOMPARE(table().openRound().value_or(0), 6);
        QCOMPARE(m_host->submitWire(m_gameId, u"game.resume"_s, {}, facilitator).error().codeName(), u"GAME_RUNNING"_s);
        QCOMPARE(table().deletable().error().codeName(), u"GAME_KEPT"_s); // it took bets
        auto paused = m_host->submitWire(m_gameId, u"game.pause"_s, {}, facilitator);
        QVERIFY(paused);
        QCOMPARE(m_host->summary(m_gameId).value(u"status"_s).toString(), u"paused"_s);
        QCOMPARE(view(Actor::system()).value(u"paused"_s).toBool(), true);
        // Round 6 still takes its bets until it closes, then settles; round 7 waits.
        const Actor ada = join(u"Ada2"_s);
        QVERIFY(bet(ada, {{u"betId"_s, u"p1"_s}, {u"type"_s, u"even"_s}, {u"stake"_s, 100}, {u"round"_s, 6}}));
        m_clock.now += 10'000;
        tick();
        QVERIFY(!table().openRound());
        QCOMPARE(table().history().value(u"rounds").toArray().size(), 6);
        m_clock.now += 60'000;
        tick();
        QVERIFY(!table().openRound());
        QCOMPARE(bet(ada, {{u"betId"_s, u"p2"_s}, {u"type"_s, u"even"_s}, {u"stake"_s, 100}}).error().codeName(),
                 u"ROUND_NOT_OPEN"_s);
        // Still paused after a restart; the table that took bets cannot be deleted.
        QVERIFY(m_store->flush());
        openHost();
        QCOMPARE(m_host->summary(m_gameId).value(u"status"_s).toString(), u"paused"_s);
        tick();
        QVERIFY(!table().openRound());
        QCOMPARE(m_host->deleteGame(m_gameId, facilitator).error().codeName(), u"GAME_KEPT"_s);
        QVERIFY(m_host->submitWire(m_gameId, u"game.resume"_s, {}, facilitator));
        tick();
        QCOMPARE(table().openRound().value_or(0), 7);
        QCOMPARE(table().history().value(u"rounds").toArray().size(), 6);
    }

    void aTableWithoutBetsCanBeDeleted()
    {
        const Actor facilitator{ActorRole::Facilitator, u"admin"_s, {}, {}};
        auto id = m_host->createGame(u"rounds"_s, {}, facilitator);
        QVERIFY(id);
        tick();
        const QString code = m_host->joinCode(id.value());
        auto joined = m_host->join({code, u"Bo"_s, {{u"role"_s, u"player"_s}}, {}});
        QVERIFY(joined);
        QCOMPARE(m_host->deleteGame(id.value(), facilitator).error().codeName(), u"GAME_RUNNING"_s);
        QVERIFY(m_host->submitWire(id.value(), u"game.pause"_s, {}, facilitator));
        QCOMPARE(m_host->deleteGame(id.value(), joined->player.actor()).error().codeName(), u"FORBIDDEN"_s);
        QSignalSpy left(m_host.get(), &GameHost::playerLeft);
        QSignalSpy deleted(m_host.get(), &GameHost::gameDeleted);
        QVERIFY(m_host->deleteGame(id.value(), facilitator));
        QCOMPARE(deleted.size(), 1);
        QCOMPARE(left.size(), 1);
        QCOMPARE(left.at(0).at(0).toString(), joined->player.playerId);
        QVERIFY(!m_host->game(id.value()));
        QVERIFY(!m_host->gameIds().contains(id.value()));
        QVERIFY(m_host->gameForJoinCode(code).isEmpty());
        QVERIFY(!m_host->player(joined->player.playerId));
        QVERIFY(!m_host->playerByResumeToken(joined->resumeToken));
        QCOMPARE(m_host->deleteGame(id.value(), facilitator).error().codeName(), u"GAME_NOT_FOUND"_s);
        // Not loaded again; its events stay in the log, and the audit trail says who deleted it.
        QVERIFY(m_store->flush());
        openHost();
        QVERIFY(!m_host->game(id.value()));
        QVERIFY(m_host->game(m_gameId));
        QVERIFY(!m_store->events(id.value())->isEmpty());
        const auto audit = m_store->auditLog(5);
        QVERIFY(audit);
        QVERIFY(std::any_of(audit->cbegin(), audit->cend(), [&](const QJsonObject &a) {
            return a.value(u"action"_s).toString() == u"game.delete"_s && a.value(u"detail"_s).toString().startsWith(id.value());
        }));
    }
};

QTEST_GUILESS_MAIN(TestRoundsGame)
#include "tst_roundsgame.moc"
