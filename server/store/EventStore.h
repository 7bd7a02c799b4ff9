// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Database.h"
#include "EventWriter.h"
#include "UnitOfWork.h"
#include "server/core/EventJournal.h"

#include <QHash>
#include <QObject>
#include <QStringList>
#include <QThread>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

namespace steward {

// The append-only log of every game's events, plus the host's audit trail (the core's
// EventJournal, in SQL).
// Appends are committed together in one transaction (group commit) by an EventWriter on a
// thread of its own: while one batch is being written the next one gathers, so durability
// does not cap throughput and the event loop never waits for the disk. Callers that must not
// answer before their events are on disk wait with whenDurable().
class EventStore : public EventJournal, public UnitOfWork
{
    Q_OBJECT
public:
    explicit EventStore(Database &db, QObject *parent = nullptr);
    ~EventStore() override;

    Status createGame(const GameRow &game) override;
    Result<QList<GameRow>> games() const override;
    Result<QList<StoredEvent>> events(const QString &gameId, qint64 afterSeq = 0,
                                      const QStringList &types = {}) const override;
    Result<std::optional<Snapshot>> latestSnapshot(const QString &gameId) const override;

    void append(const StoredEvent &event) override;
    void appendSnapshot(const Snapshot &snapshot) override;
    void audit(qint64 atMs, const QString &actor, const QString &action, const QString &detail) override;
    qint64 appendIntent(const QString &gameId, const ChainIntent &intent, qint64 atMs) override;
    void markGameDeleted(const QString &gameId, qint64 atMs) override;
    void markIntentDelivered(qint64 outboxId, qint64 atMs) override;
    RowWriter rowWriter(const QString &sql) override;
    void whenDurable(const QObject *context, std::function<void(const Status &)> done) override;
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
    // A committed batch held chain intents: the outbox has new rows to send.
    void intentsCommitted();

protected:
    void appendRow(int statement, const QVariantList &values) override;

private:
    // A row of some other table in the same commit as the events appended with it.
    void appendRow(const QString &sql, const QVariantList &values);
    CommitBatch &gathering();
    void scheduleFlush();
    void startWriting();
    void finish(const std::shared_ptr<CommitBatch> &batch);

    Database &m_db;
    QStringList m_statements;           // the row writers' statements, by writer
    QHash<QString, int> m_statementIds; // and the other way
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
