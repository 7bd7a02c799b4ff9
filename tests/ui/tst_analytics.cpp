// SPDX-License-Identifier: GPL-3.0-or-later
// The Analytics dashboard against a real host in process: a classic Beer Game played by
// pass-through bots, whose numbers are known (costs 330 / 242 / 154 / 66 per role), followed
// live week by week, then exported as PNG, CSV and the PDF debrief, each read back.
#include "RealParts.h"
#include "HttpClient.h"
#include "ScreenshotDir.h"
#include "TestHost.h"
#include "WsClient.h"
#include "ui/analytics/AnalyticsPage.h"
#include "ui/games/beer/BeerAnalytics.h"
#include "ui/games/rounds/RoundsAnalytics.h"
#include "ui/games/rounds/RoundsCharts.h"
#include "ui/games/beer/TeamChart.h"
#include "server/auth/Authenticator.h"
#include "server/client/HostClient.h"

#include <QBarSet>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QLineSeries>
#include <QLocale>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QValueAxis>

#include <cmath>

using namespace steward;
using namespace Qt::StringLiterals;

class TestAnalytics : public QObject
{
    Q_OBJECT
    std::unique_ptr<TestHost> m_host;
    std::unique_ptr<HttpClient> m_http;
    std::unique_ptr<client::HostClient> m_client;
    std::unique_ptr<ui::AnalyticsPage> m_page;
    QString m_token;
    QString m_gameId;
    QTemporaryDir m_tmp;

    void advance(int weeks)
    {
        for (int i = 0; i < weeks; ++i)
            QCOMPARE(m_http->post(u"/api/games/advance"_s, {{u"gameId"_s, m_gameId}}, m_token).status, 200);
    }
    ui::BeerAnalytics *beerPage() { return qobject_cast<ui::BeerAnalytics *>(m_page->kindAnalytics(u"beer"_s)); }
    ui::RoundsAnalytics *roundsPage() { return qobject_cast<ui::RoundsAnalytics *>(m_page->kindAnalytics(u"rounds"_s)); }
    qsizetype weeksShown() { return beerPage()->ordersChart()->roleSeries(0)->count(); }
    QString cell(QTableWidget *t, int row, int column) { return t->item(row, column) ? t->item(row, column)->text() : QString(); }

private slots:
    void initTestCase()
    {
        m_host = std::make_unique<TestHost>();
        QVERIFY2(m_host->ok(), qPrintable(m_host->error()));
        m_http = std::make_unique<HttpClient>(m_host->httpUrl());
        m_token = m_http->signIn(QString::fromLatin1(TestHost::Password));
        const HttpReply created = m_http->post(
            u"/api/games/create"_s,
            {{u"kind"_s, u"beer"_s}, {u"config"_s, QJsonObject{{u"teams"_s, 2}, {u"bot"_s, u"passThrough"_s}, {u"advance"_s, u"manual"_s}}}},
            m_token);
        QCOMPARE(created.status, 200);
        m_gameId = created.json.value(u"gameId"_s).toString();
        QCOMPARE(m_http->post(u"/api/games/start"_s, {{u"gameId"_s, m_gameId}}, m_token).status, 200);

        m_client = std::make_unique<client::HostClient>();
        m_client->setPollIntervalMs(100);
        m_page = std::make_unique<ui::AnalyticsPage>(*m_client);
        m_page->resize(1200, 760);
        m_page->show();
        m_client->attach(m_host->httpUrl(), m_host->runtime().auth().issueFacilitatorToken());
    }

    void followsTheGameLive()
    {
        // The page picks the host's Beer Game by itself; nothing played yet, nothing drawn.
        QTRY_COMPARE(m_page->gameId(), m_gameId);
        QCOMPARE(weeksShown(), 0);
        advance(10);
        QTRY_COMPARE(weeksShown(), 10);
        // The retailer passes customer demand on: 4 a week, 8 from week 5.
        const QList<QPointF> retailer = beerPage()->ordersChart()->roleSeries(0)->points();
        QCOMPARE(retailer.at(3), QPointF(4, 4));
        QCOMPARE(retailer.at(4), QPointF(5, 8));
        QCOMPARE(beerPage()->ordersChart()->demandSeries()->points(), retailer);
        advance(26);
        QTRY_COMPARE(weeksShown(), 36);
    }

    void costsRatiosAndRanking()
    {
        QTableWidget *roles = beerPage()->rolesTable();
        QCOMPARE(cell(roles, 0, 1), u"330.00"_s);
        QCOMPARE(cell(roles, 1, 1), u"242.00"_s);
        QCOMPARE(cell(roles, 2, 1), u"154.00"_s);
        QCOMPARE(cell(roles, 3, 1), u"66.00"_s);
        QCOMPARE(cell(roles, 0, 2), u"1.00"_s); // the retailer's orders are the demand
        QTableWidget *ranking = beerPage()->rankingTable();
        QCOMPARE(ranking->rowCount(), 2);
        QCOMPARE(cell(ranking, 0, 0), u"1"_s);
        QCOMPARE(cell(ranking, 1, 0), u"1"_s); // the same rules, the same cost: a shared first place
        QCOMPARE(cell(ranking, 0, 2), u"792.00"_s);
        // Net stock of the factory in week 1: 12 in stock, nothing owed.
        QCOMPARE(beerPage()->stockChart()->roleSeries(3)->at(0), QPointF(1, 12));
        beerPage()->showTeam(2);
        QCOMPARE(beerPage()->teamBox()->currentData().toInt(), 2);

        const QString dir = screenshotDir();
        QVERIFY(m_page->grab().save(QDir(dir).filePath(u"console-analytics.png"_s)));
    }

    void exportsReadBack()
    {
        const QString png = m_tmp.filePath(u"chart.png"_s);
        QCOMPARE(m_page->exportChartPng(png), QString());
        const QImage image(png);
        QVERIFY(!image.isNull() && image.width() > 300);

        const QString csv = m_tmp.filePath(u"history.csv"_s);
        QSignalSpy exported(m_page.get(), &ui::AnalyticsPage::exported);
        m_page->exportCsv(csv);
        QTRY_COMPARE(exported.size(), 1);
        QCOMPARE(exported.at(0).at(1).toString(), QString());
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(f.readAll()).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 1 + 2 * 36 * 4); // a header, then 2 teams × 36 weeks × 4 roles
        QVERIFY(lines.last().contains(u",factory,"_s));

        const QString pdf = m_tmp.filePath(u"debrief.pdf"_s);
        QCOMPARE(beerPage()->exportPdf(pdf), QString());
        QFile p(pdf);
        QVERIFY(p.open(QIODevice::ReadOnly));
        QVERIFY(p.read(5) == "%PDF-");
        // Kept with the screenshots, for a person to look at.
        const QString dir = screenshotDir();
        QFile::remove(QDir(dir).filePath(u"console-debrief.pdf"_s));
        QFile::copy(pdf, QDir(dir).filePath(u"console-debrief.pdf"_s));
        // Its text, read back by poppler: the ranking's numbers and a page per team.
        const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
        STEWARD_NEEDS(!pdftotext.isEmpty(), "pdftotext (poppler-utils) is not installed: the PDF's text was not read back");
        QProcess read;
        read.start(pdftotext, {u"-layout"_s, pdf, u"-"_s});
        QVERIFY(read.waitForFinished(20000));
        const QString text = QString::fromUtf8(read.readAllStandardOutput());
        QVERIFY2(text.contains(u"792.00"_s), qPrintable(text.left(2000)));
        QVERIFY(text.contains(u"Retailer: cost 330.00, bullwhip ratio 1.00"_s));
        QVERIFY(text.contains(u"Factory: cost 66.00, bullwhip ratio 2.03"_s));
        QVERIFY(text.contains(u"Team 1 · cost 792.00 · rank 1"_s));
        QVERIFY(text.contains(u"Team 2 · cost 792.00 · rank 1"_s));
    }

    void roundsTableLive()
    {
        // A fast rounds table; one LAN player bets on every round it can.
        const HttpReply created = m_http->post(
            u"/api/games/create"_s,
            {{u"kind"_s, u"rounds"_s}, {u"config"_s, QJsonObject{{u"periodMs"_s, 1000}, {u"bettingMs"_s, 700}}}}, m_token);
        QCOMPARE(created.status, 200);
        const QString table = created.json.value(u"gameId"_s).toString();
        const HttpReply joined = m_http->post(u"/api/games/join"_s, {{u"joinCode"_s, created.json.value(u"joinCode"_s)},
                                                                    {u"name"_s, u"Ada"_s}, {u"team"_s, 1},
                                                                    {u"role"_s, u"player"_s}});
        QCOMPARE(joined.status, 200);
        WsClient ws(m_host->wsUrl());
        QVERIFY(ws.waitConnected());
        QCOMPARE(ws.request(u"auth"_s, {{u"token"_s, joined.json.value(u"token"_s)}}).value(u"type"_s).toString(), u"ok"_s);
        m_page->showGame(table);
        QTRY_VERIFY((m_page->kind() == u"rounds"_s));
        int placed = 0;
        for (int i = 0; i < 40 && placed < 4; ++i) {
            const QJsonObject ok = ws.request(u"bet.place"_s, {{u"betId"_s, u"b%1"_s.arg(i)}, {u"type"_s, u"even"_s},
                                                               {u"stake"_s, 100}});
            if (ok.value(u"type"_s).toString() == u"ok"_s)
                ++placed;
            QTest::qWait(300);
        }
        QCOMPARE(placed, 4);
        // The charts follow the rounds as they settle, to the host's own numbers.
        QTRY_VERIFY_WITH_TIMEOUT(roundsPage()->debrief().rounds.size() >= 6 && roundsPage()->debrief().bets == 4, 15'000);
        const QJsonObject history = m_http->get(u"/api/analytics/gameHistory?gameId="_s + table, m_token).json;
        const rounds::RoundsDebrief &shown = roundsPage()->debrief();
        qint64 returned = 0;
        const QJsonArray rounds = history.value(u"rounds"_s).toArray();
        for (const QJsonValue &r : rounds) {
            if (r.toObject().value(u"round"_s).toInteger() <= shown.rounds.last().round)
                returned += r.toObject().value(u"returned"_s).toInteger();
        }
        QCOMPARE(shown.stake, 400);
        QCOMPARE(shown.returned, returned);
        int drawn = 0;
        for (int d = 0; d < 10; ++d) {
            QCOMPARE(int(roundsPage()->charts()->drawsSet()->at(d)), shown.decades[size_t(d)]);
            drawn += shown.decades[size_t(d)];
        }
        QCOMPARE(drawn, int(shown.rounds.size()));
        QVERIFY(roundsPage()->charts()->fairnessText().contains(u"9 degrees of freedom"_s));
        QCOMPARE(roundsPage()->charts()->volumeText(), u"Bets in all: 4, staking 4.00."_s);
        // A few rounds read "1, 2, 3 …" and a few chips "0, 1, 2 …": every tick a whole step,
        // no label repeated (Qt's default five ticks over rounds 1–6 read "1, 2, 3, 4, 6").
        for (const QValueAxis *axis : {roundsPage()->charts()->roundAxis(), roundsPage()->charts()->countAxis()}) {
            QCOMPARE(axis->tickType(), QValueAxis::TicksDynamic);
            QVERIFY(axis->tickInterval() >= 1 && std::fmod(axis->tickInterval(), 1.0) == 0);
            QVERIFY(std::fmod(axis->min(), 1.0) == 0 && axis->max() >= axis->min() + axis->tickInterval());
            QVERIFY((axis->max() - axis->min()) / axis->tickInterval() <= 6);
        }
        QVERIFY(roundsPage()->charts()->roundAxis()->max() >= shown.rounds.last().round);
        const QValueAxis *stakeAxis = roundsPage()->charts()->stakeAxis();
        QCOMPARE(stakeAxis->min(), 0.0);
        double highest = 0; // in chips: each bet staked 100 minor units, 1.00 chip
        for (const QPointF &p : roundsPage()->charts()->stakeSeries()->points())
            highest = std::max(highest, p.y());
        QVERIFY(highest >= 1.0 && std::fmod(highest, 1.0) == 0);
        QVERIFY2(stakeAxis->max() >= highest && stakeAxis->max() <= 2 * highest,
                 qPrintable(u"%1 .. %2 for %3"_s.arg(stakeAxis->min()).arg(stakeAxis->max()).arg(highest)));
        QVERIFY2(roundsPage()->charts()->rtpText().startsWith(
                     u"Realised RTP %1 %"_s.arg(QLocale().toString(100.0 * double(returned) / 400.0, 'f', 2))),
                 qPrintable(roundsPage()->charts()->rtpText()));
        // The default paytable: one number pays 88×, ten numbers 8.85×, a half 1.77×.
        QCOMPARE(shown.theoreticalLow, 88.0);
        QCOMPARE(shown.theoreticalHigh, 88.5);
        QVERIFY(roundsPage()->charts()->rtpText().endsWith(u"pay back 88.00 % to 88.50 %."_s));
        QVERIFY(!beerPage()->rolesTable()->isVisible());
        const QString png = m_tmp.filePath(u"rounds.png"_s);
        QCOMPARE(m_page->exportChartPng(png), QString());
        QVERIFY(QImage(png).width() > 600);
        QFile::remove(QDir(screenshotDir()).filePath(u"console-analytics-rounds.png"_s));
        QFile::copy(png, QDir(screenshotDir()).filePath(u"console-analytics-rounds.png"_s));
        // A table that took bets is kept for audit; the page goes back to the Beer Game when asked.
        QVERIFY(m_http->post(u"/api/games/pause"_s, {{u"gameId"_s, table}}, m_token).status == 200);
        QCOMPARE(m_http->post(u"/api/games/delete"_s, {{u"gameId"_s, table}}, m_token).errorCode(), u"GAME_KEPT"_s);
        m_page->showGame(m_gameId);
        QTRY_VERIFY(!(m_page->kind() == u"rounds"_s));
    }

    void cleanupTestCase()
    {
        m_client->detach();
        m_page.reset();
        m_client.reset();
        m_host.reset();
    }
};

QTEST_MAIN(TestAnalytics)
#include "tst_analytics.moc"
