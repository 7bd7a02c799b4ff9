// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RoundsReportView.h"

#include <QJsonObject>
#include <QWidget>

#include <array>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;

namespace steward::ui {

// A new paytable for a rounds table: each bet kind's multiplier, with the RTP it gives worked out
// as it is typed (multiplier × winning numbers out of 100) against the band every kind must stay
// in. The host decides; it takes effect from the next round.
class PaytableForm : public QWidget
{
    Q_OBJECT
public:
    explicit PaytableForm(QWidget *parent = nullptr);

    // The tables to choose from, each with its current paytable; the choice is kept if it is still there.
    void setTables(const QList<RoundsReportView::Table> &tables);
    QString table() const;
    bool selectTable(const QString &tableId);
    QDoubleSpinBox *multiplier(int kind) const { return m_multipliers.at(size_t(kind)); }
    QString rtpText(int kind) const;
    QPushButton *applyButton() const { return m_apply; }
    // The body of POST /api/admin/v1/tables/{id}/paytable.
    QJsonObject body() const;
    void setMessage(const QString &message, bool error);
    QString message() const;
    void setBusy(bool busy);

signals:
    void applyRequested();
    void cancelled();

private:
    void loadTable();
    void updateRtp();

    QComboBox *m_tables;
    std::array<QDoubleSpinBox *, 4> m_multipliers{};
    std::array<QLabel *, 4> m_rtp{};
    std::array<int, 4> m_winning{1, 10, 50, 50}; // winning numbers of each kind, from the host
    double m_minRtp = 0, m_maxRtp = 100;
    QList<RoundsReportView::Table> m_known;
    QLabel *m_message;
    QPushButton *m_apply;
};

} // namespace steward::ui
