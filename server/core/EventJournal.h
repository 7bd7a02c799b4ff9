// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChainIntent.h"
#include "Event.h"
#include "Result.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QStringList>

#include <functional>
#include <optional>

namespace steward {

// A game as the journal keeps it: what it was created from.
struct GameRow
{
    QString id;
    QString kind;
    QJsonObject config;
    quint64 seed = 0;
    QString joinCode;
    qint64 createdAt = 0;
    QString createdBy;
};

// What GameHost writes and reads: the games' log, their snapshots, the chain outbox and the
// audit trail. The core sees only this; the store (store/EventStore) is one implementation,
// with SQL behind it, and the core links Qt Core alone.
//
// Appends are queued for the next group commit, in order; whenDurable() waits for them.
class EventJournal : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    virtual Status createGame(const GameRow &game) = 0; // committed at once
    virtual Result<QList<GameRow>> games() const = 0;
    // A game's events after `afterSeq`, in order; of the given types only, if any are given.
    virtual Result<QList<StoredEvent>> events(const QString &gameId, qint64 afterSeq = 0,
                                              const QStringList &types = {}) const = 0;
    // The game's latest snapshot, or none.
    virtual Result<std::optional<Snapshot>> latestSnapshot(const QString &gameId) const = 0;

    virtual void append(const StoredEvent &event) = 0;
    // A game's snapshot, in the same commit as the events it follows; older ones go.
    virtual void appendSnapshot(const Snapshot &snapshot) = 0;
    virtual void audit(qint64 atMs, const QString &actor, const QString &action, const QString &detail) = 0;
    // Queues a chain intent in the transaction outbox, committed with the events around it.
    // Returns the outbox row's id.
    virtual qint64 appendIntent(const QString &gameId, const ChainIntent &intent, qint64 atMs) = 0;
    // The game is deleted (it is not loaded again), in the same commit as what follows.
    virtual void markGameDeleted(const QString &gameId, qint64 atMs) = 0;
    // An outbox row's confirmation reached its game, in the same commit as the game's reaction.
    virtual void markIntentDelivered(qint64 outboxId, qint64 atMs) = 0;
    // Runs `done` once everything appended so far is committed (or has failed to be), unless
    // `context` has been destroyed by then (as with QObject::connect): a callback never runs
    // on an object that is gone, whatever the order of destruction at shutdown.
    virtual void whenDurable(const QObject *context, std::function<void(const Status &)> done) = 0;

signals:
    // A batch failed to commit: these games' in-memory state is ahead of the disk.
    void commitFailed(const QStringList &gameIds);
};

} // namespace steward
