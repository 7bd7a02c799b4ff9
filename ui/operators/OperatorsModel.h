// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/widgets/JsonRowsModel.h"

#include <QHash>

namespace steward::ui {

// The host's betting operators (`GET /api/admin/v1/operators`) with their limits and webhook
// health. Amounts come in minor units (hundredths) and are shown in currency units.
class OperatorsModel : public JsonRowsModel
{
    Q_OBJECT
public:
    enum Column { Name, Id, Status, KeyId, Currency, MinBet, MaxBet, MaxWin, Webhook, Pending, LastError,
                  SecretRotatedAt, ColumnCount };

    using JsonRowsModel::JsonRowsModel;

    // Operator ids are UUIDs; JsonRowsModel merges by a numeric id, so each operator gets one
    // here in the order the page first saw it.
    void setOperators(const QJsonArray &operators);

    static QString money(qint64 minorUnits);
    static QString statusName(const QString &status);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QHash<QString, qint64> m_serial;
};

} // namespace steward::ui
