// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SupplyChain.h"
#include "BeerConfig.h"
#include "server/core/Game.h"

#include <QHash>
#include <QJsonArray>

#include <vector>

namespace steward::beer {

// Event types of a Beer Game (besides the shared player.joined).
namespace BeerEvents {
inline constexpr QStringView Started = u"game.started";
inline constexpr QStringView Ended = u"game.ended";
inline constexpr QStringView OrderPlaced = u"order.placed";     // {team,role,week,quantity,clientOrderId}
inline constexpr QStringView WeekResolved = u"week.resolved";   // {team,week,orders[4],orderedBy[4]}
inline constexpr QStringView InventoryCorrected = u"inventory.corrected"; // {team,role,week,inventory}
inline constexpr QStringView SeatControlled = u"seat.controlled";          // {team,role,bot}
}

// A Beer Distribution Game session: several teams, each its own chain, sharing one demand.
class BeerGame final : public Game
{
public:
    // A seat's orders in one week: the first and this many changes less one.
    static constexpr int MaxOrdersPerWeek = 20;

    enum class Phase { Lobby, Running, Paused, Finished };

    BeerGame(const BeerConfig &config, quint64 seed);

    Result<Decision> decide(const Command &cmd, const Actor &who, qint64 nowMs) const override;
    void apply(const Event &event, qint64 atMs) override;
    QJsonObject viewFor(const Actor &who) const override;
    quint64 viewVersion(const Actor &who) const override;
    // A player's group is their team (index from 0); a facilitator has none.
    int viewGroupOf(const Actor &who) const override;
    quint64 viewVersionOfGroup(int group) const override;
    QStringList appendOnlyViewFields() const override { return {QStringLiteral("history")}; }
    std::optional<qint64> nextDeadline() const override;
    QList<Event> onDeadline(qint64 nowMs) const override;
    Result<QList<Event>> pauseEvents(bool pause, qint64 nowMs) const override;
    Result<QList<Event>> leaveEvents(const Actor &who, qint64 nowMs) const override;
    QList<ChainIntent> chainIntents(const StoredEvent &event) const override;
    Status deletable() const override;
    QJsonObject config() const override { return m_config.toJson(); }
    QJsonObject summary() const override;
    QJsonObject openSeats() const override;
    QJsonObject history() const override;
    QList<QStringList> historyTable() const override;

    Phase phase() const { return m_phase; }
    int teamCount() const { return int(m_teams.size()); }
    const SupplyChain &chain(int team) const { return m_teams.at(team - 1).chain; }
    const QList<int> &customerDemand() const { return m_demand; }

private:
    struct Seat
    {
        QString playerId;
        QString name;
        QString botOverride;        // set when the facilitator handed the seat to a bot
        std::optional<int> pending; // this week's order, replaceable until the week resolves
        int ordersThisWeek = 0;     // 2 and more: the order was replaced (recorded on chain with the week)
        QHash<QString, int> clientOrders; // client order id -> week, for idempotent resends

        bool humanPlays() const { return !playerId.isEmpty() && botOverride.isEmpty(); }
    };
    struct Team
    {
        explicit Team(SupplyChain c) : chain(std::move(c)) {}

        SupplyChain chain;
        std::array<Seat, RoleCount> seats;
        // Roles whose order of the week resolved last was a replacement: it is recorded on chain
        // with the week, not each time it changed.
        std::array<bool, RoleCount> revisedInLastWeek{};
        // Each role's resolved weeks as the player view sends them: grown one week at a time
        // instead of rebuilt for every push.
        std::array<QJsonArray, RoleCount> historyJson;
        qint64 weekOpenedAt = 0;
        quint64 version = 0;      // anything in the team changed
        quint64 seatsVersion = 0; // who plays which seat changed
        quint64 weekVersion = 0;  // the open week's numbers changed
        // Parts of the player views, rebuilt only when their own version moved: an order
        // changes who has ordered, not the seats or the week's numbers.
        mutable quint64 seatsCachedAt = ~quint64(0);
        mutable QJsonObject seatsJson;
        mutable quint64 currentCachedAt = ~quint64(0);
        mutable std::array<QJsonValue, RoleCount> currentJson;
    };

    Result<Decision> decideJoin(const QJsonObject &d) const;
    Result<Decision> decideOrder(const QJsonObject &d, const Actor &who) const;
    Result<Decision> decideAdvance(const QJsonObject &d) const;
    Result<Decision> decideCorrection(const QJsonObject &d) const;
    Result<Decision> decideSeatControl(const QJsonObject &d) const;
    Result<Decision> decideRelease(int team, const QString &role) const;
    Result<const Team *> runningTeam(int team) const;

    // Whether a team should resolve now that `seat` of it looks like `changed`.
    bool readyToResolve(const Team &team, int seat, const Seat &changed) const;
    // Whether every seat a person plays has ordered (and someone does), whatever the phase.
    bool humansHaveOrdered(const Team &team, int seat, const Seat &changed) const;
    // The week.resolved event for a team: players' orders where given, bots' elsewhere.
    Event resolution(int team, int seat = -1, const Seat *changed = nullptr) const;

    QJsonObject facilitatorView() const;
    QJsonObject playerView(const Actor &who) const;
    void touch(Team &team);

    BeerConfig m_config;
    QList<int> m_demand;
    std::vector<Team> m_teams;
    Phase m_phase = Phase::Lobby;
    qint64 m_pausedAt = 0;       // while paused: week timers resume with the time they had left
    quint64 m_version = 0;       // any change
    quint64 m_sharedVersion = 0; // changes every player sees (phase)
    QJsonObject m_costsJson;
};

} // namespace steward::beer
