// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>

namespace steward::ui {

// A table of the host's JSON rows, each with a numeric "id" (outbox rows, audit entries), as
// the host lists them: newest first. A fresh list is merged into the shown one: rows that went
// are removed, new ones inserted where they belong, and a row whose fields changed is repainted
// where it stands. Views keep their selection and scroll position, and nothing flickers.
class JsonRowsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    // The cell's value as the host sent it (numbers as numbers): for sorting, filtering, copying.
    static constexpr int RawRole = Qt::UserRole + 1;

    using QAbstractTableModel::QAbstractTableModel;

    void setRows(const QJsonArray &rows);
    const QJsonObject &rowAt(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;

private:
    QList<QJsonObject> m_rows;
};

} // namespace steward::ui
