// SPDX-License-Identifier: GPL-3.0-or-later
#include "SovereignRun.h"

#include "HostProcess.h"
#include "HostUnderTest.h"
#include "MetricsScraper.h"
#include "ProcStats.h"
#include "RestClient.h"
#include "SovereignClient.h"

#include <QCoreApplication>
#include <QTextStream>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace steward::bench {

namespace {
const QString Kind = u"sovereign"_s;
constexpr int LeadInMs = 1000;       // after every client saw its match running: the starts settle
constexpr int ChainReadySeconds = 60; // with --chain: how long the devnet may take
constexpr int MatchMinutes = 60;      // the longest match the kind allows: no match ends by time
} // namespace

SovereignRun::SovereignRun(SovereignOptions options, QObject *parent) : QObject(parent), m_options(std::move(options))
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        finish(false, u"timed out after %1 s (%2 of %3 clients ready, %4 saw their match running)"_s.arg(
                          QString::number(m_options.shared.timeoutSeconds), QString::number(m_ready),
                          QString::number(m_clients.size()), QString::number(m_running)));
    });
    m_phase.setSingleShot(true);
}

SovereignRun::~SovereignRun() = default;

void SovereignRun::note(const QString &line) const
{
    if (!m_options.shared.progress)
        return;
    QTextStream err(stderr);
    err << u"[%1 s] "_s.arg(QString::number(double(m_clock.nsecsElapsed()) / 1e9, 'f', 1)) << line << '\n';
}

qint64 SovereignRun::hostPid() const
{
    return m_host ? m_host->pid() : m_options.shared.hostPid;
}

QUrl SovereignRun::webSocketUrl() const
{
    QUrl ws = m_base;
    ws.setScheme(u"ws"_s);
    ws.setPath(u"/ws"_s);
    return ws;
}

void SovereignRun::start()
{
    m_clock.start();
    m_timeout.start(std::chrono::seconds(m_options.shared.timeoutSeconds));
    m_report.matches = m_options.matches;
    m_report.botsPerMatch = m_options.botsPerMatch;
    m_report.playersPerMatch = m_options.playersPerMatch();
    m_report.spectatorsPerMatch = m_options.spectators;
    m_report.mapSize = m_options.mapSize();
    m_report.tickMs = m_options.tickMs;
    m_report.seconds = m_options.seconds;
    const SharedOptions &shared = m_options.shared;
    m_hostUnderTest = new HostUnderTest(
        {shared.url, shared.hostProgram, shared.password, shared.chain, shared.chain ? ChainReadySeconds : 0}, m_clock,
        [this](const QString &line) { note(line); }, this);
    connect(m_hostUnderTest, &HostUnderTest::failed, this, [this](const QString &why) { finish(false, why); });
    connect(m_hostUnderTest, &HostUnderTest::ready, this, [this] {
        m_base = m_hostUnderTest->base();
        m_rest = &m_hostUnderTest->facilitator();
        m_host = m_hostUnderTest->process();
        m_setupStartNs = m_hostUnderTest->setupStartNs();
        m_metrics = new MetricsScraper(m_base, Kind, this);
        createMatch();
    });
    m_hostUnderTest->start();
}

void SovereignRun::createMatch()
{
    const QJsonObject config{{u"mapSize"_s, m_options.mapSize()},
                             {u"slots"_s, m_options.playersPerMatch()},
                             {u"fillWithBots"_s, true},
                             {u"botStrength"_s, u"mixed"_s},
                             {u"minutes"_s, MatchMinutes},
                             {u"tickMs"_s, m_options.tickMs}};
    m_rest->post(u"/api/games/create"_s, {{u"kind"_s, Kind}, {u"config"_s, config}},
                 [this](int status, const QJsonObject &body) {
                     if (m_over)
                         return;
                     if (status != 200)
                         return finish(false, u"create match: "_s + RestClient::describe(status, body)
                                                  + u" (does this host run the sovereign kind?)"_s);
                     Match m;
                     m.gameId = body.value(u"gameId").toString();
                     m.joinCode = body.value(u"joinCode").toString();
                     m_matches.push_back(std::move(m));
                     joinPlayer(m_matches.size() - 1);
                 });
}

void SovereignRun::joinPlayer(std::size_t match)
{
    const QJsonObject request{{u"joinCode"_s, m_matches[match].joinCode},
                              {u"name"_s, u"bench %1"_s.arg(QString::number(match + 1))}};
    m_rest->post(u"/api/games/join"_s, request, [this, match](int status, const QJsonObject &body) {
        if (m_over)
            return;
        if (status != 200)
            return finish(false, u"join: "_s + RestClient::describe(status, body));
        m_matches[match].playerToken = body.value(u"token").toString();
        if (int(m_matches.size()) < m_options.matches)
            return createMatch();
        note(u"%1 match(es) of %2 places (map %3, %4 ms ticks), one player joined in each"_s.arg(
            QString::number(m_matches.size()), QString::number(m_options.playersPerMatch()), m_options.mapSize(),
            QString::number(m_options.tickMs)));
        signInSpectators();
    });
}

// Spectators watch as the projector does: the facilitator's own token, following the match.
void SovereignRun::signInSpectators()
{
    if (m_options.spectators == 0)
        return connectAll({});
    m_rest->post(u"/api/players/authenticate"_s,
                 {{u"username"_s, u"admin"_s}, {u"password"_s, m_options.shared.password}},
                 [this](int status, const QJsonObject &body) {
                     if (m_over)
                         return;
                     if (status != 200)
                         return finish(false, u"facilitator sign-in for the spectators: "_s
                                                  + RestClient::describe(status, body));
                     connectAll(body.value(u"token").toString());
                 });
}

void SovereignRun::connectAll(const QString &facilitatorToken)
{
    m_report.setupSeconds = double(m_clock.nsecsElapsed() - m_setupStartNs) / 1e9;
    for (Match &m : m_matches) {
        m.player = new SovereignClient(SovereignClient::Role::Player, m.playerToken, m.gameId, m_clock, this);
        m_clients.push_back(m.player);
        for (int i = 0; i < m_options.spectators; ++i) {
            auto *s = new SovereignClient(SovereignClient::Role::Spectator, facilitatorToken, m.gameId, m_clock, this);
            m.spectators.push_back(s);
            m_clients.push_back(s);
        }
    }
    for (SovereignClient *c : m_clients) {
        connect(c, &SovereignClient::ready, this, &SovereignRun::onClientReady);
        connect(c, &SovereignClient::running, this, &SovereignRun::onClientRunning);
        connect(c, &SovereignClient::failed, this, [this](const QString &why) { finish(false, u"a client: "_s + why); });
    }
    note(u"opening %1 WebSockets"_s.arg(QString::number(m_clients.size())));
    m_connectStartNs = m_clock.nsecsElapsed();
    for (int i = 0; i < m_options.connectWindow; ++i)
        connectNext();
}

void SovereignRun::connectNext()
{
    if (m_over || m_opened >= m_clients.size())
        return;
    m_clients[m_opened++]->open(webSocketUrl());
}

void SovereignRun::onClientReady()
{
    if (++m_ready < m_clients.size())
        return connectNext();
    m_report.connectSeconds = double(m_clock.nsecsElapsed() - m_connectStartNs) / 1e9;
    if (const qint64 pid = hostPid(); pid > 0)
        m_report.hostRssSetUpKiB = residentKiB(pid);
    note(u"all %1 clients in with their first view after %2 s; starting the matches"_s.arg(
        QString::number(m_clients.size()), QString::number(m_report.connectSeconds, 'f', 2)));
    startMatches();
}

void SovereignRun::startMatches()
{
    m_startAskedNs = m_clock.nsecsElapsed();
    for (const Match &m : m_matches) {
        m_rest->post(u"/api/games/start"_s, {{u"gameId"_s, m.gameId}}, [this](int status, const QJsonObject &body) {
            if (m_over)
                return;
            if (status != 200)
                finish(false, u"start: "_s + RestClient::describe(status, body));
        });
    }
}

void SovereignRun::onClientRunning()
{
    if (++m_running < m_clients.size())
        return;
    m_report.startSeconds = double(m_clock.nsecsElapsed() - m_startAskedNs) / 1e9;
    note(u"every match running after %1 s; measuring %2 s"_s.arg(QString::number(m_report.startSeconds, 'f', 2),
                                                                 QString::number(m_options.seconds)));
    disconnect(&m_phase, nullptr, this, nullptr);
    connect(&m_phase, &QTimer::timeout, this, [this] {
        m_metrics->scrape([this](const std::optional<HostTickMetrics> &metrics, const QString &problem) {
            if (m_over)
                return;
            if (!metrics)
                return finish(false, problem);
            m_metricsAtStart = metrics;
            openWindow();
        });
    });
    m_phase.start(LeadInMs);
}

void SovereignRun::openWindow()
{
    m_windowStartNs = m_clock.nsecsElapsed();
    if (const qint64 pid = hostPid(); pid > 0) {
        m_hostCpuAtStart = cpuSeconds(pid);
        m_report.hostRssStartKiB = residentKiB(pid);
    }
    m_benchCpuAtStart = ownCpuSeconds();
    m_machineBusyAtStart = machineBusySeconds();
    for (SovereignClient *c : m_clients)
        c->setRecording(true);
    // The time limit is for setting up and winding down: the window comes on top of it.
    m_timeout.start(m_timeout.remainingTime() + m_options.seconds * 1000);
    disconnect(&m_phase, nullptr, this, nullptr);
    connect(&m_phase, &QTimer::timeout, this, &SovereignRun::closeWindow);
    m_phase.start(m_options.seconds * 1000);
}

void SovereignRun::closeWindow()
{
    m_metrics->scrape([this](const std::optional<HostTickMetrics> &metrics, const QString &problem) {
        if (m_over)
            return;
        if (!metrics)
            return finish(false, problem);
        measure(*metrics);
        finish(true);
    });
}

void SovereignRun::measure(const HostTickMetrics &atEnd)
{
    for (SovereignClient *c : m_clients)
        c->setRecording(false);
    const double wall = double(m_clock.nsecsElapsed() - m_windowStartNs) / 1e9;
    m_report.windowSeconds = wall;
    const qint64 pid = hostPid();
    if (m_hostCpuAtStart && pid > 0) {
        if (const auto cpu = cpuSeconds(pid))
            m_report.hostCpuSeconds = *cpu - *m_hostCpuAtStart;
    }
    if (pid > 0)
        m_report.hostRssEndKiB = residentKiB(pid);
    m_report.benchCpuSeconds = ownCpuSeconds() - m_benchCpuAtStart;
    if (const auto busy = machineBusySeconds(); busy && m_machineBusyAtStart)
        m_report.otherCpuSeconds = std::max(0.0, *busy - *m_machineBusyAtStart - m_report.benchCpuSeconds
                                                       - m_report.hostCpuSeconds.value_or(0.0));

    const HostTickMetrics window = atEnd.since(*m_metricsAtStart);
    m_report.haveTickMetrics = true;
    m_report.ticksRun = window.tickMsCount;
    m_report.ticksDue = wall * 1000.0 / m_options.tickMs * double(m_matches.size());
    m_report.ticksLate = window.ticksLate;
    m_report.tickP50Ms = bucketQuantile(0.50, window.tickMsBuckets);
    m_report.tickP99Ms = bucketQuantile(0.99, window.tickMsBuckets);
    m_report.tickMaxBucket = largestObservationBucket(window.tickMsBuckets);
    m_report.tickMeanMs = window.tickMsCount > 0 ? window.tickMsSum / window.tickMsCount : 0.0;
    m_report.pushes = window.pushMsCount;
    m_report.pushP50Ms = bucketQuantile(0.50, window.pushMsBuckets);
    m_report.pushP99Ms = bucketQuantile(0.99, window.pushMsBuckets);
    m_report.pushMeanMs = window.pushMsCount > 0 ? window.pushMsSum / window.pushMsCount : 0.0;
    m_report.playersConnected = atEnd.playersConnected;
    m_report.gamesActive = atEnd.gamesActive;

    std::vector<const SovereignClient *> players;
    std::vector<const SovereignClient *> spectators;
    for (const Match &m : m_matches) {
        SovereignReport::Match figures;
        figures.gameId = m.gameId;
        const auto &pushes = m.player->pushes();
        if (!pushes.empty()) {
            figures.firstTick = pushes.front().tick;
            figures.lastTick = pushes.back().tick;
            figures.tickSpanSeconds = double(pushes.back().atNs - pushes.front().atNs) / 1e9;
        }
        if (m.player->sawOver())
            figures.overAtTick = m.player->overAtTick();
        figures.player = PushFigures::of({m.player}, wall);
        const std::vector<const SovereignClient *> watching(m.spectators.cbegin(), m.spectators.cend());
        figures.spectators = PushFigures::of(watching, wall);
        players.push_back(m.player);
        spectators.insert(spectators.end(), watching.cbegin(), watching.cend());
        m_report.perMatch.push_back(std::move(figures));
    }
    m_report.players = PushFigures::of(players, wall);
    m_report.spectators = PushFigures::of(spectators, wall);
    note(u"window over after %1 s"_s.arg(QString::number(wall, 'f', 2)));
}

void SovereignRun::finish(bool success, const QString &failure)
{
    if (m_over)
        return;
    m_over = true;
    m_timeout.stop();
    m_phase.stop();
    m_report.success = success;
    m_report.failure = failure;
    note(success ? u"finished"_s : u"failed: "_s + failure);
    for (SovereignClient *c : m_clients)
        c->close();
    if (m_host && m_host->running()) {
        QCoreApplication::processEvents();
        const int code = m_host->stop();
        note(u"the host stopped with SIGTERM (exit code %1)"_s.arg(QString::number(code)));
    }
    emit done(success);
}

} // namespace steward::bench
