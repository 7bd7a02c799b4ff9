// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonRowsModel.h"

#include <QSet>

namespace steward::ui {

namespace {
qint64 idOf(const QJsonObject &row)
{
    return row.value(u"id").toInteger();
}
} // namespace

int JsonRowsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

void JsonRowsModel::setRows(const QJsonArray &rows)
{
    QList<QJsonObject> next;
    next.reserve(rows.size());
    QSet<qint64> nextIds;
    for (const QJsonValue &v : rows) {
        next.append(v.toObject());
        nextIds.insert(idOf(next.last()));
    }

    // Rows the host no longer lists (fallen off the end of its window), in runs from the bottom.
    for (int r = int(m_rows.size()) - 1; r >= 0; --r) {
        if (nextIds.contains(idOf(m_rows.at(r))))
            continue;
        const int last = r;
        while (r > 0 && !nextIds.contains(idOf(m_rows.at(r - 1))))
            --r;
        beginRemoveRows({}, r, last);
        m_rows.remove(r, last - r + 1);
        endRemoveRows();
    }

    // What is left keeps its order in the host's list (ids only grow), so new rows slot in
    // between; a row that moved means another order altogether, and the view starts over.
    QSet<qint64> kept;
    for (const QJsonObject &row : std::as_const(m_rows))
        kept.insert(idOf(row));
    const int columns = columnCount();
    for (int i = 0; i < next.size();) {
        const qint64 id = idOf(next.at(i));
        if (i < m_rows.size() && idOf(m_rows.at(i)) == id) {
            if (m_rows.at(i) != next.at(i)) {
                m_rows[i] = next.at(i);
                emit dataChanged(index(i, 0), index(i, columns - 1));
            }
            ++i;
            continue;
        }
        if (kept.contains(id)) {
            beginResetModel();
            m_rows = next;
            endResetModel();
            return;
        }
        int end = i;
        while (end < next.size() && !kept.contains(idOf(next.at(end))))
            ++end;
        beginInsertRows({}, i, end - 1);
        for (int k = i; k < end; ++k)
            m_rows.insert(k, next.at(k));
        endInsertRows();
        i = end;
    }
}

} // namespace steward::ui
