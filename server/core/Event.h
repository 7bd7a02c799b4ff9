// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

namespace steward {

// A fact that happened to a game. State changes only by applying events, so a game is
// rebuilt by replaying its log.
struct Event
{
    QString type;
    QJsonObject data;
    // The shape of `data` for this type, as the kind wrote it. A kind that changes an event's
    // shape raises its version and reads the old one through GameKind::upcast().
    int version = 1;
};

// An event as the store keeps it: numbered within its game, stamped and attributed.
struct StoredEvent
{
    QString gameId;
    qint64 seq = 0;
    qint64 atMs = 0;
    QString actor;
    Event event;
    // Ticks a real-time game had run when this event was applied (Game::tickIntervalMs); 0 for
    // games without a tick. A replay runs the ticks in between.
    qint64 tick = 0;
};

// A game's whole state after its event `seq` and `tick` ticks (Game::snapshot).
struct Snapshot
{
    QString gameId;
    qint64 seq = 0;
    qint64 tick = 0;
    qint64 atMs = 0;
    QJsonObject state;
};

// A command as it arrives from the wire, already shape-checked by its game kind.
struct Command
{
    QString type;
    QJsonObject data;
};

} // namespace steward
