// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/games/ConsoleKind.h"

#include <QJsonObject>

class QChartView;
class QGroupBox;
class QLabel;

namespace steward::ui {

class SovereignLandChart;
class SovereignStandingsTable;

// A Sovereign Lines match on the Analytics dashboard, from its history (GET
// /api/analytics/gameHistory: the players, and the hexes and troops each held every few
// seconds): the land each player held over time above their troops over time, and the standings
// once the match is over. The PNG export holds both charts.
class SovereignAnalytics : public KindAnalytics
{
    Q_OBJECT
public:
    explicit SovereignAnalytics(bool dark, QWidget *parent = nullptr);

    QString gameLabel(const QJsonObject &summary) const override;
    int progress(const QJsonObject &summary) const override;
    void setHistory(const QJsonObject &history) override;
    void clear() override;
    QString render() override;
    bool canExport() const override;
    QPixmap picture() const override;
    QString pngFileName() const override;
    QString csvFileName() const override;

    SovereignLandChart *chart() const { return m_chart; }
    SovereignLandChart *troopsChart() const { return m_troopsChart; }
    SovereignStandingsTable *standingsTable() const { return m_standings; }

private:
    QJsonObject m_history;
    SovereignLandChart *m_chart;
    QChartView *m_chartView;
    SovereignLandChart *m_troopsChart;
    QChartView *m_troopsView;
    QWidget *m_charts; // both, one above the other: what the PNG shows
    QGroupBox *m_result;
    QLabel *m_reason;
    SovereignStandingsTable *m_standings;
};

} // namespace steward::ui
