// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/core/Result.h"

#include <QList>
#include <QString>

namespace steward::ledger {

// One leg of a transaction. amount is in minor units and signed: + money into the account,
// - money out of it.
struct Posting
{
    QString account;
    qint64 amount = 0;
    QString currency;
};

// Money moving between accounts, all at once: its postings sum to zero in every currency.
// id names it for people and for the caller's own idempotence (the ledger does not refuse a
// repeated id); kind says what it is ("bet", "settle", "grant"); ref ties it to what caused it
// (a bet id, a round).
struct Txn
{
    QString id;
    QString kind;
    QString ref;
    QList<Posting> postings;
};

// A posting as stored: one row of ledger_entries.
struct Entry
{
    qint64 id = 0;
    QString txnId;
    QString account;
    qint64 amount = 0;
    QString currency;
    QString kind;
    QString ref; // empty when none
    qint64 atMs = 0;
};

// BadRequest unless `txn` is postable: an id and a kind, at least two postings, each with an
// account, a currency and a non-zero amount, summing to zero per currency without overflow.
Status validate(const Txn &txn);

} // namespace steward::ledger
