// SPDX-License-Identifier: GPL-3.0-or-later
#include "FanoutBenchMode.h"

#include "CommandLineNumbers.h"

using namespace Qt::StringLiterals;

namespace steward::bench {

FanoutBenchMode::FanoutBenchMode()
    : m_games(u"games"_s, u"Pulse games ticking at once (1-100)."_s, u"N"_s, u"1"_s),
      m_watchers(u"watchers"_s, u"WebSocket watchers of each game (1-10000)."_s, u"N"_s, u"1000"_s),
      m_tick(u"tick-ms"_s, u"A game's tick, in ms (10-1000; 50 is 20 Hz)."_s, u"MS"_s, u"50"_s),
      m_bytes(u"bytes"_s, u"Characters of the view that change on every tick (16-65536)."_s, u"B"_s, u"1024"_s),
      m_seconds(u"window"_s, u"The measured window, in s (1-600)."_s, u"S"_s, u"10"_s),
      m_reconnect(u"reconnect"_s,
                  u"After the window, this many watchers drop at once and come back on new connections with their "
                  "tokens (0-10000; default 32, a class); prints how long each took to have its view again."_s,
                  u"N"_s, u"32"_s)
{
}

FanoutBenchMode::~FanoutBenchMode() = default;

QString FanoutBenchMode::description() const
{
    return u"Fan-out of a real-time game: steward-bench-host's pulse games change a block of their view on every "
           "tick, and every watcher (a real WebSocket per player) reads every tick. Prints the ticks read and missed, "
           "tick -> watcher delivery percentiles, how late the host ran its ticks, and host CPU and memory."_s;
}

QString FanoutBenchMode::title() const
{
    return u"the fan-out of a real-time game"_s;
}

QList<QCommandLineOption> FanoutBenchMode::options() const
{
    return {m_games, m_watchers, m_tick, m_bytes, m_seconds, m_reconnect};
}

bool FanoutBenchMode::read(const QCommandLineParser &cli, QString *problem)
{
    const struct
    {
        const QCommandLineOption &option;
        int min;
        int max;
        int *value;
    } numbers[] = {{m_games, 1, 100, &m_options.games},     {m_watchers, 1, 10'000, &m_options.watchersPerGame},
                   {m_tick, 10, 1'000, &m_options.tickMs},  {m_bytes, 16, 65'536, &m_options.bytes},
                   {m_seconds, 1, 600, &m_options.seconds}};
    for (const auto &n : numbers) {
        if (!positiveNumber(cli.value(n.option), n.max, n.value) || *n.value < n.min) {
            *problem = u"--%1 must be a number from %2 to %3"_s.arg(n.option.names().constFirst(), QString::number(n.min),
                                                                    QString::number(n.max));
            return false;
        }
    }
    bool reconnectOk = false;
    m_options.reconnecting = cli.value(m_reconnect).toInt(&reconnectOk);
    if (!reconnectOk || m_options.reconnecting < 0 || m_options.reconnecting > 10'000) {
        *problem = u"--reconnect must be a number from 0 to 10000"_s;
        return false;
    }
    if (qint64(m_options.games) * m_options.watchersPerGame > 20'000) {
        *problem = u"--games x --watchers may be at most 20000 WebSockets"_s;
        return false;
    }
    return true;
}

qint64 FanoutBenchMode::connections() const
{
    return qint64(m_options.games) * m_options.watchersPerGame;
}

void FanoutBenchMode::start(const SharedOptions &shared, std::function<void(const BenchOutcome &)> done)
{
    m_options.hostProgram = shared.hostProgram;
    m_options.url = shared.url;
    m_options.password = shared.password;
    m_options.hostPid = shared.hostPid;
    m_options.timeoutSeconds = shared.timeoutSeconds;
    m_options.progress = shared.progress;
    m_run = std::make_unique<FanoutRun>(m_options);
    QObject::connect(m_run.get(), &FanoutRun::done, m_run.get(), [this, done = std::move(done)](bool success) {
        done(BenchOutcome{success, m_run->report().toText(), m_run->report().toJson()});
    });
    QMetaObject::invokeMethod(m_run.get(), &FanoutRun::start, Qt::QueuedConnection);
}

} // namespace steward::bench
