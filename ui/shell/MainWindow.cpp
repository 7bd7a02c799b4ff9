// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "ui/analytics/AnalyticsPage.h"
#include "ui/chain/ChainPage.h"
#include "server/client/HostClient.h"
#include "ui/eventlog/EventLogPage.h"
#include "ui/games/GamesPage.h"
#include "ui/operators/OperatorsPage.h"
#include "ui/sessions/SessionsPage.h"
#include "ui/settings/SettingsDialog.h"

#include <QApplication>
#include <QCloseEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace steward::ui {

MainWindow::MainWindow(client::HostClient &host, QWidget *parent)
    : QMainWindow(parent), m_host(host), m_nav(new QListWidget), m_stack(new QStackedWidget),
      m_games(new GamesPage(host)), m_sessions(new SessionsPage(host)), m_operators(new OperatorsPage(host)), m_analytics(new AnalyticsPage(host)), m_chainPage(new ChainPage(host)), m_eventLog(new EventLogPage(host)), m_listening(new QLabel), m_online(new QLabel),
      m_chain(new QLabel), m_database(new QLabel)
{
    setWindowTitle(tr("Steward"));
    const struct
    {
        QString name;
        QStyle::StandardPixmap icon;
        QWidget *page;
    } areas[] = {
        {tr("Games"), QStyle::SP_MediaPlay, m_games},
        {tr("Operators"), QStyle::SP_DialogApplyButton, m_operators},
        {tr("Players & sessions"), QStyle::SP_DirHomeIcon, m_sessions},
        {tr("Blockchain"), QStyle::SP_DriveNetIcon, m_chainPage},
        {tr("Analytics"), QStyle::SP_FileDialogDetailedView, m_analytics},
        {tr("Event log"), QStyle::SP_FileDialogContentsView, m_eventLog},
    };
    for (const auto &a : areas) {
        auto *item = new QListWidgetItem(style()->standardIcon(a.icon), a.name, m_nav);
        item->setSizeHint(QSize(0, fontMetrics().height() * 2 + 8));
        m_stack->addWidget(a.page);
    }
    m_nav->setAccessibleName(tr("Areas"));
    m_nav->setFrameShape(QFrame::NoFrame);
    m_nav->setMaximumWidth(fontMetrics().horizontalAdvance(u"Players & sessions"_s) * 2);
    connect(m_nav, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);

    auto *split = new QSplitter;
    split->addWidget(m_nav);
    split->addWidget(m_stack);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);
    // Above the dashboards: the password this first start generated, until it is dismissed or
    // replaced (a console started from the desktop menu has no terminal to print it in).
    auto *bar = new QFrame;
    bar->setObjectName(u"passwordBar"_s);
    bar->setFrameShape(QFrame::StyledPanel);
    m_passwordBar = bar;
    auto *passwordText = new QLabel;
    passwordText->setObjectName(u"passwordText"_s);
    passwordText->setWordWrap(true);
    passwordText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *choose = new QPushButton(tr("Choose my own…"));
    auto *dismiss = new QPushButton(tr("Hide"));
    auto *barLayout = new QHBoxLayout(m_passwordBar);
    barLayout->addWidget(passwordText, 1);
    barLayout->addWidget(choose);
    barLayout->addWidget(dismiss);
    connect(choose, &QPushButton::clicked, this, [this] { openSettings(); });
    connect(dismiss, &QPushButton::clicked, m_passwordBar, &QWidget::hide);
    m_passwordBar->hide();
    auto *central = new QWidget;
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->addWidget(m_passwordBar);
    centralLayout->addWidget(split, 1);
    setCentralWidget(central);

    for (QLabel *l : {m_listening, m_online, m_chain, m_database})
        statusBar()->addPermanentWidget(l);
    m_listening->setTextInteractionFlags(Qt::TextSelectableByMouse);

    QMenu *file = menuBar()->addMenu(tr("&Game"));
    file->addAction(tr("&New game…"), QKeySequence::New, this, [this] {
        showArea(Games);
        m_games->newGame();
    });
    file->addAction(tr("&Join card"), QKeySequence(Qt::Key_F11), this, [this] {
        if (!m_games->selectedGame().isEmpty())
            m_games->showJoinCard(m_games->selectedGame());
    });
    file->addSeparator();
    file->addAction(tr("&Settings…"), QKeySequence::Preferences, this, [this] { openSettings(); });
    file->addSeparator();
    // Through close(), so that closing the window and Ctrl+Q ask the same question.
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    QMenu *view = menuBar()->addMenu(tr("&View"));
    const struct
    {
        QString name;
        Area area;
    } views[] = {{tr("&Games"), Games},           {tr("&Operators"), Operators}, {tr("&Players && sessions"), Sessions},
                 {tr("&Blockchain"), Blockchain}, {tr("&Analytics"), Analytics}, {tr("&Event log"), EventLog}};
    for (const auto &v : views)
        view->addAction(v.name, QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + int(v.area))), this,
                        [this, area = v.area] { showArea(area); });

    // Analytics follows the game chosen on the Games dashboard when its kind has analytics.
    connect(m_games, &GamesPage::gameSelected, this, [this](const QString &id) {
        for (const QJsonValue &g : m_host.games()) {
            if (g.toObject().value(u"gameId").toString() == id
                && m_analytics->kindAnalytics(g.toObject().value(u"kind").toString()))
                m_analytics->showGame(id);
        }
    });
    connect(&m_host, &client::HostClient::polled, this, &MainWindow::refreshStatus);
    connect(&m_host, &client::HostClient::connectionLost, this,
            [this](const QString &why) { statusBar()->showMessage(why, 5000); });
    m_nav->setCurrentRow(Games);
    resize(1180, 760);
    refreshStatus();
}

QWidget *MainWindow::page(Area area) const
{
    return m_stack->widget(int(area));
}

SettingsDialog *MainWindow::openSettings()
{
    auto *dialog = new SettingsDialog(m_host, ConsoleSettings::load(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_localPasswordSetter) {
        dialog->setLocalPasswordSetter(m_localPasswordSetter);
        // A password chosen here replaces the generated one: stop showing that.
        connect(dialog, &SettingsDialog::passwordChanged, this, [this](bool ok) {
            if (ok && m_passwordBar)
                m_passwordBar->hide();
        });
    }
    connect(dialog, &QDialog::accepted, this,
            [this] { statusBar()->showMessage(tr("Settings saved; they take effect when Steward starts again."), 8000); });
    dialog->open();
    return dialog;
}

QString MainWindow::areaId(Area area)
{
    switch (area) {
    case Games: return u"games"_s;
    case Operators: return u"operators"_s;
    case Sessions: return u"sessions"_s;
    case Blockchain: return u"blockchain"_s;
    case Analytics: return u"analytics"_s;
    case EventLog: return u"eventlog"_s;
    case AreaCount: break;
    }
    return u"area"_s;
}

void MainWindow::showArea(Area area)
{
    m_nav->setCurrentRow(int(area));
}

void MainWindow::showGeneratedPassword(const QString &password)
{
    if (password.isEmpty() || !m_passwordBar)
        return;
    auto *text = m_passwordBar->findChild<QLabel *>(u"passwordText"_s);
    text->setText(tr("Password for the web facilitator page and other consoles: user <b>admin</b>, password "
                     "<b>%1</b>. It was made at this first start and is shown only now; choose your own in "
                     "Settings.")
                      .arg(password.toHtmlEscaped()));
    m_passwordBar->show();
}

void MainWindow::setHostFacts(const QUrl &joinBase, const QString &database)
{
    m_joinBase = joinBase;
    m_games->setJoinBase(joinBase);
    m_database->setText(database);
    refreshStatus();
}

int MainWindow::playersOnline() const
{
    int players = 0; // the console's own connection is not a player
    for (const QJsonValue &s : m_host.sessions())
        players += s.toObject().value(u"role").toString() == u"player";
    return players;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    const int players = m_stopsHostOnQuit ? playersOnline() : 0;
    if (players > 0) {
        QMessageBox box(QMessageBox::Warning, tr("Quit Steward?"),
                        tr("%n player(s) are connected to this host. Quitting stops the host: their pages wait and "
                           "come back to their seats when Steward starts again, and nothing they sent is lost.",
                           nullptr, players),
                        QMessageBox::NoButton, this);
        QPushButton *quit = box.addButton(tr("&Quit"), QMessageBox::DestructiveRole);
        box.setDefaultButton(box.addButton(QMessageBox::Cancel));
        box.exec();
        if (box.clickedButton() != quit) {
            event->ignore();
            return;
        }
    }
    QMainWindow::closeEvent(event);
}

void MainWindow::refreshStatus()
{
    m_listening->setText(m_joinBase.isValid() ? tr("Players join at %1").arg(m_joinBase.toDisplayString())
                                              : tr("Connecting…"));
    m_online->setText(tr("Players online: %n", nullptr, playersOnline()));
    const QJsonObject chain = m_host.chainStatus();
    if (!chain.value(u"enabled").toBool(false)) {
        m_chain->setText(tr("Chain off"));
    } else {
        const qint64 head = qint64(chain.value(u"head").toDouble(-1));
        const QJsonObject outbox = chain.value(u"outbox").toObject();
        const int waiting = outbox.value(u"queued").toInt() + outbox.value(u"sent").toInt();
        m_chain->setText(head < 0 ? tr("Chain: %1").arg(chain.value(u"stage").toString(tr("starting")))
                                  : tr("Chain block %1 · waiting: %n", nullptr, waiting)
                                        .arg(QLocale().toString(head)));
    }
}

} // namespace steward::ui
