// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/widgets/FetchGate.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace steward::client {
class HostClient;
}

namespace steward::ui {

class ChainStatusPanel;
class OutboxFilter;
class OutboxModel;

// The blockchain dashboard: the chain bridge's state, and every intent the games queued for the
// chain with how far it got, filtered by status or by hash, game or kind. With the chain off it
// says so, and nothing else.
class ChainPage : public QWidget
{
    Q_OBJECT
public:
    explicit ChainPage(client::HostClient &host, QWidget *parent = nullptr);

    ChainStatusPanel *statusPanel() const { return m_panel; }
    QTableView *table() const { return m_table; }
    OutboxModel *outbox() const { return m_model; }
    OutboxFilter *shown() const { return m_filter; }
    QComboBox *statusFilter() const { return m_status; }
    QLineEdit *textFilter() const { return m_text; }
    QPushButton *retryButton() const { return m_retry; }
    QPushButton *cancelButton() const { return m_cancel; }
    // The host's answer to the last retry or cancel, in words; empty when it went through.
    QString actionMessage() const;
    // Sends the selected failed row again as a new transaction, or gives it up.
    void retrySelected();
    void cancelSelected();
    // What the page says instead of its dashboard (chain off, or not heard from yet); empty when
    // the dashboard is shown.
    QString notice() const;

protected:
    void showEvent(QShowEvent *event) override;

private:
    void refresh();
    void fetchOutbox();
    void updateSummary();
    void copy(int column);
    QJsonObject selectedRow() const;
    void updateActions();
    void act(const QString &path);

    client::HostClient &m_host;
    QStackedWidget *m_stack;
    QLabel *m_notice;
    QWidget *m_dashboard;
    ChainStatusPanel *m_panel;
    QComboBox *m_status;
    QLineEdit *m_text;
    QLabel *m_summary;
    QLabel *m_fetchError;
    QPushButton *m_retry;
    QPushButton *m_cancel;
    QLabel *m_actionMessage;
    QTableView *m_table;
    OutboxModel *m_model;
    OutboxFilter *m_filter;
    FetchGate m_gate;
};

} // namespace steward::ui
