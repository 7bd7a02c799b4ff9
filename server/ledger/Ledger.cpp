// SPDX-License-Identifier: GPL-3.0-or-later
#include "Ledger.h"

#include "server/store/Database.h"
#include "server/store/UnitOfWork.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcLedger, "steward.ledger")

namespace steward::ledger {

QString Ledger::postAction()
{
    return u"ledger.post"_s;
}

Status Ledger::load(Database &db)
{
    QSqlQuery q(db.handle());
    if (!q.exec(u"SELECT MAX(id) FROM ledger_entries"_s) || !q.next())
        return Error{ErrorCode::StorageFailed, u"Cannot read the ledger's last entry: %1"_s.arg(q.lastError().text())};
    m_nextEntryId = q.value(0).toLongLong() + 1;
    if (auto s = m_audit.load(db); !s)
        return s;
    qCDebug(lcLedger) << "ledger head: next entry" << m_nextEntryId << "audit row" << m_audit.head().seq;
    return Done{};
}

Status Ledger::post(UnitOfWork &work, qint64 atMs, const Txn &txn, const QString &actor)
{
    if (auto s = validate(txn); !s)
        return s;
    // The audit row names each entry by id, so a removed or added entry shows as well as an
    // edited one (verifyAgainstAudit).
    QJsonArray entries;
    qint64 id = m_nextEntryId;
    for (const Posting &p : txn.postings) {
        entries.append(QJsonObject{{u"id"_s, id++}, {u"account"_s, p.account}, {u"amount"_s, p.amount},
                                   {u"currency"_s, p.currency}});
    }
    const QJsonObject payload{{u"txn"_s, txn.id}, {u"kind"_s, txn.kind}, {u"ref"_s, txn.ref}, {u"entries"_s, entries}};
    // First, because it is the step that can still refuse (a bad actor name).
    if (auto a = m_audit.append(work, atMs, actor, postAction(), payload); !a)
        return a.error();
    const QVariant ref = txn.ref.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(txn.ref);
    const RowWriter rows = work.rowWriter(u"INSERT INTO ledger_entries (id, txn_id, account, amount, currency, kind, ref, at) "
                                          "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
    for (const Posting &p : txn.postings)
        rows.append({m_nextEntryId++, txn.id, p.account, p.amount, p.currency, txn.kind, ref, atMs});
    return Done{};
}

} // namespace steward::ledger
