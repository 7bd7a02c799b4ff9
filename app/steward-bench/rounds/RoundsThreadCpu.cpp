// SPDX-License-Identifier: GPL-3.0-or-later
#include "RoundsThreadCpu.h"

#include <QDir>
#include <QFile>
#include <QList>

#include <algorithm>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace steward::bench {

namespace {

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

std::map<qint64, ThreadCpu> threadCpu(qint64 pid)
{
    std::map<qint64, ThreadCpu> out;
    if (pid <= 0)
        return out;
    const long ticks = ::sysconf(_SC_CLK_TCK);
    const QString taskDir = u"/proc/%1/task"_s.arg(pid);
    const QStringList tids = QDir(taskDir).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : tids) {
        bool isTid = false;
        const qint64 tid = entry.toLongLong(&isTid);
        if (!isTid)
            continue;
        const QByteArray stat = readFile(taskDir + u'/' + entry + u"/stat"_s);
        // "tid (comm) state ...": utime and stime are fields 14 and 15, so 11 and 12 after "(comm) ".
        const qsizetype close = stat.lastIndexOf(')');
        if (close < 0 || ticks <= 0)
            continue;
        const QList<QByteArray> fields = stat.mid(close + 2).split(' ');
        if (fields.size() < 13)
            continue;
        ThreadCpu t;
        t.name = QString::fromUtf8(readFile(taskDir + u'/' + entry + u"/comm"_s).trimmed());
        t.seconds = double(fields.at(11).toLongLong() + fields.at(12).toLongLong()) / double(ticks);
        // "run ns, wait-on-runqueue ns, timeslices"
        const QList<QByteArray> sched = readFile(taskDir + u'/' + entry + u"/schedstat"_s).trimmed().split(' ');
        if (sched.size() >= 2)
            t.waitSeconds = double(sched.at(1).toLongLong()) / 1e9;
        out.emplace(tid, t);
    }
    return out;
}

QList<ThreadUse> threadCpuSince(const std::map<qint64, ThreadCpu> &before, const std::map<qint64, ThreadCpu> &after,
                                double minSeconds)
{
    QList<ThreadUse> used;
    for (const auto &[tid, now] : after) {
        const auto was = before.find(tid);
        const bool known = was != before.end();
        const double delta = now.seconds - (known ? was->second.seconds : 0.0);
        if (delta >= minSeconds)
            used.append({u"%1 (%2)"_s.arg(now.name).arg(tid), delta, now.waitSeconds - (known ? was->second.waitSeconds : 0.0)});
    }
    std::sort(used.begin(), used.end(), [](const ThreadUse &a, const ThreadUse &b) { return a.seconds > b.seconds; });
    return used;
}

} // namespace steward::bench
