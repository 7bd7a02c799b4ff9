// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

// The 0x-hex of JSON-RPC, just enough for node/: data ("0x" + even hex digits) and quantities
// ("0x" + hex without leading zeros). primitives/ owns the full codecs; this stays private to the
// node layer so the two can evolve without depending on each other.
namespace steward::chain::rpchex {

QString encode(const QByteArray &bytes);                       // "0x" + lower-case hex
std::optional<QByteArray> decode(QStringView text);             // strict: "0x" prefix, even, hex only
QString quantity(quint64 value);                                // 0 → "0x0", 31337 → "0x7a69"
std::optional<quint64> parseQuantity(QStringView text);         // accepts leading zeros, at most 64 bits

} // namespace steward::chain::rpchex
