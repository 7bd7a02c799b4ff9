// SPDX-License-Identifier: GPL-3.0-or-later
#include "RoundsReportView.h"

#include "ui/operators/OperatorsModel.h"
#include "ui/widgets/ColumnWidths.h"

#include <QBrush>
#include <QColor>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace steward::ui {

namespace {
QTableWidget *makeTable(const QStringList &headers, const QString &accessibleName)
{
    auto *t = new QTableWidget(0, int(headers.size()));
    t->setHorizontalHeaderLabels(headers);
    t->setAccessibleName(accessibleName);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setAlternatingRowColors(true);
    t->setWordWrap(false);
    t->verticalHeader()->hide();
    t->verticalHeader()->setDefaultSectionSize(t->fontMetrics().height() + 10);
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

QTableWidgetItem *cell(const QString &text, bool number = false)
{
    auto *item = new QTableWidgetItem(text);
    if (number)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

const QStringList Kinds{u"exact"_s, u"decade"_s, u"highLow"_s, u"oddEven"_s};
} // namespace

RoundsReportView::RoundsReportView(QWidget *parent)
    : QWidget(parent), m_band(new QLabel), m_empty(new QLabel),
      m_paytable(makeTable({tr("Table"), tr("Bet kind"), tr("Pays"), tr("Winning numbers"), tr("RTP")},
                           tr("Paytables of the rounds tables"))),
      m_rtp(makeTable({tr("Table"), tr("Operator"), tr("Bet kind"), tr("Bets"), tr("Stake"), tr("Realised RTP"),
                       tr("Theoretical RTP"), tr("Band (99.9 %)"), tr("z"), tr("Status")},
                      tr("Realised against theoretical RTP")))
{
    m_band->setWordWrap(true);
    m_empty->setWordWrap(true);
    m_empty->setText(tr("No rounds table on this host. Create one on the Games page to see its paytable and RTP."));
    m_paytable->horizontalHeader()->setStretchLastSection(false);
    sizeColumns(m_paytable, {u"WWWWWW"_s, kindName(u"highLow"_s), tr("%1×").arg(QLocale().toString(88.0, 'f', 2)),
                             u"100"_s, percent(88.5)});
    sizeColumns(m_rtp, {u"WWWWWW"_s, u"Wwwwwwwwwwwwwwwwwww"_s, kindName(u"highLow"_s), QLocale().toString(999'999),
                        OperatorsModel::money(99'999'999), percent(188.88), percent(88.5),
                        tr("%1 – %2").arg(percent(188.88), percent(188.88)), QLocale().toString(-9.99, 'f', 2),
                        tr("low volume")});

    auto *rtpNote = new QLabel(tr("Realised RTP is what the bets returned; a cell outside its band is flagged as an "
                                  "alert (0.1 % of cells on a fair table). Fewer than 30 bets: low volume, no alert."));
    rtpNote->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_empty);
    layout->addWidget(m_band);
    layout->addWidget(m_paytable, 2);
    layout->addWidget(rtpNote);
    layout->addWidget(m_rtp, 3);
}

QString RoundsReportView::bandText() const
{
    return m_band->text();
}

QString RoundsReportView::kindName(const QString &kind)
{
    if (kind == u"exact")
        return tr("exact number");
    if (kind == u"decade")
        return tr("decade");
    if (kind == u"highLow")
        return tr("high / low");
    if (kind == u"oddEven")
        return tr("odd / even");
    return kind;
}

QString RoundsReportView::percent(double percentValue)
{
    return tr("%1 %").arg(QLocale().toString(percentValue, 'f', 2));
}

void RoundsReportView::setTables(const QList<Table> &tables, const QHash<QString, QString> &operatorNames)
{
    m_empty->setVisible(tables.isEmpty());
    m_paytable->setRowCount(0);
    m_rtp->setRowCount(0);
    QString band;
    for (const Table &t : tables) {
        const QJsonObject b = t.paytable.value(u"band").toObject();
        if (band.isEmpty() && !b.isEmpty())
            band = tr("Every bet kind must return between %1 and %2 of its stakes.")
                       .arg(percent(b.value(u"minRtp").toDouble()), percent(b.value(u"maxRtp").toDouble()));
        const QJsonObject pt = t.paytable.value(u"paytable").toObject();
        for (const QString &kind : Kinds) {
            if (!pt.contains(kind))
                continue;
            const QJsonObject k = pt.value(kind).toObject();
            const int r = m_paytable->rowCount();
            m_paytable->insertRow(r);
            m_paytable->setItem(r, PtTable, cell(t.label));
            m_paytable->setItem(r, PtKind, cell(kindName(kind)));
            m_paytable->setItem(r, PtPays, cell(tr("%1×").arg(QLocale().toString(k.value(u"multiplier").toDouble(), 'f', 2)), true));
            m_paytable->setItem(r, PtWinning, cell(QLocale().toString(k.value(u"winningNumbers").toInt()), true));
            m_paytable->setItem(r, PtRtp, cell(percent(k.value(u"rtp").toDouble()), true));
        }

        auto addRow = [&](const QString &who, const QString &kind, const QJsonObject &c) {
            const int r = m_rtp->rowCount();
            m_rtp->insertRow(r);
            m_rtp->setItem(r, RtpTable, cell(t.label));
            m_rtp->setItem(r, RtpOperator, cell(who));
            m_rtp->setItem(r, RtpKind, cell(kind));
            m_rtp->setItem(r, RtpBets, cell(QLocale().toString(c.value(u"bets").toInteger()), true));
            m_rtp->setItem(r, RtpStake, cell(OperatorsModel::money(c.value(u"stake").toInteger()), true));
            m_rtp->setItem(r, RtpRealised, cell(percent(100 * c.value(u"realisedRtp").toDouble()), true));
            m_rtp->setItem(r, RtpTheoretical, cell(percent(100 * c.value(u"theoreticalRtp").toDouble()), true));
            // The statistical band of a few bets reaches below 0 %; no bet returns less than nothing.
            m_rtp->setItem(r, RtpBand, cell(tr("%1 – %2").arg(percent(100 * std::max(0.0, c.value(u"lower").toDouble())),
                                                             percent(100 * c.value(u"upper").toDouble())), true));
            m_rtp->setItem(r, RtpZ, cell(QLocale().toString(c.value(u"z").toDouble(), 'f', 2), true));
            const QString status = c.value(u"status").toString();
            auto *s = cell(status == u"alert" ? tr("ALERT") : status == u"ok" ? tr("ok") : tr("low volume"));
            s->setData(Qt::UserRole, status);
            if (status == u"alert") {
                QFont bold = s->font();
                bold.setBold(true);
                s->setFont(bold);
                s->setForeground(QColor(0xb0, 0x20, 0x20));
            }
            m_rtp->setItem(r, RtpStatus, s);
        };
        for (const QJsonValue &v : t.rtp.value(u"byOperator").toArray()) {
            const QJsonObject op = v.toObject();
            const QString id = op.value(u"operator").toString();
            const QString who = id == u"lan" ? tr("LAN players") : operatorNames.value(id, id);
            for (const QJsonValue &k : op.value(u"byKind").toArray())
                addRow(who, kindName(k.toObject().value(u"kind").toString()), k.toObject().value(u"cell").toObject());
            addRow(who, tr("all kinds"), op.value(u"cell").toObject());
        }
    }
    m_band->setText(band);
    m_band->setVisible(!band.isEmpty());
    widenToFit(m_paytable, {PtTable, PtKind});
    widenToFit(m_rtp, {RtpTable, RtpOperator, RtpKind});
}

} // namespace steward::ui
