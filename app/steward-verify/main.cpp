// SPDX-License-Identifier: GPL-3.0-or-later
// steward-verify: checks what a Steward host published against the chain (docs/verify.md).
#include "rounds/VerifyCommand.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("steward-verify"));
    QTextStream out(stdout);
    QTextStream err(stderr);
    steward::verify::VerifyCommand command(out, err);
    return command.run(QCoreApplication::arguments());
}
