// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QTableWidget>

namespace steward::ui {

// A match's players, most land first: their colour, name, whether a bot plays them, whether
// they are still in, their regions, hexes and troops, and their allies. Rows are rewritten in
// place as the match ticks, so the table does not flicker at twenty updates a second.
class SovereignPlayersTable : public QTableWidget
{
    Q_OBJECT
public:
    enum Column { Player, Bot, Status, Regions, Hexes, Troops, Allies, Columns };

    explicit SovereignPlayersTable(QWidget *parent = nullptr);

    // The view's `players` ({"n": {id, name, colour, bot, alive, hexes, regions, troops, allies}}).
    void setPlayers(const QJsonObject &players);
    // The player number shown on each row, top to bottom.
    QList<int> order() const { return m_order; }

private:
    QList<int> m_order;
};

} // namespace steward::ui
