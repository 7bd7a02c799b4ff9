// SPDX-License-Identifier: GPL-3.0-or-later
// A Beer Game session as the host drives it: commands decided into events, events applied.
#include "server/games/beer/BeerGame.h"
#include "server/games/beer/BeerKind.h"
#include "server/games/beer/BeerLedgerCalls.h"
#include "server/core/HostCommands.h"

#include <QJsonArray>
#include <QTest>

using namespace steward;
using namespace steward::beer;
using namespace Qt::StringLiterals;

namespace {

const Actor Facilitator{ActorRole::Facilitator, u"admin"_s, {}, {}};

Actor player(const QString &id, int team, const QString &seat)
{
    return Actor{ActorRole::Player, id, u"g1"_s, QJsonObject{{u"team"_s, team}, {u"seat"_s, seat}}};
}

struct Session
{
    explicit Session(const QJsonObject &config) : game(BeerConfig::fromJson(config).value(), 7) {}

    // Decides and, if accepted, applies: what the host does for each command (pause, resume
    // and leaving are decided by the host's own rules, hostcommands, for every kind).
    Result<Decision> run(const QString &type, const QJsonObject &data, const Actor &who)
    {
        if (hostcommands::handles(type))
            return applied(hostcommands::decide(game, paused, Command{type, {}}, who, now), who);
        auto cmd = kind.parse(type, data);
        if (!cmd)
            return cmd.error();
        return applied(game.decide(cmd.value(), who, now), who);
    }
    Result<Decision> applied(Result<Decision> d, const Actor &who)
    {
        if (d) {
            for (const Event &e : d->events) {
                if (e.type == CoreEvents::Paused || e.type == CoreEvents::Resumed)
                    paused = e.type == CoreEvents::Paused;
                game.apply(e, now);
                log << e;
                // What the host would queue for the chain, asked after apply as the host does.
                intents << game.chainIntents(StoredEvent{u"g1"_s, qint64(log.size()), now, who.id, e});
            }
        }
        return d;
    }
    void join(const QString &id, int team, const QString &seat)
    {
        const Command cmd{CoreCommands::Join.toString(),
                          {{u"playerId"_s, id}, {u"name"_s, id}, {u"team"_s, team}, {u"seat"_s, seat},
                           {u"resumeHash"_s, u"x"_s}}};
        auto d = game.decide(cmd, Actor::system(), now);
        QVERIFY(d);
        for (const Event &e : d->events) {
            game.apply(e, now);
            log << e;
        }
    }
    Result<Decision> order(const QString &id, int team, const QString &seat, int quantity, const QString &cid = {})
    {
        QJsonObject d{{u"senderRole"_s, seat}, {u"recipientRole"_s, recipientOf(*roleFromId(seat))},
                      {u"quantity"_s, quantity}};
        if (!cid.isEmpty())
            d.insert(u"clientOrderId"_s, cid);
        return run(u"order.place"_s, d, player(id, team, seat));
    }

    BeerKind kind;
    BeerGame game;
    QList<Event> log;
    QList<ChainIntent> intents;
    qint64 now = 1'000'000;
    bool paused = false;
};

QString code(const Result<Decision> &r)
{
    return r ? u"OK"_s : r.error().codeName();
}

QString code(const Status &s)
{
    return s ? u"OK"_s : s.error().codeName();
}

} // namespace

class TestBeerGame : public QObject
{
    Q_OBJECT
private slots:
    void configValidation()
    {
        QCOMPARE(BeerConfig::fromJson({{u"teams"_s, 0}}).error().codeName(), u"INVALID_CONFIG"_s);
        QCOMPARE(BeerConfig::fromJson({{u"teams"_s, 2.5}}).error().codeName(), u"INVALID_CONFIG"_s);
        QCOMPARE(BeerConfig::fromJson({{u"tems"_s, 2}}).error().codeName(), u"INVALID_CONFIG"_s);
        QCOMPARE(BeerConfig::fromJson({{u"preset"_s, u"nope"_s}}).error().codeName(), u"INVALID_CONFIG"_s);
        QCOMPARE(BeerConfig::fromJson({{u"demand"_s, QJsonObject{{u"pattern"_s, u"list"_s}}}}).error().codeName(),
                 u"INVALID_CONFIG"_s);
        QCOMPARE(BeerConfig::fromJson({{u"bot"_s, u"genius"_s}}).error().codeName(), u"INVALID_CONFIG"_s);
        const auto demo = BeerConfig::fromJson({{u"preset"_s, u"shortDemo"_s}, {u"teams"_s, 3}});
        QVERIFY(demo);
        QCOMPARE(demo->weeks, 12);
        QCOMPARE(demo->teams, 3);
        // What toJson writes, fromJson reads back the same.
        const auto round = BeerConfig::fromJson(demo->toJson());
        QVERIFY(round);
        QCOMPARE(round->toJson(), demo->toJson());
    }

    void joiningSeats()
    {
        Session s({{u"teams"_s, 2}});
        s.join(u"ada"_s, 1, u"retailer"_s);
        const Command again{CoreCommands::Join.toString(),
                            {{u"playerId"_s, u"bob"_s}, {u"team"_s, 1}, {u"seat"_s, u"retailer"_s}}};
        QCOMPARE(code(s.game.decide(again, Actor::system(), 0)), u"SEAT_TAKEN"_s);
        const Command team3{CoreCommands::Join.toString(),
                            {{u"playerId"_s, u"bob"_s}, {u"team"_s, 3}, {u"seat"_s, u"retailer"_s}}};
        QCOMPARE(code(s.game.decide(team3, Actor::system(), 0)), u"UNKNOWN_TEAM"_s);
        const Command brewer{CoreCommands::Join.toString(),
                             {{u"playerId"_s, u"bob"_s}, {u"team"_s, 1}, {u"seat"_s, u"brewer"_s}}};
        QCOMPARE(code(s.game.decide(brewer, Actor::system(), 0)), u"UNKNOWN_ROLE"_s);
    }

    void orderRefusals()
    {
        Session s({{u"teams"_s, 1}});
        s.join(u"ada"_s, 1, u"retailer"_s);
        s.join(u"bob"_s, 1, u"wholesaler"_s);
        QCOMPARE(code(s.order(u"ada"_s, 1, u"retailer"_s, 4)), u"GAME_NOT_STARTED"_s);
        QVERIFY(s.run(u"game.start"_s, {}, Facilitator));
        QCOMPARE(code(s.run(u"game.start"_s, {}, Facilitator)), u"GAME_ALREADY_STARTED"_s);
        const Actor ada = player(u"ada"_s, 1, u"retailer"_s);
        QCOMPARE(code(s.run(u"order.place"_s, {{u"senderRole"_s, u"wholesaler"_s}, {u"recipientRole"_s, u"distributor"_s}, {u"quantity"_s, 4}}, ada)),
                 u"NOT_YOUR_SEAT"_s);
        QCOMPARE(code(s.run(u"order.place"_s, {{u"senderRole"_s, u"retailer"_s}, {u"recipientRole"_s, u"factory"_s}, {u"quantity"_s, 4}}, ada)),
                 u"WRONG_RECIPIENT"_s);
        for (const QJsonValue &bad : {QJsonValue(-1), QJsonValue(10001), QJsonValue(4.5), QJsonValue(u"4"_s), QJsonValue()}) {
            QJsonObject d{{u"senderRole"_s, u"retailer"_s}, {u"recipientRole"_s, u"wholesaler"_s}};
            if (!bad.isNull())
                d.insert(u"quantity"_s, bad);
            QCOMPARE(code(s.run(u"order.place"_s, d, ada)), u"INVALID_QUANTITY"_s);
        }
        QCOMPARE(code(s.run(u"game.start"_s, {}, ada)), u"FORBIDDEN"_s);
        QCOMPARE(code(s.run(u"order.place"_s, {{u"quantity"_s, 4}}, Facilitator)), u"FORBIDDEN"_s);
        // A token for a seat someone else holds.
        QCOMPARE(code(s.order(u"eve"_s, 1, u"retailer"_s, 4)), u"NOT_YOUR_SEAT"_s);
        // Nothing was recorded by any refusal.
        QCOMPARE(s.game.chain(1).week(), 1);
        QVERIFY(!s.game.viewFor(ada).value(u"pendingOrder").isDouble());
    }

    void teamAdvancesWhenItsPlayersHaveOrdered()
    {
        Session s({{u"teams"_s, 2}});
        s.join(u"ada"_s, 1, u"retailer"_s);
        s.join(u"bob"_s, 1, u"factory"_s);
        QVERIFY(s.run(u"game.start"_s, {}, Facilitator));
        auto first = s.order(u"ada"_s, 1, u"retailer"_s, 5);
        QVERIFY(first);
        QCOMPARE(first->events.size(), 1);
        QCOMPARE(first->reply.value(u"week").toInt(), 1);
        // Replacing the order before the week resolves.
        QVERIFY(s.order(u"ada"_s, 1, u"retailer"_s, 7));
        auto last = s.order(u"bob"_s, 1, u"factory"_s, 9);
        QVERIFY(last);
        QCOMPARE(last->events.size(), 2);
        const Event &resolved = last->events.at(1);
        QCOMPARE(resolved.type, BeerEvents::WeekResolved.toString());
        // Players' orders where given; the empty middle seats by Sterman's rule (4 in week 1).
        QCOMPARE(resolved.data.value(u"orders"_s).toArray(), (QJsonArray{7, 4, 4, 9}));
        QCOMPARE(resolved.data.value(u"orderedBy"_s).toArray(),
                 (QJsonArray{u"player"_s, u"bot:sterman"_s, u"bot:sterman"_s, u"player"_s}));
        QCOMPARE(s.game.chain(1).week(), 2);
        QCOMPARE(*s.game.chain(1).role(BeerRole::Retailer).weeks.at(0).order, 7);
        // Team 2 has no players: it waits for the facilitator rather than racing ahead.
        QCOMPARE(s.game.chain(2).week(), 1);
    }

    // The sync layer asks a team's version by its group number (found once per watcher) and
    // must get what viewVersion() says for that player, through every kind of change: a team's
    // own week, another team's, and the phase every player sees.
    void aTeamsGroupVersionIsItsPlayersViewVersion()
    {
        Session s({{u"teams"_s, 3}});
        const QList<Actor> seats{player(u"ada"_s, 1, u"retailer"_s), player(u"bob"_s, 1, u"factory"_s),
                                 player(u"cy"_s, 2, u"retailer"_s), player(u"di"_s, 3, u"wholesaler"_s)};
        for (const Actor &a : seats)
            s.join(a.id, a.seat.value(u"team"_s).toInt(), a.seat.value(u"seat"_s).toString());
        QCOMPARE(s.game.viewGroupOf(seats.at(0)), 0);
        QCOMPARE(s.game.viewGroupOf(seats.at(2)), 1);
        QCOMPARE(s.game.viewGroupOf(seats.at(3)), 2);
        QCOMPARE(s.game.viewGroupOf(Facilitator), -1);
        QCOMPARE(s.game.viewGroupOf(player(u"eve"_s, 4, u"retailer"_s)), -1); // no such team
        const auto agree = [&] {
            for (const Actor &a : seats) {
                if (s.game.viewVersionOfGroup(s.game.viewGroupOf(a)) != s.game.viewVersion(a))
                    return false;
            }
            return true;
        };
        QVERIFY(agree());
        QVERIFY(s.run(u"game.start"_s, {}, Facilitator));
        QVERIFY(agree());
        const quint64 team2Before = s.game.viewVersion(seats.at(2));
        QVERIFY(s.order(u"ada"_s, 1, u"retailer"_s, 5));
        QVERIFY(agree());
        QVERIFY(s.order(u"bob"_s, 1, u"factory"_s, 6)); // team 1's week resolves
        QVERIFY(agree());
        QCOMPARE(s.game.viewVersion(seats.at(2)), team2Before); // team 2 saw nothing change
        QVERIFY(s.run(u"game.pause"_s, {}, Facilitator));
        QVERIFY(agree());
        QVERIFY(s.game.viewVersion(seats.at(2)) != team2Before); // the phase is everyone's
    }

    // A replaced order is recorded on chain with its week, once, not each time it changes.
    void replacedOrdersWaitForTheWeekOnChain()
    {
        Session s({{u"teams"_s, 1}});
        s.join(u"ada"_s, 1, u"retailer"_s);
        s.join(u"bob"_s, 1, u"factory"_s);
        QVERIFY(s.run(u"game.start"_s, {}, Facilitator));
        auto kinds = [&s] {
            QStringList out;
            for (const ChainIntent &i : std::as_const(s.intents))
                out << i.kind;
            return out;
        };
        QVERIFY(s.order(u"ada"_s, 1, u"retailer"_s, 5));
        QCOMPARE(kinds(), QStringList{u"beer.order"_s});
        for (int q = 6; q < 5 + BeerGame::MaxOrdersPerWeek; ++q)
            QVERIFY(s.order(u"ada"_s, 1, u"retailer"_s, q));
        QCOMPARE(kinds(), QStringList{u"beer.order"_s}); // nineteen changes of mind queue nothing
        // And there the changes stop for this week: the order stays, the log does not grow.
        const qsizetype events = s.log.size();
        QCOMPARE(code(s.order(u"ada"_s, 1, u"retailer"_s, 99)), u"ORDER_CHANGES_USED_UP"_s);
        QCOMPARE(s.log.size(), events);
        const int last = 4 + BeerGame::MaxOrdersPerWeek;
        s.intents.clear();
        QVERIFY(s.order(u"bob"_s, 1, u"factory"_s, 9)); // resolves week 1
        QCOMPARE(kinds(), (QStringList{u"beer.order"_s, u"beer.order"_s, u"beer.inventory"_s, u"beer.inventory"_s,
                                       u"beer.inventory"_s, u"beer.inventory"_s, u"beer.week"_s}));
        // The factory's first order went at once; the retailer's last one with the week.
        const ChainIntent &factory = s.intents.at(0);
        QCOMPARE(factory.callData, ledger::placeOrder(u"g1"_s, 1, 1, BeerRole::Factory, 9, factory.intentId));
        const ChainIntent &retailer = s.intents.at(1);
        QCOMPARE(retailer.callData, ledger::placeOrder(u"g1"_s, 1, 1, BeerRole::Retailer, last, retailer.intentId));
        QCOMPARE(*s.game.chain(1).role(BeerRole::Retailer).weeks.at(0).order, last);
        // Next week, a first order goes at once again, and changes are allowed again.
        s.intents.clear();
        QVERIFY(s.order(u"ada"_s, 1, u"retailer"_s, 4));
        QCOMPARE(kinds(), QStringList{u"beer.order"_s});
        QVERIFY(s.order(u"ada"_s, 1, u"retailer"_s, 5));
    }

    void resentOrderIsCountedOnce()
    {
        Session s({{u"teams"_s, 1}});
        s.join(u"ada"_s, 1, u"retailer"_s);
        s.join(u"bob"_s, 1, u"wholesaler"_s);
        QVERIFY(s.run(u"game.start"_s, {}, Facilitator));
        QVERIFY(s.order(u"ada"_s, 1, u"retailer"_s, 6, u"c-1"_s));
        auto again = s.order(u"ada"_s, 1, u"retailer"_s, 6, u"c-1"_s);
        QVERIFY(again);
        QVERIFY(again->events.isEmpty());
        QCOMPARE(again->reply.value(u"duplicate").toBool(), true);
        QVERIFY(s.order(u"bob"_s, 1, u"wholesaler"_s, 4, u"c-9"_s)); // resolves week 1
        // The same id after the week resolved is still the week-1 order, not a week-2 one.
        auto late = s.order(u"ada"_s, 1, u"retailer"_s, 6, u"c-1"_s);
        QVERIFY(late);
        QVERIFY(late->events.isEmpty());
        QCOMPARE(late->reply.value(u"week").toInt(), 1);
        QCOMPARE(s.game.chain(1).week(), 2);
    }

    void manualAdvanceWaitsForTheFacilitator()
    {
        Session s({{u"teams"_s, 2}, {u"advance"_s, u"manual"_s}});
        s.join(u"ada"_s, 1, u"retailer"_s);
        QVERIFY(s.run(u"game.start"_s, {}, Facilitator));
        auto placed = s.order(u"ada"_s, 1, u"retailer"_s, 3);
        QCOMPARE(placed->events.size(), 1);
        QCOMPARE(s.game.chain(1).week(), 1);
        auto advanced = s.run(u"week.advance"_s, {}, Facilitator);
        QVERIFY(advanced);
        QCOMPARE(advanced->reply.value(u"resolvedTeams").toInt(), 2);
        QCOMPARE(s.game.chain(1).week(), 2);
        QCOMPARE(s.game.chain(2).week(), 2);
        QCOMPARE(*s.game.chain(1).role(BeerRole::Retailer).weeks.at(0).order, 3);
        QCOMPARE(s.game.chain(1).role(BeerRole::Retailer).weeks.at(0).orderedBy, u"player"_s);
        // One team only.
        QVERIFY(s.run(u"week.advance"_s, {{u"team"_s, 2}}, Facilitator));
        QCOMPARE(s.game.chain(1).week(), 2);
        QCOMPARE(s.game.chain(2).week(), 3);
        QCOMPARE(code(s.run(u"week.advance"_s, {{u"team"_s, 9}}, Facilitator)), u"UNKNOWN_TEAM"_s);
    }

    void weekTimerLetsBotsOrder()
    {
        Session s({{u"teams"_s, 1}, {u"weekSeconds"_s, 30}});
        s.join(u"ada"_s, 1, u"retailer"_s);
        s.join(u"bob"_s, 1, u"wholesaler"_s);
        QVERIFY(!s.game.nextDeadline()); // no timer in the lobby
        QVERIFY(s.run(u"game.start"_s, {}, Facilitator));
        QCOMPARE(*s.game.nextDeadline(), s.now + 30'000);
        QVERIFY(s.order(u"ada"_s, 1, u"retailer"_s, 8));
        QVERIFY(s.game.onDeadline(s.now + 29'999).isEmpty());
        const QList<Event> due = s.game.onDeadline(s.now + 30'000);
        QCOMPARE(due.size(), 1);
        QCOMPARE(due.at(0).data.value(u"orders"_s).toArray().at(0).toInt(), 8);
        QCOMPARE(due.at(0).data.value(u"orderedBy"_s).toArray().at(1).toString(), u"bot:sterman"_s);
        s.game.apply(due.at(0), s.now + 30'000);
        QCOMPARE(s.game.chain(1).week(), 2);
        QCOMPARE(*s.game.nextDeadline(), s.now + 60'000);
    }

    void pauseFreezesOrdersAndTheWeekTimer()
    {
        Session s({{u"teams"_s, 1}, {u"weekSeconds"_s, 30}});
        s.join(u"ada"_s, 1, u"retailer"_s);
        s.join(u"bob"_s, 1, u"wholesaler"_s);
        QCOMPARE(code(s.run(u"game.pause"_s, {}, Facilitator)), u"GAME_NOT_STARTED"_s);
        QVERIFY(s.run(u"game.start"_s, {}, Facilitator));
        const qint64 started = s.now;
        QCOMPARE(code(s.run(u"game.resume"_s, {}, Facilitator)), u"GAME_RUNNING"_s);
        QCOMPARE(code(s.game.deletable()), u"GAME_RUNNING"_s);
        QVERIFY(s.order(u"ada"_s, 1, u"retailer"_s, 8));
        QCOMPARE(code(s.run(u"game.pause"_s, {}, player(u"ada"_s, 1, u"retailer"_s))), u"FORBIDDEN"_s);

        // Paused 10 s into the week, for 100 s.
        s.now = started + 10'000;
        auto paused = s.run(u"game.pause"_s, {}, Facilitator);
        QVERIFY(paused);
        QCOMPARE(paused->reply.value(u"status"_s).toString(), u"paused"_s);
        QCOMPARE(code(s.run(u"game.pause"_s, {}, Facilitator)), u"GAME_PAUSED"_s);
        QCOMPARE(s.game.summary().value(u"status"_s).toString(), u"paused"_s);
        QCOMPARE(s.game.viewFor(player(u"bob"_s, 1, u"wholesaler"_s)).value(u"status"_s).toString(), u"paused"_s);
        QVERIFY(!s.game.nextDeadline());
        QVERIFY(s.game.onDeadline(s.now + 500'000).isEmpty());
        QCOMPARE(code(s.order(u"bob"_s, 1, u"wholesaler"_s, 4)), u"GAME_PAUSED"_s);
        QCOMPARE(code(s.run(u"week.advance"_s, {}, Facilitator)), u"GAME_PAUSED"_s);
        QVERIFY(s.game.deletable());
        // Bob's seat goes to a bot while paused: the team has every order, but waits for the resume.
        auto handed = s.run(u"seat.control"_s, {{u"team"_s, 1}, {u"role"_s, u"wholesaler"_s}, {u"bot"_s, u"passThrough"_s}}, Facilitator);
        QVERIFY(handed);
        QCOMPARE(handed->events.size(), 1);
        QCOMPARE(s.game.chain(1).week(), 1);

        s.now = started + 110'000;
        auto resumed = s.run(u"game.resume"_s, {}, Facilitator);
        QVERIFY(resumed);
        QCOMPARE(resumed->events.size(), 2); // the resume, and the week that was ready
        QCOMPARE(s.game.chain(1).week(), 2);
        QCOMPARE(s.game.chain(1).role(BeerRole::Retailer).weeks.at(0).order, 8);
        QCOMPARE(*s.game.nextDeadline(), s.now + 30'000); // week 2 opened at the resume

        // A second pause mid-week keeps the time the week had left: 30 - 5 = 25 s after resuming.
        const qint64 week2 = s.now;
        s.now = week2 + 5'000;
        QVERIFY(s.run(u"game.pause"_s, {}, Facilitator));
        s.now = week2 + 65'000;
        QVERIFY(s.run(u"game.resume"_s, {}, Facilitator));
        QCOMPARE(*s.game.nextDeadline(), s.now + 25'000);
        QCOMPARE(code(s.game.deletable()), u"GAME_RUNNING"_s);
        QVERIFY(s.run(u"game.end"_s, {}, Facilitator));
        QVERIFY(s.game.deletable());
        QCOMPARE(code(s.run(u"game.pause"_s, {}, Facilitator)), u"GAME_FINISHED"_s);
    }

    void seatHandedToABotAndBack()
    {
        Session s({{u"teams"_s, 1}});
        s.join(u"ada"_s, 1, u"retailer"_s);
        s.join(u"bob"_s, 1, u"wholesaler"_s);
        QVERIFY(s.run(u"game.start"_s, {}, Facilitator));
        QVERIFY(s.order(u"ada"_s, 1, u"retailer"_s, 5));
        // Bob is away: handing his seat to a bot completes the team's week at once.
        auto handed = s.run(u"seat.control"_s, {{u"team"_s, 1}, {u"role"_s, u"wholesaler"_s}, {u"bot"_s, u"passThrough"_s}}, Facilitator);
        QVERIFY(handed);
        QCOMPARE(handed->events.size(), 2);
        QCOMPARE(s.game.chain(1).week(), 2);
        QCOMPARE(s.game.chain(1).role(BeerRole::Wholesaler).weeks.at(0).orderedBy, u"bot:passThrough"_s);
        QCOMPARE(code(s.order(u"bob"_s, 1, u"wholesaler"_s, 4)), u"SEAT_BOT_CONTROLLED"_s);
        QVERIFY(s.run(u"seat.control"_s, {{u"team"_s, 1}, {u"role"_s, u"wholesaler"_s}, {u"bot"_s, QJsonValue::Null}}, Facilitator));
        QVERIFY(s.order(u"bob"_s, 1, u"wholesaler"_s, 4));
        QCOMPARE(code(s.run(u"seat.control"_s, {{u"team"_s, 1}, {u"role"_s, u"wholesaler"_s}, {u"bot"_s, u"oracle"_s}}, Facilitator)),
                 u"BAD_REQUEST"_s);
    }

    void aSeatCanBeFreed()
    {
        Session s({{u"teams"_s, 1}});
        s.join(u"ada"_s, 1, u"retailer"_s);
        s.join(u"bob"_s, 1, u"wholesaler"_s);
        QVERIFY(s.run(u"game.start"_s, {}, Facilitator));
        QVERIFY(s.order(u"ada"_s, 1, u"retailer"_s, 5));
        // Bob joined the wrong seat and leaves it: he was the last one the team waited for.
        auto left = s.run(u"seat.leave"_s, {}, player(u"bob"_s, 1, u"wholesaler"_s));
        QVERIFY(left);
        QCOMPARE(left->events.size(), 2);
        QCOMPARE(left->events.at(0).type, CoreEvents::PlayerLeft.toString());
        QCOMPARE(s.game.chain(1).week(), 2);
        QCOMPARE(s.game.chain(1).role(BeerRole::Wholesaler).weeks.at(0).orderedBy, u"bot:sterman"_s);
        QCOMPARE(code(s.order(u"bob"_s, 1, u"wholesaler"_s, 4)), u"NOT_YOUR_SEAT"_s);
        s.join(u"cy"_s, 1, u"wholesaler"_s); // the seat is free again
        // The facilitator frees a seat too; an empty one cannot be freed.
        QVERIFY(s.run(u"seat.release"_s, {{u"team"_s, 1}, {u"role"_s, u"wholesaler"_s}}, Facilitator));
        QCOMPARE(code(s.run(u"seat.release"_s, {{u"team"_s, 1}, {u"role"_s, u"wholesaler"_s}}, Facilitator)), u"NOT_FOUND"_s);
        QCOMPARE(code(s.run(u"seat.release"_s, {{u"team"_s, 1}, {u"role"_s, u"retailer"_s}}, player(u"ada"_s, 1, u"retailer"_s))),
                 u"FORBIDDEN"_s);
    }

    void inventoryCorrectionIsAnEvent()
    {
        Session s({{u"teams"_s, 1}});
        QCOMPARE(code(s.run(u"inventory.correct"_s, {{u"team"_s, 1}, {u"role"_s, u"factory"_s}, {u"inventory"_s, -3}}, Facilitator)),
                 u"INVALID_INVENTORY"_s);
        auto fixed = s.run(u"inventory.correct"_s, {{u"team"_s, 1}, {u"role"_s, u"factory"_s}, {u"inventory"_s, 30}}, Facilitator);
        QVERIFY(fixed);
        QCOMPARE(fixed->events.at(0).data.value(u"from"_s).toInt(), 12);
        QCOMPARE(s.game.chain(1).role(BeerRole::Factory).inventory, 30);
    }

    void playersSeeOnlyTheirOwnRole()
    {
        Session s({{u"teams"_s, 2}, {u"preset"_s, u"infoSharing"_s}});
        s.join(u"ada"_s, 1, u"retailer"_s);
        s.join(u"cy"_s, 2, u"factory"_s);
        QVERIFY(s.run(u"game.start"_s, {}, Facilitator));
        const Actor ada = player(u"ada"_s, 1, u"retailer"_s);
        const QJsonObject view = s.game.viewFor(ada);
        QCOMPARE(view.value(u"role").toString(), u"retailer"_s);
        QCOMPARE(view.value(u"recipientRole").toString(), u"wholesaler"_s);
        QCOMPARE(view.value(u"week").toInt(), 1);
        QCOMPARE(view.value(u"current").toObject().value(u"inventory").toInt(), 12);
        QCOMPARE(view.value(u"customerDemand").toInt(), 4);
        QVERIFY(!view.contains(u"teams"));
        QVERIFY(!view.contains(u"config"));
        // Another team's order changes nothing Ada can see.
        const quint64 before = s.game.viewVersion(ada);
        QVERIFY(s.order(u"cy"_s, 2, u"factory"_s, 4));
        QCOMPARE(s.game.viewVersion(ada), before);
        QVERIFY(s.game.viewVersion(Facilitator) > 0);
        const QJsonArray teams = s.game.viewFor(Facilitator).value(u"teams").toArray();
        QCOMPARE(teams.size(), 2);
        QCOMPARE(teams.at(1).toObject().value(u"week").toInt(), 2);
    }

    void replayingTheLogRebuildsTheGame()
    {
        Session s({{u"teams"_s, 2}, {u"weeks"_s, 6}});
        s.join(u"ada"_s, 1, u"retailer"_s);
        s.join(u"bob"_s, 2, u"distributor"_s);
        QVERIFY(s.run(u"game.start"_s, {}, Facilitator));
        for (int w = 0; w < 6; ++w) {
            QVERIFY(s.order(u"ada"_s, 1, u"retailer"_s, 3 + w));
            QVERIFY(s.order(u"bob"_s, 2, u"distributor"_s, 10 - w));
        }
        QCOMPARE(s.game.phase(), BeerGame::Phase::Finished);
        QCOMPARE(code(s.order(u"ada"_s, 1, u"retailer"_s, 1)), u"GAME_FINISHED"_s);
        BeerGame replayed(BeerConfig::fromJson(s.game.config()).value(), 7);
        for (const Event &e : s.log)
            replayed.apply(e, s.now);
        QCOMPARE(replayed.history(), s.game.history());
        QCOMPARE(replayed.viewFor(Facilitator), s.game.viewFor(Facilitator));
        QCOMPARE(replayed.historyTable().size(), 1 + 2 * 6 * 4);
        const QJsonObject results = s.game.viewFor(player(u"ada"_s, 1, u"retailer"_s)).value(u"results").toObject();
        QCOMPARE(results.value(u"roles").toObject().value(u"retailer").toObject().value(u"orders").toArray(),
                 (QJsonArray{3, 4, 5, 6, 7, 8}));
    }
};

QTEST_GUILESS_MAIN(TestBeerGame)
#include "tst_beergame.moc"
