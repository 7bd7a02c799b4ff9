// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FairDraw.h"
#include "RoundsBet.h"
#include "RoundsConfig.h"
#include "server/core/Game.h"

#include <QHash>

#include <array>
#include <map>

namespace steward::rounds {

// Event and command names of the rounds game (docs/games/rounds.md, docs/protocol.md).
namespace RoundsEvents {
inline constexpr QStringView Prepared = u"round.prepared";   // {round, seedHash, seed}: seed stays private until settled
inline constexpr QStringView Committed = u"round.committed"; // {round, txHash, blockNumber, onChain}
inline constexpr QStringView Opened = u"round.opened";       // {round, opensAt, closesAt, paytable}
inline constexpr QStringView BetPlaced = u"bet.placed";      // {round, betRef, operator, player, type, pick, stake, clientSeed, potentialReturn}
inline constexpr QStringView Closed = u"round.closed";       // {round, betsRoot, number}
inline constexpr QStringView Settled = u"round.settled";     // {round, seed, stake, returned, payouts:[{betRef, operator, player, stake, return}]}
inline constexpr QStringView Revealed = u"round.revealed";   // {round, txHash, blockNumber, onChain}
inline constexpr QStringView PaytableChanged = u"paytable.changed"; // {paytable}: from the next round on
} // namespace RoundsEvents
namespace RoundsCommands {
inline constexpr QStringView PlaceBet = u"bet.place";
inline constexpr QStringView SetPaytable = u"paytable.set";
} // namespace RoundsCommands

// The operator of bets LAN players place with play money from the web client.
inline constexpr QStringView LanOperator = u"lan";

// A rounds table: one round every period, driven by the host's clock. A round is prepared
// (seed drawn, its hash sent to the chain), committed (the chain confirmed it), opened (bets
// taken until it closes), then closed (number drawn from the seed and the bets), settled and,
// once the reveal is on chain, revealed. Round numbers are consecutive: a round whose
// commitment is late opens late, never skipped.
class RoundsGame final : public Game
{
public:
    RoundsGame(RoundsConfig config, quint64 seed);

    Result<Decision> decide(const Command &cmd, const Actor &who, qint64 nowMs) const override;
    void apply(const Event &event, qint64 atMs) override;
    QJsonObject viewFor(const Actor &who) const override;
    quint64 viewVersion(const Actor &who) const override;
    QList<ChainIntent> chainIntents(const StoredEvent &event) const override;
    QStringList confirmationKinds() const override;
    QList<Event> onChainConfirmed(const ChainReceipt &receipt) const override;
    std::optional<qint64> nextDeadline() const override;
    QList<Event> onDeadline(qint64 nowMs) const override;
    Status deletable() const override;
    QJsonObject config() const override { return m_config.toJson(); }
    QJsonObject summary() const override;
    QJsonObject history() const override;
    QList<QStringList> historyTable() const override;

    // For the host's services (bet desk, reports): the round taking bets, if any.
    std::optional<qint64> openRound() const;
    bool isPaused() const { return m_paused; }
    const Paytable &paytable() const { return m_paytable; }
    const RoundsConfig &settings() const { return m_config; }
    qint64 lanBalance(const QString &playerId) const { return m_balances.value(playerId, -1); }
    const QHash<QString, qint64> &lanBalances() const { return m_balances; }
    // Stakes of the bets in rounds not settled yet, per operator (LAN players' under LanOperator):
    // what the ledger's in-play accounts must hold.
    QHash<QString, qint64> stakesInPlay() const;
    // A settled round as anyone may see it: seed, bets in the order they were taken, result,
    // transactions (docs/verify.md). Empty for a round not settled or no longer kept in full.
    QJsonObject publicRecord(qint64 number) const;
    // The recorded bet under this reference, as its acknowledgement, or empty.
    QJsonObject betReceipt(const QString &betRef) const;

private:
    enum class Phase { Prepared, Committed, Open, Settled };
    struct Bet
    {
        QString betRef, operatorId, player, clientSeed, currency;
        Selection selection;
        qint64 stake = 0, potentialReturn = 0, atMs = 0;
        qint64 returned = -1; // once settled
    };
    struct Round
    {
        qint64 number = 0;
        Phase phase = Phase::Prepared;
        QByteArray seed, seedHash;
        qint64 preparedAt = 0, committedAt = 0, opensAt = 0, closesAt = 0;
        QString commitTx, revealTx;
        bool commitOnChain = false, revealed = false, revealOnChain = false;
        Paytable paytable;
        QList<Bet> bets;
        fair::BetsRoot root;
        QByteArray betsRoot; // final, once closed
        int result = -1;
        qint64 stake = 0, returned = 0;
        int betCount = 0;
        QHash<QString, std::array<qint64, Outcomes>> exposure; // operator|player → return per number
    };

    Result<Decision> decideBet(const Command &cmd, const Actor &who, qint64 nowMs) const;
    QList<Event> closeAndSettle(const Round &r) const;
    const Round *round(qint64 number) const;
    Round *round(qint64 number);
    const Round *pending() const; // prepared or committed, not yet open
    qint64 plannedOpen(const Round &r) const;
    QJsonObject roundJson(const Round &r, bool withSeed) const;
    void prune();

    RoundsConfig m_config;
    Paytable m_paytable; // for rounds opened from now on
    std::map<qint64, Round> m_rounds; // recent rounds, in full
    QList<QJsonObject> m_results;     // every finished round, in brief
    qint64 m_lastNumber = 0;          // highest round prepared
    QHash<QString, qint64> m_betRounds; // betRef → round, for recent rounds
    QHash<QString, qint64> m_balances;  // LAN player → play money
    QHash<QString, QString> m_names;    // LAN player → name
    qint64 m_betsTaken = 0;           // ever: a table that took bets keeps its records
    bool m_paused = false;            // the round taking bets runs out; no next one opens
    quint64 m_version = 0;
};

} // namespace steward::rounds
