// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringView>

#include <array>
#include <compare>
#include <optional>

namespace steward::chain {

// A 256-bit unsigned number (wei amounts, gas prices, chain ids, ABI words), held as 32
// big-endian bytes so that byte order is numeric order. An int256 is the same 32 bytes read as
// two's complement: the *Signed* functions convert, everything else is unsigned.
class UInt256
{
public:
    static constexpr qsizetype Size = 32;

    UInt256() = default; // zero
    static UInt256 fromU64(quint64 value);
    // Two's complement: fromI64(-1) is 2^256 - 1.
    static UInt256 fromI64(qint64 value);
    static UInt256 max();
    // At most 32 bytes, big-endian, shorter ones zero-extended on the left.
    static std::optional<UInt256> fromBytes(QByteArrayView bigEndian);
    // Digits only (no sign, no spaces), at most 2^256 - 1.
    static std::optional<UInt256> fromDecimal(QStringView text);
    // An optional '-' and digits in [-2^255, 2^255 - 1], stored as two's complement.
    static std::optional<UInt256> fromSignedDecimal(QStringView text);
    // A JSON-RPC quantity ("0x0", "0x1bc", no leading zeros).
    static std::optional<UInt256> fromQuantity(QStringView text);

    QByteArray toBytes() const;        // always 32 bytes
    QByteArray toMinimalBytes() const; // no leading zero bytes; empty for zero (RLP's integers)
    QString toDecimal() const;
    QString toSignedDecimal() const;
    QString toQuantity() const;
    std::optional<quint64> toU64() const;

    bool isZero() const;
    // The sign bit when read as int256.
    bool isNegative() const { return m_bytes[0] & 0x80; }
    int bitLength() const;
    // 2^256 - x: the two's complement negation.
    UInt256 negated() const;
    quint8 byte(int index) const { return m_bytes[index]; } // big-endian, 0..31

    // Exact arithmetic: nullopt where the result does not fit (overflow, or below zero).
    std::optional<UInt256> checkedAdd(const UInt256 &other) const;
    std::optional<UInt256> checkedSub(const UInt256 &other) const;
    std::optional<UInt256> checkedMul(const UInt256 &other) const;

    friend bool operator==(const UInt256 &, const UInt256 &) = default;
    friend std::strong_ordering operator<=>(const UInt256 &, const UInt256 &) = default;

private:
    std::array<quint8, Size> m_bytes{};
};

} // namespace steward::chain
