// SPDX-License-Identifier: GPL-3.0-or-later
// steward-bench --sovereign as a user runs it: the bench starts steward-host, creates a
// Sovereign Lines match whose places bots fill, joins its player and two spectators on real
// WebSockets, starts it and measures a short window. Asserted: that the run counted what it
// says (ticks from the host's /metrics, bytes and pushes at the clients, host CPU and memory),
// not how fast it was (speed is for docs/benchmarks.md); the bench's refusals of bad options;
// and its reading of a tick histogram as Prometheus' histogram_quantile() reads it.
#include "BucketQuantile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

#include <limits>

using namespace Qt::StringLiterals;
using steward::bench::HistogramBucket;

class TestBenchSovereign : public QObject
{
    Q_OBJECT
private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    static Run bench(const QStringList &args, int timeoutMs = 180'000)
    {
        QProcess p;
        p.start(QString::fromUtf8(STEWARD_BENCH_BIN), args);
        Run r;
        if (!p.waitForStarted(10'000) || !p.waitForFinished(timeoutMs)) {
            p.kill();
            p.waitForFinished();
            r.err = "did not finish: " + p.readAllStandardError();
            return r;
        }
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }

    static constexpr double Inf = std::numeric_limits<double>::infinity();

private slots:
    void aShortMatchIsMeasuredFromTheHostAndItsClients()
    {
        const Run r = bench({u"--sovereign"_s, u"--bots"_s, u"7"_s, u"--spectators"_s, u"2"_s, u"--measure"_s, u"3"_s,
                             u"--json"_s, u"--quiet"_s, u"--timeout"_s, u"150"_s, u"--host-bin"_s,
                             QString::fromUtf8(STEWARD_HOST_BIN)});
        QVERIFY2(r.exitCode == 0, QByteArray(r.out + r.err).constData());
        const QJsonObject report = QJsonDocument::fromJson(r.out).object();
        QVERIFY2(report.value(u"success"_s).toBool(), r.out.constData());
        QCOMPARE(report.value(u"mode"_s).toString(), u"sovereign"_s);
        QCOMPARE(report.value(u"matches"_s).toInt(), 1);
        QCOMPARE(report.value(u"playersPerMatch"_s).toInt(), 8);
        QCOMPARE(report.value(u"mapSize"_s).toString(), u"small"_s);
        // Three seconds of 50 ms ticks are 60; the host's own count of them, from /metrics.
        QVERIFY2(report.value(u"ticksRun"_s).toDouble() >= 40, r.out.constData());
        QVERIFY(report.value(u"ticksLate"_s).isDouble());
        const QJsonObject tickTime = report.value(u"tickTimeMs"_s).toObject();
        QVERIFY2(tickTime.value(u"p99"_s).isDouble(), r.out.constData());
        QVERIFY(tickTime.value(u"p50"_s).toDouble() <= tickTime.value(u"p99"_s).toDouble());
        QCOMPARE(tickTime.value(u"resolution"_s).toString(), u"bucket"_s);
        // The host's time pushing each change to the player and the two spectators: one push of
        // the match at most a tick (the players'), plus the spectators' at four a second.
        const QJsonObject pushTime = report.value(u"pushTimeMs"_s).toObject();
        const double pushes = pushTime.value(u"count"_s).toDouble();
        const double ticksRun = report.value(u"ticksRun"_s).toDouble();
        QVERIFY2(pushes >= ticksRun / 2 && pushes <= ticksRun + 3 * 4 + 2, r.out.constData());
        QVERIFY(pushTime.value(u"p50"_s).toDouble() <= pushTime.value(u"p99"_s).toDouble());
        QVERIFY(pushTime.value(u"mean"_s).toDouble() > 0);
        // The gauges at the window's end: the one player signed in, the match running.
        QCOMPARE(report.value(u"playersConnected"_s).toInt(), 1);
        QCOMPARE(report.value(u"gamesActive"_s).toInt(), 1);
        // What the player read: views every tick or so, and bytes.
        const QJsonObject players = report.value(u"players"_s).toObject();
        QCOMPARE(players.value(u"clients"_s).toInt(), 1);
        QVERIFY2(players.value(u"pushes"_s).toInteger() >= 20, r.out.constData());
        QVERIFY(players.value(u"bytesPerSecond"_s).toObject().value(u"mean"_s).toDouble() > 0);
        QVERIFY(players.value(u"largestTickGap"_s).toInteger() >= 1);
        QCOMPARE(players.value(u"pushIntervalMs"_s).toObject().value(u"samples"_s).toInteger(),
                 players.value(u"pushes"_s).toInteger() - 1);
        // The spectators follow it with the facilitator's token, pushed at most four times a second.
        const QJsonObject spectators = report.value(u"spectators"_s).toObject();
        QCOMPARE(spectators.value(u"clients"_s).toInt(), 2);
        QVERIFY(spectators.value(u"bytesPerSecond"_s).toObject().value(u"mean"_s).toDouble() > 0);
        QVERIFY2(spectators.value(u"pushes"_s).toInteger() <= 2 * 5 * 4, r.out.constData());
        const QJsonArray perMatch = report.value(u"perMatch"_s).toArray();
        QCOMPARE(perMatch.size(), 1);
        QVERIFY(perMatch.at(0).toObject().value(u"lastTick"_s).toInteger()
                > perMatch.at(0).toObject().value(u"firstTick"_s).toInteger());
        // The host was started and read by the bench.
        QVERIFY(report.value(u"hostCpuSeconds"_s).isDouble());
        QVERIFY(report.value(u"hostRssEndKiB"_s).toInteger() > 0);
        QVERIFY(report.value(u"benchCpuSeconds"_s).isDouble());
    }

    void badOptionsAreRefusedBeforeAnythingStarts()
    {
        const Run noBots = bench({u"--sovereign"_s, u"--bots"_s, u"0"_s});
        QCOMPARE(noBots.exitCode, 2);
        QVERIFY2(noBots.err.contains("--bots must be a number from 1 to 99"), noBots.err.constData());
        // --territory, the name for the genre, picks the same mode.
        const Run byGenre = bench({u"--territory"_s, u"--bots"_s, u"0"_s});
        QCOMPARE(byGenre.exitCode, 2);
        QVERIFY2(byGenre.err.contains("--bots must be a number from 1 to 99"), byGenre.err.constData());
        const Run tooMany = bench({u"--sovereign"_s, u"--matches"_s, u"21"_s});
        QCOMPARE(tooMany.exitCode, 2);
        QVERIFY2(tooMany.err.contains("--matches must be a number from 1 to 20"), tooMany.err.constData());
        const Run tick = bench({u"--sovereign"_s, u"--match-tick-ms"_s, u"10"_s});
        QCOMPARE(tick.exitCode, 2);
        QVERIFY2(tick.err.contains("--match-tick-ms must be a number from 25 to 200"), tick.err.constData());
        const Run sockets = bench({u"--sovereign"_s, u"--matches"_s, u"20"_s, u"--spectators"_s, u"1000"_s});
        QCOMPARE(sockets.exitCode, 2);
        QVERIFY2(sockets.err.contains("at most 4900 WebSockets"), sockets.err.constData());
        const Run otherMode = bench({u"--sovereign"_s, u"--window"_s, u"3"_s});
        QCOMPARE(otherMode.exitCode, 2);
        QVERIFY2(otherMode.err.contains("--window is for the fan-out of a real-time game, not --sovereign"),
                 otherMode.err.constData());
    }

    void aHistogramIsReadAsPrometheusReadsIt()
    {
        using steward::bench::bucketQuantile;
        using steward::bench::largestObservationBucket;
        const std::vector<HistogramBucket> ticks{{0.1, 0}, {0.25, 10}, {0.5, 30}, {1, 40}, {Inf, 40}};
        // Rank 20 falls in (0.25, 0.5], 10 of its 20: halfway.
        QCOMPARE(*bucketQuantile(0.5, ticks), 0.375);
        QCOMPARE(*bucketQuantile(0.99, ticks), 0.98);
        QCOMPARE(largestObservationBucket(ticks)->lower, 0.5);
        QCOMPARE(largestObservationBucket(ticks)->upper, 1.0);
        // The first bucket interpolates from 0.
        QCOMPARE(*bucketQuantile(0.2, {{0.1, 5}, {0.25, 10}, {Inf, 10}}), 0.04);
        // Past every finite bound: the last finite bound, and the slowest is past it.
        const std::vector<HistogramBucket> slow{{0.1, 0}, {100, 8}, {Inf, 10}};
        QCOMPARE(*bucketQuantile(0.99, slow), 100.0);
        QVERIFY(std::isinf(largestObservationBucket(slow)->upper));
        QVERIFY(!bucketQuantile(0.5, {{0.1, 0}, {Inf, 0}}));
    }
};

QTEST_GUILESS_MAIN(TestBenchSovereign)
#include "tst_benchsovereign.moc"
