// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProcStats.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QList>

#include <sys/resource.h>
#include <unistd.h>

namespace steward::bench {

namespace {

QByteArray readProcFile(qint64 pid, const char *name)
{
    QFile f(QString::fromLatin1(QByteArray("/proc/") + QByteArray::number(pid) + '/' + name));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

double seconds(const struct timeval &tv)
{
    return static_cast<double>(tv.tv_sec) + static_cast<double>(tv.tv_usec) / 1e6;
}

} // namespace

std::optional<qint64> residentKiB(qint64 pid)
{
    const QByteArray status = readProcFile(pid, "status");
    for (const QByteArray &line : status.split('\n')) {
        if (!line.startsWith("VmRSS:"))
            continue;
        // "VmRSS:     12345 kB"
        bool ok = false;
        const qint64 kib = line.mid(6).trimmed().split(' ').value(0).toLongLong(&ok);
        if (ok)
            return kib;
    }
    return std::nullopt;
}

std::optional<double> cpuSeconds(qint64 pid)
{
    const QByteArray stat = readProcFile(pid, "stat");
    // "pid (comm) state ppid ...": comm may hold spaces, so count fields after the last ')'.
    const qsizetype close = stat.lastIndexOf(')');
    if (close < 0)
        return std::nullopt;
    const QList<QByteArray> fields = stat.mid(close + 2).split(' ');
    // After "(comm) ", field 0 is the state (field 3 of the man page); utime and stime are
    // fields 14 and 15 of the man page, so 11 and 12 here.
    if (fields.size() < 13)
        return std::nullopt;
    bool okUser = false;
    bool okSystem = false;
    const qint64 user = fields.at(11).toLongLong(&okUser);
    const qint64 system = fields.at(12).toLongLong(&okSystem);
    const long ticks = ::sysconf(_SC_CLK_TCK);
    if (!okUser || !okSystem || ticks <= 0)
        return std::nullopt;
    return static_cast<double>(user + system) / static_cast<double>(ticks);
}

std::optional<double> machineBusySeconds()
{
    QFile f(QStringLiteral("/proc/stat"));
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    // "cpu  user nice system idle iowait irq softirq steal guest guest_nice"
    const QList<QByteArray> fields = f.readLine().simplified().split(' ');
    if (fields.size() < 9 || fields.at(0) != "cpu")
        return std::nullopt;
    qint64 busy = 0;
    for (const int i : {1, 2, 3, 6, 7, 8}) // user nice system irq softirq steal; guest is inside user
        busy += fields.at(i).toLongLong();
    const long ticks = ::sysconf(_SC_CLK_TCK);
    if (ticks <= 0)
        return std::nullopt;
    return static_cast<double>(busy) / static_cast<double>(ticks);
}

qint64 childProcess(qint64 parentPid, const QByteArray &name)
{
    if (parentPid <= 0)
        return 0;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        bool isPid = false;
        const qint64 pid = entry.toLongLong(&isPid);
        if (!isPid)
            continue;
        const QByteArray stat = readProcFile(pid, "stat");
        // "pid (comm) state ppid ..."
        const qsizetype open = stat.indexOf('(');
        const qsizetype close = stat.lastIndexOf(')');
        if (open < 0 || close < open)
            continue;
        const QList<QByteArray> fields = stat.mid(close + 2).split(' ');
        if (fields.size() < 2 || fields.at(1).toLongLong() != parentPid)
            continue;
        if (stat.mid(open + 1, close - open - 1) == name)
            return pid;
    }
    return 0;
}

bool processRunning(qint64 pid)
{
    if (pid <= 0)
        return false;
    const QByteArray stat = readProcFile(pid, "stat");
    const qsizetype close = stat.lastIndexOf(')');
    if (close < 0 || close + 2 >= stat.size())
        return false;
    const char state = stat.at(close + 2);
    return state != 'Z' && state != 'X';
}

double ownCpuSeconds()
{
    struct rusage usage{};
    if (::getrusage(RUSAGE_SELF, &usage) != 0)
        return 0;
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

qint64 raiseOpenFileLimit(qint64 wanted)
{
    struct rlimit limit{};
    if (::getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return -1;
    const auto want = static_cast<rlim_t>(wanted);
    if (limit.rlim_cur != RLIM_INFINITY && limit.rlim_cur < want) {
        limit.rlim_cur = (limit.rlim_max == RLIM_INFINITY || limit.rlim_max >= want) ? want : limit.rlim_max;
        (void)::setrlimit(RLIMIT_NOFILE, &limit);
        (void)::getrlimit(RLIMIT_NOFILE, &limit);
    }
    return limit.rlim_cur == RLIM_INFINITY ? wanted : static_cast<qint64>(limit.rlim_cur);
}

} // namespace steward::bench
