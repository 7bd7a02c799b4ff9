// SPDX-License-Identifier: GPL-3.0-or-later
#include "RoundsCharts.h"
#include "ui/analytics/NiceAxis.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QGridLayout>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QPainter>
#include <QPen>
#include <QValueAxis>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace steward::ui {

namespace {
constexpr int VolumeRoundsShown = 100; // the newest rounds; all of them count in the totals
constexpr double MinorUnits = 100;     // a chip has two decimals, as on the players' page

QChart *newChart(const QString &title, bool dark)
{
    auto *chart = new QChart;
    if (dark) // before any series: a theme resets their pens
        chart->setTheme(QChart::ChartThemeDark);
    chart->setTitle(title);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    return chart;
}

QString chips(const QLocale &locale, qint64 minor)
{
    return locale.toString(double(minor) / MinorUnits, 'f', 2);
}

QChartView *viewOf(QChart *chart)
{
    auto *view = new QChartView(chart);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(220);
    view->setMinimumWidth(260); // ten decade labels side by side, unelided
    return view;
}

QLineSeries *line(QChart *chart, const QString &name, const QColor &colour, Qt::PenStyle style)
{
    auto *s = new QLineSeries(chart);
    s->setName(name);
    QPen pen(colour);
    pen.setWidthF(2.0);
    pen.setStyle(style);
    s->setPen(pen);
    chart->addSeries(s);
    return s;
}
} // namespace

RoundsCharts::RoundsCharts(bool dark, QWidget *parent)
    : QWidget(parent), m_fairness(new QLabel), m_volume(new QLabel), m_rtpLine(new QLabel)
{
    // Where the numbers fell: ten decades, each expected a tenth of the rounds.
    QChart *distribution = newChart(tr("Drawn numbers by decade"), dark);
    auto *bars = new QBarSeries(distribution);
    m_draws = new QBarSet(tr("Rounds"));
    m_draws->setColor(QColor(0x25, 0x63, 0xeb));
    bars->append(m_draws);
    bars->setBarWidth(0.8);
    distribution->addSeries(bars);
    QStringList decades;
    for (int d = 0; d < 10; ++d)
        decades << QLocale().toString(d * 10); // the decade's first number: "90" holds 90–99
    auto *decadeAxis = new QBarCategoryAxis(distribution);
    decadeAxis->append(decades);
    decadeAxis->setTitleText(tr("Numbers from"));
    distribution->addAxis(decadeAxis, Qt::AlignBottom);
    m_countAxis = new QValueAxis(distribution);
    m_countAxis->setLabelFormat(u"%d"_s);
    distribution->addAxis(m_countAxis, Qt::AlignLeft);
    bars->attachAxis(decadeAxis);
    bars->attachAxis(m_countAxis);
    // The fair expectation as a level line across the bars (x in category units: −0.5 … 9.5).
    auto *expectedX = new QValueAxis(distribution);
    expectedX->setRange(-0.5, 9.5);
    expectedX->setVisible(false);
    distribution->addAxis(expectedX, Qt::AlignBottom);
    m_expected = line(distribution, tr("Expected of a fair draw"), QColor(0x4b, 0x55, 0x63), Qt::DashLine);
    m_expected->attachAxis(expectedX);
    m_expected->attachAxis(m_countAxis);

    // Volume: what was staked in each round.
    QChart *volume = newChart(tr("Staked each round"), dark);
    m_stake = line(volume, tr("Stake"), QColor(0x16, 0xa3, 0x4a), Qt::SolidLine);
    m_roundAxis = new QValueAxis(volume);
    m_roundAxis->setTitleText(tr("Round"));
    m_roundAxis->setLabelFormat(u"%d"_s);
    m_stakeAxis = new QValueAxis(volume);
    m_stakeAxis->setTitleText(tr("Chips"));
    volume->addAxis(m_roundAxis, Qt::AlignBottom);
    volume->addAxis(m_stakeAxis, Qt::AlignLeft);
    m_stake->attachAxis(m_roundAxis);
    m_stake->attachAxis(m_stakeAxis);

    // RTP: all stakes so far against what they returned, between the paytable's lowest and highest.
    QChart *rtp = newChart(tr("Realised RTP so far"), dark);
    m_rtp = line(rtp, tr("Realised"), QColor(0xea, 0x58, 0x0c), Qt::SolidLine);
    // The paytable's lowest and highest RTP of a bet kind: one entry in the legend for both.
    m_low = line(rtp, tr("Paytable"), QColor(0x4b, 0x55, 0x63), Qt::DashLine);
    m_high = line(rtp, QString(), QColor(0x4b, 0x55, 0x63), Qt::DashLine);
    m_rtpRoundAxis = new QValueAxis(rtp);
    m_rtpRoundAxis->setTitleText(tr("Round"));
    m_rtpRoundAxis->setLabelFormat(u"%d"_s);
    m_rtpAxis = new QValueAxis(rtp);
    m_rtpAxis->setLabelFormat(u"%.0f %%"_s);
    rtp->addAxis(m_rtpRoundAxis, Qt::AlignBottom);
    rtp->addAxis(m_rtpAxis, Qt::AlignLeft);
    for (QLineSeries *s : {m_rtp, m_low, m_high}) {
        s->attachAxis(m_rtpRoundAxis);
        s->attachAxis(m_rtpAxis);
    }
    for (QLegendMarker *marker : rtp->legend()->markers(m_high))
        marker->setVisible(false);

    m_distributionView = viewOf(distribution);
    m_volumeView = viewOf(volume);
    m_rtpView = viewOf(rtp);
    for (QLabel *l : {m_fairness, m_volume, m_rtpLine})
        l->setWordWrap(true);
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_distributionView, 0, 0);
    grid->addWidget(m_volumeView, 0, 1);
    grid->addWidget(m_rtpView, 0, 2);
    grid->addWidget(m_fairness, 1, 0, Qt::AlignTop);
    grid->addWidget(m_volume, 1, 1, Qt::AlignTop);
    grid->addWidget(m_rtpLine, 1, 2, Qt::AlignTop);
    grid->setRowStretch(0, 1);
}

void RoundsCharts::setDebrief(const rounds::RoundsDebrief &d)
{
    const QLocale locale;
    const qsizetype played = d.rounds.size();

    for (int i = 0; i < 10; ++i) {
        if (m_draws->count() <= i)
            m_draws->append(d.decades[size_t(i)]);
        else if (m_draws->at(i) != d.decades[size_t(i)])
            m_draws->replace(i, d.decades[size_t(i)]);
    }
    const double expected = double(played) / 10.0;
    m_expected->replace({QPointF(-0.5, expected), QPointF(9.5, expected)});
    const int most = *std::max_element(d.decades.begin(), d.decades.end());
    setNiceRange(m_countAxis, 0, std::max({1.0, double(most), expected}), 1);

    QList<QPointF> stakes;
    QList<QPointF> rtps;
    double highestStake = 0.01;
    double lowRtp = std::min(d.theoreticalLow, 80.0);
    double highRtp = std::max(d.theoreticalHigh, 100.0);
    for (qsizetype i = std::max<qsizetype>(0, played - VolumeRoundsShown); i < played; ++i) {
        const auto &r = d.rounds.at(i);
        // Chips, as the players see them, not minor units.
        stakes << QPointF(double(r.round), double(r.stake) / MinorUnits);
        highestStake = std::max(highestStake, double(r.stake) / MinorUnits);
    }
    for (const auto &r : d.rounds) {
        if (r.cumulativeRtp < 0)
            continue;
        rtps << QPointF(double(r.round), r.cumulativeRtp);
        lowRtp = std::min(lowRtp, r.cumulativeRtp);
        highRtp = std::max(highRtp, r.cumulativeRtp);
    }
    m_stake->replace(stakes);
    m_rtp->replace(rtps);
    const double first = played ? double(d.rounds.first().round) : 1;
    const double last = played ? double(d.rounds.last().round) : 2;
    setNiceRange(m_roundAxis, stakes.isEmpty() ? first : stakes.first().x(), std::max(last, first + 1), 1);
    setNiceRange(m_stakeAxis, 0, highestStake, 0.01);
    m_stakeAxis->setLabelFormat(m_stakeAxis->tickInterval() >= 1 ? u"%.0f"_s : u"%.2f"_s);
    setNiceRange(m_rtpRoundAxis, first, std::max(last, first + 1), 1);
    setNiceRange(m_rtpAxis, std::max(0.0, lowRtp - 5), highRtp + 5, 1, 7);
    m_low->replace({QPointF(first, d.theoreticalLow), QPointF(std::max(last, first + 1), d.theoreticalLow)});
    m_high->replace({QPointF(first, d.theoreticalHigh), QPointF(std::max(last, first + 1), d.theoreticalHigh)});

    if (played == 0)
        m_fairness->setText(tr("No round has been settled yet."));
    else
        m_fairness->setText(tr("Rounds drawn: %n. Chi-square %1 with 9 degrees of freedom: a fair draw strays this "
                               "far or further %2 % of the time.",
                               nullptr, int(played))
                                .arg(locale.toString(d.chiSquare, 'f', 2), locale.toString(100.0 * d.pValue, 'f', 1)));
    m_volume->setText(tr("Bets in all: %n, staking %1.", nullptr, d.bets).arg(chips(locale, d.stake)));
    if (const auto realised = d.realisedRtp())
        m_rtpLine->setText(tr("Realised RTP %1 %: %2 returned of %3 staked. The paytable's bet kinds pay back %4 % "
                              "to %5 %.")
                               .arg(locale.toString(*realised, 'f', 2), chips(locale, d.returned),
                                    chips(locale, d.stake), locale.toString(d.theoreticalLow, 'f', 2),
                                    locale.toString(d.theoreticalHigh, 'f', 2)));
    else
        m_rtpLine->setText(tr("Nothing has been staked yet."));
}

QString RoundsCharts::fairnessText() const
{
    return m_fairness->text();
}

QString RoundsCharts::volumeText() const
{
    return m_volume->text();
}

QString RoundsCharts::rtpText() const
{
    return m_rtpLine->text();
}

QPixmap RoundsCharts::picture()
{
    return grab();
}

} // namespace steward::ui
