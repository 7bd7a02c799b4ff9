// SPDX-License-Identifier: GPL-3.0-or-later
#include "Hex.h"

using namespace Qt::StringLiterals;

namespace steward::chain::hex {

namespace {

constexpr char16_t Digits[] = u"0123456789abcdef";

int digitValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= u'a' && u <= u'f')
        return u - u'a' + 10;
    if (u >= u'A' && u <= u'F')
        return u - u'A' + 10;
    return -1;
}

bool hasPrefix(QStringView text)
{
    return text.size() >= 2 && text[0] == u'0' && text[1] == u'x';
}

// The digits of a quantity, checked: at least one, no leading zero unless it is "0".
std::optional<QStringView> quantityDigits(QStringView text)
{
    if (!hasPrefix(text))
        return std::nullopt;
    const QStringView digits = text.mid(2);
    if (digits.isEmpty() || (digits.size() > 1 && digits[0] == u'0'))
        return std::nullopt;
    for (QChar c : digits) {
        if (digitValue(c) < 0)
            return std::nullopt;
    }
    return digits;
}

} // namespace

QString encode(QByteArrayView bytes)
{
    QString out;
    out.reserve(2 + 2 * bytes.size());
    out += u"0x";
    for (char b : bytes) {
        const auto v = static_cast<unsigned char>(b);
        out += QChar(Digits[v >> 4]);
        out += QChar(Digits[v & 0xf]);
    }
    return out;
}

std::optional<QByteArray> decode(QStringView text)
{
    if (!hasPrefix(text) || text.size() % 2 != 0)
        return std::nullopt;
    QByteArray out(text.size() / 2 - 1, Qt::Uninitialized);
    for (qsizetype i = 0; i < out.size(); ++i) {
        const int hi = digitValue(text[2 + 2 * i]);
        const int lo = digitValue(text[3 + 2 * i]);
        if (hi < 0 || lo < 0)
            return std::nullopt;
        out[i] = static_cast<char>((hi << 4) | lo);
    }
    return out;
}

QString encodeQuantity(quint64 value)
{
    return u"0x"_s + QString::number(value, 16);
}

QString encodeQuantityBytes(QByteArrayView bigEndian)
{
    qsizetype first = 0;
    while (first < bigEndian.size() && bigEndian[first] == 0)
        ++first;
    if (first == bigEndian.size())
        return u"0x0"_s;
    QString digits = encode(bigEndian.sliced(first));
    // One byte gives two digits; a quantity drops the leading zero digit.
    if (digits[2] == u'0')
        digits.remove(2, 1);
    return digits;
}

std::optional<quint64> decodeQuantity(QStringView text)
{
    const auto digits = quantityDigits(text);
    if (!digits || digits->size() > 16)
        return std::nullopt;
    quint64 value = 0;
    for (QChar c : *digits)
        value = (value << 4) | static_cast<quint64>(digitValue(c));
    return value;
}

std::optional<QByteArray> decodeQuantityBytes(QStringView text)
{
    const auto digits = quantityDigits(text);
    if (!digits)
        return std::nullopt;
    if (*digits == u"0")
        return QByteArray();
    QByteArray out((digits->size() + 1) / 2, Qt::Uninitialized);
    // Right-aligned: an odd count leaves the first byte with a single digit.
    qsizetype d = digits->size() - 1;
    for (qsizetype i = out.size() - 1; i >= 0; --i) {
        int v = digitValue((*digits)[d--]);
        if (d >= 0)
            v |= digitValue((*digits)[d--]) << 4;
        out[i] = static_cast<char>(v);
    }
    return out;
}

} // namespace steward::chain::hex
