// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "VerifyMode.h"

#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace steward::verify {

// A mode as its kind's folder registered it.
struct RegisteredVerifyMode
{
    QString name;           // picked with --<name>
    QStringList also;       // other names that pick it
    bool isDefault = false; // runs when no mode is picked
    std::unique_ptr<VerifyMode> mode;
};

// Every registered mode, in the order of their folders. Written by CMake (VerifyModes.cpp.in)
// from the steward_tool_mode() lines in the kinds' Sources.cmake.
std::vector<RegisteredVerifyMode> registeredVerifyModes();

} // namespace steward::verify
