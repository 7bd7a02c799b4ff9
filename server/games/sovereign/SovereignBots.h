// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace steward::sovereign {

class SovereignGame;

// The bots that fill empty and abandoned places. They play inside the match's ticks, through
// the same checks as a player's sends, and draw their chance from the match's own random
// numbers, so a replay plays them again exactly. They never ask for an alliance.
//
// - Easy, every 2 s (skipping one turn in four): from its regions with at least 6 troops, sends
//   75 % to the weakest neighbour it would beat at even luck with a 15 % margin.
// - Hard, every 0.5 s: up to two attacks that win even at the worst luck, each with the smallest
//   share in steps of 10 % that does it, best land per troop first; then one move of an inner
//   region's troops (8 or more) a step towards its nearest border.
class SovereignBots
{
public:
    // Plays `player`'s turn if this tick is one of its turns.
    static void maybeAct(SovereignGame &game, int player);

private:
    static void playEasy(SovereignGame &game, int player);
    static void playHard(SovereignGame &game, int player);
};

} // namespace steward::sovereign
