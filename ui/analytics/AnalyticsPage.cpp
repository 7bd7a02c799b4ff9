// SPDX-License-Identifier: GPL-3.0-or-later
#include "AnalyticsPage.h"

#include "DebriefPdf.h"
#include "TeamChart.h"
#include "client/HostClient.h"
#include "shell/Theme.h"

#include <QChartView>
#include <QComboBox>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QTableWidget>
#include <QVBoxLayout>

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

AnalyticsPage::AnalyticsPage(client::HostClient &host, QWidget *parent)
    : QWidget(parent), m_host(host), m_gameBox(new QComboBox), m_teamBox(new QComboBox), m_note(new QLabel),
      m_orders(new TeamChart(TeamChart::Measure::Orders, isDark(palette()))),
      m_stock(new TeamChart(TeamChart::Measure::NetStock, isDark(palette()))),
      m_ordersView(new QChartView(m_orders)), m_stockView(new QChartView(m_stock)),
      m_roles(makeTable({tr("Role"), tr("Cost"), tr("Bullwhip ratio")})),
      m_ranking(makeTable({tr("Rank"), tr("Team"), tr("Team cost")})), m_png(new QPushButton(tr("Chart as &PNG…"))),
      m_csv(new QPushButton(tr("History as &CSV…"))), m_pdf(new QPushButton(tr("&Debrief PDF…")))
{
    m_gameBox->setAccessibleName(tr("Game"));
    m_teamBox->setAccessibleName(tr("Team"));
    m_roles->setToolTip(tr("Bullwhip ratio: the variance of a role's orders over the variance of customer demand. "
                           "Above 1, the role amplified the swings it saw."));
    for (QChartView *v : {m_ordersView, m_stockView}) {
        v->setRenderHint(QPainter::Antialiasing);
        v->setMinimumHeight(220);
    }
    m_note->setWordWrap(true);

    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("&Game:")));
    bar->addWidget(m_gameBox, 1);
    auto *teamLabel = new QLabel(tr("&Team:"));
    teamLabel->setBuddy(m_teamBox);
    qobject_cast<QLabel *>(bar->itemAt(0)->widget())->setBuddy(m_gameBox);
    bar->addWidget(teamLabel);
    bar->addWidget(m_teamBox);
    bar->addStretch();
    bar->addWidget(m_png);
    bar->addWidget(m_csv);
    bar->addWidget(m_pdf);

    auto *grid = new QGridLayout;
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

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_note);
    layout->addLayout(grid, 1);

    connect(&m_host, &client::HostClient::polled, this, &AnalyticsPage::onPolled);
    connect(m_gameBox, &QComboBox::activated, this, [this](int i) { showGame(m_gameBox->itemData(i).toString()); });
    connect(m_teamBox, &QComboBox::activated, this, [this](int i) { showTeam(m_teamBox->itemData(i).toInt()); });
    connect(m_png, &QPushButton::clicked, this, [this] {
        const QString f = QFileDialog::getSaveFileName(this, tr("Save the chart"), u"bullwhip-team-%1.png"_s.arg(m_team),
                                                       tr("PNG images (*.png)"));
        if (!f.isEmpty())
            m_note->setText(exportChartPng(f).isEmpty() ? tr("Saved %1").arg(f) : tr("Could not save %1").arg(f));
    });
    connect(m_csv, &QPushButton::clicked, this, [this] {
        const QString f = QFileDialog::getSaveFileName(this, tr("Save the history"), u"beer-game-history.csv"_s,
                                                       tr("CSV files (*.csv)"));
        if (!f.isEmpty())
            exportCsv(f);
    });
    connect(m_pdf, &QPushButton::clicked, this, [this] {
        const QString f = QFileDialog::getSaveFileName(this, tr("Save the debrief"), u"beer-game-debrief.pdf"_s,
                                                       tr("PDF documents (*.pdf)"));
        if (f.isEmpty())
            return;
        m_pdf->setEnabled(false);
        m_note->setText(tr("Writing the debrief…"));
        const QString error = exportPdf(f);
        m_pdf->setEnabled(true);
        m_note->setText(error.isEmpty() ? tr("Saved %1").arg(f) : error);
    });
    connect(this, &AnalyticsPage::exported, this, [this](const QString &f, const QString &error) {
        m_note->setText(error.isEmpty() ? tr("Saved %1").arg(f) : error);
    });
    render();
}

void AnalyticsPage::onPolled()
{
    // The Beer Games on the host, for the game box; the first one is shown until one is chosen.
    QStringList ids;
    int week = -1;
    QString status;
    for (const QJsonValue &v : m_host.games()) {
        const QJsonObject g = v.toObject();
        if (g.value(u"kind").toString() != u"beer")
            continue;
        const QString id = g.value(u"gameId").toString();
        ids << id;
        const QString label = tr("Beer Game %1 (%2)").arg(g.value(u"joinCode").toString(), g.value(u"status").toString());
        const int at = m_gameBox->findData(id);
        if (at < 0)
            m_gameBox->addItem(label, id);
        else if (m_gameBox->itemText(at) != label)
            m_gameBox->setItemText(at, label);
        if (id == m_gameId) {
            week = g.value(u"week").toInt();
            status = g.value(u"status").toString();
        }
    }
    for (int i = m_gameBox->count() - 1; i >= 0; --i) {
        if (!ids.contains(m_gameBox->itemData(i).toString()))
            m_gameBox->removeItem(i);
    }
    if (m_gameId.isEmpty() && !ids.isEmpty())
        return showGame(ids.first());
    // A week resolved (or the game ended): the charts follow.
    if (!m_gameId.isEmpty() && (week != m_fetchedWeek || status != m_fetchedStatus))
        fetch();
}

void AnalyticsPage::showGame(const QString &gameId)
{
    m_gameId = gameId;
    m_fetchedWeek = -1;
    m_gameBox->setCurrentIndex(m_gameBox->findData(gameId));
    fetch();
}

void AnalyticsPage::showTeam(int team)
{
    m_team = team;
    render();
}

void AnalyticsPage::fetch()
{
    if (m_fetching || m_gameId.isEmpty())
        return;
    m_fetching = true;
    int week = -1;
    QString status;
    for (const QJsonValue &v : m_host.games()) {
        if (v.toObject().value(u"gameId").toString() == m_gameId) {
            week = v.toObject().value(u"week").toInt();
            status = v.toObject().value(u"status").toString();
        }
    }
    const QString asked = m_gameId;
    m_host.get(u"/api/analytics/gameHistory?gameId="_s + m_gameId, [this, asked, week, status](const Result<QJsonObject> &r) {
        m_fetching = false;
        if (asked != m_gameId)
            return fetch(); // another game was chosen meanwhile
        if (!r) {
            m_note->setText(r.error().message);
            return;
        }
        m_fetchedWeek = week;
        m_fetchedStatus = status;
        m_debrief = analytics::BeerDebrief::fromHistory(r.value());
        render();
        emit refreshed();
    });
}

QString AnalyticsPage::title() const
{
    return tr("Beer Game debrief — %1").arg(m_gameBox->currentText());
}

void AnalyticsPage::render()
{
    const bool any = !m_debrief.teams.isEmpty();
    for (QWidget *w : {static_cast<QWidget *>(m_png), static_cast<QWidget *>(m_csv), static_cast<QWidget *>(m_pdf)})
        w->setEnabled(any);
    if (!any) {
        m_note->setText(m_gameId.isEmpty() ? tr("No Beer Game on this host yet: the charts appear as soon as one is "
                                                "played.")
                                           : tr("No week has been played yet."));
        return;
    }
    if (m_teamBox->count() != m_debrief.teams.size()) {
        m_teamBox->clear();
        for (const auto &t : m_debrief.teams)
            m_teamBox->addItem(tr("Team %1").arg(t.team), t.team);
    }
    if (!m_debrief.team(m_team))
        m_team = m_debrief.teams.first().team;
    m_teamBox->setCurrentIndex(m_teamBox->findData(m_team));
    const analytics::TeamDebrief &team = *m_debrief.team(m_team);
    m_note->setText(tr("Weeks played: %n. Team %1 has cost %2 so far.", nullptr, int(team.demand.size()))
                        .arg(team.team)
                        .arg(QLocale().toString(team.cost, 'f', 2)));
    m_orders->setTeam(team);
    m_stock->setTeam(team);

    const QLocale locale;
    const QStringList roleNames{tr("Retailer"), tr("Wholesaler"), tr("Distributor"), tr("Factory")};
    m_roles->setRowCount(4);
    for (int r = 0; r < 4; ++r) {
        const analytics::RoleSeries &s = team.roles[size_t(r)];
        setCell(m_roles, r, 0, roleNames[r]);
        setCell(m_roles, r, 1, locale.toString(s.cost, 'f', 2));
        setCell(m_roles, r, 2, s.varianceRatio ? locale.toString(*s.varianceRatio, 'f', 2) : u"—"_s);
    }
    QList<const analytics::TeamDebrief *> ranked;
    for (const auto &t : m_debrief.teams)
        ranked << &t;
    std::stable_sort(ranked.begin(), ranked.end(), [](auto *a, auto *b) { return a->rank < b->rank; });
    m_ranking->setRowCount(int(ranked.size()));
    for (int i = 0; i < ranked.size(); ++i) {
        setCell(m_ranking, i, 0, QString::number(ranked[i]->rank));
        setCell(m_ranking, i, 1, tr("Team %1").arg(ranked[i]->team));
        setCell(m_ranking, i, 2, locale.toString(ranked[i]->cost, 'f', 2));
    }
}

QString AnalyticsPage::exportChartPng(const QString &fileName) const
{
    return m_ordersView->grab().save(fileName, "PNG") ? QString() : tr("Could not write %1.").arg(fileName);
}

QString AnalyticsPage::exportPdf(const QString &fileName) const
{
    return DebriefPdf::write(m_debrief, title(), fileName);
}

void AnalyticsPage::exportCsv(const QString &fileName)
{
    m_host.getText(u"/api/games/%1/export.csv"_s.arg(m_gameId), [this, fileName](const Result<QByteArray> &r) {
        if (!r)
            return emit exported(fileName, tr("The export failed: %1").arg(r.error().message));
        QSaveFile file(fileName);
        if (!file.open(QIODevice::WriteOnly) || file.write(r.value()) != r->size() || !file.commit())
            return emit exported(fileName, tr("Could not write %1: %2").arg(fileName, file.errorString()));
        emit exported(fileName, {});
    });
}

} // namespace steward::ui
