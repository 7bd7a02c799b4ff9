// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AbiType.h"
#include "AbiValue.h"
#include "Outcome.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace steward::chain {

// A log as a node returns it: up to four 32-byte topics and the data.
struct EventLog
{
    QList<QByteArray> topics;
    QByteArray data;
};

struct EventParameter
{
    AbiType type;
    bool indexed = false;
    QString name; // may be empty

    // An indexed string, bytes, array or tuple is stored only as the keccak256 of its value;
    // decoding gives back that 32-byte hash (as bytes), never the value.
    bool isTopicHash() const;
};

// keccak256 of a canonical event signature: a log's topic0.
QByteArray eventTopic(QStringView canonicalSignature);

// A contract event, for reading its logs. Non-indexed parameters are ABI-encoded, in order,
// in the data; indexed ones each take a topic after topic0 (anonymous events have no topic0).
class AbiEvent
{
public:
    AbiEvent(QString name, QList<EventParameter> parameters, bool anonymous = false);
    // A Solidity declaration: "OrderPlaced(bytes32 indexed order, uint32 week, uint8, uint32)"
    // (names optional), or a canonical signature "OrderPlaced(bytes32,uint32,uint8,uint32)",
    // which has no indexed parameters.
    static std::optional<AbiEvent> parse(QStringView declaration, bool anonymous = false);

    const QString &name() const { return m_name; }
    const QList<EventParameter> &parameters() const { return m_parameters; }
    bool isAnonymous() const { return m_anonymous; }
    QString signature() const; // canonical: "OrderPlaced(bytes32,uint32,uint8,uint32)"
    QByteArray topic0() const;

    // One value per parameter, in declaration order. Refuses a log of another event (topic0),
    // the wrong number of topics, and values that do not decode.
    Outcome<QList<AbiValue>> decode(const EventLog &log) const;

private:
    QString m_name;
    QList<EventParameter> m_parameters;
    bool m_anonymous = false;
};

} // namespace steward::chain
