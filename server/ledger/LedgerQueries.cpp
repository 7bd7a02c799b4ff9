// SPDX-License-Identifier: GPL-3.0-or-later
#include "LedgerQueries.h"

#include "server/store/Database.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace steward::ledger {

namespace {
Error sqlError(const QString &what, const QSqlError &e)
{
    return Error{ErrorCode::StorageFailed, u"%1: %2"_s.arg(what, e.text())};
}
} // namespace

// Sums are cast back to BIGINT: PostgreSQL's SUM of a BIGINT is a NUMERIC, which Qt would
// hand over as a double.

Result<Balances> balances(Database &db)
{
    QSqlQuery q(db.handle());
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT account, currency, CAST(SUM(amount) AS BIGINT) FROM ledger_entries "
                "GROUP BY account, currency"_s))
        return sqlError(u"Cannot read the ledger's balances"_s, q.lastError());
    Balances out;
    while (q.next())
        out[q.value(0).toString()].insert(q.value(1).toString(), q.value(2).toLongLong());
    return out;
}

Result<qint64> balance(Database &db, const QString &account, const QString &currency)
{
    QSqlQuery q(db.handle());
    q.prepare(u"SELECT CAST(COALESCE(SUM(amount), 0) AS BIGINT) FROM ledger_entries "
              "WHERE account = ? AND currency = ?"_s);
    q.addBindValue(account);
    q.addBindValue(currency);
    if (!q.exec() || !q.next())
        return sqlError(u"Cannot read the balance of %1"_s.arg(account), q.lastError());
    return q.value(0).toLongLong();
}

Result<CurrencyAmounts> totals(Database &db)
{
    QSqlQuery q(db.handle());
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT currency, CAST(SUM(amount) AS BIGINT) FROM ledger_entries GROUP BY currency"_s))
        return sqlError(u"Cannot read the ledger's totals"_s, q.lastError());
    CurrencyAmounts out;
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toLongLong());
    return out;
}

Result<QList<Entry>> entries(Database &db, const EntryFilter &filter)
{
    QStringList where;
    QVariantList values;
    for (const auto &[column, value] : {std::pair{u"account"_s, filter.account}, std::pair{u"ref"_s, filter.ref},
                                        std::pair{u"kind"_s, filter.kind}}) {
        if (!value.isEmpty()) {
            where << column + u" = ?"_s;
            values << value;
        }
    }
    QString sql = u"SELECT id, txn_id, account, amount, currency, kind, ref, at FROM ledger_entries"_s;
    if (!where.isEmpty())
        sql += u" WHERE "_s + where.join(u" AND "_s);
    sql += u" ORDER BY id DESC"_s;
    if (filter.limit > 0)
        sql += u" LIMIT %1"_s.arg(filter.limit);
    QSqlQuery q(db.handle());
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &v : std::as_const(values))
        q.addBindValue(v);
    if (!q.exec())
        return sqlError(u"Cannot read ledger entries"_s, q.lastError());
    QList<Entry> out;
    while (q.next()) {
        out << Entry{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toLongLong(),
                     q.value(4).toString(),   q.value(5).toString(), q.value(6).toString(), q.value(7).toLongLong()};
    }
    return out;
}

Status checkConserved(Database &db)
{
    QSqlQuery q(db.handle());
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT txn_id, currency, CAST(SUM(amount) AS BIGINT) FROM ledger_entries GROUP BY txn_id, currency "
                "HAVING SUM(amount) <> 0 ORDER BY MIN(id) LIMIT 1"_s))
        return sqlError(u"Cannot check the ledger's conservation"_s, q.lastError());
    if (q.next()) {
        return Error{ErrorCode::Internal, u"The ledger is not conserved: transaction '%1' sums to %2 %3"_s.arg(
                                              q.value(0).toString(), QString::number(q.value(2).toLongLong()),
                                              q.value(1).toString())};
    }
    return Done{};
}

} // namespace steward::ledger
