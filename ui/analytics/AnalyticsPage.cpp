// SPDX-License-Identifier: GPL-3.0-or-later
#include "AnalyticsPage.h"

#include "server/client/HostClient.h"
#include "ui/games/ConsoleKindRegistry.h"
#include "ui/shell/Theme.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace steward::ui {

AnalyticsPage::AnalyticsPage(client::HostClient &host, QWidget *parent)
    : QWidget(parent), m_host(host), m_stack(new QStackedWidget), m_gameBox(new QComboBox), m_note(new QLabel),
      m_png(new QPushButton(tr("Chart as &PNG…"))), m_csv(new QPushButton(tr("History as &CSV…")))
{
    m_gameBox->setAccessibleName(tr("Game"));
    m_note->setWordWrap(true);

    auto *bar = new QHBoxLayout;
    auto *gameLabel = new QLabel(tr("&Game:"));
    gameLabel->setBuddy(m_gameBox);
    bar->addWidget(gameLabel);
    bar->addWidget(m_gameBox, 1);
    QList<QWidget *> trailing;
    for (const ConsoleKind *k : ConsoleKindRegistry::instance().kinds()) {
        KindAnalytics *page = k->analytics(isDark(palette()));
        if (!page)
            continue;
        m_pages.insert(k->id(), page);
        if (!m_firstPage)
            m_firstPage = page;
        m_stack->addWidget(page);
        for (QWidget *w : page->leadingControls())
            bar->addWidget(w);
        trailing << page->trailingControls();
        connect(page, &KindAnalytics::noteChanged, m_note, &QLabel::setText);
    }
    bar->addStretch();
    bar->addWidget(m_png);
    bar->addWidget(m_csv);
    for (QWidget *w : std::as_const(trailing))
        bar->addWidget(w);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_note);
    layout->addWidget(m_stack, 1);

    connect(&m_host, &client::HostClient::polled, this, &AnalyticsPage::onPolled);
    connect(m_gameBox, &QComboBox::activated, this, [this](int i) { showGame(m_gameBox->itemData(i).toString()); });
    connect(m_png, &QPushButton::clicked, this, [this] {
        KindAnalytics *page = currentAnalytics();
        if (!page)
            return;
        const QString f = QFileDialog::getSaveFileName(this, tr("Save the chart"), page->pngFileName(),
                                                       tr("PNG images (*.png)"));
        if (!f.isEmpty())
            m_note->setText(exportChartPng(f).isEmpty() ? tr("Saved %1").arg(f) : tr("Could not save %1").arg(f));
    });
    connect(m_csv, &QPushButton::clicked, this, [this] {
        KindAnalytics *page = currentAnalytics();
        if (!page)
            return;
        const QString f = QFileDialog::getSaveFileName(this, tr("Save the history"), page->csvFileName(),
                                                       tr("CSV files (*.csv)"));
        if (!f.isEmpty())
            exportCsv(f);
    });
    connect(this, &AnalyticsPage::exported, this, [this](const QString &f, const QString &error) {
        m_note->setText(error.isEmpty() ? tr("Saved %1").arg(f) : error);
    });
    render();
}

KindAnalytics *AnalyticsPage::currentAnalytics() const
{
    KindAnalytics *page = m_pages.value(m_kind);
    return page ? page : m_firstPage;
}

void AnalyticsPage::onPolled()
{
    // The games on the host, for the game box; the first one is shown until one is chosen.
    QStringList ids;
    int week = -1;
    QString status;
    for (const QJsonValue &v : m_host.games()) {
        const QJsonObject g = v.toObject();
        const KindAnalytics *page = m_pages.value(g.value(u"kind").toString());
        if (!page)
            continue;
        const QString id = g.value(u"gameId").toString();
        ids << id;
        const QString label = page->gameLabel(g);
        const int at = m_gameBox->findData(id);
        if (at < 0)
            m_gameBox->addItem(label, id);
        else if (m_gameBox->itemText(at) != label)
            m_gameBox->setItemText(at, label);
        if (id == m_gameId) {
            // What moves a game's analytics on: a week resolved, a round settled.
            week = page->progress(g);
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
        for (KindAnalytics *page : std::as_const(m_pages))
            page->clear();
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
            const KindAnalytics *page = m_pages.value(m_kind);
            week = page ? page->progress(g) : -1;
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
        if (KindAnalytics *page = m_pages.value(m_kind))
            page->setHistory(r.value());
        render();
        emit refreshed();
    });
}

void AnalyticsPage::render()
{
    KindAnalytics *shown = currentAnalytics();
    for (KindAnalytics *page : std::as_const(m_pages)) {
        for (QWidget *w : page->leadingControls() + page->trailingControls())
            w->setVisible(page == shown);
    }
    if (!shown) {
        m_png->setEnabled(false);
        m_csv->setEnabled(false);
        m_note->setText(tr("No game on this host yet: the charts appear as soon as one is played."));
        return;
    }
    m_stack->setCurrentWidget(shown);
    shown->setGameTitle(m_gameBox->currentText());
    const QString note = shown->render();
    m_png->setEnabled(shown->canExport());
    m_csv->setEnabled(shown->canExport());
    m_note->setText(m_gameId.isEmpty() ? tr("No game on this host yet: the charts appear as soon as one is played.")
                                       : note);
}

QString AnalyticsPage::exportChartPng(const QString &fileName) const
{
    const KindAnalytics *page = currentAnalytics();
    const QPixmap picture = page ? page->picture() : QPixmap();
    return !picture.isNull() && picture.save(fileName, "PNG") ? QString() : tr("Could not write %1.").arg(fileName);
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
