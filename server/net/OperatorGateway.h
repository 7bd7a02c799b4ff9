// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/core/TokenBucket.h"
#include "server/core/Result.h"
#include "server/wallet/NonceCache.h"

#include <QHash>

class QHttpServerRequest;

namespace steward {
class Clock;
class GameHost;
}
namespace steward::operators {
class OperatorDirectory;
}

namespace steward {

// The door of the operators' REST API, /api/operator/v1/... (docs/operators.md), whose routes
// the kinds that take operators' business add (RouteTable::admitOperator). Every request is
// signed with the operator's key (HMAC-SHA256 over method, path, timestamp, nonce and body);
// stale, replayed or badly signed requests, and suspended or flooding operators, are refused
// with their codes before anything else runs.
class OperatorGateway
{
public:
    static constexpr double BurstPerOperator = 10'000;
    static constexpr double RatePerOperator = 5'000; // requests a second, sustained

    OperatorGateway(GameHost &host, const operators::OperatorDirectory &operators);
    // The operator who signed this request, or why it is refused.
    Result<QString> authenticate(const QHttpServerRequest &req);

private:
    GameHost &m_host;
    const operators::OperatorDirectory &m_operators;
    wallet::NonceCache m_nonces;
    QHash<QString, TokenBucket> m_buckets; // by operator
};

} // namespace steward
