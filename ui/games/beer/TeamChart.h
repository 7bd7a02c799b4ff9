// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/games/beer/BeerDebrief.h"

#include <QChart>

class QLineSeries;
class QValueAxis;

namespace steward::ui {

// One chart of one team's weeks, a line per role: its orders against customer demand (the
// bullwhip), or its net stock (inventory − backlog). Updated in place with replace(), so a live
// game redraws without flicker. Used on screen and in the PDF debrief.
class TeamChart : public QChart
{
    Q_OBJECT
public:
    enum class Measure { Orders, NetStock, Cost };

    explicit TeamChart(Measure measure, bool dark = false, QGraphicsItem *parent = nullptr);

    void setTeam(const beer::TeamDebrief &team);
    Measure measure() const { return m_measure; }
    QLineSeries *roleSeries(int role) const { return m_roles[size_t(role)]; }
    QLineSeries *demandSeries() const { return m_demand; }

private:
    Measure m_measure;
    std::array<QLineSeries *, 4> m_roles{};
    QLineSeries *m_demand = nullptr; // orders only
    QValueAxis *m_weeks;
    QValueAxis *m_values;
};

} // namespace steward::ui
