// SPDX-License-Identifier: GPL-3.0-or-later
#include "SovereignAnalytics.h"

#include "SovereignLandChart.h"
#include "SovereignStandingsTable.h"

#include <QChartView>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace steward::ui {

namespace {
constexpr int DefaultEveryMs = 5000; // the host samples land and troops every five seconds
constexpr int ResultMinimumWidth = 380;
constexpr int ChartMinimumHeight = 220;

// The history's own colours if it carries them; else each player's number, which is the colour a
// player gets on joining unless they picked another.
QList<int> coloursOf(const QJsonObject &history, qsizetype players)
{
    const QJsonArray given = history.value(u"colours").toArray();
    QList<int> colours;
    for (qsizetype i = 0; i < players; ++i)
        colours << (i < given.size() ? given.at(i).toInt() : int(i));
    return colours;
}

// The history's rows of one number per player (hexesHeld, troopsHeld).
QList<QList<int>> samplesOf(const QJsonArray &rows)
{
    QList<QList<int>> samples;
    samples.reserve(rows.size());
    for (const QJsonValue &row : rows) {
        QList<int> values;
        for (const QJsonValue &v : row.toArray())
            values << v.toInt();
        samples << values;
    }
    return samples;
}
} // namespace

SovereignAnalytics::SovereignAnalytics(bool dark, QWidget *parent)
    : KindAnalytics(parent), m_chart(new SovereignLandChart(dark, tr("Land held over time"), tr("Hexes"))),
      m_chartView(new QChartView(m_chart)),
      m_troopsChart(new SovereignLandChart(dark, tr("Troops over time"), tr("Troops"))),
      m_troopsView(new QChartView(m_troopsChart)), m_charts(new QWidget), m_result(new QGroupBox(tr("Standings"))),
      m_reason(new QLabel), m_standings(new SovereignStandingsTable)
{
    for (QChartView *view : {m_chartView, m_troopsView}) {
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumHeight(ChartMinimumHeight);
    }
    m_troopsView->setAccessibleName(tr("Troops each player held over time"));
    m_chartView->setAccessibleName(tr("Land each player held over time"));
    auto *chartsLayout = new QVBoxLayout(m_charts);
    chartsLayout->setContentsMargins(0, 0, 0, 0);
    chartsLayout->addWidget(m_chartView, 1);
    chartsLayout->addWidget(m_troopsView, 1);
    m_reason->setWordWrap(true);
    auto *resultLayout = new QVBoxLayout(m_result);
    resultLayout->addWidget(m_reason);
    resultLayout->addWidget(m_standings, 1);
    m_result->setMinimumWidth(ResultMinimumWidth); // names and numbers on one line each
    m_result->hide();

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_charts, 3);
    layout->addWidget(m_result, 1);
}

QString SovereignAnalytics::gameLabel(const QJsonObject &g) const
{
    return tr("Sovereign Lines %1 (%2)").arg(g.value(u"joinCode").toString(), g.value(u"status").toString());
}

int SovereignAnalytics::progress(const QJsonObject &g) const
{
    // The host's list says the minute: the chart follows minute by minute, and at the end.
    return g.value(u"minute").toInt();
}

void SovereignAnalytics::setHistory(const QJsonObject &history)
{
    m_history = history;
}

void SovereignAnalytics::clear()
{
    m_history = {};
}

bool SovereignAnalytics::canExport() const
{
    return !m_history.value(u"hexesHeld").toArray().isEmpty();
}

QString SovereignAnalytics::render()
{
    QStringList players;
    for (const QJsonValue &v : m_history.value(u"players").toArray())
        players << v.toString();
    const QList<int> colours = coloursOf(m_history, players.size());
    const int everyMs = m_history.value(u"everyMs").toInt(DefaultEveryMs);
    const QList<QList<int>> samples = samplesOf(m_history.value(u"hexesHeld").toArray());
    m_chart->setSamples(players, colours, everyMs, samples);
    m_troopsChart->setSamples(players, colours, everyMs, samplesOf(m_history.value(u"troopsHeld").toArray()));

    const QJsonObject result = m_history.value(u"result").toObject();
    m_result->setVisible(!result.isEmpty());
    if (!result.isEmpty()) {
        QHash<int, int> byPlayer;
        for (qsizetype i = 0; i < colours.size(); ++i)
            byPlayer.insert(int(i), colours[i]);
        m_reason->setText(SovereignStandingsTable::reasonText(result));
        m_standings->setResult(result, byPlayer);
    }
    if (samples.isEmpty())
        return tr("The match has not started yet: the chart begins when it does.");
    const QString sampled =
        tr("Land and troops held by each player, every %1 s.").arg(QLocale().toString(everyMs / 1000.0, 'g', 3));
    const QString minutes = tr("Minutes played: %1.").arg(QLocale().toString(double(samples.size() - 1) * everyMs / 60'000.0, 'f', 1));
    QStringList note{sampled, minutes};
    if (!result.isEmpty())
        note << SovereignStandingsTable::reasonText(result);
    return note.join(u' ');
}

QPixmap SovereignAnalytics::picture() const
{
    return m_charts->grab();
}

QString SovereignAnalytics::pngFileName() const
{
    return u"sovereign-lines-land-and-troops.png"_s;
}

QString SovereignAnalytics::csvFileName() const
{
    return u"sovereign-lines-history.csv"_s;
}

} // namespace steward::ui
