// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/core/Result.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace steward {

// One open database: SQLite in the data directory by default, PostgreSQL when given a
// postgres:// URL. Opening applies any migration the database has not seen.
class Database
{
public:
    // `url`: empty for `<dataDir>/steward.db`, `sqlite:PATH`, or `postgres://user:pass@host:port/name`.
    static Result<std::unique_ptr<Database>> open(const QString &url, const QString &dataDir);
    ~Database();

    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase handle() const { return QSqlDatabase::database(m_connection, false); }
    // Opens a second connection to the same database for use in the calling thread only
    // (a Qt SQL connection belongs to the thread that opened it). Close it with
    // closeConnection() from that same thread.
    Result<QSqlDatabase> openConnection(const QString &name) const;
    static void closeConnection(const QString &name);
    bool isPostgres() const { return m_postgres; }
    QString description() const { return m_description; }
    int schemaVersion() const;

private:
    Database() = default;
    Status migrate();

    QString m_connection;
    QString m_description;
    bool m_postgres = false;
};

} // namespace steward
