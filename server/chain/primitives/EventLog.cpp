// SPDX-License-Identifier: GPL-3.0-or-later
#include "EventLog.h"

#include "AbiCodec.h"
#include "AbiFunction.h"
#include "Keccak256.h"

#include <QStringList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace steward::chain {

namespace {

constexpr int MaxIndexed = 4; // topics per log, topic0 included

// Splits at commas outside parentheses.
QList<QStringView> splitParameters(QStringView text)
{
    QList<QStringView> parts;
    int depth = 0;
    qsizetype start = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == u'(')
            ++depth;
        else if (text[i] == u')')
            --depth;
        else if (text[i] == u',' && depth == 0) {
            parts.append(text.sliced(start, i - start));
            start = i + 1;
        }
    }
    parts.append(text.sliced(start));
    return parts;
}

std::optional<EventParameter> parseParameter(QStringView text)
{
    const QStringList words = text.toString().split(u' ', Qt::SkipEmptyParts);
    if (words.isEmpty() || words.size() > 3)
        return std::nullopt;
    auto type = AbiType::parse(words[0]);
    if (!type)
        return std::nullopt;
    EventParameter parameter{std::move(*type), false, QString()};
    qsizetype next = 1;
    if (next < words.size() && words[next] == u"indexed") {
        parameter.indexed = true;
        ++next;
    }
    if (next < words.size()) {
        if (!abi::isIdentifier(words[next]) || words[next] == u"indexed")
            return std::nullopt;
        parameter.name = words[next++];
    }
    if (next != words.size())
        return std::nullopt;
    return parameter;
}

} // namespace

bool EventParameter::isTopicHash() const
{
    using Kind = AbiType::Kind;
    return indexed && (type.kind() == Kind::String || type.kind() == Kind::Bytes || type.kind() == Kind::Array
                       || type.kind() == Kind::Tuple);
}

QByteArray eventTopic(QStringView canonicalSignature)
{
    return keccak256(canonicalSignature.toUtf8());
}

AbiEvent::AbiEvent(QString name, QList<EventParameter> parameters, bool anonymous)
    : m_name(std::move(name)), m_parameters(std::move(parameters)), m_anonymous(anonymous)
{
}

std::optional<AbiEvent> AbiEvent::parse(QStringView declaration, bool anonymous)
{
    const auto parts = abi::splitSignature(declaration.trimmed());
    if (!parts)
        return std::nullopt;
    QList<EventParameter> parameters;
    if (!parts->second.trimmed().isEmpty()) {
        for (QStringView text : splitParameters(parts->second)) {
            auto parameter = parseParameter(text);
            if (!parameter)
                return std::nullopt;
            parameters.append(std::move(*parameter));
        }
    }
    const auto indexed = std::count_if(parameters.cbegin(), parameters.cend(), [](const auto &p) { return p.indexed; });
    if (indexed > MaxIndexed - (anonymous ? 0 : 1))
        return std::nullopt;
    return AbiEvent(parts->first.toString(), std::move(parameters), anonymous);
}

QString AbiEvent::signature() const
{
    QStringList types;
    for (const EventParameter &parameter : m_parameters)
        types.append(parameter.type.canonicalName());
    return m_name + u'(' + types.join(u',') + u')';
}

QByteArray AbiEvent::topic0() const
{
    return eventTopic(signature());
}

Outcome<QList<AbiValue>> AbiEvent::decode(const EventLog &log) const
{
    qsizetype topic = 0;
    if (!m_anonymous) {
        if (log.topics.isEmpty() || log.topics.front() != topic0())
            return Refusal{u"log is not a "_s + signature() + u" event"_s};
        topic = 1;
    }
    QList<AbiType> dataTypes;
    qsizetype indexedCount = 0;
    for (const EventParameter &parameter : m_parameters) {
        if (parameter.indexed)
            ++indexedCount;
        else
            dataTypes.append(parameter.type);
    }
    if (log.topics.size() != topic + indexedCount)
        return Refusal{u"log of %1 has %2 topics, expected %3"_s.arg(signature()).arg(log.topics.size()).arg(topic + indexedCount)};
    auto dataValues = abi::decode(dataTypes, log.data);
    if (!dataValues)
        return Refusal{u"log data of "_s + signature() + u": "_s + dataValues.error().reason};

    QList<AbiValue> values;
    qsizetype data = 0;
    for (const EventParameter &parameter : m_parameters) {
        if (!parameter.indexed) {
            values.append(dataValues->at(data++));
            continue;
        }
        const QByteArray &word = log.topics.at(topic++);
        if (word.size() != 32)
            return Refusal{u"log topic of "_s + signature() + u" is not 32 bytes"_s};
        if (parameter.isTopicHash()) {
            values.append(AbiValue::bytes(word));
            continue;
        }
        auto value = abi::decode({parameter.type}, word);
        if (!value)
            return Refusal{u"log topic of "_s + signature() + u": "_s + value.error().reason};
        values.append(value->front());
    }
    return values;
}

} // namespace steward::chain
