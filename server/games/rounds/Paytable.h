// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RoundsBet.h"

#include <QJsonObject>

#include <array>

namespace steward::rounds {

// What each kind of bet returns when it wins, stake included, in hundredths of the stake
// (8800 = 88×). Everything here is integer arithmetic, so the theoretical RTP is exact.
class Paytable
{
public:
    // The seed's paytable: 88×, 8.85×, 1.77×, 1.77× → RTP 88.00 %, 88.50 %, 88.50 %, 88.50 %.
    static Paytable standard();

    // The allowed band for every bet kind's theoretical RTP, in basis points (inclusive).
    static constexpr int MinRtpBasisPoints = 8800;
    static constexpr int MaxRtpBasisPoints = 8900;

    // Reads {"exact": 88, "decade": 8.85, "highLow": 1.77, "oddEven": 1.77} (multipliers, at most
    // two decimals). INVALID_PAYTABLE for a malformed table, RTP_OUT_OF_RANGE for one that would
    // put any kind's RTP outside 88–89 %.
    static Result<Paytable> fromJson(const QJsonObject &o);
    QJsonObject toJson() const;

    int multiplierHundredths(BetKind kind) const { return m_hundredths.at(size_t(kind)); }
    // Exact theoretical RTP: multiplier × P(win) = hundredths × winning outcomes / 100 outcomes,
    // in basis points (8850 = 88.50 %).
    int rtpBasisPoints(BetKind kind) const { return multiplierHundredths(kind) * winningOutcomes(kind); }
    // What a winning stake returns, rounded down to the minor unit.
    qint64 winningReturn(BetKind kind, qint64 stake) const { return stake * multiplierHundredths(kind) / 100; }
    // {"exact": {"multiplier": 88, "rtp": 88.0, "rtpBasisPoints": 8800}, …}
    QJsonObject describe() const;

    bool operator==(const Paytable &) const = default;

private:
    std::array<int, 4> m_hundredths{};
};

} // namespace steward::rounds
