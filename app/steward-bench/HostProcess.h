// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QProcess>
#include <QTemporaryDir>

namespace steward::bench {

// A steward-host the bench starts for itself: on 127.0.0.1, any free port, a throw-away data
// folder and a random facilitator password. Stopped with SIGTERM, like an operator would.
// Without `chain` it runs with --no-chain. With it, the host starts its local devnet and records
// on chain, keeping its operator key in the throw-away folder (--secrets file), never in the
// keychain of whoever runs the bench.
class HostProcess : public QObject
{
    Q_OBJECT
public:
    HostProcess(QString program, QString adminPassword, bool chain, QObject *parent = nullptr);
    ~HostProcess() override;

    // Finds a host program (steward-host, or a mode's own such as steward-bench-host): in its
    // build folder beside this program's, next to this program, or on PATH.
    static QString locate(const QString &name);

    void start(); // then listening() or failed()
    qint64 pid() const;
    quint16 port() const { return m_port; }
    bool running() const { return m_process.state() != QProcess::NotRunning; }
    // SIGTERM, then wait; SIGKILL if it does not stop in time. Returns the exit code, or -1.
    // With the chain on, also waits for the host's anvil, which the host stops without waiting
    // and which writes its whole state file on the way out (SIGKILL after devnetWaitMs).
    int stop(int waitMs = 15000, int devnetWaitMs = 30000);
    // How long stop() waited for the devnet after the host had exited; -1: it had to be killed.
    double devnetWaitSeconds() const { return m_devnetWaitSeconds; }
    // The last lines the host wrote to stderr, to explain a failure.
    QString stderrTail() const;

signals:
    void listening(quint16 port);
    void failed(const QString &why);

private:
    void readStdout();

    QString m_program;
    QString m_password;
    bool m_chain = false;
    QTemporaryDir m_dataDir;
    QProcess m_process;
    QByteArray m_stdout;
    QByteArray m_stderr;
    quint16 m_port = 0;
    bool m_stopping = false;
    double m_devnetWaitSeconds = 0;
};

} // namespace steward::bench
