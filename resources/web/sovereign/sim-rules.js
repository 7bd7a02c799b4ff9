// SPDX-License-Identifier: GPL-3.0-or-later
// Every number of Sovereign Lines' rules, as server/games/sovereign/SovereignRules.{h,cpp} has
// them (docs/games/territory.md explains them), in whole numbers. div() is C++'s integer
// division, which rounds towards zero; every quotient here is far below 2^53, where a double's
// division is exact enough for that.
export const Terrain = { Water: 0, Plains: 1, Forest: 2, Hills: 3, Mountains: 4 };
export const TERRAIN_NAMES = ['water', 'plains', 'forest', 'hills', 'mountains'];

export const MicroPerTroop = 1000000;
export const CapPerHex = 10;
export const StartTroops = 30;
export const LuckMinPerMille = 900;
export const LuckMaxPerMille = 1100;
export const AllyRequestMs = 20000;
export const AllyCooldownMs = 30000;
export const ConquestPercent = 70;
export const EasyBotEveryMs = 2000;
export const HardBotEveryMs = 500;

export function div(a, b) {
  return Math.trunc(a / b);
}

const GROWTH = [0, 500, 400, 300, 200];
const GARRISON = [0, 1, 2, 3, 4];
const DEFENCE = [1000, 1000, 1250, 1500, 2000];
const TRAVEL = [1000, 1000, 1500, 2000, 3000];

export const growthMilliPerHexPerSecond = (t) => GROWTH[t];
export const garrisonPerHex = (t) => GARRISON[t];
export const defencePerMille = (t) => DEFENCE[t];
export const travelMs = (t) => TRAVEL[t];

// Troops sent for a share (1–100 %) of `troops`: at least one always stays behind.
export function troopsForShare(troops, sharePercent) {
  const share = Math.min(Math.max(sharePercent, 0), 100);
  return Math.max(0, Math.min(div(troops * share, 100), troops - 1));
}

// Ticks for a span of milliseconds, rounded up, at least one.
export function ticksFor(ms, tickMs) {
  return Math.max(1, div(ms + tickMs - 1, tickMs));
}

// One fight: {captured, survivors} (the attacker's if captured, else the defender's).
export function fight(attackers, defenders, terrain, luckPerMille) {
  const attack = attackers * luckPerMille;
  const defence = defenders * defencePerMille(terrain);
  if (attack > defence) {
    const lost = div(defence + luckPerMille - 1, luckPerMille);
    return { captured: true, survivors: Math.max(1, attackers - lost) };
  }
  return { captured: false, survivors: Math.max(0, defenders - div(attack, defencePerMille(terrain))) };
}
