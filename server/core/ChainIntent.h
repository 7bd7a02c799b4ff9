// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace steward {

// Something a game asks to record on chain because of one of its events: a call to one of
// our contracts. It joins the transaction outbox in the same commit as the event.
struct ChainIntent
{
    QByteArray intentId; // 32 bytes, chainIntentId(); also the call's last argument
    QString kind;        // what it records, "<game kind>.<what>" (docs/chain.md)
    QString contract;    // the contract's name (GameKind::contracts)
    QByteArray callData; // the ABI-encoded call
};

// The id of the `index`-th intent of event `seq` in game `gameId`: the same event always
// yields the same ids, so replaying or resending can never record it twice.
QByteArray chainIntentId(const QString &gameId, qint64 seq, int index);

} // namespace steward
