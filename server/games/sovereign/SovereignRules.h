// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>

// Every number of Sovereign Lines' rules, in one place (docs/games/territory.md explains them).
// Rates are per second and the engine turns them into the configured tick, in whole numbers
// only, so a replay gives the same result on every machine.
namespace steward::sovereign::rules {

enum class Terrain : quint8 { Water, Plains, Forest, Hills, Mountains };

QString terrainName(Terrain t);
std::optional<Terrain> terrainFromName(const QString &name);

// A troop is a million micro-troops: growth adds micro-troops every tick.
inline constexpr qint64 MicroPerTroop = 1'000'000;

// Troops a region of one hex grows per second, in thousandths, by its terrain.
int growthMilliPerHexPerSecond(Terrain t);
// Growth stops at this many troops per hex of the region.
inline constexpr int CapPerHex = 10;
// Troops a neutral region holds at the start, per hex.
int garrisonPerHex(Terrain t);
// Troops in a player's start region when the match starts.
inline constexpr int StartTroops = 30;

// The defender's multiplier in thousandths: troops in a forest count a quarter more.
int defencePerMille(Terrain t);
// Luck: the attacker's strength is multiplied by a draw from [900, 1000 + 100] thousandths.
inline constexpr int LuckMinPerMille = 900;
inline constexpr int LuckMaxPerMille = 1100;

// Milliseconds a march takes to reach a region of this terrain.
int travelMs(Terrain target);

// Alliances: a request lapses after this long; after a break the two may not ally again
// for the cool-down.
inline constexpr int AllyRequestMs = 20'000;
inline constexpr int AllyCooldownMs = 30'000;

// The match ends at once when one player holds this share of the land regions (per cent).
inline constexpr int ConquestPercent = 70;

// Bots act every so often (the hard one more often and with more care, see SovereignBots).
inline constexpr int EasyBotEveryMs = 2'000;
inline constexpr int HardBotEveryMs = 500;

// Troops sent for a share (1–100 %) of `troops`: at least one always stays behind.
int troopsForShare(int troops, int sharePercent);

// Ticks for a span of milliseconds at `tickMs` a tick, rounded up (at least one).
qint64 ticksFor(qint64 ms, int tickMs);

// One fight: `attackers` arrive at a region held by `defenders` on `terrain`, with the
// attacker's luck drawn as `luckPerMille`. The attack succeeds when attackers × luck exceeds
// defenders × defence; the survivors of the winning side are what the losing side's strength
// did not cancel (at least one attacker survives a won fight).
struct Fight
{
    bool captured = false;
    int survivors = 0; // the attacker's if captured, else the defender's
};
Fight fight(int attackers, int defenders, Terrain terrain, int luckPerMille);

} // namespace steward::sovereign::rules
