// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/core/Result.h"

#include <QStringList>

namespace steward {
class Database;
class GameHost;
} // namespace steward

namespace steward::betting {

struct MoneyInPlay
{
    qint64 booksChecked = 0;
    qint64 playersChecked = 0;
    QStringList problems; // one sentence each; empty when the ledger agrees with the tables
    bool ok() const { return problems.isEmpty(); }
};

// Compares the committed ledger with the live rounds tables: each book's in-play account must
// hold exactly the stakes of the rounds not settled yet, and each LAN player's account exactly
// the chips the game shows. A round the game settled without booking it (stakes stuck in play,
// winners never paid) is found here, where the ledger's own zero-sum check cannot see it.
// Call after EventStore::flush(), so memory and the database hold the same commits.
Result<MoneyInPlay> checkMoneyInPlay(const GameHost &host, Database &db);

} // namespace steward::betting
