// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SharedOptions.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>

namespace steward::bench {

// How a run ended, and its figures both ways: main.cpp prints one of them (--json or not).
struct BenchOutcome
{
    bool success = false;
    QString text;
    QJsonObject json;
};

// One game kind's load in steward-bench: its own options, then one run against the host. A kind
// registers its modes from its folder here (steward_tool_mode in <kind>/Sources.cmake,
// cmake/ToolModes.cmake), which also gives the mode's name (--<name>), so main.cpp names no kind.
class BenchMode
{
public:
    virtual ~BenchMode() = default;

    // For the help of the mode's flag: what it plays and what it prints.
    virtual QString description() const = 0;
    // What it plays, to go in a sentence: "--x is for <title>, not --y".
    virtual QString title() const = 0;
    // The mode's own options. Their names are its own: no other mode, nor main.cpp, uses them,
    // and the other modes refuse them.
    virtual QList<QCommandLineOption> options() const = 0;
    // Reads and checks the mode's options once the command line is parsed. False, with a
    // sentence for the person in *problem, when one is wrong.
    virtual bool read(const QCommandLineParser &cli, QString *problem) = 0;
    // The host program it starts when given no --host-bin: steward-host, or one of the bench's
    // own that hosts a kind only the bench plays.
    virtual QString hostProgramName() const { return QStringLiteral("steward-host"); }
    // Sockets the bench holds open at once during the run, to raise its open file limit first.
    virtual qint64 connections() const = 0;
    // Starts the run once the event loop runs; calls `done` once, when it is over.
    virtual void start(const SharedOptions &shared, std::function<void(const BenchOutcome &)> done) = 0;
};

} // namespace steward::bench
