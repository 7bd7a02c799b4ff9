// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RpcError.h"
#include "server/core/Expected.h"

#include <QJsonValue>

#include <utility>

namespace steward::chain {

// A JSON-RPC call's outcome: the `result` value (which may be null, e.g. a receipt not yet
// mined) or why there is none, with what it took to get it.
class RpcResult : public Expected<QJsonValue, RpcError>
{
public:
    static RpcResult success(QJsonValue value) { return RpcResult(std::move(value)); }
    static RpcResult failure(RpcError error) { return RpcResult(std::move(error)); }

    // HTTP requests this call took: 1 plus the retries after transport failures.
    int attempts() const { return m_attempts; }
    void setAttempts(int attempts) { m_attempts = attempts; }

    // eth_sendRawTransaction only: the node already held these exact bytes ("already known"),
    // so value() is the transaction hash computed locally and the send counts as done.
    bool alreadyKnown() const { return m_alreadyKnown; }
    void setAlreadyKnown(bool known) { m_alreadyKnown = known; }

private:
    explicit RpcResult(QJsonValue value) : Expected(std::move(value)) {}
    explicit RpcResult(RpcError error) : Expected(std::move(error)) {}

    int m_attempts = 1;
    bool m_alreadyKnown = false;
};

} // namespace steward::chain
