// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/core/Result.h"

#include <QSqlDatabase>
#include <QSqlError>

namespace steward {
class Database;
}

namespace steward::operators {

// One admin change on the main connection: begun, committed, or rolled back when it goes out
// of scope uncommitted. On SQLite it takes the write lock at once (BEGIN IMMEDIATE): a deferred
// transaction that reads first could not upgrade while the event writer holds the lock.
class SqlTransaction
{
public:
    explicit SqlTransaction(const Database &db);
    ~SqlTransaction();

    SqlTransaction(const SqlTransaction &) = delete;
    SqlTransaction &operator=(const SqlTransaction &) = delete;

    Status begin();
    Status commit();

    QSqlDatabase handle() const { return m_handle; }

private:
    QSqlDatabase m_handle;
    bool m_postgres = false;
    bool m_open = false;
};

// STORAGE_FAILED naming what was being done.
Error sqlFailure(const QString &what, const QSqlError &error);

} // namespace steward::operators
