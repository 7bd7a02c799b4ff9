// SPDX-License-Identifier: GPL-3.0-or-later
#include "Transaction.h"

#include "Keccak256.h"
#include "Rlp.h"
#include "Secp256k1.h"

using namespace Qt::StringLiterals;

namespace steward::chain {

namespace {

constexpr char DynamicFeeType = 0x02;

RlpItem addressItem(const std::optional<Address> &to)
{
    return RlpItem::fromBytes(to ? to->bytes() : QByteArray());
}

RlpItem accessListItem(const QList<AccessListEntry> &entries)
{
    QList<RlpItem> items;
    for (const AccessListEntry &entry : entries) {
        QList<RlpItem> keys;
        for (const QByteArray &key : entry.storageKeys)
            keys.append(RlpItem::fromBytes(key));
        items.append(RlpItem::fromList({RlpItem::fromBytes(entry.address.bytes()), RlpItem::fromList(keys)}));
    }
    return RlpItem::fromList(items);
}

// The fields both serialisations of a transaction start with.
QList<RlpItem> unsignedFields(const Transaction &tx)
{
    if (tx.type == Transaction::Type::Legacy) {
        return {RlpItem::fromU64(tx.nonce), RlpItem::fromUInt(tx.gasPrice), RlpItem::fromU64(tx.gasLimit),
                addressItem(tx.to), RlpItem::fromUInt(tx.value), RlpItem::fromBytes(tx.data)};
    }
    return {RlpItem::fromUInt(tx.chainId),
            RlpItem::fromU64(tx.nonce),
            RlpItem::fromUInt(tx.maxPriorityFeePerGas),
            RlpItem::fromUInt(tx.maxFeePerGas),
            RlpItem::fromU64(tx.gasLimit),
            addressItem(tx.to),
            RlpItem::fromUInt(tx.value),
            RlpItem::fromBytes(tx.data),
            accessListItem(tx.accessList)};
}

// EIP-155: v = chainId * 2 + 35 + yParity; without a chain id, 27 + yParity.
std::optional<UInt256> legacyV(const UInt256 &chainId, int yParity)
{
    if (chainId.isZero())
        return UInt256::fromU64(quint64(27 + yParity));
    const auto twice = chainId.checkedAdd(chainId);
    return twice ? twice->checkedAdd(UInt256::fromU64(quint64(35 + yParity))) : std::nullopt;
}

UInt256 halved(const UInt256 &value)
{
    QByteArray bytes = value.toBytes();
    quint8 carry = 0;
    for (char &b : bytes) {
        const auto v = static_cast<quint8>(b);
        b = static_cast<char>((v >> 1) | carry);
        carry = static_cast<quint8>((v & 1) << 7);
    }
    return *UInt256::fromBytes(bytes);
}

// Field readers for decoding; each refuses with the field's name.
struct FieldReader
{
    const QList<RlpItem> &fields;

    Outcome<UInt256> uint256(qsizetype i, const QString &name) const
    {
        const auto v = fields[i].toUInt();
        if (!v)
            return Refusal{u"transaction "_s + name + u" is not a canonical 256-bit integer"_s};
        return *v;
    }

    Outcome<quint64> uint64(qsizetype i, const QString &name) const
    {
        const auto v = fields[i].toU64();
        if (!v)
            return Refusal{u"transaction "_s + name + u" is not a canonical 64-bit integer"_s};
        return *v;
    }

    Outcome<std::optional<Address>> to(qsizetype i) const
    {
        if (fields[i].isList())
            return Refusal{u"transaction recipient is a list"_s};
        if (fields[i].bytes().isEmpty())
            return std::optional<Address>();
        const auto address = Address::fromBytes(fields[i].bytes());
        if (!address)
            return Refusal{u"transaction recipient is not 20 bytes"_s};
        return std::optional<Address>(*address);
    }

    Outcome<QByteArray> bytes(qsizetype i) const
    {
        if (fields[i].isList())
            return Refusal{u"transaction data is a list"_s};
        return fields[i].bytes();
    }

    Outcome<QList<AccessListEntry>> accessList(qsizetype i) const
    {
        if (!fields[i].isList())
            return Refusal{u"transaction access list is not a list"_s};
        QList<AccessListEntry> entries;
        for (const RlpItem &item : fields[i].items()) {
            if (!item.isList() || item.items().size() != 2 || !item.items()[1].isList())
                return Refusal{u"transaction access list entry is not [address, [keys]]"_s};
            const auto address = item.items()[0].isList() ? std::nullopt : Address::fromBytes(item.items()[0].bytes());
            if (!address)
                return Refusal{u"transaction access list address is not 20 bytes"_s};
            AccessListEntry entry{*address, {}};
            for (const RlpItem &key : item.items()[1].items()) {
                if (key.isList() || key.bytes().size() != 32)
                    return Refusal{u"transaction access list storage key is not 32 bytes"_s};
                entry.storageKeys.append(key.bytes());
            }
            entries.append(std::move(entry));
        }
        return entries;
    }
};

Outcome<Transaction> readLegacy(const QList<RlpItem> &fields)
{
    if (fields.size() != 9)
        return Refusal{u"a signed legacy transaction has 9 fields, not %1"_s.arg(fields.size())};
    const FieldReader read{fields};
    Transaction tx;
    tx.type = Transaction::Type::Legacy;
    const auto nonce = read.uint64(0, u"nonce"_s);
    const auto gasPrice = read.uint256(1, u"gas price"_s);
    const auto gasLimit = read.uint64(2, u"gas limit"_s);
    const auto to = read.to(3);
    const auto value = read.uint256(4, u"value"_s);
    const auto data = read.bytes(5);
    const auto v = read.uint256(6, u"v"_s);
    const auto r = read.uint256(7, u"r"_s);
    const auto s = read.uint256(8, u"s"_s);
    if (auto refused = firstRefusal(nonce, gasPrice, gasLimit, to, value, data, v, r, s))
        return *refused;
    int yParity = 0;
    if (*v == UInt256::fromU64(27) || *v == UInt256::fromU64(28)) {
        yParity = *v == UInt256::fromU64(28) ? 1 : 0;
    } else if (*v >= UInt256::fromU64(35)) {
        // v - 35 = chainId * 2 + yParity
        const UInt256 rest = *v->checkedSub(UInt256::fromU64(35));
        yParity = rest.byte(31) & 1;
        tx.chainId = halved(rest);
    } else {
        return Refusal{u"legacy transaction v is neither 27/28 nor EIP-155"_s};
    }
    tx.nonce = *nonce;
    tx.gasPrice = *gasPrice;
    tx.gasLimit = *gasLimit;
    tx.to = *to;
    tx.value = *value;
    tx.data = *data;
    tx.signature = Signature{*r, *s, yParity};
    return tx;
}

Outcome<Transaction> readDynamicFee(const QList<RlpItem> &fields)
{
    if (fields.size() != 12)
        return Refusal{u"a signed EIP-1559 transaction has 12 fields, not %1"_s.arg(fields.size())};
    const FieldReader read{fields};
    Transaction tx;
    tx.type = Transaction::Type::DynamicFee;
    const auto chainId = read.uint256(0, u"chain id"_s);
    const auto nonce = read.uint64(1, u"nonce"_s);
    const auto priorityFee = read.uint256(2, u"max priority fee"_s);
    const auto maxFee = read.uint256(3, u"max fee"_s);
    const auto gasLimit = read.uint64(4, u"gas limit"_s);
    const auto to = read.to(5);
    const auto value = read.uint256(6, u"value"_s);
    const auto data = read.bytes(7);
    const auto accessList = read.accessList(8);
    const auto yParity = read.uint64(9, u"y parity"_s);
    const auto r = read.uint256(10, u"r"_s);
    const auto s = read.uint256(11, u"s"_s);
    if (auto refused = firstRefusal(chainId, nonce, priorityFee, maxFee, gasLimit, to, value, data, accessList,
                                    yParity, r, s))
        return *refused;
    if (*yParity > 1)
        return Refusal{u"transaction y parity is neither 0 nor 1"_s};
    tx.chainId = *chainId;
    tx.nonce = *nonce;
    tx.maxPriorityFeePerGas = *priorityFee;
    tx.maxFeePerGas = *maxFee;
    tx.gasLimit = *gasLimit;
    tx.to = *to;
    tx.value = *value;
    tx.data = *data;
    tx.accessList = *accessList;
    tx.signature = Signature{*r, *s, int(*yParity)};
    return tx;
}

} // namespace

QByteArray Transaction::unsignedSerialization() const
{
    QList<RlpItem> fields = unsignedFields(*this);
    if (type == Type::DynamicFee)
        return DynamicFeeType + rlp::encode(RlpItem::fromList(fields));
    if (!chainId.isZero())
        fields << RlpItem::fromUInt(chainId) << RlpItem() << RlpItem();
    return rlp::encode(RlpItem::fromList(fields));
}

QByteArray Transaction::signingHash() const
{
    return keccak256(unsignedSerialization());
}

Outcome<Transaction> Transaction::signedWith(QByteArrayView privateKey) const
{
    const auto sig = secp256k1::sign(signingHash(), privateKey);
    if (!sig)
        return Refusal{u"the private key is not valid"_s};
    Transaction signedTx = *this;
    signedTx.signature = *sig;
    return signedTx;
}

Outcome<QByteArray> Transaction::signedSerialization() const
{
    if (!signature)
        return Refusal{u"the transaction is not signed"_s};
    QList<RlpItem> fields = unsignedFields(*this);
    if (type == Type::DynamicFee) {
        fields << RlpItem::fromU64(quint64(signature->yParity)) << RlpItem::fromUInt(signature->r)
               << RlpItem::fromUInt(signature->s);
        return QByteArray(DynamicFeeType + rlp::encode(RlpItem::fromList(fields)));
    }
    const auto v = legacyV(chainId, signature->yParity);
    if (!v)
        return Refusal{u"the chain id is too large for an EIP-155 v"_s};
    fields << RlpItem::fromUInt(*v) << RlpItem::fromUInt(signature->r) << RlpItem::fromUInt(signature->s);
    return rlp::encode(RlpItem::fromList(fields));
}

Outcome<QByteArray> Transaction::hash() const
{
    const auto raw = signedSerialization();
    if (!raw)
        return raw;
    return keccak256(*raw);
}

Outcome<Address> Transaction::sender() const
{
    if (!signature)
        return Refusal{u"the transaction is not signed"_s};
    return secp256k1::recoverAddress(signingHash(), *signature);
}

Outcome<DecodedTransaction> Transaction::decode(QByteArrayView raw)
{
    if (raw.isEmpty())
        return Refusal{u"the raw transaction is empty"_s};
    const auto lead = static_cast<quint8>(raw[0]);
    Outcome<Transaction> tx = Refusal{};
    if (lead >= 0xc0) {
        const auto decoded = rlp::decode(raw);
        if (!decoded)
            return Refusal{u"legacy transaction: "_s + decoded.error().reason};
        tx = readLegacy(decoded->items());
    } else if (lead == DynamicFeeType) {
        const auto decoded = rlp::decode(raw.sliced(1));
        if (!decoded)
            return Refusal{u"EIP-1559 transaction: "_s + decoded.error().reason};
        if (!decoded->isList())
            return Refusal{u"EIP-1559 transaction payload is not a list"_s};
        tx = readDynamicFee(decoded->items());
    } else if (lead < 0x80) {
        return Refusal{u"transaction type %1 is not supported"_s.arg(lead)};
    } else {
        return Refusal{u"the raw transaction is neither typed nor an RLP list"_s};
    }
    if (!tx)
        return tx.error();
    const auto sender = tx->sender();
    if (!sender)
        return sender.error();
    // Every field was canonical, so this reproduces `raw`; checking it keeps the hash honest.
    const auto reencoded = tx->signedSerialization();
    if (!reencoded || *reencoded != raw)
        return Refusal{u"the raw transaction does not re-encode to itself"_s};
    return DecodedTransaction{std::move(tx).value(), *sender, keccak256(raw)};
}

} // namespace steward::chain
