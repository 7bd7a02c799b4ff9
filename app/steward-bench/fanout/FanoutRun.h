// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FanoutReport.h"
#include "FanoutWatcher.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <QUrl>

#include <memory>
#include <optional>
#include <vector>

namespace steward::bench {

class HostProcess;
class HostUnderTest;
class RestClient;

struct FanoutOptions
{
    int games = 1;
    int watchersPerGame = 1000;
    int tickMs = 50;
    int bytes = 1024;
    int seconds = 10;       // the measured window
    QString hostProgram;    // steward-bench-host to start; empty when url is set
    QUrl url;               // a host already running on 127.0.0.1
    QString password;       // its facilitator password
    qint64 hostPid = 0;     // its process id, to read its CPU and memory (optional)
    int timeoutSeconds = 600;
    int connectWindow = 64; // WebSocket handshakes in flight at once
    int reconnecting = 0;   // after the window: watchers that drop and come back at once
    bool progress = true;
};

// One fan-out load: pulse games created, their watchers joined over REST and connected, then a
// window of ticks measured on every watcher: which ticks it read and how long after they ran.
class FanoutRun : public QObject
{
    Q_OBJECT
public:
    explicit FanoutRun(FanoutOptions options, QObject *parent = nullptr);
    ~FanoutRun() override;

    void start();
    const FanoutReport &report() const { return m_report; }

signals:
    void done(bool success);

private:
    void note(const QString &line) const;
    void createGames();
    void joinNext();
    void connectAll();
    void connectNext();
    void onWatcherReady();
    void openWindow();
    void onWatcherFinished();
    void closeWindow();
    void reconnectSome();
    void onReconnected();
    void finish(bool success, const QString &failure = {});
    qint64 hostPid() const;

    FanoutOptions m_options;
    FanoutReport m_report;
    QElapsedTimer m_clock;
    QTimer m_timeout;
    QTimer m_windowEnd;  // the window's last tick is late: count what came
    HostUnderTest *m_hostUnderTest = nullptr;
    HostProcess *m_host = nullptr;
    RestClient *m_rest = nullptr;
    QUrl m_base;

    struct Game
    {
        QString id;
        QString joinCode;
        std::unique_ptr<FanoutGameLog> log;
        std::vector<FanoutWatcher *> watchers;
    };
    std::vector<Game> m_games;
    std::vector<std::pair<std::size_t, QString>> m_tokens; // game index, player token
    std::size_t m_joinsSent = 0;
    std::size_t m_joinsDone = 0;
    std::vector<FanoutWatcher *> m_watchers;
    std::size_t m_opened = 0;
    std::size_t m_ready = 0;
    std::size_t m_finished = 0;
    bool m_inWindow = false;
    bool m_reconnecting = false;
    std::size_t m_reconnected = 0;
    qint64 m_reconnectStartNs = 0;
    std::vector<qint64> m_reconnectNs; // per watcher: dropped -> first view on the new connection
    bool m_over = false;

    qint64 m_setupStartNs = 0;
    qint64 m_connectStartNs = 0;
    qint64 m_windowStartNs = 0;
    std::optional<double> m_hostCpuAtStart;
    double m_benchCpuAtStart = 0;
};

} // namespace steward::bench
