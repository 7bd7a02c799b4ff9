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
};

// An event as the store keeps it: numbered within its game, stamped and attributed.
struct StoredEvent
{
    QString gameId;
    qint64 seq = 0;
    qint64 atMs = 0;
    QString actor;
    Event event;
};

// A command as it arrives from the wire, already shape-checked by its game kind.
struct Command
{
    QString type;
    QJsonObject data;
};

} // namespace steward
