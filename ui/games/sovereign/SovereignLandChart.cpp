// SPDX-License-Identifier: GPL-3.0-or-later
#include "SovereignLandChart.h"

#include "SovereignPalette.h"
#include "ui/analytics/NiceAxis.h"

#include <QLegend>
#include <QLineSeries>
#include <QPen>
#include <QValueAxis>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace steward::ui {

namespace {
// Beyond this many players the legend would hide the chart; the players table names them.
constexpr int LegendPlayers = 16;

// Past the first twelve colours, lines differ by their dashes as regions differ by patterns.
Qt::PenStyle styleOf(int colour)
{
    static const Qt::PenStyle Styles[]{Qt::SolidLine, Qt::DashLine, Qt::DotLine, Qt::DashDotLine, Qt::DashDotDotLine};
    return Styles[(std::max(0, colour) / sovereignPalette::HueCount) % 5];
}
} // namespace

SovereignLandChart::SovereignLandChart(bool dark, const QString &title, const QString &unit, QGraphicsItem *parent)
    : QChart(parent), m_minutes(new QValueAxis), m_values(new QValueAxis)
{
    if (dark) // before any series: a theme resets their pens
        setTheme(QChart::ChartThemeDark);
    setTitle(title);
    m_minutes->setTitleText(tr("Minute"));
    m_minutes->setLabelFormat(u"%d"_s);
    m_values->setTitleText(unit);
    m_values->setLabelFormat(u"%d"_s);
    addAxis(m_minutes, Qt::AlignBottom);
    addAxis(m_values, Qt::AlignLeft);
    setNiceRange(m_minutes, 0, 1, 1);
    setNiceRange(m_values, 0, 10, 1);
    legend()->setAlignment(Qt::AlignRight);
    setMargins(QMargins(4, 4, 4, 4));
}

void SovereignLandChart::setSamples(const QStringList &players, const QList<int> &colours, int everyMs,
                                    const QList<QList<int>> &samples)
{
    // A match gains its bots at the start: the lines are made again when the players change.
    if (m_series.size() != players.size()) {
        for (QLineSeries *s : std::as_const(m_series)) {
            removeSeries(s);
            delete s;
        }
        m_series.clear();
        for (qsizetype i = 0; i < players.size(); ++i) {
            auto *s = new QLineSeries(this);
            addSeries(s);
            s->attachAxis(m_minutes);
            s->attachAxis(m_values);
            m_series << s;
        }
    }
    int most = 10;
    for (qsizetype i = 0; i < players.size(); ++i) {
        QLineSeries *s = m_series[i];
        const int colour = i < colours.size() ? colours[i] : int(i);
        if (s->name() != players[i])
            s->setName(players[i]);
        QPen pen(sovereignPalette::hue(colour));
        pen.setWidthF(2.0);
        pen.setStyle(styleOf(colour));
        if (s->pen() != pen)
            s->setPen(pen);
        QList<QPointF> points;
        points.reserve(samples.size());
        for (qsizetype k = 0; k < samples.size(); ++k) {
            const int value = i < samples[k].size() ? samples[k][i] : 0;
            most = std::max(most, value);
            points << QPointF(double(k) * everyMs / 60'000.0, value);
        }
        s->replace(points);
    }
    legend()->setVisible(players.size() <= LegendPlayers);
    const double lastMinute = samples.isEmpty() ? 1 : double(samples.size() - 1) * everyMs / 60'000.0;
    setNiceRange(m_minutes, 0, std::max(1.0, lastMinute), 1, 11);
    setNiceRange(m_values, 0, most, 1);
}

} // namespace steward::ui
