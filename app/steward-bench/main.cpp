// SPDX-License-Identifier: GPL-3.0-or-later
// steward-bench: plays the Beer Game with real WebSocket clients against a steward-host on
// 127.0.0.1 and prints throughput, latency and host memory figures; with --rounds it places
// operators' bets on a rounds table instead.
#include "HostProcess.h"
#include "ProcStats.h"
#include "beer/BeerRun.h"
#include "rounds/RoundsRun.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTextStream>

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

bool positive(const QString &text, int max, int *out)
{
    bool ok = false;
    const int v = text.toInt(&ok);
    if (!ok || v < 1 || v > max)
        return false;
    *out = v;
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"steward-bench"_s);
    QCoreApplication::setApplicationVersion(u"0.1.0"_s);

    QCommandLineParser cli;
    cli.setApplicationDescription(
        u"Load generator: plays the Beer Game with one real WebSocket client per seat (pass-through orders) "
        "against a steward-host on 127.0.0.1, then prints orders/s, latency percentiles and host memory; "
        "with --chain also how fast the host's transaction outbox records the orders on its devnet. With --rounds: "
        "operators' bets per second and bet latency instead."_s);
    cli.addHelpOption();
    cli.addVersionOption();
    const QCommandLineOption teamsOpt(u"teams"_s, u"Teams of four players (1-500)."_s, u"N"_s, u"1"_s);
    const QCommandLineOption weeksOpt(u"weeks"_s, u"Weeks to play (1-520)."_s, u"W"_s, u"36"_s);
    const QCommandLineOption hostBinOpt(u"host-bin"_s, u"steward-host to start (default: the one of this build, or PATH)."_s,
                                        u"PATH"_s);
    const QCommandLineOption urlOpt(u"url"_s, u"Use a host already running at http://127.0.0.1:PORT instead."_s, u"URL"_s);
    const QCommandLineOption passwordOpt(u"password"_s,
                                         u"Facilitator password of the --url host (default: $STEWARD_ADMIN_PASSWORD)."_s,
                                         u"PW"_s);
    const QCommandLineOption hostPidOpt(u"host-pid"_s, u"Process id of the --url host, to read its memory."_s, u"PID"_s);
    const QCommandLineOption thinkOpt(u"think-ms"_s,
                                      u"Pause before each order, uniform in [T/2, 3T/2] ms (default 0: order at once)."_s,
                                      u"T"_s, u"0"_s);
    const QCommandLineOption timeoutOpt(u"timeout"_s, u"Give up after this many seconds from the start (with the chain on, this also bounds the wait for the last chain.tx)."_s, u"S"_s, u"600"_s);
    const QCommandLineOption chainOpt(
        u"chain"_s,
        u"Start steward-host with the chain on (its local anvil devnet; without this it gets --no-chain), wait up to "
        "60 s for the contract to be deployed, and also measure the outbox: intents queued, confirmed and failed, "
        "outbox lag (order's ok -> its chain.tx push) and confirmed intents/s. The run then waits until every "
        "intent is settled. With --url: require that host to record on chain (its mode is printed either way)."_s);
    const QCommandLineOption jsonOpt(u"json"_s, u"Print one JSON object instead of text."_s);
    const QCommandLineOption quietOpt(u"quiet"_s, u"No progress lines on stderr."_s);
    const QCommandLineOption roundsOpt(
        u"rounds"_s,
        u"Instead of the Beer Game: operators' bets. Creates a rounds table and an operator whose wallet webhooks go "
        "to a local operator in the bench, places signed bets over keep-alive connections in a closed loop while "
        "rounds take bets, then prints accepted bets/s and bet latency (debit webhook included) and checks, after "
        "the last round settled, that the operator's money is conserved and the host's ledger is sound."_s);
    const QCommandLineOption clientsOpt(u"clients"_s, u"--rounds: bettor connections, one bet at a time each (1-2000)."_s,
                                        u"C"_s, u"64"_s);
    const QCommandLineOption secondsOpt(u"seconds"_s, u"--rounds: betting time to measure, over the rounds' betting windows (1-3600)."_s,
                                        u"S"_s, u"30"_s);
    const QCommandLineOption periodOpt(u"period-ms"_s, u"--rounds: the table's round in ms; bets are taken for 4/5 of it (1000-3600000)."_s,
                                       u"P"_s, u"10000"_s);
    const QCommandLineOption playersOpt(u"players"_s, u"--rounds: players the bets are spread over (1-1000000)."_s,
                                        u"N"_s, u"1000"_s);
    cli.addOptions({teamsOpt, weeksOpt, hostBinOpt, urlOpt, passwordOpt, hostPidOpt, thinkOpt, timeoutOpt, chainOpt, jsonOpt,
                    quietOpt, roundsOpt, clientsOpt, secondsOpt, periodOpt, playersOpt});
    cli.process(app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    if (cli.isSet(roundsOpt)) {
        for (const QCommandLineOption *o : {&teamsOpt, &weeksOpt, &thinkOpt}) {
            if (cli.isSet(*o)) {
                err << "steward-bench: --" << o->names().constFirst() << " is for the Beer Game, not --rounds\n";
                return UsageError;
            }
        }
    } else {
        for (const QCommandLineOption *o : {&clientsOpt, &secondsOpt, &periodOpt, &playersOpt}) {
            if (cli.isSet(*o)) {
                err << "steward-bench: --" << o->names().constFirst() << " needs --rounds\n";
                return UsageError;
            }
        }
    }
    BeerOptions options;
    if (!positive(cli.value(teamsOpt), 500, &options.teams)) {
        err << "steward-bench: --teams must be a number from 1 to 500\n";
        return UsageError;
    }
    if (!positive(cli.value(weeksOpt), 520, &options.weeks)) {
        err << "steward-bench: --weeks must be a number from 1 to 520\n";
        return UsageError;
    }
    if (!positive(cli.value(timeoutOpt), 24 * 3600, &options.timeoutSeconds)) {
        err << "steward-bench: --timeout must be a number of seconds\n";
        return UsageError;
    }
    bool thinkOk = false;
    options.thinkMs = cli.value(thinkOpt).toInt(&thinkOk);
    if (!thinkOk || options.thinkMs < 0 || options.thinkMs > 600000) {
        err << "steward-bench: --think-ms must be a number of milliseconds from 0 to 600000\n";
        return UsageError;
    }
    options.progress = !cli.isSet(quietOpt);
    options.chain = cli.isSet(chainOpt);
    RoundsOptions rounds;
    if (cli.isSet(roundsOpt)) {
        if (!positive(cli.value(clientsOpt), 2000, &rounds.clients)) {
            err << "steward-bench: --clients must be a number from 1 to 2000\n";
            return UsageError;
        }
        if (!positive(cli.value(secondsOpt), 3600, &rounds.seconds)) {
            err << "steward-bench: --seconds must be a number from 1 to 3600\n";
            return UsageError;
        }
        if (!positive(cli.value(periodOpt), 3'600'000, &rounds.periodMs) || rounds.periodMs < 1000) {
            err << "steward-bench: --period-ms must be a number from 1000 to 3600000\n";
            return UsageError;
        }
        if (!positive(cli.value(playersOpt), 1'000'000, &rounds.players)) {
            err << "steward-bench: --players must be a number from 1 to 1000000\n";
            return UsageError;
        }
    }

    if (cli.isSet(urlOpt)) {
        const QUrl url(cli.value(urlOpt));
        // A load generator aims at this machine only.
        if (url.scheme() != u"http" || url.host() != u"127.0.0.1" || url.port() <= 0) {
            err << "steward-bench: --url must be http://127.0.0.1:PORT\n";
            return UsageError;
        }
        options.url = url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment);
        options.password = cli.isSet(passwordOpt) ? cli.value(passwordOpt) : qEnvironmentVariable("STEWARD_ADMIN_PASSWORD");
        if (options.password.isEmpty()) {
            err << "steward-bench: --url needs --password or STEWARD_ADMIN_PASSWORD\n";
            return UsageError;
        }
        options.hostPid = cli.value(hostPidOpt).toLongLong();
    } else {
        options.hostProgram = cli.isSet(hostBinOpt) ? cli.value(hostBinOpt) : HostProcess::locate();
        if (options.hostProgram.isEmpty()) {
            err << "steward-bench: cannot find steward-host; pass --host-bin PATH\n";
            return UsageError;
        }
        options.password = randomPassword();
    }

    // Each seat (or bettor) is a socket here and, when we start the host, one there too (it inherits this).
    const qint64 wanted = (cli.isSet(roundsOpt) ? qint64(rounds.clients) : qint64(options.teams) * 4) * 2 + 256;
    const qint64 limit = raiseOpenFileLimit(wanted);
    if (limit < wanted)
        err << "steward-bench: warning: open file limit " << limit << " is below the " << wanted << " this run needs\n";

    if (cli.isSet(roundsOpt)) {
        rounds.hostProgram = options.hostProgram;
        rounds.url = options.url;
        rounds.password = options.password;
        rounds.hostPid = options.hostPid;
        rounds.chain = options.chain;
        rounds.timeoutSeconds = options.timeoutSeconds;
        rounds.progress = options.progress;
        RoundsRun roundsRun(rounds);
        QObject::connect(&roundsRun, &RoundsRun::done, &app, [&](bool success) {
            if (cli.isSet(jsonOpt))
                out << QJsonDocument(roundsRun.report().toJson()).toJson(QJsonDocument::Compact) << '\n';
            else
                out << roundsRun.report().toText();
            out.flush();
            QCoreApplication::exit(success ? 0 : 1);
        });
        QMetaObject::invokeMethod(&roundsRun, &RoundsRun::start, Qt::QueuedConnection);
        return QCoreApplication::exec();
    }

    BeerRun run(options);
    QObject::connect(&run, &BeerRun::done, &app, [&](bool success) {
        if (cli.isSet(jsonOpt))
            out << QJsonDocument(run.report().toJson()).toJson(QJsonDocument::Compact) << '\n';
        else
            out << run.report().toText();
        out.flush();
        QCoreApplication::exit(success ? 0 : 1);
    });
    QMetaObject::invokeMethod(&run, &BeerRun::start, Qt::QueuedConnection);
    return QCoreApplication::exec();
}
