// SPDX-License-Identifier: GPL-3.0-or-later
#include "RpcHex.h"

using namespace Qt::StringLiterals;

namespace steward::chain::rpchex {

namespace {
int nibble(QChar c)
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
    return text.size() >= 2 && text[0] == u'0' && (text[1] == u'x' || text[1] == u'X');
}
} // namespace

QString encode(const QByteArray &bytes)
{
    return u"0x"_s + QString::fromLatin1(bytes.toHex());
}

std::optional<QByteArray> decode(QStringView text)
{
    if (!hasPrefix(text) || text.size() % 2 != 0)
        return std::nullopt;
    QByteArray out(text.size() / 2 - 1, Qt::Uninitialized);
    for (qsizetype i = 2; i < text.size(); i += 2) {
        const int hi = nibble(text[i]);
        const int lo = nibble(text[i + 1]);
        if (hi < 0 || lo < 0)
            return std::nullopt;
        out[i / 2 - 1] = static_cast<char>(hi << 4 | lo);
    }
    return out;
}

QString quantity(quint64 value)
{
    return u"0x"_s + QString::number(value, 16);
}

std::optional<quint64> parseQuantity(QStringView text)
{
    if (!hasPrefix(text) || text.size() == 2)
        return std::nullopt;
    quint64 value = 0;
    for (qsizetype i = 2; i < text.size(); ++i) {
        const int n = nibble(text[i]);
        if (n < 0 || value > (~quint64(0) >> 4))
            return std::nullopt;
        value = value << 4 | quint64(n);
    }
    return value;
}

} // namespace steward::chain::rpchex
