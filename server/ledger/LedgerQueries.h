// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Txn.h"

#include <QHash>

namespace steward {
class Database;
}

namespace steward::ledger {

// What the ledger holds, read on the host's connection: only committed entries count.

using CurrencyAmounts = QHash<QString, qint64>;      // currency -> minor units
using Balances = QHash<QString, CurrencyAmounts>;    // account -> its balance per currency

struct EntryFilter
{
    QString account; // empty: any
    QString ref;     // empty: any
    QString kind;    // empty: any
    int limit = 100; // 0: no limit
};

Result<Balances> balances(Database &db);
Result<qint64> balance(Database &db, const QString &account, const QString &currency);
// The sum of every entry, per currency: 0 in each when the ledger is conserved.
Result<CurrencyAmounts> totals(Database &db);
// Matching entries, newest first.
Result<QList<Entry>> entries(Database &db, const EntryFilter &filter = {});
// Done if every transaction sums to zero in each currency (so the whole ledger does);
// Internal naming the first transaction that does not.
Status checkConserved(Database &db);

} // namespace steward::ledger
