// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/games/beer/BeerDebrief.h"
#include "ui/games/ConsoleKind.h"

class QChartView;
class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace steward::ui {

class TeamChart;

// A Beer Game's debrief on the Analytics dashboard: one team's orders against demand (the
// bullwhip) and its net stock, every role's cost and bullwhip ratio, the teams' ranking; the
// team box and the PDF to hand out are its own controls on the dashboard's bar.
class BeerAnalytics : public KindAnalytics
{
    Q_OBJECT
public:
    explicit BeerAnalytics(bool dark, QWidget *parent = nullptr);

    QString gameLabel(const QJsonObject &summary) const override;
    int progress(const QJsonObject &summary) const override;
    void setHistory(const QJsonObject &history) override;
    void clear() override;
    QString render() override;
    bool canExport() const override { return !m_debrief.teams.isEmpty(); }
    QPixmap picture() const override;
    QString pngFileName() const override;
    QString csvFileName() const override;
    QList<QWidget *> leadingControls() const override;
    QList<QWidget *> trailingControls() const override;

    void showTeam(int team);
    // Writes the PDF debrief; an error message or an empty string.
    QString exportPdf(const QString &fileName) const;

    const beer::BeerDebrief &debrief() const { return m_debrief; }
    TeamChart *ordersChart() const { return m_orders; }
    TeamChart *stockChart() const { return m_stock; }
    QTableWidget *rolesTable() const { return m_roles; }
    QTableWidget *rankingTable() const { return m_ranking; }
    QComboBox *teamBox() const { return m_teamBox; }

private:
    QString title() const;

    beer::BeerDebrief m_debrief;
    int m_team = 1;
    QLabel *m_teamLabel;
    QComboBox *m_teamBox;
    QPushButton *m_pdf;
    TeamChart *m_orders;
    TeamChart *m_stock;
    QChartView *m_ordersView;
    QChartView *m_stockView;
    QTableWidget *m_roles;
    QTableWidget *m_ranking;
};

} // namespace steward::ui
