// SPDX-License-Identifier: GPL-3.0-or-later
#include "CounterModule.h"

#include "CounterGame.h"
#include "server/core/GameHost.h"
#include "server/net/RouteTable.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>

namespace counter {

using namespace steward;
using Method = QHttpServerRequest::Method;

namespace {
bool isCounter(const GameHost &games, const QString &gameId)
{
    return games.kindOf(gameId) == KindId;
}
} // namespace

Status CounterModule::start(const HostServices &services)
{
    m_host = std::make_unique<HostServices>(services);
    return Done{};
}

void CounterModule::registerRoutes(RouteTable &routes)
{
    routes.http().route(u"/api/counter/<arg>/total"_s, Method::Get,
                        [this, &routes](const QString &gameId, const QHttpServerRequest &req, QHttpServerResponder &&responder) {
        routes.respond(req, std::move(responder), RouteAccess::Anyone, [this, gameId](RouteCall &) -> Result<QJsonObject> {
            if (!isCounter(m_host->games, gameId))
                return Error{ErrorCode::GameNotFound, u"No counter '%1'."_s.arg(gameId.left(32))};
            const QJsonObject view = m_host->games.viewFor(gameId, Actor::system());
            return QJsonObject{{u"gameId"_s, gameId}, {u"count"_s, view.value(u"count"_s)}};
        });
    });
    routes.http().route(u"/api/admin/v1/counter/<arg>"_s, Method::Get, [this, &routes](const QString &gameId, const QHttpServerRequest &req) {
        return routes.serveStaff(req, operators::Permission::ViewReports, [this, gameId](const auto &, const auto &) -> Result<QJsonObject> {
            if (!isCounter(m_host->games, gameId))
                return Error{ErrorCode::GameNotFound, u"No counter '%1'."_s.arg(gameId.left(32))};
            return QJsonObject{{u"banked"_s, m_host->games.viewFor(gameId, Actor::system()).value(u"banked"_s)}};
        });
    });
    routes.addMoneyCheck([this]() -> Result<MoneyFinding> {
        int counters = 0;
        for (const QString &id : m_host->games.gameIds())
            counters += isCounter(m_host->games, id);
        return MoneyFinding{u"counters"_s, QJsonObject{{u"ok"_s, true}, {u"games"_s, counters}}, {}};
    });
}

} // namespace counter
