// SPDX-License-Identifier: GPL-3.0-or-later
// The rounds tables' routes for players and the facilitator: a settled round's public record
// (what the verifiers check), the event stream, and the regulator export.
#include "RoundsModule.h"

#include "RoundsStream.h"
#include "server/core/GameHost.h"
#include "server/games/rounds/RoundsGame.h"
#include "server/games/rounds/betting/RoundsArchive.h"
#include "server/net/RouteTable.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>

using namespace Qt::StringLiterals;
using Method = QHttpServerRequest::Method;

namespace steward::rounds {

void RoundsModule::registerPublicRoutes(RouteTable &routes)
{
    m_stream->registerRoutes(routes.http());

    // A settled round, for anyone: /api/rounds/{gameId}/{round}; and the regulator export,
    // /api/rounds/{gameId}/export.json|csv, for the facilitator.
    routes.http().route(u"/api/rounds/<arg>/<arg>"_s, Method::Get,
                        [this, &routes](const QString &gameId, const QString &what, const QHttpServerRequest &req,
                                        QHttpServerResponder &&responder) {
        if (what == u"export.json" || what == u"export.csv") {
            const bool csv = what.endsWith(u"csv");
            auto file = std::make_shared<QByteArray>();
            const auto read = [this, gameId, csv, file](RouteCall &) -> Result<QJsonObject> {
                auto bytes = regulatorExport(gameId, csv);
                if (!bytes)
                    return bytes.error();
                *file = bytes.value();
                return QJsonObject{};
            };
            routes.respond(req, std::move(responder), RouteAccess::Facilitator, read, [gameId, csv, file](const QJsonObject &) {
                const QByteArray name = "steward-" + gameId.toLatin1().left(32) + "-rounds." + (csv ? "csv" : "json");
                QHttpServerResponse r(csv ? "text/csv; charset=utf-8" : "application/json", *file);
                r.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
                r.setHeader("Cache-Control", "no-store");
                return r;
            });
            return;
        }
        routes.respond(req, std::move(responder), RouteAccess::Anyone, [this, gameId, what](RouteCall &) -> Result<QJsonObject> {
            bool ok = false;
            const qint64 round = what.toLongLong(&ok);
            if (!ok || round < 1)
                return Error{ErrorCode::NotFound, u"'%1' is not a round number."_s.arg(what.left(20))};
            if (!dynamic_cast<const RoundsGame *>(m_host->games.game(gameId)))
                return Error{ErrorCode::GameNotFound, u"No rounds table '%1'."_s.arg(gameId.left(32))};
            auto record = m_archive->record(gameId, round);
            if (!record)
                return record.error();
            QJsonObject o = record.value();
            const QJsonObject chain = chainOfRounds();
            o.insert(u"chain"_s, chain.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(chain));
            return o;
        });
    });
}

} // namespace steward::rounds
