// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "UInt256.h"

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

namespace steward::chain {

// A recoverable secp256k1 ECDSA signature: (r, s) and the parity of R's y, which tells
// recovery which of the two candidate public keys signed.
struct Signature
{
    UInt256 r;
    UInt256 s;
    int yParity = 0; // 0 or 1

    // r || s || v with v = 27 + yParity, the form eth_sign and wallets use.
    QByteArray toBytes() const;
    // 65 bytes, v being 27/28 or 0/1. Only the layout is checked here; secp256k1::recover*
    // checks the values.
    static std::optional<Signature> fromBytes(QByteArrayView bytes);

    friend bool operator==(const Signature &, const Signature &) = default;
};

} // namespace steward::chain
