// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QStringList>
#include <QUrl>

// A real steward-host process on 127.0.0.1 and a free port, for tests that kill it (SIGKILL)
// and start it again on the same data directory. The binary comes from STEWARD_HOST_BIN.
class HostProcess
{
public:
    static constexpr const char *Password = "crash-test-password";

    explicit HostProcess(const QString &dataDir, const QStringList &extraArgs = {});
    ~HostProcess();

    quint16 port() const { return m_port; }
    QUrl http() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port)); }
    QUrl ws() const { return QUrl(QStringLiteral("ws://127.0.0.1:%1/ws").arg(m_port)); }
    QProcess &process() { return m_process; }
    QByteArray output();
    // SIGKILL: no chance to flush anything.
    void killHard();

private:
    QProcess m_process;
    QByteArray m_output;
    quint16 m_port = 0;
};
