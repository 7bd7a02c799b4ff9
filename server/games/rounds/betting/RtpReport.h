// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/core/Result.h"
#include "server/games/rounds/Paytable.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <array>

namespace steward::betting {

class RoundsArchive;

// Sums of stakes and returns are kept in 128 bits: a stake may be 1e12 minor units, so its square
// (1e24) does not fit 64 bits, and even Σs could pass 9.2e18 on a busy table. 128 bits hold
// Σs² for ~3e14 bets at the largest stake, and keep every sum exact; only the final ratios go
// through long double. __extension__ keeps -Wpedantic quiet about the GCC/Clang type.
__extension__ typedef __int128 RtpInt128;
__extension__ typedef unsigned __int128 RtpUInt128;

// Realised against theoretical return-to-player of a rounds table, per operator, bet kind and UTC
// day, with a statistical band for the volume played (docs/games/rtp.md has the formulas).
// Feed it settled round records (RoundsArchive / RoundsGame::publicRecord), then ask for report().
class RtpAccumulator
{
public:
    // Two-sided 99.9 %: a fair table leaves the band in one cell out of a thousand.
    static constexpr double AlertZ = 3.29;
    // Below this many bets the normal approximation behind the band is not trusted.
    static constexpr qint64 MinBets = 30;

    // One bet kind's sums, in one cell.
    struct Tally
    {
        qint64 bets = 0;
        qint64 wins = 0; // bets that returned anything
        RtpInt128 stake = 0;
        RtpInt128 returned = 0;
        RtpUInt128 stakeSquares = 0;
        // How many stakes end in each residue mod 100: a winning return is floored to the minor
        // unit, and what the floor takes depends only on stake mod 100 and the multiplier.
        std::array<qint64, 100> stakeResidues{};

        void merge(const Tally &other);
    };
    // One cell: a Tally per bet kind (indexed by BetKind), so mixed cells keep each kind's share.
    using Cell = std::array<Tally, 4>;

    // Adds one settled round's bets: operator = betRef up to the first ':', day = UTC date of
    // closesAt. Bets that cannot be read (unknown type, no stake or return) are counted as skipped.
    // Feed each round once.
    void add(const QJsonObject &record);

    qint64 rounds() const { return m_rounds; }
    qint64 skippedBets() const { return m_skippedBets; }

    // {"generatedFrom": {"rounds", "fromRound", "toRound", "skippedBets"},
    //  "overall": cell,
    //  "byOperator": [{"operator", "cell", "byKind": [{"kind", "cell"}],
    //                  "byDay": [{"day", "cell", "byKind": [{"kind", "cell"}]}]}],
    //  "byKind": [{"kind", "cell"}]}
    // cell = {"bets", "wins", "stake", "returned", "realisedRtp", "theoreticalRtp", "roundingBias",
    //         "sigma", "z", "lower", "upper", "status": "ok" | "alert" | "low-volume"}.
    // The records do not carry the paytable: pass the one the rounds were played with.
    QJsonObject report(const rounds::Paytable &paytable) const;
    // The same numbers flat, for CSV: a header row, then one row per cell ("all" where a row
    // sums over operators, days or kinds), in report() order.
    QList<QStringList> table(const rounds::Paytable &paytable) const;

    // The report of a table's whole archive, read in pages.
    static Result<QJsonObject> fromArchive(const RoundsArchive &archive, const QString &gameId,
                                           const rounds::Paytable &paytable);

private:
    // operator → UTC day ("2026-05-28") → sums; QMap keeps the output ordered.
    QMap<QString, QMap<QString, Cell>> m_cells;
    qint64 m_rounds = 0;
    qint64 m_fromRound = 0;
    qint64 m_toRound = 0;
    qint64 m_skippedBets = 0;
};

} // namespace steward::betting
