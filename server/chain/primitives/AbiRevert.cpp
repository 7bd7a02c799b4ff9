// SPDX-License-Identifier: GPL-3.0-or-later
#include "AbiRevert.h"

#include "AbiCodec.h"
#include "Hex.h"

using namespace Qt::StringLiterals;

namespace steward::chain {

namespace {

// Selectors of Error(string) and Panic(uint256).
const QByteArray ErrorSelector = "\x08\xc3\x79\xa0"_ba;
const QByteArray PanicSelector = "\x4e\x48\x7b\x71"_ba;

} // namespace

QString RevertReason::describe() const
{
    switch (kind) {
    case Kind::Empty:
        return u"reverted without a reason"_s;
    case Kind::Error:
        return message;
    case Kind::Panic:
        return u"panic "_s + panicCode.toQuantity() + u": "_s + abi::panicDescription(panicCode);
    case Kind::Custom:
        return u"custom error "_s + hex::encode(data.first(qMin<qsizetype>(4, data.size())));
    }
    return QString();
}

namespace abi {

RevertReason decodeRevert(QByteArrayView data)
{
    RevertReason reason;
    reason.data = data.toByteArray();
    if (data.isEmpty())
        return reason;
    reason.kind = RevertReason::Kind::Custom;
    if (data.size() < 4)
        return reason;
    const QByteArrayView selector = data.first(4);
    if (selector == ErrorSelector) {
        const auto values = decode({AbiType::string()}, data.sliced(4));
        if (values) {
            reason.kind = RevertReason::Kind::Error;
            reason.message = values->front().toString();
        }
    } else if (selector == PanicSelector) {
        const auto values = decode({AbiType::unsignedInt(256)}, data.sliced(4));
        if (values) {
            reason.kind = RevertReason::Kind::Panic;
            reason.panicCode = values->front().toNumber();
        }
    }
    return reason;
}

QString panicDescription(const UInt256 &code)
{
    switch (code.toU64().value_or(~quint64(0))) {
    case 0x00:
        return u"generic compiler panic"_s;
    case 0x01:
        return u"assertion failed"_s;
    case 0x11:
        return u"arithmetic overflow or underflow"_s;
    case 0x12:
        return u"division or modulo by zero"_s;
    case 0x21:
        return u"value out of range for an enum"_s;
    case 0x22:
        return u"incorrectly encoded storage byte array"_s;
    case 0x31:
        return u"pop() on an empty array"_s;
    case 0x32:
        return u"array index out of bounds"_s;
    case 0x41:
        return u"too much memory allocated"_s;
    case 0x51:
        return u"call of a zero-initialised internal function"_s;
    default:
        return u"unknown panic code"_s;
    }
}

} // namespace abi

} // namespace steward::chain
