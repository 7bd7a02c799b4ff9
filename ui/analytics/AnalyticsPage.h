// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/BeerDebrief.h"

#include <QWidget>

class QChartView;
class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace steward::client {
class HostClient;
}

namespace steward::ui {

class TeamChart;

// Analytics of a Beer Game, live while it runs and for the debrief afterwards: one team's orders
// against demand (the bullwhip) and its net stock, every role's cost and bullwhip ratio, the
// teams' ranking; exported as PNG, CSV and a PDF to hand out.
class AnalyticsPage : public QWidget
{
    Q_OBJECT
public:
    explicit AnalyticsPage(client::HostClient &host, QWidget *parent = nullptr);

    void showGame(const QString &gameId);
    void showTeam(int team);
    QString gameId() const { return m_gameId; }
    const analytics::BeerDebrief &debrief() const { return m_debrief; }

    // The exports the buttons offer, without their file dialogs. Each returns an error message or
    // an empty string; the CSV comes from the host, so its answer arrives later (exported()).
    QString exportChartPng(const QString &fileName) const;
    QString exportPdf(const QString &fileName) const;
    void exportCsv(const QString &fileName);

    TeamChart *ordersChart() const { return m_orders; }
    TeamChart *stockChart() const { return m_stock; }
    QTableWidget *rolesTable() const { return m_roles; }
    QTableWidget *rankingTable() const { return m_ranking; }
    QComboBox *gameBox() const { return m_gameBox; }
    QComboBox *teamBox() const { return m_teamBox; }

signals:
    void refreshed();
    void exported(const QString &fileName, const QString &error);

private:
    void onPolled();
    void fetch();
    void render();
    QString title() const;

    client::HostClient &m_host;
    QString m_gameId;
    int m_team = 1;
    int m_fetchedWeek = -1;
    QString m_fetchedStatus;
    bool m_fetching = false;
    analytics::BeerDebrief m_debrief;
    QComboBox *m_gameBox;
    QComboBox *m_teamBox;
    QLabel *m_note;
    TeamChart *m_orders;
    TeamChart *m_stock;
    QChartView *m_ordersView;
    QChartView *m_stockView;
    QTableWidget *m_roles;
    QTableWidget *m_ranking;
    QPushButton *m_png;
    QPushButton *m_csv;
    QPushButton *m_pdf;
};

} // namespace steward::ui
