// SPDX-License-Identifier: GPL-3.0-or-later
#include "BeerGame.h"

#include "BeerBots.h"
#include "BeerDemand.h"
#include "BeerLedgerCalls.h"
#include "server/core/JsonFields.h"
#include "server/core/JsonShape.h"

#include <QJsonArray>
#include "server/games/beer/BeerErrors.h"

using namespace Qt::StringLiterals;

namespace steward::beer {

namespace {

// The seat a player holds (BeerKind::parseSeat): a team and a role.
int teamOf(const Actor &who)
{
    return who.seat.value(u"team").toInt();
}
QString roleOf(const Actor &who)
{
    return who.seat.value(u"seat").toString();
}

QString phaseName(BeerGame::Phase p)
{
    switch (p) {
    case BeerGame::Phase::Lobby: return u"lobby"_s;
    case BeerGame::Phase::Running: return u"running"_s;
    case BeerGame::Phase::Paused: return u"paused"_s;
    case BeerGame::Phase::Finished: return u"finished"_s;
    }
    return {};
}

QJsonValue optionalInt(const std::optional<int> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

// Undefined leaves an optional key out of a shaped object.
QJsonValue ifSet(const std::optional<int> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Undefined);
}

QJsonObject recordJson(const WeekRecord &r)
{
    static const JsonShape shape{u"week"_s, u"incomingShipment"_s, u"incomingOrder"_s, u"shipped"_s,
                                 u"inventory"_s, u"backlog"_s, u"order"_s, u"cost"_s, u"cumulativeCost"_s,
                                 u"orderedBy"_s, u"correctedFrom"_s};
    return shape.make({r.week, r.incomingShipment, r.incomingOrder, r.shipped, r.inventory, r.backlog,
                       optionalInt(r.order), r.cost, r.cumulativeCost,
                       r.orderedBy.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(r.orderedBy),
                       ifSet(r.correctedFrom)});
}

QString money(double v)
{
    return QString::number(v, 'f', 2);
}

} // namespace

BeerGame::BeerGame(const BeerConfig &config, quint64 seed)
    : m_config(config), m_demand(demandSeries(config.demand, config.weeks, seed))
{
    m_teams.reserve(config.teams);
    for (int i = 0; i < config.teams; ++i)
        m_teams.emplace_back(SupplyChain(m_config, m_demand));
    m_costsJson = {{u"holding"_s, m_config.holdingCost}, {u"backlog"_s, m_config.backlogCost}};
}

// ---------------------------------------------------------------------------------------
// Deciding

Result<Decision> BeerGame::decide(const Command &cmd, const Actor &who, qint64 /*nowMs*/) const
{
    const QString &type = cmd.type;
    if (type == CoreCommands::Join)
        return decideJoin(cmd.data);
    if (type == u"order.place") {
        if (who.role != ActorRole::Player)
            return Error{ErrorCode::Forbidden, u"Only a seated player can place an order."_s};
        return decideOrder(cmd.data, who);
    }
    if (!who.isFacilitator())
        return Error{ErrorCode::Forbidden, u"Only the facilitator can do that."_s};
    if (type == u"game.start") {
        if (m_phase != Phase::Lobby)
            return Error{ErrorCode::GameAlreadyStarted, u"The game has already started."_s};
        return Decision{{Event{BeerEvents::Started.toString(), {}}}, {{u"status"_s, u"running"_s}}};
    }
    if (type == u"week.advance")
        return decideAdvance(cmd.data);
    if (type == u"inventory.correct")
        return decideCorrection(cmd.data);
    if (type == u"seat.control")
        return decideSeatControl(cmd.data);
    if (type == u"seat.release")
        return decideRelease(cmd.data.value(u"team").toInt(), cmd.data.value(u"role").toString());
    if (type == u"game.end") {
        if (m_phase == Phase::Finished)
            return Error{ErrorCode::GameFinished, u"The game has already ended."_s};
        return Decision{{Event{BeerEvents::Ended.toString(), {}}}, {{u"status"_s, u"finished"_s}}};
    }
    return Error{ErrorCode::UnknownType, u"A Beer Game has no command '%1'."_s.arg(type)};
}

Result<Decision> BeerGame::decideJoin(const QJsonObject &d) const
{
    if (m_phase == Phase::Finished)
        return Error{ErrorCode::GameFinished, u"This game has ended."_s};
    const int team = d.value(u"team").toInt();
    if (team < 1 || team > teamCount())
        return Error{ErrorCode::UnknownTeam, u"Team must be between 1 and %1."_s.arg(teamCount())};
    const auto role = roleFromId(d.value(u"seat").toString());
    if (!role)
        return Error{ErrorCode::UnknownRole, u"Role must be retailer, wholesaler, distributor or factory."_s};
    const Seat &seat = m_teams[team - 1].seats[index(*role)];
    if (!seat.playerId.isEmpty())
        return Error{ErrorCode::SeatTaken, u"Team %1's %2 seat is taken by %3."_s.arg(team).arg(roleId(*role), seat.name)};
    return Decision{{Event{CoreEvents::PlayerJoined.toString(), d}}, {}};
}

Result<QList<Event>> BeerGame::pauseEvents(bool pause, qint64 /*nowMs*/) const
{
    if (m_phase == Phase::Lobby)
        return Error{ErrorCode::GameNotStarted, u"The game has not started yet."_s};
    if (m_phase == Phase::Finished)
        return Error{ErrorCode::GameFinished, u"This game has ended."_s};
    QList<Event> out;
    if (pause)
        return out;
    // A seat handed to a bot during the pause may have left a team with every order in.
    for (int t = 1; t <= teamCount(); ++t) {
        const Team &team = m_teams[t - 1];
        if (!m_config.manualAdvance && !team.chain.finished() && humansHaveOrdered(team, -1, Seat{}))
            out << resolution(t);
    }
    return out;
}

Result<QList<Event>> BeerGame::leaveEvents(const Actor &who, qint64 /*nowMs*/) const
{
    auto released = decideRelease(teamOf(who), roleOf(who));
    if (!released)
        return released.error();
    // The host records player.left itself: what follows it (a bot's week) is the Beer Game's.
    return released->events.mid(1);
}

Status BeerGame::deletable() const
{
    if (m_phase == Phase::Running)
        return Error{ErrorCode::GameRunning, u"The game is running: pause or end it first."_s};
    return Done{};
}

Result<const BeerGame::Team *> BeerGame::runningTeam(int team) const
{
    if (m_phase == Phase::Lobby)
        return Error{ErrorCode::GameNotStarted, u"The facilitator has not started the game yet."_s};
    if (m_phase == Phase::Paused)
        return Error{ErrorCode::GamePaused, u"The facilitator has paused the game."_s};
    if (m_phase == Phase::Finished)
        return Error{ErrorCode::GameFinished, u"This game has ended."_s};
    if (team < 1 || team > teamCount())
        return Error{ErrorCode::UnknownTeam, u"Team must be between 1 and %1."_s.arg(teamCount())};
    const Team *t = &m_teams[team - 1];
    if (t->chain.finished())
        return Error{ErrorCode::GameFinished, u"Team %1 has played every week."_s.arg(team)};
    return t;
}

Result<Decision> BeerGame::decideOrder(const QJsonObject &d, const Actor &who) const
{
    const QString sender = d.value(u"senderRole").toString();
    const auto role = roleFromId(sender.isEmpty() ? roleOf(who) : sender);
    if (!role)
        return Error{ErrorCode::UnknownRole, u"'senderRole' must be retailer, wholesaler, distributor or factory."_s};
    if (roleId(*role) != roleOf(who))
        return Error{beer::errors::NotYourSeat, u"You play %1, not %2."_s.arg(roleOf(who), roleId(*role))};
    const QString recipient = d.value(u"recipientRole").toString();
    if (!recipient.isEmpty() && recipient != recipientOf(*role))
        return Error{beer::errors::WrongRecipient, u"The %1 orders from %2."_s.arg(roleId(*role), recipientOf(*role))};
    const auto team = runningTeam(teamOf(who));
    if (!team)
        return team.error();
    const int i = index(*role);
    const Seat &seat = team.value()->seats[i];
    if (seat.playerId != who.id)
        return Error{beer::errors::NotYourSeat, u"This seat belongs to another player."_s};
    if (!seat.botOverride.isEmpty())
        return Error{beer::errors::SeatBotControlled, u"The facilitator has handed this seat to a bot."_s};

    const int week = team.value()->chain.week();
    const int quantity = d.value(u"quantity").toInt();
    const QString clientOrderId = d.value(u"clientOrderId").toString();
    if (!clientOrderId.isEmpty()) {
        const auto seen = seat.clientOrders.constFind(clientOrderId);
        if (seen != seat.clientOrders.cend()) // a resend after a reconnect: already counted
            return Decision{{}, {{u"accepted"_s, true}, {u"week"_s, seen.value()}, {u"duplicate"_s, true}}};
    }

    // Each change is an event kept for good: a hesitating student changes an order a few times,
    // a script thousands. Enough for the first, a bound on the log for the second.
    if (seat.ordersThisWeek >= MaxOrdersPerWeek)
        return Error{beer::errors::OrderChangesUsedUp,
                     u"You have changed this week's order %1 times; it stays at %2 until the week ends."_s
                         .arg(MaxOrdersPerWeek - 1)
                         .arg(seat.pending.value_or(0))};

    Decision out;
    static const JsonShape placed{u"team"_s, u"role"_s, u"week"_s, u"quantity"_s, u"clientOrderId"_s};
    out.events << Event{BeerEvents::OrderPlaced.toString(),
                        placed.make({teamOf(who), roleId(*role), week, quantity,
                                     clientOrderId.isEmpty() ? QJsonValue(QJsonValue::Undefined)
                                                             : QJsonValue(clientOrderId)})};
    Seat after = seat;
    after.pending = quantity;
    if (readyToResolve(*team.value(), i, after))
        out.events << resolution(teamOf(who), i, &after);
    static const JsonShape reply{u"accepted"_s, u"week"_s};
    out.reply = reply.make({true, week});
    return out;
}

Result<Decision> BeerGame::decideAdvance(const QJsonObject &d) const
{
    const int only = d.value(u"team").toInt(0);
    if (m_phase == Phase::Lobby)
        return Error{ErrorCode::GameNotStarted, u"Start the game before advancing it."_s};
    if (m_phase == Phase::Paused)
        return Error{ErrorCode::GamePaused, u"Resume the game before advancing it."_s};
    if (m_phase == Phase::Finished)
        return Error{ErrorCode::GameFinished, u"This game has ended."_s};
    if (only != 0 && (only < 1 || only > teamCount()))
        return Error{ErrorCode::UnknownTeam, u"Team must be between 1 and %1."_s.arg(teamCount())};
    Decision out;
    for (int t = 1; t <= teamCount(); ++t) {
        if ((only == 0 || only == t) && !m_teams[t - 1].chain.finished())
            out.events << resolution(t);
    }
    if (out.events.isEmpty())
        return Error{ErrorCode::GameFinished, u"Every team has played every week."_s};
    out.reply = {{u"resolvedTeams"_s, int(out.events.size())}};
    return out;
}

Result<Decision> BeerGame::decideCorrection(const QJsonObject &d) const
{
    const int teamNo = d.value(u"team").toInt();
    if (teamNo < 1 || teamNo > teamCount())
        return Error{ErrorCode::UnknownTeam, u"Team must be between 1 and %1."_s.arg(teamCount())};
    if (m_phase == Phase::Finished || m_teams[teamNo - 1].chain.finished())
        return Error{ErrorCode::GameFinished, u"This team has finished."_s};
    const auto role = roleFromId(d.value(u"role").toString());
    if (!role)
        return Error{ErrorCode::UnknownRole, u"'role' must be retailer, wholesaler, distributor or factory."_s};
    const SupplyChain &chain = m_teams[teamNo - 1].chain;
    QJsonObject e{{u"team"_s, teamNo}, {u"role"_s, roleId(*role)}, {u"week"_s, chain.week()},
                  {u"from"_s, chain.role(*role).inventory}, {u"inventory"_s, d.value(u"inventory").toInt()}};
    return Decision{{Event{BeerEvents::InventoryCorrected.toString(), e}},
                    {{u"week"_s, chain.week()}, {u"inventory"_s, e.value(u"inventory")}}};
}

Result<Decision> BeerGame::decideSeatControl(const QJsonObject &d) const
{
    const int teamNo = d.value(u"team").toInt();
    if (teamNo < 1 || teamNo > teamCount())
        return Error{ErrorCode::UnknownTeam, u"Team must be between 1 and %1."_s.arg(teamCount())};
    const auto role = roleFromId(d.value(u"role").toString());
    if (!role)
        return Error{ErrorCode::UnknownRole, u"'role' must be retailer, wholesaler, distributor or factory."_s};
    const QString bot = d.value(u"bot").toString();
    const Team &team = m_teams[teamNo - 1];
    Decision out;
    out.events << Event{BeerEvents::SeatControlled.toString(),
                        {{u"team"_s, teamNo}, {u"role"_s, roleId(*role)}, {u"bot"_s, bot}}};
    Seat after = team.seats[index(*role)];
    after.botOverride = bot;
    if (m_phase == Phase::Running && !team.chain.finished() && readyToResolve(team, index(*role), after))
        out.events << resolution(teamNo, index(*role), &after);
    out.reply = {{u"bot"_s, bot.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(bot)}};
    return out;
}

Result<Decision> BeerGame::decideRelease(int teamNo, const QString &roleName) const
{
    if (teamNo < 1 || teamNo > teamCount())
        return Error{ErrorCode::UnknownTeam, u"Team must be between 1 and %1."_s.arg(teamCount())};
    const auto role = roleFromId(roleName);
    if (!role)
        return Error{ErrorCode::UnknownRole, u"'role' must be retailer, wholesaler, distributor or factory."_s};
    const Team &team = m_teams[teamNo - 1];
    Seat after = team.seats[index(*role)];
    if (after.playerId.isEmpty())
        return Error{ErrorCode::NotFound, u"Nobody holds that seat."_s};
    Decision out;
    out.events << Event{CoreEvents::PlayerLeft.toString(),
                        {{u"playerId"_s, after.playerId}, {u"team"_s, teamNo}, {u"seat"_s, roleId(*role)}}};
    // The seat is a bot's now; if it was the last one the team waited for, the week resolves.
    after.playerId.clear();
    after.pending.reset();
    if (m_phase == Phase::Running && !team.chain.finished() && readyToResolve(team, index(*role), after))
        out.events << resolution(teamNo, index(*role), &after);
    out.reply = {{u"released"_s, true}};
    return out;
}

bool BeerGame::readyToResolve(const Team &team, int seat, const Seat &changed) const
{
    return !m_config.manualAdvance && m_phase == Phase::Running && humansHaveOrdered(team, seat, changed);
}

bool BeerGame::humansHaveOrdered(const Team &team, int seat, const Seat &changed) const
{
    bool anyHuman = false;
    for (int i = 0; i < RoleCount; ++i) {
        const Seat &s = i == seat ? changed : team.seats[i];
        if (!s.humanPlays())
            continue;
        anyHuman = true;
        if (!s.pending)
            return false;
    }
    // A team of bots alone would race to the end; it follows the facilitator or the timer.
    return anyHuman;
}

Event BeerGame::resolution(int teamNo, int seat, const Seat *changed) const
{
    const Team &team = m_teams[teamNo - 1];
    QJsonArray orders;
    QJsonArray by;
    for (BeerRole r : AllRoles) {
        const int i = index(r);
        const Seat &s = (i == seat && changed) ? *changed : team.seats[i];
        if (s.humanPlays() && s.pending) {
            orders.append(*s.pending);
            by.append(u"player"_s);
        } else {
            const QString strategy = s.botOverride.isEmpty() ? m_config.bot : s.botOverride;
            orders.append(botOrder(strategy, m_config, team.chain.role(r)));
            by.append(QString(u"bot:"_s + strategy));
        }
    }
    static const JsonShape resolved{u"team"_s, u"week"_s, u"orders"_s, u"orderedBy"_s};
    return Event{BeerEvents::WeekResolved.toString(), resolved.make({teamNo, team.chain.week(), orders, by})};
}

// ---------------------------------------------------------------------------------------
// Applying

void BeerGame::touch(Team &team)
{
    ++team.version;
    ++m_version;
}

// ---------------------------------------------------------------------------------------
// On chain: every order, and each resolved week's inventories and team cost.

QList<ChainIntent> BeerGame::chainIntents(const StoredEvent &e) const
{
    const QJsonObject &d = e.event.data;
    const int teamNo = d.value(u"team").toInt();
    if (teamNo < 1 || teamNo > teamCount())
        return {};
    const QString contract = ledger::Contract.toString();
    QList<ChainIntent> out;
    auto add = [&](const QString &kind, auto encode) {
        const QByteArray id = chainIntentId(e.gameId, e.seq, int(out.size()));
        out.append(ChainIntent{id, kind, contract, encode(id)});
    };
    if (e.event.type == BeerEvents::OrderPlaced) {
        const auto role = roleFromId(d.value(u"role").toString());
        if (!role)
            return {};
        // A replacement waits for the week: a player changing their mind a thousand times
        // queues one transaction, not a thousand (they would crowd out other games' intents).
        if (m_teams[teamNo - 1].seats[index(*role)].ordersThisWeek > 1)
            return {};
        add(u"beer.order"_s, [&](const QByteArray &id) {
            return ledger::placeOrder(e.gameId, teamNo, d.value(u"week").toInt(), *role, d.value(u"quantity").toInt(), id);
        });
    } else if (e.event.type == BeerEvents::WeekResolved) {
        const int week = d.value(u"week").toInt();
        const Team &team = m_teams[teamNo - 1];
        const SupplyChain &chain = team.chain;
        const QJsonArray orders = d.value(u"orders").toArray();
        for (BeerRole r : AllRoles) {
            if (!team.revisedInLastWeek[index(r)])
                continue;
            add(u"beer.order"_s, [&](const QByteArray &id) {
                return ledger::placeOrder(e.gameId, teamNo, week, r, orders.at(index(r)).toInt(), id);
            });
        }
        for (BeerRole r : AllRoles) {
            const QList<WeekRecord> &weeks = chain.role(r).weeks;
            if (week < 1 || week > weeks.size())
                continue;
            const WeekRecord &rec = weeks.at(week - 1);
            add(u"beer.inventory"_s, [&](const QByteArray &id) {
                return ledger::updateInventory(e.gameId, teamNo, week, r, rec.inventory, rec.backlog, id);
            });
        }
        add(u"beer.week"_s, [&](const QByteArray &id) {
            return ledger::advanceWeek(e.gameId, teamNo, week, chain.totalCost(), id);
        });
    }
    return out;
}

void BeerGame::apply(const Event &event, qint64 atMs)
{
    const QJsonObject &d = event.data;
    const QString &type = event.type;
    const int teamNo = d.value(u"team").toInt();
    Team *team = (teamNo >= 1 && teamNo <= teamCount()) ? &m_teams[teamNo - 1] : nullptr;
    const bool core = type == CoreEvents::PlayerJoined || type == CoreEvents::PlayerLeft;
    const auto role = roleFromId(d.value(core ? u"seat" : u"role").toString());

    if (type == BeerEvents::Started) {
        m_phase = Phase::Running;
        for (Team &t : m_teams)
            t.weekOpenedAt = atMs;
        ++m_sharedVersion;
        ++m_version;
    } else if (type == CoreEvents::Paused) {
        m_phase = Phase::Paused;
        m_pausedAt = atMs;
        ++m_sharedVersion;
        ++m_version;
    } else if (type == CoreEvents::Resumed) {
        m_phase = Phase::Running;
        for (Team &t : m_teams)
            t.weekOpenedAt += std::max<qint64>(0, atMs - m_pausedAt);
        ++m_sharedVersion;
        ++m_version;
    } else if (type == BeerEvents::Ended) {
        m_phase = Phase::Finished;
        ++m_sharedVersion;
        ++m_version;
    } else if (type == CoreEvents::PlayerJoined && team && role) {
        Seat &s = team->seats[index(*role)];
        s.playerId = d.value(u"playerId").toString();
        s.name = d.value(u"name").toString();
        ++team->seatsVersion;
        touch(*team);
    } else if (type == CoreEvents::PlayerLeft && team && role) {
        Seat &s = team->seats[index(*role)];
        s.playerId.clear();
        s.name.clear();
        s.pending.reset();
        s.clientOrders.clear();
        s.botOverride.clear(); // whoever joins next plays it
        ++team->seatsVersion;
        touch(*team);
    } else if (type == BeerEvents::OrderPlaced && team && role) {
        Seat &s = team->seats[index(*role)];
        s.pending = d.value(u"quantity").toInt();
        ++s.ordersThisWeek;
        const QString cid = d.value(u"clientOrderId").toString();
        if (!cid.isEmpty())
            s.clientOrders.insert(cid, d.value(u"week").toInt());
        touch(*team);
    } else if (type == BeerEvents::WeekResolved && team && !team->chain.finished()) {
        std::array<int, RoleCount> orders{};
        std::array<QString, RoleCount> by{};
        const QJsonArray o = d.value(u"orders").toArray();
        const QJsonArray b = d.value(u"orderedBy").toArray();
        for (int i = 0; i < RoleCount; ++i) {
            orders[i] = o.at(i).toInt();
            by[i] = b.at(i).toString();
            team->seats[i].pending.reset();
            team->revisedInLastWeek[i] = team->seats[i].ordersThisWeek > 1;
            team->seats[i].ordersThisWeek = 0;
        }
        const int closed = team->chain.week();
        team->chain.closeWeek(orders, by);
        for (int i = 0; i < RoleCount; ++i)
            team->historyJson[i].append(recordJson(team->chain.role(AllRoles[i]).weeks.at(closed - 1)));
        ++team->weekVersion;
        team->weekOpenedAt = atMs;
        touch(*team);
        const bool allDone = std::all_of(m_teams.begin(), m_teams.end(),
                                         [](const Team &t) { return t.chain.finished(); });
        if (allDone) {
            m_phase = Phase::Finished;
            ++m_sharedVersion;
        }
    } else if (type == BeerEvents::InventoryCorrected && team && role) {
        team->chain.correctInventory(*role, d.value(u"inventory").toInt());
        ++team->weekVersion;
        touch(*team);
    } else if (type == BeerEvents::SeatControlled && team && role) {
        team->seats[index(*role)].botOverride = d.value(u"bot").toString();
        ++team->seatsVersion;
        touch(*team);
    }
}

// ---------------------------------------------------------------------------------------
// Timers

std::optional<qint64> BeerGame::nextDeadline() const
{
    if (m_config.weekSeconds <= 0 || m_phase != Phase::Running)
        return std::nullopt;
    std::optional<qint64> earliest;
    for (const Team &t : m_teams) {
        if (t.chain.finished())
            continue;
        const qint64 due = t.weekOpenedAt + qint64(m_config.weekSeconds) * 1000;
        if (!earliest || due < *earliest)
            earliest = due;
    }
    return earliest;
}

QList<Event> BeerGame::onDeadline(qint64 nowMs) const
{
    QList<Event> out;
    if (m_config.weekSeconds <= 0 || m_phase != Phase::Running)
        return out;
    for (int t = 1; t <= teamCount(); ++t) {
        const Team &team = m_teams[t - 1];
        if (!team.chain.finished() && team.weekOpenedAt + qint64(m_config.weekSeconds) * 1000 <= nowMs)
            out << resolution(t);
    }
    return out;
}

// ---------------------------------------------------------------------------------------
// Views

quint64 BeerGame::viewVersion(const Actor &who) const
{
    // Asked for every watcher each time the game changes: the seat is read once.
    if (who.role != ActorRole::Player)
        return m_version;
    const int team = teamOf(who);
    if (team >= 1 && team <= teamCount())
        return m_teams[team - 1].version + m_sharedVersion;
    return m_version;
}

int BeerGame::viewGroupOf(const Actor &who) const
{
    if (who.role != ActorRole::Player)
        return -1;
    const int team = teamOf(who);
    return team >= 1 && team <= teamCount() ? team - 1 : -1;
}

quint64 BeerGame::viewVersionOfGroup(int group) const
{
    return group >= 0 && group < teamCount() ? m_teams[std::size_t(group)].version + m_sharedVersion : m_version;
}

QJsonObject BeerGame::viewFor(const Actor &who) const
{
    if (who.role == ActorRole::Player)
        return playerView(who);
    return facilitatorView();
}

QJsonObject BeerGame::playerView(const Actor &who) const
{
    const auto role = roleFromId(roleOf(who));
    if (!role || teamOf(who) < 1 || teamOf(who) > teamCount())
        return {};
    const Team &team = m_teams[teamOf(who) - 1];
    const Seat &seat = team.seats[index(*role)];
    const RoleState &state = team.chain.role(*role);

    static const JsonShape byRole{roleId(BeerRole::Retailer), roleId(BeerRole::Wholesaler),
                                  roleId(BeerRole::Distributor), roleId(BeerRole::Factory)};
    auto hasOrdered = [&team](BeerRole r) {
        const Seat &s = team.seats[index(r)];
        return s.pending.has_value() || !s.humanPlays();
    };
    const QJsonObject ordered = byRole.make({hasOrdered(BeerRole::Retailer), hasOrdered(BeerRole::Wholesaler),
                                             hasOrdered(BeerRole::Distributor), hasOrdered(BeerRole::Factory)});
    if (team.seatsCachedAt != team.seatsVersion) {
        team.seatsJson = {};
        for (BeerRole r : AllRoles) {
            const Seat &s = team.seats[index(r)];
            team.seatsJson.insert(roleId(r), QJsonObject{{u"name"_s, s.name}, {u"bot"_s, !s.humanPlays()}});
        }
        team.seatsCachedAt = team.seatsVersion;
    }
    if (team.currentCachedAt != team.weekVersion) {
        for (BeerRole r : AllRoles) {
            const RoleState &rs = team.chain.role(r);
            team.currentJson[index(r)] = (!team.chain.finished() && rs.current()) ? QJsonValue(recordJson(*rs.current()))
                                                                                 : QJsonValue(QJsonValue::Undefined);
        }
        team.currentCachedAt = team.weekVersion;
    }
    static const JsonShape shape{
        u"kind"_s, u"status"_s, u"team"_s, u"role"_s, u"recipientRole"_s, u"name"_s, u"week"_s,
        u"teamFinished"_s, u"botControlled"_s, u"pendingOrder"_s, u"teamOrdered"_s, u"seats"_s,
        u"history"_s, u"inventory"_s, u"backlog"_s, u"inTransit"_s, u"cumulativeCost"_s, u"costs"_s,
        u"current"_s, u"weekDeadline"_s, u"customerDemand"_s};
    const bool open = !team.chain.finished();
    const bool timed = m_config.weekSeconds > 0 && m_phase == Phase::Running && open;
    static const QString kind = u"beer"_s;
    QJsonObject view = shape.make({
        kind,
        phaseName(m_phase),
        teamOf(who),
        roleId(*role),
        recipientOf(*role),
        seat.name,
        open ? team.chain.week() : m_config.weeks,
        !open,
        !seat.botOverride.isEmpty(),
        optionalInt(seat.pending),
        ordered,
        team.seatsJson,
        team.historyJson[index(*role)],
        state.inventory,
        state.backlog,
        state.inTransit(),
        state.cumulativeCost,
        m_costsJson,
        team.currentJson[index(*role)], // Undefined once the team has finished
        timed ? QJsonValue(team.weekOpenedAt + qint64(m_config.weekSeconds) * 1000) : QJsonValue(QJsonValue::Undefined),
        (m_config.infoSharing && open) ? QJsonValue(team.chain.customerDemand(team.chain.week()))
                                       : QJsonValue(QJsonValue::Undefined),
    });
    if (team.chain.finished()) {
        // The debrief: every role's costs and orders, so the team sees the bullwhip.
        QJsonObject roles;
        for (BeerRole r : AllRoles) {
            QJsonArray orders;
            for (const WeekRecord &rec : team.chain.role(r).weeks) {
                if (rec.order)
                    orders.append(*rec.order);
            }
            roles.insert(roleId(r), QJsonObject{{u"cumulativeCost"_s, team.chain.role(r).cumulativeCost},
                                                {u"orders"_s, orders}});
        }
        QJsonArray demand;
        for (int w = 1; w <= m_config.weeks; ++w)
            demand.append(team.chain.customerDemand(w));
        view.insert(u"results"_s, QJsonObject{{u"teamCost"_s, team.chain.totalCost()}, {u"roles"_s, roles},
                                              {u"customerDemand"_s, demand}});
    }
    return view;
}

QJsonObject BeerGame::facilitatorView() const
{
    QJsonArray teams;
    for (int t = 1; t <= teamCount(); ++t) {
        const Team &team = m_teams[t - 1];
        QJsonObject roles;
        for (BeerRole r : AllRoles) {
            const Seat &s = team.seats[index(r)];
            const RoleState &state = team.chain.role(r);
            const WeekRecord *last = state.weeks.size() >= 2 ? &state.weeks.at(state.weeks.size() - 2) : nullptr;
            roles.insert(roleId(r), QJsonObject{
                {u"playerId"_s, s.playerId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s.playerId)},
                {u"name"_s, s.name},
                {u"bot"_s, s.humanPlays() ? QJsonValue(QJsonValue::Null)
                                          : QJsonValue(s.botOverride.isEmpty() ? m_config.bot : s.botOverride)},
                {u"ordered"_s, s.pending.has_value() || !s.humanPlays()}, // bots never keep a team waiting
                {u"inventory"_s, state.inventory},
                {u"backlog"_s, state.backlog},
                {u"inTransit"_s, state.inTransit()},
                {u"lastOrder"_s, last && last->order ? QJsonValue(*last->order) : QJsonValue(QJsonValue::Null)},
                {u"cumulativeCost"_s, state.cumulativeCost},
            });
        }
        teams.append(QJsonObject{
            {u"team"_s, t},
            {u"week"_s, team.chain.finished() ? m_config.weeks : team.chain.week()},
            {u"finished"_s, team.chain.finished()},
            {u"teamCost"_s, team.chain.totalCost()},
            {u"roles"_s, roles},
        });
    }
    return QJsonObject{
        {u"kind"_s, u"beer"_s},
        {u"status"_s, phaseName(m_phase)},
        {u"config"_s, m_config.toJson()},
        {u"teams"_s, teams},
    };
}

QJsonObject BeerGame::openSeats() const
{
    QJsonArray teams;
    for (int t = 1; t <= teamCount(); ++t) {
        QJsonObject seats;
        for (BeerRole role : AllRoles)
            seats.insert(roleId(role), m_teams[t - 1].seats[index(role)].playerId.isEmpty() ? u"free"_s : u"taken"_s);
        teams.append(QJsonObject{{u"team"_s, t}, {u"seats"_s, seats}});
    }
    return {{u"status"_s, phaseName(m_phase)}, {u"teams"_s, teams}};
}

QJsonObject BeerGame::summary() const
{
    int players = 0;
    int minWeek = m_config.weeks + 1;
    for (const Team &t : m_teams) {
        for (const Seat &s : t.seats)
            players += s.playerId.isEmpty() ? 0 : 1;
        minWeek = std::min(minWeek, t.chain.week());
    }
    return QJsonObject{
        {u"kind"_s, u"beer"_s},
        {u"status"_s, phaseName(m_phase)},
        {u"teams"_s, teamCount()},
        {u"seats"_s, teamCount() * RoleCount},
        {u"players"_s, players},
        {u"week"_s, std::min(minWeek, m_config.weeks)},
        {u"weeks"_s, m_config.weeks},
    };
}

// ---------------------------------------------------------------------------------------
// History

QJsonObject BeerGame::history() const
{
    QJsonArray teams;
    for (int t = 1; t <= teamCount(); ++t) {
        const SupplyChain &chain = m_teams[t - 1].chain;
        QJsonArray weeks;
        const int closed = chain.week() - 1;
        for (int w = 1; w <= closed; ++w) {
            QJsonObject roles;
            for (BeerRole r : AllRoles)
                roles.insert(roleId(r), recordJson(chain.role(r).weeks.at(w - 1)));
            weeks.append(QJsonObject{{u"week"_s, w}, {u"customerDemand"_s, chain.customerDemand(w)},
                                     {u"roles"_s, roles}});
        }
        teams.append(QJsonObject{{u"team"_s, t}, {u"teamCost"_s, chain.totalCost()}, {u"weeks"_s, weeks}});
    }
    return QJsonObject{{u"config"_s, m_config.toJson()}, {u"teams"_s, teams}};
}

QList<QStringList> BeerGame::historyTable() const
{
    QList<QStringList> rows;
    rows << QStringList{u"team"_s, u"week"_s, u"customerDemand"_s, u"role"_s, u"incomingShipment"_s,
                        u"incomingOrder"_s, u"shipped"_s, u"inventory"_s, u"backlog"_s, u"order"_s,
                        u"orderedBy"_s, u"cost"_s, u"cumulativeCost"_s, u"inventoryCorrectedFrom"_s};
    for (int t = 1; t <= teamCount(); ++t) {
        const SupplyChain &chain = m_teams[t - 1].chain;
        for (int w = 1; w < chain.week(); ++w) {
            for (BeerRole r : AllRoles) {
                const WeekRecord &rec = chain.role(r).weeks.at(w - 1);
                rows << QStringList{QString::number(t), QString::number(w),
                                    QString::number(chain.customerDemand(w)), roleId(r),
                                    QString::number(rec.incomingShipment), QString::number(rec.incomingOrder),
                                    QString::number(rec.shipped), QString::number(rec.inventory),
                                    QString::number(rec.backlog), rec.order ? QString::number(*rec.order) : QString(),
                                    rec.orderedBy, money(rec.cost), money(rec.cumulativeCost),
                                    rec.correctedFrom ? QString::number(*rec.correctedFrom) : QString()};
            }
        }
    }
    return rows;
}

} // namespace steward::beer
