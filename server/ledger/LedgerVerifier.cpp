// SPDX-License-Identifier: GPL-3.0-or-later
#include "LedgerVerifier.h"

#include "Ledger.h"
#include "server/store/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <limits>

using namespace Qt::StringLiterals;

namespace steward::ledger {

namespace {

Error sqlError(const QString &what, const QSqlError &e)
{
    return Error{ErrorCode::StorageFailed, u"%1: %2"_s.arg(what, e.text())};
}

// A query's rows in key order, a page at a time. Two forward-only queries cannot be read side
// by side on one PostgreSQL connection, and a page keeps the memory used bounded.
class Pages
{
public:
    // `sql` ends in "<key> > ? ORDER BY <key> LIMIT n"; the key is its first column.
    Pages(const QSqlDatabase &h, QString sql, QVariantList values)
        : m_h(h), m_sql(std::move(sql)), m_values(std::move(values))
    {
    }

    // False at the end or on an error (then `error` holds it).
    bool next()
    {
        if (++m_index < m_rows.size())
            return true;
        if (m_done)
            return false;
        QSqlQuery q(m_h);
        q.setForwardOnly(true);
        q.prepare(m_sql);
        for (const QVariant &v : std::as_const(m_values))
            q.addBindValue(v);
        q.addBindValue(m_lastKey);
        if (!q.exec()) {
            error = sqlError(u"Cannot read the ledger"_s, q.lastError());
            m_done = true;
            return false;
        }
        m_rows.clear();
        m_index = 0;
        while (q.next()) {
            QVariantList row;
            for (int i = 0; i < q.record().count(); ++i)
                row << q.value(i);
            m_rows << row;
        }
        m_done = m_rows.size() < PageSize;
        if (m_rows.isEmpty())
            return false;
        m_lastKey = m_rows.last().first().toLongLong();
        return true;
    }
    QVariant value(int column) const { return m_rows.at(m_index).at(column); }

    static constexpr int PageSize = 1000;
    Status error = Done{};

private:
    QSqlDatabase m_h;
    QString m_sql;
    QVariantList m_values;
    QList<QVariantList> m_rows;
    qsizetype m_index = -1;
    qint64 m_lastKey = std::numeric_limits<qint64>::min();
    bool m_done = false;
};

// The entries the audit rows recorded, one at a time in id order.
class RecordedEntries
{
public:
    explicit RecordedEntries(Pages &rows) : m_rows(rows) {}

    // False at the end, or on a bad row (then `bad` is set).
    bool next(Entry &out, qint64 &seq)
    {
        while (m_index >= m_entries.size()) {
            if (!m_rows.next())
                return false;
            if (!readRow())
                return false;
            ++txns;
        }
        const QJsonObject e = m_entries.at(m_index++).toObject();
        out = Entry{e.value(u"id").toInteger(), m_txn, e.value(u"account").toString(), e.value(u"amount").toInteger(),
                    e.value(u"currency").toString(), m_kind, m_ref, m_at};
        if (out.id <= m_lastId) {
            bad = true;
            badSeq = m_seq;
            return false;
        }
        m_lastId = out.id;
        seq = m_seq;
        return true;
    }

    qint64 txns = 0;
    bool bad = false;
    qint64 badSeq = 0;

private:
    bool readRow()
    {
        m_seq = m_rows.value(0).toLongLong();
        m_at = m_rows.value(1).toLongLong();
        const QJsonObject p = QJsonDocument::fromJson(m_rows.value(2).toString().toUtf8()).object();
        m_txn = p.value(u"txn").toString();
        m_kind = p.value(u"kind").toString();
        m_ref = p.value(u"ref").toString();
        m_entries = p.value(u"entries").toArray();
        m_index = 0;
        if (m_txn.isEmpty() || m_entries.isEmpty()) {
            bad = true;
            badSeq = m_seq;
            return false;
        }
        return true;
    }

    Pages &m_rows;
    QJsonArray m_entries;
    qsizetype m_index = 0;
    qint64 m_seq = 0, m_at = 0, m_lastId = 0;
    QString m_txn, m_kind, m_ref;
};

QString differences(const Entry &stored, const Entry &recorded)
{
    QStringList out;
    auto compare = [&out](const QString &field, const auto &a, const auto &b) {
        if (a != b)
            out << u"%1 %2, recorded %3"_s.arg(field, QVariant(a).toString(), QVariant(b).toString());
    };
    compare(u"txn"_s, stored.txnId, recorded.txnId);
    compare(u"account"_s, stored.account, recorded.account);
    compare(u"amount"_s, stored.amount, recorded.amount);
    compare(u"currency"_s, stored.currency, recorded.currency);
    compare(u"kind"_s, stored.kind, recorded.kind);
    compare(u"ref"_s, stored.ref, recorded.ref);
    compare(u"at"_s, stored.atMs, recorded.atMs);
    return out.join(u"; "_s);
}

} // namespace

Result<LedgerVerification> verifyAgainstAudit(Database &db)
{
    LedgerVerification v;
    auto chain = AuditChain::verify(db);
    if (!chain)
        return chain.error();
    v.chain = chain.value();

    Pages rows(db.handle(),
               u"SELECT seq, at, payload FROM ledger_audit WHERE action = ? AND seq > ? ORDER BY seq LIMIT %1"_s.arg(
                   Pages::PageSize),
               {Ledger::postAction()});
    Pages stored(db.handle(),
                 u"SELECT id, txn_id, account, amount, currency, kind, ref, at FROM ledger_entries "
                 "WHERE id > ? ORDER BY id LIMIT %1"_s.arg(Pages::PageSize),
                 {});
    RecordedEntries recorded(rows);
    Entry want, have;
    qint64 seq = 0;
    bool hasWant = recorded.next(want, seq);
    auto readStored = [&stored, &have] {
        if (!stored.next())
            return false;
        have = Entry{stored.value(0).toLongLong(), stored.value(1).toString(), stored.value(2).toString(),
                     stored.value(3).toLongLong(), stored.value(4).toString(), stored.value(5).toString(),
                     stored.value(6).toString(),   stored.value(7).toLongLong()};
        return true;
    };
    bool hasHave = readStored();
    auto fail = [&v](EntryProblem problem, qint64 id, qint64 auditSeq, const QString &detail) {
        v.problem = problem;
        v.badEntryId = id;
        v.auditSeq = auditSeq;
        v.detail = detail;
        return v;
    };
    while (hasWant || hasHave || recorded.bad) {
        if (!rows.error)
            return rows.error.error();
        if (!stored.error)
            return stored.error.error();
        if (recorded.bad) {
            return fail(EntryProblem::BadAuditRow, 0, recorded.badSeq,
                        u"audit row %1 does not list its entries in id order"_s.arg(recorded.badSeq));
        }
        if (hasWant && (!hasHave || want.id < have.id))
            return fail(EntryProblem::Missing, want.id, seq,
                        u"entry %1, recorded by audit row %2, is missing"_s.arg(want.id).arg(seq));
        if (!hasWant || have.id < want.id)
            return fail(EntryProblem::Unrecorded, have.id, 0, u"entry %1 is recorded by no audit row"_s.arg(have.id));
        if (const QString diff = differences(have, want); !diff.isEmpty())
            return fail(EntryProblem::Edited, have.id, seq,
                        u"entry %1 differs from audit row %2: %3"_s.arg(have.id).arg(seq).arg(diff));
        ++v.entriesChecked;
        hasWant = recorded.next(want, seq);
        hasHave = readStored();
    }
    if (!rows.error)
        return rows.error.error();
    if (!stored.error)
        return stored.error.error();
    v.txnsChecked = recorded.txns;
    return v;
}

} // namespace steward::ledger
