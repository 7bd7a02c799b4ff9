// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace steward::ledger {

// The chart of accounts (docs/ledger.md). Every account belongs to a book: one per operator
// for its real-money players, and one for the LAN's play money, so the two never mix even in
// the same currency code. Names are `<book>:<what>[:<who>]`; the parts a caller supplies are
// escaped, so no operator or player id can be made to name another account.
class Book
{
public:
    static Book ofOperator(const QString &operatorId); // "operator:<op>"
    static Book lan();                                 // "lan": play money of LAN players

    QString prefix() const { return m_prefix; }
    // Money of this player that passed through the host. An operator's player shows their net
    // result (the operator holds the wallet); a LAN player's shows their chips.
    QString player(const QString &playerId) const;
    QString betsInPlay() const; // stakes not yet settled; 0 once all are
    QString house() const;      // the house's result: + stakes kept, - winnings paid over stakes
    QString playMoneyIssued() const; // the source of play money granted to LAN players (negative)

    // One part of an account name, with ':' and '%' escaped.
    static QString part(const QString &text);

private:
    explicit Book(QString prefix) : m_prefix(std::move(prefix)) {}
    QString m_prefix;
};

} // namespace steward::ledger
