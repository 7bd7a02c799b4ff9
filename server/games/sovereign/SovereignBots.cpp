// SPDX-License-Identifier: GPL-3.0-or-later
#include "SovereignBots.h"

#include "SovereignGame.h"

#include <deque>
#include <limits>

namespace steward::sovereign {

using rules::Terrain;

namespace {
// The defence a region puts up at even luck, in thousandths of a troop.
qint64 defenceOf(const SovereignGame &game, int region)
{
    return qint64(game.holdings()[std::size_t(region)].troops) * rules::defencePerMille(game.map().region(region).terrain);
}

bool friendly(const SovereignGame &game, int player, int region)
{
    const int owner = game.holdings()[std::size_t(region)].owner;
    return owner == player || (owner >= 0 && game.allied(player, owner));
}
} // namespace

void SovereignBots::maybeAct(SovereignGame &game, int player)
{
    const SovereignGame::Player &p = game.m_players[std::size_t(player)];
    const qint64 every = game.ticks(p.bot == BotStrength::Hard ? rules::HardBotEveryMs : rules::EasyBotEveryMs);
    // Bots take their turns spread over the period, not all on one tick.
    if ((game.matchTick() + player) % every != 0)
        return;
    if (p.bot == BotStrength::Hard)
        playHard(game, player);
    else
        playEasy(game, player);
}

void SovereignBots::playEasy(SovereignGame &game, int player)
{
    if (game.m_random.below(4) == 0)
        return;
    int bestFrom = -1, bestTo = -1;
    qint64 bestDefence = std::numeric_limits<qint64>::max();
    for (const Region &r : game.map().regions()) {
        const SovereignGame::Holding &h = game.holdings()[std::size_t(r.id)];
        if (h.owner != player || h.troops < 6)
            continue;
        const qint64 sent = rules::troopsForShare(h.troops, 75);
        for (int n : r.neighbours) {
            if (friendly(game, player, n))
                continue;
            const qint64 defence = defenceOf(game, n);
            if (sent * 1000 * 100 > defence * 115 && defence < bestDefence) {
                bestDefence = defence;
                bestFrom = r.id;
                bestTo = n;
            }
        }
    }
    if (bestFrom >= 0 && game.checkSend(player, bestFrom, bestTo, 75, true))
        game.send(player, bestFrom, bestTo, rules::troopsForShare(game.holdings()[std::size_t(bestFrom)].troops, 75), true);
}

void SovereignBots::playHard(SovereignGame &game, int player)
{
    const SovereignMap &map = game.map();
    std::vector<char> used(map.regions().size(), 0);
    for (int attack = 0; attack < 2; ++attack) {
        int bestFrom = -1, bestTo = -1, bestShare = 0;
        qint64 bestValue = -1;
        for (const Region &r : map.regions()) {
            const SovereignGame::Holding &h = game.holdings()[std::size_t(r.id)];
            if (h.owner != player || used[std::size_t(r.id)] || h.troops < 2)
                continue;
            for (int n : r.neighbours) {
                if (friendly(game, player, n))
                    continue;
                const qint64 defence = defenceOf(game, n);
                for (int share = 10; share <= 100; share += 10) {
                    const qint64 sent = rules::troopsForShare(h.troops, share);
                    if (sent * rules::LuckMinPerMille <= defence)
                        continue;
                    // Land gained per troop spent, in thousandths.
                    const qint64 value = qint64(map.region(n).hexes) * 1'000'000 / (sent + 1);
                    if (value > bestValue) {
                        bestValue = value;
                        bestFrom = r.id;
                        bestTo = n;
                        bestShare = share;
                    }
                    break;
                }
            }
        }
        if (bestFrom < 0)
            break;
        if (const auto troops = game.checkSend(player, bestFrom, bestTo, bestShare, true)) {
            game.send(player, bestFrom, bestTo, troops.value(), true);
            used[std::size_t(bestFrom)] = 1;
        }
    }

    // One inner region sends its troops a step towards the nearest border.
    const std::size_t count = map.regions().size();
    std::vector<int> distance(count, -1);
    std::deque<int> queue;
    for (const Region &r : map.regions()) {
        if (game.holdings()[std::size_t(r.id)].owner != player)
            continue;
        for (int n : r.neighbours) {
            if (!friendly(game, player, n)) {
                distance[std::size_t(r.id)] = 0;
                queue.push_back(r.id);
                break;
            }
        }
    }
    while (!queue.empty()) {
        const int id = queue.front();
        queue.pop_front();
        for (int n : map.region(id).neighbours) {
            if (distance[std::size_t(n)] < 0 && game.holdings()[std::size_t(n)].owner == player) {
                distance[std::size_t(n)] = distance[std::size_t(id)] + 1;
                queue.push_back(n);
            }
        }
    }
    for (const Region &r : map.regions()) {
        const SovereignGame::Holding &h = game.holdings()[std::size_t(r.id)];
        if (h.owner != player || used[std::size_t(r.id)] || h.troops < 8 || distance[std::size_t(r.id)] <= 0)
            continue;
        for (int n : r.neighbours) {
            if (distance[std::size_t(n)] == distance[std::size_t(r.id)] - 1) {
                if (const auto troops = game.checkSend(player, r.id, n, 100, false)) {
                    game.send(player, r.id, n, troops.value(), false);
                    return;
                }
            }
        }
    }
}

} // namespace steward::sovereign
