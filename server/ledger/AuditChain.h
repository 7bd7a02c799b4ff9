// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/core/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace steward {
class Database;
class UnitOfWork;
} // namespace steward

namespace steward::ledger {

// One row of the chain as its successor sees it; also the chain's head.
struct AuditEntry
{
    qint64 seq = 0; // 0: the chain is empty
    QString hash;
    friend bool operator==(const AuditEntry &, const AuditEntry &) = default;
};

enum class AuditProblem {
    None,
    SeqGap,         // a row is missing: firstBadSeq is the seq that should be there
    BrokenLink,     // prev_hash is not the previous row's hash
    HashMismatch,   // the row's content does not give its hash: it was edited
    AnchorMismatch, // the chain does not reach, or does not agree with, the anchor given
};

struct AuditVerification
{
    qint64 rowsChecked = 0; // rows found good, from seq 1
    qint64 firstBadSeq = 0; // 0 when every row is good
    AuditProblem problem = AuditProblem::None;
    QString detail;
    AuditEntry head; // the last good row
    bool ok() const { return problem == AuditProblem::None; }
};

// The ledger's hash-chained audit log (table ledger_audit), and its write-ahead log: before a
// side effect outside the host (an operator's wallet debit, a payout) the caller appends an
// "about to" row and waits for it to be durable; after it, a row with the outcome. A row
// without its outcome after a crash names a call whose result must be asked for, never
// guessed. Each row's hash covers the previous row's hash, so editing or removing a row
// breaks every later link; docs/ledger.md gives the rule and what it cannot catch.
//
// Rows are numbered and chained on the host's thread, before the writer commits them, so the
// head lives here. After EventStore::commitFailed, call reload() to go back to the disk's.
class AuditChain
{
public:
    static QString genesisHash(); // prev_hash of row 1: 64 zeros

    Status load(Database &db);
    Status reload(Database &db) { return load(db); }
    AuditEntry head() const { return m_head; }

    // Adds the next row to the store's current commit. BadRequest (nothing appended) if
    // actor or action is empty or holds a control character: the hash rule separates the
    // fields with newlines, which must not be ambiguous.
    Result<AuditEntry> append(UnitOfWork &work, qint64 atMs, const QString &actor, const QString &action,
                              const QJsonObject &payload);

    // Lowercase hex SHA-256 of prevHash \n seq \n atMs \n actor \n action \n payloadText.
    static QString hashRow(const QString &prevHash, qint64 seq, qint64 atMs, const QString &actor,
                           const QString &action, const QByteArray &payloadText);

    // Walks every row in seq order and reports the first bad one. The chain alone cannot tell
    // that its last rows were removed, or that it was rewritten from some row on with fresh
    // hashes: give `anchor`, a head recorded somewhere else earlier, to rule that out up to it.
    static Result<AuditVerification> verify(Database &db, const std::optional<AuditEntry> &anchor = std::nullopt);

private:
    AuditEntry m_head;
};

} // namespace steward::ledger
