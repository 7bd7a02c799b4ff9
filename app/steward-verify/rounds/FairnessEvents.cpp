// SPDX-License-Identifier: GPL-3.0-or-later
#include "FairnessEvents.h"

#include "server/chain/primitives/Hex.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace steward::verify {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(FairnessEvents)
};
} // namespace

namespace fairnessAbi {

const chain::AbiEvent &committed()
{
    static const chain::AbiEvent e = *chain::AbiEvent::parse(
        u"Committed(bytes32 indexed table, uint64 indexed round, bytes32 seedHash, uint64 committedAt, bytes32 intentId)");
    return e;
}

const chain::AbiEvent &revealed()
{
    static const chain::AbiEvent e = *chain::AbiEvent::parse(
        u"Revealed(bytes32 indexed table, uint64 indexed round, bytes32 seed, bytes32 betsRoot, uint8 number, bytes32 intentId)");
    return e;
}

const chain::AbiFunction &drawNumber()
{
    static const chain::AbiFunction f = *chain::AbiFunction::parse(u"drawNumber(bytes32,bytes32)", u"uint8");
    return f;
}

} // namespace fairnessAbi

chain::Outcome<QList<ReceiptEvent>> eventsInReceipt(const QJsonValue &receiptValue, const chain::AbiEvent &event,
                                                    const QString &contract)
{
    if (!receiptValue.isObject())
        return chain::Refusal{Text::tr("the chain has no such transaction")};
    const QJsonObject receipt = receiptValue.toObject();
    if (receipt.value(u"status").toString() != u"0x1")
        return chain::Refusal{Text::tr("the transaction failed on chain (status %1)").arg(receipt.value(u"status").toString())};
    if (receipt.value(u"to").toString().compare(contract, Qt::CaseInsensitive) != 0)
        return chain::Refusal{Text::tr("the transaction went to %1, not to the contract %2")
                                  .arg(receipt.value(u"to").toString(), contract)};
    const auto blockNumber = chain::hex::decodeQuantity(receipt.value(u"blockNumber").toString());
    if (!blockNumber)
        return chain::Refusal{Text::tr("the transaction is not in a block yet")};
    QList<ReceiptEvent> found;
    const QString topic0 = chain::hex::encode(event.topic0());
    for (const QJsonValue &l : receipt.value(u"logs").toArray()) {
        const QJsonObject log = l.toObject();
        if (log.value(u"address").toString().compare(contract, Qt::CaseInsensitive) != 0)
            continue;
        const QJsonArray topics = log.value(u"topics").toArray();
        if (topics.isEmpty() || topics.first().toString().compare(topic0, Qt::CaseInsensitive) != 0)
            continue;
        chain::EventLog raw;
        for (const QJsonValue &t : topics)
            raw.topics << chain::hex::decode(t.toString()).value_or(QByteArray());
        raw.data = chain::hex::decode(log.value(u"data").toString()).value_or(QByteArray());
        auto values = event.decode(raw);
        if (!values)
            return chain::Refusal{Text::tr("a %1 log does not decode: %2").arg(event.name(), values.error().reason)};
        found.append(ReceiptEvent{std::move(values).value(), *blockNumber, receipt.value(u"blockHash").toString()});
    }
    if (found.isEmpty())
        return chain::Refusal{Text::tr("the transaction logged no %1 event").arg(event.name())};
    return found;
}

QByteArray bytes32At(const QList<chain::AbiValue> &values, int index)
{
    return index < values.size() ? values.at(index).toBytes() : QByteArray();
}

std::optional<quint64> numberAt(const QList<chain::AbiValue> &values, int index)
{
    return index < values.size() ? values.at(index).toNumber().toU64() : std::nullopt;
}

} // namespace steward::verify
