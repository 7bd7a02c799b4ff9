// SPDX-License-Identifier: GPL-3.0-or-later
#include "RoundsAnalytics.h"

#include "RoundsCharts.h"

#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace steward::ui {

RoundsAnalytics::RoundsAnalytics(bool dark, QWidget *parent)
    : KindAnalytics(parent), m_charts(new RoundsCharts(dark))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_charts);
}

QString RoundsAnalytics::gameLabel(const QJsonObject &g) const
{
    return tr("Rounds table %1").arg(g.value(u"joinCode").toString());
}

int RoundsAnalytics::progress(const QJsonObject &g) const
{
    return g.value(u"roundsPlayed").toInt();
}

void RoundsAnalytics::setHistory(const QJsonObject &history)
{
    m_debrief = rounds::RoundsDebrief::fromHistory(history);
}

void RoundsAnalytics::clear()
{
    m_debrief = {};
}

QString RoundsAnalytics::render()
{
    m_charts->setDebrief(m_debrief);
    return tr("Rounds settled: %n. The RTP report by operator and bet kind is on the Operators page.", nullptr,
              int(m_debrief.rounds.size()));
}

QPixmap RoundsAnalytics::picture() const
{
    return m_charts->picture();
}

QString RoundsAnalytics::pngFileName() const
{
    return u"rounds-table.png"_s;
}

QString RoundsAnalytics::csvFileName() const
{
    return u"rounds-history.csv"_s;
}

} // namespace steward::ui
