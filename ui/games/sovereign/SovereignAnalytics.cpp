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
constexpr int DefaultEveryMs = 5000; // the host samples land every five seconds
constexpr int ResultMinimumWidth = 380;

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
} // namespace

SovereignAnalytics::SovereignAnalytics(bool dark, QWidget *parent)
    : KindAnalytics(parent), m_chart(new SovereignLandChart(dark)), m_chartView(new QChartView(m_chart)),
      m_result(new QGroupBox(tr("Standings"))), m_reason(new QLabel), m_standings(new SovereignStandingsTable)
{
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(260);
    m_reason->setWordWrap(true);
    auto *resultLayout = new QVBoxLayout(m_result);
    resultLayout->addWidget(m_reason);
    resultLayout->addWidget(m_standings, 1);
    m_result->setMinimumWidth(ResultMinimumWidth); // names and numbers on one line each
    m_result->hide();

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_chartView, 3);
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
    QList<QList<int>> samples;
    for (const QJsonValue &row : m_history.value(u"hexesHeld").toArray()) {
        QList<int> held;
        for (const QJsonValue &v : row.toArray())
            held << v.toInt();
        samples << held;
    }
    m_chart->setLand(players, colours, everyMs, samples);

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
    const QString sampled = tr("Land held by each player, every %1 s.").arg(QLocale().toString(everyMs / 1000.0, 'g', 3));
    const QString minutes = tr("Minutes played: %1.").arg(QLocale().toString(double(samples.size() - 1) * everyMs / 60'000.0, 'f', 1));
    QStringList note{sampled, minutes};
    if (!result.isEmpty())
        note << SovereignStandingsTable::reasonText(result);
    return note.join(u' ');
}

QPixmap SovereignAnalytics::picture() const
{
    return m_chartView->grab();
}

QString SovereignAnalytics::pngFileName() const
{
    return u"sovereign-lines-land.png"_s;
}

QString SovereignAnalytics::csvFileName() const
{
    return u"sovereign-lines-history.csv"_s;
}

} // namespace steward::ui
