// SPDX-License-Identifier: GPL-3.0-or-later
// The ledger check that the money in play is the money the tables hold, through the real host
// core, SettlementBook and a real SQLite ledger on a manual clock: it holds while the books
// follow the game, and names the accounts when a round settles that nobody booked (the fault of
// a money layer connected too late).
#include "ManualClock.h"
#include "server/games/rounds/betting/MoneyInPlayCheck.h"
#include "server/games/rounds/betting/SettlementBook.h"
#include "server/core/GameHost.h"
#include "server/ledger/AuditChain.h"
#include "server/ledger/Ledger.h"
#include "server/store/Database.h"
#include "server/store/EventStore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace steward;
using namespace Qt::StringLiterals;

class TestMoneyInPlay : public QObject
{
    Q_OBJECT
private slots:
    void unbookedSettlementIsFound()
    {
        QTemporaryDir dir;
        auto db = Database::open({}, dir.path());
        QVERIFY2(db, db ? "" : qPrintable(db.error().message));
        EventStore store(*db.value());
        const GameRegistry kinds = GameRegistry::withBuiltinKinds();
        ManualClock clock;
        GameHost host(store, kinds, clock);
        QVERIFY(host.load());
        ledger::AuditChain audit;
        ledger::Ledger ledger(audit);
        QVERIFY(ledger.load(*db.value()));
        auto book = std::make_unique<betting::SettlementBook>(host, store, ledger, nullptr);

        auto table = host.createGame(u"rounds"_s, {{u"periodMs"_s, 10'000}, {u"bettingMs"_s, 8'000}}, Actor::system());
        QVERIFY(table);
        for (int i = 0; i < 4; ++i)
            host.runDeadlines(); // prepared, committed off chain, open
        auto joined = host.join({host.joinCode(table.value()), u"Ada"_s, {{u"role"_s, u"player"_s}}, {}});
        QVERIFY(joined);
        const Actor ada = joined->player.actor();
        QVERIFY(host.submitWire(table.value(), u"bet.place"_s, {{u"betId"_s, u"b1"_s}, {u"type"_s, u"odd"_s}, {u"stake"_s, 700}}, ada));
        QVERIFY(host.submitWire(table.value(), u"bet.place"_s, {{u"betId"_s, u"b2"_s}, {u"type"_s, u"even"_s}, {u"stake"_s, 300}}, ada));
        QVERIFY(store.flush());

        auto check = betting::checkMoneyInPlay(host, *db.value());
        QVERIFY2(check, check ? "" : qPrintable(check.error().message));
        QVERIFY2(check->ok(), qPrintable(check->problems.join(u'\n')));
        QCOMPARE(check->booksChecked, 1);
        QCOMPARE(check->playersChecked, 1);

        // The round closes and settles with nobody booking it.
        book.reset();
        clock.now += 10'000;
        for (int i = 0; i < 4; ++i)
            host.runDeadlines();
        QVERIFY(store.flush());
        check = betting::checkMoneyInPlay(host, *db.value());
        QVERIFY(check);
        QVERIFY(!check->ok());
        QCOMPARE(check->problems.size(), 2);
        QVERIFY2(check->problems.at(0).startsWith(u"lan:in_play holds 1000 but the tables' unsettled rounds hold 0"_s),
                 qPrintable(check->problems.at(0)));
        QVERIFY2(check->problems.at(1).contains(u"lan:player:"_s) && check->problems.at(1).contains(u"holds 99000"_s),
                 qPrintable(check->problems.at(1)));
    }
};

QTEST_GUILESS_MAIN(TestMoneyInPlay)
#include "tst_moneyinplay.moc"
