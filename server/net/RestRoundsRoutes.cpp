// SPDX-License-Identifier: GPL-3.0-or-later
// The rounds game's REST surface: public round records (what the verifiers check), the
// regulator export, and a read-only relay to the chain node for browsers.
#include "HttpReplies.h"
#include "RestApi.h"
#include "analytics/CsvWriter.h"
#include "auth/Authenticator.h"
#include "betting/RoundsArchive.h"
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
constexpr int ExportPage = 5'000; // rounds read per query while exporting
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
               [this](const QString &gameId, const QString &what, const QHttpServerRequest &req) {
        if (what == u"export.json" || what == u"export.csv")
            return roundsExport(req, gameId, what.endsWith(u"csv"));
        return respond(req, Access::Anyone, [this, gameId, what](Call &) -> Result<QJsonObject> {
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
        if (!allow(req.remoteAddress(), Limit::General)) {
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

// Every settled round with its commitment, reveal, transactions, bets and their settlement:
// what a regulator asks for, in a form steward-verify accepts (docs/verify.md).
QHttpServerResponse RestApi::roundsExport(const QHttpServerRequest &req, const QString &gameId, bool asCsv)
{
    QJsonArray rounds;
    QList<QStringList> table{{u"round"_s, u"opensAt"_s, u"closesAt"_s, u"committedAt"_s, u"seedHash"_s,
                              u"commitTx"_s, u"seed"_s, u"betsRoot"_s, u"number"_s, u"revealTx"_s, u"betRef"_s,
                              u"type"_s, u"pick"_s, u"stake"_s, u"clientSeed"_s, u"return"_s}};
    QJsonObject paytable;
    QHttpServerResponse r = respond(req, Access::Facilitator, [&](Call &) -> Result<QJsonObject> {
        const auto *game = dynamic_cast<const rounds::RoundsGame *>(m_host.game(gameId));
        if (!game)
            return Error{ErrorCode::GameNotFound, u"No rounds table '%1'."_s.arg(gameId.left(32))};
        paytable = game->paytable().describe();
        if (!m_roundsArchive)
            return QJsonObject{};
        for (qint64 from = 1;;) {
            auto page = m_roundsArchive->records(gameId, from, ExportPage);
            if (!page)
                return page.error();
            for (const QJsonObject &o : page.value()) {
                if (asCsv) {
                    auto s = [&](const QJsonObject &src, QStringView k) {
                        const QJsonValue v = src.value(k);
                        return v.isDouble() ? QString::number(v.toInteger()) : v.toString();
                    };
                    const QStringList head{s(o, u"round"), s(o, u"opensAt"), s(o, u"closesAt"), s(o, u"committedAt"),
                                           s(o, u"seedHash"), s(o, u"commitTx"), s(o, u"seed"), s(o, u"betsRoot"),
                                           s(o, u"number"), s(o, u"revealTx")};
                    const QJsonArray bets = o.value(u"bets").toArray();
                    if (bets.isEmpty())
                        table.append(head + QStringList{{}, {}, {}, {}, {}, {}});
                    for (const QJsonValue &b : bets) {
                        const QJsonObject bet = b.toObject();
                        table.append(head + QStringList{s(bet, u"betRef"), s(bet, u"type"), s(bet, u"pick"),
                                                        s(bet, u"stake"), s(bet, u"clientSeed"), s(bet, u"return")});
                    }
                } else {
                    rounds.append(o);
                }
                from = o.value(u"round").toInteger() + 1;
            }
            if (page->size() < ExportPage)
                break;
        }
        return QJsonObject{};
    });
    if (r.statusCode() != QHttpServerResponse::StatusCode::Ok)
        return r;
    const QByteArray name = "steward-" + gameId.toLatin1().left(32) + "-rounds";
    if (asCsv) {
        QHttpServerResponse file("text/csv; charset=utf-8", csv::write(table));
        file.setHeader("Content-Disposition", "attachment; filename=\"" + name + ".csv\"");
        file.setHeader("Cache-Control", "no-store");
        return file;
    }
    const QJsonObject chain = chainOfRounds();
    QJsonObject body{{u"gameId"_s, gameId},
                     {u"tableKey"_s, rounds::fair::toHex(rounds::fairness::tableKey(gameId))},
                     {u"chain"_s, chain.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(chain)},
                     {u"paytable"_s, paytable},
                     {u"rounds"_s, rounds}};
    QHttpServerResponse file = http::json(body);
    file.setHeader("Content-Disposition", "attachment; filename=\"" + name + ".json\"");
    return file;
}

} // namespace steward
