// SPDX-License-Identifier: GPL-3.0-or-later
#include "SovereignResultCalls.h"

#include "server/chain/primitives/AbiFunction.h"
#include "server/chain/primitives/Keccak256.h"

namespace steward::sovereign::results {

using chain::AbiFunction;
using chain::AbiValue;

QByteArray gameKey(const QString &gameId)
{
    return chain::keccak256(gameId.toUtf8());
}

QByteArray standingsHash(const QList<int> &standings)
{
    QByteArray bytes;
    for (int i : standings)
        bytes.append(char(quint8(i)));
    return chain::keccak256(bytes);
}

QByteArray recordMatch(const QString &gameId, const QByteArray &inputHash, const QByteArray &stateHash,
                       const QList<int> &standings, int players, qint64 endTick, const QByteArray &intentId)
{
    // Our own constant signature: parsing it cannot fail.
    static const AbiFunction record =
        *AbiFunction::parse(u"recordMatch(bytes32,bytes32,bytes32,bytes32,uint16,uint16,uint64,bytes32)");
    const auto data = record.encodeCall({AbiValue::bytes(gameKey(gameId)), AbiValue::bytes(inputHash), AbiValue::bytes(stateHash),
                                         AbiValue::bytes(standingsHash(standings)),
                                         AbiValue::unsignedNumber(quint64(standings.isEmpty() ? 0 : standings.first())),
                                         AbiValue::unsignedNumber(quint64(players)), AbiValue::unsignedNumber(quint64(endTick)),
                                         AbiValue::bytes(intentId)});
    Q_ASSERT_X(data.ok(), "results", qPrintable(data.error().reason));
    return data.ok() ? data.value() : QByteArray();
}

} // namespace steward::sovereign::results
