// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AuditChain.h"
#include "Txn.h"

namespace steward::ledger {

// Writes double-entry transactions. A txn's entries and the audit row that records them go
// into the unit of work's current commit (the store's next batch), so they become durable
// together with the game event appended beside them, or not at all.
//
// Entry ids are assigned on the host's thread before the commit, so the next id lives here,
// like the audit chain's head. After EventStore::commitFailed, call reload().
class Ledger
{
public:
    explicit Ledger(AuditChain &audit) : m_audit(audit) {}

    // The action of the audit row each txn writes; its payload lists every entry.
    static QString postAction();

    // Reads the next entry id and the audit chain's head from the database.
    Status load(Database &db);
    Status reload(Database &db) { return load(db); }

    // Appends the txn's entries and its audit row; BadRequest, with nothing appended, when
    // validate(txn) refuses it.
    Status post(UnitOfWork &work, qint64 atMs, const Txn &txn, const QString &actor = QStringLiteral("ledger"));

    qint64 nextEntryId() const { return m_nextEntryId; }
    AuditChain &audit() { return m_audit; }

private:
    AuditChain &m_audit;
    qint64 m_nextEntryId = 1;
};

} // namespace steward::ledger
