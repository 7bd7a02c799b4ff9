// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AuditChain.h"

namespace steward::ledger {

enum class EntryProblem {
    None,
    Edited,     // the entry differs from what its audit row recorded
    Missing,    // an audit row records an entry that is not in ledger_entries
    Unrecorded, // an entry that no audit row records
    BadAuditRow // a ledger.post audit row whose payload is not a list of entries in id order
};

struct LedgerVerification
{
    AuditVerification chain; // the audit chain's own check, done first
    qint64 entriesChecked = 0;
    qint64 txnsChecked = 0;
    EntryProblem problem = EntryProblem::None;
    qint64 badEntryId = 0; // the first bad entry, when problem is not None
    qint64 auditSeq = 0;   // the audit row that records it, 0 if none does
    QString detail;
    bool ok() const { return chain.ok() && problem == EntryProblem::None; }
};

// Verifies the audit chain, then compares every ledger entry with the entry its txn's audit
// row recorded (id, txn, account, amount, currency, kind, ref, time), in one pass over both
// tables in id order. An entry edited, removed or added by hand is reported; so is a chain
// broken to hide it. A consistent rewrite of both tables and of the chain's hashes is not:
// that needs AuditChain::verify with an anchor.
Result<LedgerVerification> verifyAgainstAudit(Database &db);

} // namespace steward::ledger
