// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QWidget>

class QLabel;
class QTableWidget;

namespace steward::ui {

// The rounds tables' paytables, each bet kind with its exact RTP and the band every kind must
// stay in, and the RTP report: what each operator's bets really returned against the
// theoretical RTP, with the statistical band and the alert (docs/games/rtp.md).
class RoundsReportView : public QWidget
{
    Q_OBJECT
public:
    struct Table
    {
        QString id;
        QString label;       // the join code, as the Games page names tables
        QJsonObject paytable; // GET /api/admin/v1/tables/{id}/paytable
        QJsonObject rtp;      // GET /api/admin/v1/tables/{id}/rtp
    };
    enum PaytableColumn { PtTable, PtKind, PtPays, PtWinning, PtRtp, PaytableColumns };
    enum RtpColumn { RtpTable, RtpOperator, RtpKind, RtpBets, RtpStake, RtpRealised, RtpTheoretical, RtpBand, RtpZ,
                     RtpStatus, RtpColumns };

    explicit RoundsReportView(QWidget *parent = nullptr);

    // `operatorNames` by operator id, so the report names who played.
    void setTables(const QList<Table> &tables, const QHash<QString, QString> &operatorNames);

    QTableWidget *paytable() const { return m_paytable; }
    QTableWidget *rtpReport() const { return m_rtp; }
    QString bandText() const;

    static QString kindName(const QString &kind);
    static QString percent(double percentValue);

private:
    QLabel *m_band;
    QLabel *m_empty;
    QTableWidget *m_paytable;
    QTableWidget *m_rtp;
};

} // namespace steward::ui
