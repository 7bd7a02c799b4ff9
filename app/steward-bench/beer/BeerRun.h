// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BeerReport.h"
#include "BeerSeat.h"

#include <QElapsedTimer>
#include <QObject>
#include <QThread>
#include <QTimer>
#include <QUrl>

#include <deque>
#include <memory>
#include <vector>

namespace steward::bench {

class HostProcess;
class HostUnderTest;
class RestClient;

struct BeerOptions
{
    int teams = 1;
    int weeks = 36;
    QString hostProgram;  // steward-host to start; empty when url is set
    QUrl url;             // a host already running on 127.0.0.1
    QString password;     // its facilitator password
    qint64 hostPid = 0;   // its process id, to read its memory (optional)
    int timeoutSeconds = 600;
    int thinkMs = 0;        // pause before each order (0: a closed loop at full speed)
    int connectWindow = 64; // WebSocket handshakes in flight at once
    // Threads the seats play on, whole teams to a thread, each with its own event loop (1: the
    // run's own thread). More keep the bench's loop from being what a run with think time
    // measures; not with the chain on, whose intents are matched across seats.
    int clientThreads = 1;
    bool progress = true;   // progress lines on stderr
    // Start the host with the chain on (no --no-chain); with url: require that host to have it on.
    bool chain = false;
    int chainReadySeconds = 60; // until /api/chain/status says "running"
};

// One Beer Game load from start to end: host up, game created, every seat joined over REST,
// one WebSocket per seat, play until every team has finished, figures in report().
class BeerRun : public QObject
{
    Q_OBJECT
public:
    explicit BeerRun(BeerOptions options, QObject *parent = nullptr);
    ~BeerRun() override;

    void start();
    const BeerReport &report() const { return m_report; }

signals:
    void done(bool success);

private:
    struct Seat
    {
        int team = 0;
        QString role;
        QString token;
    };

    void note(const QString &line) const;
    void createGame();
    void joinNext();
    void startGame();
    void connectNext();
    void onClientReady();
    void play();
    void checkFinished();
    void checkSettled();
    void chainDone(const QString &failure);
    void finish(bool success, const QString &failure = {});
    Measurements &measurementsOfTeam(int team);
    quint64 ordersSent() const;
    quint64 ordersAcked() const;
    // Closes the seats on their threads, brings them back to this one and stops the threads;
    // then their figures are added to m_measurements.
    void stopClientThreads();
    std::optional<qint64> hostRss() const;
    std::optional<double> hostCpu() const;
    std::optional<double> devnetCpu() const;
    qint64 hostPid() const;

    BeerOptions m_options;
    BeerReport m_report;
    QElapsedTimer m_clock;
    QTimer m_timeout;
    HostUnderTest *m_hostUnderTest = nullptr;
    HostProcess *m_host = nullptr;   // as started by m_hostUnderTest, or null for a host at --url
    RestClient *m_rest = nullptr;    // the facilitator's, signed in
    QUrl m_base;

    QString m_gameId;
    QString m_joinCode;
    std::vector<Seat> m_seats;
    std::size_t m_joinsSent = 0;
    std::size_t m_joinsDone = 0;
    int m_joinsInFlight = 0;

    Measurements m_measurements; // the seats' (one thread), or all threads' once they stopped
    std::vector<std::unique_ptr<Measurements>> m_threadMeasurements;
    std::vector<std::unique_ptr<QThread>> m_clientThreads;
    std::vector<std::unique_ptr<TeamTrack>> m_teams;
    std::vector<BeerSeat *> m_clients;
    std::size_t m_opened = 0;
    std::size_t m_ready = 0;
    std::size_t m_finished = 0;
    bool m_playing = false;
    bool m_settling = false;   // every order acknowledged; waiting for the chain.tx pushes
    bool m_finalizing = false; // reading the host's outbox counts before finishing
    bool m_over = false;

    qint64 m_devnetPid = 0;    // the host's anvil, when it has one we can see

    qint64 m_connectStartNs = 0;
    qint64 m_playStartNs = 0;
    double m_hostCpuAtStart = 0;
    std::optional<double> m_devnetCpuAtStart;
    double m_benchCpuAtStart = 0;
    std::optional<double> m_machineCpuAtStart;
};

} // namespace steward::bench
