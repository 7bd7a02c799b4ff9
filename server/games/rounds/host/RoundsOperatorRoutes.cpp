// SPDX-License-Identifier: GPL-3.0-or-later
// The operators' routes to the rounds tables, /api/operator/v1/... (docs/operators.md): the
// tables they can bet on, bets placed and looked up. Each request is signed (RouteTable::
// admitOperator) before anything here runs.
#include "RoundsModule.h"

#include "server/core/GameHost.h"
#include "server/games/rounds/RoundsGame.h"
#include "server/games/rounds/betting/BetDesk.h"
#include "server/net/HttpReplies.h"
#include "server/net/RouteTable.h"
#include "server/operators/OperatorDirectory.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using Method = QHttpServerRequest::Method;

namespace steward::rounds {

void RoundsModule::registerOperatorRoutes(RouteTable &routes)
{
    routes.http().route(u"/api/operator/v1/bets"_s, Method::Post,
               [this, &routes](const QHttpServerRequest &req, QHttpServerResponder &&responder) {
        const auto op = routes.admitOperator(req);
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
        m_desk->place(op.value(), doc.object(), [pending](const Result<QJsonObject> &r) {
            (r ? http::json(r.value()) : http::error(r.error())).write(std::move(*pending));
        });
    });

    routes.http().route(u"/api/operator/v1/bets/<arg>"_s, Method::Get, [this, &routes](const QString &betId, const QHttpServerRequest &req) {
        const auto op = routes.admitOperator(req);
        if (!op)
            return http::error(op.error());
        const auto found = m_desk->find(op.value(), req.query().queryItemValue(u"table"_s), betId);
        return found ? http::json(found.value()) : http::error(found.error());
    });

    // The tables an operator can bet on: round in play, paytable with its exact RTP, its limits.
    routes.http().route(u"/api/operator/v1/tables"_s, Method::Get, [this, &routes](const QHttpServerRequest &req) {
        const auto op = routes.admitOperator(req);
        if (!op)
            return http::error(op.error());
        const auto self = m_host->operators.byId(op.value());
        QJsonArray tables;
        for (const QString &id : m_host->games.gameIds()) {
            const auto *game = dynamic_cast<const RoundsGame *>(m_host->games.game(id));
            if (!game)
                continue;
            QJsonObject view = m_host->games.viewFor(id, Actor{ActorRole::Observer, {}, id, {}});
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

} // namespace steward::rounds
