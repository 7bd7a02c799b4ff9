// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>

namespace steward::json {

// The compact JSON text of `o`, as QJsonDocument(o).toJson(QJsonDocument::Compact) writes it.
//
// Every message the host sends is written by this function, so its cost is paid per push.
// QJsonDocument::toJson converts each member to a QJsonValue and each key to a QString on the
// way (about 70,000 instructions for a 450-byte state delta). A QJsonObject is stored as
// CBOR inside Qt, and its CBOR encoding comes out nearly as a copy; turning those bytes into
// JSON text is a single pass with no allocation but the output.
QByteArray compactText(const QJsonObject &o);

} // namespace steward::json
