// SPDX-License-Identifier: GPL-3.0-or-later
#include "FairnessCalls.h"

#include "server/chain/primitives/AbiFunction.h"
#include "server/chain/primitives/Keccak256.h"

using namespace Qt::StringLiterals;

namespace steward::rounds::fairness {

namespace {
using chain::AbiFunction;
using chain::AbiValue;

QByteArray encode(const AbiFunction &f, const QList<AbiValue> &args)
{
    const auto data = f.encodeCall(args);
    Q_ASSERT_X(data.ok(), "fairness", qPrintable(data.error().reason));
    return data.ok() ? data.value() : QByteArray();
}
} // namespace

QByteArray tableKey(const QString &gameId)
{
    return chain::keccak256(gameId.toUtf8());
}

QByteArray commit(const QString &gameId, qint64 round, const QByteArray &seedHash, const QByteArray &intentId)
{
    static const AbiFunction f = *AbiFunction::parse(u"commit(bytes32,uint64,bytes32,bytes32)");
    return encode(f, {AbiValue::bytes(tableKey(gameId)), AbiValue::unsignedNumber(quint64(round)),
                      AbiValue::bytes(seedHash), AbiValue::bytes(intentId)});
}

QByteArray reveal(const QString &gameId, qint64 round, const QByteArray &seed, const QByteArray &betsRoot, int number,
                  const QByteArray &intentId)
{
    static const AbiFunction f = *AbiFunction::parse(u"reveal(bytes32,uint64,bytes32,bytes32,uint8,bytes32)");
    return encode(f, {AbiValue::bytes(tableKey(gameId)), AbiValue::unsignedNumber(quint64(round)), AbiValue::bytes(seed),
                      AbiValue::bytes(betsRoot), AbiValue::unsignedNumber(quint64(number)), AbiValue::bytes(intentId)});
}

std::optional<qint64> roundOf(const QByteArray &callData)
{
    // selector (4) ‖ table (32) ‖ round (32, big-endian, fits in 64 bits)
    if (callData.size() < 4 + 64)
        return std::nullopt;
    quint64 round = 0;
    for (int i = 0; i < 8; ++i)
        round = (round << 8) | quint8(callData.at(4 + 32 + 24 + i));
    return qint64(round);
}

} // namespace steward::rounds::fairness
