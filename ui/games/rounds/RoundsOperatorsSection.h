// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RoundsReportView.h"
#include "ui/games/ConsoleKind.h"

class QGroupBox;
class QPushButton;

namespace steward::client {
class HostClient;
}

namespace steward::ui {

class PaytableForm;

// The rounds tables on the Operators dashboard: each table's paytable and RTP report by
// operator and bet kind, and a new paytable for a table, through the backoffice API.
class RoundsOperatorsSection : public OperatorsSection
{
    Q_OBJECT
public:
    explicit RoundsOperatorsSection(client::HostClient &host, QWidget *parent = nullptr);

    QString title() const override;
    void refresh(const QHash<QString, QString> &operatorNames, std::function<bool()> wanted,
                 std::function<void()> done) override;

    RoundsReportView *reports() const { return m_reports; }
    PaytableForm *paytableForm() const { return m_paytable; }
    QPushButton *paytableButton() const { return m_setPaytable; }

public slots:
    void showPaytableForm();
    void applyPaytable(); // posts the paytable form

private:
    void fetchTables(QList<RoundsReportView::Table> tables, int next, QHash<QString, QString> names,
                     std::function<bool()> wanted, std::function<void()> done);

    client::HostClient &m_host;
    RoundsReportView *m_reports;
    QPushButton *m_setPaytable;
    QGroupBox *m_paytableBox;
    PaytableForm *m_paytable;
};

} // namespace steward::ui
