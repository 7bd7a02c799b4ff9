// SPDX-License-Identifier: GPL-3.0-or-later
#include "AbiFunction.h"

#include "AbiCodec.h"
#include "Keccak256.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace steward::chain {

QByteArray functionSelector(QStringView canonicalSignature)
{
    return keccak256(canonicalSignature.toUtf8()).first(4);
}

namespace abi {

bool isIdentifier(QStringView name)
{
    if (name.isEmpty())
        return false;
    for (qsizetype i = 0; i < name.size(); ++i) {
        const char16_t c = name[i].unicode();
        const bool letter = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'_' || c == u'$';
        const bool digit = c >= u'0' && c <= u'9';
        if (!letter && !(digit && i > 0))
            return false;
    }
    return true;
}

std::optional<std::pair<QStringView, QStringView>> splitSignature(QStringView signature)
{
    const qsizetype open = signature.indexOf(u'(');
    if (open <= 0 || !signature.endsWith(u')'))
        return std::nullopt;
    const QStringView name = signature.first(open);
    if (!isIdentifier(name))
        return std::nullopt;
    return std::pair(name, signature.sliced(open + 1, signature.size() - open - 2));
}

} // namespace abi

AbiFunction::AbiFunction(QString name, QList<AbiType> inputs, QList<AbiType> outputs)
    : m_name(std::move(name)), m_inputs(std::move(inputs)), m_outputs(std::move(outputs))
{
}

std::optional<AbiFunction> AbiFunction::parse(QStringView signature, QStringView outputs)
{
    const auto parts = abi::splitSignature(signature);
    if (!parts)
        return std::nullopt;
    auto inputTypes = AbiType::parseList(parts->second);
    auto outputTypes = AbiType::parseList(outputs);
    if (!inputTypes || !outputTypes)
        return std::nullopt;
    return AbiFunction(parts->first.toString(), std::move(*inputTypes), std::move(*outputTypes));
}

QString AbiFunction::signature() const
{
    QStringList types;
    for (const AbiType &type : m_inputs)
        types.append(type.canonicalName());
    return m_name + u'(' + types.join(u',') + u')';
}

QByteArray AbiFunction::selector() const
{
    return functionSelector(signature());
}

Outcome<QByteArray> AbiFunction::encodeCall(const QList<AbiValue> &arguments) const
{
    auto encoded = abi::encode(m_inputs, arguments);
    if (!encoded)
        return encoded;
    return QByteArray(selector() + *encoded);
}

Outcome<QList<AbiValue>> AbiFunction::decodeCall(QByteArrayView callData) const
{
    if (callData.size() < 4 || callData.first(4) != selector())
        return Refusal{u"call data is not a call of "_s + signature()};
    return abi::decode(m_inputs, callData.sliced(4));
}

Outcome<QList<AbiValue>> AbiFunction::decodeOutput(QByteArrayView returnData) const
{
    return abi::decode(m_outputs, returnData);
}

} // namespace steward::chain
