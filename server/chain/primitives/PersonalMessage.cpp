// SPDX-License-Identifier: GPL-3.0-or-later
#include "PersonalMessage.h"

#include "Keccak256.h"
#include "Secp256k1.h"
#include "Signature.h"

using namespace Qt::StringLiterals;

namespace steward::chain::personal {

QByteArray messageHash(QByteArrayView message)
{
    QByteArray prefixed = "\x19" "Ethereum Signed Message:\n"_ba;
    prefixed += QByteArray::number(message.size());
    prefixed += message;
    return keccak256(prefixed);
}

std::optional<QByteArray> signMessage(QByteArrayView message, QByteArrayView privateKey)
{
    const auto signature = secp256k1::sign(messageHash(message), privateKey);
    return signature ? std::optional(signature->toBytes()) : std::nullopt;
}

Outcome<Address> recoverSigner(QByteArrayView message, QByteArrayView signature)
{
    const auto parsed = Signature::fromBytes(signature);
    if (!parsed)
        return Refusal{u"a message signature is 65 bytes ending in v = 27, 28, 0 or 1"_s};
    return secp256k1::recoverAddress(messageHash(message), *parsed);
}

} // namespace steward::chain::personal
