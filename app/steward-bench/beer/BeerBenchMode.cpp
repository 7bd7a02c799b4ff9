// SPDX-License-Identifier: GPL-3.0-or-later
#include "BeerBenchMode.h"

#include "CommandLineNumbers.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace steward::bench {

BeerBenchMode::BeerBenchMode()
    : m_teams(u"teams"_s, u"Teams of four players (1-500)."_s, u"N"_s, u"1"_s),
      m_weeks(u"weeks"_s, u"Weeks to play (1-520)."_s, u"W"_s, u"36"_s),
      m_think(u"think-ms"_s, u"Pause before each order, uniform in [T/2, 3T/2] ms (default 0: order at once)."_s,
              u"T"_s, u"0"_s),
      m_clientThreads(u"client-threads"_s,
                      u"Threads the bench's players run on, whole teams to a thread (1-16; default 1). With think time, "
                      "more keep the bench's own event loop out of the latency it measures. Not with --chain."_s,
                      u"N"_s, u"1"_s)
{
}

BeerBenchMode::~BeerBenchMode() = default;

QString BeerBenchMode::description() const
{
    return u"The Beer Game: one real WebSocket client per seat (pass-through orders), then orders/s, latency "
           "percentiles and host memory. With --chain also how fast the host's transaction outbox records the "
           "orders on its devnet: intents queued, confirmed and failed, outbox lag (order's ok -> its chain.tx "
           "push) and confirmed intents/s; the run then waits until every intent is settled."_s;
}

QString BeerBenchMode::title() const
{
    return u"the Beer Game"_s;
}

QList<QCommandLineOption> BeerBenchMode::options() const
{
    return {m_teams, m_weeks, m_think, m_clientThreads};
}

bool BeerBenchMode::read(const QCommandLineParser &cli, QString *problem)
{
    if (!positiveNumber(cli.value(m_teams), 500, &m_options.teams)) {
        *problem = u"--teams must be a number from 1 to 500"_s;
        return false;
    }
    if (!positiveNumber(cli.value(m_weeks), 520, &m_options.weeks)) {
        *problem = u"--weeks must be a number from 1 to 520"_s;
        return false;
    }
    bool thinkOk = false;
    m_options.thinkMs = cli.value(m_think).toInt(&thinkOk);
    if (!thinkOk || m_options.thinkMs < 0 || m_options.thinkMs > 600000) {
        *problem = u"--think-ms must be a number of milliseconds from 0 to 600000"_s;
        return false;
    }
    if (!positiveNumber(cli.value(m_clientThreads), 16, &m_options.clientThreads)) {
        *problem = u"--client-threads must be a number from 1 to 16"_s;
        return false;
    }
    return true;
}

qint64 BeerBenchMode::connections() const
{
    return qint64(m_options.teams) * 4; // a WebSocket per seat
}

void BeerBenchMode::start(const SharedOptions &shared, std::function<void(const BenchOutcome &)> done)
{
    m_options.hostProgram = shared.hostProgram;
    m_options.url = shared.url;
    m_options.password = shared.password;
    m_options.hostPid = shared.hostPid;
    m_options.chain = shared.chain;
    if (m_options.chain && m_options.clientThreads > 1) {
        // Once the event loop runs, so that ending the run ends the program.
        QMetaObject::invokeMethod(QCoreApplication::instance(), [done = std::move(done)] {
            done(BenchOutcome{false, u"steward-bench: --client-threads above 1 is not for --chain runs\n"_s, {}});
        }, Qt::QueuedConnection);
        return;
    }
    m_options.timeoutSeconds = shared.timeoutSeconds;
    m_options.progress = shared.progress;
    m_run = std::make_unique<BeerRun>(m_options);
    QObject::connect(m_run.get(), &BeerRun::done, m_run.get(), [this, done = std::move(done)](bool success) {
        done(BenchOutcome{success, m_run->report().toText(), m_run->report().toJson()});
    });
    QMetaObject::invokeMethod(m_run.get(), &BeerRun::start, Qt::QueuedConnection);
}

} // namespace steward::bench
