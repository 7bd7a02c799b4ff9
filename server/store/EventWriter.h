// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/core/ChainIntent.h"
#include "server/core/Event.h"
#include "server/core/Result.h"

#include <QHash>
#include <QObject>
#include <QSemaphore>
#include <QSqlQuery>
#include <QVariantList>

#include <atomic>
#include <functional>
#include <memory>

namespace steward {

class Database;

struct OutboxRow
{
    qint64 id = 0;
    QString gameId;
    qint64 atMs = 0;
    ChainIntent intent;
};

// A row some part of the host writes in the same transaction as the events around it
// (ledger postings, wallet calls): a statement with ? placeholders and its values.
struct SqlRow
{
    QString sql;
    QVariantList values;
};

struct AuditRow
{
    qint64 id = 0;
    qint64 atMs = 0;
    QString actor, action, detail;
};

// What one group commit writes, and what waits for it. Filled on the host's thread, written
// on the writer's; `done` is released once `outcome` is set.
struct CommitBatch
{
    QList<StoredEvent> events;
    QList<AuditRow> audit;
    QList<OutboxRow> intents;
    QList<SqlRow> rows;
    QList<Snapshot> snapshots;
    QList<std::function<void(const Status &)>> waiting;
    Status outcome = Done{};
    QSemaphore done;
    std::atomic_bool finished = false; // its waiters have run, on the host's thread
};

// Writes commit batches on a thread of its own, through its own database connection, so
// neither SQLite's work nor a PostgreSQL round trip ever holds up the event loop that
// serves players. Batches are written one after another, in the order they are given.
class EventWriter : public QObject
{
    Q_OBJECT
public:
    explicit EventWriter(const Database &db);
    ~EventWriter() override;

    // Both run on the writer's thread.
    void open();
    void write(const std::shared_ptr<CommitBatch> &batch);
    void close();

signals:
    void written(std::shared_ptr<steward::CommitBatch> batch);

private:
    Status commit(const CommitBatch &batch);

    const Database &m_db;
    QString m_connection;
    Status m_openError = Done{};
    std::unique_ptr<QSqlQuery> m_insertEvent;
    std::unique_ptr<QSqlQuery> m_insertAudit;
    std::unique_ptr<QSqlQuery> m_insertIntent;
    std::unique_ptr<QSqlQuery> m_insertSnapshot;
    std::unique_ptr<QSqlQuery> m_dropOldSnapshots;
    QHash<QString, std::shared_ptr<QSqlQuery>> m_prepared; // SqlRow statements, by text
};

} // namespace steward
