// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SovereignConfig.h"
#include "SovereignMap.h"
#include "SovereignRandom.h"
#include "SovereignShown.h"
#include "server/core/ChangeStamps.h"
#include "server/core/Game.h"

#include <QByteArray>
#include <QSet>

#include <map>
#include <vector>

namespace steward::sovereign {

// Sovereign Lines' wire names (docs/protocol.md, docs/games/territory.md).
namespace SovereignCommands {
inline constexpr QStringView Pick = u"sovereign.pick";     // {region?, colour?}: in the lobby
inline constexpr QStringView Attack = u"sovereign.attack"; // {from, to, share}
inline constexpr QStringView Move = u"sovereign.move";     // {from, to, share}
inline constexpr QStringView Ally = u"sovereign.ally";     // {player}: ask, or accept a request
inline constexpr QStringView Unally = u"sovereign.unally"; // {player}
inline constexpr QStringView Start = u"game.start";
inline constexpr QStringView End = u"game.end";
}
namespace SovereignEvents {
inline constexpr QStringView Picked = u"sovereign.picked";     // {player, region?, colour?}
inline constexpr QStringView Started = u"sovereign.started";   // {}
inline constexpr QStringView Sent = u"sovereign.sent";         // {player, from, to, troops, attack}
inline constexpr QStringView AllyAsked = u"sovereign.allyAsked"; // {from, to}
inline constexpr QStringView Allied = u"sovereign.allied";     // {a, b}
inline constexpr QStringView AllyBroken = u"sovereign.allyBroken"; // {a, b}
inline constexpr QStringView Ended = u"sovereign.ended";       // {reason, standings, inputHash}
}

// One match: a map, its players and the troops on it. Commands become events (a send, an
// alliance); ticks grow troops, land marches, fight and run the bots, all from the seed, so
// the match is its configuration, seed and events (docs/games/territory.md).
class SovereignGame final : public Game
{
public:
    enum class Phase : quint8 { Lobby, Running, Over };
    // As views and summaries name it: "lobby", "running", "over".
    static QString phaseName(Phase p);

    struct Player
    {
        QString id; // empty for a bot
        QString name;
        int colour = 0;
        BotStrength bot = BotStrength::None;
        int start = -1; // the region picked or given
        bool alive = true;
        qint64 outAtTick = -1; // when eliminated
        QSet<int> allies;
    };
    struct Holding
    {
        int owner = -1; // a player's number, or -1: neutral
        int troops = 0;
        qint64 micro = 0; // growth not yet a whole troop
    };
    struct March
    {
        qint64 id = 0;
        int owner = 0;
        int from = 0;
        int to = 0;
        int troops = 0;
        qint64 arrivesAt = 0; // tick
        bool attack = true;
    };

    SovereignGame(SovereignConfig config, quint64 seed);

    Result<Decision> decide(const Command &cmd, const Actor &who, qint64 nowMs) const override;
    void apply(const Event &event, qint64 atMs) override;
    int tickIntervalMs() const override { return m_config.tickMs; }
    void tick(qint64 tickNo) override;

    QJsonObject viewFor(const Actor &who) const override;
    quint64 viewVersion(const Actor &) const override { return m_version; }
    // Nothing is hidden: every player and the projector see the same map.
    QString sharedViewKey(const Actor &) const override { return QStringLiteral("all"); }
    QStringList keyedViewFields() const override;
    // Told from what changed since (SovereignView.cpp), for watchers up to 400 versions behind
    // (ChangeStamps' default: a version is a tick or an event, so 20 s of ticks at 20 Hz or less).
    std::optional<ViewChange> viewChangeSince(const Actor &who, quint64 sinceVersion) const override;
    // Ticks reach players at their own pace; the recovery point is one commit window.
    bool viewsWaitForDisk() const override { return false; }

    // A finished match records its result and the hashes that let anyone check it
    // (SovereignLinesResults.recordMatch).
    QList<ChainIntent> chainIntents(const StoredEvent &event) const override;

    Result<QList<Event>> pauseEvents(bool pause, qint64 nowMs) const override;
    Result<QList<Event>> leaveEvents(const Actor &who, qint64 nowMs) const override;
    std::optional<qint64> nextDeadline() const override;
    QList<Event> onDeadline(qint64 nowMs) const override;

    QJsonObject snapshot() const override;
    Status restore(const QJsonObject &state) override;
    // SHA-256 of the snapshot's compact text: equal states, equal hashes (replays compare these).
    QByteArray stateHash() const;
    // Checkpoints at the start and every 5 s of the match (with the timeline), as
    // [[match tick, hex], ...]: SHA-256 of the checkpoint before (32 bytes; none for the first)
    // followed by the compact text of coreSnapshot(). A replay must reach every one.
    QJsonArray checkpointsJson() const;
    // The snapshot without what follows from it and grows with the match: the timelines and the
    // checkpoints.
    QJsonObject coreSnapshot() const;

    Status deletable() const override;
    QJsonObject config() const override { return m_config.toJson(); }
    QJsonObject summary() const override;
    QJsonObject openSeats() const override;
    QJsonObject history() const override;
    QList<QStringList> historyTable() const override;

    // For the rules' tests and the bots: the state as it stands.
    Phase phase() const { return m_phase; }
    const SovereignMap &map() const { return m_map; }
    const std::vector<Player> &players() const { return m_players; }
    const std::vector<Holding> &holdings() const { return m_holdings; }
    const std::vector<March> &marches() const { return m_marches; }
    qint64 matchTick() const { return m_phase == Phase::Lobby ? 0 : m_tick - m_startTick; }
    int playerOf(const QString &playerId) const;
    // The seed of the match's random numbers (starts, luck, bots) for a game's seed.
    static quint64 randomSeed(quint64 gameSeed);
    bool allied(int a, int b) const;
    QByteArray inputHash() const { return m_inputHash; }
    // Standings: player numbers, best first (land hexes held, then troops, then who lasted longer).
    std::vector<int> standings() const;

private:
    friend class SovereignBots;

    Result<Decision> decidePick(const QJsonObject &d, int player) const;
    Result<Decision> decideSend(const QJsonObject &d, int player, bool attack) const;
    Result<Decision> decideAlly(const QJsonObject &d, int player, bool ally) const;
    // The troops a send moves now (the same check a bot's send passes).
    Result<int> checkSend(int player, int from, int to, int share, bool attack) const;
    void send(int player, int from, int to, int troops, bool attack);
    void arrive(const March &m);
    void grow();
    void assignStarts();
    void settleEliminations();
    void checkEnd();
    void breakAlliance(int a, int b);
    void record(const Event &event);
    QJsonObject standingsJson() const;
    Event endEvent(const QString &reason) const;
    qint64 ticks(qint64 ms) const { return rules::ticksFor(ms, m_config.tickMs); }
    int landHexes(int player) const;
    int troopsOf(int player) const;
    void sampleTimeline();
    // What players see (SovereignView.cpp): each entity as plain data, and the top-level fields.
    template <typename Visit> void forEachRegionShown(Visit &&visit) const;
    template <typename Visit> void forEachMarchShown(Visit &&visit) const;
    template <typename Visit> void forEachPlayerShown(Visit &&visit) const;
    template <typename Visit> void forEachRequestShown(Visit &&visit) const;
    template <typename Visit> void forEachFieldShown(Visit &&visit) const;
    // Brings the stamps of what changed up to this version.
    void observeView() const;

    SovereignConfig m_config;
    quint64 m_seed;
    SovereignMap m_map;
    SovereignRandom m_random;
    Phase m_phase = Phase::Lobby;
    bool m_paused = false; // the host paused it (game.paused)
    qint64 m_tick = 0;      // ticks the host has run
    qint64 m_startTick = 0; // the tick the match started at
    std::vector<Player> m_players;
    std::vector<Holding> m_holdings;
    std::vector<March> m_marches; // in the order they were sent
    qint64 m_nextMarch = 1;
    std::map<std::pair<int, int>, qint64> m_requests;  // (from, to) -> lapses at tick
    std::map<std::pair<int, int>, qint64> m_cooldowns; // (low, high) -> may ally again at tick
    QString m_endReason; // set by a tick that ended the match; sovereign.ended records it
    std::vector<int> m_finalStandings;
    std::vector<std::vector<int>> m_timeline;       // land hexes per player, every five seconds
    std::vector<std::vector<int>> m_troopsTimeline; // troops per player (marching too), at the same times
    std::vector<std::pair<qint64, QByteArray>> m_checkpoints; // (match tick, state hash), at the same times
    mutable QJsonObject m_mapJson;            // the map as views send it, built once
    // What changed of the view, and when (viewChangeSince); the map never changes.
    mutable ChangeStamps<QString, QJsonValue> m_shownFields;
    mutable ChangeStamps<int, ShownRegion> m_shownRegions;
    mutable ChangeStamps<qint64, ShownMarch> m_shownMarches;
    mutable ChangeStamps<int, ShownPlayer> m_shownPlayers;
    mutable ChangeStamps<QString, qint64> m_shownRequests;
    QByteArray m_inputHash; // chained over every event applied
    quint64 m_version = 0;
};

} // namespace steward::sovereign
