// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/BeerDebrief.h"
#include "analytics/RoundsDebrief.h"

#include <QWidget>

class QChartView;
class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableWidget;

namespace steward::client {
class HostClient;
}

namespace steward::ui {

class RoundsCharts;
class TeamChart;

// Analytics of a game, live while it runs. A Beer Game's debrief: one team's orders against
// demand (the bullwhip) and its net stock, every role's cost and bullwhip ratio, the teams'
// ranking; exported as PNG, CSV and a PDF to hand out. A rounds table's: the draws by decade
// against a fair draw, the volume, and the realised RTP against the paytable's (RoundsCharts).
class AnalyticsPage : public QWidget
{
    Q_OBJECT
public:
    explicit AnalyticsPage(client::HostClient &host, QWidget *parent = nullptr);

    void showGame(const QString &gameId);
    void showTeam(int team);
    QString gameId() const { return m_gameId; }
    const analytics::BeerDebrief &debrief() const { return m_debrief; }
    const analytics::RoundsDebrief &roundsDebrief() const { return m_roundsDebrief; }
    RoundsCharts *roundsCharts() const { return m_rounds; }
    bool showsRounds() const { return m_kind == u"rounds"; }

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
    QString m_kind; // of the game shown
    analytics::BeerDebrief m_debrief;
    analytics::RoundsDebrief m_roundsDebrief;
    QStackedWidget *m_stack;
    QWidget *m_beer;
    RoundsCharts *m_rounds;
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
    QLabel *m_teamLabel;
};

} // namespace steward::ui
