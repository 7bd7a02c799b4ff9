// SPDX-License-Identifier: GPL-3.0-or-later
#include "RoundsGame.h"

#include "server/core/JsonFields.h"

#include "FairnessCalls.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>
#include "server/games/rounds/RoundsErrors.h"

using namespace Qt::StringLiterals;

namespace steward::rounds {

namespace {
// Rounds kept in full (bets, exposure) for views and idempotent bet replies; older rounds are
// kept in brief, and their bets stay in the event log (the regulator export reads them there).
constexpr qint64 RoundsKeptInFull = 60;
constexpr int RecentResultsShown = 12;

QJsonValue nullable(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

// Minor units as people read them: 12345 → "123.45 EUR".
QString moneyText(qint64 minor, const QString &currency)
{
    return u"%1.%2 %3"_s.arg(minor / 100).arg(minor % 100, 2, 10, QLatin1Char('0')).arg(currency);
}

QString exposureKey(const QString &operatorId, const QString &player)
{
    return operatorId + u'|' + player;
}
} // namespace

RoundsGame::RoundsGame(RoundsConfig config, quint64 seed)
    : m_config(std::move(config)), m_paytable(m_config.paytable)
{
    Q_UNUSED(seed); // the rounds' seeds come from the system's CSPRNG, never from a replayable seed
}

// ---- commands ----

Result<Decision> RoundsGame::decide(const Command &cmd, const Actor &who, qint64 nowMs) const
{
    if (cmd.type == CoreCommands::Join) {
        if (who.role != ActorRole::System)
            return Error{ErrorCode::Forbidden, u"Players join through the join endpoint."_s};
        if (cmd.data.value(u"seat").toString() != u"player")
            return Error{ErrorCode::UnknownRole, u"At a rounds table everyone joins as 'player'."_s};
        QJsonObject data = cmd.data;
        data.insert(u"balance"_s, m_config.startingBalance);
        return Decision{{Event{CoreEvents::PlayerJoined.toString(), data}},
                        {{u"balance"_s, m_config.startingBalance}, {u"currency"_s, m_config.currency}}};
    }
    if (cmd.type == RoundsCommands::PlaceBet)
        return decideBet(cmd, who, nowMs);
    if (cmd.type == RoundsCommands::SetPaytable) {
        if (!who.isFacilitator())
            return Error{ErrorCode::Forbidden, u"Only an administrator can change the paytable."_s};
        auto p = Paytable::fromJson(cmd.data.value(u"paytable").toObject());
        if (!p)
            return p.error();
        return Decision{{Event{RoundsEvents::PaytableChanged.toString(), {{u"paytable"_s, p->toJson()}}}},
                        {{u"paytable"_s, p->describe()}, {u"fromRound"_s, m_lastNumber + 1}}};
    }
    return Error{ErrorCode::UnknownType, u"A rounds table has no command '%1'."_s.arg(cmd.type)};
}

// A LAN player bets their play money; the host's bet desk places operators' bets (as the
// system) after the operator's wallet has taken the stake, with the operator's limits.
Result<Decision> RoundsGame::decideBet(const Command &cmd, const Actor &who, qint64 nowMs) const
{
    const QJsonObject &d = cmd.data;
    const bool lan = who.role == ActorRole::Player;
    if (!lan && who.role != ActorRole::System)
        return Error{ErrorCode::Forbidden, u"Bets come from players or from an operator."_s};
    const QString operatorId = lan ? LanOperator.toString() : d.value(u"operator").toString();
    const QString player = lan ? who.id : d.value(u"player").toString();
    const QString betId = d.value(u"betId").toString();
    if (operatorId.isEmpty() || player.isEmpty() || betId.isEmpty())
        return Error{rounds::errors::InvalidBet, u"A bet needs a betId, an operator and a player."_s};
    // The same rule for every bet id, a LAN page's or an operator's: it ends up in references,
    // the regulator export and CSV cells.
    static const QRegularExpression plainId(QRegularExpression::anchoredPattern(u"[A-Za-z0-9_.:\\-]{1,64}"_s));
    if (!plainId.match(betId).hasMatch())
        return Error{rounds::errors::InvalidBet, u"'betId' must be 1–64 letters, digits or _ . : -"_s};
    const QString betRef = lan ? u"lan:%1:%2"_s.arg(player, betId) : u"%1:%2"_s.arg(operatorId, betId);
    auto selection = parseSelection(d);
    if (!selection)
        return selection.error();
    const auto stakeField = json::requiredAmount(d, u"stake", 1, json::MaxAmount, rounds::errors::InvalidBet);
    if (!stakeField)
        return stakeField.error();
    const qint64 stake = stakeField.value();
    const QString clientSeed = d.value(u"clientSeed").toString();

    // The same bet again is the same bet: its first answer, nothing new recorded.
    if (const auto seen = m_betRounds.constFind(betRef); seen != m_betRounds.cend()) {
        const Round *r = round(*seen);
        const auto bet = r ? std::find_if(r->bets.cbegin(), r->bets.cend(), [&](const Bet &b) { return b.betRef == betRef; })
                           : QList<Bet>::const_iterator();
        if (r && bet != r->bets.cend()) {
            if (bet->selection != selection.value() || bet->stake != stake || bet->player != player)
                return Error{rounds::errors::BetIdConflict, u"Bet '%1' was already placed with other terms."_s.arg(betId)};
            return Decision{{}, betReceipt(betRef)};
        }
    }

    const auto open = openRound();
    // 0: whichever round is open. A round number is a whole number, never a string or 1e300.
    const auto wantedField = json::int64Field(d, u"round", 0, 1, json::MaxAmount, rounds::errors::InvalidBet);
    if (!wantedField)
        return wantedField.error();
    const qint64 wanted = wantedField.value();
    if (open && wanted > *open)
        return Error{rounds::errors::RoundNotOpen, u"Round %1 is not open yet; round %2 is taking bets."_s.arg(wanted).arg(*open)};
    if (!open || nowMs >= round(*open)->closesAt || (wanted > 0 && wanted != *open)) {
        if (wanted > 0 && (!open || wanted <= *open))
            return Error{rounds::errors::BetTooLate, u"Round %1 no longer takes bets."_s.arg(wanted)};
        if (open)
            return Error{rounds::errors::BetTooLate, u"Round %1 has closed."_s.arg(*open)};
        return Error{rounds::errors::RoundNotOpen, u"No round is taking bets; the next opens shortly."_s};
    }
    const Round &r = *round(*open);

    BetLimits limits = m_config.lanLimits;
    if (!lan) {
        auto l = BetLimits::fromJson(d.value(u"limits").toObject(), m_config.lanLimits);
        if (!l)
            return l.error();
        limits = l.value();
    }
    const QString currency = lan ? m_config.currency : d.value(u"currency").toString(m_config.currency);
    if (stake < limits.minBet)
        return Error{rounds::errors::BetBelowMinimum, u"The smallest bet is %1."_s.arg(moneyText(limits.minBet, currency))};
    if (stake > limits.maxBet)
        return Error{rounds::errors::BetAboveMaximum, u"The largest bet is %1."_s.arg(moneyText(limits.maxBet, currency))};
    const qint64 potential = r.paytable.winningReturn(selection->kind, stake);
    // The most this player could be paid this round, over every number that could be drawn.
    std::array<qint64, Outcomes> exposure{};
    if (const auto e = r.exposure.constFind(exposureKey(operatorId, player)); e != r.exposure.cend())
        exposure = *e;
    qint64 worst = 0;
    for (int n = 0; n < Outcomes; ++n)
        worst = std::max(worst, exposure.at(size_t(n)) + (selection->wins(n) ? potential : 0));
    if (worst > limits.maxWin)
        return Error{rounds::errors::MaxWinExceeded,
                     u"This bet could bring this round's winnings to %1, above the limit of %2."_s.arg(
                         moneyText(worst, currency), moneyText(limits.maxWin, currency))};
    if (lan && stake > m_balances.value(player))
        return Error{rounds::errors::NotEnoughChips, u"Not enough chips: %1 left."_s.arg(moneyText(m_balances.value(player), currency))};

    QJsonObject data{{u"round"_s, r.number}, {u"betRef"_s, betRef}, {u"operator"_s, operatorId},
                     {u"player"_s, player}, {u"type"_s, selection->wireType()}, {u"stake"_s, stake},
                     {u"clientSeed"_s, clientSeed}, {u"potentialReturn"_s, potential},
                     {u"currency"_s, currency}};
    if (selection->kind == BetKind::Exact || selection->kind == BetKind::Decade)
        data.insert(u"pick"_s, selection->pick);
    QJsonObject reply{{u"accepted"_s, true}, {u"round"_s, r.number}, {u"betRef"_s, betRef},
                      {u"stake"_s, stake}, {u"potentialReturn"_s, potential}, {u"closesAt"_s, r.closesAt},
                      {u"seedHash"_s, fair::toHex(r.seedHash)}};
    if (lan)
        reply.insert(u"balance"_s, m_balances.value(player) - stake);
    return Decision{{Event{RoundsEvents::BetPlaced.toString(), data}}, reply};
}

// ---- the clock ----

QHash<QString, qint64> RoundsGame::stakesInPlay() const
{
    QHash<QString, qint64> out;
    for (const auto &[number, r] : m_rounds) {
        if (r.phase == Phase::Settled)
            continue;
        for (const Bet &b : r.bets)
            out[b.operatorId] += b.stake;
    }
    return out;
}

std::optional<qint64> RoundsGame::openRound() const
{
    for (auto it = m_rounds.crbegin(); it != m_rounds.crend(); ++it) {
        if (it->second.phase == Phase::Open)
            return it->first;
    }
    return std::nullopt;
}

const RoundsGame::Round *RoundsGame::pending() const
{
    const Round *r = round(m_lastNumber);
    return r && (r->phase == Phase::Prepared || r->phase == Phase::Committed) ? r : nullptr;
}

qint64 RoundsGame::plannedOpen(const Round &r) const
{
    const Round *previous = round(r.number - 1);
    const qint64 afterPrevious = previous && previous->opensAt > 0 ? previous->opensAt + m_config.periodMs : 0;
    return std::max(afterPrevious, r.committedAt);
}

std::optional<qint64> RoundsGame::nextDeadline() const
{
    std::optional<qint64> due;
    auto consider = [&](qint64 t) { due = due ? std::min(*due, t) : t; };
    if (const auto open = openRound())
        consider(round(*open)->closesAt);
    const Round *next = pending();
    if (!next)
        consider(0); // nothing prepared: prepare now
    else if (next->phase == Phase::Committed && !openRound() && !m_paused)
        consider(plannedOpen(*next));
    return due;
}

QList<Event> RoundsGame::onDeadline(qint64 nowMs) const
{
    QList<Event> events;
    bool stillOpen = false;
    if (const auto open = openRound()) {
        const Round &r = *round(*open);
        if (nowMs >= r.closesAt)
            events << closeAndSettle(r);
        else
            stillOpen = true;
    }
    const Round *next = pending();
    if (!next) {
        const QByteArray seed = fair::newSeed();
        events << Event{RoundsEvents::Prepared.toString(),
                        {{u"round"_s, m_lastNumber + 1}, {u"seedHash"_s, fair::toHex(fair::seedHash(seed))},
                         {u"seed"_s, fair::toHex(seed)}}};
    } else if (!stillOpen && !m_paused && next->phase == Phase::Committed && nowMs >= plannedOpen(*next)) {
        events << Event{RoundsEvents::Opened.toString(),
                        {{u"round"_s, next->number}, {u"opensAt"_s, nowMs}, {u"closesAt"_s, nowMs + m_config.bettingMs},
                         {u"paytable"_s, m_paytable.toJson()}}};
        // The next round's commitment goes to the chain while this one takes bets.
        const QByteArray seed = fair::newSeed();
        events << Event{RoundsEvents::Prepared.toString(),
                        {{u"round"_s, next->number + 1}, {u"seedHash"_s, fair::toHex(fair::seedHash(seed))},
                         {u"seed"_s, fair::toHex(seed)}}};
    }
    return events;
}

QList<Event> RoundsGame::closeAndSettle(const Round &r) const
{
    const QByteArray betsRoot = r.root.value();
    const int number = fair::drawNumber(r.seed, betsRoot);
    QJsonArray payouts;
    qint64 returned = 0;
    for (const Bet &b : r.bets) {
        const qint64 ret = b.selection.wins(number) ? b.potentialReturn : 0;
        returned += ret;
        payouts.append(QJsonObject{{u"betRef"_s, b.betRef}, {u"operator"_s, b.operatorId}, {u"player"_s, b.player},
                                   {u"stake"_s, b.stake}, {u"return"_s, ret}, {u"currency"_s, b.currency}});
    }
    return {Event{RoundsEvents::Closed.toString(),
                  {{u"round"_s, r.number}, {u"betsRoot"_s, fair::toHex(betsRoot)}, {u"number"_s, number}}},
            Event{RoundsEvents::Settled.toString(),
                  {{u"round"_s, r.number}, {u"seed"_s, fair::toHex(r.seed)}, {u"stake"_s, r.stake},
                   {u"returned"_s, returned}, {u"payouts"_s, payouts}}}};
}

// ---- the chain ----

QList<ChainIntent> RoundsGame::chainIntents(const StoredEvent &e) const
{
    const qint64 number = qint64(e.event.data.value(u"round").toDouble());
    const Round *r = round(number);
    if (!r)
        return {};
    if (e.event.type == RoundsEvents::Prepared) {
        const QByteArray id = chainIntentId(e.gameId, e.seq, 0);
        return {ChainIntent{id, fairness::CommitKind.toString(), fairness::Contract.toString(),
                            fairness::commit(e.gameId, number, r->seedHash, id)}};
    }
    if (e.event.type == RoundsEvents::Settled) {
        const QByteArray id = chainIntentId(e.gameId, e.seq, 0);
        return {ChainIntent{id, fairness::RevealKind.toString(), fairness::Contract.toString(),
                            fairness::reveal(e.gameId, number, r->seed, r->betsRoot, r->result, id)}};
    }
    return {};
}

QStringList RoundsGame::confirmationKinds() const
{
    return {fairness::CommitKind.toString(), fairness::RevealKind.toString()};
}

QList<Event> RoundsGame::onChainConfirmed(const ChainReceipt &receipt) const
{
    const auto number = fairness::roundOf(receipt.callData);
    const Round *r = number ? round(*number) : nullptr;
    if (!r)
        return {};
    const QJsonObject data{{u"round"_s, r->number}, {u"txHash"_s, nullable(receipt.txHash)},
                           {u"blockNumber"_s, receipt.blockNumber}, {u"onChain"_s, receipt.onChain}};
    if (receipt.kind == fairness::CommitKind && r->phase == Phase::Prepared)
        return {Event{RoundsEvents::Committed.toString(), data}};
    if (receipt.kind == fairness::RevealKind && r->phase == Phase::Settled && !r->revealed)
        return {Event{RoundsEvents::Revealed.toString(), data}};
    return {};
}

// ---- state ----

const RoundsGame::Round *RoundsGame::round(qint64 number) const
{
    const auto it = m_rounds.find(number);
    return it == m_rounds.end() ? nullptr : &it->second;
}

RoundsGame::Round *RoundsGame::round(qint64 number)
{
    const auto it = m_rounds.find(number);
    return it == m_rounds.end() ? nullptr : &it->second;
}

void RoundsGame::apply(const Event &event, qint64 atMs)
{
    ++m_version;
    const QJsonObject &d = event.data;
    const QString &t = event.type;
    if (t == CoreEvents::PlayerJoined) {
        const QString id = d.value(u"playerId").toString();
        m_balances.insert(id, qint64(d.value(u"balance").toDouble()));
        m_names.insert(id, d.value(u"name").toString());
        return;
    }
    if (t == CoreEvents::Paused || t == CoreEvents::Resumed) {
        m_paused = t == CoreEvents::Paused;
        return;
    }
    if (t == CoreEvents::PlayerLeft || t == RoundsEvents::PaytableChanged) {
        if (t == RoundsEvents::PaytableChanged)
            m_paytable = Paytable::fromJson(d.value(u"paytable").toObject()).value();
        return;
    }
    const qint64 number = qint64(d.value(u"round").toDouble());
    if (t == RoundsEvents::Prepared) {
        Round r;
        r.number = number;
        r.seed = fair::fromHex32(d.value(u"seed").toString());
        r.seedHash = fair::fromHex32(d.value(u"seedHash").toString());
        r.preparedAt = atMs;
        m_rounds[number] = r;
        m_lastNumber = std::max(m_lastNumber, number);
        prune();
        return;
    }
    Round *r = round(number);
    if (!r)
        return;
    if (t == RoundsEvents::Committed) {
        r->phase = Phase::Committed;
        r->committedAt = atMs;
        r->commitTx = d.value(u"txHash").toString();
        r->commitOnChain = d.value(u"onChain").toBool();
    } else if (t == RoundsEvents::Opened) {
        r->phase = Phase::Open;
        r->opensAt = qint64(d.value(u"opensAt").toDouble());
        r->closesAt = qint64(d.value(u"closesAt").toDouble());
        r->paytable = Paytable::fromJson(d.value(u"paytable").toObject()).value();
        r->root = fair::BetsRoot(number);
    } else if (t == RoundsEvents::BetPlaced) {
        Bet b;
        b.betRef = d.value(u"betRef").toString();
        b.operatorId = d.value(u"operator").toString();
        b.player = d.value(u"player").toString();
        b.clientSeed = d.value(u"clientSeed").toString();
        b.currency = d.value(u"currency").toString(m_config.currency);
        b.selection = parseSelection(d).value();
        b.stake = qint64(d.value(u"stake").toDouble());
        b.potentialReturn = qint64(d.value(u"potentialReturn").toDouble());
        b.atMs = atMs;
        const bool hasPick = b.selection.kind == BetKind::Exact || b.selection.kind == BetKind::Decade;
        r->root.add(fair::betLine(b.betRef, b.selection.wireType(), b.selection.pick, hasPick, b.stake, b.clientSeed));
        auto &exposure = r->exposure[exposureKey(b.operatorId, b.player)];
        for (int n = 0; n < Outcomes; ++n) {
            if (b.selection.wins(n))
                exposure.at(size_t(n)) += b.potentialReturn;
        }
        r->stake += b.stake;
        ++r->betCount;
        ++m_betsTaken;
        if (b.operatorId == LanOperator)
            m_balances[b.player] -= b.stake;
        m_betRounds.insert(b.betRef, number);
        r->bets.append(b);
    } else if (t == RoundsEvents::Closed) {
        r->betsRoot = fair::fromHex32(d.value(u"betsRoot").toString());
        r->result = d.value(u"number").toInt();
    } else if (t == RoundsEvents::Settled) {
        r->phase = Phase::Settled;
        r->returned = qint64(d.value(u"returned").toDouble());
        const QJsonArray payouts = d.value(u"payouts").toArray();
        for (qsizetype i = 0; i < payouts.size() && i < r->bets.size(); ++i) {
            Bet &b = r->bets[i];
            b.returned = qint64(payouts.at(i).toObject().value(u"return").toDouble());
            if (b.operatorId == LanOperator)
                m_balances[b.player] += b.returned;
        }
        m_results.append(roundJson(*r, true));
    } else if (t == RoundsEvents::Revealed) {
        r->revealed = true;
        r->revealTx = d.value(u"txHash").toString();
        r->revealOnChain = d.value(u"onChain").toBool();
        // The brief record of a finished round learns its reveal.
        for (auto it = m_results.rbegin(); it != m_results.rend(); ++it) {
            if (it->value(u"round").toInteger() == number) {
                *it = roundJson(*r, true);
                break;
            }
        }
    }
}

void RoundsGame::prune()
{
    while (qint64(m_rounds.size()) > RoundsKeptInFull) {
        const Round &oldest = m_rounds.begin()->second;
        // A round waiting for its reveal stays, however long the node is away: the reveal's
        // confirmation must find it (no round opens meanwhile, so few can wait).
        if (oldest.phase != Phase::Settled || !oldest.revealed)
            break;
        for (const Bet &b : oldest.bets)
            m_betRounds.remove(b.betRef);
        m_rounds.erase(m_rounds.begin());
    }
}

QJsonObject RoundsGame::betReceipt(const QString &betRef) const
{
    const qint64 number = m_betRounds.value(betRef);
    const Round *r = round(number);
    if (!r)
        return {};
    for (const Bet &b : r->bets) {
        if (b.betRef != betRef)
            continue;
        QJsonObject o{{u"accepted"_s, true}, {u"round"_s, r->number}, {u"betRef"_s, b.betRef},
                      {u"stake"_s, b.stake}, {u"potentialReturn"_s, b.potentialReturn}, {u"closesAt"_s, r->closesAt},
                      {u"seedHash"_s, fair::toHex(r->seedHash)}, {u"repeated"_s, true}};
        if (b.returned >= 0)
            o.insert(u"return"_s, b.returned);
        return o;
    }
    return {};
}

QJsonObject RoundsGame::publicRecord(qint64 number) const
{
    const Round *r = round(number);
    if (!r || r->phase != Phase::Settled)
        return {};
    QJsonObject o = roundJson(*r, true);
    o.remove(u"phase"_s);
    o.insert(u"committedAt"_s, r->committedAt);
    QJsonArray bets;
    for (const Bet &b : r->bets) {
        QJsonObject j{{u"betRef"_s, b.betRef}, {u"type"_s, b.selection.wireType()}, {u"stake"_s, b.stake},
                      {u"clientSeed"_s, b.clientSeed}, {u"return"_s, b.returned}};
        if (b.selection.kind == BetKind::Exact || b.selection.kind == BetKind::Decade)
            j.insert(u"pick"_s, b.selection.pick);
        bets.append(j);
    }
    o.insert(u"bets"_s, bets);
    return o;
}

// ---- views ----

QJsonObject RoundsGame::roundJson(const Round &r, bool withSeed) const
{
    static const QString Phases[] = {u"prepared"_s, u"committed"_s, u"open"_s, u"settled"_s};
    const bool settled = r.phase == Phase::Settled;
    return {{u"round"_s, r.number},
            {u"phase"_s, Phases[int(r.phase)]},
            {u"seedHash"_s, fair::toHex(r.seedHash)},
            {u"commitTx"_s, nullable(r.commitTx)},
            {u"committedOnChain"_s, r.commitOnChain},
            {u"opensAt"_s, r.opensAt ? QJsonValue(r.opensAt) : QJsonValue(QJsonValue::Null)},
            {u"closesAt"_s, r.closesAt ? QJsonValue(r.closesAt) : QJsonValue(QJsonValue::Null)},
            {u"bets"_s, r.betCount},
            {u"stake"_s, r.stake},
            {u"returned"_s, settled ? QJsonValue(r.returned) : QJsonValue(QJsonValue::Null)},
            {u"number"_s, r.result >= 0 ? QJsonValue(r.result) : QJsonValue(QJsonValue::Null)},
            {u"betsRoot"_s, r.betsRoot.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(fair::toHex(r.betsRoot))},
            // The seed is public once the round is settled; before that it never leaves the host.
            {u"seed"_s, withSeed && settled ? QJsonValue(fair::toHex(r.seed)) : QJsonValue(QJsonValue::Null)},
            {u"revealed"_s, r.revealed},
            {u"revealTx"_s, nullable(r.revealTx)},
            {u"revealedOnChain"_s, r.revealOnChain}};
}

QJsonObject RoundsGame::viewFor(const Actor &who) const
{
    QJsonObject table{{u"periodMs"_s, m_config.periodMs}, {u"bettingMs"_s, m_config.bettingMs},
                      {u"paytable"_s, m_paytable.describe()}, {u"currency"_s, m_config.currency},
                      {u"limits"_s, m_config.lanLimits.toJson()}};
    QJsonObject v{{u"kind"_s, u"rounds"_s}, {u"table"_s, table}, {u"paused"_s, m_paused}};
    const auto open = openRound();
    v.insert(u"current"_s, open ? QJsonValue(roundJson(*round(*open), false)) : QJsonValue(QJsonValue::Null));
    const Round *next = pending();
    if (next) {
        QJsonObject n = roundJson(*next, false);
        // When it will open if its commitment is confirmed in time (it never opens before).
        const Round *previous = round(next->number - 1);
        n.insert(u"plannedOpensAt"_s, !m_paused && previous && previous->opensAt > 0 ? QJsonValue(previous->opensAt + m_config.periodMs)
                                                                        : QJsonValue(QJsonValue::Null));
        v.insert(u"next"_s, n);
    } else {
        v.insert(u"next"_s, QJsonValue::Null);
    }
    QJsonArray recent;
    for (qsizetype i = m_results.size() - 1; i >= 0 && recent.size() < RecentResultsShown; --i)
        recent.append(m_results.at(i));
    v.insert(u"recent"_s, recent);
    if (who.role == ActorRole::Player) {
        v.insert(u"you"_s, QJsonObject{{u"playerId"_s, who.id}, {u"name"_s, m_names.value(who.id)},
                                       {u"balance"_s, m_balances.value(who.id)}});
        QJsonArray mine;
        for (auto it = m_rounds.crbegin(); it != m_rounds.crend() && mine.size() < 20; ++it) {
            for (const Bet &b : it->second.bets) {
                if (b.operatorId != LanOperator || b.player != who.id)
                    continue;
                mine.append(QJsonObject{{u"round"_s, it->first}, {u"betRef"_s, b.betRef},
                                        {u"type"_s, b.selection.wireType()}, {u"label"_s, b.selection.label()},
                                        {u"stake"_s, b.stake}, {u"potentialReturn"_s, b.potentialReturn},
                                        {u"return"_s, b.returned >= 0 ? QJsonValue(b.returned) : QJsonValue(QJsonValue::Null)}});
            }
        }
        v.insert(u"myBets"_s, mine);
        return v;
    }
    // The table's operator: exposure by bet kind in the open round.
    if (open) {
        QJsonObject byKind;
        const Round &r = *round(*open);
        for (BetKind k : AllBetKinds) {
            qint64 stake = 0, potential = 0;
            int count = 0;
            for (const Bet &b : r.bets) {
                if (b.selection.kind == k) {
                    stake += b.stake;
                    potential += b.potentialReturn;
                    ++count;
                }
            }
            byKind.insert(kindName(k), QJsonObject{{u"bets"_s, count}, {u"stake"_s, stake}, {u"potentialReturn"_s, potential}});
        }
        v.insert(u"exposure"_s, byKind);
    }
    v.insert(u"players"_s, qint64(m_names.size()));
    return v;
}

quint64 RoundsGame::viewVersion(const Actor &who) const
{
    Q_UNUSED(who);
    return m_version;
}

Status RoundsGame::deletable() const
{
    if (m_betsTaken > 0)
        return Error{rounds::errors::GameKept, u"This table has taken bets: its rounds are kept for audit. Pause it instead."_s};
    if (!m_paused)
        return Error{ErrorCode::GameRunning, u"The table is running: pause it first."_s};
    return Done{};
}

QJsonObject RoundsGame::summary() const
{
    const auto open = openRound();
    qint64 stake = 0, returned = 0;
    for (const QJsonObject &r : m_results) {
        stake += r.value(u"stake").toInteger();
        returned += r.value(u"returned").toInteger();
    }
    return {{u"status"_s, m_paused ? u"paused"_s : u"running"_s},
            {u"round"_s, open ? *open : m_lastNumber},
            {u"phase"_s, open ? u"open"_s : u"between rounds"_s},
            {u"roundsPlayed"_s, qint64(m_results.size())},
            {u"players"_s, qint64(m_names.size())},
            {u"stake"_s, stake},
            {u"returned"_s, returned}};
}

QJsonObject RoundsGame::history() const
{
    QJsonArray rounds;
    for (const QJsonObject &r : m_results)
        rounds.append(r);
    return {{u"config"_s, m_config.toJson()}, {u"paytable"_s, m_paytable.describe()}, {u"rounds"_s, rounds}};
}

QList<QStringList> RoundsGame::historyTable() const
{
    QList<QStringList> rows{{u"round"_s, u"opensAt"_s, u"closesAt"_s, u"number"_s, u"bets"_s, u"stake"_s,
                             u"returned"_s, u"seedHash"_s, u"seed"_s, u"betsRoot"_s, u"commitTx"_s, u"revealTx"_s}};
    for (const QJsonObject &r : m_results) {
        auto s = [&](QStringView k) {
            const QJsonValue v = r.value(k);
            return v.isDouble() ? QString::number(v.toInteger()) : v.toString();
        };
        rows.append({s(u"round"), s(u"opensAt"), s(u"closesAt"), s(u"number"), s(u"bets"), s(u"stake"),
                     s(u"returned"), s(u"seedHash"), s(u"seed"), s(u"betsRoot"), s(u"commitTx"), s(u"revealTx")});
    }
    return rows;
}

} // namespace steward::rounds
