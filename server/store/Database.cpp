// SPDX-License-Identifier: GPL-3.0-or-later
#include "Database.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcStore, "steward.store")

namespace steward {

namespace {

Error sqlError(const QString &what, const QSqlError &e)
{
    return Error{ErrorCode::StorageFailed, u"%1: %2"_s.arg(what, e.text())};
}

// Migrations ship as resources named NNN_name.sql and run in order, each in a transaction.
QStringList migrationFiles()
{
    QDir dir(u":/migrations"_s);
    QStringList files = dir.entryList({u"*.sql"_s}, QDir::Files, QDir::Name);
    for (QString &f : files)
        f = dir.filePath(f);
    return files;
}

QStringList statements(const QString &script)
{
    QStringList out;
    QString current;
    const QStringList lines = script.split(u'\n');
    for (const QString &line : lines) {
        const QString trimmed = line.trimmed();
        if (trimmed.startsWith(u"--") || trimmed.isEmpty())
            continue;
        current += line + u'\n';
        if (trimmed.endsWith(u';')) {
            out << current.trimmed().chopped(1);
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        out << current.trimmed();
    return out;
}

// Settings SQLite keeps per connection, so every connection we open needs them.
// NORMAL sync: a killed process loses nothing committed; only a power cut can take the last
// transactions. The busy timeout lets the event writer and the main thread share the file.
Status applySqliteConnectionSettings(const QSqlDatabase &h)
{
    QSqlQuery q(h);
    for (const auto &pragma : {u"PRAGMA synchronous=NORMAL"_s, u"PRAGMA busy_timeout=5000"_s,
                               u"PRAGMA foreign_keys=ON"_s}) {
        if (!q.exec(pragma))
            return sqlError(pragma, q.lastError());
    }
    return Done{};
}

} // namespace

Result<QSqlDatabase> Database::openConnection(const QString &name) const
{
    QSqlDatabase h = QSqlDatabase::cloneDatabase(m_connection, name);
    if (!h.open()) {
        const Error e = sqlError(u"Cannot open a second connection to %1"_s.arg(m_description), h.lastError());
        h = {};
        QSqlDatabase::removeDatabase(name);
        return e;
    }
    if (!m_postgres) {
        if (auto s = applySqliteConnectionSettings(h); !s) {
            h.close();
            h = {};
            QSqlDatabase::removeDatabase(name);
            return s.error();
        }
    }
    return h;
}

void Database::closeConnection(const QString &name)
{
    {
        QSqlDatabase h = QSqlDatabase::database(name, false);
        if (h.isOpen())
            h.close();
    }
    QSqlDatabase::removeDatabase(name);
}

Result<std::unique_ptr<Database>> Database::open(const QString &url, const QString &dataDir)
{
    std::unique_ptr<Database> db(new Database);
    db->m_connection = u"steward-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);

    if (url.startsWith(u"postgres://") || url.startsWith(u"postgresql://")) {
        if (!QSqlDatabase::isDriverAvailable(u"QPSQL"_s))
            return Error{ErrorCode::StorageFailed,
                         u"The PostgreSQL driver is missing: install the package libqt6sql6-psql."_s};
        const QUrl u(url);
        QSqlDatabase h = QSqlDatabase::addDatabase(u"QPSQL"_s, db->m_connection);
        h.setHostName(u.host());
        h.setPort(u.port(5432));
        h.setUserName(u.userName());
        h.setPassword(u.password());
        h.setDatabaseName(u.path().mid(1));
        db->m_postgres = true;
        db->m_description = u"PostgreSQL %1@%2/%3"_s.arg(u.userName(), u.host(), u.path().mid(1));
        if (!h.open())
            return sqlError(u"Cannot open %1"_s.arg(db->m_description), h.lastError());
    } else {
        if (!QSqlDatabase::isDriverAvailable(u"QSQLITE"_s))
            return Error{ErrorCode::StorageFailed,
                         u"The SQLite driver is missing: install the package libqt6sql6-sqlite."_s};
        QString path = url.startsWith(u"sqlite:") ? url.mid(7) : QDir(dataDir).filePath(u"steward.db"_s);
        QDir().mkpath(QFileInfo(path).absolutePath());
        QSqlDatabase h = QSqlDatabase::addDatabase(u"QSQLITE"_s, db->m_connection);
        h.setDatabaseName(path);
        db->m_description = u"SQLite %1"_s.arg(QDir::toNativeSeparators(path));
        if (!h.open())
            return sqlError(u"Cannot open %1"_s.arg(db->m_description), h.lastError());
        // WAL: readers never block the writer, and it lasts in the file.
        QSqlQuery q(h);
        if (!q.exec(u"PRAGMA journal_mode=WAL"_s))
            return sqlError(u"PRAGMA journal_mode=WAL"_s, q.lastError());
        if (auto s = applySqliteConnectionSettings(h); !s)
            return s.error();
    }
    if (auto m = db->migrate(); !m)
        return m.error();
    return db;
}

Database::~Database()
{
    {
        QSqlDatabase h = handle();
        if (h.isOpen())
            h.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

int Database::schemaVersion() const
{
    QSqlQuery q(handle());
    if (!q.exec(u"SELECT MAX(version) FROM schema_migrations"_s) || !q.next())
        return 0;
    return q.value(0).toInt();
}

Status Database::migrate()
{
    QSqlDatabase h = handle();
    QSqlQuery q(h);
    if (!q.exec(u"CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at BIGINT NOT NULL)"_s))
        return sqlError(u"Cannot create the migrations table"_s, q.lastError());
    const int current = schemaVersion();
    static const QRegularExpression numbered(u"^(\\d+)_"_s);
    for (const QString &file : migrationFiles()) {
        const auto match = numbered.match(QFileInfo(file).fileName());
        const int version = match.captured(1).toInt();
        if (!match.hasMatch() || version <= current)
            continue;
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            return Error{ErrorCode::StorageFailed, u"Cannot read migration %1"_s.arg(file)};
        if (!h.transaction())
            return sqlError(u"Cannot begin migration %1"_s.arg(version), h.lastError());
        for (const QString &stmt : statements(QString::fromUtf8(f.readAll()))) {
            if (!q.exec(stmt)) {
                const QSqlError e = q.lastError();
                h.rollback();
                return sqlError(u"Migration %1 failed"_s.arg(version), e);
            }
        }
        q.prepare(u"INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)"_s);
        q.addBindValue(version);
        q.addBindValue(QDateTime::currentMSecsSinceEpoch());
        if (!q.exec() || !h.commit()) {
            const QSqlError e = q.lastError();
            h.rollback();
            return sqlError(u"Cannot record migration %1"_s.arg(version), e);
        }
        qCInfo(lcStore) << "applied migration" << version;
    }
    return Done{};
}

} // namespace steward
