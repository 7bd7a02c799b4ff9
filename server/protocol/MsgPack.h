// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The binary encoding a client may ask for when it signs in (docs/protocol.md, "Binary
// frames"): the same messages as JSON, each a MessagePack map. Numbers that JSON writes
// without a fraction travel as integers, the rest as 64-bit floats.

#include "Protocol.h"
#include "server/core/Result.h"

#include <QByteArray>
#include <QJsonObject>

namespace steward::protocol {

QByteArray toMsgPack(const QJsonObject &message);
// The JSON text of a message (what the host builds) as MessagePack; empty if it is not a JSON
// object.
QByteArray jsonToMsgPack(const QByteArray &json);
// A client's binary frame: one MessagePack map of strings, numbers, booleans, nil, arrays and
// maps, as deep and as large as a JSON message may be. Binary and extension values are refused.
// A client reading the host's messages, which may be larger (a map's view), passes its own limit.
Result<QJsonObject> fromMsgPack(QByteArrayView bytes, qsizetype maxBytes = MaxMessageBytes);
// A client's binary frame as an envelope, checked as a text frame's is.
Result<Envelope> parseBinaryEnvelope(QByteArrayView frame);

} // namespace steward::protocol
