// SPDX-License-Identifier: GPL-3.0-or-later
#include "RpcError.h"

#include "RevertReason.h"
#include "server/chain/primitives/Hex.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace steward::chain {

namespace {
// geth's and anvil's code for "execution reverted" with revert data attached.
constexpr int RevertedCode = 3;

// Revert data arrives as a hex string (geth, anvil) or nested as {data: "0x..."} (older nodes).
QString revertDataText(const QJsonValue &data)
{
    if (data.isString())
        return data.toString();
    if (data.isObject())
        return data.toObject().value(u"data"_s).toString();
    return {};
}
} // namespace

QString rpcErrorKindName(RpcError::Kind kind)
{
    switch (kind) {
    case RpcError::Kind::NodeDown: return u"node_down"_s;
    case RpcError::Kind::Timeout: return u"timeout"_s;
    case RpcError::Kind::Reverted: return u"reverted"_s;
    case RpcError::Kind::NonceTooLow: return u"nonce_too_low"_s;
    case RpcError::Kind::ReplacementUnderpriced: return u"replacement_underpriced"_s;
    case RpcError::Kind::InsufficientFunds: return u"insufficient_funds"_s;
    case RpcError::Kind::AlreadyKnown: return u"already_known"_s;
    case RpcError::Kind::InvalidResponse: return u"invalid_response"_s;
    case RpcError::Kind::Other: return u"other"_s;
    }
    return u"other"_s;
}

QString RpcError::kindName() const
{
    return rpcErrorKindName(kind);
}

QString RpcError::toString() const
{
    QString text = kindName() + u": "_s + (reason.isEmpty() ? message : reason);
    if (code != 0)
        text += u" (code "_s + QString::number(code) + u')';
    return text;
}

RpcError RpcError::local(Kind kind, const QString &message)
{
    RpcError error;
    error.kind = kind;
    error.message = message;
    return error;
}

RpcError RpcError::fromNode(int code, const QString &message, const QJsonValue &data)
{
    RpcError error;
    error.code = code;
    error.message = message;
    error.data = data;

    // Matched on words both nodes use; geth appends details ("nonce too low: address 0x…").
    const QString m = message.toLower();
    if (m.contains(u"nonce too low"))
        error.kind = Kind::NonceTooLow;
    else if (m.contains(u"replacement") && m.contains(u"underpriced"))
        error.kind = Kind::ReplacementUnderpriced; // anvil, geth: "replacement transaction underpriced"
    else if (m.contains(u"insufficient funds"))
        error.kind = Kind::InsufficientFunds;
    else if (m.contains(u"already known") || m.contains(u"already imported") || m.contains(u"known transaction"))
        error.kind = Kind::AlreadyKnown; // geth: "already known"; anvil: "transaction already imported"
    else if (code == RevertedCode || m.contains(u"revert"))
        error.kind = Kind::Reverted;
    else
        error.kind = Kind::Other;

    if (error.kind == Kind::Reverted) {
        if (const auto bytes = hex::decode(revertDataText(data)))
            error.reason = decodeRevertReason(*bytes).value_or(QString());
        const QString prefix = u"execution reverted: "_s;
        if (error.reason.isEmpty() && m.startsWith(prefix))
            error.reason = message.mid(prefix.size());
    }
    return error;
}

} // namespace steward::chain
