// SPDX-License-Identifier: GPL-3.0-or-later
// GET /metrics in Prometheus' text format: the real-time seed's four metrics and the host's own,
// moved by a real match over real sockets, and scraped by a real Prometheus (Debian's package),
// whose query API then answers with the host's numbers.
#include "HttpClient.h"
#include "TestHost.h"
#include "WsClient.h"

#include <QDir>
#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// "name{labels} value" lines of an exposition, by name with its labels.
QHash<QString, double> samples(const QByteArray &text)
{
    QHash<QString, double> out;
    for (const QByteArray &line : text.split('\n')) {
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const qsizetype space = line.lastIndexOf(' ');
        out.insert(QString::fromUtf8(line.left(space)), line.mid(space + 1).toDouble());
    }
    return out;
}

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

} // namespace

class TestMetrics : public QObject
{
    Q_OBJECT

private slots:
    void aMatchMovesTheMetricsAndPrometheusScrapesThem()
    {
        TestHost host;
        QVERIFY2(host.ok(), qPrintable(host.error()));
        HttpClient http(host.httpUrl());
        const QString admin = http.signIn(QString::fromLatin1(TestHost::Password));

        HttpReply r = http.get(u"/metrics"_s);
        QCOMPARE(r.status, 200);
        QVERIFY(r.header("content-type").startsWith("text/plain; version=0.0.4"));
        QHash<QString, double> m = samples(r.body);
        QCOMPARE(m.value(u"game_active_count{kind=\"sovereign\"}"_s, -1), 0.0);
        QCOMPARE(m.value(u"player_connected_count"_s, -1), 0.0);
        QCOMPARE(m.value(u"message_processed_total"_s, -1), 0.0);
        QCOMPARE(m.value(u"command_latency_ms_count"_s, -1), 0.0);
        for (const char *type : {"# TYPE game_active_count gauge", "# TYPE player_connected_count gauge",
                                 "# TYPE message_processed_total counter", "# TYPE command_latency_ms histogram"})
            QVERIFY2(r.body.contains(type), type);

        // A match of two, one of them on a socket, started and played.
        const HttpReply created = http.post(u"/api/games/create"_s,
                                            {{u"kind"_s, u"sovereign"_s},
                                             {u"config"_s, QJsonObject{{u"mapSeed"_s, 7}, {u"slots"_s, 2}}}},
                                            admin);
        QCOMPARE(created.status, 200);
        const QJsonObject ada = http.post(u"/api/games/join"_s, {{u"joinCode"_s, created.json.value(u"joinCode"_s)},
                                                                 {u"name"_s, u"Ada"_s}}).json;
        WsClient ws(host.wsUrl());
        QVERIFY(ws.waitConnected());
        QCOMPARE(ws.request(u"auth"_s, {{u"token"_s, ada.value(u"token"_s)}}).value(u"type"_s).toString(), u"ok"_s);
        QCOMPARE(ws.request(u"sovereign.pick"_s, {{u"region"_s, 4}}).value(u"type"_s).toString(), u"ok"_s);
        QCOMPARE(http.post(u"/api/games/start"_s, {{u"gameId"_s, created.json.value(u"gameId"_s)}}, admin).status, 200);
        QCOMPARE(ws.request(u"sovereign.attack"_s, {{u"from"_s, 4}, {u"to"_s, 29}, {u"share"_s, 50}}).value(u"type"_s).toString(),
                 u"ok"_s);
        QCOMPARE(ws.request(u"sovereign.attack"_s, {{u"from"_s, 4}, {u"to"_s, 9}, {u"share"_s, 50}}).value(u"code"_s).toString(),
                 u"NOT_NEIGHBOUR"_s);
        QCOMPARE(ws.request(u"ping"_s).value(u"type"_s).toString(), u"ok"_s);

        m = samples(http.get(u"/metrics"_s).body);
        QCOMPARE(m.value(u"game_active_count{kind=\"sovereign\"}"_s), 1.0);
        QCOMPARE(m.value(u"game_active_count{kind=\"beer\"}"_s, -1), 0.0);
        QCOMPARE(m.value(u"steward_games{kind=\"sovereign\"}"_s), 1.0);
        QCOMPARE(m.value(u"player_connected_count"_s), 1.0);
        QCOMPARE(m.value(u"steward_websocket_sessions"_s), 1.0);
        // auth, pick, attack, the refused attack and the ping.
        QCOMPARE(m.value(u"message_processed_total"_s), 5.0);
        // Two commands were answered after their commit (pick and attack); a refusal is no command.
        QCOMPARE(m.value(u"command_latency_ms_count"_s), 2.0);
        QCOMPARE(m.value(u"command_latency_ms_bucket{le=\"+Inf\"}"_s), 2.0);
        QVERIFY(m.value(u"command_latency_ms_sum"_s) > 0);
        // The match ticks at 20 Hz: its ticks are timed, per kind.
        QTRY_VERIFY(samples(http.get(u"/metrics"_s).body).value(u"steward_tick_ms_count{kind=\"sovereign\"}"_s, -1) >= 3);
        m = samples(http.get(u"/metrics"_s).body);
        const double ticks = m.value(u"steward_tick_ms_count{kind=\"sovereign\"}"_s);
        QCOMPARE(m.value(u"steward_tick_ms_bucket{kind=\"sovereign\",le=\"+Inf\"}"_s), ticks);
        QVERIFY(m.value(u"steward_tick_ms_sum{kind=\"sovereign\"}"_s) > 0);
        QVERIFY(m.contains(u"steward_ticks_late_total{kind=\"sovereign\"}"_s));
        QVERIFY(!m.contains(u"steward_tick_ms_count{kind=\"beer\"}"_s)); // no ticks, no series
        // Each change reaches Ada's socket as one timed push: at most one a tick, or an event
        // (the pick, the start, the attack), and a change a tick for this player to read.
        const double pushes = m.value(u"steward_push_ms_count{kind=\"sovereign\"}"_s, -1);
        QVERIFY2(pushes >= 3 && pushes <= ticks + 4, qPrintable(u"%1 pushes, %2 ticks"_s.arg(pushes).arg(ticks)));
        QCOMPARE(m.value(u"steward_push_ms_bucket{kind=\"sovereign\",le=\"+Inf\"}"_s), pushes);
        QVERIFY(m.value(u"steward_push_ms_sum{kind=\"sovereign\"}"_s) > 0);
        QVERIFY(!m.contains(u"steward_push_ms_count{kind=\"beer\"}"_s));
        double previous = 0;
        for (const char *le : {"1", "2", "5", "10", "20", "50", "100", "250", "500", "1000", "2500", "+Inf"}) {
            const double count = m.value(u"command_latency_ms_bucket{le=\"%1\"}"_s.arg(QLatin1String(le)), -1);
            QVERIFY2(count >= previous, le); // cumulative
            previous = count;
        }

        // A real Prometheus scrapes the host every second.
        const QString prometheus = QStandardPaths::findExecutable(u"prometheus"_s);
        QVERIFY2(!prometheus.isEmpty(), "prometheus is not installed: scripts/setup --test installs it (Debian package prometheus)");
        QTemporaryDir dir;
        const quint16 port = freePort();
        QFile config(dir.filePath(u"prometheus.yml"_s));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write(u"global:\n  scrape_interval: 1s\n  scrape_timeout: 1s\n"
                     "scrape_configs:\n  - job_name: steward\n    static_configs:\n      - targets: ['127.0.0.1:%1']\n"_s
                         .arg(host.httpUrl().port())
                         .toUtf8());
        config.close();
        QProcess server;
        server.setProcessChannelMode(QProcess::MergedChannels);
        server.start(prometheus, {u"--config.file=%1"_s.arg(config.fileName()), u"--storage.tsdb.path=%1"_s.arg(dir.filePath(u"data"_s)),
                                  u"--web.listen-address=127.0.0.1:%1"_s.arg(port)});
        QVERIFY2(server.waitForStarted(), qPrintable(server.errorString()));
        HttpClient query(QUrl(u"http://127.0.0.1:%1"_s.arg(port)));
        // The host keeps answering while this waits: the test's event loop runs in qWait.
        const auto value = [&query](const QString &expr) {
            const HttpReply a = query.get(u"/api/v1/query?query="_s + QString::fromLatin1(QUrl::toPercentEncoding(expr)));
            const QJsonArray result = a.json.value(u"data"_s).toObject().value(u"result"_s).toArray();
            return result.isEmpty() ? QString() : result.at(0).toObject().value(u"value"_s).toArray().at(1).toString();
        };
        QTRY_COMPARE_WITH_TIMEOUT(value(u"player_connected_count"_s), u"1"_s, 30000);
        QCOMPARE(value(u"game_active_count{kind=\"sovereign\"}"_s), u"1"_s);
        QCOMPARE(value(u"command_latency_ms_count"_s), u"2"_s);
        QCOMPARE(value(u"message_processed_total"_s), u"5"_s);
        QCOMPARE(value(u"up{job=\"steward\"}"_s), u"1"_s);
        server.terminate();
        QVERIFY(server.waitForFinished(10000));
    }
};

QTEST_GUILESS_MAIN(TestMetrics)
#include "tst_metrics.moc"
