// SPDX-License-Identifier: GPL-3.0-or-later
// steward-bench --fanout as a user runs it: the bench starts steward-bench-host (steward-host with
// the bench's pulse kind), joins watchers over REST, reads their ticks over real WebSockets and
// drops some of them at once. Asserted: what the run counted, not how fast it was (speed is for
// docs/benchmarks.md); and the bench's refusals of bad options and of a host without the kind.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;

class TestBenchFanout : public QObject
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

private slots:
    void everyWatcherIsCountedAndTheDroppedComeBack()
    {
        const Run r = bench({u"--fanout"_s, u"--watchers"_s, u"40"_s, u"--window"_s, u"2"_s, u"--reconnect"_s, u"8"_s,
                             u"--json"_s, u"--quiet"_s, u"--timeout"_s, u"150"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject report = QJsonDocument::fromJson(r.out).object();
        QVERIFY2(report.value(u"success"_s).toBool(), r.out.constData());
        QCOMPARE(report.value(u"mode"_s).toString(), u"fanout"_s);
        QCOMPARE(report.value(u"games"_s).toInt(), 1);
        QCOMPARE(report.value(u"watchersPerGame"_s).toInt(), 40);
        // Two seconds of 50 ms ticks, for each of 40 watchers.
        QCOMPARE(report.value(u"ticksExpected"_s).toInteger(), 40 * 40);
        const qint64 seen = report.value(u"ticksSeen"_s).toInteger();
        QVERIFY2(seen > 0 && seen <= 40 * 40, r.out.constData());
        QCOMPARE(report.value(u"deliveryMs"_s).toObject().value(u"samples"_s).toInteger(), seen);
        QVERIFY(report.value(u"framesRead"_s).toInteger() >= seen);
        QCOMPARE(report.value(u"reconnecting"_s).toInt(), 8);
        QCOMPARE(report.value(u"reconnectMs"_s).toObject().value(u"samples"_s).toInteger(), 8);
        QVERIFY(report.value(u"reconnectAllSeconds"_s).toDouble() > 0);
        QCOMPARE(report.value(u"errors"_s).toArray().size(), 0);
        // The host was started and measured by the bench.
        QVERIFY(report.value(u"hostCpuSeconds"_s).isDouble());
        QVERIFY(report.value(u"hostRssAfterKiB"_s).toInteger() > 0);
    }

    void badOptionsAreRefusedBeforeAnythingStarts()
    {
        const Run zero = bench({u"--fanout"_s, u"--watchers"_s, u"0"_s});
        QCOMPARE(zero.exitCode, 2);
        QVERIFY2(zero.err.contains("--watchers must be a number from 1 to 10000"), zero.err.constData());
        const Run tooMany = bench({u"--fanout"_s, u"--games"_s, u"100"_s, u"--watchers"_s, u"1000"_s});
        QCOMPARE(tooMany.exitCode, 2);
        QVERIFY2(tooMany.err.contains("at most 20000 WebSockets"), tooMany.err.constData());
        const Run otherMode = bench({u"--fanout"_s, u"--teams"_s, u"3"_s});
        QCOMPARE(otherMode.exitCode, 2);
        QVERIFY2(otherMode.err.contains("--teams is for the Beer Game, not --fanout"), otherMode.err.constData());
    }

    void aHostWithoutThePulseKindIsNamedInTheFailure()
    {
        const Run r = bench({u"--fanout"_s, u"--watchers"_s, u"2"_s, u"--window"_s, u"1"_s, u"--quiet"_s, u"--host-bin"_s,
                             QString::fromUtf8(STEWARD_HOST_BIN)});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains("create game: HTTP 400 UNKNOWN_KIND"), r.out.constData());
        QVERIFY2(r.out.contains("is this steward-bench-host, with the pulse kind?"), r.out.constData());
        QVERIFY2(!r.out.contains("signed in"), "nothing measured, nothing reported");
    }
};

QTEST_GUILESS_MAIN(TestBenchFanout)
#include "tst_benchfanout.moc"
