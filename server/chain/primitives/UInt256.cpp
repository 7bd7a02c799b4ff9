// SPDX-License-Identifier: GPL-3.0-or-later
#include "UInt256.h"

#include "Hex.h"

#include <openssl/bn.h>
#include <openssl/crypto.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace steward::chain {

namespace {

struct BignumFree
{
    void operator()(BIGNUM *bn) const { BN_free(bn); }
};
using Bignum = std::unique_ptr<BIGNUM, BignumFree>;

struct BnCtxFree
{
    void operator()(BN_CTX *ctx) const { BN_CTX_free(ctx); }
};

Bignum toBignum(const QByteArray &bytes)
{
    return Bignum(BN_bin2bn(reinterpret_cast<const unsigned char *>(bytes.constData()), int(bytes.size()), nullptr));
}

std::optional<UInt256> fromBignum(const BIGNUM *bn)
{
    if (bn == nullptr || BN_is_negative(bn))
        return std::nullopt;
    QByteArray out(UInt256::Size, Qt::Uninitialized);
    // -1 when the number needs more than 32 bytes.
    if (BN_bn2binpad(bn, reinterpret_cast<unsigned char *>(out.data()), int(out.size())) != UInt256::Size)
        return std::nullopt;
    return UInt256::fromBytes(out);
}

} // namespace

UInt256 UInt256::fromU64(quint64 value)
{
    UInt256 out;
    for (int i = 0; i < 8; ++i)
        out.m_bytes[Size - 1 - i] = static_cast<quint8>(value >> (8 * i));
    return out;
}

UInt256 UInt256::fromI64(qint64 value)
{
    UInt256 out = fromU64(static_cast<quint64>(value));
    if (value < 0) {
        for (int i = 0; i < Size - 8; ++i)
            out.m_bytes[i] = 0xff;
    }
    return out;
}

UInt256 UInt256::max()
{
    UInt256 out;
    out.m_bytes.fill(0xff);
    return out;
}

std::optional<UInt256> UInt256::fromBytes(QByteArrayView bigEndian)
{
    if (bigEndian.size() > Size)
        return std::nullopt;
    UInt256 out;
    const qsizetype pad = Size - bigEndian.size();
    for (qsizetype i = 0; i < bigEndian.size(); ++i)
        out.m_bytes[pad + i] = static_cast<quint8>(bigEndian[i]);
    return out;
}

std::optional<UInt256> UInt256::fromDecimal(QStringView text)
{
    // Checked here because BN_dec2bn accepts a sign and stops quietly at the first non-digit.
    if (text.isEmpty() || text.size() > 100)
        return std::nullopt;
    for (QChar c : text) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
    }
    const QByteArray digits = text.toLatin1();
    BIGNUM *raw = nullptr;
    const int used = BN_dec2bn(&raw, digits.constData());
    const Bignum bn(raw);
    if (used != int(digits.size()))
        return std::nullopt;
    return fromBignum(bn.get());
}

std::optional<UInt256> UInt256::fromSignedDecimal(QStringView text)
{
    const bool negative = text.startsWith(u'-');
    const auto magnitude = fromDecimal(negative ? text.mid(1) : text);
    if (!magnitude)
        return std::nullopt;
    UInt256 limit; // 2^255: the magnitude of int256's minimum
    limit.m_bytes[0] = 0x80;
    if (negative ? *magnitude > limit : *magnitude >= limit)
        return std::nullopt;
    return negative ? magnitude->negated() : *magnitude;
}

std::optional<UInt256> UInt256::fromQuantity(QStringView text)
{
    const auto bytes = hex::decodeQuantityBytes(text);
    return bytes ? fromBytes(*bytes) : std::nullopt;
}

QByteArray UInt256::toBytes() const
{
    return QByteArray(reinterpret_cast<const char *>(m_bytes.data()), Size);
}

QByteArray UInt256::toMinimalBytes() const
{
    qsizetype first = 0;
    while (first < Size && m_bytes[first] == 0)
        ++first;
    return QByteArray(reinterpret_cast<const char *>(m_bytes.data()) + first, Size - first);
}

QString UInt256::toDecimal() const
{
    const Bignum bn = toBignum(toBytes());
    char *text = bn ? BN_bn2dec(bn.get()) : nullptr;
    if (text == nullptr)
        return QString(); // only when out of memory
    const QString out = QString::fromLatin1(text);
    OPENSSL_free(text);
    return out;
}

QString UInt256::toSignedDecimal() const
{
    return isNegative() ? u"-"_s + negated().toDecimal() : toDecimal();
}

QString UInt256::toQuantity() const
{
    return hex::encodeQuantityBytes(toBytes());
}

std::optional<quint64> UInt256::toU64() const
{
    for (int i = 0; i < Size - 8; ++i) {
        if (m_bytes[i] != 0)
            return std::nullopt;
    }
    quint64 value = 0;
    for (int i = Size - 8; i < Size; ++i)
        value = (value << 8) | m_bytes[i];
    return value;
}

bool UInt256::isZero() const
{
    return *this == UInt256();
}

int UInt256::bitLength() const
{
    for (int i = 0; i < Size; ++i) {
        if (m_bytes[i] != 0) {
            int bits = 8;
            while (!(m_bytes[i] & (1u << (bits - 1))))
                --bits;
            return (Size - 1 - i) * 8 + bits;
        }
    }
    return 0;
}

UInt256 UInt256::negated() const
{
    // Invert and add one.
    UInt256 out;
    unsigned carry = 1;
    for (int i = Size - 1; i >= 0; --i) {
        const unsigned sum = static_cast<quint8>(~m_bytes[i]) + carry;
        out.m_bytes[i] = static_cast<quint8>(sum);
        carry = sum >> 8;
    }
    return out;
}

std::optional<UInt256> UInt256::checkedAdd(const UInt256 &other) const
{
    UInt256 out;
    unsigned carry = 0;
    for (int i = Size - 1; i >= 0; --i) {
        const unsigned sum = unsigned(m_bytes[i]) + other.m_bytes[i] + carry;
        out.m_bytes[i] = static_cast<quint8>(sum);
        carry = sum >> 8;
    }
    if (carry != 0)
        return std::nullopt;
    return out;
}

std::optional<UInt256> UInt256::checkedSub(const UInt256 &other) const
{
    if (*this < other)
        return std::nullopt;
    UInt256 out;
    int borrow = 0;
    for (int i = Size - 1; i >= 0; --i) {
        int diff = int(m_bytes[i]) - int(other.m_bytes[i]) - borrow;
        borrow = diff < 0 ? 1 : 0;
        out.m_bytes[i] = static_cast<quint8>(diff + 256 * borrow);
    }
    return out;
}

std::optional<UInt256> UInt256::checkedMul(const UInt256 &other) const
{
    const Bignum a = toBignum(toBytes());
    const Bignum b = toBignum(other.toBytes());
    const Bignum product(BN_new());
    const std::unique_ptr<BN_CTX, BnCtxFree> ctx(BN_CTX_new());
    if (!a || !b || !product || !ctx || BN_mul(product.get(), a.get(), b.get(), ctx.get()) != 1)
        return std::nullopt;
    return fromBignum(product.get());
}

} // namespace steward::chain
