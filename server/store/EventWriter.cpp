// SPDX-License-Identifier: GPL-3.0-or-later
#include "EventWriter.h"

#include "Database.h"
#include "server/core/JsonText.h"

#include <QSqlError>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace steward {

namespace {
Error sqlError(const QString &what, const QSqlError &e)
{
    return Error{ErrorCode::StorageFailed, u"%1: %2"_s.arg(what, e.text())};
}
} // namespace

EventWriter::EventWriter(const Database &db)
    : m_db(db), m_connection(u"steward-writer-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

EventWriter::~EventWriter() = default;

void EventWriter::open()
{
    auto h = m_db.openConnection(m_connection);
    if (!h) {
        m_openError = h.error();
        return;
    }
    m_insertEvent = std::make_unique<QSqlQuery>(h.value());
    m_insertAudit = std::make_unique<QSqlQuery>(h.value());
    m_insertIntent = std::make_unique<QSqlQuery>(h.value());
    m_insertSnapshot = std::make_unique<QSqlQuery>(h.value());
    m_dropOldSnapshots = std::make_unique<QSqlQuery>(h.value());
    // Prepared once: every batch binds and runs them.
    if (!m_insertEvent->prepare(u"INSERT INTO events (game_id, seq, at, actor, type, payload, version, tick) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s))
        m_openError = sqlError(u"Cannot prepare the event insert"_s, m_insertEvent->lastError());
    else if (!m_insertAudit->prepare(u"INSERT INTO audit_log (id, at, actor, action, detail) VALUES (?, ?, ?, ?, ?)"_s))
        m_openError = sqlError(u"Cannot prepare the audit insert"_s, m_insertAudit->lastError());
    else if (!m_insertIntent->prepare(u"INSERT INTO chain_outbox (id, intent_id, game_id, kind, contract, call_data, "
                                       "status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, 'queued', ?, ?)"_s))
        m_openError = sqlError(u"Cannot prepare the outbox insert"_s, m_insertIntent->lastError());
    else if (!m_insertSnapshot->prepare(u"INSERT INTO snapshots (game_id, seq, tick, at, state) VALUES (?, ?, ?, ?, ?)"_s))
        m_openError = sqlError(u"Cannot prepare the snapshot insert"_s, m_insertSnapshot->lastError());
    else if (!m_dropOldSnapshots->prepare(u"DELETE FROM snapshots WHERE game_id = ? AND seq <= ?"_s))
        m_openError = sqlError(u"Cannot prepare the snapshot cleanup"_s, m_dropOldSnapshots->lastError());
}

void EventWriter::close()
{
    m_insertEvent.reset();
    m_insertAudit.reset();
    m_insertIntent.reset();
    m_insertSnapshot.reset();
    m_dropOldSnapshots.reset();
    m_prepared.clear();
    Database::closeConnection(m_connection);
}

void EventWriter::write(const std::shared_ptr<CommitBatch> &batch)
{
    batch->outcome = commit(*batch);
    batch->done.release();
    emit written(batch);
}

Status EventWriter::commit(const CommitBatch &batch)
{
    if (!m_openError)
        return m_openError;
    QSqlDatabase h = QSqlDatabase::database(m_connection, false);
    if (!h.transaction())
        return sqlError(u"Cannot begin a transaction"_s, h.lastError());
    Status outcome = Done{};
    QSqlQuery &q = *m_insertEvent;
    for (const StoredEvent &e : batch.events) {
        q.bindValue(0, e.gameId);
        q.bindValue(1, e.seq);
        q.bindValue(2, e.atMs);
        q.bindValue(3, e.actor);
        q.bindValue(4, e.event.type);
        q.bindValue(5, QString::fromUtf8(json::compactText(e.event.data)));
        q.bindValue(6, e.event.version);
        q.bindValue(7, e.tick);
        if (!q.exec()) {
            outcome = sqlError(u"Cannot append an event"_s, q.lastError());
            break;
        }
    }
    QSqlQuery &a = *m_insertAudit;
    for (qsizetype i = 0; outcome && i < batch.audit.size(); ++i) {
        const AuditRow &r = batch.audit.at(i);
        a.bindValue(0, r.id);
        a.bindValue(1, r.atMs);
        a.bindValue(2, r.actor);
        a.bindValue(3, r.action);
        a.bindValue(4, r.detail);
        if (!a.exec())
            outcome = sqlError(u"Cannot append to the audit log"_s, a.lastError());
    }
    QSqlQuery &o = *m_insertIntent;
    for (qsizetype i = 0; outcome && i < batch.intents.size(); ++i) {
        const OutboxRow &r = batch.intents.at(i);
        o.bindValue(0, r.id);
        o.bindValue(1, QString::fromLatin1("0x" + r.intent.intentId.toHex()));
        o.bindValue(2, r.gameId);
        o.bindValue(3, r.intent.kind);
        o.bindValue(4, r.intent.contract);
        o.bindValue(5, QString::fromLatin1("0x" + r.intent.callData.toHex()));
        o.bindValue(6, r.atMs);
        o.bindValue(7, r.atMs);
        if (!o.exec())
            outcome = sqlError(u"Cannot queue a chain intent"_s, o.lastError());
    }
    for (qsizetype i = 0; outcome && i < batch.rows.size(); ++i) {
        const SqlRow &r = batch.rows.at(i);
        std::shared_ptr<QSqlQuery> &p = m_prepared[r.sql];
        if (!p) {
            p = std::make_shared<QSqlQuery>(h);
            if (!p->prepare(r.sql)) {
                outcome = sqlError(u"Cannot prepare a row insert"_s, p->lastError());
                p.reset();
                m_prepared.remove(r.sql);
                break;
            }
        }
        for (qsizetype v = 0; v < r.values.size(); ++v)
            p->bindValue(int(v), r.values.at(v));
        if (!p->exec())
            outcome = sqlError(u"Cannot write a row"_s, p->lastError());
    }
    // A game's snapshot replaces its older ones (and one of the same event, taken after more ticks), in the same commit as the events it follows.
    for (qsizetype i = 0; outcome && i < batch.snapshots.size(); ++i) {
        const Snapshot &s = batch.snapshots.at(i);
        QSqlQuery &w = *m_insertSnapshot;
        w.bindValue(0, s.gameId);
        w.bindValue(1, s.seq);
        w.bindValue(2, s.tick);
        w.bindValue(3, s.atMs);
        w.bindValue(4, QString::fromUtf8(json::compactText(s.state)));
        QSqlQuery &d = *m_dropOldSnapshots;
        d.bindValue(0, s.gameId);
        d.bindValue(1, s.seq);
        if (!d.exec())
            outcome = sqlError(u"Cannot drop older snapshots"_s, d.lastError());
        else if (!w.exec())
            outcome = sqlError(u"Cannot write a snapshot"_s, w.lastError());
    }
    if (outcome && !h.commit())
        outcome = sqlError(u"Cannot commit"_s, h.lastError());
    if (!outcome)
        h.rollback();
    return outcome;
}

} // namespace steward
