// SPDX-License-Identifier: GPL-3.0-or-later
#include "SovereignReplay.h"

#include "SovereignConfig.h"
#include "SovereignGame.h"

using namespace Qt::StringLiterals;

namespace steward::sovereign {

namespace {

// One frame: the regions that changed since `last` (which it brings up to date), and every
// player's land and troops.
QJsonObject frameOf(const SovereignGame &game, std::vector<SovereignGame::Holding> &last)
{
    QJsonArray regions;
    const auto &now = game.holdings();
    for (std::size_t id = 0; id < now.size(); ++id) {
        if (!game.map().isLand(int(id)))
            continue;
        if (now[id].owner != last[id].owner || now[id].troops != last[id].troops) {
            regions.append(int(id));
            regions.append(now[id].owner);
            regions.append(now[id].troops);
            last[id] = now[id];
        }
    }
    std::vector<int> hexes(game.players().size(), 0), troops(game.players().size(), 0);
    for (const Region &r : game.map().regions()) {
        const auto &h = now[std::size_t(r.id)];
        if (h.owner >= 0) {
            hexes[std::size_t(h.owner)] += r.hexes;
            troops[std::size_t(h.owner)] += h.troops;
        }
    }
    QJsonArray players;
    for (std::size_t i = 0; i < hexes.size(); ++i)
        players.append(QJsonArray{hexes[i], troops[i]});
    return {{u"tick"_s, game.matchTick()}, {u"regions"_s, regions}, {u"players"_s, players}};
}

// What apply() takes on trust from the host's own log: the players and regions an input names
// exist. A copy edited by hand may name others; it is refused here rather than played.
Status checkInput(const SovereignGame &game, const Event &event)
{
    const QJsonObject &d = event.data;
    const auto player = [&game, &d](const char *field) {
        const QJsonValue v = d.value(QLatin1StringView(field));
        return v.isDouble() && v.toInt() >= 0 && v.toInt() < int(game.players().size()) && v.toInt() == v.toDouble();
    };
    const auto region = [&game, &d](const char *field) {
        const QJsonValue v = d.value(QLatin1StringView(field));
        return v.isDouble() && v.toInt() >= 0 && v.toInt() < int(game.map().regions().size()) && v.toInt() == v.toDouble();
    };
    bool ok = true;
    if (event.type == SovereignEvents::Picked)
        ok = player("player") && (!d.contains(u"region") || region("region"));
    else if (event.type == SovereignEvents::Sent)
        ok = player("player") && region("from") && region("to");
    else if (event.type == SovereignEvents::AllyAsked)
        ok = player("from") && player("to");
    else if (event.type == SovereignEvents::Allied || event.type == SovereignEvents::AllyBroken)
        ok = player("a") && player("b");
    if (!ok)
        return Error{ErrorCode::BadRequest, u"%1 names a player or a region this match does not have."_s.arg(event.type)};
    return Done{};
}

} // namespace

Result<Replay> replayMatch(const ReplayInput &input, int frameEveryTicks)
{
    auto config = SovereignConfig::fromJson(input.config);
    if (!config)
        return config.error();
    SovereignGame game(config.value(), input.seed);
    Replay out;
    std::vector<SovereignGame::Holding> last = game.holdings();
    bool started = false;
    qint64 tick = 0;
    const auto runTo = [&](qint64 until) {
        while (tick < until) {
            game.tick(++tick);
            if (started && game.phase() == SovereignGame::Phase::Running && game.matchTick() % frameEveryTicks == 0)
                out.frames.append(frameOf(game, last));
        }
    };
    qsizetype index = 0;
    for (const StoredEvent &e : input.events) {
        runTo(e.tick);
        if (auto ok = checkInput(game, e.event); !ok)
            return Error{ok.error().code, u"Input %1: %2"_s.arg(index).arg(ok.error().message)};
        ++index;
        game.apply(e.event, e.atMs);
        if (!started && game.phase() != SovereignGame::Phase::Lobby) {
            started = true;
            out.start = game.viewFor(Actor::system());
            last = game.holdings();
        }
        if (e.event.type == SovereignEvents::Ended) {
            out.frames.append(frameOf(game, last));
            break;
        }
    }
    if (game.phase() != SovereignGame::Phase::Over)
        runTo(std::max(tick, input.lastTick));
    out.stateHash = game.stateHash();
    out.inputHash = game.inputHash();
    out.checkpoints = game.checkpointsJson();
    for (int i : game.standings())
        out.standings.append(i);
    out.endReason = game.phase() == SovereignGame::Phase::Over ? game.snapshot().value(u"endReason").toString() : QString();
    out.endTick = game.matchTick();
    return out;
}

} // namespace steward::sovereign
