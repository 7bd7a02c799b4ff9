// SPDX-License-Identifier: GPL-3.0-or-later
#include "BeerRun.h"

#include "HostProcess.h"
#include "HostUnderTest.h"
#include "ProcStats.h"
#include "RestClient.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QTextStream>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace steward::bench {

namespace {

constexpr int JoinWindow = 6; // QNetworkAccessManager's connections per host
constexpr int FinalStatusWaitMs = 5000;
const QStringList Roles{u"retailer"_s, u"wholesaler"_s, u"distributor"_s, u"factory"_s};

double secondsBetween(qint64 fromNs, qint64 toNs)
{
    return double(toNs - fromNs) / 1e9;
}

template <typename T>
void append(std::vector<T> &to, const std::vector<T> &from)
{
    to.insert(to.end(), from.begin(), from.end());
}

// One client thread's figures added to the run's (no chain: a threaded run has it off).
void absorb(Measurements &into, const Measurements &from)
{
    append(into.orderToAckNs, from.orderToAckNs);
    append(into.weekToStateNs, from.weekToStateNs);
    append(into.orderToNextWeekNs, from.orderToNextWeekNs);
    into.ordersSent += from.ordersSent.load();
    into.ordersAcked += from.ordersAcked.load();
    into.ordersRefused += from.ordersRefused;
    into.errors += from.errors;
    into.statesReceived += from.statesReceived;
    into.bytesReceived += from.bytesReceived;
    for (const QString &e : from.firstErrors)
        into.noteError(e);
}

} // namespace

BeerRun::BeerRun(BeerOptions options, QObject *parent) : QObject(parent), m_options(std::move(options))
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        if (m_settling) {
            const Measurements::Chain &c = m_measurements.chain;
            chainDone(u"timed out after %1 s: %2 of %3 chain intents never settled"_s.arg(
                QString::number(m_options.timeoutSeconds), QString::number(c.pending.size()), QString::number(c.queued)));
            return;
        }
        if (m_finalizing)
            return; // chainDone finishes on its own
        finish(false, u"timed out after %1 s (%2 of %3 seats finished, %4 of %5 orders acknowledged)"_s.arg(
                          QString::number(m_options.timeoutSeconds), QString::number(m_finished),
                          QString::number(m_seats.size()), QString::number(ordersAcked()),
                          QString::number(m_report.ordersExpected)));
    });
}

BeerRun::~BeerRun()
{
    stopClientThreads();
}

Measurements &BeerRun::measurementsOfTeam(int team)
{
    if (m_threadMeasurements.empty())
        return m_measurements;
    return *m_threadMeasurements[std::size_t(team) % m_threadMeasurements.size()];
}

quint64 BeerRun::ordersSent() const
{
    quint64 n = m_measurements.ordersSent;
    for (const auto &m : m_threadMeasurements)
        n += m->ordersSent;
    return n;
}

quint64 BeerRun::ordersAcked() const
{
    quint64 n = m_measurements.ordersAcked;
    for (const auto &m : m_threadMeasurements)
        n += m->ordersAcked;
    return n;
}

void BeerRun::stopClientThreads()
{
    if (m_clientThreads.empty())
        return;
    QThread *here = thread();
    for (BeerSeat *c : m_clients) {
        QMetaObject::invokeMethod(c, [c, here] {
            c->close();
            c->moveToThread(here);
        }, Qt::BlockingQueuedConnection);
        c->setParent(this);
    }
    for (const auto &t : m_clientThreads) {
        t->quit();
        t->wait();
    }
    m_clientThreads.clear();
    for (const auto &m : m_threadMeasurements)
        absorb(m_measurements, *m);
    m_threadMeasurements.clear();
}

void BeerRun::note(const QString &line) const
{
    if (!m_options.progress)
        return;
    QTextStream err(stderr);
    err << u"[%1 s] "_s.arg(QString::number(double(m_clock.nsecsElapsed()) / 1e9, 'f', 1)) << line << '\n';
}

qint64 BeerRun::hostPid() const
{
    if (m_host)
        return m_host->pid();
    return m_options.hostPid;
}

std::optional<qint64> BeerRun::hostRss() const
{
    const qint64 pid = hostPid();
    return pid > 0 ? residentKiB(pid) : std::nullopt;
}

std::optional<double> BeerRun::hostCpu() const
{
    const qint64 pid = hostPid();
    return pid > 0 ? cpuSeconds(pid) : std::nullopt;
}

std::optional<double> BeerRun::devnetCpu() const
{
    return m_devnetPid > 0 ? cpuSeconds(m_devnetPid) : std::nullopt;
}

void BeerRun::start()
{
    m_clock.start();
    m_timeout.start(std::chrono::seconds(m_options.timeoutSeconds));
    m_report.teams = m_options.teams;
    m_report.weeks = m_options.weeks;
    m_report.thinkMs = m_options.thinkMs;
    m_report.connections = m_options.teams * int(Roles.size());
    m_report.ordersExpected = quint64(m_report.connections) * quint64(m_options.weeks);

    m_hostUnderTest = new HostUnderTest({m_options.url, m_options.hostProgram, m_options.password, m_options.chain,
                                         m_options.chainReadySeconds},
                                        m_clock, [this](const QString &line) { note(line); }, this);
    m_report.hostStartedByBench = m_options.url.isEmpty();
    connect(m_hostUnderTest, &HostUnderTest::failed, this, [this](const QString &why) { finish(false, why); });
    connect(m_hostUnderTest, &HostUnderTest::ready, this, [this] {
        m_base = m_hostUnderTest->base();
        m_rest = &m_hostUnderTest->facilitator();
        m_host = m_hostUnderTest->process();
        m_devnetPid = m_hostUnderTest->devnetPid();
        m_report.chainKnown = m_hostUnderTest->chainKnown();
        m_report.chain = m_hostUnderTest->chain();
        m_report.chainReadySeconds = m_hostUnderTest->chainReadySeconds();
        if (m_report.chain)
            note(u"chain: orders are recorded on it"_s);
        createGame();
    });
    m_hostUnderTest->start();
}

void BeerRun::createGame()
{
    const QJsonObject request{{u"kind"_s, u"beer"_s},
                              {u"config"_s, QJsonObject{{u"teams"_s, m_options.teams}, {u"weeks"_s, m_options.weeks}}}};
    m_rest->post(u"/api/games/create"_s, request, [this](int status, const QJsonObject &body) {
        if (status != 200)
            return finish(false, u"create game: "_s + RestClient::describe(status, body));
        m_gameId = body.value(u"gameId").toString();
        m_joinCode = body.value(u"joinCode").toString();
        note(u"game %1 (join code %2): %3 teams, %4 weeks; joining %5 players over REST"_s.arg(
            m_gameId, m_joinCode, QString::number(m_options.teams), QString::number(m_options.weeks),
            QString::number(m_report.connections)));
        for (int t = 1; t <= m_options.teams; ++t) {
            for (const QString &role : Roles)
                m_seats.push_back(Seat{t, role, {}});
        }
        for (int i = 0; i < JoinWindow; ++i)
            joinNext();
    });
}

void BeerRun::joinNext()
{
    if (m_over || m_joinsSent >= m_seats.size())
        return;
    const std::size_t i = m_joinsSent++;
    ++m_joinsInFlight;
    const Seat &seat = m_seats[i];
    const QJsonObject request{{u"joinCode"_s, m_joinCode},
                              {u"name"_s, u"t%1-%2"_s.arg(QString::number(seat.team), seat.role)},
                              {u"team"_s, seat.team},
                              {u"role"_s, seat.role}};
    m_rest->post(u"/api/games/join"_s, request, [this, i](int status, const QJsonObject &body) {
        --m_joinsInFlight;
        if (m_over)
            return;
        if (status != 200)
            return finish(false, u"join: "_s + RestClient::describe(status, body));
        m_seats[i].token = body.value(u"token").toString();
        ++m_joinsDone;
        if (m_joinsDone % 200 == 0)
            note(u"%1 of %2 players joined"_s.arg(QString::number(m_joinsDone), QString::number(m_seats.size())));
        if (m_joinsDone == m_seats.size())
            startGame();
        else
            joinNext();
    });
}

void BeerRun::startGame()
{
    m_rest->post(u"/api/games/start"_s, {{u"gameId"_s, m_gameId}}, [this](int status, const QJsonObject &body) {
        if (status != 200)
            return finish(false, u"start game: "_s + RestClient::describe(status, body));
        const qint64 now = m_clock.nsecsElapsed();
        m_report.setupSeconds = secondsBetween(m_hostUnderTest->setupStartNs() + m_hostUnderTest->chainWaitNs(), now);
        m_report.restRetries = m_rest->rateLimitedRetries();
        m_report.hostRssBeforeKiB = hostRss();
        note(u"game started after %1 s of setup; opening %2 WebSockets"_s.arg(
            QString::number(m_report.setupSeconds, 'f', 1), QString::number(m_seats.size())));

        m_teams.reserve(std::size_t(m_options.teams));
        for (int t = 0; t < m_options.teams; ++t)
            m_teams.push_back(std::make_unique<TeamTrack>(m_options.weeks));
        m_clients.reserve(m_seats.size());
        if (m_options.clientThreads > 1) {
            for (int i = 0; i < m_options.clientThreads; ++i) {
                m_threadMeasurements.push_back(std::make_unique<Measurements>());
                m_clientThreads.push_back(std::make_unique<QThread>());
                m_clientThreads.back()->setObjectName(u"bench clients %1"_s.arg(i + 1));
                m_clientThreads.back()->start();
            }
        }
        for (const Seat &seat : m_seats) {
            const bool threaded = !m_clientThreads.empty();
            auto *client = new BeerSeat(u"t%1-%2"_s.arg(QString::number(seat.team), seat.role), seat.token,
                                        *m_teams[std::size_t(seat.team - 1)], measurementsOfTeam(seat.team), m_clock,
                                        threaded ? nullptr : this);
            if (threaded) // a team's four seats share its clock: one thread for all of them
                client->moveToThread(m_clientThreads[std::size_t(seat.team) % m_clientThreads.size()].get());
            connect(client, &BeerSeat::ready, this, &BeerRun::onClientReady);
            connect(client, &BeerSeat::teamFinished, this, [this] {
                ++m_finished;
                checkFinished();
            });
            connect(client, &BeerSeat::orderAcknowledged, this, &BeerRun::checkFinished);
            connect(client, &BeerSeat::chainSettled, this, &BeerRun::checkSettled);
            connect(client, &BeerSeat::failed, this, [this, t = seat.team, r = seat.role](const QString &why) {
                finish(false, u"team %1 %2: %3"_s.arg(QString::number(t), r, why));
            });
            client->setThinkTime(m_options.thinkMs);
            m_clients.push_back(client);
        }
        m_connectStartNs = m_clock.nsecsElapsed();
        for (int i = 0; i < m_options.connectWindow; ++i)
            connectNext();
    });
}

void BeerRun::connectNext()
{
    if (m_over || m_opened >= m_clients.size())
        return;
    QUrl ws = m_base;
    ws.setScheme(u"ws"_s);
    ws.setPath(u"/ws"_s);
    BeerSeat *seat = m_clients[m_opened++];
    QMetaObject::invokeMethod(seat, [seat, ws] { seat->open(ws); });
}

void BeerRun::onClientReady()
{
    ++m_ready;
    if (m_ready % 250 == 0 && m_ready < m_clients.size())
        note(u"%1 of %2 WebSockets ready"_s.arg(QString::number(m_ready), QString::number(m_clients.size())));
    if (m_ready == m_clients.size()) {
        play();
        return;
    }
    connectNext();
}

void BeerRun::play()
{
    const qint64 now = m_clock.nsecsElapsed();
    m_report.connectSeconds = secondsBetween(m_connectStartNs, now);
    m_report.hostRssAfterKiB = hostRss();
    note(u"all %1 WebSockets authenticated with their first state after %2 s; playing %3 weeks"_s.arg(
        QString::number(m_clients.size()), QString::number(m_report.connectSeconds, 'f', 2),
        QString::number(m_options.weeks)));
    m_hostCpuAtStart = hostCpu().value_or(0);
    m_devnetCpuAtStart = devnetCpu();
    m_benchCpuAtStart = ownCpuSeconds();
    m_machineCpuAtStart = machineBusySeconds();
    m_playing = true;
    m_playStartNs = m_clock.nsecsElapsed();
    for (BeerSeat *c : m_clients)
        QMetaObject::invokeMethod(c, &BeerSeat::play);
}

void BeerRun::checkFinished()
{
    if (!m_playing || m_over || m_settling || m_finalizing || m_finished < m_clients.size())
        return;
    if (ordersAcked() < ordersSent())
        return; // the last acknowledgements are still on their way
    const qint64 end = m_clock.nsecsElapsed();
    m_report.wallSeconds = secondsBetween(m_playStartNs, end);
    m_report.benchCpuSeconds = ownCpuSeconds() - m_benchCpuAtStart;
    if (const auto cpu = hostCpu())
        m_report.hostCpuSeconds = *cpu - m_hostCpuAtStart;
    if (const auto cpu = devnetCpu(); cpu && m_devnetCpuAtStart)
        m_report.devnetCpuSeconds = *cpu - *m_devnetCpuAtStart;
    const auto machine = machineBusySeconds();
    if (machine && m_machineCpuAtStart)
        m_report.machineCpuSeconds = *machine - *m_machineCpuAtStart;
    m_report.hostRssEndKiB = hostRss();
    if (ordersAcked() != m_report.ordersExpected) {
        finish(false, u"%1 orders acknowledged, %2 expected"_s.arg(QString::number(ordersAcked()),
                                                                    QString::number(m_report.ordersExpected)));
        return;
    }
    if (!m_report.chain) {
        finish(true);
        return;
    }
    // The game is over; the chain may not be yet.
    m_settling = true;
    const Measurements::Chain &c = m_measurements.chain;
    note(u"all %1 orders acknowledged; %2 of %3 chain intents settled, waiting for the rest"_s.arg(
        QString::number(ordersAcked()), QString::number(c.confirmed + c.failed),
        QString::number(c.queued)));
    checkSettled();
}

void BeerRun::checkSettled()
{
    if (!m_settling || m_over)
        return;
    if (!m_measurements.chain.pending.isEmpty())
        return;
    chainDone({});
}

// Every intent settled (failure empty) or the time is up: the chain figures, then the host's
// own outbox counts, then the end.
void BeerRun::chainDone(const QString &failure)
{
    m_settling = false;
    m_finalizing = true;
    m_measurements.chain.closed = true;
    const Measurements::Chain &c = m_measurements.chain;
    const qint64 last = c.lastSettledNs >= 0 ? c.lastSettledNs : m_clock.nsecsElapsed();
    m_report.chainSeconds = secondsBetween(m_playStartNs, last);
    m_report.chainBenchCpuSeconds = ownCpuSeconds() - m_benchCpuAtStart;
    if (const auto cpu = hostCpu())
        m_report.chainHostCpuSeconds = *cpu - m_hostCpuAtStart;
    if (const auto cpu = devnetCpu(); cpu && m_devnetCpuAtStart)
        m_report.chainDevnetCpuSeconds = *cpu - *m_devnetCpuAtStart;
    const auto machine = machineBusySeconds();
    if (machine && m_machineCpuAtStart)
        m_report.chainMachineCpuSeconds = *machine - *m_machineCpuAtStart;

    QString why = failure;
    if (why.isEmpty() && c.failed > 0) {
        why = u"%1 of %2 chain intents failed%3"_s.arg(
            QString::number(c.failed), QString::number(c.queued),
            c.firstFailures.isEmpty() ? QString() : u" (first: %1)"_s.arg(c.firstFailures.first()));
    }
    note(u"%1 chain intents confirmed, %2 failed, %3 not settled; reading the host's outbox"_s.arg(
        QString::number(c.confirmed), QString::number(c.failed), QString::number(c.pending.size())));
    QTimer::singleShot(FinalStatusWaitMs, this, [this, why] {
        finish(false, why.isEmpty() ? u"no answer from /api/chain/status at the end"_s : why);
    });
    m_rest->get(u"/api/chain/status"_s, [this, why](int status, const QJsonObject &body) {
        if (m_over)
            return;
        if (status != 200)
            return finish(false, why.isEmpty() ? u"chain status at the end: "_s + RestClient::describe(status, body) : why);
        if (body.value(u"outbox").isObject())
            m_report.hostOutbox = body.value(u"outbox").toObject();
        m_report.chainLastError = body.value(u"lastError").toString();
        finish(why.isEmpty(), why);
    });
}

void BeerRun::finish(bool success, const QString &failure)
{
    if (m_over)
        return;
    m_over = true;
    m_timeout.stop();
    if (m_playing && m_report.wallSeconds == 0)
        m_report.wallSeconds = secondsBetween(m_playStartNs, m_clock.nsecsElapsed());

    stopClientThreads();
    const Measurements &m = m_measurements;
    m_report.success = success;
    m_report.clientThreads = m_options.clientThreads;
    m_report.failure = failure;
    m_report.ordersSent = m.ordersSent;
    m_report.ordersAcked = m.ordersAcked;
    m_report.ordersRefused = m.ordersRefused;
    m_report.errors = m.errors;
    m_report.statesReceived = m.statesReceived;
    m_report.bytesReceived = m.bytesReceived;
    m_report.firstErrors = m.firstErrors;
    if (m_report.wallSeconds > 0) {
        m_report.ordersPerSecond = double(m.ordersAcked) / m_report.wallSeconds;
        m_report.weeksPerSecond = double(m.ordersAcked) / double(Roles.size()) / m_report.wallSeconds;
    }
    m_report.orderToAck = summarize(m.orderToAckNs);
    m_report.weekToState = summarize(m.weekToStateNs);
    m_report.orderToNextWeek = summarize(m.orderToNextWeekNs);
    m_report.intentsQueued = m.chain.queued;
    m_report.intentsConfirmed = m.chain.confirmed;
    m_report.intentsFailed = m.chain.failed;
    m_report.intentsUnsettled = quint64(m.chain.pending.size());
    m_report.intentsSettledBeforeOk = m.chain.settledBeforeOk;
    m_report.chainTxUnmatched = quint64(m.chain.early.size());
    for (auto it = m.chain.queuedByKind.cbegin(); it != m.chain.queuedByKind.cend(); ++it)
        m_report.intentsByKind.insert(it.key(), it.value());
    m_report.outboxLag = summarize(m.chain.lagNs);
    m_report.chainFailures = m.chain.firstFailures;
    if (m_report.chainSeconds > 0)
        m_report.chainIntentsPerSecond = double(m.chain.confirmed) / m_report.chainSeconds;
    if (m_rest)
        m_report.restRetries = m_rest->rateLimitedRetries();

    note(success ? u"finished"_s : u"failed: "_s + failure);
    for (BeerSeat *c : m_clients)
        c->close();
    if (m_host && m_host->running()) {
        // Let the close frames go out, then stop the host as an operator would.
        QCoreApplication::processEvents();
        const int code = m_host->stop();
        const double devnet = m_host->devnetWaitSeconds();
        note(u"steward-host stopped with SIGTERM (exit code %1)%2"_s.arg(
            QString::number(code),
            !m_options.chain ? QString()
            : devnet < 0     ? u"; its anvil did not end and was killed"_s
                             : u"; its anvil ended %1 s later"_s.arg(QString::number(devnet, 'f', 1))));
    }
    emit done(success);
}

} // namespace steward::bench
