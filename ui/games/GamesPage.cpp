// SPDX-License-Identifier: GPL-3.0-or-later
#include "GamesPage.h"

#include "ConsoleKindRegistry.h"
#include "GenericGameView.h"
#include "JoinCard.h"
#include "NewGameDialog.h"
#include "server/client/HostClient.h"
#include "ui/widgets/TableRows.h"

#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QHBoxLayout>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace steward::ui {

namespace {
enum GameColumn { Code, Kind, Status, Week, Teams, Players, GameColumns };

// The "Week or round" and "Teams" cells of a game of a kind the console does not know.
QString genericProgress(const QJsonObject &g)
{
    if (g.value(u"weeks").toInt() > 0)
        return GamesPage::tr("%1 of %2").arg(g.value(u"week").toInt()).arg(g.value(u"weeks").toInt());
    if (g.contains(u"week"))
        return QLocale().toString(g.value(u"week").toInt());
    if (g.contains(u"round"))
        return GamesPage::tr("round %1").arg(g.value(u"round").toInt());
    return {};
}

QString genericTeams(const QJsonObject &g)
{
    return g.contains(u"teams") ? QLocale().toString(g.value(u"teams").toInt()) : QString();
}

QString statusName(const QString &status)
{
    if (status == u"lobby")
        return GamesPage::tr("waiting for players");
    if (status == u"running")
        return GamesPage::tr("running");
    if (status == u"paused")
        return GamesPage::tr("paused");
    if (status == u"finished")
        return GamesPage::tr("finished");
    return status;
}
} // namespace

GamesPage::GamesPage(client::HostClient &host, QWidget *parent, const ConsoleKindRegistry *kinds)
    : QWidget(parent), m_host(host), m_kinds(kinds ? *kinds : ConsoleKindRegistry::instance()),
      m_games(new QTableWidget(0, GameColumns)),
      m_newGame(new QPushButton(tr("&New game…"))), m_pause(new QPushButton(tr("&Pause"))),
      m_delete(new QPushButton(tr("&Delete game…"))), m_message(new QLabel), m_detail(new QStackedWidget),
      m_empty(new QLabel(tr("No game yet. Press “New game” to start one; players join from any browser on "
                            "this network."))),
      m_generic(new GenericGameView)
{
    m_games->setHorizontalHeaderLabels({tr("Join code"), tr("Game"), tr("Status"), tr("Week or round"), tr("Teams"),
                                        tr("Players")});
    m_games->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_games->setSelectionMode(QAbstractItemView::SingleSelection);
    m_games->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_games->verticalHeader()->hide();
    m_games->horizontalHeader()->setStretchLastSection(true);
    m_games->setAccessibleName(tr("Games on this host"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_detail->addWidget(m_empty);
    for (const ConsoleKind *k : m_kinds.kinds()) {
        GameView *view = k->liveView(host);
        if (!view)
            continue;
        m_views.insert(k->id(), view);
        m_detail->addWidget(view);
    }
    m_detail->addWidget(m_generic);

    auto *top = new QWidget;
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_newGame);
    buttons->addWidget(m_pause);
    buttons->addWidget(m_delete);
    buttons->addStretch(1);
    topLayout->addLayout(buttons);
    topLayout->addWidget(m_message);
    topLayout->addWidget(m_games);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(u"color: #b42318; font-weight: 600;"_s);
    m_message->hide();
    QStringList pauseNotes{tr("Nothing moves while a game is paused: players cannot order and week timers stop.")};
    for (const ConsoleKind *k : m_kinds.kinds()) {
        if (!k->pauseNote().isEmpty())
            pauseNotes << k->pauseNote();
    }
    m_pause->setToolTip(pauseNotes.join(u' '));
    m_delete->setToolTip(tr("Removes a game that is not running from the list. Its records stay in the event log."));
    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(top);
    split->addWidget(m_detail);
    split->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split);

    connect(m_newGame, &QPushButton::clicked, this, [this] { newGame(); });
    connect(m_pause, &QPushButton::clicked, this, &GamesPage::togglePause);
    connect(m_delete, &QPushButton::clicked, this, [this] { deleteSelected(); });
    connect(&m_host, &client::HostClient::polled, this, &GamesPage::refreshList);
    connect(&m_host, &client::HostClient::viewChanged, this, &GamesPage::refreshView);
    connect(m_games, &QTableWidget::itemSelectionChanged, this, [this] {
        const auto rows = m_games->selectionModel()->selectedRows();
        if (!rows.isEmpty())
            select(m_games->item(rows.first().row(), Code)->data(Qt::UserRole).toString());
    });
    for (GameView *view : std::as_const(m_views)) {
        connect(view, &GameView::joinCardRequested, this, [this](const QString &id) { showJoinCard(id); });
        connect(view, &GameView::commandDone, this, [this] { m_host.pollNow(); });
    }
}

GameView *GamesPage::viewFor(const QString &kind) const
{
    GameView *view = m_views.value(kind);
    return view ? view : m_generic;
}

GameView *GamesPage::currentView() const
{
    return qobject_cast<GameView *>(m_detail->currentWidget());
}

NewGameDialog *GamesPage::newGame()
{
    if (!m_dialog) {
        m_dialog = new NewGameDialog(this);
        connect(m_dialog, &QDialog::accepted, this, [this] { create(m_dialog); });
    }
    m_dialog->open();
    return m_dialog;
}

void GamesPage::create(NewGameDialog *dialog)
{
    m_newGame->setEnabled(false);
    m_host.post(u"/api/games/create"_s, {{u"kind"_s, dialog->kind()}, {u"config"_s, dialog->config()}},
                [this, dialog = QPointer(dialog)](const Result<QJsonObject> &r) {
        m_newGame->setEnabled(true);
        if (!r) {
            if (dialog) { // the form comes back with the host's reason
                dialog->showError(r.error().message);
                dialog->open();
            }
            return;
        }
        const QString id = r->value(u"gameId").toString();
        m_host.pollNow();
        select(id);
        emit gameCreated(id);
    });
}

QJsonObject GamesPage::summaryOf(const QString &gameId) const
{
    for (const QJsonValue &g : m_host.games()) {
        if (g.toObject().value(u"gameId").toString() == gameId)
            return g.toObject();
    }
    return {};
}

void GamesPage::refreshList()
{
    const QJsonArray games = m_host.games();
    const QLocale locale;
    const QSignalBlocker quiet(m_games);
    m_games->setRowCount(int(games.size()));
    int selectedRow = -1;
    for (int r = 0; r < games.size(); ++r) {
        const QJsonObject g = games.at(r).toObject();
        const ConsoleKind *kind = m_kinds.find(g.value(u"kind").toString());
        const QStringList cells{g.value(u"joinCode").toString(), m_kinds.displayName(g.value(u"kind").toString()),
                                statusName(g.value(u"status").toString()),
                                kind ? kind->progressText(g) : genericProgress(g),
                                kind ? kind->teamsText(g) : genericTeams(g),
                                locale.toString(g.value(u"players").toInt())};
        setRowTexts(m_games, r, cells); // only what changed is repainted
        const QString id = g.value(u"gameId").toString();
        m_games->item(r, Code)->setData(Qt::UserRole, id);
        if (id == m_selected)
            selectedRow = r;
    }
    // A game just created may not be listed yet; one that was listed and is gone was deleted.
    const bool selectedGone = !m_selected.isEmpty() && selectedRow < 0 && m_listed.contains(m_selected);
    m_listed.clear();
    for (const QJsonValue &g : games)
        m_listed.insert(g.toObject().value(u"gameId").toString());
    if (selectedGone)
        m_selected.clear();
    if (selectedRow >= 0)
        m_games->selectRow(selectedRow);
    else if (m_selected.isEmpty() && !games.isEmpty())
        select(games.first().toObject().value(u"gameId").toString());
    if (games.isEmpty())
        m_detail->setCurrentWidget(m_empty);
    m_games->resizeColumnsToContents();
    updateActions();
}

void GamesPage::updateActions()
{
    const QString status = summaryOf(m_selected).value(u"status").toString();
    m_pause->setText(status == u"paused" ? tr("&Resume") : tr("&Pause"));
    m_pause->setEnabled(status == u"running" || status == u"paused");
    m_delete->setEnabled(!status.isEmpty() && status != u"running");
}

QString GamesPage::message() const
{
    return m_message->isVisible() ? m_message->text() : QString();
}

void GamesPage::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void GamesPage::togglePause()
{
    const QJsonObject g = summaryOf(m_selected);
    if (g.isEmpty())
        return;
    const bool paused = g.value(u"status").toString() == u"paused";
    showMessage({});
    m_pause->setEnabled(false);
    m_host.post(paused ? u"/api/games/resume"_s : u"/api/games/pause"_s, {{u"gameId"_s, m_selected}},
                [this](const Result<QJsonObject> &r) {
        if (!r)
            showMessage(r.error().message);
        m_host.pollNow();
    });
}

void GamesPage::deleteSelected(bool confirmed)
{
    const QJsonObject g = summaryOf(m_selected);
    if (g.isEmpty())
        return;
    const QString id = m_selected;
    if (!confirmed) {
        QMessageBox ask(QMessageBox::Question, tr("Delete the game?"),
                        tr("Delete this game (%1, join code %2)? Players can no longer join or see it. Its records stay "
                           "in the event log.")
                            .arg(m_kinds.displayName(g.value(u"kind").toString()), g.value(u"joinCode").toString()),
                        QMessageBox::Cancel, this);
        QPushButton *yes = ask.addButton(tr("Delete"), QMessageBox::DestructiveRole);
        ask.setDefaultButton(QMessageBox::Cancel);
        ask.exec();
        if (ask.clickedButton() != yes)
            return;
    }
    showMessage({});
    m_delete->setEnabled(false);
    m_host.post(u"/api/games/delete"_s, {{u"gameId"_s, id}}, [this](const Result<QJsonObject> &r) {
        if (!r)
            showMessage(r.error().message);
        m_host.pollNow();
    });
}

void GamesPage::select(const QString &gameId)
{
    if (gameId == m_selected)
        return;
    m_selected = gameId;
    m_host.watch(gameId);
    refreshView(gameId);
    emit gameSelected(gameId);
}

void GamesPage::refreshView(const QString &gameId)
{
    if (gameId != m_selected)
        return;
    updateActions();
    const QJsonObject view = m_host.view(gameId);
    if (view.isEmpty())
        return; // its first push is on the way, or it was deleted
    GameView *shown = viewFor(view.value(u"kind").toString());
    shown->setView(view);
    m_detail->setCurrentWidget(shown);
}

JoinCard *GamesPage::showJoinCard(const QString &gameId)
{
    const QJsonObject g = summaryOf(gameId);
    const QString code = g.value(u"joinCode").toString(m_host.view(gameId).value(u"joinCode").toString());
    QUrl url = m_joinBase.isValid() ? m_joinBase : m_host.baseUrl();
    const ConsoleKind *kind = m_kinds.find(g.value(u"kind").toString());
    url.setPath(kind ? kind->joinPath() : u"/"_s);
    url.setQuery(u"code="_s + code);
    auto *card = new JoinCard(kind ? kind->joinTitle() : tr("Join the game"), url, code, window());
    card->setAttribute(Qt::WA_DeleteOnClose);
    card->showFullScreen();
    return card;
}

} // namespace steward::ui
