// SPDX-License-Identifier: GPL-3.0-or-later
// A read-only relay to the chain node for browsers: the node itself listens only on this
// machine, and a page that checks the chain (a verifier) reads it through the host.
#include "HttpReplies.h"
#include "RestApi.h"
#include "server/chain/ChainBridge.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;
using Method = QHttpServerRequest::Method;

namespace steward {

namespace {
constexpr qint64 MaxRelayBody = 16 * 1024;
} // namespace

void RestApi::registerChainRelay(QHttpServer &http)
{
    // Refused methods and a missing node come back as JSON-RPC errors.
    http.route(u"/api/chain/rpc"_s, Method::Post, [this](const QHttpServerRequest &req, QHttpServerResponder &&responder) {
        if (!allow(req.remoteAddress(), Limit::Relay)) {
            http::error(Error{ErrorCode::RateLimited, u"Too many requests; try again in a moment."_s}).write(std::move(responder));
            return;
        }
        if (req.body().size() > MaxRelayBody) {
            http::error(Error{ErrorCode::PayloadTooLarge, u"A relayed call is at most 16 KiB."_s}).write(std::move(responder));
            return;
        }
        const QJsonObject call = QJsonDocument::fromJson(req.body()).object();
        const QJsonValue id = call.value(u"id");
        if (!m_chain) {
            http::json({{u"jsonrpc"_s, u"2.0"_s}, {u"id"_s, id},
                                               {u"error"_s, QJsonObject{{u"code"_s, -32000}, {u"message"_s, u"This host runs no chain."_s}}}}).write(std::move(responder));
            return;
        }
        auto pending = std::make_shared<QHttpServerResponder>(std::move(responder));
        m_chain->relay(call.value(u"method").toString(), call.value(u"params").toArray(), m_chain,
                       [pending, id](const QJsonObject &response) {
            QJsonObject r = response;
            r.insert(u"id"_s, id);
            http::json(r).write(std::move(*pending));
        });
    });
}

} // namespace steward
