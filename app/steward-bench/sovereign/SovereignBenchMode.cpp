// SPDX-License-Identifier: GPL-3.0-or-later
#include "SovereignBenchMode.h"

#include "CommandLineNumbers.h"

using namespace Qt::StringLiterals;

namespace steward::bench {

namespace {
// The host holds 5,000 sessions; the bench's REST clients take a few of them.
constexpr int MaxWebSockets = 4900;
} // namespace

// --window, --watchers and --tick-ms are the fan-out mode's names, and two modes may not share
// one (main.cpp), hence --measure, --spectators and --match-tick-ms here.
SovereignBenchMode::SovereignBenchMode()
    : m_matches(u"matches"_s, u"Sovereign Lines matches running at once (1-20)."_s, u"N"_s, u"1"_s),
      m_bots(u"bots"_s,
             u"Bots in each match beside its one bench player (1-99; 99 makes 100 players). The map is the smallest "
             "that seats them: huge above 60 players, large above 24, medium above 8, else small."_s,
             u"N"_s, u"99"_s),
      m_spectators(u"spectators"_s,
                   u"More WebSockets per match that follow it with the facilitator's token, as a projector does "
                   "(0-1000; the host pushes them at most 4 views a second)."_s,
                   u"N"_s, u"0"_s),
      m_seconds(u"measure"_s, u"The measured window, in s (1-3600)."_s, u"S"_s, u"60"_s),
      m_tick(u"match-tick-ms"_s, u"A match's tick, in ms (25-200; 50 is 20 Hz)."_s, u"MS"_s, u"50"_s)
{
}

SovereignBenchMode::~SovereignBenchMode() = default;

QString SovereignBenchMode::description() const
{
    return u"Sovereign Lines: matches whose places bots fill, played inside the host's ticks, with one player and any "
           "spectators per match on real WebSockets. Prints the host's tick time (p50/p99/max from the "
           "steward_tick_ms histogram of GET /metrics), ticks run and late, what each client read (bytes per second, "
           "push intervals, ticks between pushes), and host CPU and memory. --timeout bounds setting up and winding "
           "down; the measured window comes on top."_s;
}

QString SovereignBenchMode::title() const
{
    return u"Sovereign Lines"_s;
}

QList<QCommandLineOption> SovereignBenchMode::options() const
{
    return {m_matches, m_bots, m_spectators, m_seconds, m_tick};
}

bool SovereignBenchMode::read(const QCommandLineParser &cli, QString *problem)
{
    const struct
    {
        const QCommandLineOption &option;
        int min;
        int max;
        int *value;
    } numbers[] = {{m_matches, 1, 20, &m_options.matches},
                   {m_bots, 1, 99, &m_options.botsPerMatch},
                   {m_seconds, 1, 3600, &m_options.seconds},
                   {m_tick, 25, 200, &m_options.tickMs}};
    for (const auto &n : numbers) {
        if (!positiveNumber(cli.value(n.option), n.max, n.value) || *n.value < n.min) {
            *problem = u"--%1 must be a number from %2 to %3"_s.arg(n.option.names().constFirst(), QString::number(n.min),
                                                                    QString::number(n.max));
            return false;
        }
    }
    bool spectatorsOk = false;
    m_options.spectators = cli.value(m_spectators).toInt(&spectatorsOk);
    if (!spectatorsOk || m_options.spectators < 0 || m_options.spectators > 1000) {
        *problem = u"--spectators must be a number from 0 to 1000"_s;
        return false;
    }
    if (connections() > MaxWebSockets) {
        *problem = u"--matches x (1 + --spectators) may be at most %1 WebSockets"_s.arg(QString::number(MaxWebSockets));
        return false;
    }
    return true;
}

qint64 SovereignBenchMode::connections() const
{
    return qint64(m_options.matches) * m_options.clientsPerMatch();
}

void SovereignBenchMode::start(const SharedOptions &shared, std::function<void(const BenchOutcome &)> done)
{
    m_options.shared = shared;
    m_run = std::make_unique<SovereignRun>(m_options);
    QObject::connect(m_run.get(), &SovereignRun::done, m_run.get(), [this, done = std::move(done)](bool success) {
        done(BenchOutcome{success, m_run->report().toText(), m_run->report().toJson()});
    });
    QMetaObject::invokeMethod(m_run.get(), &SovereignRun::start, Qt::QueuedConnection);
}

} // namespace steward::bench
