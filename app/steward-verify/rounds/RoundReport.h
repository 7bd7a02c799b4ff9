// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace steward::verify {

// How one check of one round came out. Unavailable means it could not be run at all (the
// chain node did not answer): that proves nothing either way, and is not a failure.
enum class CheckStatus { Passed, Failed, Skipped, Unavailable };

QString statusName(CheckStatus status); // "pass", "fail", "skip", "unavailable" (the --json form)

// The checks, numbered as in docs/verify.md; the ids are stable (--json, the web page).
namespace checks {
inline constexpr int Seed = 1;         // keccak256(seed) == seedHash
inline constexpr int BetsRoot = 2;     // the bets give betsRoot
inline constexpr int Number = 3;       // drawNumber(seed, betsRoot) == number
inline constexpr int Commit = 4;       // the Committed log on chain
inline constexpr int CommitTime = 5;   // committed before betting opened
inline constexpr int Reveal = 6;       // the Revealed log on chain
inline constexpr int ContractDraw = 7; // the contract's drawNumber agrees
QString id(int check);                 // "seed", "betsRoot", ... "contractDraw"
QString title(int check);              // what it proves, in a few words (translated)
} // namespace checks

struct RoundCheck
{
    int check = 0;
    CheckStatus status = CheckStatus::Skipped;
    QString reason;

    static RoundCheck passed(int check, QString reason) { return {check, CheckStatus::Passed, std::move(reason)}; }
    static RoundCheck failed(int check, QString reason) { return {check, CheckStatus::Failed, std::move(reason)}; }
    static RoundCheck skipped(int check, QString reason) { return {check, CheckStatus::Skipped, std::move(reason)}; }
    static RoundCheck unavailable(int check, QString reason)
    {
        return {check, CheckStatus::Unavailable, std::move(reason)};
    }
};

// Everything the verifier found about one round.
struct RoundReport
{
    QString gameId;
    qint64 round = 0;
    int number = -1;               // as the host recorded it; -1 if the record has none
    bool committedOnChain = false; // as the host recorded it
    QList<RoundCheck> checks;      // in order of their number
    QStringList notices;           // what a reader must know: "not on chain", "no node given"

    bool anyFailed() const;
    bool anyUnavailable() const;
    QJsonObject toJson() const;
};

} // namespace steward::verify
