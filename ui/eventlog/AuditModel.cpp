// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditModel.h"

#include "ui/widgets/TimeText.h"

using namespace Qt::StringLiterals;

namespace steward::ui {

namespace {
QString keyOf(int column)
{
    switch (column) {
    case AuditModel::Time: return u"at"_s;
    case AuditModel::Actor: return u"actor"_s;
    case AuditModel::Action: return u"action"_s;
    case AuditModel::Detail: return u"detail"_s;
    default: return {};
    }
}
} // namespace

int AuditModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const QJsonObject &row = rowAt(index.row());
    const QJsonValue value = row.value(keyOf(index.column()));
    switch (role) {
    case RawRole:
        // Entries of the same millisecond keep the order the host wrote them in.
        return index.column() == Time ? QVariant(row.value(u"id").toInteger()) : value.toVariant();
    case Qt::DisplayRole:
        return index.column() == Time ? timeText(value.toInteger()) : value.toString();
    case Qt::ToolTipRole:
        return index.column() == Detail ? value.toString() : QVariant();
    default:
        return {};
    }
}

QVariant AuditModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time: return tr("Time");
    case Actor: return tr("Who");
    case Action: return tr("Action");
    case Detail: return tr("Detail");
    default: return {};
    }
}

} // namespace steward::ui
