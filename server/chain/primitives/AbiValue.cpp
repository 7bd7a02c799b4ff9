// SPDX-License-Identifier: GPL-3.0-or-later
#include "AbiValue.h"

namespace steward::chain {

bool operator==(const AbiValue &, const AbiValue &) = default;

AbiValue AbiValue::number(const UInt256 &value)
{
    AbiValue v;
    v.m_number = value;
    return v;
}

AbiValue AbiValue::unsignedNumber(quint64 value)
{
    return number(UInt256::fromU64(value));
}

AbiValue AbiValue::signedNumber(qint64 value)
{
    return number(UInt256::fromI64(value));
}

AbiValue AbiValue::address(const Address &value)
{
    AbiValue v;
    v.m_kind = Kind::Address;
    v.m_address = value;
    return v;
}

AbiValue AbiValue::boolean(bool value)
{
    AbiValue v;
    v.m_kind = Kind::Bool;
    v.m_bool = value;
    return v;
}

AbiValue AbiValue::bytes(QByteArray value)
{
    AbiValue v;
    v.m_kind = Kind::Bytes;
    v.m_bytes = std::move(value);
    return v;
}

AbiValue AbiValue::string(QStringView text)
{
    return utf8(text.toUtf8());
}

AbiValue AbiValue::utf8(QByteArray text)
{
    AbiValue v;
    v.m_kind = Kind::String;
    v.m_bytes = std::move(text);
    return v;
}

AbiValue AbiValue::list(QList<AbiValue> items)
{
    AbiValue v;
    v.m_kind = Kind::List;
    v.m_items = std::move(items);
    return v;
}

} // namespace steward::chain
