// SPDX-License-Identifier: GPL-3.0-or-later
#include "SovereignModule.h"

#include "server/core/EventJournal.h"
#include "server/core/GameHost.h"
#include "server/core/GameRegistry.h"
#include "server/games/sovereign/SovereignErrors.h"
#include "server/games/sovereign/SovereignGame.h"
#include "server/games/sovereign/SovereignReplay.h"
#include "server/games/sovereign/SovereignResultCalls.h"
#include "server/chain/ChainBridge.h"
#include "server/net/RouteTable.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>

using namespace Qt::StringLiterals;

namespace steward::sovereign {

namespace {
// One frame a second of the match at 20 Hz.
constexpr int FrameEveryTicks = 20;
constexpr int MaxCachedReplays = 32;
} // namespace

Status SovereignModule::start(const HostServices &services)
{
    m_host = std::make_unique<HostServices>(services);
    return Done{};
}

void SovereignModule::registerRoutes(RouteTable &routes)
{
    routes.http().route(u"/api/sovereign/<arg>/replay"_s, QHttpServerRequest::Method::Get,
                        [this, &routes](const QString &gameId, const QHttpServerRequest &req, QHttpServerResponder &&responder) {
        routes.respond(req, std::move(responder), RouteAccess::SignedIn,
                       [this, gameId](RouteCall &call) { return replay(gameId, call.actor); });
    });
}

Result<QJsonObject> SovereignModule::replay(const QString &gameId, const Actor &who)
{
    const auto *game = dynamic_cast<const SovereignGame *>(m_host->games.game(gameId));
    if (!game)
        return Error{ErrorCode::GameNotFound, u"No Sovereign Lines match '%1'."_s.arg(gameId.left(32))};
    if (!who.isFacilitator() && !(who.role == ActorRole::Player && who.gameId == gameId))
        return Error{ErrorCode::Forbidden, u"Only the host and the match's players may see its replay."_s};
    if (game->phase() != SovereignGame::Phase::Over)
        return Error{errors::MatchNotOver, u"The replay opens when the match is over."_s};
    if (const auto cached = m_replays.constFind(gameId); cached != m_replays.cend())
        return *cached;

    const auto rows = m_host->games.journal().games();
    if (!rows)
        return rows.error();
    quint64 seed = 0;
    for (const GameRow &row : rows.value()) {
        if (row.id == gameId)
            seed = row.seed;
    }
    const auto events = m_host->games.journal().events(gameId);
    if (!events)
        return events.error();
    ReplayInput input{game->config(), seed, {}, 0};
    const GameKind *kind = m_host->games.kinds().find(m_host->games.kindOf(gameId));
    for (StoredEvent e : events.value()) {
        e.event = kind->upcast(std::move(e.event));
        input.events.append(std::move(e));
    }
    const auto played = replayMatch(input, FrameEveryTicks);
    if (!played)
        return played.error();
    QJsonArray standings;
    for (int i : played->standings)
        standings.append(i);
    // The inputs, so that anyone may play the match again (steward-verify --sovereign).
    QJsonArray inputs;
    for (const StoredEvent &e : std::as_const(input.events))
        inputs.append(QJsonObject{{u"tick"_s, e.tick}, {u"type"_s, e.event.type}, {u"version"_s, e.event.version},
                                  {u"data"_s, e.event.data}});
    const QString contract = m_host->chain ? m_host->chain->contractAddress(results::Contract.toString()) : QString();
    QJsonObject out{{u"gameId"_s, gameId},
                    {u"config"_s, game->config()},
                    {u"seed"_s, QString::number(seed)},
                    {u"frameEveryTicks"_s, FrameEveryTicks},
                    {u"start"_s, played->start},
                    {u"frames"_s, played->frames},
                    {u"inputs"_s, inputs},
                    {u"contract"_s, contract.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(contract)},
                    {u"endTick"_s, played->endTick},
                    {u"endReason"_s, played->endReason},
                    {u"standings"_s, standings},
                    {u"inputHash"_s, QString::fromLatin1(played->inputHash.toHex())},
                    {u"stateHash"_s, QString::fromLatin1(played->stateHash.toHex())},
                    // The state's hash every 5 s as the host reached it while the match ran.
                    {u"checkpoints"_s, game->checkpointsJson()},
                    // Whether playing it again reached the state the host holds: it must.
                    {u"matchesHost"_s, played->stateHash == game->stateHash()}};
    if (m_replays.size() >= MaxCachedReplays)
        m_replays.clear();
    m_replays.insert(gameId, out);
    return out;
}

} // namespace steward::sovereign
