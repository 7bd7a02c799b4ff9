// SPDX-License-Identifier: GPL-3.0-or-later
#include "ViewMerge.h"

#include "server/protocol/Protocol.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace steward::client {

void mergeDelta(QJsonObject &view, const QJsonObject &message)
{
    // One reading of a delta, the protocol's own.
    protocol::applyStateDelta(view, message);
}

} // namespace steward::client
