// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QWidget>

#include <array>

class QLabel;

namespace steward::ui {

// The chain bridge at a glance (`GET /api/chain/status`): where the node is, how far the chain
// and our listener have got, who signs, where its key is kept, our contracts, and whether what
// the database calls confirmed is really on chain.
class ChainStatusPanel : public QWidget
{
    Q_OBJECT
public:
    enum Field { Node, ChainId, Stage, Head, Listener, Outbox, Operator, KeyStore, Contracts, Reconciliation,
                 FieldCount };

    explicit ChainStatusPanel(QWidget *parent = nullptr);

    void setStatus(const QJsonObject &status);
    QString text(Field field) const;
    // The key store's warning, or the bridge's last error; empty when all is well.
    QString warning() const;
    QString error() const;

private:
    std::array<QLabel *, FieldCount> m_values{};
    QLabel *m_warning;
    QLabel *m_error;
};

} // namespace steward::ui
