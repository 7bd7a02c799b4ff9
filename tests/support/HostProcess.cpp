// SPDX-License-Identifier: GPL-3.0-or-later
#include "HostProcess.h"

#include <QDeadlineTimer>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

HostProcess::HostProcess(const QString &dataDir, const QStringList &extraArgs)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"STEWARD_ADMIN_PASSWORD"_s, QString::fromLatin1(Password));
    m_process.setProcessEnvironment(env);
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.start(QString::fromUtf8(STEWARD_HOST_BIN),
                    QStringList{u"--port"_s, u"0"_s, u"--bind"_s, u"127.0.0.1"_s, u"--data-dir"_s, dataDir} + extraArgs);
    static const QRegularExpression listening(u"Listening on http://127\\.0\\.0\\.1:(\\d+)"_s);
    QDeadlineTimer deadline(15000);
    while (!deadline.hasExpired() && m_process.state() != QProcess::NotRunning) {
        m_process.waitForReadyRead(100);
        m_output += m_process.readAllStandardOutput();
        const auto match = listening.match(QString::fromUtf8(m_output));
        if (match.hasMatch()) {
            m_port = match.captured(1).toUShort();
            break;
        }
    }
}

HostProcess::~HostProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

QByteArray HostProcess::output()
{
    return m_output += m_process.readAllStandardOutput();
}

void HostProcess::killHard()
{
    m_process.kill();
    m_process.waitForFinished(5000);
}
