// SPDX-License-Identifier: GPL-3.0-or-later
#include "RoundsBenchMode.h"

#include "CommandLineNumbers.h"

using namespace Qt::StringLiterals;

namespace steward::bench {

RoundsBenchMode::RoundsBenchMode()
    : m_clients(u"clients"_s, u"--rounds: bettor connections, one bet at a time each (1-2000)."_s, u"C"_s, u"64"_s),
      m_seconds(u"seconds"_s, u"--rounds: betting time to measure, over the rounds' betting windows (1-3600)."_s,
                u"S"_s, u"30"_s),
      m_period(u"period-ms"_s, u"--rounds: the table's round in ms; bets are taken for 4/5 of it (1000-3600000)."_s,
               u"P"_s, u"10000"_s),
      m_players(u"players"_s, u"--rounds: players the bets are spread over (1-1000000)."_s, u"N"_s, u"1000"_s)
{
}

RoundsBenchMode::~RoundsBenchMode() = default;

QString RoundsBenchMode::description() const
{
    return u"Operators' bets: creates a rounds table and an operator whose wallet webhooks go to a local operator "
           "in the bench, places signed bets over keep-alive connections in a closed loop while rounds take bets, "
           "then prints accepted bets/s and bet latency (debit webhook included) and checks, after the last round "
           "settled, that the operator's money is conserved and the host's ledger is sound."_s;
}

QString RoundsBenchMode::title() const
{
    return u"operators' bets on a rounds table"_s;
}

QList<QCommandLineOption> RoundsBenchMode::options() const
{
    return {m_clients, m_seconds, m_period, m_players};
}

bool RoundsBenchMode::read(const QCommandLineParser &cli, QString *problem)
{
    if (!positiveNumber(cli.value(m_clients), 2000, &m_options.clients)) {
        *problem = u"--clients must be a number from 1 to 2000"_s;
        return false;
    }
    if (!positiveNumber(cli.value(m_seconds), 3600, &m_options.seconds)) {
        *problem = u"--seconds must be a number from 1 to 3600"_s;
        return false;
    }
    if (!positiveNumber(cli.value(m_period), 3'600'000, &m_options.periodMs) || m_options.periodMs < 1000) {
        *problem = u"--period-ms must be a number from 1000 to 3600000"_s;
        return false;
    }
    if (!positiveNumber(cli.value(m_players), 1'000'000, &m_options.players)) {
        *problem = u"--players must be a number from 1 to 1000000"_s;
        return false;
    }
    return true;
}

qint64 RoundsBenchMode::connections() const
{
    return m_options.clients; // a keep-alive connection per bettor
}

void RoundsBenchMode::start(const SharedOptions &shared, std::function<void(const BenchOutcome &)> done)
{
    m_options.hostProgram = shared.hostProgram;
    m_options.url = shared.url;
    m_options.password = shared.password;
    m_options.hostPid = shared.hostPid;
    m_options.chain = shared.chain;
    m_options.timeoutSeconds = shared.timeoutSeconds;
    m_options.progress = shared.progress;
    m_run = std::make_unique<RoundsRun>(m_options);
    QObject::connect(m_run.get(), &RoundsRun::done, m_run.get(), [this, done = std::move(done)](bool success) {
        done(BenchOutcome{success, m_run->report().toText(), m_run->report().toJson()});
    });
    QMetaObject::invokeMethod(m_run.get(), &RoundsRun::start, Qt::QueuedConnection);
}

} // namespace steward::bench
