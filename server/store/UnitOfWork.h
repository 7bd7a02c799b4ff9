// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/core/Result.h"

#include <QString>
#include <QVariantList>

#include <functional>

class QObject;

namespace steward {

class RowWriter;

// What a service above the core (the ledger, the wallet outbox, a kind's module) writes with the
// games' next commit, and how it waits for it: the narrow part of the store it is lent.
class UnitOfWork
{
public:
    virtual ~UnitOfWork() = default;

    // Registers a statement for rows of the service's own table: an INSERT or UPDATE with ?
    // placeholders, prepared once by the writer. Every row appended through it commits in the
    // same transaction as the events around it. Registering the same text again gives the same
    // writer.
    virtual RowWriter rowWriter(const QString &sql) = 0;
    // Runs `done` once everything appended so far is committed (or has failed to be), unless
    // `context` has been destroyed by then.
    virtual void whenDurable(const QObject *context, std::function<void(const Status &)> done) = 0;

protected:
    friend class RowWriter;
    virtual void appendRow(int statement, const QVariantList &values) = 0;
};

// One registered statement of a unit of work: a service keeps it and appends rows through it.
class RowWriter
{
public:
    RowWriter(UnitOfWork &work, int statement) : m_work(&work), m_statement(statement) {}
    // Queues a row (the statement's ? values, in order) for the next commit.
    void append(const QVariantList &values) const { m_work->appendRow(m_statement, values); }

private:
    UnitOfWork *m_work;
    int m_statement;
};

} // namespace steward
