// SPDX-License-Identifier: GPL-3.0-or-later
#include "EventStore.h"

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

EventStore::EventStore(Database &db, QObject *parent) : QObject(parent), m_db(db)
{
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(0);
    connect(&m_flushTimer, &QTimer::timeout, this, [this] { (void)flush(); });
    QSqlQuery q(m_db.handle());
    if (q.exec(u"SELECT MAX(id) FROM audit_log"_s) && q.next())
        m_nextAuditId = q.value(0).toLongLong() + 1;
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
    if (!q.exec(u"SELECT id, kind, config, seed, join_code, created_at, created_by FROM games ORDER BY created_at, id"_s))
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

Result<QList<StoredEvent>> EventStore::events(const QString &gameId) const
{
    QSqlQuery q(m_db.handle());
    q.setForwardOnly(true);
    q.prepare(u"SELECT seq, at, actor, type, payload FROM events WHERE game_id = ? ORDER BY seq"_s);
    q.addBindValue(gameId);
    if (!q.exec())
        return sqlError(u"Cannot read events"_s, q.lastError());
    QList<StoredEvent> out;
    while (q.next()) {
        out << StoredEvent{gameId, q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                           Event{q.value(3).toString(),
                                 QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object()}};
    }
    return out;
}

void EventStore::append(const StoredEvent &event)
{
    m_pending.append(event);
    scheduleFlush();
}

void EventStore::audit(qint64 atMs, const QString &actor, const QString &action, const QString &detail)
{
    m_pendingAudit.append(AuditRow{atMs, actor, action, detail});
    scheduleFlush();
}

void EventStore::whenDurable(std::function<void(const Status &)> done)
{
    if (!hasPending()) {
        done(Done{});
        return;
    }
    m_waiting.append(std::move(done));
}

void EventStore::scheduleFlush()
{
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

Status EventStore::flush()
{
    m_flushTimer.stop();
    if (!hasPending())
        return Done{};
    const QList<StoredEvent> batch = std::exchange(m_pending, {});
    const QList<AuditRow> auditBatch = std::exchange(m_pendingAudit, {});
    const auto waiting = std::exchange(m_waiting, {});

    QSqlDatabase h = m_db.handle();
    Status outcome = Done{};
    if (!h.transaction()) {
        outcome = sqlError(u"Cannot begin a transaction"_s, h.lastError());
    } else {
        if (!m_insertEvent) {
            m_insertEvent = std::make_unique<QSqlQuery>(h);
            m_insertEvent->prepare(u"INSERT INTO events (game_id, seq, at, actor, type, payload) VALUES (?, ?, ?, ?, ?, ?)"_s);
            m_insertAudit = std::make_unique<QSqlQuery>(h);
            m_insertAudit->prepare(u"INSERT INTO audit_log (id, at, actor, action, detail) VALUES (?, ?, ?, ?, ?)"_s);
        }
        QSqlQuery &q = *m_insertEvent;
        for (const StoredEvent &e : batch) {
            q.bindValue(0, e.gameId);
            q.bindValue(1, e.seq);
            q.bindValue(2, e.atMs);
            q.bindValue(3, e.actor);
            q.bindValue(4, e.event.type);
            q.bindValue(5, compact(e.event.data));
            if (!q.exec()) {
                outcome = sqlError(u"Cannot append an event"_s, q.lastError());
                break;
            }
        }
        if (outcome) {
            QSqlQuery &a = *m_insertAudit;
            qint64 id = m_nextAuditId;
            for (const AuditRow &r : auditBatch) {
                a.bindValue(0, id++);
                a.bindValue(1, r.atMs);
                a.bindValue(2, r.actor);
                a.bindValue(3, r.action);
                a.bindValue(4, r.detail);
                if (!a.exec()) {
                    outcome = sqlError(u"Cannot append to the audit log"_s, a.lastError());
                    break;
                }
            }
            if (outcome && h.commit())
                m_nextAuditId = id;
            else if (outcome)
                outcome = sqlError(u"Cannot commit"_s, h.lastError());
        }
        if (!outcome)
            h.rollback();
    }

    if (!outcome) {
        qCCritical(lcStore) << "commit failed:" << outcome.error().message;
        QSet<QString> ids;
        for (const StoredEvent &e : batch)
            ids.insert(e.gameId);
        emit commitFailed(ids.values());
    }
    for (const auto &done : waiting)
        done(outcome);
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
