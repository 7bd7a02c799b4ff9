// SPDX-License-Identifier: GPL-3.0-or-later
#include "HostProcess.h"

#include "ProcStats.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QThread>

#include <csignal>
#include <sys/prctl.h>
#include <sys/types.h>

using namespace Qt::StringLiterals;

namespace steward::bench {

namespace {
constexpr qsizetype MaxStderrKept = 16 * 1024;
} // namespace

HostProcess::HostProcess(QString program, QString adminPassword, bool chain, QObject *parent)
    : QObject(parent), m_program(std::move(program)), m_password(std::move(adminPassword)), m_chain(chain)
{
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &HostProcess::readStdout);
    connect(&m_process, &QProcess::readyReadStandardError, this, [this] {
        m_stderr += m_process.readAllStandardError();
        if (m_stderr.size() > MaxStderrKept)
            m_stderr = m_stderr.right(MaxStderrKept);
    });
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart)
            emit failed(u"cannot start %1: %2"_s.arg(m_program, m_process.errorString()));
    });
    connect(&m_process, &QProcess::finished, this, [this](int code, QProcess::ExitStatus status) {
        if (m_stopping)
            return;
        emit failed(u"steward-host exited unexpectedly (%1 %2)"_s.arg(
            status == QProcess::CrashExit ? u"crash"_s : u"exit code"_s, QString::number(code)));
    });
}

HostProcess::~HostProcess()
{
    if (running())
        stop(5000);
}

QString HostProcess::locate(const QString &name)
{
    const QString dir = QCoreApplication::applicationDirPath();
    const QStringList candidates{dir + u"/../"_s + name + u'/' + name, dir + u'/' + name};
    for (const QString &candidate : candidates) {
        const QFileInfo f(candidate);
        if (f.isFile() && f.isExecutable())
            return f.canonicalFilePath();
    }
    return QStandardPaths::findExecutable(name);
}

void HostProcess::start()
{
    if (!m_dataDir.isValid()) {
        emit failed(u"cannot create a temporary data folder: %1"_s.arg(m_dataDir.errorString()));
        return;
    }
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"STEWARD_ADMIN_PASSWORD"_s, m_password);
    m_process.setProcessEnvironment(env);
    // If the bench dies without stopping it, the kernel stops the host too.
    m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
    QStringList args{u"--port"_s, u"0"_s, u"--bind"_s, u"127.0.0.1"_s, u"--data-dir"_s, m_dataDir.path()};
    if (m_chain)
        args << u"--secrets"_s << u"file"_s;
    else
        args << u"--no-chain"_s;
    m_process.start(m_program, args);
}

qint64 HostProcess::pid() const
{
    return m_process.processId();
}

void HostProcess::readStdout()
{
    m_stdout += m_process.readAllStandardOutput();
    if (m_port != 0)
        return;
    static const QRegularExpression listeningLine(u"Listening on http://127\\.0\\.0\\.1:(\\d+)"_s);
    const auto match = listeningLine.match(QString::fromUtf8(m_stdout));
    if (!match.hasMatch())
        return;
    m_port = quint16(match.captured(1).toUInt());
    emit listening(m_port);
}

int HostProcess::stop(int waitMs, int devnetWaitMs)
{
    if (!running())
        return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
    m_stopping = true;
    const qint64 devnet = m_chain ? childProcess(pid(), "anvil") : 0;
    m_process.terminate(); // SIGTERM
    int code = -1;
    if (!m_process.waitForFinished(waitMs)) {
        m_process.kill();
        m_process.waitForFinished(2000);
    } else if (m_process.exitStatus() == QProcess::NormalExit) {
        code = m_process.exitCode();
    }
    // The host has sent its anvil SIGTERM (or the kernel has, as the host died); anvil may still
    // be writing its state file into our data folder, which is removed next.
    if (devnet > 0) {
        QElapsedTimer waited;
        waited.start();
        while (processRunning(devnet) && waited.elapsed() < devnetWaitMs)
            QThread::msleep(20);
        m_devnetWaitSeconds = double(waited.elapsed()) / 1000.0;
        if (processRunning(devnet)) {
            ::kill(pid_t(devnet), SIGKILL);
            m_devnetWaitSeconds = -1;
        }
    }
    return code;
}

QString HostProcess::stderrTail() const
{
    const QList<QByteArray> lines = m_stderr.trimmed().split('\n');
    QStringList tail;
    for (qsizetype i = std::max<qsizetype>(0, lines.size() - 10); i < lines.size(); ++i)
        tail << QString::fromUtf8(lines.at(i));
    return tail.join(u'\n');
}

} // namespace steward::bench
