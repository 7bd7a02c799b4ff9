// SPDX-License-Identifier: GPL-3.0-or-later
#include "Rlp.h"

using namespace Qt::StringLiterals;

namespace steward::chain {

bool operator==(const RlpItem &, const RlpItem &) = default;

RlpItem RlpItem::fromBytes(QByteArray bytes)
{
    RlpItem item;
    item.m_bytes = std::move(bytes);
    return item;
}

RlpItem RlpItem::fromList(QList<RlpItem> items)
{
    RlpItem item;
    item.m_isList = true;
    item.m_items = std::move(items);
    return item;
}

RlpItem RlpItem::fromUInt(const UInt256 &value)
{
    return fromBytes(value.toMinimalBytes());
}

RlpItem RlpItem::fromU64(quint64 value)
{
    return fromUInt(UInt256::fromU64(value));
}

std::optional<UInt256> RlpItem::toUInt() const
{
    if (m_isList || (!m_bytes.isEmpty() && m_bytes[0] == 0))
        return std::nullopt;
    return UInt256::fromBytes(m_bytes);
}

std::optional<quint64> RlpItem::toU64() const
{
    const auto value = toUInt();
    return value ? value->toU64() : std::nullopt;
}

namespace rlp {

namespace {

// A short header holds lengths up to 55; longer ones follow the header as big-endian bytes.
QByteArray header(qsizetype length, quint8 offset)
{
    if (length < 56)
        return QByteArray(1, static_cast<char>(offset + length));
    const QByteArray lengthBytes = UInt256::fromU64(quint64(length)).toMinimalBytes();
    return static_cast<char>(offset + 55 + lengthBytes.size()) + lengthBytes;
}

void encodeInto(const RlpItem &item, QByteArray &out)
{
    if (!item.isList()) {
        const QByteArray &bytes = item.bytes();
        if (bytes.size() == 1 && static_cast<quint8>(bytes[0]) < 0x80) {
            out += bytes;
        } else {
            out += header(bytes.size(), 0x80);
            out += bytes;
        }
        return;
    }
    QByteArray payload;
    for (const RlpItem &child : item.items())
        encodeInto(child, payload);
    out += header(payload.size(), 0xc0);
    out += payload;
}

class Decoder
{
public:
    explicit Decoder(QByteArrayView data) : m_data(data) {}

    // Decodes the item starting at `pos`, which moves past it; never reads outside m_data.
    Outcome<RlpItem> item(qsizetype &pos, int depth)
    {
        if (pos >= m_data.size())
            return Refusal{u"RLP data ends where an item should start"_s};
        const quint8 lead = static_cast<quint8>(m_data[pos]);
        if (lead < 0x80) {
            ++pos;
            return RlpItem::fromBytes(QByteArray(1, static_cast<char>(lead)));
        }
        const bool isList = lead >= 0xc0;
        const quint8 base = isList ? 0xc0 : 0x80;
        qsizetype length = 0;
        qsizetype start = pos + 1;
        if (lead - base <= 55) {
            length = lead - base;
        } else {
            const int lengthSize = lead - base - 55; // 1..8
            if (lengthSize > m_data.size() - start)
                return Refusal{u"RLP length header is truncated"_s};
            if (m_data[start] == 0)
                return Refusal{u"RLP length has a leading zero byte"_s};
            quint64 value = 0;
            for (int i = 0; i < lengthSize; ++i)
                value = (value << 8) | static_cast<quint8>(m_data[start + i]);
            if (value < 56)
                return Refusal{u"RLP uses a long header for a short length"_s};
            start += lengthSize;
            if (value > quint64(m_data.size() - start))
                return Refusal{u"RLP item is longer than the data"_s};
            length = qsizetype(value);
        }
        if (length > m_data.size() - start)
            return Refusal{u"RLP item is longer than the data"_s};
        const qsizetype end = start + length;
        pos = end;
        if (!isList) {
            if (length == 1 && static_cast<quint8>(m_data[start]) < 0x80)
                return Refusal{u"RLP single byte below 0x80 must be encoded as itself"_s};
            return RlpItem::fromBytes(m_data.sliced(start, length).toByteArray());
        }
        if (depth >= MaxDepth)
            return Refusal{u"RLP lists are nested too deeply"_s};
        QList<RlpItem> children;
        qsizetype at = start;
        while (at < end) {
            // Children are decoded within the list's payload, so one cannot run past it.
            Decoder inner(m_data.first(end));
            auto child = inner.item(at, depth + 1);
            if (!child)
                return child;
            children.append(std::move(child).value());
        }
        return RlpItem::fromList(std::move(children));
    }

private:
    QByteArrayView m_data;
};

} // namespace

QByteArray encode(const RlpItem &item)
{
    QByteArray out;
    encodeInto(item, out);
    return out;
}

Outcome<RlpItem> decode(QByteArrayView encoded)
{
    qsizetype pos = 0;
    Decoder decoder(encoded);
    auto item = decoder.item(pos, 0);
    if (item && pos != encoded.size())
        return Refusal{u"RLP data has bytes after the item"_s};
    return item;
}

} // namespace rlp

} // namespace steward::chain
