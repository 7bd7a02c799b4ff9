// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Address.h"
#include "Outcome.h"
#include "Signature.h"
#include "UInt256.h"

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

// Keys and signatures on the secp256k1 curve, through libsecp256k1. Private keys are 32
// big-endian bytes in [1, n - 1]; public keys are 65 bytes, 0x04 || X || Y.
namespace steward::chain::secp256k1 {

// The order n of the curve's group.
UInt256 curveOrder();

bool isValidPrivateKey(QByteArrayView privateKey);
std::optional<QByteArray> publicKey(QByteArrayView privateKey);
std::optional<Address> addressOf(QByteArrayView privateKey);

// Deterministic (RFC 6979) and low-s, hence byte-for-byte what ethers' SigningKey.sign gives.
// nullopt for a hash that is not 32 bytes or an invalid key.
std::optional<Signature> sign(QByteArrayView hash, QByteArrayView privateKey);

// Why a signature is unusable, or an empty string: r and s in [1, n - 1], s <= n / 2 (EIP-2:
// the high-s twin of a valid signature is refused, so a signature cannot be altered and stay
// valid), yParity 0 or 1.
QString signatureProblem(const Signature &signature);

// The signer's public key (65 bytes) or address; refuses what signatureProblem names.
Outcome<QByteArray> recoverPublicKey(QByteArrayView hash, const Signature &signature);
Outcome<Address> recoverAddress(QByteArrayView hash, const Signature &signature);

} // namespace steward::chain::secp256k1
