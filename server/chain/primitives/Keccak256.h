// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace steward::chain {

// Ethereum's hash: the original Keccak-256 (padding 0x01), not the standardised SHA3-256
// (padding 0x06). keccak256("") starts c5d2460186f7...
QByteArray keccak256(QByteArrayView data);

} // namespace steward::chain
