// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RpcError.h"

#include <QJsonValue>

#include <utility>
#include <variant>

namespace steward::chain {

// A JSON-RPC call's outcome: the `result` value (which may be null, e.g. a receipt not yet
// mined) or why there is none.
class RpcResult
{
public:
    static RpcResult success(QJsonValue value) { return RpcResult(std::move(value)); }
    static RpcResult failure(RpcError error) { return RpcResult(std::move(error)); }

    bool ok() const { return m_v.index() == 0; }
    explicit operator bool() const { return ok(); }

    const QJsonValue &value() const { return std::get<0>(m_v); }
    const RpcError &error() const { return std::get<1>(m_v); }

    // HTTP requests this call took: 1 plus the retries after transport failures.
    int attempts() const { return m_attempts; }
    void setAttempts(int attempts) { m_attempts = attempts; }

    // eth_sendRawTransaction only: the node already held these exact bytes ("already known"),
    // so value() is the transaction hash computed locally and the send counts as done.
    bool alreadyKnown() const { return m_alreadyKnown; }
    void setAlreadyKnown(bool known) { m_alreadyKnown = known; }

private:
    explicit RpcResult(QJsonValue value) : m_v(std::in_place_index<0>, std::move(value)) {}
    explicit RpcResult(RpcError error) : m_v(std::in_place_index<1>, std::move(error)) {}

    std::variant<QJsonValue, RpcError> m_v;
    int m_attempts = 1;
    bool m_alreadyKnown = false;
};

} // namespace steward::chain
