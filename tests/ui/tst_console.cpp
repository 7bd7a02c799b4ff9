// SPDX-License-Identifier: GPL-3.0-or-later
// The real console (MainWindow) against a real host in this process, driven as a facilitator
// would, with real players on real WebSockets. Screenshots of each dashboard go to
// $STEWARD_SCREENSHOT_DIR (default: ./screenshots in the test's working folder).
#include "HttpClient.h"
#include "ScreenshotDir.h"
#include "TestHost.h"
#include "WsClient.h"
#include "server/auth/Authenticator.h"
#include "server/client/HostClient.h"
#include "ui/games/beer/BeerGameForm.h"
#include "ui/games/beer/BeerGameView.h"
#include "ui/games/beer/BeerTeamsModel.h"
#include "ui/games/GamesPage.h"
#include "ui/games/JoinCard.h"
#include "ui/games/NewGameDialog.h"
#include "ui/games/rounds/RoundsView.h"
#include "ui/sessions/SessionsPage.h"
#include "ui/settings/SettingsDialog.h"
#include "server/store/Database.h"
#include "ui/shell/MainWindow.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QMessageBox>
#include <QTimer>
#include <QHeaderView>
#include <QApplication>
#include <QMenu>
#include <QAction>
#include <QAbstractButton>
#include <QTest>

using namespace steward;
using namespace Qt::StringLiterals;

class TestConsole : public QObject
{
    Q_OBJECT
    std::unique_ptr<TestHost> m_host;
    std::unique_ptr<client::HostClient> m_client;
    std::unique_ptr<ui::MainWindow> m_window;
    std::unique_ptr<HttpClient> m_http;
    QString m_gameId;
    QString m_joinCode;
    std::map<QString, std::unique_ptr<WsClient>> m_players; // by role
    QTemporaryDir m_tmp;

    ui::GamesPage *games() { return m_window->gamesPage(); }
    ui::BeerGameView *beer() { return qobject_cast<ui::BeerGameView *>(games()->viewFor(u"beer"_s)); }
    QString cell(int row, int column) { return beer()->table()->model()->index(row, column).data().toString(); }

    int sessionRowOf(const QString &name)
    {
        QTableWidget *t = m_window->sessionsPage()->table();
        for (int r = 0; r < t->rowCount(); ++r) {
            if (t->item(r, ui::SessionsPage::Name) && t->item(r, ui::SessionsPage::Name)->text() == name)
                return r;
        }
        return -1;
    }

    void screenshot(QWidget *w, const QString &name)
    {
        const QString dir = screenshotDir();
        QVERIFY(w->grab().save(QDir(dir).filePath(name)));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // the settings go to a test folder, not the user's
        m_host = std::make_unique<TestHost>();
        QVERIFY2(m_host->ok(), qPrintable(m_host->error()));
        m_http = std::make_unique<HttpClient>(m_host->httpUrl());
        m_client = std::make_unique<client::HostClient>();
        m_client->setPollIntervalMs(200);
        m_window = std::make_unique<ui::MainWindow>(*m_client);
        m_window->setHostFacts(m_host->httpUrl(), m_host->runtime().database().description());
        m_client->attach(m_host->httpUrl(), m_host->runtime().auth().issueFacilitatorToken());
        m_window->show();
        QTRY_VERIFY_WITH_TIMEOUT(m_client->isLive(), 5000);
    }

    void createGameFromTheForm()
    {
        ui::NewGameDialog *form = games()->newGame();
        QVERIFY(form->isVisible());
        auto *beerForm = qobject_cast<ui::BeerGameForm *>(form->kindForm(u"beer"_s));
        QVERIFY(beerForm);
        beerForm->presetBox()->setCurrentIndex(beerForm->presetBox()->findData(u"shortDemo"_s));
        beerForm->teamsBox()->setValue(1);
        beerForm->advanceBox()->setCurrentIndex(beerForm->advanceBox()->findData(u"manual"_s));
        QCOMPARE(form->config().value(u"teams"_s).toInt(), 1);
        screenshot(form, u"console-new-game.png"_s);
        form->accept();

        QTableWidget *list = games()->gamesTable();
        QTRY_COMPARE(list->rowCount(), 1);
        m_gameId = games()->selectedGame();
        QVERIFY(!m_gameId.isEmpty());
        m_joinCode = list->item(0, 0)->text();
        QCOMPARE(m_joinCode.size(), 6);
        QCOMPARE(list->item(0, 2)->text(), u"waiting for players"_s);
        // The game's live view: one team, the short demo's 12 weeks, nobody seated yet.
        QTRY_COMPARE(beer()->gameId(), m_gameId);
        QCOMPARE(beer()->table()->model()->rowCount(), 1);
        QCOMPARE(beer()->view().value(u"config"_s).toObject().value(u"weeks"_s).toInt(), 12);
        QVERIFY(beer()->startButton()->isVisible());
        QVERIFY(!beer()->advanceButton()->isEnabled());
    }

    void playersAppear()
    {
        const QStringList roles{u"retailer"_s, u"wholesaler"_s, u"distributor"_s, u"factory"_s};
        const QStringList names{u"Ada"_s, u"Bo"_s, u"Cy"_s, u"Dee"_s};
        for (int i = 0; i < 4; ++i) {
            const HttpReply joined = m_http->post(u"/api/games/join"_s, {{u"joinCode"_s, m_joinCode},
                                                                        {u"name"_s, names[i]},
                                                                        {u"team"_s, 1},
                                                                        {u"role"_s, roles[i]}});
            QCOMPARE(joined.status, 200);
            auto ws = std::make_unique<WsClient>(m_host->wsUrl());
            QVERIFY(ws->waitConnected());
            QCOMPARE(ws->request(u"auth"_s, {{u"token"_s, joined.json.value(u"token"_s)}}).value(u"type"_s).toString(),
                     u"ok"_s);
            m_players[roles[i]] = std::move(ws);
        }
        // The Games view names every seat's player; the sessions table lists each connection.
        QTRY_VERIFY(cell(0, ui::BeerTeamsModel::Retailer).startsWith(u"Ada"_s));
        QVERIFY(cell(0, ui::BeerTeamsModel::Factory).startsWith(u"Dee"_s));
        QVERIFY(cell(0, ui::BeerTeamsModel::Retailer).contains(u"stock 12"_s));
        m_window->showArea(ui::MainWindow::Sessions);
        QTRY_VERIFY(sessionRowOf(u"Dee"_s) >= 0);
        for (const QString &n : names)
            QVERIFY2(sessionRowOf(n) >= 0, qPrintable(n));
        QTableWidget *t = m_window->sessionsPage()->table();
        QCOMPARE(t->item(sessionRowOf(u"Bo"_s), ui::SessionsPage::Role)->text(), u"team 1, wholesaler"_s);
        QCOMPARE(t->item(sessionRowOf(u"Bo"_s), ui::SessionsPage::Address)->text(), u"127.0.0.1"_s);
        // A game by the join code the facilitator knows, not by its internal id.
        QCOMPARE(t->item(sessionRowOf(u"Bo"_s), ui::SessionsPage::Game)->text(), m_joinCode);
        // Each header reads whole: its column is at least as wide as the header's text.
        for (int c = 0; c < ui::SessionsPage::State; ++c) {
            const QString header = t->horizontalHeaderItem(c)->text();
            QVERIFY2(t->columnWidth(c) >= t->horizontalHeader()->fontMetrics().horizontalAdvance(header), qPrintable(header));
        }
        screenshot(m_window.get(), u"console-sessions.png"_s);
        m_window->showArea(ui::MainWindow::Games);
    }

    void startOrderAndAdvance()
    {
        beer()->startButton()->click();
        QTRY_VERIFY(beer()->advanceButton()->isEnabled());
        QCOMPARE(cell(0, ui::BeerTeamsModel::Week), u"1"_s);
        // Two players order; the view marks them, the others are still awaited.
        for (const auto &[role, qty] : {std::pair{u"retailer"_s, 7}, std::pair{u"wholesaler"_s, 5}}) {
            const QJsonObject reply = m_players[role]->request(u"order.place"_s, {{u"quantity"_s, qty}});
            QCOMPARE(reply.value(u"type"_s).toString(), u"ok"_s);
        }
        QTRY_VERIFY(cell(0, ui::BeerTeamsModel::Retailer).contains(u"✓"_s));
        QVERIFY(cell(0, ui::BeerTeamsModel::Distributor).contains(u"…"_s));
        screenshot(m_window.get(), u"console-games.png"_s);

        // The seat actions are a visible button for the selected seat, not only a right-click:
        // hand the factory to a bot, which then reads as a bot that is ready, and give it back.
        QVERIFY(!beer()->seatButton()->isEnabled());
        beer()->table()->setCurrentIndex(beer()->table()->model()->index(0, ui::BeerTeamsModel::Factory));
        QVERIFY(beer()->seatButton()->isEnabled());
        const auto seatAction = [this](const QString &startsWith) -> QAction * {
            QMenu *menu = beer()->seatButton()->menu();
            emit menu->aboutToShow();
            for (QAction *a : menu->actions()) {
                if (a->text().startsWith(startsWith))
                    return a;
            }
            return nullptr;
        };
        QAction *toBot = seatAction(u"Hand to a bot (bot: a typical player)"_s);
        QVERIFY(toBot);
        toBot->trigger();
        QTRY_VERIFY(cell(0, ui::BeerTeamsModel::Factory).startsWith(u"Dee (bot: a typical player)  ✓ ready"_s));
        QAction *back = seatAction(u"Give the seat back to Dee"_s);
        QVERIFY(back);
        back->trigger();
        QTRY_VERIFY(cell(0, ui::BeerTeamsModel::Factory).startsWith(u"Dee  … waiting"_s));

        // Advance asks first and says that bots order; with team 1 selected it offers that team alone.
        QString asked;
        QStringList offered;
        QTimer::singleShot(0, this, [&] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            asked = box->text();
            for (QAbstractButton *b : box->buttons())
                offered << b->text();
            for (QAbstractButton *b : box->buttons()) {
                if (b->text() == u"Advance team 1 only"_s)
                    b->click();
            }
        });
        beer()->advanceButton()->click();
        QVERIFY2(asked.contains(u"bots order"_s), qPrintable(asked));
        QVERIFY2(offered.contains(u"Advance every team"_s) && offered.contains(u"Advance team 1 only"_s),
                 qPrintable(offered.join(u", ")));
        // Week 1 resolves for the team: bots order for the two who did not.
        QTRY_COMPARE(cell(0, ui::BeerTeamsModel::Week), u"2"_s);
        QVERIFY(beer()->message().isEmpty());
        QTRY_COMPARE(games()->gamesTable()->item(0, 3)->text(), u"2 of 12"_s);
    }

    void exportCsvHoldsTheWeek()
    {
        const QString file = m_tmp.filePath(u"game.csv"_s);
        QSignalSpy done(beer(), &ui::BeerGameView::commandDone);
        beer()->exportCsv(file);
        QTRY_VERIFY(QFile::exists(file));
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(f.readAll()).split(u'\n', Qt::SkipEmptyParts);
        QVERIFY(lines.size() >= 5); // a header and week 1's four roles
        const QStringList header = lines.first().split(u',');
        const auto col = [&](const QString &name) { return header.indexOf(name); };
        QVERIFY2(col(u"order"_s) >= 0 && col(u"inventory"_s) >= 0 && col(u"role"_s) >= 0, qPrintable(lines.first()));
        bool retailer = false;
        for (const QString &line : lines.mid(1)) {
            const QStringList v = line.split(u',');
            if (v.value(col(u"role"_s)) != u"retailer" || v.value(col(u"week"_s)) != u"1")
                continue;
            retailer = true;
            // Week 1: 12 in stock, 4 arrive, 4 demanded and shipped; Ada ordered 7.
            QCOMPARE(v.value(col(u"inventory"_s)).toInt(), 12);
            QCOMPARE(v.value(col(u"order"_s)).toInt(), 7);
        }
        QVERIFY(retailer);
    }

    void joinCardShowsCodeAndQr()
    {
        ui::JoinCard *card = games()->showJoinCard(m_gameId);
        QVERIFY(card);
        QCOMPARE(card->codeText(), m_joinCode);
        QVERIFY(card->addressText().contains(m_host->httpUrl().host()));
        const auto labels = card->findChildren<QLabel *>();
        QVERIFY(std::any_of(labels.begin(), labels.end(), [](QLabel *l) { return !l->pixmap().isNull(); }));
        card->resize(1280, 720);
        screenshot(card, u"console-join-card.png"_s);
        card->close();
    }

    void kickDisconnectsThePlayer()
    {
        m_window->showArea(ui::MainWindow::Sessions);
        QTRY_VERIFY(sessionRowOf(u"Cy"_s) >= 0);
        QSignalSpy kicked(m_window->sessionsPage(), &ui::SessionsPage::kicked);
        m_window->sessionsPage()->kickRow(sessionRowOf(u"Cy"_s));
        QTRY_COMPARE(kicked.size(), 1);
        QCOMPARE(kicked.at(0).at(1).toBool(), true);
        QVERIFY(m_players[u"distributor"_s]->waitDisconnected());
        QCOMPARE(int(m_players[u"distributor"_s]->closeCode()), 4001);
        QTRY_COMPARE(sessionRowOf(u"Cy"_s), -1);
        QVERIFY(sessionRowOf(u"Dee"_s) >= 0);
        // The audit trail keeps who did it.
        const HttpReply audit = m_http->get(u"/api/audit?limit=20"_s, m_http->signIn(QString::fromLatin1(TestHost::Password)));
        QVERIFY(QJsonDocument(audit.json).toJson().contains("session.kick"));
        m_window->showArea(ui::MainWindow::Games);
    }

    void messagesReachPlayers()
    {
        m_window->showArea(ui::MainWindow::Sessions);
        ui::SessionsPage *page = m_window->sessionsPage();
        QTRY_VERIFY(sessionRowOf(u"Ada"_s) >= 0);
        QSignalSpy sent(page, &ui::SessionsPage::messageSent);
        const auto noticeCount = [](WsClient &ws) {
            int n = 0;
            for (const QJsonObject &m : ws.received())
                n += m.value(u"type"_s).toString() == u"notice"_s;
            return n;
        };
        // To everyone: every signed-in connection, the console's own included.
        page->messageEdit()->setText(u"Five minutes left"_s);
        page->sendMessage(0, page->messageEdit()->text());
        QTRY_COMPARE(sent.size(), 1);
        QVERIFY(sent.at(0).at(1).toBool());
        QVERIFY(sent.at(0).at(0).toInt() >= 3); // Ada, Bo and Dee are still connected
        QVERIFY(page->messageEdit()->text().isEmpty());
        const QJsonObject notice = m_players[u"retailer"_s]->waitFor(
            [](const QJsonObject &m) { return m.value(u"type"_s).toString() == u"notice"_s; });
        QCOMPARE(notice.value(u"data"_s).toObject().value(u"text"_s).toString(), u"Five minutes left"_s);
        QTRY_COMPARE(noticeCount(*m_players[u"factory"_s]), 1);
        // To one: only Dee hears it.
        page->sendMessage(page->sessionIdAt(sessionRowOf(u"Dee"_s)), u"Dee, please order"_s);
        QTRY_COMPARE(sent.size(), 2);
        QCOMPARE(sent.at(1).at(0).toInt(), 1);
        QTRY_COMPARE(noticeCount(*m_players[u"factory"_s]), 2);
        QTest::qWait(200);
        QCOMPARE(noticeCount(*m_players[u"retailer"_s]), 1);
        m_window->showArea(ui::MainWindow::Games);
    }

    void roundsTableFromTheForm()
    {
        // A rounds table next to the Beer Game: its own view, live, with the results as they come.
        ui::NewGameDialog *form = games()->newGame();
        form->kindBox()->setCurrentIndex(form->kindBox()->findData(u"rounds"_s));
        QCOMPARE(form->config().value(u"periodMs"_s).toInt(), 10000);
        form->findChild<QSpinBox *>(u"periodSeconds"_s)->setValue(5);
        form->accept();
        QTableWidget *list = games()->gamesTable();
        QTRY_COMPARE(list->rowCount(), 2);
        auto *rounds = qobject_cast<ui::RoundsView *>(games()->viewFor(u"rounds"_s));
        QTRY_COMPARE(rounds->view().value(u"kind"_s).toString(), u"rounds"_s);
        QCOMPARE(rounds->view().value(u"table"_s).toObject().value(u"periodMs"_s).toInt(), 5000);
        int row = list->item(0, 1)->text() == u"Rounds table"_s ? 0 : 1;
        QCOMPARE(list->item(row, 1)->text(), u"Rounds table"_s);
        // A round opens, takes bets for a while, then settles and shows up with its number.
        QTRY_VERIFY_WITH_TIMEOUT(rounds->countdownText().endsWith(u" s"_s), 10000);
        QVERIFY(rounds->roundLabel()->text().contains(u"taking bets"_s));
        QCOMPARE(rounds->exposureTable()->rowCount(), 4);
        QTRY_VERIFY_WITH_TIMEOUT(rounds->recentTable()->rowCount() >= 1, 15000);
        const int number = rounds->recentTable()->item(0, 1)->text().toInt();
        QVERIFY(number >= 0 && number <= 99);
        QCOMPARE(rounds->recentTable()->item(0, 5)->text(), u"revealed, off chain"_s);
        QTRY_VERIFY(list->item(row, 3)->text().startsWith(u"round "_s));
        screenshot(m_window.get(), u"console-rounds.png"_s);
    }

    void settingsSaveAndChangeThePassword()
    {
        ui::SettingsDialog *dialog = m_window->openSettings();
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->secretsExplanation()->text().contains(u"0600"_s));
        // A node address that is not one is refused before anything is saved.
        dialog->setChainMode(ui::ConsoleSettings::Chain::Rpc);
        dialog->rpcEdit()->setText(u"not a node"_s);
        QVERIFY(!dialog->problem().isEmpty());
        dialog->rpcEdit()->setText(u"http://192.168.1.30:8545"_s);
        dialog->portBox()->setValue(9090);
        dialog->languageBox()->setCurrentIndex(dialog->languageBox()->findData(u"de"_s));
        QCOMPARE(dialog->problem(), QString());

        // The password changes on the host at once; a wrong current one changes nothing.
        QSignalSpy changed(dialog, &ui::SettingsDialog::passwordChanged);
        dialog->currentPasswordEdit()->setText(u"not it"_s);
        dialog->newPasswordEdit()->setText(u"a-new-password"_s);
        dialog->repeatPasswordEdit()->setText(u"a-new-password"_s);
        dialog->changePassword();
        QTRY_COMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toBool(), false);
        QCOMPARE(dialog->passwordMessage()->text(), u"The current password is wrong."_s);
        dialog->currentPasswordEdit()->setText(QString::fromLatin1(TestHost::Password));
        dialog->changePassword();
        QTRY_COMPARE(changed.size(), 2);
        QVERIFY2(changed.at(1).at(0).toBool(), qPrintable(dialog->passwordMessage()->text()));
        QVERIFY(m_http->signIn(QString::fromLatin1(TestHost::Password)).isEmpty());
        QVERIFY(!m_http->signIn(u"a-new-password"_s).isEmpty());
        screenshot(dialog, u"console-settings.png"_s);

        dialog->accept();
        const ui::ConsoleSettings saved = ui::ConsoleSettings::load();
        QCOMPARE(saved.port, 9090);
        QCOMPARE(saved.chain, ui::ConsoleSettings::Chain::Rpc);
        QCOMPARE(saved.language, u"de"_s);
        QCOMPARE(saved.hostDefaults().value(u"chain-rpc"_s), u"http://192.168.1.30:8545"_s);
        QCOMPARE(saved.hostDefaults().value(u"port"_s), u"9090"_s);
    }

    void localConsoleSetsThePasswordWithoutTheOldOne()
    {
        // The console runs the host: the password this first start made is on screen (a
        // console from the desktop menu has no terminal), and Settings sets a new one without
        // the old one, which nobody may remember.
        m_window->setLocalPasswordSetter([this](const QString &next) {
            const Status set = m_host->runtime().setFacilitatorPasswordLocally(next);
            return set ? QString() : set.error().message;
        });
        m_window->showGeneratedPassword(u"Qm9vLWJh"_s);
        QVERIFY(m_window->passwordBar()->isVisible());
        QVERIFY(m_window->passwordBar()->findChild<QLabel *>(u"passwordText"_s)->text().contains(u"Qm9vLWJh"_s));
        ui::SettingsDialog *dialog = m_window->openSettings();
        QVERIFY(!dialog->asksCurrentPassword());
        QVERIFY(!dialog->currentPasswordEdit()->isVisible());
        // The port the host really listens on, whatever the setting says.
        QCOMPARE(dialog->listeningLabel()->text(), u"port %1"_s.arg(m_host->runtime().port()));
        QSignalSpy changed(dialog, &ui::SettingsDialog::passwordChanged);
        dialog->newPasswordEdit()->setText(u"short"_s);
        dialog->repeatPasswordEdit()->setText(u"short"_s);
        dialog->changePassword();
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toBool(), false);
        dialog->newPasswordEdit()->setText(u"chosen-on-this-computer"_s);
        dialog->repeatPasswordEdit()->setText(u"chosen-on-this-computer"_s);
        dialog->changePassword();
        QCOMPARE(changed.size(), 2);
        QVERIFY2(changed.at(1).at(0).toBool(), qPrintable(dialog->passwordMessage()->text()));
        QVERIFY(!m_window->passwordBar()->isVisible());
        const QString token = m_http->signIn(u"chosen-on-this-computer"_s);
        QVERIFY(!token.isEmpty());
        const QJsonArray audit = m_http->get(u"/api/audit?limit=5"_s, token).json.value(u"entries"_s).toArray();
        bool audited = false;
        for (const QJsonValue &e : audit)
            audited = audited || e.toObject().value(u"action"_s).toString() == u"password.set"_s;
        QVERIFY(audited);
        dialog->reject();
        m_window->setLocalPasswordSetter({});
    }

    void banKeepsAPlayerOut()
    {
        m_window->showArea(ui::MainWindow::Sessions);
        ui::SessionsPage *page = m_window->sessionsPage();
        QTRY_VERIFY(sessionRowOf(u"Bo"_s) >= 0);
        QSignalSpy banned(page, &ui::SessionsPage::banned);
        // Everybody here comes from 127.0.0.1: the host's own address is refused, nobody leaves.
        page->banRow(sessionRowOf(u"Bo"_s), true, 10);
        QTRY_COMPARE(banned.size(), 1);
        QCOMPARE(banned.at(0).at(0).toBool(), false);
        QVERIFY(m_window->sessionsPage()->message().contains(u"own address"_s));
        QVERIFY(m_players[u"wholesaler"_s]->isConnected());
        // By name: Bo is disconnected (close code 4003) and cannot join again, in any case.
        page->banRow(sessionRowOf(u"Bo"_s), false, 10);
        QTRY_COMPARE(banned.size(), 2);
        QCOMPARE(banned.at(1).at(0).toBool(), true);
        QCOMPARE(banned.at(1).at(1).toInt(), 1);
        QVERIFY(m_players[u"wholesaler"_s]->waitDisconnected());
        QCOMPARE(int(m_players[u"wholesaler"_s]->closeCode()), 4003);
        QTRY_COMPARE(sessionRowOf(u"Bo"_s), -1);
        const HttpReply again = m_http->post(u"/api/games/join"_s, {{u"joinCode"_s, m_joinCode}, {u"name"_s, u"BO"_s},
                                                                  {u"team"_s, 1}, {u"role"_s, u"wholesaler"_s}});
        QCOMPARE(again.status, 403);
        QCOMPARE(again.errorCode(), u"BANNED"_s);
        // The ban is listed, and lifted.
        const QString token = m_http->signIn(u"chosen-on-this-computer"_s);
        const HttpReply list = m_http->get(u"/api/sessions/bans"_s, token);
        QCOMPARE(list.json.value(u"bans"_s).toArray().size(), 1);
        QCOMPARE(list.json.value(u"bans"_s).toArray().at(0).toObject().value(u"name"_s).toString(), u"Bo"_s);
        QCOMPARE(m_http->post(u"/api/sessions/unban"_s, {{u"name"_s, u"bo"_s}}, token).status, 200);
        QCOMPARE(m_http->get(u"/api/sessions/bans"_s, token).json.value(u"bans"_s).toArray().size(), 0);
        m_window->showArea(ui::MainWindow::Games);
    }

    void pauseResumeAndDelete()
    {
        QTableWidget *list = games()->gamesTable();
        QCOMPARE(list->rowCount(), 2);
        auto rowOf = [list](const QString &kind) {
            for (int r = 0; r < list->rowCount(); ++r) {
                if (list->item(r, 1)->text() == kind)
                    return r;
            }
            return -1;
        };
        // The Beer Game runs: it may be paused, not deleted; the host says why if asked anyway.
        games()->select(m_gameId);
        QTRY_VERIFY(games()->pauseButton()->isEnabled());
        QCOMPARE(games()->pauseButton()->text(), u"&Pause"_s);
        QVERIFY(!games()->deleteButton()->isEnabled());
        games()->deleteSelected(true);
        QTRY_VERIFY(games()->message().contains(u"running"_s));
        games()->pauseButton()->click();
        QTRY_COMPARE(list->item(rowOf(u"Beer Game"_s), 2)->text(), u"paused"_s);
        QTRY_COMPARE(games()->pauseButton()->text(), u"&Resume"_s);
        QTRY_VERIFY(beer()->statusLabel()->text().startsWith(u"Paused"_s));
        QVERIFY(!beer()->advanceButton()->isEnabled());
        QVERIFY(games()->deleteButton()->isEnabled());
        const QJsonObject refused = m_players[u"retailer"_s]->request(u"order.place"_s, {{u"quantity"_s, 3}});
        QCOMPARE(refused.value(u"code"_s).toString(), u"GAME_PAUSED"_s);
        games()->pauseButton()->click();
        QTRY_COMPARE(list->item(rowOf(u"Beer Game"_s), 2)->text(), u"running"_s);
        QCOMPARE(m_players[u"retailer"_s]->request(u"order.place"_s, {{u"quantity"_s, 3}}).value(u"type"_s).toString(),
                 u"ok"_s);

        // The rounds table took no bets: paused, it can be deleted, and the list moves on to the Beer Game.
        const QString table = list->item(rowOf(u"Rounds table"_s), 0)->data(Qt::UserRole).toString();
        games()->select(table);
        QTRY_VERIFY(games()->pauseButton()->isEnabled());
        games()->pauseButton()->click();
        QTRY_COMPARE(list->item(rowOf(u"Rounds table"_s), 2)->text(), u"paused"_s);
        QTRY_VERIFY_WITH_TIMEOUT(qobject_cast<ui::RoundsView *>(games()->viewFor(u"rounds"_s))->roundLabel()->text().startsWith(u"Paused"_s), 10000);
        QTRY_VERIFY(games()->deleteButton()->isEnabled());
        games()->deleteSelected(true);
        QTRY_COMPARE(list->rowCount(), 1);
        QCOMPARE(list->item(0, 1)->text(), u"Beer Game"_s);
        QTRY_COMPARE(games()->selectedGame(), m_gameId);
        QTRY_COMPARE(beer()->gameId(), m_gameId);
        QVERIFY(games()->message().isEmpty());
        const HttpReply gone = m_http->get(u"/api/games/"_s + table, m_host->runtime().auth().issueFacilitatorToken());
        QCOMPARE(gone.errorCode(), u"GAME_NOT_FOUND"_s);
    }

    void quittingWithPlayersAsksFirst()
    {
        // Players are connected: closing the console (Ctrl+Q or the window's close button)
        // would stop the host under them, so it asks; Cancel keeps everything running.
        QVERIFY(m_window->playersOnline() > 0);
        m_window->setStopsHostOnQuit(true);
        QString asked;
        QTimer::singleShot(0, this, [&asked] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            asked = box->text();
            box->button(QMessageBox::Cancel)->click();
        });
        QVERIFY(!m_window->close());
        QVERIFY2(asked.contains(u"connected to this host"_s), qPrintable(asked));
        QVERIFY(m_window->isVisible());
        // A console attached to a host elsewhere stops nothing by quitting: no question.
        m_window->setStopsHostOnQuit(false);
        QVERIFY(m_window->close());
        m_window->show();
    }

    void cleanupTestCase()
    {
        m_players.clear();
        m_client->detach();
        m_window.reset();
        m_client.reset();
        m_host.reset();
    }
};

QTEST_MAIN(TestConsole)
#include "tst_console.moc"
