// SPDX-License-Identifier: GPL-3.0-or-later
#include "MoneyInPlayCheck.h"

#include "SettlementBook.h"

#include "server/core/GameHost.h"
#include "server/games/rounds/RoundsGame.h"
#include "server/ledger/Accounts.h"
#include "server/ledger/LedgerQueries.h"

using namespace Qt::StringLiterals;

namespace steward::betting {

namespace {

qint64 sum(const ledger::CurrencyAmounts &amounts)
{
    qint64 total = 0;
    for (qint64 v : amounts)
        total += v;
    return total;
}

} // namespace

Result<MoneyInPlay> checkMoneyInPlay(const GameHost &host, Database &db)
{
    auto balances = ledger::balances(db);
    if (!balances)
        return balances.error();
    MoneyInPlay out;
    QHash<QString, qint64> expected; // in-play account -> stakes the tables hold
    QHash<QString, qint64> lanPlayers; // account -> chips the game shows
    for (const QString &id : host.gameIds()) {
        const auto *table = dynamic_cast<const rounds::RoundsGame *>(host.game(id));
        if (!table)
            continue;
        const auto stakes = table->stakesInPlay();
        for (auto it = stakes.cbegin(); it != stakes.cend(); ++it)
            expected[SettlementBook::bookOf(it.key()).betsInPlay()] += it.value();
        const auto &chips = table->lanBalances();
        for (auto it = chips.cbegin(); it != chips.cend(); ++it)
            lanPlayers.insert(ledger::Book::lan().player(it.key()), it.value());
    }
    // Every in-play account the ledger knows, and every one a table expects.
    for (auto it = balances->cbegin(); it != balances->cend(); ++it) {
        if (it.key().endsWith(u":in_play"_s) && !expected.contains(it.key()))
            expected.insert(it.key(), 0);
    }
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        ++out.booksChecked;
        const qint64 held = sum(balances->value(it.key()));
        if (held != it.value())
            out.problems << u"%1 holds %2 but the tables' unsettled rounds hold %3"_s.arg(it.key()).arg(held).arg(it.value());
    }
    for (auto it = lanPlayers.cbegin(); it != lanPlayers.cend(); ++it) {
        ++out.playersChecked;
        const qint64 held = sum(balances->value(it.key()));
        if (held != it.value())
            out.problems << u"%1 holds %2 but the game shows %3 chips"_s.arg(it.key()).arg(held).arg(it.value());
    }
    out.problems.sort();
    return out;
}

} // namespace steward::betting
