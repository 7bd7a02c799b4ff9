// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

namespace steward::ui {

// Which outbox rows the table shows: one status or all, and those whose transaction hash, game
// or kind contains the text typed (ignoring case). Sorts by the host's values, not the shown text.
class OutboxFilter : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit OutboxFilter(QObject *parent = nullptr);

    void setStatus(const QString &status); // "queued", "sent", "confirmed", "failed"; empty: all
    void setText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_status;
    QString m_text;
};

} // namespace steward::ui
