// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RoundsOperator.h"
#include "RoundsReport.h"
#include "RoundsTally.h"
#include "RoundsThreadCpu.h"

#include <QElapsedTimer>
#include <QJsonObject>
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
class RoundsBettor;

struct RoundsOptions
{
    int clients = 64;      // bettor connections, each one bet at a time
    int seconds = 30;      // betting time to measure, summed over the rounds' betting windows
    int periodMs = 10'000; // the table's round; bets are taken for the first 4/5 of it
    int players = 1'000;   // bets are spread over this many players
    QString hostProgram;   // steward-host to start; empty when url is set
    QUrl url;              // a host already running on 127.0.0.1
    QString password;      // its admin password (facilitator and backoffice)
    qint64 hostPid = 0;    // its process id, for its CPU and memory (optional)
    bool chain = false;    // start the host with its devnet; with url: require the chain on
    int timeoutSeconds = 600;
    bool progress = true;
    int chainReadySeconds = 60;

    int bettingMs() const { return periodMs * 4 / 5; }
};

// One `steward-bench --rounds` run: host up, a rounds table, an operator whose wallet webhooks
// go to a local TestOperator, `clients` connections placing signed bets in a closed loop while
// rounds take bets, then, once the last round has settled and every webhook is answered, a
// check that no money went missing. Figures in report().
class RoundsRun : public QObject
{
    Q_OBJECT
public:
    explicit RoundsRun(RoundsOptions options, QObject *parent = nullptr);
    ~RoundsRun() override;

    void start();
    const RoundsReport &report() const { return m_report; }

signals:
    void done(bool success);

private:
    void note(const QString &line) const;
    void signInToBackoffice();
    void createTable();
    void createOperator();
    void connectBettors();
    void pollTable();
    void onTableView(const QJsonObject &view);
    void openWindow(qint64 round, qint64 closesAtMs);
    void onBettorIdle();
    void closeWindow();
    void startPhase();
    void endPhase();
    void waitForSettlement();
    void pollWebhooks();
    void checkLedger();
    void finish(bool success, const QString &failure = {});
    qint64 hostPid() const;
    std::optional<double> hostCpu() const;

    RoundsOptions m_options;
    RoundsReport m_report;
    QElapsedTimer m_clock;
    QTimer m_timeout;
    QTimer m_windowTimer; // the end of the current window
    HostUnderTest *m_hostUnderTest = nullptr;
    HostProcess *m_host = nullptr; // as started by m_hostUnderTest, or null for a host at --url
    RestClient *m_facilitator = nullptr;
    RestClient *m_backoffice = nullptr;
    QUrl m_base;
    quint16 m_port = 0;
    QString m_table;
    QString m_operatorId;
    QString m_keyId;
    QByteArray m_secret;
    std::unique_ptr<RoundsOperator> m_operator;

    RoundsWindow m_window;
    RoundsTally m_tally;
    std::vector<RoundsBettor *> m_bettors;
    int m_ready = 0;

    bool m_over = false;
    bool m_phaseStarted = false;
    bool m_phaseOver = false;
    bool m_closing = false;  // the window's time is up; waiting for the bets in flight
    qint64 m_windowRound = 0;
    qint64 m_lastRound = 0;  // the last round bets were placed in
    qint64 m_windowStartMs = 0; // wall clock, like the window's end
    qint64 m_windowEndNs = 0;
    quint64 m_windowAcceptedAt = 0;
    quint64 m_windowLateAt = 0;
    double m_bettingSeconds = 0;

    qint64 m_phaseStartNs = 0;
    qint64 m_phaseEndNs = 0;
    double m_hostCpuAtStart = 0;
    double m_operatorCpuAtStart = 0;
    double m_benchCpuAtStart = 0;
    std::optional<double> m_machineCpuAtStart;
    std::map<qint64, ThreadCpu> m_threadsAtStart;
    RoundsOperator::Counts m_operatorAtStart;
};

} // namespace steward::bench
