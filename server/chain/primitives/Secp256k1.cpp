// SPDX-License-Identifier: GPL-3.0-or-later
#include "Secp256k1.h"

#include <QRandomGenerator>

#include <array>

#include <secp256k1.h>
#include <secp256k1_recovery.h>

using namespace Qt::StringLiterals;

namespace steward::chain::secp256k1 {

namespace {

const unsigned char *data(QByteArrayView bytes)
{
    return reinterpret_cast<const unsigned char *>(bytes.data());
}

// One context for the process, created on first use. Randomising it blinds the signing
// arithmetic against timing and power side channels; it never changes a result. After creation
// the context is only read, which libsecp256k1 allows from any thread.
const secp256k1_context *context()
{
    static const secp256k1_context *const ctx = [] {
        secp256k1_context *created = secp256k1_context_create(SECP256K1_CONTEXT_NONE);
        std::array<quint32, 8> seed{};
        QRandomGenerator::system()->fillRange(seed.data(), seed.size());
        [[maybe_unused]] const int randomised =
            secp256k1_context_randomize(created, reinterpret_cast<const unsigned char *>(seed.data()));
        Q_ASSERT(randomised == 1);
        return created;
    }();
    return ctx;
}

// floor(n / 2): the largest s of a canonical signature.
UInt256 halfCurveOrder()
{
    static const UInt256 half = *UInt256::fromQuantity(u"0x7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0");
    return half;
}

std::optional<QByteArray> serialize(const secp256k1_pubkey &key)
{
    QByteArray out(65, Qt::Uninitialized);
    size_t size = size_t(out.size());
    if (secp256k1_ec_pubkey_serialize(context(), reinterpret_cast<unsigned char *>(out.data()), &size, &key,
                                      SECP256K1_EC_UNCOMPRESSED) != 1
        || size != 65) {
        return std::nullopt;
    }
    return out;
}

} // namespace

UInt256 curveOrder()
{
    static const UInt256 n = *UInt256::fromQuantity(u"0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141");
    return n;
}

bool isValidPrivateKey(QByteArrayView privateKey)
{
    return privateKey.size() == 32 && secp256k1_ec_seckey_verify(context(), data(privateKey)) == 1;
}

std::optional<QByteArray> publicKey(QByteArrayView privateKey)
{
    if (!isValidPrivateKey(privateKey))
        return std::nullopt;
    secp256k1_pubkey key;
    if (secp256k1_ec_pubkey_create(context(), &key, data(privateKey)) != 1)
        return std::nullopt;
    return serialize(key);
}

std::optional<Address> addressOf(QByteArrayView privateKey)
{
    const auto key = publicKey(privateKey);
    return key ? Address::fromPublicKey(*key) : std::nullopt;
}

std::optional<Signature> sign(QByteArrayView hash, QByteArrayView privateKey)
{
    if (hash.size() != 32 || !isValidPrivateKey(privateKey))
        return std::nullopt;
    secp256k1_ecdsa_recoverable_signature signature;
    // No nonce function given: libsecp256k1's default, RFC 6979 without extra entropy, as noble
    // (inside ethers) does. The vectors include hashes >= n, where a nonce derived from the
    // unreduced hash would differ.
    if (secp256k1_ecdsa_sign_recoverable(context(), &signature, data(hash), data(privateKey), nullptr, nullptr) != 1)
        return std::nullopt;
    std::array<unsigned char, 64> compact{};
    int recoveryId = 0;
    secp256k1_ecdsa_recoverable_signature_serialize_compact(context(), compact.data(), &recoveryId, &signature);
    // libsecp256k1 always gives the low-s form (and flips the recovery id to match).
    const QByteArrayView bytes(compact.data(), qsizetype(compact.size()));
    return Signature{*UInt256::fromBytes(bytes.first(32)), *UInt256::fromBytes(bytes.sliced(32)), recoveryId};
}

QString signatureProblem(const Signature &signature)
{
    if (signature.r.isZero() || signature.r >= curveOrder())
        return u"signature r is out of range"_s;
    if (signature.s.isZero() || signature.s >= curveOrder())
        return u"signature s is out of range"_s;
    if (signature.s > halfCurveOrder())
        return u"signature s is in the upper half of the curve order (not canonical)"_s;
    if (signature.yParity != 0 && signature.yParity != 1)
        return u"signature recovery parity must be 0 or 1"_s;
    return QString();
}

Outcome<QByteArray> recoverPublicKey(QByteArrayView hash, const Signature &signature)
{
    if (hash.size() != 32)
        return Refusal{u"a signed hash has 32 bytes"_s};
    if (const QString problem = signatureProblem(signature); !problem.isEmpty())
        return Refusal{problem};
    const QByteArray compact = signature.r.toBytes() + signature.s.toBytes();
    secp256k1_ecdsa_recoverable_signature parsed;
    if (secp256k1_ecdsa_recoverable_signature_parse_compact(context(), &parsed, data(compact), signature.yParity) != 1)
        return Refusal{u"signature could not be parsed"_s};
    secp256k1_pubkey key;
    if (secp256k1_ecdsa_recover(context(), &key, &parsed, data(hash)) != 1)
        return Refusal{u"no public key matches this signature and hash"_s};
    const auto serialized = serialize(key);
    if (!serialized)
        return Refusal{u"recovered public key could not be serialised"_s};
    return *serialized;
}

Outcome<Address> recoverAddress(QByteArrayView hash, const Signature &signature)
{
    const auto key = recoverPublicKey(hash, signature);
    if (!key)
        return key.error();
    return *Address::fromPublicKey(*key);
}

} // namespace steward::chain::secp256k1
