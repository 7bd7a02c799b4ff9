// SPDX-License-Identifier: GPL-3.0-or-later
#include "RoundsVerifyMode.h"

#include "VerifyCommand.h"

namespace steward::verify {

int RoundsVerifyMode::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    VerifyCommand command(out, err);
    return command.run(arguments);
}

} // namespace steward::verify
