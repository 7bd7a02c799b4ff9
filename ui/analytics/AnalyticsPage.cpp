// SPDX-License-Identifier: GPL-3.0-or-later
#include "AnalyticsPage.h"

#include "games/beer/DebriefPdf.h"
#include "games/rounds/RoundsCharts.h"
#include "games/beer/TeamChart.h"
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
#include <QStackedWidget>
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
      m_csv(new QPushButton(tr("History as &CSV…"))), m_pdf(new QPushButton(tr("&Debrief PDF…"))),
      m_teamLabel(new QLabel(tr("&Team:")))
{
    m_stack = new QStackedWidget;
    m_beer = new QWidget;
    m_rounds = new RoundsCharts(isDark(palette()));
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
    m_teamLabel->setBuddy(m_teamBox);
    qobject_cast<QLabel *>(bar->itemAt(0)->widget())->setBuddy(m_gameBox);
    bar->addWidget(m_teamLabel);
    bar->addWidget(m_teamBox);
    bar->addStretch();
    bar->addWidget(m_png);
    bar->addWidget(m_csv);
    bar->addWidget(m_pdf);

    auto *grid = new QGridLayout(m_beer);
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

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_note);
    m_stack->addWidget(m_beer);
    m_stack->addWidget(m_rounds);
    layout->addWidget(m_stack, 1);

    connect(&m_host, &client::HostClient::polled, this, &AnalyticsPage::onPolled);
    connect(m_gameBox, &QComboBox::activated, this, [this](int i) { showGame(m_gameBox->itemData(i).toString()); });
    connect(m_teamBox, &QComboBox::activated, this, [this](int i) { showTeam(m_teamBox->itemData(i).toInt()); });
    connect(m_png, &QPushButton::clicked, this, [this] {
        const QString suggested = showsRounds() ? u"rounds-table.png"_s : u"bullwhip-team-%1.png"_s.arg(m_team);
        const QString f = QFileDialog::getSaveFileName(this, tr("Save the chart"), suggested,
                                                       tr("PNG images (*.png)"));
        if (!f.isEmpty())
            m_note->setText(exportChartPng(f).isEmpty() ? tr("Saved %1").arg(f) : tr("Could not save %1").arg(f));
    });
    connect(m_csv, &QPushButton::clicked, this, [this] {
        const QString f = QFileDialog::getSaveFileName(this, tr("Save the history"),
                                                       showsRounds() ? u"rounds-history.csv"_s : u"beer-game-history.csv"_s,
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
    // The games on the host, for the game box; the first one is shown until one is chosen.
    QStringList ids;
    int week = -1;
    QString status;
    for (const QJsonValue &v : m_host.games()) {
        const QJsonObject g = v.toObject();
        const QString kind = g.value(u"kind").toString();
        if (kind != u"beer" && kind != u"rounds")
            continue;
        const QString id = g.value(u"gameId").toString();
        ids << id;
        const QString code = g.value(u"joinCode").toString();
        const QString label = kind == u"rounds" ? tr("Rounds table %1").arg(code)
                                                : tr("Beer Game %1 (%2)").arg(code, g.value(u"status").toString());
        const int at = m_gameBox->findData(id);
        if (at < 0)
            m_gameBox->addItem(label, id);
        else if (m_gameBox->itemText(at) != label)
            m_gameBox->setItemText(at, label);
        if (id == m_gameId) {
            // What moves a game's analytics on: a week resolved, a round settled.
            week = g.value(kind == u"rounds" ? u"roundsPlayed" : u"week").toInt();
            status = g.value(u"status").toString();
        }
    }
    for (int i = m_gameBox->count() - 1; i >= 0; --i) {
        if (!ids.contains(m_gameBox->itemData(i).toString()))
            m_gameBox->removeItem(i);
    }
    if (m_gameId.isEmpty() && !ids.isEmpty())
        return showGame(ids.first());
    if (!m_gameId.isEmpty() && !ids.contains(m_gameId)) { // deleted
        m_gameId.clear();
        m_debrief = {};
        m_roundsDebrief = {};
        if (!ids.isEmpty())
            return showGame(ids.first());
        return render();
    }
    // A week resolved, a round settled (or the game ended): the charts follow.
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
        const QJsonObject g = v.toObject();
        if (g.value(u"gameId").toString() == m_gameId) {
            m_kind = g.value(u"kind").toString();
            week = g.value(m_kind == u"rounds" ? u"roundsPlayed" : u"week").toInt();
            status = g.value(u"status").toString();
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
        m_kind = r->value(u"kind").toString(m_kind);
        if (m_kind == u"rounds")
            m_roundsDebrief = analytics::RoundsDebrief::fromHistory(r.value());
        else
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
    const bool rounds = showsRounds();
    m_stack->setCurrentWidget(rounds ? static_cast<QWidget *>(m_rounds) : m_beer);
    m_teamLabel->setVisible(!rounds);
    m_teamBox->setVisible(!rounds);
    m_pdf->setVisible(!rounds);
    if (rounds) {
        m_rounds->setDebrief(m_roundsDebrief);
        m_png->setEnabled(true);
        m_csv->setEnabled(true);
        m_note->setText(tr("Rounds settled: %n. The RTP report by operator and bet kind is on the Operators page.",
                           nullptr, int(m_roundsDebrief.rounds.size())));
        return;
    }
    const bool any = !m_debrief.teams.isEmpty();
    for (QWidget *w : {static_cast<QWidget *>(m_png), static_cast<QWidget *>(m_csv), static_cast<QWidget *>(m_pdf)})
        w->setEnabled(any);
    if (!any) {
        m_note->setText(m_gameId.isEmpty() ? tr("No game on this host yet: the charts appear as soon as one is "
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
    const QPixmap picture = showsRounds() ? m_rounds->picture() : m_ordersView->grab();
    return picture.save(fileName, "PNG") ? QString() : tr("Could not write %1.").arg(fileName);
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
