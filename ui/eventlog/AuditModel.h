// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/widgets/JsonRowsModel.h"

namespace steward::ui {

// The host's audit trail (`GET /api/audit`): who did what, when, newest first.
class AuditModel : public JsonRowsModel
{
    Q_OBJECT
public:
    enum Column { Time, Actor, Action, Detail, ColumnCount };

    using JsonRowsModel::JsonRowsModel;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
};

} // namespace steward::ui
