// SPDX-License-Identifier: GPL-3.0-or-later
// Sovereign Lines in the console (ui/games/sovereign/), against a real host in process whose
// clock the test turns: the new-game form's exact settings, the palette against the players'
// pages' (resources/web/sovereign/palette.js), the games list's texts, the map painting the
// starts in their players' palette colours (checked pixel by pixel), a live eight-player match on
// the Games dashboard, paused, resumed and ended from the console with the standings shown, a
// player who sends what only a modified client sends marked in the match's players with the
// host's evidence, the replay viewer showing at a chosen second exactly the owners of the host's
// replay frames (pixel by pixel) and the standings then, and its land and troops charts on
// Analytics with the PNG and CSV exports. It leaves console-sovereign*.png with the other
// screenshots ($STEWARD_SCREENSHOT_DIR, default ./screenshots).
#include "HttpClient.h"
#include "ManualClock.h"
#include "ScreenshotDir.h"
#include "TestHost.h"
#include "WsClient.h"
#include "server/auth/Authenticator.h"
#include "server/client/HostClient.h"
#include "server/core/GameHost.h"
#include "server/games/sovereign/SovereignConfig.h"
#include "server/store/Database.h"
#include "ui/analytics/AnalyticsPage.h"
#include "ui/games/ConsoleKindRegistry.h"
#include "ui/games/GamesPage.h"
#include "ui/games/sovereign/SovereignAnalytics.h"
#include "ui/games/sovereign/SovereignGameForm.h"
#include "ui/games/sovereign/SovereignLandChart.h"
#include "ui/games/sovereign/SovereignMapWidget.h"
#include "ui/games/sovereign/SovereignMatchView.h"
#include "ui/games/sovereign/SovereignPalette.h"
#include "ui/games/sovereign/SovereignPlayersTable.h"
#include "ui/games/sovereign/SovereignReplayView.h"
#include "ui/games/sovereign/SovereignStandingsTable.h"
#include "ui/shell/MainWindow.h"

#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSlider>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QValueAxis>

#include <climits>

using namespace steward;
using namespace Qt::StringLiterals;

namespace {
constexpr int TickMs = 50;
constexpr int TicksPerTurn = 100; // the most ticks the host runs at once: five seconds of a match

struct Seat
{
    QString name;
    QString token;
    std::unique_ptr<WsClient> ws;
};

QJsonObject playerOf(const QJsonObject &view, int player)
{
    return view.value(u"players"_s).toObject().value(QString::number(player)).toObject();
}

int numberOf(const QJsonObject &view, const QString &name)
{
    const QJsonObject players = view.value(u"players"_s).toObject();
    for (auto it = players.begin(); it != players.end(); ++it) {
        if (it.value().toObject().value(u"name"_s).toString() == name)
            return it.key().toInt();
    }
    return -1;
}

int ownerOf(const QJsonObject &view, int region)
{
    return view.value(u"regions"_s).toObject().value(QString::number(region)).toArray().at(0).toInt(-2);
}

// A pixel well inside `region`, away from its label's number and its borders: the centre of
// its hex farthest from the label's, or above the label when the region is one hex.
QPoint insideOf(const ui::SovereignMapWidget &map, int region)
{
    const ui::SovereignMapGeometry &g = map.geometry();
    const auto *r = g.region(region);
    const QPointF label = map.hexCentre(r->q, r->r);
    QPointF best = label - QPointF(0, map.hexRadius() * 0.7);
    double farthest = 0;
    for (int row = 0; row < g.height(); ++row) {
        for (int col = 0; col < g.width(); ++col) {
            if (g.regionOf(col, row) != region)
                continue;
            const QPointF c = map.hexCentre(col, row);
            const double d = QLineF(c, label).length();
            if (d > farthest) {
                farthest = d;
                best = c;
            }
        }
    }
    return best.toPoint();
}

// How many pixels two pictures of one size differ in (all of them if their sizes differ).
qsizetype differingPixels(const QImage &a, const QImage &b)
{
    if (a.size() != b.size())
        return qsizetype(std::max(a.width(), b.width())) * std::max(a.height(), b.height());
    qsizetype n = 0;
    for (int y = 0; y < a.height(); ++y) {
        for (int x = 0; x < a.width(); ++x)
            n += a.pixel(x, y) != b.pixel(x, y);
    }
    return n;
}

// The first region of a terrain that nobody holds, for its colour on the map.
int neutralOf(const QJsonObject &view, const ui::SovereignMapGeometry &g, const QString &terrain)
{
    for (int id = 0; id < int(g.regions().size()); ++id) {
        if (g.regions()[std::size_t(id)].terrain == terrain && (terrain == u"water" || ownerOf(view, id) == -1))
            return id;
    }
    return -1;
}
} // namespace

class TestSovereignConsole : public QObject
{
    Q_OBJECT
    ManualClock m_clock; // outlives the host
    std::unique_ptr<TestHost> m_host;
    std::unique_ptr<HttpClient> m_http;
    std::unique_ptr<client::HostClient> m_client;
    std::unique_ptr<ui::MainWindow> m_window;
    QString m_admin;
    QString m_matchId; // the eight-player match
    std::vector<Seat> m_seats;

    ui::GamesPage *games() { return m_window->gamesPage(); }
    ui::SovereignMatchView *matchView()
    {
        return qobject_cast<ui::SovereignMatchView *>(games()->viewFor(u"sovereign"_s));
    }

    // A match of seed 7's map (tst_sovereignrules: 4 borders 29, and 9 is apart from both).
    QString createMatch(const QJsonObject &config)
    {
        QJsonObject c = config;
        c.insert(u"mapSeed"_s, 7);
        const HttpReply created = m_http->post(u"/api/games/create"_s, {{u"kind"_s, u"sovereign"_s}, {u"config"_s, c}}, m_admin);
        if (created.status != 200)
            qWarning() << created.json;
        return created.json.value(u"gameId"_s).toString();
    }

    // Joins over REST and signs in on a WebSocket, as a player's page does.
    bool join(const QString &gameId, const QString &name, Seat &seat)
    {
        const HttpReply g = m_http->get(u"/api/games/"_s + gameId, m_admin);
        const HttpReply joined = m_http->post(u"/api/games/join"_s, {{u"joinCode"_s, g.json.value(u"joinCode"_s)}, {u"name"_s, name}});
        if (joined.status != 200)
            return false;
        seat.name = name;
        seat.token = joined.json.value(u"token"_s).toString();
        seat.ws = std::make_unique<WsClient>(m_host->wsUrl());
        return seat.ws->waitConnected()
               && seat.ws->request(u"auth"_s, {{u"token"_s, seat.token}}).value(u"type"_s).toString() == u"ok";
    }

    QString pick(Seat &seat, int region)
    {
        return seat.ws->request(u"sovereign.pick"_s, {{u"region"_s, region}}).value(u"type"_s).toString();
    }

    // Five seconds of every match on the host, run at once on the test's clock.
    void playFiveSeconds()
    {
        m_clock.now += TicksPerTurn * TickMs;
        m_host->runtime().games().runTicks();
        QCoreApplication::processEvents();
    }

    void screenshot(QWidget *w, const QString &name)
    {
        QVERIFY(w->grab().save(QDir(screenshotDir()).filePath(name)));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // the console's settings go to a test folder
        m_host = std::make_unique<TestHost>([](GameRegistry &) {}, &m_clock);
        QVERIFY2(m_host->ok(), qPrintable(m_host->error()));
        m_http = std::make_unique<HttpClient>(m_host->httpUrl());
        m_admin = m_http->signIn(QString::fromLatin1(TestHost::Password));
        QVERIFY(!m_admin.isEmpty());
        m_client = std::make_unique<client::HostClient>();
        m_client->setPollIntervalMs(100);
        m_window = std::make_unique<ui::MainWindow>(*m_client);
        m_window->setHostFacts(m_host->httpUrl(), m_host->runtime().database().description());
        m_window->resize(1440, 900);
        m_client->attach(m_host->httpUrl(), m_host->runtime().auth().issueFacilitatorToken());
        m_window->show();
        QTRY_VERIFY_WITH_TIMEOUT(m_client->isLive(), 5000);
    }

    void theFormSendsExactlyTheChosenSettings()
    {
        ui::SovereignGameForm form;
        QCOMPARE(form.config(), (QJsonObject{{u"mapSize"_s, u"small"_s}, {u"slots"_s, 8}, {u"fillWithBots"_s, true},
                                             {u"botStrength"_s, u"mixed"_s}, {u"minutes"_s, 15}}));
        QVERIFY(form.validate().isEmpty());
        QCOMPARE(form.slotsBox()->maximum(), 8);

        // A large map offers up to 60 places; back on a small one the places shrink to its 8.
        form.mapSizeBox()->setCurrentIndex(form.mapSizeBox()->findData(u"large"_s));
        QCOMPARE(form.slotsBox()->maximum(), 60);
        form.slotsBox()->setValue(40);
        form.fillWithBotsBox()->setChecked(false);
        form.botStrengthBox()->setCurrentIndex(form.botStrengthBox()->findData(u"hard"_s));
        form.minutesBox()->setValue(25);
        const QJsonObject large{{u"mapSize"_s, u"large"_s}, {u"slots"_s, 40}, {u"fillWithBots"_s, false},
                                {u"botStrength"_s, u"hard"_s}, {u"minutes"_s, 25}};
        QCOMPARE(form.config(), large);
        QVERIFY(form.summary().contains(u"40"_s));
        QVERIFY(form.summary().contains(u"25 minutes"_s));
        // The host reads it as the same settings, with its own tick.
        const auto parsed = sovereign::SovereignConfig::fromJson(form.config());
        QVERIFY(parsed.ok());
        QJsonObject expected = large;
        expected.insert(u"tickMs"_s, 50);
        QCOMPARE(parsed->toJson(), expected);

        form.mapSizeBox()->setCurrentIndex(form.mapSizeBox()->findData(u"small"_s));
        QCOMPARE(form.slotsBox()->value(), 8);
        form.minutesBox()->setValue(2); // below the host's three minutes: the box stops there
        QCOMPARE(form.config().value(u"minutes"_s).toInt(), 3);
        form.mapSizeBox()->setCurrentIndex(form.mapSizeBox()->findData(u"huge"_s));
        form.slotsBox()->setValue(100);
        QCOMPARE(form.config().value(u"slots"_s).toInt(), 100);
        QVERIFY(form.validate().isEmpty());
    }

    void thePaletteIsThePlayersPages()
    {
        // The projector (the players' pages) and the console show a player in one colour.
        QFile file(u":/web/sovereign/palette.js"_s);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString js = QString::fromUtf8(file.readAll());
        const QString hues = QRegularExpression(uR"(HUES\s*=\s*\[([^\]]*)\])"_s).match(js).captured(1);
        QStringList listed;
        for (const QRegularExpressionMatch &m : QRegularExpression(uR"('(#[0-9A-Fa-f]{6})')"_s).globalMatch(hues))
            listed << m.captured(1).toLower();
        QCOMPARE(listed.size(), ui::sovereignPalette::HueCount);
        for (int c = 0; c < ui::sovereignPalette::HueCount; ++c) {
            QCOMPARE(ui::sovereignPalette::hue(c).name(), listed[c]);
            QCOMPARE(ui::sovereignPalette::hue(c + ui::sovereignPalette::HueCount).name(), listed[c]); // and its patterned twin
        }
        for (const QString &terrain : {u"plains"_s, u"forest"_s, u"hills"_s, u"mountains"_s, u"water"_s}) {
            const auto m = QRegularExpression(terrain + uR"(:\s*'(#[0-9A-Fa-f]{6})')"_s).match(js);
            QVERIFY2(m.hasMatch(), qPrintable(terrain));
            QCOMPARE(ui::sovereignPalette::terrain(terrain).name(), m.captured(1).toLower());
        }
        // Past the first twelve, a region is patterned over its hue, not a plain fill.
        QCOMPARE(ui::sovereignPalette::fill(3).style(), Qt::SolidPattern);
        QCOMPARE(ui::sovereignPalette::fill(15).style(), Qt::TexturePattern);
    }

    void theGamesListReadsAMatchInWords()
    {
        const ui::ConsoleKind *kind = ui::ConsoleKindRegistry::instance().find(u"sovereign"_s);
        QVERIFY(kind);
        QCOMPARE(kind->displayName(), u"Sovereign Lines"_s);
        QCOMPARE(kind->joinPath(), u"/sovereign"_s);
        QCOMPARE(kind->progressText({{u"status"_s, u"lobby"_s}, {u"minute"_s, 0}}), u"lobby"_s);
        QCOMPARE(kind->progressText({{u"status"_s, u"running"_s}, {u"minute"_s, 2}}), u"minute 3"_s);
        QCOMPARE(kind->progressText({{u"status"_s, u"over"_s}, {u"minute"_s, 15}}), u"over"_s);
        QCOMPARE(kind->teamsText({{u"players"_s, 2}, {u"slots"_s, 8}}), u"2 of 8 players"_s);
        QVERIFY(!kind->pauseNote().isEmpty());
    }

    void theMapPaintsTheStartsInTheirPlayersColours()
    {
        const QString gameId = createMatch({{u"slots"_s, 2}, {u"fillWithBots"_s, true}});
        QVERIFY(!gameId.isEmpty());
        Seat ada;
        QVERIFY(join(gameId, u"Ada"_s, ada));
        QCOMPARE(pick(ada, 4), u"ok"_s);

        // The dashboard shows the match in its own view, from the host's pushes.
        games()->select(gameId);
        QTRY_VERIFY(matchView());
        QTRY_COMPARE(games()->currentView(), static_cast<ui::GameView *>(matchView()));
        ui::SovereignMatchView *view = matchView();
        QTRY_COMPARE(playerOf(view->view(), 0).value(u"start"_s).toInt(), 4);
        QCOMPARE(view->view().value(u"phase"_s).toString(), u"lobby"_s);
        QVERIFY(view->startButton()->isVisible());
        QVERIFY(view->statusLabel()->text().contains(u"1 of 2 places"_s));

        // Start, as the host presses it: the bot takes the other place and a start of its own.
        QTest::mouseClick(view->startButton(), Qt::LeftButton);
        QTRY_COMPARE(view->view().value(u"phase"_s).toString(), u"running"_s);
        QVERIFY(view->message().isEmpty());
        const QJsonObject running = view->view();
        QCOMPARE(ownerOf(running, 4), 0);
        const int botStart = playerOf(running, 1).value(u"start"_s).toInt();
        QCOMPARE(ownerOf(running, botStart), 1);
        QCOMPARE(playerOf(running, 1).value(u"bot"_s).toString(), u"easy"_s);

        // Pixel by pixel: each start in its player's palette colour, neutral land and water by
        // their terrain's.
        ui::SovereignMapWidget *map = view->map();
        QVERIFY(map->hexRadius() > 8);
        const QImage image = map->grab().toImage();
        const auto colourAt = [&](int region) { return QColor(image.pixel(insideOf(*map, region))); };
        QCOMPARE(colourAt(4), ui::sovereignPalette::hue(playerOf(running, 0).value(u"colour"_s).toInt()));
        QCOMPARE(colourAt(4), QColor(0x00, 0x72, 0xb2)); // colour 0: Okabe–Ito blue
        QCOMPARE(colourAt(botStart), QColor(0xe6, 0x9f, 0x00)); // colour 1: orange
        const int plains = neutralOf(running, map->geometry(), u"plains"_s);
        const int water = neutralOf(running, map->geometry(), u"water"_s);
        QVERIFY(plains >= 0 && water >= 0);
        QCOMPARE(colourAt(plains), ui::sovereignPalette::terrain(u"plains"_s));
        QCOMPARE(colourAt(water), ui::sovereignPalette::terrain(u"water"_s));
        QCOMPARE(map->regionAt(insideOf(*map, 4)), 4);

        // Both players are listed, each with 30 troops on their start.
        ui::SovereignPlayersTable *players = view->playersTable();
        QCOMPARE(players->rowCount(), 2);
        QCOMPARE(players->item(0, ui::SovereignPlayersTable::Troops)->text(), u"30"_s);
        QCOMPARE(players->item(1, ui::SovereignPlayersTable::Troops)->text(), u"30"_s);
        screenshot(map, u"console-sovereign-start.png"_s);
    }

    void aLiveMatchOnTheGamesDashboard()
    {
        m_matchId = createMatch({{u"slots"_s, 8}, {u"fillWithBots"_s, true}, {u"botStrength"_s, u"easy"_s}});
        QVERIFY(!m_matchId.isEmpty());
        for (const QString &name : {u"Ada"_s, u"Bo"_s}) {
            Seat seat;
            QVERIFY(join(m_matchId, name, seat));
            m_seats.push_back(std::move(seat));
        }
        QCOMPARE(pick(m_seats[0], 4), u"ok"_s);
        QCOMPARE(pick(m_seats[1], 9), u"ok"_s);
        games()->select(m_matchId);
        QTRY_COMPARE(matchView()->gameId(), m_matchId);
        QTRY_COMPARE(playerOf(matchView()->view(), 1).value(u"start"_s).toInt(), 9);
        screenshot(m_window.get(), u"console-sovereign-lobby.png"_s);

        QTest::mouseClick(matchView()->startButton(), Qt::LeftButton);
        QTRY_COMPARE(matchView()->view().value(u"phase"_s).toString(), u"running"_s);
        // A hundred seconds of play; Ada sends most of her troops into 29 after ten.
        for (int turn = 1; turn <= 20; ++turn) {
            playFiveSeconds();
            if (turn == 2) {
                const QJsonObject sent = m_seats[0].ws->request(u"sovereign.attack"_s, {{u"from"_s, 4}, {u"to"_s, 29}, {u"share"_s, 60}});
                QCOMPARE(sent.value(u"type"_s).toString(), u"ok"_s);
                // The console shows her troops on their way before they arrive.
                QTRY_VERIFY([&] {
                    const QJsonObject marches = matchView()->view().value(u"marches"_s).toObject();
                    for (const QJsonValue &m : marches) {
                        const QJsonArray a = m.toArray();
                        if (a.at(0).toInt() == 0 && a.at(1).toInt() == 4 && a.at(2).toInt() == 29)
                            return true;
                    }
                    return false;
                }());
                screenshot(matchView()->map(), u"console-sovereign-march.png"_s);
            }
        }
        ui::SovereignMatchView *view = matchView();
        QTRY_COMPARE(view->view().value(u"tick"_s).toInt(), 20 * TicksPerTurn);
        QCOMPARE(view->timeLeftText(), u"13:20"_s); // 15 minutes less 100 s
        QCOMPARE(view->statusLabel()->text(), u"Running: minute 2 of 15, 13:20 left"_s);

        // Eight players, most land first, as the host counts it.
        ui::SovereignPlayersTable *players = view->playersTable();
        QCOMPARE(players->rowCount(), 8);
        int previous = INT_MAX;
        for (int r = 0; r < players->rowCount(); ++r) {
            const int hexes = playerOf(view->view(), players->order().at(r)).value(u"hexes"_s).toInt();
            QCOMPARE(players->item(r, ui::SovereignPlayersTable::Hexes)->text(), QLocale().toString(hexes));
            QVERIFY(hexes <= previous);
            previous = hexes;
        }
        // The games list says where the match is.
        QTableWidget *list = games()->gamesTable();
        QTRY_VERIFY([&] {
            for (int r = 0; r < list->rowCount(); ++r) {
                if (list->item(r, 3) && list->item(r, 3)->text() == u"minute 2"_s && list->item(r, 4)->text() == u"2 of 8 players"_s)
                    return true;
            }
            return false;
        }());
        screenshot(m_window.get(), u"console-sovereign.png"_s);

        // Paused from the dashboard, the match says so and its clock waits; resumed, it runs on.
        games()->togglePause();
        QTRY_COMPARE(view->statusLabel()->text(), u"Paused at minute 2 of 15, 13:20 left: nothing moves until you resume."_s);
        QTRY_COMPARE(games()->pauseButton()->text(), u"&Resume"_s);
        games()->togglePause();
        QTRY_COMPARE(view->statusLabel()->text(), u"Running: minute 2 of 15, 13:20 left"_s);
    }

    void aPlayerWhoTampersIsMarkedInTheMatchView()
    {
        ui::SovereignMatchView *view = matchView();
        const QJsonObject now = view->view();
        const int bo = numberOf(now, u"Bo"_s);
        QVERIFY(bo >= 0);
        // From a region Bo holds: to land that does not border it, and into water. The map offers
        // neither; only a modified client sends them.
        const ui::SovereignMapGeometry &g = view->map()->geometry();
        int from = -1;
        for (int id = 0; id < int(g.regions().size()) && from < 0; ++id) {
            if (ownerOf(now, id) == bo)
                from = id;
        }
        QVERIFY2(from >= 0, "Bo holds no region");
        int apart = -1;
        for (int id = 0; id < int(g.regions().size()) && apart < 0; ++id) {
            if (id != from && g.regions()[std::size_t(id)].land() && !g.region(from)->neighbours.contains(id))
                apart = id;
        }
        const int water = neutralOf(now, g, u"water"_s);
        QVERIFY(apart >= 0 && water >= 0);
        Seat &seat = m_seats[1];
        QCOMPARE(seat.ws->request(u"sovereign.attack"_s, {{u"from"_s, from}, {u"to"_s, apart}, {u"share"_s, 50}})
                     .value(u"code"_s)
                     .toString(),
                 u"NOT_NEIGHBOUR"_s);
        QCOMPARE(seat.ws->request(u"sovereign.attack"_s, {{u"from"_s, from}, {u"to"_s, water}, {u"share"_s, 50}})
                     .value(u"code"_s)
                     .toString(),
                 u"UNKNOWN_REGION"_s);

        // Bo's row carries the flag and the host's evidence; nobody else's does.
        ui::SovereignPlayersTable *players = view->playersTable();
        const auto rowOf = [&](int number) { return int(players->order().indexOf(number)); };
        // (A poll may have left between the two sends: wait for the one that has both.)
        QTRY_VERIFY(
            players->item(rowOf(bo), ui::SovereignPlayersTable::Player)->toolTip().contains(u"UNKNOWN_REGION"_s));
        QVERIFY(players->item(rowOf(bo), ui::SovereignPlayersTable::Status)->text().endsWith(u", flagged"_s));
        QTableWidgetItem *status = players->item(rowOf(bo), ui::SovereignPlayersTable::Status);
        QVERIFY(!status->icon().isNull());
        const QString tip = players->item(rowOf(bo), ui::SovereignPlayersTable::Player)->toolTip();
        QVERIFY2(tip.contains(u"NOT_NEIGHBOUR × 1"_s) && tip.contains(u"UNKNOWN_REGION × 1"_s), qPrintable(tip));
        const QString sent = u"sovereign.attack {&quot;from&quot;:%1,&quot;share&quot;:50,&quot;to&quot;:%2}"_s;
        QVERIFY2(tip.contains(sent.arg(from).arg(apart)) && tip.contains(sent.arg(from).arg(water)), qPrintable(tip));
        QCOMPARE(status->toolTip(), tip);
        for (int n = 0; n < players->rowCount(); ++n) {
            if (players->order().at(n) == bo)
                continue;
            QVERIFY(!players->item(n, ui::SovereignPlayersTable::Status)->text().contains(u"flagged"_s));
            QVERIFY(players->item(n, ui::SovereignPlayersTable::Status)->icon().isNull());
            QVERIFY(players->item(n, ui::SovereignPlayersTable::Player)->toolTip().isEmpty());
        }
        screenshot(m_window.get(), u"console-sovereign-flagged.png"_s);
    }

    void theHostEndsTheMatchAndSeesTheStandings()
    {
        ui::SovereignMatchView *view = matchView();
        QVERIFY(view->endButton()->isEnabled());
        view->endMatch(true);
        QTRY_COMPARE(view->view().value(u"phase"_s).toString(), u"over"_s);
        QVERIFY(!view->endButton()->isEnabled());
        const QJsonObject result = view->view().value(u"result"_s).toObject();
        QCOMPARE(result.value(u"reason"_s).toString(), u"host"_s);
        const QJsonArray standings = result.value(u"standings"_s).toArray();
        QCOMPARE(standings.size(), 8);
        ui::SovereignStandingsTable *table = view->standingsTable();
        QTRY_VERIFY(table->isVisible());
        QCOMPARE(table->rowCount(), 8);
        for (int r = 0; r < 8; ++r)
            QCOMPARE(table->item(r, ui::SovereignStandingsTable::Player)->text(),
                     standings.at(r).toObject().value(u"name"_s).toString());
        QCOMPARE(view->statusLabel()->text(),
                 u"Ended by the host: %1 held the most land."_s.arg(standings.at(0).toObject().value(u"name"_s).toString()));
        screenshot(m_window.get(), u"console-sovereign-over.png"_s);
        // Ending it again is the host's to refuse, and the view says so in words.
        view->endMatch(true);
        QTRY_COMPARE(view->message(), u"This match is over."_s);
    }

    void theReplayShowsTheMatchAtAChosenSecond()
    {
        ui::SovereignMatchView *view = matchView();
        QTRY_VERIFY(view->replayButton()->isVisible());
        QSignalSpy opened(view, &ui::SovereignMatchView::replayOpened);
        QTest::mouseClick(view->replayButton(), Qt::LeftButton);
        QTRY_COMPARE(opened.count(), 1);
        QCOMPARE(opened.at(0).at(0).toBool(), true);
        ui::SovereignReplayView *replay = view->replayView();
        QVERIFY(replay);
        QTRY_VERIFY(replay->isVisible());

        // The host's replay: one frame a second of the 100 s played, and the end's.
        const HttpReply fetched = m_http->get(u"/api/sovereign/%1/replay"_s.arg(m_matchId), m_admin);
        QCOMPARE(fetched.status, 200);
        const QJsonObject start = fetched.json.value(u"start"_s).toObject();
        const QJsonArray frames = fetched.json.value(u"frames"_s).toArray();
        QVERIFY(frames.size() >= 100);
        QCOMPARE(replay->positions(), int(frames.size()));
        QCOMPARE(replay->timeLabel()->text(), u"0:00 / 1:40"_s);

        // The owners at second 47 (past a keyframe, so both the keyframe and the frames after it
        // count), worked out here from the frames as the replay's format says: the start's
        // regions, then each frame's changed [id, owner, troops] in order.
        constexpr int Second = 47;
        QHash<int, int> owners, atStart;
        const QJsonObject startRegions = start.value(u"regions"_s).toObject();
        for (auto it = startRegions.begin(); it != startRegions.end(); ++it)
            owners.insert(it.key().toInt(), it.value().toArray().at(0).toInt());
        atStart = owners;
        for (int k = 0; k < Second; ++k) {
            const QJsonArray changed = frames.at(k).toObject().value(u"regions"_s).toArray();
            for (qsizetype j = 0; j + 2 < changed.size(); j += 3)
                owners.insert(changed.at(j).toInt(), changed.at(j + 1).toInt());
        }
        QCOMPARE(frames.at(Second - 1).toObject().value(u"tick"_s).toInt(), Second * 1000 / TickMs);
        int changedHands = 0;
        for (auto it = owners.cbegin(); it != owners.cend(); ++it)
            changedHands += atStart.value(it.key()) != it.value();
        QVERIFY2(changedHands > 0, "nothing changed hands: the check below would prove nothing");

        // The slider goes there as a drag does; the map shows exactly those owners, region by
        // region, in their players' colours and neutral land by its terrain.
        replay->slider()->setValue(Second);
        QCOMPARE(replay->position(), Second);
        QCOMPARE(replay->timeLabel()->text(), u"0:47 / 1:40"_s);
        QCOMPARE(replay->standingsTabs()->tabText(0), u"Standings at 0:47"_s);
        ui::SovereignMapWidget *map = replay->map();
        QVERIFY(map->hexRadius() > 8);
        const QImage image = map->grab().toImage();
        const QJsonObject players = start.value(u"players"_s).toObject();
        int owned = 0;
        for (auto it = owners.cbegin(); it != owners.cend(); ++it) {
            const auto *region = map->geometry().region(it.key());
            QVERIFY(region);
            const QColor expected =
                it.value() < 0 ? ui::sovereignPalette::terrain(region->terrain)
                               : ui::sovereignPalette::hue(
                                   players.value(QString::number(it.value())).toObject().value(u"colour"_s).toInt());
            owned += it.value() >= 0;
            QCOMPARE(QColor(image.pixel(insideOf(*map, it.key()))), expected);
        }
        QVERIFY(owned > 8);

        // The standings then: the frame's land and troops, most land first.
        const QJsonArray then = frames.at(Second - 1).toObject().value(u"players"_s).toArray();
        QList<int> order;
        for (int n = 0; n < then.size(); ++n)
            order << n;
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
            const QJsonArray pa = then.at(a).toArray(), pb = then.at(b).toArray();
            return pa.at(0).toInt() != pb.at(0).toInt() ? pa.at(0).toInt() > pb.at(0).toInt()
                                                        : pa.at(1).toInt() > pb.at(1).toInt();
        });
        ui::SovereignStandingsTable *moment = replay->momentTable();
        QCOMPARE(moment->rowCount(), 8);
        for (int r = 0; r < 8; ++r) {
            const int n = order.at(r);
            QCOMPARE(moment->item(r, ui::SovereignStandingsTable::Player)->text(),
                     players.value(QString::number(n)).toObject().value(u"name"_s).toString());
            QCOMPARE(moment->item(r, ui::SovereignStandingsTable::Hexes)->text(),
                     QLocale().toString(then.at(n).toArray().at(0).toInt()));
            QCOMPARE(moment->item(r, ui::SovereignStandingsTable::Troops)->text(),
                     QLocale().toString(then.at(n).toArray().at(1).toInt()));
        }
        // The final standings are the host's, and so are the hashes; the host's replay matched.
        const QJsonArray standings = fetched.json.value(u"standings"_s).toArray();
        QCOMPARE(replay->finalTable()->rowCount(), int(standings.size()));
        for (int r = 0; r < standings.size(); ++r)
            QCOMPARE(replay->finalTable()->item(r, ui::SovereignStandingsTable::Player)->text(),
                     players.value(QString::number(standings.at(r).toInt())).toObject().value(u"name"_s).toString());
        QCOMPARE(fetched.json.value(u"matchesHost"_s).toBool(), true);
        QVERIFY2(replay->verdictLabel()->text().contains(u"the replay matches"_s),
                 qPrintable(replay->verdictLabel()->text()));
        QCOMPARE(replay->inputHashEdit()->text(), fetched.json.value(u"inputHash"_s).toString());
        QCOMPARE(replay->stateHashEdit()->text(), fetched.json.value(u"stateHash"_s).toString());
        QCOMPARE(replay->inputHashEdit()->text().size(), 64);
        screenshot(replay, u"console-sovereign-replay.png"_s);

        // Played at 8×, it runs on from where it was to the end and stops there.
        replay->setSpeed(8);
        replay->seek(replay->positions() - 3);
        QTest::mouseClick(replay->playButton(), Qt::LeftButton);
        QVERIFY(replay->isPlaying());
        QCOMPARE(replay->playButton()->text(), u"&Pause"_s);
        QTRY_COMPARE(replay->position(), replay->positions());
        QTRY_VERIFY(!replay->isPlaying());
        QCOMPARE(replay->playButton()->text(), u"&Play"_s);
        QCOMPARE(replay->timeLabel()->text(), u"1:40 / 1:40"_s);
        replay->close();
    }

    void analyticsChartsTheLandEachPlayerHeld()
    {
        m_window->showArea(ui::MainWindow::Analytics);
        ui::AnalyticsPage *page = m_window->analyticsPage();
        page->showGame(m_matchId);
        auto *analytics = qobject_cast<ui::SovereignAnalytics *>(page->kindAnalytics(u"sovereign"_s));
        QVERIFY(analytics);
        QTRY_COMPARE(page->kind(), u"sovereign"_s);
        QTRY_COMPARE(analytics->chart()->playerSeries().size(), 8);

        // One sample at the start and one every five seconds: 21 over 100 s, in minutes.
        const HttpReply history = m_http->get(u"/api/analytics/gameHistory?gameId="_s + m_matchId, m_admin);
        const QJsonArray held = history.json.value(u"hexesHeld"_s).toArray();
        QCOMPARE(held.size(), 21);
        QLineSeries *ada = analytics->chart()->playerSeries().at(0);
        QCOMPARE(ada->name(), u"Ada"_s);
        QCOMPARE(ada->count(), 21);
        QCOMPARE(ada->at(20).x(), 100.0 / 60.0);
        for (int k = 0; k < held.size(); ++k)
            QCOMPARE(ada->at(k).y(), held.at(k).toArray().at(0).toDouble());
        QCOMPARE(ada->pen().color(), QColor(0x00, 0x72, 0xb2));
        QVERIFY(analytics->standingsTable()->isVisible());

        // Below it, the troops each held, sample for sample as the host's troopsHeld has them.
        const QJsonArray troops = history.json.value(u"troopsHeld"_s).toArray();
        QCOMPARE(troops.size(), 21);
        ui::SovereignLandChart *troopsChart = analytics->troopsChart();
        QCOMPARE(troopsChart->title(), u"Troops over time"_s);
        QCOMPARE(troopsChart->valueAxis()->titleText(), u"Troops"_s);
        QCOMPARE(analytics->chart()->valueAxis()->titleText(), u"Hexes"_s);
        QCOMPARE(troopsChart->playerSeries().size(), 8);
        bool troopsDifferFromLand = false;
        for (int i = 0; i < 8; ++i) {
            QLineSeries *line = troopsChart->playerSeries().at(i);
            QCOMPARE(line->name(), analytics->chart()->playerSeries().at(i)->name());
            QCOMPARE(line->count(), 21);
            for (int k = 0; k < troops.size(); ++k) {
                QCOMPARE(line->at(k).y(), troops.at(k).toArray().at(i).toDouble());
                troopsDifferFromLand |= troops.at(k).toArray().at(i) != held.at(k).toArray().at(i);
            }
        }
        QVERIFY(troopsDifferFromLand);
        QVERIFY(troopsChart->valueAxis()->max() >= troops.last().toArray().at(0).toDouble());
        QCOMPARE(analytics->pngFileName(), u"sovereign-lines-land-and-troops.png"_s);
        QCOMPARE(analytics->csvFileName(), u"sovereign-lines-history.csv"_s);

        // The exports: the chart as a PNG that loads, the history as the host's CSV.
        QTemporaryDir out;
        const QString png = out.filePath(u"land.png"_s);
        QCOMPARE(page->exportChartPng(png), QString());
        QVERIFY(!QImage(png).isNull());
        // The PNG holds both charts: the troops chart is in it where it stands under the land,
        // pixel for pixel but for a few of the text's antialiasing (a widget drawn inside its
        // parent and drawn alone may differ by a pixel or two at a glyph's edge).
        auto *troopsView = qobject_cast<QChartView *>(troopsChart->scene()->views().value(0));
        auto *landView = qobject_cast<QChartView *>(analytics->chart()->scene()->views().value(0));
        QVERIFY(troopsView && landView);
        QCOMPARE(troopsView->parentWidget(), landView->parentWidget());
        QVERIFY(troopsView->pos().y() >= landView->height());
        const QImage picture(png);
        QCOMPARE(picture.size(), troopsView->parentWidget()->size());
        const QImage troopsPart = picture.copy(QRect(troopsView->pos(), troopsView->size()));
        const QImage landPart = picture.copy(QRect(landView->pos(), landView->size()));
        const QImage troopsAlone = troopsView->grab().toImage().convertToFormat(picture.format());
        const qsizetype pixels = qsizetype(troopsAlone.width()) * troopsAlone.height();
        QVERIFY2(differingPixels(troopsPart, troopsAlone) * 1000 < pixels,
                 "the PNG's lower half is not the troops chart");
        QVERIFY2(differingPixels(landPart, troopsAlone) * 100 > pixels,
                 "the PNG's upper half is the troops chart again");
        const QString csv = out.filePath(u"land.csv"_s);
        QSignalSpy exported(page, &ui::AnalyticsPage::exported);
        page->exportCsv(csv);
        QTRY_COMPARE(exported.count(), 1);
        QCOMPARE(exported.at(0).at(1).toString(), QString());
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 22);
        QVERIFY2(lines.first().startsWith("second,Ada,Bo,Bot 1"), lines.first().constData());
        QVERIFY(lines.last().startsWith("100,"));
        screenshot(m_window.get(), u"console-sovereign-analytics.png"_s);
    }
};

QTEST_MAIN(TestSovereignConsole)
#include "tst_sovereignconsole.moc"
