// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Database.h"
#include "core/Event.h"

#include <QObject>
#include <QSqlQuery>
#include <QTimer>

#include <functional>
#include <memory>

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
// Appends made during one turn of the event loop are committed together in one transaction
// (group commit), so durability does not cap throughput; callers that must not answer before
// their events are on disk wait with whenDurable().
class EventStore : public QObject
{
    Q_OBJECT
public:
    explicit EventStore(Database &db, QObject *parent = nullptr);

    Status createGame(const GameRow &game); // committed at once
    Result<QList<GameRow>> games() const;
    Result<QList<StoredEvent>> events(const QString &gameId) const;

    void append(const StoredEvent &event);
    void audit(qint64 atMs, const QString &actor, const QString &action, const QString &detail);
    // Runs `done` once everything appended so far is committed (or has failed to be).
    void whenDurable(std::function<void(const Status &)> done);
    // Commits what is pending now; returns the outcome.
    Status flush();
    bool hasPending() const { return !m_pending.isEmpty() || !m_pendingAudit.isEmpty(); }

    Result<QString> setting(const QString &key) const; // empty string if unset
    Status setSetting(const QString &key, const QString &value);
    Result<QList<QJsonObject>> auditLog(int limit) const;

signals:
    // A batch failed to commit: these games' in-memory state is ahead of the disk.
    void commitFailed(const QStringList &gameIds);

private:
    struct AuditRow
    {
        qint64 atMs;
        QString actor, action, detail;
    };
    void scheduleFlush();

    Database &m_db;
    QList<StoredEvent> m_pending;
    QList<AuditRow> m_pendingAudit;
    QList<std::function<void(const Status &)>> m_waiting;
    QTimer m_flushTimer;
    qint64 m_nextAuditId = 1;
    // Prepared once: every flush binds and runs them.
    std::unique_ptr<QSqlQuery> m_insertEvent;
    std::unique_ptr<QSqlQuery> m_insertAudit;
};

} // namespace steward
