// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Actor.h"
#include "ChainIntent.h"
#include "Event.h"
#include "Result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <optional>

namespace steward {

// Event types every game kind shares; the host indexes players from them.
namespace CoreEvents {
inline constexpr QStringView PlayerJoined = u"player.joined"; // {playerId,name,team,seat,resumeHash}
inline constexpr QStringView PlayerLeft = u"player.left";     // {playerId,team,seat}: its tokens end
inline constexpr QStringView Paused = u"game.paused";         // {}: nothing moves until it resumes
inline constexpr QStringView Resumed = u"game.resumed";       // {}
}
namespace CoreCommands {
// Sent by the host when a player asks for a seat: {playerId,name,team,seat,resumeHash}.
inline constexpr QStringView Join = u"seat.join";
// The facilitator's pause and resume, and a player giving up their seat: the host handles
// these for every kind (Game::pauseEvents, Game::leaveEvents say what else follows).
inline constexpr QStringView Pause = u"game.pause";
inline constexpr QStringView Resume = u"game.resume";
inline constexpr QStringView Leave = u"seat.leave";
}

// What a command amounts to: the events to record, and what to tell the sender.
struct Decision
{
    QList<Event> events;
    QJsonObject reply;
};

// A change of a view as the kind tells it (Game::viewChangeSince): the top-level fields that
// changed, whole; for keyed fields (keyedViewFields), the entries that changed, null for one that
// is gone; and the top-level fields that are gone.
struct ViewChange
{
    QJsonObject fields;
    QJsonObject patched;
    QJsonArray removed;
};

// A game's chain intent, confirmed: on chain (onChain) or, with no chain attached, at once.
struct ChainReceipt
{
    qint64 outboxId = 0;
    QString kind;
    QByteArray callData;
    QString txHash;
    qint64 blockNumber = 0;
    bool onChain = false;
};

// One live game. Knows nothing of sockets, SQL or widgets: it decides what a command means
// (as events), applies events, and tells each actor what it may see.
class Game
{
public:
    virtual ~Game() = default;

    // Validates a command against the current state; returns the events it produces (none for
    // a repeated idempotent command), or an error with nothing changed. Never mutates.
    virtual Result<Decision> decide(const Command &cmd, const Actor &who, qint64 nowMs) const = 0;

    // The only way state changes; also used to replay the log.
    virtual void apply(const Event &event, qint64 atMs) = 0;

    // What this actor may see, and a number that changes whenever that view may have changed,
    // so the sync layer rebuilds only views that moved.
    virtual QJsonObject viewFor(const Actor &who) const = 0;
    virtual quint64 viewVersion(const Actor &who) const = 0;
    // Whose views change together (a team's players), found once when a watcher starts to
    // watch: each change then asks viewVersionOfGroup(group), a lookup, instead of reading the
    // actor's seat again for every watcher. viewVersionOfGroup(viewGroupOf(who)) must equal
    // viewVersion(who). -1 (the default): viewVersion(who) is asked every time.
    virtual int viewGroupOf(const Actor &who) const
    {
        Q_UNUSED(who);
        return -1;
    }
    virtual quint64 viewVersionOfGroup(int group) const
    {
        Q_UNUSED(group);
        return 0;
    }
    // Actors with the same non-empty key see the same view under the same version (a map every
    // player of a real-time game sees whole, or what every facilitator sees). The sync layer then
    // builds, compares and encodes a change once for all of them instead of once per watcher.
    // Empty (the default): every actor's view is its own.
    virtual QString sharedViewKey(const Actor &who) const
    {
        Q_UNUSED(who);
        return {};
    }
    // View fields that are lists only ever appended to (a history): pushed as their new entries.
    virtual QStringList appendOnlyViewFields() const { return {}; }
    // View fields that are objects keyed by entity (a map's cells by id): pushed as the entries
    // that changed, with null for one that is gone, instead of the whole object.
    virtual QStringList keyedViewFields() const { return {}; }
    // The change of the actor's view from `sinceVersion` (a viewVersion it was shown) to now, for
    // a kind that keeps track of what changed (core/ChangeStamps.h): the sync layer then sends it
    // as it is, without building the whole view and comparing it with the last. Nothing (the
    // default) when the kind does not, or no longer can tell (a watcher too far behind): the sync
    // layer then builds the view and compares, or sends it whole.
    virtual std::optional<ViewChange> viewChangeSince(const Actor &who, quint64 sinceVersion) const
    {
        Q_UNUSED(who);
        Q_UNUSED(sinceVersion);
        return std::nullopt;
    }
    // Whether a view waits for the events behind it to be on disk before it is pushed. By
    // default it does: nobody is shown a state a crash could take back. A real-time kind may
    // accept a bounded loss instead (at most one commit window of events, its recovery point,
    // written down with its rules) so that its ticks reach players at their own pace even while
    // the disk is slow. Answers to commands still wait for the commit either way.
    virtual bool viewsWaitForDisk() const { return true; }

    // What an event, just applied, records on chain (see ChainIntent). Called once, when the
    // event is first recorded, never on replay.
    virtual QList<ChainIntent> chainIntents(const StoredEvent &event) const
    {
        Q_UNUSED(event);
        return {};
    }

    // Intent kinds whose confirmation this game waits for (a round may not take bets before its
    // commitment is on chain). Their receipts come to onChainConfirmed exactly once, also after a
    // restart; with no chain attached they come at once, marked not on chain.
    virtual QStringList confirmationKinds() const { return {}; }
    virtual QList<Event> onChainConfirmed(const ChainReceipt &receipt) const
    {
        Q_UNUSED(receipt);
        return {};
    }

    // Pause and resume are the host's: it checks the sender (the facilitator) and the state
    // (not paused twice), records game.paused or game.resumed, and runs no ticks in between.
    // A kind refuses when it cannot pause now (not started, over) and returns what follows
    // in the same decision (events recorded after the host's), e.g. a week a bot completed.
    // What else stops while paused is each kind's to say in apply().
    virtual Result<QList<Event>> pauseEvents(bool pause, qint64 nowMs) const
    {
        Q_UNUSED(pause);
        Q_UNUSED(nowMs);
        return QList<Event>{};
    }
    // A seated player gives up their seat (seat.leave): the host records player.left with the
    // player's id and seat, which ends their tokens; the kind returns what follows it (a bot
    // takes the seat, a week resolves), or refuses.
    virtual Result<QList<Event>> leaveEvents(const Actor &who, qint64 nowMs) const
    {
        Q_UNUSED(who);
        Q_UNUSED(nowMs);
        return QList<Event>{};
    }

    // The earliest timer (week timer, round phase), and the events due when it passes.
    virtual std::optional<qint64> nextDeadline() const = 0;
    virtual QList<Event> onDeadline(qint64 nowMs) const = 0;

    // A real-time game's fixed step, e.g. 50 ms for 20 Hz; 0 (the default) for a game moved only
    // by commands and deadlines. The host then calls tick() at that rate and records nothing
    // for it: each stored event carries the number of ticks run before it, so a replay re-runs
    // the same ticks between the same events and the state depends only on the seed and the
    // events. A tick changes state the way apply() does, deterministically, and never fails.
    virtual int tickIntervalMs() const { return 0; }
    virtual void tick(qint64 tickNo) { Q_UNUSED(tickNo); }

    // The whole state, for start-up to begin from instead of replaying the whole log (the host
    // writes one every so many events, or seconds of ticks). Empty for a game that keeps none.
    // restore() is called on a game fresh from GameKind::create() with the same configuration
    // and seed; an error (a snapshot this build cannot read) makes the host replay the log.
    virtual QJsonObject snapshot() const { return {}; }
    virtual Status restore(const QJsonObject &state)
    {
        Q_UNUSED(state);
        return Error{ErrorCode::Internal, QStringLiteral("This game keeps no snapshots.")};
    }

    // Whether the game may be deleted now (GAME_RUNNING while it runs); the host then forgets it.
    virtual Status deletable() const = 0;

    // The normalized configuration the game was created with.
    virtual QJsonObject config() const = 0;
    // One line for game lists: status, progress, seats.
    virtual QJsonObject summary() const = 0;
    // What anyone holding the join code may see before joining, so that a student picks a free
    // seat instead of finding a taken one after typing everything: the seats and whether each
    // is free, and no names. Empty for a kind whose players take no particular seat.
    virtual QJsonObject openSeats() const { return {}; }
    // The whole history for analytics, and the same as a table (header row first) for CSV.
    virtual QJsonObject history() const = 0;
    virtual QList<QStringList> historyTable() const = 0;
};

} // namespace steward
