// SPDX-License-Identifier: GPL-3.0-or-later
#include "FanoutRun.h"

#include "HostProcess.h"
#include "HostUnderTest.h"
#include "ProcStats.h"
#include "RestClient.h"

#include <QCoreApplication>
#include <QTextStream>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace steward::bench {

namespace {
constexpr int JoinWindow = 6;       // QNetworkAccessManager's connections per host
constexpr int TicksOfLeadIn = 4;    // the window starts this many ticks after every watcher is in
constexpr int GraceMs = 2000;       // after the window's last tick was due, count what came
} // namespace

FanoutRun::FanoutRun(FanoutOptions options, QObject *parent) : QObject(parent), m_options(std::move(options))
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        finish(false, u"timed out after %1 s (%2 of %3 watchers ready)"_s.arg(
                          QString::number(m_options.timeoutSeconds), QString::number(m_ready),
                          QString::number(m_watchers.size())));
    });
    m_windowEnd.setSingleShot(true);
    connect(&m_windowEnd, &QTimer::timeout, this, &FanoutRun::closeWindow);
}

FanoutRun::~FanoutRun() = default;

void FanoutRun::note(const QString &line) const
{
    if (!m_options.progress)
        return;
    QTextStream err(stderr);
    err << u"[%1 s] "_s.arg(QString::number(double(m_clock.nsecsElapsed()) / 1e9, 'f', 1)) << line << '\n';
}

qint64 FanoutRun::hostPid() const
{
    return m_host ? m_host->pid() : m_options.hostPid;
}

void FanoutRun::start()
{
    m_clock.start();
    m_timeout.start(std::chrono::seconds(m_options.timeoutSeconds));
    m_report.games = m_options.games;
    m_report.watchersPerGame = m_options.watchersPerGame;
    m_report.tickMs = m_options.tickMs;
    m_report.bytes = m_options.bytes;
    m_report.seconds = m_options.seconds;
    m_hostUnderTest = new HostUnderTest({m_options.url, m_options.hostProgram, m_options.password, false, 0}, m_clock,
                                        [this](const QString &line) { note(line); }, this);
    connect(m_hostUnderTest, &HostUnderTest::failed, this, [this](const QString &why) { finish(false, why); });
    connect(m_hostUnderTest, &HostUnderTest::ready, this, [this] {
        m_base = m_hostUnderTest->base();
        m_rest = &m_hostUnderTest->facilitator();
        m_host = m_hostUnderTest->process();
        m_setupStartNs = m_hostUnderTest->setupStartNs();
        createGames();
    });
    m_hostUnderTest->start();
}

void FanoutRun::createGames()
{
    const QJsonObject request{{u"kind"_s, u"pulse"_s},
                              {u"config"_s, QJsonObject{{u"tickMs"_s, m_options.tickMs}, {u"bytes"_s, m_options.bytes}}}};
    m_rest->post(u"/api/games/create"_s, request, [this, request](int status, const QJsonObject &body) {
        if (status != 200)
            return finish(false, u"create game: "_s + RestClient::describe(status, body)
                                     + u" (is this steward-bench-host, with the pulse kind?)"_s);
        Game g;
        g.id = body.value(u"gameId").toString();
        g.joinCode = body.value(u"joinCode").toString();
        g.log = std::make_unique<FanoutGameLog>();
        const std::size_t index = m_games.size();
        m_games.push_back(std::move(g));
        for (int i = 0; i < m_options.watchersPerGame; ++i)
            m_tokens.emplace_back(index, QString());
        if (int(m_games.size()) < m_options.games)
            return createGames();
        note(u"%1 pulse game(s), %2 ms ticks of %3 bytes; joining %4 watchers over REST"_s.arg(
            QString::number(m_games.size()), QString::number(m_options.tickMs), QString::number(m_options.bytes),
            QString::number(m_tokens.size())));
        for (int i = 0; i < JoinWindow; ++i)
            joinNext();
    });
}

void FanoutRun::joinNext()
{
    if (m_over || m_joinsSent >= m_tokens.size())
        return;
    const std::size_t i = m_joinsSent++;
    const Game &game = m_games[m_tokens[i].first];
    const QJsonObject request{{u"joinCode"_s, game.joinCode}, {u"name"_s, u"w%1"_s.arg(QString::number(i + 1))}};
    m_rest->post(u"/api/games/join"_s, request, [this, i](int status, const QJsonObject &body) {
        if (m_over)
            return;
        if (status != 200)
            return finish(false, u"join: "_s + RestClient::describe(status, body));
        m_tokens[i].second = body.value(u"token").toString();
        if (++m_joinsDone % 500 == 0)
            note(u"%1 of %2 watchers joined"_s.arg(QString::number(m_joinsDone), QString::number(m_tokens.size())));
        if (m_joinsDone == m_tokens.size())
            connectAll();
        else
            joinNext();
    });
}

void FanoutRun::connectAll()
{
    m_report.setupSeconds = double(m_clock.nsecsElapsed() - m_setupStartNs) / 1e9;
    if (const qint64 pid = hostPid(); pid > 0)
        m_report.hostRssBeforeKiB = residentKiB(pid);
    m_watchers.reserve(m_tokens.size());
    for (const auto &[game, token] : m_tokens) {
        auto *w = new FanoutWatcher(token, *m_games[game].log, this);
        m_games[game].watchers.push_back(w);
        connect(w, &FanoutWatcher::ready, this, &FanoutRun::onWatcherReady);
        connect(w, &FanoutWatcher::finished, this, &FanoutRun::onWatcherFinished);
        connect(w, &FanoutWatcher::failed, this, [this](const QString &why) { finish(false, u"a watcher: "_s + why); });
        m_watchers.push_back(w);
    }
    note(u"opening %1 WebSockets"_s.arg(QString::number(m_watchers.size())));
    m_connectStartNs = m_clock.nsecsElapsed();
    for (int i = 0; i < m_options.connectWindow; ++i)
        connectNext();
}

void FanoutRun::connectNext()
{
    if (m_over || m_opened >= m_watchers.size())
        return;
    QUrl ws = m_base;
    ws.setScheme(u"ws"_s);
    ws.setPath(u"/ws"_s);
    m_watchers[m_opened++]->open(ws);
}

void FanoutRun::onWatcherReady()
{
    if (m_reconnecting) {
        onReconnected();
        return;
    }
    ++m_ready;
    if (m_ready < m_watchers.size()) {
        connectNext();
        return;
    }
    m_report.connectSeconds = double(m_clock.nsecsElapsed() - m_connectStartNs) / 1e9;
    if (const qint64 pid = hostPid(); pid > 0)
        m_report.hostRssAfterKiB = residentKiB(pid);
    note(u"all %1 watchers signed in with their first view after %2 s; measuring %3 s"_s.arg(
        QString::number(m_watchers.size()), QString::number(m_report.connectSeconds, 'f', 2),
        QString::number(m_options.seconds)));
    openWindow();
}

// Each game's window starts a few ticks after the latest any of its watchers has read, so that
// every watcher is in before its first tick runs.
void FanoutRun::openWindow()
{
    const qint64 ticks = qint64(m_options.seconds) * 1000 / m_options.tickMs;
    for (Game &g : m_games) {
        qint64 latest = 0;
        for (const FanoutWatcher *w : g.watchers)
            latest = std::max(latest, w->lastTick());
        g.log->firstTick = latest + TicksOfLeadIn;
        g.log->lastTick = g.log->firstTick + ticks - 1;
        g.log->ranAtUs.assign(std::size_t(ticks), 0);
        g.log->ticksExpected = quint64(ticks) * g.watchers.size();
        g.log->deliveryUs.reserve(std::size_t(g.log->ticksExpected));
    }
    m_inWindow = true;
    m_windowStartNs = m_clock.nsecsElapsed();
    if (const qint64 pid = hostPid(); pid > 0)
        m_hostCpuAtStart = cpuSeconds(pid);
    m_benchCpuAtStart = ownCpuSeconds();
    m_windowEnd.start(int((TicksOfLeadIn + ticks) * m_options.tickMs) + GraceMs);
}

void FanoutRun::onWatcherFinished()
{
    if (++m_finished == m_watchers.size())
        closeWindow();
}

void FanoutRun::closeWindow()
{
    if (!m_inWindow || m_over)
        return;
    m_inWindow = false;
    m_windowEnd.stop();
    const double wall = double(m_clock.nsecsElapsed() - m_windowStartNs) / 1e9;
    if (m_hostCpuAtStart) {
        if (const auto cpu = cpuSeconds(hostPid()))
            m_report.hostCpuSeconds = *cpu - *m_hostCpuAtStart;
    }
    m_report.benchCpuSeconds = ownCpuSeconds() - m_benchCpuAtStart;
    // The window ran from its first tick to its last: the host's own times, as read by anyone.
    std::vector<qint64> deliveryNs;
    std::vector<qint64> latenessNs;
    qint64 firstRanUs = 0;
    qint64 lastRanUs = 0;
    for (const Game &g : m_games) {
        const FanoutGameLog &log = *g.log;
        m_report.ticksExpected += log.ticksExpected;
        m_report.ticksSeen += log.ticksSeen;
        for (qint64 us : log.deliveryUs)
            deliveryNs.push_back(us * 1000);
        // A tick's place on the schedule: the game's ticks fall every tickMs from an origin, the
        // earliest any of them allows (a tick never runs before its time).
        qint64 origin = std::numeric_limits<qint64>::max();
        for (std::size_t i = 0; i < log.ranAtUs.size(); ++i) {
            if (log.ranAtUs[i] > 0)
                origin = std::min(origin, log.ranAtUs[i] - qint64(i) * m_options.tickMs * 1000);
        }
        for (std::size_t i = 0; i < log.ranAtUs.size(); ++i) {
            if (log.ranAtUs[i] == 0)
                continue;
            latenessNs.push_back((log.ranAtUs[i] - origin - qint64(i) * m_options.tickMs * 1000) * 1000);
            firstRanUs = firstRanUs == 0 ? log.ranAtUs[i] : std::min(firstRanUs, log.ranAtUs[i]);
            lastRanUs = std::max(lastRanUs, log.ranAtUs[i]);
        }
    }
    m_report.windowSeconds = lastRanUs > firstRanUs ? double(lastRanUs - firstRanUs) / 1e6 + m_options.tickMs / 1000.0 : wall;
    m_report.delivery = summarize(std::move(deliveryNs));
    m_report.lateness = summarize(std::move(latenessNs));
    note(u"window over after %1 s"_s.arg(QString::number(wall, 'f', 2)));
    if (m_options.reconnecting > 0)
        reconnectSome();
    else
        finish(true);
}

// A class's Wi-Fi blinks: some watchers lose their connections at once and come straight back
// with their tokens, as the web client does.
void FanoutRun::reconnectSome()
{
    const std::size_t n = std::min<std::size_t>(std::size_t(m_options.reconnecting), m_watchers.size());
    m_report.reconnecting = int(n);
    m_reconnecting = true;
    note(u"dropping %1 watchers at once; they come back on new connections"_s.arg(QString::number(n)));
    QUrl ws = m_base;
    ws.setScheme(u"ws"_s);
    ws.setPath(u"/ws"_s);
    m_reconnectStartNs = m_clock.nsecsElapsed();
    // Spread over the games: every k-th watcher.
    const std::size_t step = std::max<std::size_t>(1, m_watchers.size() / n);
    for (std::size_t i = 0; i < n; ++i)
        m_watchers[i * step]->reconnect(ws);
    m_windowEnd.start(10'000); // never expected: the report says how many came back
    disconnect(&m_windowEnd, nullptr, this, nullptr);
    connect(&m_windowEnd, &QTimer::timeout, this, [this] {
        finish(false, u"%1 of %2 dropped watchers were back after 10 s"_s.arg(QString::number(m_reconnected),
                                                                              QString::number(m_report.reconnecting)));
    });
}

void FanoutRun::onReconnected()
{
    const qint64 now = m_clock.nsecsElapsed();
    m_reconnectNs.push_back(now - m_reconnectStartNs);
    if (++m_reconnected < std::size_t(m_report.reconnecting))
        return;
    m_report.reconnectAllSeconds = double(now - m_reconnectStartNs) / 1e9;
    m_report.reconnect = summarize(m_reconnectNs);
    finish(true);
}

void FanoutRun::finish(bool success, const QString &failure)
{
    if (m_over)
        return;
    m_over = true;
    m_timeout.stop();
    m_windowEnd.stop();
    m_report.success = success;
    m_report.failure = failure;
    for (const FanoutWatcher *w : m_watchers) {
        m_report.framesRead += w->framesRead();
        m_report.bytesRead += w->bytesRead();
    }
    note(success ? u"finished"_s : u"failed: "_s + failure);
    for (FanoutWatcher *w : m_watchers)
        w->close();
    if (m_host && m_host->running()) {
        QCoreApplication::processEvents();
        const int code = m_host->stop();
        note(u"the host stopped with SIGTERM (exit code %1)"_s.arg(QString::number(code)));
    }
    emit done(success);
}

} // namespace steward::bench
