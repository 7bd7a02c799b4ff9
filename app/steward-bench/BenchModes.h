// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BenchMode.h"

#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace steward::bench {

// A mode as its kind's folder registered it.
struct RegisteredBenchMode
{
    QString name;           // picked with --<name>
    QStringList also;       // other names that pick it
    bool isDefault = false; // runs when no mode is picked
    std::unique_ptr<BenchMode> mode;
};

// Every registered mode, in the order of their folders. Written by CMake (BenchModes.cpp.in)
// from the steward_tool_mode() lines in the kinds' Sources.cmake.
std::vector<RegisteredBenchMode> registeredBenchModes();

} // namespace steward::bench
