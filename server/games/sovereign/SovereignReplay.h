// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/core/Event.h"
#include "server/core/Result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>

namespace steward::sovereign {

// A match played again from what defines it: its configuration, its seed and its events, each
// applied after the ticks that preceded it, as the host does at start-up. What it reaches is
// compared with what the host recorded (steward-verify, the chain), and what it passes through
// is what the replay viewer scrubs.
struct ReplayInput
{
    QJsonObject config;
    quint64 seed = 0;
    QList<StoredEvent> events; // in order
    qint64 lastTick = 0;       // ticks to run after the last event (0: stop at it)
};

struct Replay
{
    QByteArray stateHash; // SovereignGame::stateHash() at the end
    QByteArray inputHash; // chained over the events
    QList<int> standings; // player numbers, best first
    QString endReason;    // empty if the log has no end
    qint64 endTick = 0;   // the match's tick at the end of the replay
    QJsonObject start;    // the view when the match started (map, players, regions)
    // Every `frameEveryTicks` of the match: {tick, regions: [id, owner, troops, ...] for the
    // regions that changed since the frame before, players: [[hexes, troops] per player]}.
    QJsonArray frames;
    // The state's hash every 5 s of the match (SovereignGame::checkpointsJson).
    QJsonArray checkpoints;
};

Result<Replay> replayMatch(const ReplayInput &input, int frameEveryTicks);

} // namespace steward::sovereign
