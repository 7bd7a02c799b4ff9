// SPDX-License-Identifier: GPL-3.0-or-later
#include "BeerAnalytics.h"

#include "DebriefPdf.h"
#include "TeamChart.h"

#include <QChartView>
#include <QComboBox>
#include <QFileDialog>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace steward::ui {

namespace {
QTableWidget *makeTable(const QStringList &headers)
{
    auto *t = new QTableWidget(0, int(headers.size()));
    t->setHorizontalHeaderLabels(headers);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionMode(QAbstractItemView::NoSelection);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    t->horizontalHeader()->setStretchLastSection(true);
    t->setFocusPolicy(Qt::TabFocus);
    return t;
}

void setCell(QTableWidget *t, int row, int column, const QString &text)
{
    QTableWidgetItem *item = t->item(row, column);
    if (!item) {
        item = new QTableWidgetItem;
        item->setTextAlignment(column == 0 ? Qt::AlignLeft | Qt::AlignVCenter : Qt::AlignRight | Qt::AlignVCenter);
        t->setItem(row, column, item);
    }
    if (item->text() != text)
        item->setText(text);
}
} // namespace

BeerAnalytics::BeerAnalytics(bool dark, QWidget *parent)
    : KindAnalytics(parent), m_teamLabel(new QLabel(tr("&Team:"))), m_teamBox(new QComboBox),
      m_pdf(new QPushButton(tr("&Debrief PDF…"))), m_orders(new TeamChart(TeamChart::Measure::Orders, dark)),
      m_stock(new TeamChart(TeamChart::Measure::NetStock, dark)), m_ordersView(new QChartView(m_orders)),
      m_stockView(new QChartView(m_stock)), m_roles(makeTable({tr("Role"), tr("Cost"), tr("Bullwhip ratio")})),
      m_ranking(makeTable({tr("Rank"), tr("Team"), tr("Team cost")}))
{
    m_teamBox->setAccessibleName(tr("Team"));
    m_teamLabel->setBuddy(m_teamBox);
    m_roles->setToolTip(tr("Bullwhip ratio: the variance of a role's orders over the variance of customer demand. "
                           "Above 1, the role amplified the swings it saw."));
    for (QChartView *v : {m_ordersView, m_stockView}) {
        v->setRenderHint(QPainter::Antialiasing);
        v->setMinimumHeight(220);
    }

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_ordersView, 0, 0);
    grid->addWidget(m_stockView, 1, 0);
    auto *side = new QVBoxLayout;
    side->addWidget(new QLabel(tr("This team's roles")));
    side->addWidget(m_roles, 1);
    side->addWidget(new QLabel(tr("Ranking")));
    side->addWidget(m_ranking, 2);
    grid->addLayout(side, 0, 1, 2, 1);
    grid->setColumnStretch(0, 3);
    grid->setColumnStretch(1, 1);

    connect(m_teamBox, &QComboBox::activated, this, [this](int i) { showTeam(m_teamBox->itemData(i).toInt()); });
    connect(m_pdf, &QPushButton::clicked, this, [this] {
        const QString f = QFileDialog::getSaveFileName(this, tr("Save the debrief"), u"beer-game-debrief.pdf"_s,
                                                       tr("PDF documents (*.pdf)"));
        if (f.isEmpty())
            return;
        m_pdf->setEnabled(false);
        emit noteChanged(tr("Writing the debrief…"));
        const QString error = exportPdf(f);
        m_pdf->setEnabled(true);
        emit noteChanged(error.isEmpty() ? tr("Saved %1").arg(f) : error);
    });
}

QString BeerAnalytics::gameLabel(const QJsonObject &g) const
{
    return tr("Beer Game %1 (%2)").arg(g.value(u"joinCode").toString(), g.value(u"status").toString());
}

int BeerAnalytics::progress(const QJsonObject &g) const
{
    return g.value(u"week").toInt();
}

void BeerAnalytics::setHistory(const QJsonObject &history)
{
    m_debrief = beer::BeerDebrief::fromHistory(history);
}

void BeerAnalytics::clear()
{
    m_debrief = {};
}

QList<QWidget *> BeerAnalytics::leadingControls() const
{
    return {m_teamLabel, m_teamBox};
}

QList<QWidget *> BeerAnalytics::trailingControls() const
{
    return {m_pdf};
}

QString BeerAnalytics::pngFileName() const
{
    return u"bullwhip-team-%1.png"_s.arg(m_team);
}

QString BeerAnalytics::csvFileName() const
{
    return u"beer-game-history.csv"_s;
}

QPixmap BeerAnalytics::picture() const
{
    return m_ordersView->grab();
}

void BeerAnalytics::showTeam(int team)
{
    m_team = team;
    emit noteChanged(render());
}

QString BeerAnalytics::title() const
{
    return tr("Beer Game debrief — %1").arg(gameTitle());
}

QString BeerAnalytics::exportPdf(const QString &fileName) const
{
    return DebriefPdf::write(m_debrief, title(), fileName);
}

QString BeerAnalytics::render()
{
    const bool any = canExport();
    m_pdf->setEnabled(any);
    if (!any)
        return tr("No week has been played yet.");
    if (m_teamBox->count() != m_debrief.teams.size()) {
        m_teamBox->clear();
        for (const auto &t : m_debrief.teams)
            m_teamBox->addItem(tr("Team %1").arg(t.team), t.team);
    }
    if (!m_debrief.team(m_team))
        m_team = m_debrief.teams.first().team;
    m_teamBox->setCurrentIndex(m_teamBox->findData(m_team));
    const beer::TeamDebrief &team = *m_debrief.team(m_team);
    m_orders->setTeam(team);
    m_stock->setTeam(team);

    const QLocale locale;
    const QStringList roleNames{tr("Retailer"), tr("Wholesaler"), tr("Distributor"), tr("Factory")};
    m_roles->setRowCount(4);
    for (int r = 0; r < 4; ++r) {
        const beer::RoleSeries &s = team.roles[size_t(r)];
        setCell(m_roles, r, 0, roleNames[r]);
        setCell(m_roles, r, 1, locale.toString(s.cost, 'f', 2));
        setCell(m_roles, r, 2, s.varianceRatio ? locale.toString(*s.varianceRatio, 'f', 2) : u"—"_s);
    }
    QList<const beer::TeamDebrief *> ranked;
    for (const auto &t : m_debrief.teams)
        ranked << &t;
    std::stable_sort(ranked.begin(), ranked.end(), [](auto *a, auto *b) { return a->rank < b->rank; });
    m_ranking->setRowCount(int(ranked.size()));
    for (int i = 0; i < ranked.size(); ++i) {
        setCell(m_ranking, i, 0, QString::number(ranked[i]->rank));
        setCell(m_ranking, i, 1, tr("Team %1").arg(ranked[i]->team));
        setCell(m_ranking, i, 2, locale.toString(ranked[i]->cost, 'f', 2));
    }
    return tr("Weeks played: %n. Team %1 has cost %2 so far.", nullptr, int(team.demand.size()))
        .arg(team.team)
        .arg(QLocale().toString(team.cost, 'f', 2));
}

} // namespace steward::ui
