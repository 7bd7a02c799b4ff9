// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/core/Result.h"

#include <QJsonArray>
#include <QList>
#include <QString>

#include <optional>

namespace steward {

class EventStore;

// Who may not join or connect for a while: a player's name (any game, any case) or an address.
// Kept in the store's settings, so a ban outlives a restart of the host.
class BanList
{
public:
    struct Ban
    {
        QString name;    // or
        QString address; // one of the two
        qint64 untilMs = 0;
        QString reason;
    };

    explicit BanList(EventStore &store);

    Status load();
    Status add(const Ban &ban);
    // Lifts the bans of that name or address; returns how many there were.
    Result<int> remove(const QString &name, const QString &address);
    std::optional<Ban> match(const QString &name, const QString &address, qint64 nowMs) const;
    QJsonArray toJson(qint64 nowMs) const; // the bans still running

private:
    Status save();

    EventStore &m_store;
    QList<Ban> m_bans;
};

} // namespace steward
