// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqlTransaction.h"

#include "OperatorsLog.h"
#include "server/store/Database.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace steward::operators {

Error sqlFailure(const QString &what, const QSqlError &error)
{
    return Error{ErrorCode::StorageFailed, what % u": "_s % error.text()};
}

SqlTransaction::SqlTransaction(const Database &db) : m_handle(db.handle()), m_postgres(db.isPostgres()) {}

SqlTransaction::~SqlTransaction()
{
    if (!m_open)
        return;
    QSqlQuery q(m_handle);
    if (!q.exec(u"ROLLBACK"_s))
        qCWarning(lcOperators) << "rollback failed:" << q.lastError().text();
}

Status SqlTransaction::begin()
{
    QSqlQuery q(m_handle);
    if (!q.exec(m_postgres ? u"BEGIN"_s : u"BEGIN IMMEDIATE"_s))
        return sqlFailure(u"Cannot begin a transaction"_s, q.lastError());
    m_open = true;
    return Done{};
}

Status SqlTransaction::commit()
{
    QSqlQuery q(m_handle);
    if (!q.exec(u"COMMIT"_s))
        return sqlFailure(u"Cannot commit"_s, q.lastError());
    m_open = false;
    return Done{};
}

} // namespace steward::operators
