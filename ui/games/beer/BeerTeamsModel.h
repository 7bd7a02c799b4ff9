// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QJsonArray>

namespace steward::ui {

// Every team of a Beer Game as a row: its week, each role's stock, backlog, what is on its way
// and whether it has ordered, and the team's cost. Fed the facilitator view's `teams`; a new
// view updates the cells in place, so the table does not flicker while students play.
class BeerTeamsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Team, Week, Retailer, Wholesaler, Distributor, Factory, Cost, ColumnCount };
    static constexpr int RoleDataRole = Qt::UserRole + 1; // the role's object of the view

    using QAbstractTableModel::QAbstractTableModel;

    void setTeams(const QJsonArray &teams);
    static QString roleKey(int column); // "retailer" … "factory", or empty
    // A bot strategy in words a teacher understands ("sterman" is a paper's name).
    static QString botName(const QString &strategy);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QJsonArray m_teams;
};

} // namespace steward::ui
