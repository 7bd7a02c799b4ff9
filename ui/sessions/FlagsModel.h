// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>

namespace steward::ui {

// The players the host flagged (GET /api/flags), newest first as the host lists them: who, in
// which game (by its join code), the refusal codes with their counts, how many in all, the first
// and the last. A row's tooltip is its evidence in full (FlagMarker::tooltip). Rows are
// repainted in place while the players stay the same, so a view keeps its selection as the page
// refreshes.
class FlagsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Player, Game, Codes, Count, First, Last, ColumnCount };
    // A row's player id, for finding that player elsewhere (their session).
    static constexpr int PlayerIdRole = Qt::UserRole + 1;

    using QAbstractTableModel::QAbstractTableModel;

    // `joinCodes`: each game's join code by its id (a game not in it is shown by its id).
    void setFlags(const QJsonArray &flags, const QHash<QString, QString> &joinCodes);
    const QJsonObject &flagAt(int row) const { return m_flags.at(row); }
    // The row of a player's flag; -1 if they have none.
    int rowOf(const QString &playerId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<QJsonObject> m_flags;
    QHash<QString, QString> m_joinCodes;
};

} // namespace steward::ui
