// SPDX-License-Identifier: GPL-3.0-or-later
#include "OperatorGateway.h"

#include "server/protocol/Protocol.h"

#include "HttpReplies.h"
#include "server/core/GameHost.h"
#include "server/operators/OperatorDirectory.h"
#include "server/wallet/RequestSigning.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using Method = QHttpServerRequest::Method;

namespace steward {

OperatorGateway::OperatorGateway(GameHost &host, const operators::OperatorDirectory &operators)
    : m_host(host), m_operators(operators)
{
}

Result<QString> OperatorGateway::authenticate(const QHttpServerRequest &req)
{
    // Held to the same cap as every REST body, before the signature's HMAC reads it all.
    if (req.body().size() > protocol::MaxRequestBytes)
        return Error{ErrorCode::PayloadTooLarge, u"A request body is at most 64 KiB."_s};
    QList<std::pair<QByteArray, QByteArray>> headers;
    for (const auto &h : req.headers())
        headers.append({h.first, h.second});
    const QByteArray method = req.method() == Method::Post ? "POST" : req.method() == Method::Get ? "GET" : "OTHER";
    const auto parts = wallet::RequestParts::from(method, wallet::RequestSigning::pathWithQuery(req.url()), req.body(),
                                                  headers);
    const auto lookup = [this](const QString &keyId) -> std::optional<QByteArray> {
        const auto key = m_operators.byKeyId(keyId);
        return key ? std::optional<QByteArray>(key->secret) : std::nullopt;
    };
    const qint64 nowSeconds = m_host.clock().nowMs() / 1000;
    auto keyId = wallet::RequestSigning::verify(parts, lookup, m_nonces, nowSeconds);
    if (!keyId)
        return keyId.error();
    const auto key = m_operators.byKeyId(keyId.value());
    if (!key)
        return key.error();
    if (!key->op.isActive())
        return Error{ErrorCode::OperatorSuspended, u"This operator is suspended."_s};
    auto bucket = m_buckets.find(key->op.id);
    if (bucket == m_buckets.end())
        bucket = m_buckets.insert(key->op.id, TokenBucket(BurstPerOperator, RatePerOperator));
    if (!bucket->take(m_host.clock().nowMs()))
        return Error{ErrorCode::RateLimited, u"Too many requests from this operator; slow down."_s};
    return key->op.id;
}

} // namespace steward
