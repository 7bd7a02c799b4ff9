// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>

#include <array>
#include <optional>

namespace steward::rounds {

// What a rounds table's settled rounds add up to, for its analytics: the volume round by round,
// where the drawn numbers fell (and whether that looks like a fair draw), and the RTP the bets
// realised so far against what the paytable promises. Built from GET /api/analytics/gameHistory.
struct RoundsDebrief
{
    struct Round
    {
        qint64 round = 0;
        int number = -1;
        int bets = 0;
        qint64 stake = 0;
        qint64 returned = 0;
        double cumulativeRtp = -1; // percent of all stakes so far returned; -1 while nothing was staked
    };

    QList<Round> rounds;         // settled, oldest first
    std::array<int, 10> decades{}; // draws that fell in 0–9, 10–19, …, 90–99
    double chiSquare = 0;        // of the decades against a uniform draw: 9 degrees of freedom
    double pValue = 1;           // the chance a fair draw strays at least this far
    qint64 stake = 0, returned = 0;
    int bets = 0;
    double theoreticalLow = 0, theoreticalHigh = 0; // percent: the paytable's lowest and highest RTP of a bet kind

    // The RTP realised over every round, in percent; empty while nothing was staked.
    std::optional<double> realisedRtp() const;

    static RoundsDebrief fromHistory(const QJsonObject &history);
};

// P(X ≥ x) for X chi-square distributed with `dof` degrees of freedom.
double chiSquareSurvival(double x, int dof);

} // namespace steward::rounds
