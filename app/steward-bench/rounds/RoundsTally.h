// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

#include <map>
#include <vector>

namespace steward::bench {

// When the bettors may send: while the round the run is betting on takes bets, up to the end
// of the betting time asked for. Wall-clock milliseconds, the clock the host's closesAt uses.
struct RoundsWindow
{
    bool open = false;
    qint64 endsAtMs = 0;

    bool allows() const { return open && QDateTime::currentMSecsSinceEpoch() < endsAtMs; }
};

// What the bettors saw. They all live in the bench's one event-loop thread and write here directly.
struct RoundsTally
{
    quint64 sent = 0;            // requests written, resends included
    quint64 accepted = 0;        // distinct bets the host accepted
    quint64 repeated = 0;        // of those, answered "repeated" (a resend after a lost connection)
    quint64 lateRetried = 0;     // BET_TOO_LATE / ROUND_NOT_OPEN: the same terms again next round
    quint64 transportErrors = 0; // a connection lost with a bet in flight: the same bet is resent
    quint64 reconnects = 0;      // connections the host closed between bets (no keep-alive)
    int inFlight = 0;            // bets written and not yet answered
    std::map<QString, quint64> refusals; // by error code
    std::vector<qint64> acceptedNs;      // per accepted bet: request written -> answer read
    // Accepted bets per second of the betting phase, by the moment the answer was read: shows
    // whether the rate holds within a round and from one round to the next.
    qint64 seriesStartNs = -1;
    std::vector<quint32> acceptedPerSecond;
};

} // namespace steward::bench
