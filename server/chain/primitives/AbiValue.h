// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Address.h"
#include "UInt256.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringView>

namespace steward::chain {

// A value to ABI-encode or one that was decoded. It does not carry its type: the AbiType it is
// encoded with says how to read it, and encoding refuses a value of the wrong shape.
class AbiValue
{
public:
    enum class Kind {
        Number,  // uint<M>; int<M> as its 256-bit two's complement
        Bool,
        Address,
        Bytes,   // bytes and bytes<M>
        String,  // kept as the UTF-8 bytes, so decoding never loses what was on the chain
        List,    // arrays and tuples
    };

    AbiValue() = default; // the number 0
    static AbiValue number(const UInt256 &value);
    static AbiValue unsignedNumber(quint64 value);
    static AbiValue signedNumber(qint64 value);
    static AbiValue address(const Address &value);
    static AbiValue boolean(bool value);
    static AbiValue bytes(QByteArray value);
    static AbiValue string(QStringView text);
    static AbiValue utf8(QByteArray text);
    static AbiValue list(QList<AbiValue> items);

    Kind kind() const { return m_kind; }
    const UInt256 &toNumber() const { return m_number; }   // Number
    bool toBool() const { return m_bool; }                  // Bool
    const Address &toAddress() const { return m_address; } // Address
    const QByteArray &toBytes() const { return m_bytes; }  // Bytes; String as UTF-8
    QString toString() const { return QString::fromUtf8(m_bytes); } // String
    const QList<AbiValue> &items() const { return m_items; }         // List

    // Defaulted in the .cpp: QList<AbiValue>'s == needs AbiValue complete.
    friend bool operator==(const AbiValue &, const AbiValue &);

private:
    Kind m_kind = Kind::Number;
    UInt256 m_number;
    bool m_bool = false;
    Address m_address;
    QByteArray m_bytes;
    QList<AbiValue> m_items;
};

} // namespace steward::chain
