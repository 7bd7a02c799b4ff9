// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace steward::chain {

// The human reason inside a revert's return data, as Solidity encodes it:
//   Error(string)  0x08c379a0 + ABI string   → the string ("intent already recorded")
//   Panic(uint256) 0x4e487b71 + ABI uint256  → "panic 0x11" (0x11: arithmetic overflow)
// Anything else (custom errors, empty data, malformed encodings) has no decodable reason.
std::optional<QString> decodeRevertReason(const QByteArray &revertData);

} // namespace steward::chain
