// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QHashFunctions>
#include <QString>
#include <QStringView>

#include <array>
#include <compare>
#include <optional>

namespace steward::chain {

// A 20-byte account or contract address.
class Address
{
public:
    static constexpr qsizetype Size = 20;

    Address() = default; // the zero address
    static std::optional<Address> fromBytes(QByteArrayView bytes);
    // "0x" and 40 hex digits. All-lowercase and all-uppercase digits are taken as they are;
    // mixed case is an EIP-55 checksum and must be the right one.
    static std::optional<Address> fromString(QStringView text);
    // The last 20 bytes of keccak256 of the 64-byte point (X || Y); takes the 65-byte form with
    // its 0x04 prefix too. Does not check that the point is on the curve.
    static std::optional<Address> fromPublicKey(QByteArrayView uncompressed);
    // Where a CREATE from `sender` with `nonce` deploys: keccak256(rlp([sender, nonce]))[12:].
    static Address contractAddress(const Address &sender, quint64 nonce);

    QByteArray bytes() const;
    QString toChecksumString() const; // EIP-55 mixed case
    QString toLowerHex() const;
    bool isZero() const { return *this == Address(); }

    friend bool operator==(const Address &, const Address &) = default;
    friend std::strong_ordering operator<=>(const Address &, const Address &) = default;
    friend size_t qHash(const Address &address, size_t seed = 0)
    {
        return qHashBits(address.m_bytes.data(), Size, seed);
    }

private:
    std::array<quint8, Size> m_bytes{};
};

} // namespace steward::chain
