// SPDX-License-Identifier: GPL-3.0-or-later
// steward-bench: plays a game kind against a steward-host on 127.0.0.1 with real clients and
// prints throughput, latency and host figures. Each kind's load is a mode that its folder here
// registers (BenchModes.h); this file knows none of them, only the options they share.
#include "BenchModes.h"
#include "CommandLineNumbers.h"
#include "HostProcess.h"
#include "ProcStats.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTextStream>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace steward::bench;

namespace {

constexpr int UsageError = 2;

QString randomPassword()
{
    static constexpr char alphabet[] = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    QString out;
    for (int i = 0; i < 24; ++i)
        out += QChar::fromLatin1(alphabet[QRandomGenerator::system()->bounded(int(sizeof(alphabet) - 1))]);
    return out;
}

QString flags(const std::vector<RegisteredBenchMode> &modes)
{
    QStringList names;
    for (const RegisteredBenchMode &m : modes)
        names << u"--"_s + m.name;
    return names.join(u", "_s);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"steward-bench"_s);
    QCoreApplication::setApplicationVersion(u"0.1.0"_s);

    std::vector<RegisteredBenchMode> modes = registeredBenchModes();
    // The default first, in --help too.
    std::stable_partition(modes.begin(), modes.end(), [](const RegisteredBenchMode &m) { return m.isDefault; });
    const auto defaultMode = std::find_if(modes.begin(), modes.end(), [](const auto &m) { return m.isDefault; });

    QCommandLineParser cli;
    cli.setApplicationDescription(
        u"Load generator: plays a game against a steward-host on 127.0.0.1 with real clients, then prints its "
        "throughput, latency and the host's CPU and memory. Pick the game with its option below (%1)%2."_s.arg(
            flags(modes), defaultMode == modes.end() ? QString() : u"; without one, --"_s + defaultMode->name));
    cli.addHelpOption();
    cli.addVersionOption();
    std::vector<QCommandLineOption> modeFlags;
    for (const RegisteredBenchMode &m : modes) {
        modeFlags.emplace_back(QStringList{m.name} + m.also, m.mode->description() + (m.isDefault ? u" The default."_s : QString()));
        // Two modes may not share an option's name: a mistake in a kind's folder.
        if (!cli.addOption(modeFlags.back()) || !cli.addOptions(m.mode->options()))
            qFatal("steward-bench: an option of the %s mode is taken already", qPrintable(m.name));
    }
    const QCommandLineOption hostBinOpt(u"host-bin"_s, u"The host program to start (default: the mode's own of this build, or on PATH; steward-host for most)."_s,
                                        u"PATH"_s);
    const QCommandLineOption urlOpt(u"url"_s, u"Use a host already running at http://127.0.0.1:PORT instead."_s, u"URL"_s);
    const QCommandLineOption passwordOpt(u"password"_s,
                                         u"Facilitator password of the --url host (default: $STEWARD_ADMIN_PASSWORD)."_s,
                                         u"PW"_s);
    const QCommandLineOption hostPidOpt(u"host-pid"_s, u"Process id of the --url host, to read its memory."_s,
                                        u"PID"_s);
    const QCommandLineOption timeoutOpt(u"timeout"_s, u"Give up after this many seconds from the start (with the chain on, this also bounds the wait for the last chain.tx)."_s, u"S"_s, u"600"_s);
    const QCommandLineOption chainOpt(
        u"chain"_s,
        u"Start steward-host with the chain on (its local anvil devnet; without this it gets --no-chain) and wait up "
        "to 60 s for the contract to be deployed; what the mode measures of the chain then is in its description. "
        "With --url: require that host to record on chain (its mode is printed either way)."_s);
    const QCommandLineOption jsonOpt(u"json"_s, u"Print one JSON object instead of text."_s);
    const QCommandLineOption quietOpt(u"quiet"_s, u"No progress lines on stderr."_s);
    if (!cli.addOptions({hostBinOpt, urlOpt, passwordOpt, hostPidOpt, timeoutOpt, chainOpt, jsonOpt, quietOpt}))
        qFatal("steward-bench: a mode uses the name of a shared option");
    cli.process(app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    // The mode: the one whose option is given, else the default.
    RegisteredBenchMode *mode = nullptr;
    for (std::size_t i = 0; i < modes.size(); ++i) {
        if (!cli.isSet(modeFlags[i]))
            continue;
        if (mode) {
            err << "steward-bench: --" << mode->name << " and --" << modes[i].name << " are two modes; pick one\n";
            return UsageError;
        }
        mode = &modes[i];
    }
    const bool picked = mode != nullptr;
    if (!picked && defaultMode == modes.end()) {
        err << "steward-bench: pick a mode: " << flags(modes) << '\n';
        return UsageError;
    }
    if (!picked)
        mode = &*defaultMode;
    for (const RegisteredBenchMode &other : modes) {
        if (&other == mode)
            continue;
        for (const QCommandLineOption &o : other.mode->options()) {
            if (!cli.isSet(o))
                continue;
            const QString name = o.names().constFirst();
            if (picked)
                err << "steward-bench: --" << name << " is for " << other.mode->title() << ", not --" << mode->name
                    << '\n';
            else
                err << "steward-bench: --" << name << " needs --" << other.name << '\n';
            return UsageError;
        }
    }
    if (QString problem; !mode->mode->read(cli, &problem)) {
        err << "steward-bench: " << problem << '\n';
        return UsageError;
    }

    SharedOptions shared;
    if (!positiveNumber(cli.value(timeoutOpt), 24 * 3600, &shared.timeoutSeconds)) {
        err << "steward-bench: --timeout must be a number of seconds\n";
        return UsageError;
    }
    shared.progress = !cli.isSet(quietOpt);
    shared.chain = cli.isSet(chainOpt);
    if (cli.isSet(urlOpt)) {
        const QUrl url(cli.value(urlOpt));
        // A load generator aims at this machine only.
        if (url.scheme() != u"http" || url.host() != u"127.0.0.1" || url.port() <= 0) {
            err << "steward-bench: --url must be http://127.0.0.1:PORT\n";
            return UsageError;
        }
        shared.url = url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment);
        shared.password = cli.isSet(passwordOpt) ? cli.value(passwordOpt)
                                                 : qEnvironmentVariable("STEWARD_ADMIN_PASSWORD");
        if (shared.password.isEmpty()) {
            err << "steward-bench: --url needs --password or STEWARD_ADMIN_PASSWORD\n";
            return UsageError;
        }
        shared.hostPid = cli.value(hostPidOpt).toLongLong();
    } else {
        const QString program = mode->mode->hostProgramName();
        shared.hostProgram = cli.isSet(hostBinOpt) ? cli.value(hostBinOpt) : HostProcess::locate(program);
        if (shared.hostProgram.isEmpty()) {
            err << "steward-bench: cannot find " << program << "; pass --host-bin PATH\n";
            return UsageError;
        }
        shared.password = randomPassword();
    }

    // Each of the run's connections is a socket here and, when we start the host, one there too
    // (it inherits this).
    const qint64 wanted = mode->mode->connections() * 2 + 256;
    const qint64 limit = raiseOpenFileLimit(wanted);
    if (limit < wanted)
        err << "steward-bench: warning: open file limit " << limit << " is below the " << wanted << " this run needs\n";

    const bool json = cli.isSet(jsonOpt);
    mode->mode->start(shared, [&out, json](const BenchOutcome &outcome) {
        if (json)
            out << QJsonDocument(outcome.json).toJson(QJsonDocument::Compact) << '\n';
        else
            out << outcome.text;
        out.flush();
        QCoreApplication::exit(outcome.success ? 0 : 1);
    });
    return QCoreApplication::exec();
}
