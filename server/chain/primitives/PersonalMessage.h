// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Address.h"
#include "Outcome.h"

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

// EIP-191 "personal" messages (version 0x45), what wallets sign for personal_sign: the prefix
// keeps a signed message from ever being a valid signed transaction.
namespace steward::chain::personal {

// keccak256("\x19Ethereum Signed Message:\n" + decimal byte length + message).
QByteArray messageHash(QByteArrayView message);

// 65 bytes r || s || v with v = 27 or 28, as ethers' Wallet.signMessage gives.
std::optional<QByteArray> signMessage(QByteArrayView message, QByteArrayView privateKey);

// Who signed `message`: `signature` is 65 bytes with v 27/28 or 0/1, and must be canonical
// (low s; see secp256k1::signatureProblem).
Outcome<Address> recoverSigner(QByteArrayView message, QByteArrayView signature);

} // namespace steward::chain::personal
