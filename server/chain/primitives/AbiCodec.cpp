// SPDX-License-Identifier: GPL-3.0-or-later
#include "AbiCodec.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace steward::chain::abi {

namespace {

constexpr qsizetype Word = 32;

qsizetype paddedSize(qsizetype size)
{
    return (size + Word - 1) / Word * Word;
}

QByteArray rightPadded(QByteArray bytes)
{
    bytes.append(paddedSize(bytes.size()) - bytes.size(), '\0');
    return bytes;
}

// Does the 256-bit word hold a value of `bits` bits (unsigned), or of `bits` bits sign-extended?
bool fitsUnsigned(const UInt256 &word, int bits)
{
    return word.bitLength() <= bits;
}

bool fitsSigned(const UInt256 &word, int bits)
{
    const int topBytes = (256 - bits) / 8;
    const quint8 fill = word.isNegative() ? 0xff : 0x00;
    for (int i = 0; i < topBytes; ++i) {
        if (word.byte(i) != fill)
            return false;
    }
    // The value's own sign bit must agree with the extension.
    return topBytes == 0 || ((word.byte(topBytes) & 0x80) != 0) == (fill == 0xff);
}

QString mismatch(const AbiType &type, const QString &why)
{
    return type.canonicalName() + u": "_s + why;
}

Outcome<QByteArray> encodeValue(const AbiType &type, const AbiValue &value);

// Heads in order, then the tails of the dynamic values each head points to.
Outcome<QByteArray> encodeSequence(const QList<const AbiType *> &types, const QList<AbiValue> &values)
{
    qsizetype headSize = 0;
    for (const AbiType *type : types)
        headSize += qsizetype(type->headSize());
    QByteArray head;
    QByteArray tail;
    for (qsizetype i = 0; i < types.size(); ++i) {
        auto encoded = encodeValue(*types[i], values[i]);
        if (!encoded)
            return encoded;
        if (types[i]->isDynamic()) {
            head += UInt256::fromU64(quint64(headSize + tail.size())).toBytes();
            tail += *encoded;
        } else {
            head += *encoded;
        }
    }
    return QByteArray(head + tail);
}

Outcome<QByteArray> encodeValue(const AbiType &type, const AbiValue &value)
{
    using Kind = AbiType::Kind;
    const auto expect = [&](AbiValue::Kind kind, const QString &what) {
        return value.kind() == kind ? QString() : mismatch(type, u"expected "_s + what);
    };
    switch (type.kind()) {
    case Kind::Uint:
        if (auto e = expect(AbiValue::Kind::Number, u"a number"_s); !e.isEmpty())
            return Refusal{e};
        if (!fitsUnsigned(value.toNumber(), type.bits()))
            return Refusal{mismatch(type, u"value out of range"_s)};
        return value.toNumber().toBytes();
    case Kind::Int:
        if (auto e = expect(AbiValue::Kind::Number, u"a number"_s); !e.isEmpty())
            return Refusal{e};
        if (!fitsSigned(value.toNumber(), type.bits()))
            return Refusal{mismatch(type, u"value out of range"_s)};
        return value.toNumber().toBytes();
    case Kind::Address:
        if (auto e = expect(AbiValue::Kind::Address, u"an address"_s); !e.isEmpty())
            return Refusal{e};
        return QByteArray(QByteArray(Word - Address::Size, '\0') + value.toAddress().bytes());
    case Kind::Bool:
        if (auto e = expect(AbiValue::Kind::Bool, u"a bool"_s); !e.isEmpty())
            return Refusal{e};
        return UInt256::fromU64(value.toBool() ? 1 : 0).toBytes();
    case Kind::FixedBytes:
        if (auto e = expect(AbiValue::Kind::Bytes, u"bytes"_s); !e.isEmpty())
            return Refusal{e};
        if (value.toBytes().size() != type.byteCount())
            return Refusal{mismatch(type, u"expected exactly %1 bytes"_s.arg(type.byteCount()))};
        return rightPadded(value.toBytes());
    case Kind::Bytes:
    case Kind::String:
        if (auto e = type.kind() == Kind::Bytes ? expect(AbiValue::Kind::Bytes, u"bytes"_s)
                                                : expect(AbiValue::Kind::String, u"a string"_s);
            !e.isEmpty()) {
            return Refusal{e};
        }
        return QByteArray(UInt256::fromU64(quint64(value.toBytes().size())).toBytes() + rightPadded(value.toBytes()));
    case Kind::Array: {
        if (auto e = expect(AbiValue::Kind::List, u"a list"_s); !e.isEmpty())
            return Refusal{e};
        const qsizetype count = value.items().size();
        if (type.arrayLength() >= 0 && count != type.arrayLength())
            return Refusal{mismatch(type, u"expected %1 elements, not %2"_s.arg(type.arrayLength()).arg(count))};
        const QList<const AbiType *> types(count, &type.element());
        auto encoded = encodeSequence(types, value.items());
        if (!encoded || type.arrayLength() >= 0)
            return encoded;
        return QByteArray(UInt256::fromU64(quint64(count)).toBytes() + *encoded);
    }
    case Kind::Tuple: {
        if (auto e = expect(AbiValue::Kind::List, u"a list"_s); !e.isEmpty())
            return Refusal{e};
        if (value.items().size() != type.components().size())
            return Refusal{mismatch(type, u"expected %1 components"_s.arg(type.components().size()))};
        QList<const AbiType *> types;
        for (const AbiType &component : type.components())
            types.append(&component);
        return encodeSequence(types, value.items());
    }
    }
    return Refusal{mismatch(type, u"unknown type"_s)};
}

// Every position is checked against the data before it is read; `m_budget` bounds the total
// read, so offsets that point many heads at the same tail cannot blow up the work.
class Decoder
{
public:
    explicit Decoder(QByteArrayView data) : m_data(data), m_budget(4 * qint64(data.size()) + 4 * Word) {}

    Outcome<QList<AbiValue>> sequence(const QList<const AbiType *> &types, qsizetype base)
    {
        QList<AbiValue> values;
        values.reserve(types.size());
        qsizetype head = base;
        for (const AbiType *type : types) {
            Outcome<AbiValue> decoded = AbiValue();
            if (type->isDynamic()) {
                auto offset = index(head, u"offset"_s);
                if (!offset)
                    return offset.error();
                if (*offset > m_data.size() - base)
                    return Refusal{mismatch(*type, u"offset points past the end of the data"_s)};
                decoded = value(*type, base + *offset);
                head += Word;
            } else {
                decoded = value(*type, head);
                head += qsizetype(type->headSize());
            }
            if (!decoded)
                return decoded.error();
            values.append(std::move(decoded).value());
        }
        return values;
    }

private:
    Outcome<UInt256> word(qsizetype pos)
    {
        if (pos < 0 || pos > m_data.size() - Word)
            return Refusal{u"ABI data is too short"_s};
        if ((m_budget -= Word) < 0)
            return Refusal{u"ABI data decodes to far more than its size (offsets reused)"_s};
        return *UInt256::fromBytes(m_data.sliced(pos, Word));
    }

    // An offset, length or count: a word small enough to index the data.
    Outcome<qsizetype> index(qsizetype pos, const QString &what)
    {
        const auto w = word(pos);
        if (!w)
            return w.error();
        const auto small = w->toU64();
        if (!small || *small > quint64(m_data.size()))
            return Refusal{u"ABI "_s + what + u" is larger than the data"_s};
        return qsizetype(*small);
    }

    Outcome<AbiValue> value(const AbiType &type, qsizetype pos)
    {
        using Kind = AbiType::Kind;
        switch (type.kind()) {
        case Kind::Uint:
        case Kind::Int:
        case Kind::Address:
        case Kind::Bool:
        case Kind::FixedBytes: {
            const auto w = word(pos);
            if (!w)
                return w.error();
            return elementary(type, *w);
        }
        case Kind::Bytes:
        case Kind::String: {
            const auto length = index(pos, u"length"_s);
            if (!length)
                return length.error();
            const qsizetype start = pos + Word;
            if (paddedSize(*length) > m_data.size() - start)
                return Refusal{mismatch(type, u"length runs past the end of the data"_s)};
            if ((m_budget -= *length) < 0)
                return Refusal{u"ABI data decodes to far more than its size (offsets reused)"_s};
            QByteArray bytes = m_data.sliced(start, *length).toByteArray();
            return type.kind() == Kind::Bytes ? AbiValue::bytes(std::move(bytes)) : AbiValue::utf8(std::move(bytes));
        }
        case Kind::Array: {
            qsizetype count = type.arrayLength();
            qsizetype base = pos;
            if (count < 0) {
                const auto length = index(pos, u"array length"_s);
                if (!length)
                    return length.error();
                count = *length;
                base = pos + Word;
            }
            // Each element takes at least its head (and at least a word: a zero-sized element,
            // only possible in a type built in code, must not make a huge count free); refuse a
            // count the data cannot hold before allocating anything for it.
            const qint64 each = std::max<qint64>(type.element().headSize(), Word);
            if (base > m_data.size() || count > (m_data.size() - base) / each)
                return Refusal{mismatch(type, u"more elements than the data can hold"_s)};
            const QList<const AbiType *> types(count, &type.element());
            auto items = sequence(types, base);
            if (!items)
                return items.error();
            return AbiValue::list(std::move(items).value());
        }
        case Kind::Tuple: {
            QList<const AbiType *> types;
            for (const AbiType &component : type.components())
                types.append(&component);
            auto items = sequence(types, pos);
            if (!items)
                return items.error();
            return AbiValue::list(std::move(items).value());
        }
        }
        return Refusal{mismatch(type, u"unknown type"_s)};
    }

    static Outcome<AbiValue> elementary(const AbiType &type, const UInt256 &w)
    {
        using Kind = AbiType::Kind;
        switch (type.kind()) {
        case Kind::Uint:
            if (!fitsUnsigned(w, type.bits()))
                return Refusal{mismatch(type, u"value has bits above its size"_s)};
            return AbiValue::number(w);
        case Kind::Int:
            if (!fitsSigned(w, type.bits()))
                return Refusal{mismatch(type, u"value is not sign-extended"_s)};
            return AbiValue::number(w);
        case Kind::Address:
            if (!fitsUnsigned(w, 160))
                return Refusal{mismatch(type, u"value has bits above 160"_s)};
            return AbiValue::address(*Address::fromBytes(QByteArrayView(w.toBytes()).sliced(Word - Address::Size)));
        case Kind::Bool:
            if (w > UInt256::fromU64(1))
                return Refusal{mismatch(type, u"value is neither 0 nor 1"_s)};
            return AbiValue::boolean(!w.isZero());
        case Kind::FixedBytes: {
            for (int i = type.byteCount(); i < Word; ++i) {
                if (w.byte(i) != 0)
                    return Refusal{mismatch(type, u"padding is not zero"_s)};
            }
            return AbiValue::bytes(w.toBytes().first(type.byteCount()));
        }
        default:
            return Refusal{mismatch(type, u"not an elementary type"_s)};
        }
    }

    QByteArrayView m_data;
    qint64 m_budget;
};

} // namespace

Outcome<QByteArray> encode(const QList<AbiType> &types, const QList<AbiValue> &values)
{
    if (types.size() != values.size())
        return Refusal{u"%1 values for %2 types"_s.arg(values.size()).arg(types.size())};
    QList<const AbiType *> pointers;
    for (const AbiType &type : types)
        pointers.append(&type);
    return encodeSequence(pointers, values);
}

Outcome<QList<AbiValue>> decode(const QList<AbiType> &types, QByteArrayView data)
{
    QList<const AbiType *> pointers;
    for (const AbiType &type : types)
        pointers.append(&type);
    return Decoder(data).sequence(pointers, 0);
}

} // namespace steward::chain::abi
