// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RealParts.h"

// The databases a store test runs on: SQLite always, PostgreSQL when STEWARD_TEST_POSTGRES_URL
// names one (scripts/test makes a throw-away database for it). Header-only, so that a test
// outside steward_testsupport can include it by path (tests/tst_eventstore.cpp does).

#include "server/store/Database.h"

#include <QDebug>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QTest>

#include <memory>
#include <utility>

// For initTestCase_data(): a global "url" column with the row "sqlite" (an empty url: SQLite in
// the test's folder) and, when STEWARD_TEST_POSTGRES_URL is set, the row "postgres".
inline void addDatabaseRows()
{
    QTest::addColumn<QString>("url");
    QTest::newRow("sqlite") << QString();
    const QString pg = qEnvironmentVariable("STEWARD_TEST_POSTGRES_URL");
    if (!pg.isEmpty())
        QTest::newRow("postgres") << pg;
    else if (realPartsRequired()) // in CI: the row fails when it opens its database
        QTest::newRow("postgres") << QStringLiteral("postgres://missing-STEWARD_TEST_POSTGRES_URL@127.0.0.1:1/none");
    else
        qInfo("PostgreSQL rows skipped: STEWARD_TEST_POSTGRES_URL is not set");
}

// Database::open(url, dir), migrated; nullptr (with the reason as a warning) when it fails.
inline std::unique_ptr<steward::Database> openTestDatabase(const QString &url, const QString &dir)
{
    auto db = steward::Database::open(url, dir);
    if (!db) {
        qWarning() << db.error().message;
        return nullptr;
    }
    return std::move(db.value());
}

// Drops every table of the database, whatever references what (SQLite: foreign keys off while
// dropping; PostgreSQL: CASCADE), so the next open starts from an empty, freshly migrated one.
// Fails the current test on an error (QVERIFY2), returning early: check
// QTest::currentTestFailed() when more follows in the caller.
inline void dropAllTables(steward::Database &db)
{
    using namespace Qt::StringLiterals;
    QSqlQuery q(db.handle());
    QStringList tables;
    q.exec(db.isPostgres() ? u"SELECT tablename FROM pg_tables WHERE schemaname = current_schema()"_s
                           : u"SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"_s);
    while (q.next())
        tables << q.value(0).toString();
    q.finish();
    if (!db.isPostgres())
        q.exec(u"PRAGMA foreign_keys = OFF"_s); // drop in any order
    for (const QString &t : std::as_const(tables))
        QVERIFY2(q.exec(u"DROP TABLE IF EXISTS "_s + t + (db.isPostgres() ? u" CASCADE"_s : QString())),
                 qPrintable(q.lastError().text()));
    if (!db.isPostgres())
        q.exec(u"PRAGMA foreign_keys = ON"_s);
}
