// SPDX-License-Identifier: GPL-3.0-or-later
#include "Signature.h"

namespace steward::chain {

QByteArray Signature::toBytes() const
{
    return r.toBytes() + s.toBytes() + static_cast<char>(27 + yParity);
}

std::optional<Signature> Signature::fromBytes(QByteArrayView bytes)
{
    if (bytes.size() != 65)
        return std::nullopt;
    const auto v = static_cast<quint8>(bytes[64]);
    if (v != 0 && v != 1 && v != 27 && v != 28)
        return std::nullopt;
    return Signature{*UInt256::fromBytes(bytes.first(32)), *UInt256::fromBytes(bytes.sliced(32, 32)), v % 27};
}

} // namespace steward::chain
