// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <map>

namespace steward::bench {

// CPU time of each thread of a process, from /proc/<pid>/task/<tid>/stat, keyed by thread id:
// where a host's time goes (its event loop, the event store's writer, Qt's network threads).
// With it, the time the thread was ready to run but waited for a core (schedstat): on a
// machine with fewer cores than busy threads, that is where throughput goes.
struct ThreadCpu
{
    QString name; // /proc/<pid>/task/<tid>/comm
    double seconds = 0;
    double waitSeconds = 0;
};
std::map<qint64, ThreadCpu> threadCpu(qint64 pid);

struct ThreadUse
{
    QString name; // "comm (tid)"
    double seconds = 0;
    double waitSeconds = 0;
};
// What each thread used between two readings; threads started in between count from zero.
// The largest first, threads under `minSeconds` left out.
QList<ThreadUse> threadCpuSince(const std::map<qint64, ThreadCpu> &before, const std::map<qint64, ThreadCpu> &after,
                                double minSeconds);

} // namespace steward::bench
