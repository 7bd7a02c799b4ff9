// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/games/rounds/RoundsDebrief.h"

#include <QWidget>

class QBarSet;
class QChart;
class QChartView;
class QLabel;
class QLineSeries;
class QValueAxis;

namespace steward::ui {

// A rounds table's analytics, live as rounds settle: where the drawn numbers fell against a fair
// draw, the stakes round by round, and the RTP the bets realised so far against the paytable's.
// Series are updated in place, so the charts redraw without flicker.
class RoundsCharts : public QWidget
{
    Q_OBJECT
public:
    explicit RoundsCharts(bool dark, QWidget *parent = nullptr);

    void setDebrief(const rounds::RoundsDebrief &debrief);

    // One line each under the charts: the draw's fairness test, the volume, the RTP.
    QString fairnessText() const;
    QString volumeText() const;
    QString rtpText() const;
    QBarSet *drawsSet() const { return m_draws; }
    QLineSeries *stakeSeries() const { return m_stake; }
    QLineSeries *rtpSeries() const { return m_rtp; }
    // The axes whose labels a few rounds used to garble: rounds, draws per decade, stakes.
    const QValueAxis *roundAxis() const { return m_roundAxis; }
    const QValueAxis *countAxis() const { return m_countAxis; }
    const QValueAxis *stakeAxis() const { return m_stakeAxis; }
    // The three charts side by side, as one picture.
    QPixmap picture();

private:
    QChartView *m_distributionView;
    QChartView *m_volumeView;
    QChartView *m_rtpView;
    QBarSet *m_draws;
    QLineSeries *m_expected;
    QValueAxis *m_countAxis;
    QLineSeries *m_stake;
    QValueAxis *m_roundAxis;
    QValueAxis *m_stakeAxis;
    QLineSeries *m_rtp;
    QLineSeries *m_low;
    QLineSeries *m_high;
    QValueAxis *m_rtpRoundAxis;
    QValueAxis *m_rtpAxis;
    QLabel *m_fairness;
    QLabel *m_volume;
    QLabel *m_rtpLine;
};

} // namespace steward::ui
