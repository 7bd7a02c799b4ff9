// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringView>

#include <optional>

// The hex forms of JSON-RPC: DATA ("0x" + two digits per byte) and QUANTITY ("0x" + the
// number's digits, no leading zeros, "0x0" for zero).
namespace steward::chain::hex {

// Lowercase, "0x" alone for no bytes.
QString encode(QByteArrayView bytes);
// Needs "0x" and an even number of digits of either case; nothing else (no spaces, no sign).
std::optional<QByteArray> decode(QStringView text);

QString encodeQuantity(quint64 value);
// A big-endian number of any length; leading zero bytes do not show.
QString encodeQuantityBytes(QByteArrayView bigEndian);
// Refuses "0x", "0x01" (leading zero) and anything over 64 bits.
std::optional<quint64> decodeQuantity(QStringView text);
// The number as minimal big-endian bytes (empty for zero); refuses what decodeQuantity refuses,
// except that any length is allowed.
std::optional<QByteArray> decodeQuantityBytes(QStringView text);

} // namespace steward::chain::hex
