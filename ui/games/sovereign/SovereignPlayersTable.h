// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QTableWidget>

namespace steward::ui {

// A match's players, most land first: their colour, name, whether a bot plays them, whether
// they are still in, their regions, hexes and troops, and their allies; a player the host
// flagged has a red flag in the status and the evidence on the row's tooltip. Rows are
// rewritten in place as the match ticks, so the table does not flicker at twenty updates a
// second.
class SovereignPlayersTable : public QTableWidget
{
    Q_OBJECT
public:
    enum Column { Player, Bot, Status, Regions, Hexes, Troops, Allies, Columns };

    explicit SovereignPlayersTable(QWidget *parent = nullptr);

    // The view's `players` ({"n": {id, name, colour, bot, alive, hexes, regions, troops, allies}}).
    void setPlayers(const QJsonObject &players);
    // The host's flags of this match's players, by player id (FlagMarker::byPlayer).
    void setFlags(const QHash<QString, QJsonObject> &flags);
    // The player number shown on each row, top to bottom.
    QList<int> order() const { return m_order; }

private:
    QList<int> m_order;
    QJsonObject m_players;
    QHash<QString, QJsonObject> m_flags;
};

} // namespace steward::ui
