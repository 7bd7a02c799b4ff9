// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QtGlobal>

#include <optional>

namespace steward::bench {

// What Linux says about a process in /proc: its resident memory and the CPU time it used.
std::optional<qint64> residentKiB(qint64 pid);     // VmRSS of /proc/<pid>/status
std::optional<double> cpuSeconds(qint64 pid);      // utime + stime of /proc/<pid>/stat
double ownCpuSeconds();                            // this process, user + system
// A child of `parentPid` whose command name (/proc/<pid>/comm) is `name`, e.g. the anvil devnet
// a steward-host started; 0 if there is none.
qint64 childProcess(qint64 parentPid, const QByteArray &name);
// The process exists and is not a zombie.
bool processRunning(qint64 pid);
std::optional<double> machineBusySeconds();        // all CPUs, all processes: /proc/stat minus idle

// Raises the soft limit of open files to at least `wanted` (up to the hard limit).
// Returns the soft limit in force afterwards; a child process started later inherits it.
qint64 raiseOpenFileLimit(qint64 wanted);

} // namespace steward::bench
