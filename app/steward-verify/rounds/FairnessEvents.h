// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/chain/primitives/AbiFunction.h"
#include "server/chain/primitives/EventLog.h"

#include <QJsonObject>
#include <QList>

namespace steward::verify {

// What the verifier reads of resources/contracts/RoundFairness.sol, written out here from the
// contract's source rather than taken from the host, whose word is what is being checked.
namespace fairnessAbi {
const chain::AbiEvent &committed(); // table, round, seedHash, committedAt, intentId
const chain::AbiEvent &revealed();  // table, round, seed, betsRoot, number, intentId
const chain::AbiFunction &drawNumber(); // drawNumber(bytes32,bytes32) returns (uint8)
} // namespace fairnessAbi

// One of the contract's events found in a transaction receipt (eth_getTransactionReceipt).
struct ReceiptEvent
{
    QList<chain::AbiValue> values; // in the event's declaration order
    quint64 blockNumber = 0;
    QString blockHash;
};

// Every `event` the contract at `contract` logged in `receipt`, after checking that the
// transaction succeeded and was a call to that contract. Refused with a reason a person reads.
chain::Outcome<QList<ReceiptEvent>> eventsInReceipt(const QJsonValue &receipt, const chain::AbiEvent &event,
                                                    const QString &contract);

// A 32-byte value or a uint64 from decoded event values, for comparing.
QByteArray bytes32At(const QList<chain::AbiValue> &values, int index);
std::optional<quint64> numberAt(const QList<chain::AbiValue> &values, int index);

} // namespace steward::verify
