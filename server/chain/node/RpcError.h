// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonValue>
#include <QString>

namespace steward::chain {

// Why a JSON-RPC call gave no result, sorted into the few cases the bridge acts on differently.
// kindName() is stable (logs, the outbox table and tests match on it): a kind is never renamed,
// only added.
struct RpcError
{
    enum class Kind {
        NodeDown,               // no connection: refused, unreachable, closed, or connecting timed out
        Timeout,                // the request went out but no answer came within the timeout
        Reverted,               // the EVM reverted; `reason` holds the decoded Error(string) if any
        NonceTooLow,            // the nonce is used (maybe by our own earlier send of this intent)
        ReplacementUnderpriced, // same nonce already pending with a fee this one does not beat
        InsufficientFunds,      // balance below gas * price + value
        AlreadyKnown,           // the node already holds this exact transaction
        InvalidResponse,        // not a JSON-RPC answer: HTTP error, not JSON, wrong id, too large
        Other,                  // any other node error (unknown method, bad params, ...)
    };

    Kind kind = Kind::Other;
    int code = 0;        // the node's JSON-RPC error code; 0 when the failure was ours or the network's
    QString message;     // the node's message, or what went wrong on the way
    QJsonValue data;     // the node's `data` (revert data is a 0x-hex string)
    QString reason;      // revert reason: decoded from `data`, else taken from the message

    QString kindName() const;
    QString toString() const; // "reverted: intent already recorded (code 3)", for logs

    // Classifies a JSON-RPC `error` object as anvil (1.7) and geth word it.
    static RpcError fromNode(int code, const QString &message, const QJsonValue &data);
    static RpcError local(Kind kind, const QString &message);
};

QString rpcErrorKindName(RpcError::Kind kind);

} // namespace steward::chain
