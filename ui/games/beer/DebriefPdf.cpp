// SPDX-License-Identifier: GPL-3.0-or-later
#include "DebriefPdf.h"

#include "TeamChart.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QGraphicsScene>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>

using namespace Qt::StringLiterals;

namespace steward::ui {

namespace {

QString ratioText(const std::optional<double> &r)
{
    return r ? QLocale().toString(*r, 'f', 2) : u"—"_s;
}

// Draws a chart into a rectangle of the page, at the page's resolution.
void drawChart(QPainter &painter, TeamChart::Measure measure, const beer::TeamDebrief &team, const QRectF &target)
{
    QGraphicsScene scene;
    auto *chart = new TeamChart(measure);
    scene.addItem(chart);
    chart->setTeam(team);
    // Laid out at screen size, then scaled onto the page, so the type keeps its proportions.
    const QSizeF layout(640, 640 * target.height() / target.width());
    chart->resize(layout);
    scene.setSceneRect(QRectF(QPointF(0, 0), layout));
    scene.render(&painter, target, scene.sceneRect());
}

} // namespace

QString DebriefPdf::write(const beer::BeerDebrief &debrief, const QString &title, const QString &fileName)
{
    QPdfWriter pdf(fileName);
    pdf.setTitle(title);
    pdf.setCreator(u"Steward"_s);
    pdf.setPageSize(QPageSize(QPageSize::A4));
    pdf.setResolution(150);
    pdf.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    QPainter painter;
    if (!painter.begin(&pdf))
        return tr("Cannot write the PDF file.");
    const QLocale locale;
    const QRectF page = painter.viewport();
    const double line = page.height() / 48;
    QFont heading = painter.font();
    heading.setPixelSize(int(line * 1.2));
    heading.setBold(true);
    QFont body = painter.font();
    body.setPixelSize(int(line * 0.62));
    QFont bold = body;
    bold.setBold(true);

    const QStringList roleNames{tr("Retailer"), tr("Wholesaler"), tr("Distributor"), tr("Factory")};
    double y = 0;
    painter.setFont(heading);
    QRectF used;
    painter.drawText(QRectF(0, y, page.width(), line * 4), Qt::AlignLeft | Qt::TextWordWrap, title, &used);
    y += used.height() + line * 0.6;
    painter.setFont(body);
    const int weeks = debrief.teams.isEmpty() ? 0 : int(debrief.teams.first().demand.size());
    painter.drawText(QRectF(0, y, page.width(), line * 3), Qt::AlignLeft | Qt::TextWordWrap,
                     tr("%1 weeks played by %2 teams. Holding cost %3 and backlog cost %4 per unit per week. "
                        "Written %5.")
                         .arg(weeks)
                         .arg(debrief.teams.size())
                         .arg(locale.toString(debrief.config.value(u"holdingCost").toDouble(0.5), 'f', 2),
                              locale.toString(debrief.config.value(u"backlogCost").toDouble(1.0), 'f', 2),
                              locale.toString(QDateTime::currentDateTime(), QLocale::ShortFormat)),
                     &used);
    y += used.height() + line;

    // A table: its header in bold, then its rows; a new page when the page is full.
    const auto table = [&](const QString &caption, const QStringList &headers, const QList<QStringList> &rows) {
        const double col = page.width() / double(headers.size());
        painter.setFont(bold);
        painter.drawText(QRectF(0, y, page.width(), line), Qt::AlignLeft | Qt::AlignVCenter, caption);
        y += line * 1.3;
        for (int c = 0; c < headers.size(); ++c)
            painter.drawText(QRectF(c * col, y, col - line / 2, line), Qt::AlignLeft | Qt::AlignVCenter, headers[c]);
        y += line * 1.2;
        painter.setFont(body);
        for (const QStringList &cells : rows) {
            if (y > page.height() - line * 2) {
                pdf.newPage();
                y = 0;
            }
            for (int c = 0; c < cells.size(); ++c)
                painter.drawText(QRectF(c * col, y, col - line / 2, line), Qt::AlignLeft | Qt::AlignVCenter, cells[c]);
            y += line * 1.1;
        }
        y += line;
    };
    QList<const beer::TeamDebrief *> ranked;
    for (const auto &t : debrief.teams)
        ranked << &t;
    std::stable_sort(ranked.begin(), ranked.end(), [](auto *a, auto *b) { return a->rank < b->rank; });
    QList<QStringList> rankRows;
    QList<QStringList> ratioRows;
    for (const beer::TeamDebrief *t : std::as_const(ranked)) {
        rankRows << QStringList{QString::number(t->rank), tr("Team %1").arg(t->team), locale.toString(t->cost, 'f', 2)};
        QStringList ratios{tr("Team %1").arg(t->team)};
        for (const beer::RoleSeries &s : t->roles)
            ratios << ratioText(s.varianceRatio);
        ratioRows << ratios;
    }
    table(tr("Ranking"), {tr("Rank"), tr("Team"), tr("Team cost")}, rankRows);
    table(tr("Bullwhip ratio: the variance of each role's orders over the variance of customer demand"),
          QStringList{tr("Team")} + roleNames, ratioRows);
    painter.drawText(QRectF(0, y, page.width(), line * 4), Qt::AlignLeft | Qt::TextWordWrap,
                     tr("A ratio above 1 means the role's orders swung more than the customers' demand did; the "
                        "further up the chain, the larger it usually grows."));

    // A page per team: every role's cost and ratio, its bullwhip and its stock.
    for (const beer::TeamDebrief &t : debrief.teams) {
        pdf.newPage();
        painter.setFont(heading);
        painter.drawText(QRectF(0, 0, page.width(), line * 2), Qt::AlignLeft | Qt::AlignVCenter,
                         tr("Team %1 · cost %2 · rank %3").arg(t.team).arg(locale.toString(t.cost, 'f', 2)).arg(t.rank));
        painter.setFont(body);
        double top = line * 2.4;
        for (size_t r = 0; r < t.roles.size(); ++r) {
            painter.drawText(QRectF(0, top, page.width(), line), Qt::AlignLeft | Qt::AlignVCenter,
                             tr("%1: cost %2, bullwhip ratio %3")
                                 .arg(roleNames[int(r)], locale.toString(t.roles[r].cost, 'f', 2),
                                      ratioText(t.roles[r].varianceRatio)));
            top += line;
        }
        top += line / 2;
        const double chartHeight = (page.height() - top) / 2;
        drawChart(painter, TeamChart::Measure::Orders, t, QRectF(0, top, page.width(), chartHeight - line / 2));
        drawChart(painter, TeamChart::Measure::NetStock, t,
                  QRectF(0, top + chartHeight, page.width(), chartHeight - line / 2));
    }
    if (!painter.end())
        return tr("Cannot finish the PDF file.");
    return {};
}

} // namespace steward::ui
