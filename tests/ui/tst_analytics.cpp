// SPDX-License-Identifier: GPL-3.0-or-later
// The Analytics dashboard against a real host in process: a classic Beer Game played by
// pass-through bots, whose numbers are known (costs 330 / 242 / 154 / 66 per role), followed
// live week by week, then exported as PNG, CSV and the PDF debrief, each read back.
#include "HttpClient.h"
#include "ScreenshotDir.h"
#include "TestHost.h"
#include "analytics/AnalyticsPage.h"
#include "analytics/TeamChart.h"
#include "auth/Authenticator.h"
#include "client/HostClient.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLineSeries>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

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
    qsizetype weeksShown() { return m_page->ordersChart()->roleSeries(0)->count(); }
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
        const QList<QPointF> retailer = m_page->ordersChart()->roleSeries(0)->points();
        QCOMPARE(retailer.at(3), QPointF(4, 4));
        QCOMPARE(retailer.at(4), QPointF(5, 8));
        QCOMPARE(m_page->ordersChart()->demandSeries()->points(), retailer);
        advance(26);
        QTRY_COMPARE(weeksShown(), 36);
    }

    void costsRatiosAndRanking()
    {
        QTableWidget *roles = m_page->rolesTable();
        QCOMPARE(cell(roles, 0, 1), u"330.00"_s);
        QCOMPARE(cell(roles, 1, 1), u"242.00"_s);
        QCOMPARE(cell(roles, 2, 1), u"154.00"_s);
        QCOMPARE(cell(roles, 3, 1), u"66.00"_s);
        QCOMPARE(cell(roles, 0, 2), u"1.00"_s); // the retailer's orders are the demand
        QTableWidget *ranking = m_page->rankingTable();
        QCOMPARE(ranking->rowCount(), 2);
        QCOMPARE(cell(ranking, 0, 0), u"1"_s);
        QCOMPARE(cell(ranking, 1, 0), u"1"_s); // the same rules, the same cost: a shared first place
        QCOMPARE(cell(ranking, 0, 2), u"792.00"_s);
        // Net stock of the factory in week 1: 12 in stock, nothing owed.
        QCOMPARE(m_page->stockChart()->roleSeries(3)->at(0), QPointF(1, 12));
        m_page->showTeam(2);
        QCOMPARE(m_page->teamBox()->currentData().toInt(), 2);

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
        QCOMPARE(m_page->exportPdf(pdf), QString());
        QFile p(pdf);
        QVERIFY(p.open(QIODevice::ReadOnly));
        QVERIFY(p.read(5) == "%PDF-");
        // Kept with the screenshots, for a person to look at.
        const QString dir = screenshotDir();
        QFile::remove(QDir(dir).filePath(u"console-debrief.pdf"_s));
        QFile::copy(pdf, QDir(dir).filePath(u"console-debrief.pdf"_s));
        // Its text, read back by poppler: the ranking's numbers and a page per team.
        const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
        if (pdftotext.isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed: the PDF's text was not read back");
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
