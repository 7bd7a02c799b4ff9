// SPDX-License-Identifier: GPL-3.0-or-later
#include "AbiType.h"

#include <QStringList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace steward::chain {

namespace {

constexpr qint64 SizeCap = qint64(1) << 40;

// Decimal digits without a leading zero, within [1, max]; 0 when not.
qint64 positiveNumber(QStringView digits, qint64 max)
{
    if (digits.isEmpty() || digits.size() > 12 || digits[0] == u'0')
        return 0;
    qint64 value = 0;
    for (QChar c : digits) {
        if (c < u'0' || c > u'9')
            return 0;
        value = value * 10 + (c.unicode() - u'0');
    }
    return value <= max ? value : 0;
}

// Splits at the commas that are not inside parentheses; nullopt if they do not balance.
std::optional<QList<QStringView>> splitTopLevel(QStringView text)
{
    QList<QStringView> parts;
    int depth = 0;
    qsizetype start = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == u'(') {
            ++depth;
        } else if (text[i] == u')') {
            if (--depth < 0)
                return std::nullopt;
        } else if (text[i] == u',' && depth == 0) {
            parts.append(text.sliced(start, i - start));
            start = i + 1;
        }
    }
    if (depth != 0)
        return std::nullopt;
    parts.append(text.sliced(start));
    return parts;
}

std::optional<AbiType> parseAt(QStringView text, int depth);

std::optional<QList<AbiType>> parseListAt(QStringView text, int depth)
{
    QList<AbiType> types;
    if (text.isEmpty())
        return types;
    const auto parts = splitTopLevel(text);
    if (!parts)
        return std::nullopt;
    for (QStringView part : *parts) {
        auto type = parseAt(part, depth);
        if (!type)
            return std::nullopt;
        types.append(std::move(*type));
    }
    return types;
}

std::optional<AbiType> parseElementary(QStringView text)
{
    if (text == u"address")
        return AbiType::address();
    if (text == u"bool")
        return AbiType::boolean();
    if (text == u"string")
        return AbiType::string();
    if (text == u"bytes")
        return AbiType::bytes();
    if (text == u"uint")
        return AbiType::unsignedInt(256);
    if (text == u"int")
        return AbiType::signedInt(256);
    if (text.startsWith(u"bytes")) {
        const qint64 size = positiveNumber(text.sliced(5), 32);
        return size ? std::optional(AbiType::fixedBytes(int(size))) : std::nullopt;
    }
    const bool isUnsigned = text.startsWith(u"uint");
    if (isUnsigned || text.startsWith(u"int")) {
        const qint64 bits = positiveNumber(text.sliced(isUnsigned ? 4 : 3), 256);
        if (bits == 0 || bits % 8 != 0)
            return std::nullopt;
        return isUnsigned ? AbiType::unsignedInt(int(bits)) : AbiType::signedInt(int(bits));
    }
    return std::nullopt;
}

std::optional<AbiType> parseAt(QStringView text, int depth)
{
    if (depth > AbiType::MaxDepth || text.isEmpty())
        return std::nullopt;
    std::optional<AbiType> type;
    if (text.endsWith(u']')) {
        // The last suffix is the outermost array: "T[2][]" is a dynamic array of T[2].
        const qsizetype open = text.lastIndexOf(u'[');
        if (open <= 0)
            return std::nullopt;
        const QStringView length = text.sliced(open + 1, text.size() - open - 2);
        auto element = parseAt(text.first(open), depth + 1);
        if (!element)
            return std::nullopt;
        if (length.isEmpty()) {
            type = AbiType::array(std::move(*element));
        } else {
            const qint64 count = positiveNumber(length, AbiType::MaxStaticSize / 32);
            if (count == 0)
                return std::nullopt;
            type = AbiType::array(std::move(*element), qsizetype(count));
        }
    } else if (text.startsWith(u'(') && text.endsWith(u')')) {
        auto components = parseListAt(text.sliced(1, text.size() - 2), depth + 1);
        if (!components || components->isEmpty())
            return std::nullopt;
        type = AbiType::tuple(std::move(*components));
    } else {
        return parseElementary(text);
    }
    // Reading a tuple or fixed array walks its whole head, so its head is bounded, dynamic or not.
    qint64 block = 0;
    if (type->kind() == AbiType::Kind::Tuple) {
        for (const AbiType &component : type->components())
            block += component.headSize();
    } else if (type->arrayLength() > 0) {
        block = type->arrayLength() * type->element().headSize();
    }
    if (block > AbiType::MaxStaticSize)
        return std::nullopt;
    return type;
}

} // namespace

AbiType::AbiType(Kind kind, int size, qsizetype length, QList<AbiType> children)
    : m_kind(kind), m_size(size), m_length(length), m_children(std::move(children))
{
    switch (m_kind) {
    case Kind::Bytes:
    case Kind::String:
        m_dynamic = true;
        break;
    case Kind::Array:
        m_dynamic = m_length < 0 || element().isDynamic();
        if (!m_dynamic)
            m_headSize = std::min(SizeCap, qint64(m_length) * element().headSize());
        break;
    case Kind::Tuple:
        m_dynamic = std::any_of(m_children.cbegin(), m_children.cend(), [](const AbiType &t) { return t.isDynamic(); });
        if (!m_dynamic) {
            m_headSize = 0;
            for (const AbiType &component : m_children)
                m_headSize = std::min(SizeCap, m_headSize + component.headSize());
        }
        break;
    default:
        break;
    }
}

std::optional<AbiType> AbiType::parse(QStringView text)
{
    return parseAt(text, 0);
}

std::optional<QList<AbiType>> AbiType::parseList(QStringView text)
{
    return parseListAt(text, 1);
}

AbiType AbiType::unsignedInt(int bits)
{
    Q_ASSERT(bits >= 8 && bits <= 256 && bits % 8 == 0);
    return AbiType(Kind::Uint, bits, -1, {});
}

AbiType AbiType::signedInt(int bits)
{
    Q_ASSERT(bits >= 8 && bits <= 256 && bits % 8 == 0);
    return AbiType(Kind::Int, bits, -1, {});
}

AbiType AbiType::address()
{
    return AbiType(Kind::Address, 160, -1, {});
}

AbiType AbiType::boolean()
{
    return AbiType(Kind::Bool, 8, -1, {});
}

AbiType AbiType::fixedBytes(int size)
{
    Q_ASSERT(size >= 1 && size <= 32);
    return AbiType(Kind::FixedBytes, size, -1, {});
}

AbiType AbiType::bytes()
{
    return AbiType(Kind::Bytes, 0, -1, {});
}

AbiType AbiType::string()
{
    return AbiType(Kind::String, 0, -1, {});
}

AbiType AbiType::array(AbiType element, qsizetype length)
{
    Q_ASSERT(length == -1 || length > 0);
    return AbiType(Kind::Array, 0, length, {std::move(element)});
}

AbiType AbiType::tuple(QList<AbiType> components)
{
    Q_ASSERT(!components.isEmpty());
    return AbiType(Kind::Tuple, 0, -1, std::move(components));
}

QString AbiType::canonicalName() const
{
    switch (m_kind) {
    case Kind::Uint:
        return u"uint"_s + QString::number(m_size);
    case Kind::Int:
        return u"int"_s + QString::number(m_size);
    case Kind::Address:
        return u"address"_s;
    case Kind::Bool:
        return u"bool"_s;
    case Kind::FixedBytes:
        return u"bytes"_s + QString::number(m_size);
    case Kind::Bytes:
        return u"bytes"_s;
    case Kind::String:
        return u"string"_s;
    case Kind::Array:
        return element().canonicalName() + u'[' + (m_length < 0 ? QString() : QString::number(m_length)) + u']';
    case Kind::Tuple: {
        QStringList names;
        for (const AbiType &component : m_children)
            names.append(component.canonicalName());
        return u'(' + names.join(u',') + u')';
    }
    }
    return QString();
}

} // namespace steward::chain
