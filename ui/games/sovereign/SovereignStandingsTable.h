// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QTableWidget>

namespace steward::ui {

// How a match ended: the standings of its `result` (docs/games/territory.md, "The end"), ranked
// by land held, then troops, then who lasted longer, as the host ranked them.
class SovereignStandingsTable : public QTableWidget
{
    Q_OBJECT
public:
    enum Column { Rank, Player, Hexes, Troops, Status, Columns };

    explicit SovereignStandingsTable(QWidget *parent = nullptr);

    // `result` as in the view and the history; `colours`: each player number's colour number
    // (a player missing from it is shown in the colour of its number).
    void setResult(const QJsonObject &result, const QHash<int, int> &colours);

    // The line above the standings: why the match ended and who won.
    static QString reasonText(const QJsonObject &result);
};

} // namespace steward::ui
