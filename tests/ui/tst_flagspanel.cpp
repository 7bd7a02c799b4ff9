// SPDX-License-Identifier: GPL-3.0-or-later
// Flagged players on the console's Sessions page (ui/sessions/: FlagsPanel, FlagsModel,
// FlagMarker), against a real host in process whose clock the test turns: two players of a real
// Sovereign Lines match on real WebSockets, one of whom sends what only a modified client sends (a
// send to a region that is not a neighbour, into water, off the map, with a share of 0). The
// page marks that player's connection and lists the flag with its codes, count, first and last
// time and the evidence exactly as GET /api/flags gives them; a refusal a real page can meet is
// not a flag; clicking a flag selects the player's connection for Disconnect and Ban; a second
// player flagged later comes first while the chosen flag stays chosen. It leaves
// console-sessions-flags.png with the screenshots ($STEWARD_SCREENSHOT_DIR, default ./screenshots).
#include "HttpClient.h"
#include "ManualClock.h"
#include "ScreenshotDir.h"
#include "TestHost.h"
#include "WsClient.h"
#include "server/auth/Authenticator.h"
#include "server/client/HostClient.h"
#include "server/core/GameHost.h"
#include "server/store/Database.h"
#include "ui/sessions/FlagMarker.h"
#include "ui/sessions/FlagsModel.h"
#include "ui/sessions/FlagsPanel.h"
#include "ui/sessions/SessionsPage.h"
#include "ui/shell/MainWindow.h"
#include "ui/widgets/TimeText.h"

#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace steward;
using namespace Qt::StringLiterals;

namespace {
constexpr int TickMs = 50;
constexpr int TicksPerTurn = 100; // five seconds of a match, the most the host runs at once
} // namespace

class TestFlagsPanel : public QObject
{
    Q_OBJECT
    ManualClock m_clock; // outlives the host
    std::unique_ptr<TestHost> m_host;
    std::unique_ptr<HttpClient> m_http;
    std::unique_ptr<client::HostClient> m_client;
    std::unique_ptr<ui::MainWindow> m_window;
    QString m_admin;
    QString m_gameId;
    QString m_joinCode;
    std::unique_ptr<WsClient> m_ada;
    std::unique_ptr<WsClient> m_bo;

    ui::SessionsPage *page() { return m_window->sessionsPage(); }
    ui::FlagsPanel *panel() { return page()->flagsPanel(); }

    int sessionRowOf(const QString &name)
    {
        QTableWidget *t = page()->table();
        for (int r = 0; r < t->rowCount(); ++r) {
            if (t->item(r, ui::SessionsPage::Name) && t->item(r, ui::SessionsPage::Name)->text() == name)
                return r;
        }
        return -1;
    }
    QString sessionCell(const QString &name, int column)
    {
        const int row = sessionRowOf(name);
        return row < 0 ? u"(no row)"_s : page()->table()->item(row, column)->text();
    }
    QString flagCell(int row, int column) { return panel()->model()->index(row, column).data().toString(); }

    std::unique_ptr<WsClient> join(const QString &name)
    {
        const HttpReply joined = m_http->post(u"/api/games/join"_s, {{u"joinCode"_s, m_joinCode}, {u"name"_s, name}});
        if (joined.status != 200)
            return {};
        auto ws = std::make_unique<WsClient>(m_host->wsUrl());
        if (!ws->waitConnected()
            || ws->request(u"auth"_s, {{u"token"_s, joined.json.value(u"token"_s)}}).value(u"type"_s).toString()
                   != u"ok")
            return {};
        return ws;
    }

    QString refusal(WsClient &ws, const QString &type, const QJsonObject &data)
    {
        return ws.request(type, data).value(u"code"_s).toString();
    }

    QJsonObject hostFlagOf(const QString &name)
    {
        for (const QJsonValue &f : m_http->get(u"/api/flags"_s, m_admin).json.value(u"flags"_s).toArray()) {
            if (f.toObject().value(u"name"_s).toString() == name)
                return f.toObject();
        }
        return {};
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

        // Seed 7's map (tst_sovereignrules): 4 borders 29, 9 is apart from both, 2 is water.
        const HttpReply created =
            m_http->post(u"/api/games/create"_s,
                         {{u"kind"_s, u"sovereign"_s},
                          {u"config"_s, QJsonObject{{u"mapSeed"_s, 7}, {u"slots"_s, 2}, {u"fillWithBots"_s, false}}}},
                         m_admin);
        QCOMPARE(created.status, 200);
        m_gameId = created.json.value(u"gameId"_s).toString();
        m_joinCode = m_http->get(u"/api/games/"_s + m_gameId, m_admin).json.value(u"joinCode"_s).toString();
        QVERIFY(!m_joinCode.isEmpty());
        m_ada = join(u"Ada"_s);
        m_bo = join(u"Bo"_s);
        QVERIFY(m_ada && m_bo);
        QCOMPARE(m_ada->request(u"sovereign.pick"_s, {{u"region"_s, 4}}).value(u"type"_s).toString(), u"ok"_s);
        QCOMPARE(m_bo->request(u"sovereign.pick"_s, {{u"region"_s, 9}}).value(u"type"_s).toString(), u"ok"_s);
        QCOMPARE(m_http->post(u"/api/games/start"_s, {{u"gameId"_s, m_gameId}}, m_admin).status, 200);
        m_clock.now += TicksPerTurn * TickMs;
        m_host->runtime().games().runTicks();
    }

    void nobodyIsFlaggedAtFirst()
    {
        m_window->showArea(ui::MainWindow::Sessions);
        QTRY_VERIFY(sessionRowOf(u"Ada"_s) >= 0 && sessionRowOf(u"Bo"_s) >= 0);
        QCOMPARE(panel()->model()->rowCount(), 0);
        QCOMPARE(panel()->titleLabel()->text(), u"Flagged players: none"_s);
        QCOMPARE(sessionCell(u"Bo"_s, ui::SessionsPage::Flagged), QString());
        QVERIFY(page()->table()->item(sessionRowOf(u"Bo"_s), ui::SessionsPage::Name)->icon().isNull());
        QCOMPARE(panel()->evidenceTable()->rowCount(), 0);
    }

    void aPlayerSendingWhatNoPageSendsIsFlaggedWithTheEvidence()
    {
        // A race a real page can meet (a region that is not Bo's: NOT_OWNER) is no flag.
        QCOMPARE(refusal(*m_bo, u"sovereign.attack"_s, {{u"from"_s, 4}, {u"to"_s, 29}, {u"share"_s, 50}}),
                 u"NOT_OWNER"_s);
        // What only a modified client sends, a second apart on the host's clock.
        QCOMPARE(refusal(*m_bo, u"sovereign.attack"_s, {{u"from"_s, 9}, {u"to"_s, 4}, {u"share"_s, 50}}),
                 u"NOT_NEIGHBOUR"_s);
        m_clock.now += 1000;
        QCOMPARE(refusal(*m_bo, u"sovereign.attack"_s, {{u"from"_s, 9}, {u"to"_s, 2}, {u"share"_s, 40}}),
                 u"UNKNOWN_REGION"_s);
        m_clock.now += 1000;
        QCOMPARE(refusal(*m_bo, u"sovereign.move"_s, {{u"from"_s, 9}, {u"to"_s, 9999}, {u"share"_s, 30}}),
                 u"UNKNOWN_REGION"_s);
        m_clock.now += 1000;
        QCOMPARE(refusal(*m_bo, u"sovereign.attack"_s, {{u"from"_s, 9}, {u"to"_s, 21}, {u"share"_s, 0}}),
                 u"BAD_REQUEST"_s);
        const QJsonObject host = hostFlagOf(u"Bo"_s);
        QCOMPARE(host.value(u"count"_s).toInt(), 4);
        const QJsonArray evidence = host.value(u"evidence"_s).toArray();
        QCOMPARE(evidence.size(), 4);

        // The connection's row: a flag by the name, the codes (most first) in their column, and
        // the evidence on hover; Ada's row stays plain.
        const QString codes = u"UNKNOWN_REGION × 2, BAD_REQUEST × 1, NOT_NEIGHBOUR × 1"_s;
        QTRY_COMPARE(sessionCell(u"Bo"_s, ui::SessionsPage::Flagged), codes);
        QTableWidgetItem *boName = page()->table()->item(sessionRowOf(u"Bo"_s), ui::SessionsPage::Name);
        QVERIFY(!boName->icon().isNull());
        QVERIFY(boName->toolTip().contains(u"Refusals: 4"_s));
        QVERIFY(boName->toolTip().contains(
            u"sovereign.move {&quot;from&quot;:9,&quot;share&quot;:30,&quot;to&quot;:9999}"_s));
        QCOMPARE(sessionCell(u"Ada"_s, ui::SessionsPage::Flagged), QString());
        QVERIFY(page()->table()->item(sessionRowOf(u"Ada"_s), ui::SessionsPage::Name)->icon().isNull());
        QVERIFY(page()->table()->item(sessionRowOf(u"Ada"_s), ui::SessionsPage::Name)->toolTip().isEmpty());

        // The panel: one flag, as the host has it.
        ui::FlagsModel *model = panel()->model();
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(panel()->titleLabel()->text(), u"Flagged players: 1"_s);
        QCOMPARE(flagCell(0, ui::FlagsModel::Player), u"Bo"_s);
        QCOMPARE(flagCell(0, ui::FlagsModel::Game), m_joinCode);
        QCOMPARE(flagCell(0, ui::FlagsModel::Codes), codes);
        QCOMPARE(flagCell(0, ui::FlagsModel::Count), u"4"_s);
        QCOMPARE(flagCell(0, ui::FlagsModel::First), ui::timeText(host.value(u"firstAtMs"_s).toInteger()));
        QCOMPARE(flagCell(0, ui::FlagsModel::Last), ui::timeText(host.value(u"lastAtMs"_s).toInteger()));
        QCOMPARE(host.value(u"lastAtMs"_s).toInteger() - host.value(u"firstAtMs"_s).toInteger(), 3000);

        // Its evidence, newest first, command for command.
        QCOMPARE(panel()->shownPlayerId(), host.value(u"playerId"_s).toString());
        QTableWidget *shown = panel()->evidenceTable();
        QCOMPARE(shown->rowCount(), 4);
        for (int r = 0; r < 4; ++r) {
            const QJsonObject e = evidence.at(3 - r).toObject();
            QCOMPARE(shown->item(r, ui::FlagsPanel::Time)->text(), ui::timeText(e.value(u"atMs"_s).toInteger()));
            QCOMPARE(shown->item(r, ui::FlagsPanel::Command)->text(), e.value(u"command"_s).toString());
            QCOMPARE(shown->item(r, ui::FlagsPanel::Sent)->text(), e.value(u"data"_s).toString());
            QCOMPARE(shown->item(r, ui::FlagsPanel::RefusedWith)->text(), e.value(u"code"_s).toString());
        }
        QCOMPARE(shown->item(3, ui::FlagsPanel::RefusedWith)->text(), u"NOT_NEIGHBOUR"_s);
        QCOMPARE(shown->item(3, ui::FlagsPanel::Sent)->text(), u"{\"from\":9,\"share\":50,\"to\":4}"_s);
        QVERIFY(m_window->grab().save(QDir(screenshotDir()).filePath(u"console-sessions-flags.png"_s)));
    }

    void clickingAFlagSelectsThePlayersConnection()
    {
        QVERIFY(!page()->kickButton()->isEnabled());
        QTableView *flags = panel()->table();
        const QRect cell = flags->visualRect(panel()->model()->index(0, ui::FlagsModel::Player));
        QTest::mouseClick(flags->viewport(), Qt::LeftButton, {}, cell.center());
        const int bo = sessionRowOf(u"Bo"_s);
        QTRY_VERIFY(page()->table()->selectionModel()->isRowSelected(bo, {}));
        QVERIFY(page()->kickButton()->isEnabled());
        QCOMPARE(page()->sessionIdAt(bo),
                 page()->sessionIdAt(page()->table()->selectionModel()->selectedRows().first().row()));
    }

    void aLaterFlagComesFirstAndTheChosenOneStaysChosen()
    {
        m_clock.now += 60'000;
        QCOMPARE(refusal(*m_ada, u"sovereign.attack"_s, {{u"from"_s, 4}, {u"to"_s, 9}, {u"share"_s, 50}}),
                 u"NOT_NEIGHBOUR"_s);
        QTRY_COMPARE(panel()->model()->rowCount(), 2);
        QCOMPARE(panel()->titleLabel()->text(), u"Flagged players: 2"_s);
        QCOMPARE(flagCell(0, ui::FlagsModel::Player), u"Ada"_s);
        QCOMPARE(flagCell(0, ui::FlagsModel::Codes), u"NOT_NEIGHBOUR × 1"_s);
        QCOMPARE(flagCell(1, ui::FlagsModel::Player), u"Bo"_s);
        QTRY_COMPARE(sessionCell(u"Ada"_s, ui::SessionsPage::Flagged), u"NOT_NEIGHBOUR × 1"_s);
        // Bo was chosen: his flag is still the selected one, with his evidence beside it.
        QCOMPARE(panel()->table()->selectionModel()->selectedRows().value(0).row(), 1);
        QCOMPARE(panel()->shownPlayerId(), hostFlagOf(u"Bo"_s).value(u"playerId"_s).toString());
        QCOMPARE(panel()->evidenceTable()->rowCount(), 4);
        QVERIFY(page()->table()->selectionModel()->isRowSelected(sessionRowOf(u"Bo"_s), {}));
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_client.reset();
        m_ada.reset();
        m_bo.reset();
        m_host.reset();
    }
};

QTEST_MAIN(TestFlagsPanel)
#include "tst_flagspanel.moc"
