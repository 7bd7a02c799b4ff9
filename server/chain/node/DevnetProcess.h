// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DevAccounts.h"

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>

class QProcess;
class QTimer;

namespace steward::chain {

class JsonRpcClient;

struct DevnetOptions
{
    QString anvilPath;            // an explicit binary; when set, nothing else is tried
    QString toolsDir;             // <repo>/tools/chain, whose node_modules holds the pinned anvil
    quint16 port = 0;             // 0: anvil binds a free port and we read it from its output
    bool automine = true;         // a block for every transaction
    int blockTimeSeconds = 0;     // > 0: also a block every N seconds (the only blocks without automine)
    QString statePath;            // empty: the chain lives in memory and dies with anvil
    int stateIntervalSeconds = 5; // how often anvil rewrites statePath: what a SIGKILL of anvil can lose
    int startTimeoutMs = 15'000;  // until eth_chainId answers
    int stopTimeoutMs = 5'000;    // between SIGTERM and SIGKILL
};

// Runs anvil, the local devnet: 127.0.0.1, chain id 31337, the default dev mnemonic (see
// DevAccounts.h). Everything is signals; nothing here blocks the event loop.
//
// Binary: DevnetOptions::anvilPath if set, else <toolsDir>/node_modules/.bin/anvil, else PATH.
// npm's .bin/anvil is a Node wrapper; we run the native binary it would start, so signals reach
// anvil itself and SIGKILL cannot orphan it.
//
// Persistence: with statePath, anvil runs with `--state <file> --state-interval <s>`: it loads the
// file at start, rewrites it every interval and on SIGTERM. So:
//  - stop() sends SIGTERM: the state is complete.
//  - the host dies, even by SIGKILL: anvil gets SIGTERM from the kernel (PR_SET_PDEATHSIG) and
//    writes its state on the way out. (The kernel ties this to the thread that called start():
//    call it from the main thread.)
//  - anvil itself is SIGKILLed: the chain since its last interval write is lost (at most
//    stateIntervalSeconds). anvil writes the file in place, so a kill mid-write leaves it cut
//    short; start() then sets it aside as <file>.corrupt and restores <file>.prev, the copy
//    taken before each start. Either way the chain can be behind the host: the host's outbox
//    reconciles by asking the ledger contract `recorded(intentId)` and resending what is missing.
class DevnetProcess : public QObject
{
    Q_OBJECT
public:
    enum class State { Idle, Starting, Running, Stopping };

    static constexpr qsizetype MaxOutputBytes = 16 * 1024;

    explicit DevnetProcess(DevnetOptions options = {}, QObject *parent = nullptr);
    // Still running: sends SIGTERM and lets the process finish on its own (SIGKILL after
    // stopTimeoutMs while the event loop runs); never waits.
    ~DevnetProcess() override;

    // The binary start() would run, or empty if there is none.
    static QString findAnvil(const QString &explicitPath, const QString &toolsDir);
    static QStringList arguments(const DevnetOptions &options);

    // From Idle only. Ends in ready(url) or failed(reason); after failed nothing is left running.
    void start();
    // Ends in stopped() once the process is gone (at once if none runs).
    void stop();

    State state() const { return m_state; }
    QUrl url() const { return m_url; }             // valid once ready
    QString program() const { return m_program; } // the binary in use
    QByteArray output() const { return m_output; } // the last MaxOutputBytes of anvil's output
    qint64 processId() const;                      // 0 when not running
    const DevnetOptions &options() const { return m_options; }

signals:
    void ready(const QUrl &url);
    void failed(const QString &reason); // would not start, or died while running
    void stopped();

private:
    void onOutput();
    void probe();
    void onFinished(int exitCode, int exitStatus);
    void abort(const QString &reason);
    void terminateProcess();
    void prepareStateFile();
    void emitLater(void (DevnetProcess::*signal)(const QString &), const QString &text);
    QString outputTail() const;

    DevnetOptions m_options;
    State m_state = State::Idle;
    QProcess *m_process = nullptr; // our child, or handed to itself when we go first
    JsonRpcClient *m_probe = nullptr;
    QTimer *m_startDeadline = nullptr;
    QTimer *m_killTimer = nullptr;
    QString m_program;
    QUrl m_url;
    QByteArray m_output;
    QByteArray m_partialLine;
    QString m_failure; // why, when the process is being ended because start failed
};

} // namespace steward::chain
