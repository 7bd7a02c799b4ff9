// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/widgets/JsonRowsModel.h"

namespace steward::ui {

// The chain outbox's rows (`GET /api/chain/transactions`), one intent each: what the game asked
// to record, and how far it got (queued → sent → confirmed | failed).
class OutboxModel : public JsonRowsModel
{
    Q_OBJECT
public:
    enum Column { Id, Game, Kind, Status, Nonce, TxHash, Block, GasUsed, Attempts, Reason, Updated, ColumnCount };

    using JsonRowsModel::JsonRowsModel;

    static QString statusName(const QString &status);
    // 0x and the first and last hex digits: enough to tell hashes apart, the whole in the tooltip.
    static QString shortHash(const QString &hash);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
};

} // namespace steward::ui
