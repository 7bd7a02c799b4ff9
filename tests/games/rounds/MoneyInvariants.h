// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>

class HttpClient;
class TestOperator;

// The money invariants every rounds test that hurts the host checks at its end, through the
// host's own API and the operator's own wallets:
// - every acknowledged bet is in the regulator export, once (and nothing unknown is);
// - each operator player's balance is exactly start − stakes + returns of their exported bets;
// - the operator's money is conserved (wallets plus what went to the host);
// - the backoffice ledger check is ok: the ledger matches its audit chain, nothing is left in
//   play that no unsettled round holds, and each LAN player's ledger balance is the game's.
// Call once every round with bets has settled and every webhook is delivered.
struct MoneyInvariants
{
    HttpClient &http;
    QString adminToken;
    QString table;
    qint64 startBalance = 0;
    QHash<QString, QString> acknowledged; // operator betId → its player

    // Empty when all hold; else what did not, one line each.
    QString check(const TestOperator &wallet) const;
    // Webhook calls still waiting at the first operator (-1 if the host did not say).
    static int pendingWebhooks(HttpClient &http, const QString &adminToken);
};
