// SPDX-License-Identifier: GPL-3.0-or-later
// The rounds game's REST surface: public round records (what the verifiers check), the
// regulator export, and a read-only relay to the chain node for browsers.
#include "HttpReplies.h"
#include "RestApi.h"
#include "games/rounds/betting/RegulatorExport.h"
#include "auth/Authenticator.h"
#include "games/rounds/betting/RoundsArchive.h"
#include "chain/ChainBridge.h"
#include "core/GameHost.h"
#include "games/rounds/FairDraw.h"
#include "games/rounds/FairnessCalls.h"
#include "games/rounds/RoundsGame.h"

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

QJsonObject RestApi::chainOfRounds() const
{
    if (!m_chain)
        return {};
    const QString contract = m_chain->contractAddress(rounds::fairness::Contract.toString());
    if (contract.isEmpty())
        return {};
    return {{u"chainId"_s, qint64(m_chain->chainId())}, {u"contract"_s, contract}};
}

void RestApi::registerRoundsRoutes(QHttpServer &http)
{
    // A settled round, for anyone: /api/rounds/{gameId}/{round}; and the regulator export,
    // /api/rounds/{gameId}/export.json|csv, for the facilitator.
    http.route(u"/api/rounds/<arg>/<arg>"_s, Method::Get,
               [this](const QString &gameId, const QString &what, const QHttpServerRequest &req,
                      QHttpServerResponder &&responder) {
        if (what == u"export.json" || what == u"export.csv")
            return roundsExport(req, std::move(responder), gameId, what.endsWith(u"csv"));
        respond(req, std::move(responder), Access::Anyone, [this, gameId, what](Call &) -> Result<QJsonObject> {
            bool ok = false;
            const qint64 round = what.toLongLong(&ok);
            if (!ok || round < 1)
                return Error{ErrorCode::NotFound, u"'%1' is not a round number."_s.arg(what.left(20))};
            if (m_host.kindOf(gameId) != u"rounds")
                return Error{ErrorCode::GameNotFound, u"No rounds table '%1'."_s.arg(gameId.left(32))};
            if (!m_roundsArchive)
                return Error{ErrorCode::NotFound, u"This host keeps no round records."_s};
            auto record = m_roundsArchive->record(gameId, round);
            if (!record)
                return record.error();
            QJsonObject o = record.value();
            const QJsonObject chain = chainOfRounds();
            o.insert(u"chain"_s, chain.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(chain));
            return o;
        });
    });

    // Read-only JSON-RPC to the chain node, for the /verify page (the node itself listens only
    // on this machine). Refused methods and a missing node come back as JSON-RPC errors.
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

// The regulator export (betting/RegulatorExport), for the facilitator.
void RestApi::roundsExport(const QHttpServerRequest &req, QHttpServerResponder &&responder, const QString &gameId,
                           bool asCsv)
{
    QByteArray body;
    const auto read = [&](Call &) -> Result<QJsonObject> {
        const auto *game = dynamic_cast<const rounds::RoundsGame *>(m_host.game(gameId));
        if (!game)
            return Error{ErrorCode::GameNotFound, u"No rounds table '%1'."_s.arg(gameId.left(32))};
        if (!m_roundsArchive)
            return Error{ErrorCode::NotFound, u"This host keeps no round records."_s};
        if (asCsv) {
            auto csv = betting::regulator::exportCsv(*m_roundsArchive, gameId);
            if (!csv)
                return csv.error();
            body = csv.value();
        } else {
            auto json = betting::regulator::exportJson(*m_roundsArchive, gameId, game->paytable().describe(),
                                                       chainOfRounds());
            if (!json)
                return json.error();
            body = QJsonDocument(json.value()).toJson(QJsonDocument::Compact);
        }
        return QJsonObject{};
    };
    respond(req, std::move(responder), Access::Facilitator, read, Limit::General, [&](const QJsonObject &) {
        const QByteArray name = "steward-" + gameId.toLatin1().left(32) + "-rounds." + (asCsv ? "csv" : "json");
        QHttpServerResponse file(asCsv ? "text/csv; charset=utf-8" : "application/json", body);
        file.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
        file.setHeader("Cache-Control", "no-store");
        return file;
    });
}

} // namespace steward
