// SPDX-License-Identifier: GPL-3.0-or-later
#include "DevnetProcess.h"

#include "JsonRpcClient.h"
#include "server/chain/primitives/Hex.h"

#include <QDebug>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTimer>

#include <csignal>
#include <sys/prctl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace steward::chain {

namespace {
constexpr int ProbeIntervalMs = 100;
constexpr int ProbeTimeoutMs = 1000;
constexpr int TailLines = 12;

bool isExecutable(const QString &path)
{
    const QFileInfo info(path);
    return info.isFile() && info.isExecutable();
}

// npm's @foundry-rs/anvil installs bin.mjs, a Node wrapper that spawns the platform package's
// binary (@foundry-rs/anvil-<os>-<arch>/bin/anvil). Running that binary directly saves a Node
// start and keeps SIGKILL from leaving anvil behind as an orphan.
QString nativeAnvil(const QString &path)
{
    const QFileInfo target(QFileInfo(path).canonicalFilePath());
    if (target.fileName() != u"bin.mjs"_s || target.dir().dirName() != u"anvil"_s)
        return path;
    QDir scope = target.dir(); // .../node_modules/@foundry-rs/anvil
    if (!scope.cdUp())
        return path;
    const QStringList platforms = scope.entryList({u"anvil-*"_s}, QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &platform : platforms) {
        const QString binary = scope.filePath(platform + u"/bin/anvil"_s);
        if (isExecutable(binary))
            return binary;
    }
    return path;
}

// A state file anvil finished writing ends with the JSON object's closing brace; one cut short
// by a kill mid-write does not. Cheaper than parsing a file that grows with the chain.
bool looksComplete(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() == 0)
        return false;
    file.seek(std::max<qint64>(0, file.size() - 64));
    return file.readAll().trimmed().endsWith('}');
}

// Runs in the child between fork and exec: async-signal-safe calls only.
void detachIntoOwnGroup()
{
    // Its own process group: a terminal's Ctrl-C reaches the host, which stops anvil in order,
    // and a SIGKILL to the group also reaches anything a wrapper started.
    ::setpgid(0, 0);
    // If the host dies, even by SIGKILL, the kernel sends anvil SIGTERM and it saves its state.
    ::prctl(PR_SET_PDEATHSIG, SIGTERM);
}
} // namespace

DevnetProcess::DevnetProcess(DevnetOptions options, QObject *parent)
    : QObject(parent), m_options(std::move(options)), m_startDeadline(new QTimer(this)), m_killTimer(new QTimer(this))
{
    m_startDeadline->setSingleShot(true);
    connect(m_startDeadline, &QTimer::timeout, this, [this] {
        abort(u"anvil did not answer eth_chainId within "_s + QString::number(m_options.startTimeoutMs) + u" ms"_s);
    });
    m_killTimer->setSingleShot(true);
    connect(m_killTimer, &QTimer::timeout, this, [this] {
        if (m_process && m_process->processId() > 0)
            ::kill(-pid_t(m_process->processId()), SIGKILL); // the group: a wrapper's child too
        if (m_process)
            m_process->kill();
    });
}

DevnetProcess::~DevnetProcess()
{
    if (!m_process)
        return;
    disconnect(m_process, nullptr, this, nullptr);
    if (m_process->state() == QProcess::NotRunning)
        return; // deleted with us, its parent
    // Hand the process to itself: SIGTERM now (anvil saves its state), SIGKILL to its group if it
    // lingers, gone once finished. If the event loop ends first, PR_SET_PDEATHSIG ends anvil.
    QProcess *process = m_process;
    process->setParent(nullptr);
    const pid_t pid = pid_t(process->processId());
    process->terminate();
    QObject::connect(process, &QProcess::finished, process, &QObject::deleteLater);
    QTimer::singleShot(m_options.stopTimeoutMs, process, [process, pid] {
        if (pid > 0) // kill(-0) would be our own group
            ::kill(-pid, SIGKILL);
        process->kill();
    });
}

QString DevnetProcess::findAnvil(const QString &explicitPath, const QString &toolsDir)
{
    if (!explicitPath.isEmpty())
        return isExecutable(explicitPath) ? nativeAnvil(explicitPath) : QString();
    if (!toolsDir.isEmpty()) {
        const QString wrapper = QDir(toolsDir).filePath(u"node_modules/.bin/anvil"_s);
        if (isExecutable(wrapper))
            return nativeAnvil(wrapper);
    }
    const QString onPath = QStandardPaths::findExecutable(u"anvil"_s);
    return onPath.isEmpty() ? QString() : nativeAnvil(onPath);
}

QStringList DevnetProcess::arguments(const DevnetOptions &options)
{
    QStringList args{
        u"--host"_s, u"127.0.0.1"_s,
        u"--port"_s, QString::number(options.port),
        u"--chain-id"_s, QString::number(DevChainId),
        u"--mnemonic"_s, DevMnemonic.toString(),
        u"--color"_s, u"never"_s,
    };
    if (options.blockTimeSeconds > 0) {
        args << u"--block-time"_s << QString::number(options.blockTimeSeconds);
        if (options.automine)
            args << u"--mixed-mining"_s;
    } else if (!options.automine) {
        args << u"--no-mining"_s;
    }
    if (!options.statePath.isEmpty()) {
        args << u"--state"_s << options.statePath;
        args << u"--state-interval"_s << QString::number(std::max(1, options.stateIntervalSeconds));
    }
    return args;
}

qint64 DevnetProcess::processId() const
{
    return m_process ? m_process->processId() : 0;
}

void DevnetProcess::start()
{
    if (m_state != State::Idle)
        return;
    m_url.clear();
    m_output.clear();
    m_partialLine.clear();
    m_failure.clear();

    m_program = findAnvil(m_options.anvilPath, m_options.toolsDir);
    if (m_program.isEmpty()) {
        const QString reason = !m_options.anvilPath.isEmpty()
            ? u"anvil not found: "_s + m_options.anvilPath + u" is not an executable file"_s
            : u"anvil not found in "_s + QDir(m_options.toolsDir).filePath(u"node_modules/.bin"_s)
                + u" nor on PATH; run scripts/setup"_s;
        emitLater(&DevnetProcess::failed, reason); // never call back from inside start()
        return;
    }
    prepareStateFile();

    if (m_process) {
        disconnect(m_process, nullptr, this, nullptr);
        m_process->deleteLater(); // we may be inside one of its signals
    }
    m_process = new QProcess(this);
    m_process->setProgram(m_program);
    m_process->setArguments(arguments(m_options));
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->setChildProcessModifier(detachIntoOwnGroup);
    connect(m_process, &QProcess::readyRead, this, &DevnetProcess::onOutput);
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart)
            return; // the others also end in finished()
        m_state = State::Idle;
        m_startDeadline->stop();
        emitLater(&DevnetProcess::failed, u"cannot start "_s + m_program + u": "_s + m_process->errorString());
    });
    connect(m_process, &QProcess::finished, this,
            [this](int code, QProcess::ExitStatus status) { onFinished(code, int(status)); });

    m_state = State::Starting;
    m_startDeadline->start(m_options.startTimeoutMs);
    m_process->start();
}

void DevnetProcess::stop()
{
    if (m_state == State::Idle) {
        QMetaObject::invokeMethod(this, &DevnetProcess::stopped, Qt::QueuedConnection);
        return;
    }
    if (m_state == State::Stopping)
        return;
    m_state = State::Stopping;
    terminateProcess();
}

void DevnetProcess::terminateProcess()
{
    m_startDeadline->stop();
    if (m_probe) {
        m_probe->deleteLater();
        m_probe = nullptr;
    }
    m_process->terminate();
    m_killTimer->start(m_options.stopTimeoutMs);
}

void DevnetProcess::abort(const QString &reason)
{
    if (m_state != State::Starting)
        return;
    m_failure = reason;
    m_state = State::Stopping;
    terminateProcess();
}

void DevnetProcess::onOutput()
{
    const QByteArray chunk = m_process->readAll();
    m_output += chunk;
    if (m_output.size() > MaxOutputBytes)
        m_output.remove(0, m_output.size() - MaxOutputBytes);
    if (m_state != State::Starting || m_url.isValid())
        return;

    // anvil prints "Listening on 127.0.0.1:<port>" once bound; with --port 0 that is the only
    // place the port is told.
    m_partialLine += chunk;
    static const QRegularExpression listening(u"Listening on (\\S+):(\\d+)"_s);
    qsizetype end;
    while ((end = m_partialLine.indexOf('\n')) >= 0) {
        const QString line = QString::fromUtf8(m_partialLine.left(end));
        m_partialLine.remove(0, end + 1);
        const auto match = listening.match(line);
        if (match.hasMatch()) {
            m_url = QUrl(u"http://127.0.0.1:"_s + match.captured(2));
            m_partialLine.clear();
            probe();
            return;
        }
    }
    if (m_partialLine.size() > MaxOutputBytes)
        m_partialLine.clear();
}

void DevnetProcess::probe()
{
    if (m_state != State::Starting)
        return;
    if (!m_probe) {
        m_probe = new JsonRpcClient(m_url, this);
        m_probe->setMaxAttempts(1); // we poll ourselves, up to the start deadline
        m_probe->setTimeoutMs(ProbeTimeoutMs);
    }
    m_probe->call(u"eth_chainId"_s, {}, m_probe, [this](const RpcResult &result) {
        if (m_state != State::Starting)
            return;
        if (!result.ok()) {
            QTimer::singleShot(ProbeIntervalMs, this, &DevnetProcess::probe);
            return;
        }
        const auto chainId = hex::decodeQuantity(result.value().toString());
        if (chainId != DevChainId) {
            abort(u"anvil answered chain id "_s + result.value().toString() + u", expected "_s
                  + hex::encodeQuantity(DevChainId) + u" (is the state file from another chain?)"_s);
            return;
        }
        m_startDeadline->stop();
        m_probe->deleteLater();
        m_probe = nullptr;
        m_state = State::Running;
        emit ready(m_url);
    });
}

void DevnetProcess::onFinished(int exitCode, int exitStatus)
{
    const State was = m_state;
    m_state = State::Idle;
    m_killTimer->stop();
    m_startDeadline->stop();
    if (m_probe) {
        m_probe->deleteLater();
        m_probe = nullptr;
    }

    const QString how = exitStatus == QProcess::NormalExit ? u"exited with code "_s + QString::number(exitCode)
                                                           : u"was killed"_s;
    if (was == State::Stopping && m_failure.isEmpty())
        QMetaObject::invokeMethod(this, &DevnetProcess::stopped, Qt::QueuedConnection);
    else if (was == State::Stopping)
        emitLater(&DevnetProcess::failed, m_failure + u"\n"_s + outputTail());
    else if (was == State::Starting)
        emitLater(&DevnetProcess::failed, u"anvil "_s + how + u" before it was ready:\n"_s + outputTail());
    else if (was == State::Running)
        emitLater(&DevnetProcess::failed, u"anvil "_s + how + u" while running:\n"_s + outputTail());
}

// Out of QProcess's own signal, so a handler may delete us or start again.
void DevnetProcess::emitLater(void (DevnetProcess::*signal)(const QString &), const QString &text)
{
    QMetaObject::invokeMethod(this, [this, signal, text] { emit(this->*signal)(text); }, Qt::QueuedConnection);
}

void DevnetProcess::prepareStateFile()
{
    const QString path = m_options.statePath;
    if (path.isEmpty())
        return;
    QDir().mkpath(QFileInfo(path).absolutePath());
    const QString previous = path + u".prev"_s;
    if (QFile::exists(path) && !looksComplete(path)) {
        const QString corrupt = path + u".corrupt"_s;
        QFile::remove(corrupt);
        QFile::rename(path, corrupt);
        const bool restored = QFile::exists(previous) && QFile::copy(previous, path);
        const QString note = u"[steward] "_s + path + u" was cut short (anvil killed while writing it); kept as "_s
            + corrupt + (restored ? u", restored the copy taken before the last start"_s : u", starting empty"_s);
        qWarning().noquote() << note;
        m_output += note.toUtf8() + '\n';
        return;
    }
    if (QFile::exists(path)) {
        QFile::remove(previous);
        QFile::copy(path, previous);
    }
}

QString DevnetProcess::outputTail() const
{
    QList<QByteArray> lines = m_output.trimmed().split('\n');
    if (lines.size() > TailLines)
        lines = lines.mid(lines.size() - TailLines);
    return QString::fromUtf8(lines.join('\n'));
}

} // namespace steward::chain
