// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QChart>
#include <QList>
#include <QStringList>

class QLineSeries;
class QValueAxis;

namespace steward::ui {

// "Land held over time": the hexes each player held, sampled through the match (the history's
// hexesHeld), one line a player in their colour, against the match's minutes. Lines are
// replaced in place, so the chart redraws without flicker as the match goes on.
class SovereignLandChart : public QChart
{
    Q_OBJECT
public:
    explicit SovereignLandChart(bool dark, QGraphicsItem *parent = nullptr);

    // `samples`: per sample, each player's hexes; `colours`: each player's colour number.
    void setLand(const QStringList &players, const QList<int> &colours, int everyMs, const QList<QList<int>> &samples);

    QList<QLineSeries *> playerSeries() const { return m_series; }
    const QValueAxis *minuteAxis() const { return m_minutes; }
    const QValueAxis *hexAxis() const { return m_hexes; }

private:
    QValueAxis *m_minutes;
    QValueAxis *m_hexes;
    QList<QLineSeries *> m_series;
};

} // namespace steward::ui
