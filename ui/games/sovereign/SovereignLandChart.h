// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QChart>
#include <QList>
#include <QStringList>

class QLineSeries;
class QValueAxis;

namespace steward::ui {

// What each player held over time, sampled through the match, one line a player in their colour,
// against the match's minutes: the land ("Land held over time", the history's hexesHeld) or the
// troops (troopsHeld), as its title and unit say. Lines are replaced in place, so the chart
// redraws without flicker as the match goes on.
class SovereignLandChart : public QChart
{
    Q_OBJECT
public:
    // `title` above the chart; `unit` names the left axis ("Hexes", "Troops").
    SovereignLandChart(bool dark, const QString &title, const QString &unit, QGraphicsItem *parent = nullptr);

    // `samples`: per sample, each player's number (hexes, troops); `colours`: each player's
    // colour number.
    void setSamples(const QStringList &players, const QList<int> &colours, int everyMs,
                    const QList<QList<int>> &samples);

    QList<QLineSeries *> playerSeries() const { return m_series; }
    const QValueAxis *minuteAxis() const { return m_minutes; }
    const QValueAxis *valueAxis() const { return m_values; }

private:
    QValueAxis *m_minutes;
    QValueAxis *m_values;
    QList<QLineSeries *> m_series;
};

} // namespace steward::ui
