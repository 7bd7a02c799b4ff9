// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/widgets/FetchGate.h"

#include <QElapsedTimer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace steward::client {
class HostClient;
}

namespace steward::ui {

class AuditModel;

// The event log: the host's audit trail (sign-ins and refusals, games created, corrections,
// disconnections…), newest first, searchable in every column, and exported as CSV for whoever
// asks what happened.
class EventLogPage : public QWidget
{
    Q_OBJECT
public:
    explicit EventLogPage(client::HostClient &host, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    AuditModel *entries() const { return m_model; }
    QSortFilterProxyModel *shown() const { return m_filter; }
    QLineEdit *searchBox() const { return m_search; }
    QPushButton *exportButton() const { return m_export; }
    QString message() const;

    // Writes the rows shown, in the order shown, as CSV (UTF-8, RFC 4180); false if it could not.
    bool exportCsv(const QString &fileName);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void fetch();
    void chooseExportFile();
    void updateSummary();
    void say(const QString &text, bool error);

    client::HostClient &m_host;
    QLineEdit *m_search;
    QLabel *m_summary;
    QPushButton *m_export;
    QLabel *m_message;
    QTableView *m_table;
    AuditModel *m_model;
    QSortFilterProxyModel *m_filter;
    QElapsedTimer m_lastFetch;
    FetchGate m_gate;
};

} // namespace steward::ui
