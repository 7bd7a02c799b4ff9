// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/core/Result.h"

#include <QJsonObject>
#include <QString>

#include <array>

namespace steward::rounds {

// What a bet is on. The draw is one number 00–99.
enum class BetKind {
    Exact,    // one number: pick 0–99
    Decade,   // ten numbers, pick d: 10d … 10d+9
    HighLow,  // pick 1: 50–99 (high), pick 0: 00–49 (low)
    OddEven,  // pick 1: odd, pick 0: even
};
inline constexpr std::array AllBetKinds{BetKind::Exact, BetKind::Decade, BetKind::HighLow, BetKind::OddEven};
inline constexpr int Outcomes = 100;

QString kindName(BetKind kind); // "exact", "decade", "highLow", "oddEven" (paytable keys)
std::optional<BetKind> kindFromName(QStringView name);
// How many of the 100 numbers win a bet of this kind: 1, 10, 50, 50.
int winningOutcomes(BetKind kind);

// A bet's selection, as on the wire: {"type":"exact","pick":42}, {"type":"decade","pick":4},
// {"type":"high"} / {"type":"low"}, {"type":"odd"} / {"type":"even"}.
struct Selection
{
    BetKind kind = BetKind::Exact;
    int pick = 0;

    bool wins(int number) const;
    QString wireType() const; // "exact", "decade", "high", "low", "odd", "even"
    QString label() const;    // "42", "40–49", "high", …
    bool operator==(const Selection &) const = default;
};

// Reads {"type", "pick"} from untrusted JSON; INVALID_BET says what is wrong.
Result<Selection> parseSelection(const QJsonObject &bet);

} // namespace steward::rounds
