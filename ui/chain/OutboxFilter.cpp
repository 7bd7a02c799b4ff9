// SPDX-License-Identifier: GPL-3.0-or-later
#include "OutboxFilter.h"

#include "OutboxModel.h"

namespace steward::ui {

OutboxFilter::OutboxFilter(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(JsonRowsModel::RawRole);
    setDynamicSortFilter(true);
}

void OutboxFilter::setStatus(const QString &status)
{
    if (status == m_status)
        return;
    m_status = status;
    invalidateFilter();
}

void OutboxFilter::setText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    invalidateFilter();
}

bool OutboxFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *m = sourceModel();
    const auto raw = [&](int column) {
        return m->index(sourceRow, column, sourceParent).data(JsonRowsModel::RawRole).toString();
    };
    if (!m_status.isEmpty() && raw(OutboxModel::Status) != m_status)
        return false;
    if (m_text.isEmpty())
        return true;
    for (int column : {OutboxModel::TxHash, OutboxModel::Game, OutboxModel::Kind}) {
        if (raw(column).contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace steward::ui
