// SPDX-License-Identifier: GPL-3.0-or-later
#include "OperatorGateway.h"

#include "Protocol.h"

#include "HttpReplies.h"
#include "games/rounds/betting/BetDesk.h"
#include "core/GameHost.h"
#include "games/rounds/RoundsGame.h"
#include "operators/OperatorDirectory.h"
#include "wallet/RequestSigning.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using Method = QHttpServerRequest::Method;

namespace steward {

OperatorGateway::OperatorGateway(GameHost &host, const operators::OperatorDirectory &operators, betting::BetDesk &desk)
    : m_host(host), m_operators(operators), m_desk(desk)
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

void OperatorGateway::registerRoutes(QHttpServer &http)
{
    http.route(u"/api/operator/v1/bets"_s, Method::Post,
               [this](const QHttpServerRequest &req, QHttpServerResponder &&responder) {
        const auto op = authenticate(req);
        if (!op) {
            http::error(op.error()).write(std::move(responder));
            return;
        }
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(req.body(), &parseError);
        if (!doc.isObject()) {
            http::error(Error{ErrorCode::BadJson, u"The body must be a JSON object."_s}).write(std::move(responder));
            return;
        }
        auto pending = std::make_shared<QHttpServerResponder>(std::move(responder));
        m_desk.place(op.value(), doc.object(), [pending](const Result<QJsonObject> &r) {
            (r ? http::json(r.value()) : http::error(r.error())).write(std::move(*pending));
        });
    });

    http.route(u"/api/operator/v1/bets/<arg>"_s, Method::Get, [this](const QString &betId, const QHttpServerRequest &req) {
        const auto op = authenticate(req);
        if (!op)
            return http::error(op.error());
        const auto found = m_desk.find(op.value(), req.query().queryItemValue(u"table"_s), betId);
        return found ? http::json(found.value()) : http::error(found.error());
    });

    // The tables an operator can bet on: round in play, paytable with its exact RTP, its limits.
    http.route(u"/api/operator/v1/tables"_s, Method::Get, [this](const QHttpServerRequest &req) {
        const auto op = authenticate(req);
        if (!op)
            return http::error(op.error());
        const auto self = m_operators.byId(op.value());
        QJsonArray tables;
        for (const QString &id : m_host.gameIds()) {
            const auto *game = dynamic_cast<const rounds::RoundsGame *>(m_host.game(id));
            if (!game)
                continue;
            QJsonObject view = m_host.viewFor(id, Actor{ActorRole::Observer, {}, id, 0, {}});
            view.remove(u"exposure"_s);
            view.remove(u"players"_s);
            tables.append(QJsonObject{{u"table"_s, id}, {u"view"_s, view}});
        }
        return http::json({{u"operator"_s, op.value()},
                           {u"limits"_s, QJsonObject{{u"minBet"_s, self->minBet}, {u"maxBet"_s, self->maxBet},
                                                     {u"maxWin"_s, self->maxWin}, {u"currency"_s, self->currency}}},
                           {u"tables"_s, tables}});
    });
}

} // namespace steward
