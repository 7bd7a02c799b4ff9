// SPDX-License-Identifier: GPL-3.0-or-later
#include "EventStore.h"

#include <QPointer>

#include <QDateTime>

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSet>
#include <QSqlError>

using namespace Qt::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcStore)

namespace steward {

namespace {
Error sqlError(const QString &what, const QSqlError &e)
{
    return Error{ErrorCode::StorageFailed, u"%1: %2"_s.arg(what, e.text())};
}
QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}
} // namespace

EventStore::EventStore(Database &db, QObject *parent)
    : EventJournal(parent), m_db(db), m_writer(std::make_unique<EventWriter>(db))
{
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(0);
    connect(&m_flushTimer, &QTimer::timeout, this, &EventStore::startWriting);
    QSqlQuery q(m_db.handle());
    if (q.exec(u"SELECT MAX(id) FROM audit_log"_s) && q.next())
        m_nextAuditId = q.value(0).toLongLong() + 1;
    if (q.exec(u"SELECT MAX(id) FROM chain_outbox"_s) && q.next())
        m_nextOutboxId = q.value(0).toLongLong() + 1;

    m_writerThread.setObjectName(u"steward-event-writer"_s);
    m_writer->moveToThread(&m_writerThread);
    connect(m_writer.get(), &EventWriter::written, this, &EventStore::finish);
    m_writerThread.start();
    QMetaObject::invokeMethod(m_writer.get(), &EventWriter::open, Qt::QueuedConnection);
}

EventStore::~EventStore()
{
    (void)flush();
    QMetaObject::invokeMethod(m_writer.get(), &EventWriter::close, Qt::BlockingQueuedConnection);
    m_writerThread.quit();
    m_writerThread.wait();
}

Status EventStore::createGame(const GameRow &g)
{
    QSqlQuery q(m_db.handle());
    q.prepare(u"INSERT INTO games (id, kind, config, seed, join_code, created_at, created_by) "
              "VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(g.id);
    q.addBindValue(g.kind);
    q.addBindValue(compact(g.config));
    q.addBindValue(static_cast<qint64>(g.seed)); // stored as the same 64 bits, signed
    q.addBindValue(g.joinCode);
    q.addBindValue(g.createdAt);
    q.addBindValue(g.createdBy);
    if (!q.exec())
        return sqlError(u"Cannot record the new game"_s, q.lastError());
    return Done{};
}

Result<QList<GameRow>> EventStore::games() const
{
    QSqlQuery q(m_db.handle());
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT id, kind, config, seed, join_code, created_at, created_by FROM games WHERE deleted_at IS NULL ORDER BY created_at, id"_s))
        return sqlError(u"Cannot read games"_s, q.lastError());
    QList<GameRow> out;
    while (q.next()) {
        out << GameRow{q.value(0).toString(), q.value(1).toString(),
                       QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object(),
                       static_cast<quint64>(q.value(3).toLongLong()), q.value(4).toString(),
                       q.value(5).toLongLong(), q.value(6).toString()};
    }
    return out;
}

Result<QList<StoredEvent>> EventStore::events(const QString &gameId, qint64 afterSeq, const QStringList &types) const
{
    QSqlQuery q(m_db.handle());
    q.setForwardOnly(true);
    QString sql = u"SELECT seq, at, actor, type, payload, version, tick FROM events WHERE game_id = ? AND seq > ?"_s;
    if (!types.isEmpty()) {
        QStringList marks(types.size(), u"?"_s);
        sql += u" AND type IN (%1)"_s.arg(marks.join(u", "));
    }
    q.prepare(sql + u" ORDER BY seq"_s);
    q.addBindValue(gameId);
    q.addBindValue(afterSeq);
    for (const QString &t : types)
        q.addBindValue(t);
    if (!q.exec())
        return sqlError(u"Cannot read events"_s, q.lastError());
    QList<StoredEvent> out;
    while (q.next()) {
        out << StoredEvent{gameId, q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                           Event{q.value(3).toString(),
                                 QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object(),
                                 q.value(5).toInt()},
                           q.value(6).toLongLong()};
    }
    return out;
}

Result<std::optional<Snapshot>> EventStore::latestSnapshot(const QString &gameId) const
{
    QSqlQuery q(m_db.handle());
    q.setForwardOnly(true);
    q.prepare(u"SELECT seq, tick, at, state FROM snapshots WHERE game_id = ? ORDER BY seq DESC LIMIT 1"_s);
    q.addBindValue(gameId);
    if (!q.exec())
        return sqlError(u"Cannot read snapshots"_s, q.lastError());
    if (!q.next())
        return std::optional<Snapshot>();
    return std::optional<Snapshot>(Snapshot{gameId, q.value(0).toLongLong(), q.value(1).toLongLong(),
                                            q.value(2).toLongLong(),
                                            QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object()});
}

CommitBatch &EventStore::gathering()
{
    if (!m_gathering)
        m_gathering = std::make_shared<CommitBatch>();
    return *m_gathering;
}

void EventStore::append(const StoredEvent &event)
{
    gathering().events.append(event);
    scheduleFlush();
}

void EventStore::appendSnapshot(const Snapshot &snapshot)
{
    gathering().snapshots.append(snapshot);
    scheduleFlush();
}

void EventStore::audit(qint64 atMs, const QString &actor, const QString &action, const QString &detail)
{
    gathering().audit.append(AuditRow{m_nextAuditId++, atMs, actor, action, detail});
    scheduleFlush();
}

qint64 EventStore::appendIntent(const QString &gameId, const ChainIntent &intent, qint64 atMs)
{
    const qint64 id = m_nextOutboxId++;
    gathering().intents.append(OutboxRow{id, gameId, atMs, intent});
    scheduleFlush();
    return id;
}

void EventStore::appendRow(const QString &sql, const QVariantList &values)
{
    gathering().rows.append(SqlRow{sql, values});
    scheduleFlush();
}

RowWriter EventStore::rowWriter(const QString &sql)
{
    auto it = m_statementIds.constFind(sql);
    if (it == m_statementIds.constEnd()) {
        it = m_statementIds.insert(sql, int(m_statements.size()));
        m_statements.append(sql);
    }
    return RowWriter(*this, *it);
}

void EventStore::appendRow(int statement, const QVariantList &values)
{
    appendRow(m_statements.at(statement), values);
}

void EventStore::markGameDeleted(const QString &gameId, qint64 atMs)
{
    appendRow(u"UPDATE games SET deleted_at = ? WHERE id = ?"_s, {atMs, gameId});
}

void EventStore::markIntentDelivered(qint64 outboxId, qint64 atMs)
{
    appendRow(u"UPDATE chain_outbox SET delivered_at = ? WHERE id = ?"_s, {atMs, outboxId});
}

void EventStore::whenDurable(const QObject *context, std::function<void(const Status &)> done)
{
    Q_ASSERT(context);
    done = [guard = QPointer<const QObject>(context), done = std::move(done)](const Status &s) {
        if (guard)
            done(s);
    };
    // The batch written last holds everything appended so far.
    if (m_gathering)
        m_gathering->waiting.append(std::move(done));
    else if (m_writing)
        m_writing->waiting.append(std::move(done));
    else
        done(Done{});
}

void EventStore::scheduleFlush()
{
    if (!m_writing && !m_flushTimer.isActive())
        m_flushTimer.start();
}

void EventStore::startWriting()
{
    m_flushTimer.stop();
    if (m_writing || !m_gathering)
        return;
    m_writing = std::exchange(m_gathering, {});
    QMetaObject::invokeMethod(m_writer.get(), [w = m_writer.get(), batch = m_writing] { w->write(batch); },
                              Qt::QueuedConnection);
}

void EventStore::finish(const std::shared_ptr<CommitBatch> &batch)
{
    // flush() may have finished it already, before its signal arrived.
    if (batch->finished.exchange(true))
        return;
    if (m_writing == batch)
        m_writing.reset();
    QList<std::shared_ptr<CommitBatch>> done{batch};
    if (batch->outcome) {
        m_lastCommitError.clear();
    } else {
        m_lastCommitError = batch->outcome.error().message;
        m_lastCommitFailedAtMs = QDateTime::currentMSecsSinceEpoch();
    }
    if (!batch->outcome) {
        // What gathered behind a failed batch follows games whose memory is now ahead of the
        // disk; they are rebuilt from the disk, so it fails too.
        if (m_gathering) {
            m_gathering->outcome = batch->outcome;
            m_gathering->finished = true;
            done.append(std::exchange(m_gathering, {}));
        }
        qCCritical(lcStore) << "commit failed:" << batch->outcome.error().message;
        QSet<QString> ids;
        for (const auto &b : done) {
            for (const StoredEvent &e : b->events)
                ids.insert(e.gameId);
            if (!b->audit.isEmpty())
                m_nextAuditId = std::min(m_nextAuditId, b->audit.first().id);
            if (!b->intents.isEmpty())
                m_nextOutboxId = std::min(m_nextOutboxId, b->intents.first().id);
        }
        emit commitFailed(ids.values());
    }
    for (const auto &b : done) {
        for (const auto &waiter : std::as_const(b->waiting))
            waiter(b->outcome);
    }
    if (batch->outcome && !batch->intents.isEmpty())
        emit intentsCommitted();
    if (m_gathering)
        startWriting();
}

Status EventStore::flush()
{
    Status outcome = Done{};
    while (m_writing || m_gathering) {
        if (!m_writing)
            startWriting();
        const std::shared_ptr<CommitBatch> batch = m_writing;
        batch->done.acquire();
        finish(batch);
        if (!batch->outcome)
            outcome = batch->outcome;
    }
    return outcome;
}

Result<QString> EventStore::setting(const QString &key) const
{
    QSqlQuery q(m_db.handle());
    q.prepare(u"SELECT value FROM settings WHERE key = ?"_s);
    q.addBindValue(key);
    if (!q.exec())
        return sqlError(u"Cannot read a setting"_s, q.lastError());
    return q.next() ? q.value(0).toString() : QString();
}

Status EventStore::setSetting(const QString &key, const QString &value)
{
    QSqlDatabase h = m_db.handle();
    QSqlQuery q(h);
    q.prepare(u"DELETE FROM settings WHERE key = ?"_s);
    q.addBindValue(key);
    if (!h.transaction() || !q.exec())
        return sqlError(u"Cannot write a setting"_s, q.lastError());
    q.prepare(u"INSERT INTO settings (key, value) VALUES (?, ?)"_s);
    q.addBindValue(key);
    q.addBindValue(value);
    if (!q.exec() || !h.commit()) {
        const QSqlError e = q.lastError();
        h.rollback();
        return sqlError(u"Cannot write a setting"_s, e);
    }
    return Done{};
}

Result<QList<QJsonObject>> EventStore::auditLog(int limit) const
{
    QSqlQuery q(m_db.handle());
    q.prepare(u"SELECT id, at, actor, action, detail FROM audit_log ORDER BY id DESC LIMIT ?"_s);
    q.addBindValue(limit);
    if (!q.exec())
        return sqlError(u"Cannot read the audit log"_s, q.lastError());
    QList<QJsonObject> out;
    while (q.next()) {
        out << QJsonObject{{u"id"_s, q.value(0).toLongLong()}, {u"at"_s, q.value(1).toLongLong()},
                           {u"actor"_s, q.value(2).toString()}, {u"action"_s, q.value(3).toString()},
                           {u"detail"_s, q.value(4).toString()}};
    }
    return out;
}

} // namespace steward
