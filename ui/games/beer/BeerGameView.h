// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/games/ConsoleKind.h"

#include <QJsonObject>

class QLabel;
class QPushButton;
class QMenu;
class QModelIndex;
class QTableView;

namespace steward::client {
class HostClient;
}

namespace steward::ui {

class BeerTeamsModel;

// One Beer Game as the facilitator runs it: its join code and week, every team's four roles
// live, and the commands (start, advance, end, a seat to a bot and back, an inventory correction,
// the CSV). Everything goes to the host through the HostClient.
class BeerGameView : public GameView
{
    Q_OBJECT
public:
    explicit BeerGameView(client::HostClient &host, QWidget *parent = nullptr);

    void setView(const QJsonObject &view) override;
    QString gameId() const { return m_view.value(QStringLiteral("gameId")).toString(); }
    QJsonObject view() const { return m_view; }

    QPushButton *startButton() const { return m_start; }
    QPushButton *advanceButton() const { return m_advance; }
    QLabel *statusLabel() const { return m_status; }
    QPushButton *endButton() const { return m_end; }
    QPushButton *joinCardButton() const { return m_joinCard; }
    QPushButton *exportButton() const { return m_export; }
    QPushButton *seatButton() const { return m_seat; }
    QTableView *table() const { return m_table; }
    QString message() const;

    // The commands the buttons and the seat menu send; public so keyboard users and tests reach them.
    void command(const QString &path, QJsonObject body);
    void exportCsv(const QString &fileName);

private:
    // The seat actions for the cell at `index` (none outside the four roles' columns).
    void fillSeatMenu(QMenu *menu, const QModelIndex &index);
    void askAdvance();
    int selectedTeam() const; // 0: no row selected
    void correctInventory(int team, const QString &role, int current);
    void showMessage(const QString &text, bool error);

    client::HostClient &m_host;
    QJsonObject m_view;
    BeerTeamsModel *m_model;
    QLabel *m_title;
    QLabel *m_status;
    QLabel *m_message;
    QPushButton *m_start;
    QPushButton *m_advance;
    QPushButton *m_end;
    QPushButton *m_joinCard;
    QPushButton *m_export;
    QPushButton *m_seat;
    QTableView *m_table;
};

} // namespace steward::ui
