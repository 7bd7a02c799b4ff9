// SPDX-License-Identifier: GPL-3.0-or-later
#include "BeerLedgerCalls.h"

#include "server/chain/primitives/AbiFunction.h"
#include "server/chain/primitives/Keccak256.h"

#include <cmath>
#include <map>

using namespace Qt::StringLiterals;

namespace steward::beer::ledger {

namespace {
using chain::AbiFunction;
using chain::AbiValue;

const AbiFunction &function(QStringView signature)
{
    // Parsed once per signature; the signatures are our own constants, so parsing cannot fail.
    static std::map<QString, AbiFunction> cache;
    auto it = cache.find(signature.toString());
    if (it == cache.end())
        it = cache.emplace(signature.toString(), *AbiFunction::parse(signature)).first;
    return it->second;
}

AbiValue u(qint64 v)
{
    return AbiValue::unsignedNumber(quint64(std::max<qint64>(v, 0)));
}

AbiValue word(const QByteArray &bytes32)
{
    return AbiValue::bytes(bytes32);
}

QByteArray encode(QStringView signature, const QList<AbiValue> &args)
{
    const auto data = function(signature).encodeCall(args);
    Q_ASSERT_X(data.ok(), "ledger", qPrintable(data.error().reason));
    return data.ok() ? data.value() : QByteArray();
}
} // namespace

QByteArray gameKey(const QString &gameId)
{
    return chain::keccak256(gameId.toUtf8());
}

QByteArray placeOrder(const QString &gameId, int team, int week, BeerRole role, int quantity, const QByteArray &intentId)
{
    return encode(u"placeOrder(bytes32,uint16,uint32,uint8,uint32,bytes32)",
                  {word(gameKey(gameId)), u(team), u(week), u(index(role)), u(quantity), word(intentId)});
}

QByteArray updateInventory(const QString &gameId, int team, int week, BeerRole role, int inventory, int backlog,
                           const QByteArray &intentId)
{
    return encode(u"updateInventory(bytes32,uint16,uint32,uint8,int64,uint32,bytes32)",
                  {word(gameKey(gameId)), u(team), u(week), u(index(role)),
                   AbiValue::signedNumber(inventory), u(backlog), word(intentId)});
}

QByteArray advanceWeek(const QString &gameId, int team, int week, double teamCost, const QByteArray &intentId)
{
    return encode(u"advanceWeek(bytes32,uint16,uint32,uint64,bytes32)",
                  {word(gameKey(gameId)), u(team), u(week), u(std::llround(teamCost * 100)), word(intentId)});
}

} // namespace steward::beer::ledger
