// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Database.h"
#include "EventWriter.h"
#include "core/Event.h"

#include <QObject>
#include <QThread>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

namespace steward {

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

// The append-only log of every game's events, plus the host's audit trail.
// Appends are committed together in one transaction (group commit) by an EventWriter on a
// thread of its own: while one batch is being written the next one gathers, so durability
// does not cap throughput and the event loop never waits for the disk. Callers that must not
// answer before their events are on disk wait with whenDurable().
class EventStore : public QObject
{
    Q_OBJECT
public:
    explicit EventStore(Database &db, QObject *parent = nullptr);
    ~EventStore() override;

    Status createGame(const GameRow &game); // committed at once
    Result<QList<GameRow>> games() const;
    // A game's events after `afterSeq`, in order; of the given types only, if any are given.
    Result<QList<StoredEvent>> events(const QString &gameId, qint64 afterSeq = 0,
                                      const QStringList &types = {}) const;
    // The game's latest snapshot, or none.
    Result<std::optional<Snapshot>> latestSnapshot(const QString &gameId) const;

    void append(const StoredEvent &event);
    // Writes a game's snapshot in the same commit as the events it follows; older ones go.
    void appendSnapshot(const Snapshot &snapshot);
    void audit(qint64 atMs, const QString &actor, const QString &action, const QString &detail);
    // Queues a chain intent in the transaction outbox, committed with the events around it.
    // Returns the outbox row's id.
    qint64 appendIntent(const QString &gameId, const ChainIntent &intent, qint64 atMs);
    // Writes a row of some other table in the same commit as the events appended with it:
    // `sql` is an INSERT or UPDATE with ? placeholders, prepared once per distinct text.
    void appendRow(const QString &sql, const QVariantList &values);
    // Runs `done` once everything appended so far is committed (or has failed to be), unless
    // `context` has been destroyed by then (as with QObject::connect): a callback never runs
    // on an object that is gone, whatever the order of destruction at shutdown.
    void whenDurable(const QObject *context, std::function<void(const Status &)> done);
    // Commits everything appended so far, waiting for it; returns the outcome.
    Status flush();
    bool hasPending() const { return m_gathering || m_writing; }
    // How the last commit went, for /api/health: empty when it succeeded (or none was tried),
    // else the database's error; and when it failed (ms since the epoch).
    QString lastCommitError() const { return m_lastCommitError; }
    qint64 lastCommitFailedAtMs() const { return m_lastCommitFailedAtMs; }
    bool isWriting() const { return bool(m_writing); } // a batch is with the writer thread

    Database &database() const { return m_db; }
    Result<QString> setting(const QString &key) const; // empty string if unset
    Status setSetting(const QString &key, const QString &value);
    Result<QList<QJsonObject>> auditLog(int limit) const;

signals:
    // A batch failed to commit: these games' in-memory state is ahead of the disk.
    void commitFailed(const QStringList &gameIds);
    // A committed batch held chain intents: the outbox has new rows to send.
    void intentsCommitted();

private:
    CommitBatch &gathering();
    void scheduleFlush();
    void startWriting();
    void finish(const std::shared_ptr<CommitBatch> &batch);

    Database &m_db;
    std::shared_ptr<CommitBatch> m_gathering; // appends land here
    std::shared_ptr<CommitBatch> m_writing;   // at most one batch with the writer
    QTimer m_flushTimer;
    QString m_lastCommitError;
    qint64 m_lastCommitFailedAtMs = 0;
    qint64 m_nextAuditId = 1;
    qint64 m_nextOutboxId = 1;
    QThread m_writerThread;
    std::unique_ptr<EventWriter> m_writer;
};

} // namespace steward
