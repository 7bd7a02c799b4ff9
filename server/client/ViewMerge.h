// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>

namespace steward::client {

// A `state.delta` push merged into the view a client keeps (docs/protocol.md): changed fields
// replace, `append` lists grow, `removed` keys go.
void mergeDelta(QJsonObject &view, const QJsonObject &message);

} // namespace steward::client
