// SPDX-License-Identifier: GPL-3.0-or-later
// The bots, as server/games/sovereign/SovereignBots.cpp plays them: inside the ticks, with the
// same checks as a player's sends and the match's own random numbers. The same regions in the
// same order, the same strict comparisons (the first best wins a tie), the same integer steps.
//   Easy, every 2 s (skipping one turn in four): 75 % to the weakest neighbour it beats at
//   even luck with a 15 % margin.
//   Hard, every 0.5 s: up to two attacks that win at the worst luck, the smallest share in
//   steps of 10 % that does it, best land per troop first; then one inner region's troops a
//   step towards its nearest border.
import * as rules from './sim-rules.js';
import { div } from './sim-rules.js';

const HARD = 2;

function defenceOf(game, region) {
  return game.holdings[region].troops * rules.defencePerMille(game.map.regions[region].terrain);
}

function friendly(game, player, region) {
  const owner = game.holdings[region].owner;
  return owner === player || (owner >= 0 && game.allied(player, owner));
}

// Plays `player`'s turn if this tick is one of its turns (SovereignBots::maybeAct).
export function playBot(game, player) {
  const hard = game.players[player].bot === HARD;
  const every = game.ticks(hard ? rules.HardBotEveryMs : rules.EasyBotEveryMs);
  if ((game.matchTick() + player) % every !== 0) return;
  if (hard) playHard(game, player);
  else playEasy(game, player);
}

function playEasy(game, player) {
  if (game.random.below(4) === 0) return;
  let bestFrom = -1, bestTo = -1, bestDefence = Infinity;
  for (const r of game.map.regions) {
    const h = game.holdings[r.id];
    if (h.owner !== player || h.troops < 6) continue;
    const sent = rules.troopsForShare(h.troops, 75);
    for (const n of r.neighbours) {
      if (friendly(game, player, n)) continue;
      const defence = defenceOf(game, n);
      if (sent * 1000 * 100 > defence * 115 && defence < bestDefence) {
        bestDefence = defence;
        bestFrom = r.id;
        bestTo = n;
      }
    }
  }
  if (bestFrom >= 0 && game.checkSend(player, bestFrom, bestTo, 75, true) > 0) {
    game.send(player, bestFrom, bestTo, rules.troopsForShare(game.holdings[bestFrom].troops, 75), true, 'a bot');
  }
}

function playHard(game, player) {
  const map = game.map;
  const used = new Uint8Array(map.regions.length);
  for (let attack = 0; attack < 2; attack++) {
    let bestFrom = -1, bestTo = -1, bestShare = 0, bestValue = -1;
    for (const r of map.regions) {
      const h = game.holdings[r.id];
      if (h.owner !== player || used[r.id] || h.troops < 2) continue;
      for (const n of r.neighbours) {
        if (friendly(game, player, n)) continue;
        const defence = defenceOf(game, n);
        for (let share = 10; share <= 100; share += 10) {
          const sent = rules.troopsForShare(h.troops, share);
          if (sent * rules.LuckMinPerMille <= defence) continue;
          // Land gained per troop spent, in thousandths.
          const value = div(map.regions[n].hexes * 1000000, sent + 1);
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
    if (bestFrom < 0) break;
    const troops = game.checkSend(player, bestFrom, bestTo, bestShare, true);
    if (troops > 0) {
      game.send(player, bestFrom, bestTo, troops, true, 'a bot');
      used[bestFrom] = 1;
    }
  }

  // One inner region sends its troops a step towards the nearest border.
  const distance = new Int32Array(map.regions.length).fill(-1);
  const queue = [];
  for (const r of map.regions) {
    if (game.holdings[r.id].owner !== player) continue;
    for (const n of r.neighbours) {
      if (!friendly(game, player, n)) {
        distance[r.id] = 0;
        queue.push(r.id);
        break;
      }
    }
  }
  for (let head = 0; head < queue.length; head++) {
    const id = queue[head];
    for (const n of map.regions[id].neighbours) {
      if (distance[n] < 0 && game.holdings[n].owner === player) {
        distance[n] = distance[id] + 1;
        queue.push(n);
      }
    }
  }
  for (const r of map.regions) {
    const h = game.holdings[r.id];
    if (h.owner !== player || used[r.id] || h.troops < 8 || distance[r.id] <= 0) continue;
    for (const n of r.neighbours) {
      if (distance[n] === distance[r.id] - 1) {
        const troops = game.checkSend(player, r.id, n, 100, false);
        if (troops > 0) {
          game.send(player, r.id, n, troops, false, 'a bot');
          return;
        }
      }
    }
  }
}
