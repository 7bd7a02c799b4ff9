// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QTextStream>

namespace steward::verify {

// One game kind's checks in steward-verify. A kind registers its mode from its folder here
// (steward_tool_mode in <kind>/Sources.cmake, cmake/ToolModes.cmake), which also gives the
// mode's name (--<name>), so main.cpp names no kind.
class VerifyMode
{
public:
    virtual ~VerifyMode() = default;

    // `arguments` as QCoreApplication::arguments() gives them (the program's name first), the
    // mode's own --<name> taken out: the mode reads the rest, --help included. Returns the exit
    // code: 0 every check passed, 1 one failed, 2 usage or input error (docs/verify.md).
    virtual int run(const QStringList &arguments, QTextStream &out, QTextStream &err) = 0;
};

} // namespace steward::verify
