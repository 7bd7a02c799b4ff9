// SPDX-License-Identifier: GPL-3.0-or-later
// The backoffice's routes to the rounds tables, /api/admin/v1/tables/... (docs/operators.md):
// a table's paytable with its exact RTP and its change, the realised-RTP report and the
// regulator export. Each checks the member of staff's role first (RouteTable::admitStaff).
#include "RoundsModule.h"

#include "server/analytics/CsvWriter.h"
#include "server/core/GameHost.h"
#include "server/games/rounds/RoundsGame.h"
#include "server/games/rounds/betting/RoundsArchive.h"
#include "server/games/rounds/betting/RtpReport.h"
#include "server/net/HttpReplies.h"
#include "server/net/RouteTable.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>

using namespace Qt::StringLiterals;
using Method = QHttpServerRequest::Method;
using steward::operators::Permission;

namespace steward::rounds {

namespace {
Error noTable(const QString &table)
{
    return Error{ErrorCode::GameNotFound, u"No rounds table '%1'."_s.arg(table.left(32))};
}
} // namespace

void RoundsModule::registerStaffRoutes(RouteTable &routes)
{
    const QString base = u"/api/admin/v1/tables"_s;
    routes.http().route(base + u"/<arg>/paytable"_s, Method::Get, [this, &routes](const QString &table, const QHttpServerRequest &req) {
        return routes.serveStaff(req, Permission::ViewReports, [this, table](const auto &, const auto &) -> Result<QJsonObject> {
            const auto *game = dynamic_cast<const RoundsGame *>(m_host->games.game(table));
            if (!game)
                return noTable(table);
            return QJsonObject{{u"table"_s, table}, {u"paytable"_s, game->paytable().describe()},
                               {u"band"_s, QJsonObject{{u"minRtp"_s, Paytable::MinRtpBasisPoints / 100.0},
                                                       {u"maxRtp"_s, Paytable::MaxRtpBasisPoints / 100.0}}}};
        });
    });
    routes.http().route(base + u"/<arg>/paytable"_s, Method::Post,
                        [this, &routes](const QString &table, const QHttpServerRequest &req, QHttpServerResponder &&responder) {
        auto changed = std::make_shared<QHttpServerResponse>(routes.serveStaff(
            req, Permission::ManagePaytable, [this, table](const auto &by, const QJsonObject &b) -> Result<QJsonObject> {
                if (!dynamic_cast<const RoundsGame *>(m_host->games.game(table)))
                    return noTable(table);
                auto reply = m_host->games.submitWire(table, RoundsCommands::SetPaytable.toString(),
                                                      {{u"paytable"_s, b.value(u"paytable")}},
                                                      Actor{ActorRole::Facilitator, u"backoffice:"_s + by.username, {}, {}});
                if (!reply)
                    return reply.error();
                return reply->wire();
            }));
        if (changed->statusCode() != QHttpServerResponse::StatusCode::Ok) {
            changed->write(std::move(responder));
            return;
        }
        // Acknowledged once the change is on disk, as every REST command is.
        routes.answerWhenDurable(std::move(responder), [changed] { return std::move(*changed); });
    });
    routes.http().route(base + u"/<arg>/<arg>"_s, Method::Get,
                        [this, &routes](const QString &table, const QString &file, const QHttpServerRequest &req,
                                        QHttpServerResponder &&responder) {
        if (file == u"export.json" || file == u"export.csv") {
            const bool csv = file == u"export.csv";
            QByteArray body;
            QHttpServerResponse r = routes.serveStaff(req, Permission::ExportRegulator, [&](const auto &, const auto &) -> Result<QJsonObject> {
                auto bytes = regulatorExport(table, csv);
                if (!bytes)
                    return bytes.error();
                body = bytes.value();
                return QJsonObject{};
            });
            if (r.statusCode() != QHttpServerResponse::StatusCode::Ok) {
                r.write(std::move(responder));
                return;
            }
            QHttpServerResponse download(csv ? "text/csv; charset=utf-8" : "application/json", body);
            download.setHeader("Content-Disposition", "attachment; filename=\"steward-" + table.toLatin1().left(32)
                                                          + "-regulator." + (csv ? "csv" : "json") + "\"");
            download.setHeader("Cache-Control", "no-store");
            download.write(std::move(responder));
        } else if (file == u"rtp" || file == u"rtp.csv") {
            if (auto caller = routes.admitStaff(req, Permission::ViewReports); !caller)
                http::error(caller.error()).write(std::move(responder));
            else
                routes.answerWhenDurable(std::move(responder), [this, table, csv = file == u"rtp.csv"] { return rtpReport(table, csv); });
        } else {
            http::error(Error{ErrorCode::NotFound, u"Nothing at this address."_s}).write(std::move(responder));
        }
    });
}

// Realised against theoretical RTP per operator, bet kind and day, with each cell's statistical
// band and alert (docs/games/rtp.md). It adds up the archive as committed: the caller asks for it
// once the rounds settled so far are on disk.
QHttpServerResponse RoundsModule::rtpReport(const QString &table, bool csv) const
{
    const auto *game = dynamic_cast<const RoundsGame *>(m_host->games.game(table));
    if (!game)
        return http::error(noTable(table));
    if (!csv) {
        auto report = betting::RtpAccumulator::fromArchive(*m_archive, table, game->paytable());
        return report ? http::json(report.value()) : http::error(report.error());
    }
    betting::RtpAccumulator all;
    for (qint64 from = 1;;) {
        auto page = m_archive->records(table, from, 1'000);
        if (!page)
            return http::error(page.error());
        for (const QJsonObject &o : page.value()) {
            all.add(o);
            from = o.value(u"round").toInteger() + 1;
        }
        if (page->size() < 1'000)
            break;
    }
    QHttpServerResponse download("text/csv; charset=utf-8", csv::write(all.table(game->paytable())));
    download.setHeader("Content-Disposition", "attachment; filename=\"steward-" + table.toLatin1().left(32) + "-rtp.csv\"");
    download.setHeader("Cache-Control", "no-store");
    return download;
}

} // namespace steward::rounds
