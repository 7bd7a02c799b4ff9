// SPDX-License-Identifier: GPL-3.0-or-later
#include "TeamChart.h"
#include "RolePalette.h"

#include <QLineSeries>
#include <QPen>
#include <QValueAxis>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace steward::ui {

TeamChart::TeamChart(Measure measure, bool dark, QGraphicsItem *parent)
    : QChart(parent), m_measure(measure), m_weeks(new QValueAxis), m_values(new QValueAxis)
{
    // Before any series: a theme resets their pens. The PDF always prints light.
    if (dark)
        setTheme(QChart::ChartThemeDark);
    const QStringList names{tr("Retailer"), tr("Wholesaler"), tr("Distributor"), tr("Factory")};
    switch (measure) {
    case Measure::Orders: setTitle(tr("Orders each week: the bullwhip")); break;
    case Measure::NetStock: setTitle(tr("Net stock each week (stock − backlog)")); break;
    case Measure::Cost: setTitle(tr("Cost so far")); break;
    }
    m_weeks->setTitleText(tr("Week"));
    m_weeks->setLabelFormat(u"%d"_s);
    m_values->setLabelFormat(measure == Measure::Cost ? u"%.0f"_s : u"%d"_s);
    addAxis(m_weeks, Qt::AlignBottom);
    addAxis(m_values, Qt::AlignLeft);
    for (size_t r = 0; r < m_roles.size(); ++r) {
        auto *s = new QLineSeries(this);
        s->setName(names[int(r)]);
        QPen pen(roleColour(int(r)));
        pen.setWidthF(2.0);
        s->setPen(pen);
        addSeries(s);
        s->attachAxis(m_weeks);
        s->attachAxis(m_values);
        m_roles[r] = s;
    }
    if (measure == Measure::Orders) {
        m_demand = new QLineSeries(this);
        m_demand->setName(tr("Customer demand"));
        QPen pen(QColor(0x4b, 0x55, 0x63));
        pen.setWidthF(2.0);
        pen.setStyle(Qt::DashLine);
        m_demand->setPen(pen);
        addSeries(m_demand);
        m_demand->attachAxis(m_weeks);
        m_demand->attachAxis(m_values);
    }
    legend()->setAlignment(Qt::AlignBottom);
    setMargins(QMargins(4, 4, 4, 4));
}

void TeamChart::setTeam(const beer::TeamDebrief &team)
{
    double low = 0;
    double high = 1;
    const auto pointsOf = [&](auto valueAt, qsizetype n) {
        QList<QPointF> points;
        points.reserve(n);
        for (qsizetype w = 0; w < n; ++w) {
            const double v = valueAt(w);
            low = std::min(low, v);
            high = std::max(high, v);
            points << QPointF(double(w + 1), v);
        }
        return points;
    };
    for (size_t r = 0; r < m_roles.size(); ++r) {
        const beer::RoleSeries &s = team.roles[r];
        switch (m_measure) {
        case Measure::Orders:
            m_roles[r]->replace(pointsOf([&](qsizetype w) { return double(s.orders[w]); }, s.orders.size()));
            break;
        case Measure::NetStock:
            m_roles[r]->replace(pointsOf([&](qsizetype w) { return double(s.inventory[w] - s.backlog[w]); },
                                         s.inventory.size()));
            break;
        case Measure::Cost:
            m_roles[r]->replace(pointsOf([&](qsizetype w) { return s.cumulativeCost[w]; }, s.cumulativeCost.size()));
            break;
        }
    }
    if (m_demand)
        m_demand->replace(pointsOf([&](qsizetype w) { return double(team.demand[w]); }, team.demand.size()));
    m_weeks->setRange(1, std::max<qsizetype>(2, team.demand.size()));
    m_weeks->setTickCount(std::min<int>(13, std::max<int>(2, int(team.demand.size()))));
    m_values->setRange(low, high * 1.05);
    m_values->applyNiceNumbers();
}

} // namespace steward::ui
