// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HostTickMetrics.h"
#include "SovereignOptions.h"
#include "SovereignReport.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <QUrl>

#include <optional>
#include <vector>

namespace steward::bench {

class HostProcess;
class HostUnderTest;
class MetricsScraper;
class RestClient;
class SovereignClient;

// One Sovereign Lines load: matches created over REST with their places filled by bots, one
// player each and its spectators on real WebSockets, the matches started; then a window in
// which the host's tick metrics are scraped at both ends and every client notes each view
// push's tick, arrival and size.
class SovereignRun : public QObject
{
    Q_OBJECT
public:
    explicit SovereignRun(SovereignOptions options, QObject *parent = nullptr);
    ~SovereignRun() override;

    void start();
    const SovereignReport &report() const { return m_report; }

signals:
    void done(bool success);

private:
    struct Match
    {
        QString gameId;
        QString joinCode;
        QString playerToken;
        SovereignClient *player = nullptr;
        std::vector<SovereignClient *> spectators;
    };

    void note(const QString &line) const;
    qint64 hostPid() const;
    QUrl webSocketUrl() const;
    void createMatch();
    void joinPlayer(std::size_t match);
    void signInSpectators();
    void connectAll(const QString &facilitatorToken);
    void connectNext();
    void onClientReady();
    void startMatches();
    void onClientRunning();
    void openWindow();
    void closeWindow();
    void measure(const HostTickMetrics &atEnd);
    void finish(bool success, const QString &failure = {});

    SovereignOptions m_options;
    SovereignReport m_report;
    QElapsedTimer m_clock;
    QTimer m_timeout;
    QTimer m_phase; // the lead-in before the window, then the window
    HostUnderTest *m_hostUnderTest = nullptr;
    HostProcess *m_host = nullptr;
    RestClient *m_rest = nullptr;
    MetricsScraper *m_metrics = nullptr;
    QUrl m_base;
    std::vector<Match> m_matches;
    std::vector<SovereignClient *> m_clients;
    std::size_t m_opened = 0;
    std::size_t m_ready = 0;
    std::size_t m_running = 0;
    bool m_over = false;

    qint64 m_setupStartNs = 0;
    qint64 m_connectStartNs = 0;
    qint64 m_startAskedNs = 0;
    qint64 m_windowStartNs = 0;
    std::optional<HostTickMetrics> m_metricsAtStart;
    std::optional<double> m_hostCpuAtStart;
    std::optional<double> m_machineBusyAtStart;
    double m_benchCpuAtStart = 0;
};

} // namespace steward::bench
