// SPDX-License-Identifier: GPL-3.0-or-later
// The console in a real X window (run under Xvfb by ctest): a live four-team Beer Game with
// sixteen players on WebSockets, three weeks in, and a screenshot of every dashboard taken from
// the screen, saved to $STEWARD_SCREENSHOT_DIR (default ./screenshots).
#include "RealParts.h"
#include "HttpClient.h"
#include "ScreenshotDir.h"
#include "TestHost.h"
#include "WsClient.h"
#include "server/auth/Authenticator.h"
#include "server/client/HostClient.h"
#include "ui/games/beer/BeerGameView.h"
#include "ui/games/beer/BeerTeamsModel.h"
#include "ui/games/GamesPage.h"
#include "ui/shell/MainWindow.h"
#include "server/store/Database.h"

#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QScreen>
#include <QTableView>
#include <QTest>

using namespace steward;
using namespace Qt::StringLiterals;

class TestScreenshots : public QObject
{
    Q_OBJECT
    std::unique_ptr<TestHost> m_host;
    std::unique_ptr<client::HostClient> m_client;
    std::unique_ptr<ui::MainWindow> m_window;
    std::vector<std::unique_ptr<WsClient>> m_players;

private slots:
    void initTestCase()
    {
        STEWARD_NEEDS(QGuiApplication::platformName() == u"xcb", "needs a real X display (ctest runs this under xvfb-run)");
        m_host = std::make_unique<TestHost>();
        QVERIFY2(m_host->ok(), qPrintable(m_host->error()));
        m_client = std::make_unique<client::HostClient>();
        m_client->setPollIntervalMs(200);
        m_window = std::make_unique<ui::MainWindow>(*m_client);
        m_window->setHostFacts(QUrl(u"http://192.168.1.20:8080/"_s), m_host->runtime().database().description());
        m_client->attach(m_host->httpUrl(), m_host->runtime().auth().issueFacilitatorToken());
        m_window->resize(1280, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QTRY_VERIFY_WITH_TIMEOUT(m_client->isLive(), 5000);
    }

    void liveFourTeamGame()
    {
        HttpClient http(m_host->httpUrl());
        const QString token = http.signIn(QString::fromLatin1(TestHost::Password));
        const HttpReply created = http.post(
            u"/api/games/create"_s, {{u"kind"_s, u"beer"_s}, {u"config"_s, QJsonObject{{u"teams"_s, 4}}}}, token);
        QCOMPARE(created.status, 200);
        const QString gameId = created.json.value(u"gameId"_s).toString();
        const QString code = created.json.value(u"joinCode"_s).toString();
        const QStringList roles{u"retailer"_s, u"wholesaler"_s, u"distributor"_s, u"factory"_s};
        const QStringList names{u"Ada"_s, u"Ben"_s, u"Cleo"_s, u"Dev"_s, u"Ema"_s, u"Finn"_s, u"Gia"_s, u"Hugo"_s,
                                u"Ines"_s, u"Jon"_s, u"Kai"_s, u"Lea"_s, u"Milo"_s, u"Nia"_s, u"Omar"_s, u"Pia"_s};
        for (int i = 0; i < 16; ++i) {
            const HttpReply joined = http.post(u"/api/games/join"_s, {{u"joinCode"_s, code}, {u"name"_s, names[i]},
                                                                     {u"team"_s, 1 + i / 4}, {u"role"_s, roles[i % 4]}});
            QCOMPARE(joined.status, 200);
            auto ws = std::make_unique<WsClient>(m_host->wsUrl());
            QVERIFY(ws->waitConnected());
            QCOMPARE(ws->request(u"auth"_s, {{u"token"_s, joined.json.value(u"token"_s)}}).value(u"type"_s).toString(),
                     u"ok"_s);
            m_players.push_back(std::move(ws));
        }
        QCOMPARE(http.post(u"/api/games/start"_s, {{u"gameId"_s, gameId}}, token).status, 200);
        // Three weeks in which every player orders; in the fourth, only some have so far.
        for (int week = 1; week <= 4; ++week) {
            for (int i = 0; i < 16; ++i) {
                if (week == 4 && i % 3 == 0)
                    continue;
                const QJsonObject ok = m_players[size_t(i)]->request(u"order.place"_s, {{u"quantity"_s, 4 + (i + week) % 5}});
                QCOMPARE(ok.value(u"type"_s).toString(), u"ok"_s);
            }
        }
        auto *view = qobject_cast<ui::BeerGameView *>(m_window->gamesPage()->viewFor(u"beer"_s));
        QTRY_COMPARE(view->table()->model()->rowCount(), 4);
        QTRY_COMPARE(view->table()->model()->index(3, ui::BeerTeamsModel::Week).data().toString(), u"4"_s);
    }

    void everyDashboard()
    {
        const QString dir = screenshotDir();
        for (int a = 0; a < ui::MainWindow::AreaCount; ++a) {
            m_window->showArea(ui::MainWindow::Area(a));
            QTest::qWait(700); // a poll or two, and the paint
            const QImage shot = m_window->screen()->grabWindow(m_window->winId()).toImage();
            QVERIFY(!shot.isNull());
            QCOMPARE(shot.size(), m_window->size() * m_window->devicePixelRatio());
            // Something was drawn: a blank or single-colour grab would mean the window was not there.
            QVERIFY(shot.pixel(10, 10) != shot.pixel(shot.width() / 2, shot.height() / 2) ||
                    shot.pixel(shot.width() / 3, 60) != shot.pixel(shot.width() - 20, shot.height() - 20));
            const QString name = u"xvfb-%1-%2.png"_s.arg(a + 1).arg(ui::MainWindow::areaId(ui::MainWindow::Area(a)));
            QVERIFY(shot.save(QDir(dir).filePath(name)));
        }
    }

    void cleanupTestCase()
    {
        m_players.clear();
        if (m_client)
            m_client->detach();
        m_window.reset();
        m_client.reset();
        m_host.reset();
    }
};

QTEST_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
