// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/core/Event.h"

#include <QObject>

namespace steward {
class UnitOfWork;
class GameHost;
}
namespace steward::ledger {
class Book;
class Ledger;
}
namespace steward::wallet {
class WalletOutbox;
}

namespace steward::betting {

// Turns the rounds tables' money events into the double-entry ledger and the operators' credit
// webhooks, in the same commit as the event: a bet moves its stake from the player into play;
// a settlement moves each stake to the house or, with the winnings, back to the player, and
// queues the winner's credit at its operator. A round settled once is booked once, whatever
// crashes (docs/ledger.md). LAN players' chips are issued when they join.
class SettlementBook : public QObject
{
    Q_OBJECT
public:
    SettlementBook(GameHost &host, UnitOfWork &work, ledger::Ledger &ledger, wallet::WalletOutbox *wallet, QObject *parent = nullptr);

    // The book an operator's bets are kept in: its own, or the LAN's for play money.
    static ledger::Book bookOf(const QString &operatorId);

signals:
    // A posting was refused: a bug, never bad input (the events were validated by the game).
    void bookingFailed(const QString &gameId, const QString &reason);

private:
    void onEvents(const QString &gameId, const QList<StoredEvent> &events);
    void post(const QString &gameId, qint64 atMs, const QString &txnId, const QString &kind, const QString &ref,
              const QString &currency, const QList<std::pair<QString, qint64>> &postings);

    GameHost &m_host;
    UnitOfWork &m_work;
    ledger::Ledger &m_ledger;
    wallet::WalletOutbox *m_wallet;
};

} // namespace steward::betting
