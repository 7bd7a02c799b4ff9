// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Clock.h"
#include "DeadlineQueue.h"
#include "Game.h"
#include "GameRegistry.h"
#include "TamperWatch.h"
#include "TickStats.h"
#include "SubmitOutcome.h"
#include "TokenBucket.h"

#include <QHash>
#include <QJsonArray>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <functional>
#include <map>
#include <memory>

namespace steward {

class EventJournal;

struct PlayerRecord
{
    QString playerId;
    QString gameId;
    QString name;
    QJsonObject seat; // the kind's description (Actor::seat)

    Actor actor() const { return Actor{ActorRole::Player, playerId, gameId, seat}; }
};

struct JoinRequest
{
    QString joinCode;
    QString name;
    QJsonObject seat; // the seat asked for, in the kind's terms (the join's other fields)
    QString wallet; // checksummed address of a wallet-signed-in player, recorded in the event; or empty
};

struct Joined
{
    PlayerRecord player;
    QString resumeToken; // shown to the player once; the log keeps only its fingerprint
};

// The authoritative home of every live game. Runs the path of one command: decide, append
// the events to the store, apply them, tell listeners. Rebuilds games from the store at start
// and drives their timers from the injected clock.
class GameHost : public QObject
{
    Q_OBJECT
public:
    GameHost(EventJournal &journal, const GameRegistry &kinds, const Clock &clock, QObject *parent = nullptr);

    // Replays every stored game; returns how many events were applied. No game's clock runs
    // yet: a deadline that passed while the host was down must not fire before every listener
    // (the money's books, the archive, the chain) is connected. Call startClock() for that.
    Result<qint64> load();
    // Lets the games' timers run from now on; what came due while the host was down runs at once.
    void startClock();
    bool isClockRunning() const { return m_clockRunning; }

    Result<QString> createGame(const QString &kind, const QJsonObject &config, const Actor &by);
    Result<Joined> join(const JoinRequest &request);
    // Validates and applies a command; its events are queued for the next group commit.
    Result<SubmitOutcome> submit(const QString &gameId, const Command &cmd, const Actor &who);
    // Parses a wire message with the game's kind, then submits it.
    Result<SubmitOutcome> submitWire(const QString &gameId, const QString &type, const QJsonObject &data,
                                     const Actor &who);

    // Forgets a game that is not running (Game::deletable): its join code, players and tokens
    // end, and it is not loaded again. Its events stay in the log, for the audit trail.
    Status deleteGame(const QString &gameId, const Actor &by);

    const Game *game(const QString &gameId) const;
    QString kindOf(const QString &gameId) const;
    QString joinCode(const QString &gameId) const;
    QString gameForJoinCode(const QString &code) const;
    QStringList gameIds() const;
    QJsonObject summary(const QString &gameId) const;
    // Every game's summary: the facilitator's list of games (GET /api/games, the lobby channel).
    QJsonArray summaries() const;
    // What the join page may show for a join code before anyone joins (Game::openSeats), with
    // the game's kind, so that the page can send a student to the right player page.
    Result<QJsonObject> openSeats(const QString &joinCode) const;
    QJsonObject viewFor(const QString &gameId, const Actor &who) const;
    // Who sees the same view as `who` (Game::sharedViewKey, told apart by what viewFor() adds for
    // a facilitator); empty: a view of its own.
    QString sharedViewKey(const QString &gameId, const Actor &who) const;
    const PlayerRecord *player(const QString &playerId) const;
    const PlayerRecord *playerByResumeToken(const QString &resumeToken) const;
    // A player token is honoured only while its seat is still that player's.
    Status checkPlayer(const Actor &who) const;

    // With a chain attached, every new event's chain intents join the outbox (off by default).
    void setRecordingChainIntents(bool on) { m_recordChainIntents = on; }
    bool isRecordingChainIntents() const { return m_recordChainIntents; }
    // Games whose intents wait on the chain past its bound: their players' commands are refused
    // with CHAIN_BACKLOG (the facilitator's and the games' own timers go on). The bridge says.
    void setChainBacklogged(QSet<QString> gameIds) { m_chainBacklogged = std::move(gameIds); }

    // Runs every game's timers that are due now. The host's timer calls it; so may a test that
    // moves a manual clock.
    void runDeadlines();
    // Runs the ticks every real-time game is due by now (Game::tickIntervalMs). Each such game's
    // own timer calls it for its game; so may a test that moves a manual clock.
    void runTicks();

    // A snapshot of a game is written after this many events since its last one, and a
    // real-time game's after this much time of ticks (Game::snapshot).
    void setSnapshotInterval(qint64 events, qint64 tickedMs);
    // Writes a snapshot of every game that changed since its last one (at a clean stop, so the
    // next start neither replays nor loses a real-time game's last ticks).
    void snapshotAll();
    // Ticks a real-time game has run (0 for others).
    qint64 ticksRun(const QString &gameId) const;

    // A chain intent of one of the games was confirmed: the game hears of it once (its reaction
    // and the delivery mark commit together). With a chain attached, the bridge calls this.
    void deliverConfirmation(const QString &gameId, const ChainReceipt &receipt);
    // Intent kinds some live game waits for, for the bridge to re-deliver after a restart.
    QStringList confirmationKinds() const;

    // Where the games are written; the store behind it is the runtime's (HostRuntime::store).
    EventJournal &journal() { return m_journal; }
    const Clock &clock() const { return m_clock; }
    const GameRegistry &kinds() const { return m_kinds; }

signals:
    void gameChanged(const QString &gameId);
    void eventsApplied(const QString &gameId, const QList<StoredEvent> &events);
    // A player gave up or lost their seat: their tokens no longer work.
    void playerLeft(const QString &playerId);
    // A game was deleted; game(gameId) is null from now on.
    void gameDeleted(const QString &gameId);
    // A real-time game ran one or more ticks: its views may have changed, with nothing written.
    void ticked(const QString &gameId);
    // A player was refused in a way the kind's own client never is (TamperWatch).
    void playerFlagged(const QString &gameId, const QString &playerId);

public:
    // Per kind, how long its games' ticks took (for GET /metrics).
    const QHash<QString, TickStats> &tickStats() const { return m_tickStats; }
    // Players whose refusals only a modified client causes (GameKind::tamperingCodes).
    const TamperWatch &tampering() const { return m_tampering; }

private:
    struct Live
    {
        QString kind;
        QString joinCode;
        quint64 seed = 0;
        std::unique_ptr<Game> game;
        qint64 nextSeq = 1;
        QStringList confirmationKinds; // the game's, asked once
        qint64 createdAt = 0;
        qint64 timeScale = 1; // game time runs this many times faster than the wall's
        // Real-time games: ticks run, and when tick 0 was (wall time, moved so that a host that
        // was down or fell behind does not race through the gap).
        qint64 tick = 0;
        qint64 tickOrigin = 0;
        std::unique_ptr<QTimer> ticker;
        // The last snapshot: after which event and tick; whether the game keeps them at all.
        qint64 snapshotSeq = 0;
        qint64 snapshotTick = 0;
        bool keepsSnapshots = true;
        QHash<QString, RateBudget> budgets; // the kind's, by command type
        bool paused = false;                 // game.paused more recently than game.resumed
    };

    // Creates the game afresh from its configuration and seed and applies its stored events.
    Status replay(const QString &gameId, Live &live, const QJsonObject &config, bool indexPlayers);

    void applyAndRecord(const QString &gameId, Live &live, const QList<Event> &events, const QString &actor);
    // Game time: the wall's, run `timeScale` times faster from the game's creation.
    qint64 gameTime(const Live &live, qint64 wallMs) const;
    qint64 wallTime(const Live &live, qint64 gameMs) const;
    void scheduleDeadline(const QString &gameId, const Live &live);
    void startTicking(const QString &gameId, Live &live);
    void runTicks(const QString &gameId, Live &live);
    void maybeSnapshot(const QString &gameId, Live &live, bool force = false);
    void index(const QString &gameId, const GameKind &kind, const Event &e);
    Status rebuild(const QString &gameId);
    void armDeadlineTimer();
    QString newJoinCode() const;
    Status spendBudget(const Live &live, const QString &type, const QString &playerId);
    void watchForTampering(const QString &gameId, const QString &type, const QJsonObject &data, const Error &refusal,
                           const Actor &who);
    // Follows game.paused / game.resumed: a paused game runs no ticks.
    void notePause(Live &live, const Event &e, qint64 wallNow);

    EventJournal &m_journal;
    const GameRegistry &m_kinds;
    const Clock &m_clock;
    std::map<QString, Live> m_games;
    QHash<QString, QString> m_joinCodes;   // join code -> game id
    QHash<QString, PlayerRecord> m_players;  // player id -> record
    QHash<QString, QString> m_resumeTokens;  // fingerprint -> player id
    QTimer m_deadlineTimer;
    DeadlineQueue m_deadlines; // each game's next deadline, earliest first
    bool m_clockRunning = false;
    bool m_recordChainIntents = false;
    QSet<QString> m_chainBacklogged;
    QList<QueuedIntent> m_commandIntents; // the chain intents of the command being submitted
    // What each player has left of each budgeted command type: player id -> type -> bucket.
    QHash<QString, QHash<QString, TokenBucket>> m_spent;
    qint64 m_snapshotEveryEvents = 1000;
    qint64 m_snapshotEveryTickedMs = 5000;
    QHash<QString, TickStats> m_tickStats;
    TamperWatch m_tampering;
};

} // namespace steward
