// SPDX-License-Identifier: GPL-3.0-or-later
// steward-host: the game host without a window, for a classroom server or a LAN box.
#include "runtime/HostRuntime.h"
#include "runtime/LogFile.h"
#include "runtime/ShutdownSignals.h"
#include "secrets/SecretStorePreference.h"
#include "store/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QNetworkInterface>
#include <QStandardPaths>
#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace steward;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"steward"_s);
    QCoreApplication::setApplicationVersion(u"0.1.0"_s);

    QCommandLineParser cli;
    cli.setApplicationDescription(u"Steward game host: players join from any browser on the network."_s);
    cli.addHelpOption();
    cli.addVersionOption();
    const QCommandLineOption portOpt(u"port"_s, u"Port for HTTP and WebSocket (0: any free port)."_s, u"N"_s, u"8080"_s);
    const QCommandLineOption bindOpt(u"bind"_s, u"Address to listen on."_s, u"ADDR"_s, u"0.0.0.0"_s);
    const QCommandLineOption dataOpt(u"data-dir"_s, u"Folder for the database and logs."_s, u"DIR"_s);
    const QCommandLineOption dbOpt(u"database"_s, u"postgres://user:pass@host/db instead of SQLite."_s, u"URL"_s);
    const QCommandLineOption originOpt(u"allow-origin"_s, u"Extra web origin allowed to open a WebSocket."_s, u"ORIGIN"_s);
    const QCommandLineOption noChainOpt(u"no-chain"_s, u"Do not record anything on a blockchain."_s);
    const QCommandLineOption rpcOpt(u"chain-rpc"_s, u"Use this Ethereum JSON-RPC node instead of a local devnet."_s, u"URL"_s);
    const QCommandLineOption chainIdOpt(u"chain-id"_s, u"The chain id the node must serve (31337: the devnet)."_s, u"N"_s, u"31337"_s);
    const QCommandLineOption confirmationsOpt(u"chain-confirmations"_s, u"Blocks on top of a transaction before it counts as confirmed."_s, u"N"_s, u"1"_s);
    const QCommandLineOption secretsOpt(u"secrets"_s, u"Where the operator key is kept: auto, keychain or file."_s, u"WHERE"_s, u"auto"_s);
    cli.addOptions({portOpt, bindOpt, dataOpt, dbOpt, originOpt, noChainOpt, rpcOpt, chainIdOpt, confirmationsOpt, secretsOpt});
    cli.process(app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    // Before anything is listening, so a SIGTERM at any point after start-up is clean.
    ShutdownSignals signals_;
    QObject::connect(&signals_, &ShutdownSignals::shutdownRequested, &app, [&](int) {
        out << "Shutting down\n";
        out.flush();
        QCoreApplication::quit();
    });
    HostOptions options;
    bool portOk = false;
    const uint port = cli.value(portOpt).toUInt(&portOk);
    if (!portOk || port > 65535) {
        err << "steward-host: --port must be a number from 0 to 65535\n";
        return 2;
    }
    options.listen.port = quint16(port);
    if (!options.listen.address.setAddress(cli.value(bindOpt))) {
        err << "steward-host: --bind must be an IP address\n";
        return 2;
    }
    options.listen.allowedOrigins = cli.values(originOpt);
    options.dataDir = cli.isSet(dataOpt) ? cli.value(dataOpt)
                                         : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    options.databaseUrl = cli.value(dbOpt);
    options.adminPassword = qEnvironmentVariable("STEWARD_ADMIN_PASSWORD");
    options.chain.enabled = !cli.isSet(noChainOpt);
    options.chain.rpcUrl = QUrl(cli.value(rpcOpt));
    bool chainIdOk = false;
    options.chain.chainId = cli.value(chainIdOpt).toULongLong(&chainIdOk);
    if (!chainIdOk || options.chain.chainId == 0) {
        err << "steward-host: --chain-id must be a positive number\n";
        return 2;
    }
    if (cli.isSet(rpcOpt) && !options.chain.rpcUrl.isValid()) {
        err << "steward-host: --chain-rpc must be a URL such as http://127.0.0.1:8545\n";
        return 2;
    }
    bool confirmationsOk = false;
    options.chain.confirmations = cli.value(confirmationsOpt).toInt(&confirmationsOk);
    if (!confirmationsOk || options.chain.confirmations < 1 || options.chain.confirmations > 1000) {
        err << "steward-host: --chain-confirmations must be a number from 1 to 1000\n";
        return 2;
    }
    const auto secrets = parseSecretStorePreference(cli.value(secretsOpt));
    if (!secrets) {
        err << "steward-host: --secrets must be auto, keychain or file\n";
        return 2;
    }
    options.chain.secrets = *secrets;
    options.chain.toolsDir = qEnvironmentVariable("STEWARD_CHAIN_TOOLS", QStringLiteral(STEWARD_CHAIN_TOOLS_DIR));
    QDir().mkpath(options.dataDir);
    installLogFile(QDir(options.dataDir).filePath(u"logs/steward-host.log"_s));

    auto runtime = HostRuntime::start(options);
    if (!runtime) {
        err << "steward-host: " << runtime.error().message << '\n';
        return 1;
    }
    HostRuntime &host = *runtime.value();
    const bool anyAddress = options.listen.address == QHostAddress::AnyIPv4 || options.listen.address == QHostAddress::Any;
    const QString bind = options.listen.address.toString();
    out << "Listening on http://" << bind << ':' << host.port() << '\n';
    out << "Data: " << QDir::toNativeSeparators(options.dataDir) << " (" << host.database().description() << ")\n";
    if (host.replayedEvents() > 0)
        out << "Restored " << host.replayedEvents() << " events\n";
    if (!options.chain.enabled)
        out << "Chain: off (--no-chain)\n";
    else if (options.chain.rpcUrl.isEmpty())
        out << "Chain: starting a local devnet (anvil); orders are recorded on it as they come\n";
    else
        out << "Chain: " << options.chain.rpcUrl.toString() << " (chain id " << options.chain.chainId << ")\n";
    if (anyAddress) {
        for (const QHostAddress &a : QNetworkInterface::allAddresses()) {
            if (a.protocol() == QAbstractSocket::IPv4Protocol && !a.isLoopback() && !a.isLinkLocal())
                out << "Players join at http://" << a.toString() << ':' << host.port() << "/\n";
        }
    }
    out << "Facilitator page: http://" << (anyAddress ? u"localhost"_s : bind)
        << ':' << host.port() << "/facilitator\n";
    if (!host.generatedPassword().isEmpty())
        out << "Facilitator login: admin / " << host.generatedPassword() << "  (shown once; set STEWARD_ADMIN_PASSWORD to choose one)\n";
    else if (!options.adminPassword.isEmpty())
        out << "Facilitator login: admin / the password in STEWARD_ADMIN_PASSWORD\n";
    else
        out << "Facilitator login: admin / the password shown at first start (set STEWARD_ADMIN_PASSWORD to change it)\n";
    out.flush();

    const int code = QCoreApplication::exec();
    runtime.value().reset();
    return code;
}
