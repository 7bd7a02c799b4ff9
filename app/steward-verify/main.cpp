// SPDX-License-Identifier: GPL-3.0-or-later
// steward-verify: checks what a Steward host published against the chain (docs/verify.md). Each
// kind's checks are a mode that its folder here registers (VerifyModes.h): --<name> picks one,
// the default runs without it, and the mode reads the rest of the command line.
#include "VerifyModes.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace Qt::StringLiterals;
using namespace steward::verify;

namespace {
constexpr int UsageError = 2; // as the modes' own usage errors
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"steward-verify"_s);
    QTextStream out(stdout);
    QTextStream err(stderr);

    std::vector<RegisteredVerifyMode> modes = registeredVerifyModes();
    QStringList arguments = QCoreApplication::arguments();
    RegisteredVerifyMode *mode = nullptr;
    for (RegisteredVerifyMode &m : modes) {
        qsizetype given = 0;
        for (const QString &name : QStringList{m.name} + m.also)
            given += arguments.removeAll(u"--"_s + name);
        if (given == 0)
            continue;
        if (mode) {
            err << "steward-verify: --" << mode->name << " and --" << m.name << " are two modes; pick one\n";
            return UsageError;
        }
        mode = &m;
    }
    for (RegisteredVerifyMode &m : modes) {
        if (!mode && m.isDefault)
            mode = &m;
    }
    if (!mode) {
        QStringList flags;
        for (const RegisteredVerifyMode &m : modes)
            flags << u"--"_s + m.name;
        err << "steward-verify: pick a mode: " << flags.join(u", "_s) << '\n';
        return UsageError;
    }
    return mode->mode->run(arguments, out, err);
}
