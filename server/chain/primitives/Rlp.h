// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Outcome.h"
#include "UInt256.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <optional>

namespace steward::chain {

// One node of Recursive Length Prefix data: a byte string or a list of nodes.
class RlpItem
{
public:
    RlpItem() = default; // the empty byte string
    static RlpItem fromBytes(QByteArray bytes);
    static RlpItem fromList(QList<RlpItem> items);
    // Integers are minimal big-endian byte strings: zero is the empty string.
    static RlpItem fromUInt(const UInt256 &value);
    static RlpItem fromU64(quint64 value);

    bool isList() const { return m_isList; }
    const QByteArray &bytes() const { return m_bytes; } // empty for a list
    const QList<RlpItem> &items() const { return m_items; } // empty for a byte string

    // A byte string holding a canonical integer (no leading zero byte) that fits.
    std::optional<UInt256> toUInt() const;
    std::optional<quint64> toU64() const;

    // Defaulted in the .cpp: QList<RlpItem>'s == needs RlpItem complete.
    friend bool operator==(const RlpItem &, const RlpItem &);

private:
    bool m_isList = false;
    QByteArray m_bytes;
    QList<RlpItem> m_items;
};

namespace rlp {

// Lists nested deeper than this are refused when decoding; transactions need 3.
inline constexpr int MaxDepth = 32;

QByteArray encode(const RlpItem &item);

// Exactly one item filling the whole input, in canonical form: a single byte below 0x80 is
// itself, lengths use the shortest header without leading zeros, nothing is left over.
Outcome<RlpItem> decode(QByteArrayView encoded);

} // namespace rlp

} // namespace steward::chain
