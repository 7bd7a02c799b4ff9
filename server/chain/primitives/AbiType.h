// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace steward::chain {

// A Solidity ABI type: uint<M>, int<M>, address, bool, bytes<M>, bytes, string, T[], T[k] and
// tuples (T1,...,Tn). Parsed from and printed as the canonical strings used in signatures.
class AbiType
{
public:
    enum class Kind { Uint, Int, Address, Bool, FixedBytes, Bytes, String, Array, Tuple };

    // Limits that keep a hostile type string (or data decoded against it) cheap.
    static constexpr int MaxDepth = 16;
    static constexpr qsizetype MaxStaticSize = 1 << 20; // bytes of a statically sized type

    // "uint256[][]", "(address,string)[2]", "bytes32". "uint"/"int" mean 256 bits; no spaces;
    // T[0], empty tuples and unknown names are refused.
    static std::optional<AbiType> parse(QStringView text);
    // A comma-separated list, as inside a signature's parentheses; "" is the empty list.
    static std::optional<QList<AbiType>> parseList(QStringView text);

    static AbiType unsignedInt(int bits = 256);
    static AbiType signedInt(int bits = 256);
    static AbiType address();
    static AbiType boolean();
    static AbiType fixedBytes(int size);
    static AbiType bytes();
    static AbiType string();
    static AbiType array(AbiType element, qsizetype length = -1); // -1: dynamic T[]
    static AbiType tuple(QList<AbiType> components);

    Kind kind() const { return m_kind; }
    int bits() const { return m_size; }      // Uint, Int
    int byteCount() const { return m_size; } // FixedBytes
    const AbiType &element() const { return m_children.front(); } // Array
    qsizetype arrayLength() const { return m_length; }           // Array; -1 when dynamic
    const QList<AbiType> &components() const { return m_children; } // Tuple

    // Dynamic types sit behind an offset: bytes, string, T[], and anything containing one.
    bool isDynamic() const { return m_dynamic; }
    // Bytes the type takes in its enclosing head: 32 for a dynamic type, else its full size
    // (saturating far above MaxStaticSize for absurd types built in code).
    qint64 headSize() const { return m_headSize; }
    QString canonicalName() const;

    friend bool operator==(const AbiType &, const AbiType &) = default;

private:
    AbiType(Kind kind, int size, qsizetype length, QList<AbiType> children);

    Kind m_kind = Kind::Uint;
    int m_size = 256;
    qsizetype m_length = -1;
    QList<AbiType> m_children; // a tuple's components, or an array's single element type
    bool m_dynamic = false;
    qint64 m_headSize = 32;
};

} // namespace steward::chain
