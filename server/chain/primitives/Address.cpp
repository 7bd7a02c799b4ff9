// SPDX-License-Identifier: GPL-3.0-or-later
#include "Address.h"

#include "Hex.h"
#include "Keccak256.h"
#include "Rlp.h"

namespace steward::chain {

std::optional<Address> Address::fromBytes(QByteArrayView bytes)
{
    if (bytes.size() != Size)
        return std::nullopt;
    Address out;
    for (qsizetype i = 0; i < Size; ++i)
        out.m_bytes[i] = static_cast<quint8>(bytes[i]);
    return out;
}

std::optional<Address> Address::fromString(QStringView text)
{
    if (text.size() != 2 + 2 * Size)
        return std::nullopt;
    const auto bytes = hex::decode(text);
    if (!bytes)
        return std::nullopt;
    const QStringView digits = text.mid(2);
    bool hasLower = false;
    bool hasUpper = false;
    for (QChar c : digits) {
        hasLower = hasLower || (c >= u'a' && c <= u'f');
        hasUpper = hasUpper || (c >= u'A' && c <= u'F');
    }
    auto address = fromBytes(*bytes);
    if (hasLower && hasUpper && address->toChecksumString() != text)
        return std::nullopt;
    return address;
}

std::optional<Address> Address::fromPublicKey(QByteArrayView uncompressed)
{
    if (uncompressed.size() == 65 && uncompressed[0] == 0x04)
        uncompressed = uncompressed.sliced(1);
    if (uncompressed.size() != 64)
        return std::nullopt;
    return fromBytes(QByteArrayView(keccak256(uncompressed)).sliced(32 - Size));
}

Address Address::contractAddress(const Address &sender, quint64 nonce)
{
    const QByteArray encoded = rlp::encode(RlpItem::fromList({RlpItem::fromBytes(sender.bytes()), RlpItem::fromU64(nonce)}));
    return *fromBytes(QByteArrayView(keccak256(encoded)).sliced(32 - Size));
}

QByteArray Address::bytes() const
{
    return QByteArray(reinterpret_cast<const char *>(m_bytes.data()), Size);
}

QString Address::toLowerHex() const
{
    return hex::encode(bytes());
}

QString Address::toChecksumString() const
{
    // EIP-55: digit i is uppercased when nibble i of keccak256(lowercase hex digits) is >= 8.
    QString text = toLowerHex();
    const QByteArray hash = keccak256(text.mid(2).toLatin1());
    for (int i = 0; i < 2 * Size; ++i) {
        const auto byte = static_cast<quint8>(hash[i / 2]);
        const int nibble = (i % 2 == 0) ? (byte >> 4) : (byte & 0xf);
        QChar &c = text[2 + i];
        if (nibble >= 8 && c >= u'a' && c <= u'f')
            c = c.toUpper();
    }
    return text;
}

} // namespace steward::chain
