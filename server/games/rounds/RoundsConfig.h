// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Paytable.h"

namespace steward::rounds {

// What a bettor may stake and win: per operator for operators' players, from the table's
// configuration for LAN players.
struct BetLimits
{
    qint64 minBet = 100;        // minor units
    qint64 maxBet = 10'000;
    qint64 maxWin = 1'000'000;  // the most one player can be paid in one round

    static Result<BetLimits> fromJson(const QJsonObject &o, const BetLimits &fallback);
    QJsonObject toJson() const;
};

// A rounds table's configuration (docs/games/rounds.md).
struct RoundsConfig
{
    int periodMs = 10'000;  // one round every period
    int bettingMs = 8'000;  // bets are taken for this long after a round opens
    Paytable paytable = Paytable::standard();
    QString currency = QStringLiteral("CHIPS"); // the LAN players' play money
    qint64 startingBalance = 100'000;           // each LAN player's chips, in minor units
    BetLimits lanLimits;

    static Result<RoundsConfig> fromJson(const QJsonObject &o);
    QJsonObject toJson() const;
};

} // namespace steward::rounds
