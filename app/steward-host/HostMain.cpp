// SPDX-License-Identifier: GPL-3.0-or-later
#include "HostMain.h"

#include "server/net/JoinAddresses.h"
#include "server/runtime/HostCommandLine.h"
#include "server/runtime/HostRuntime.h"
#include "server/runtime/LogFile.h"
#include "server/runtime/ShutdownSignals.h"
#include "server/store/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QUrl>
#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace steward {

int runHost(int argc, char *argv[], const QString &description, const std::function<void(GameRegistry &)> &extraKinds)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"steward"_s);
    QCoreApplication::setApplicationVersion(u"0.1.0"_s);

    QCommandLineParser cli;
    cli.setApplicationDescription(description);
    cli.addHelpOption();
    cli.addVersionOption();
    const HostCommandLine hostOptions(cli);
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
    auto parsed = hostOptions.options(
        HostCommandLine::buildTreeChainTools(QStringLiteral(STEWARD_CHAIN_TOOLS_DIR), QStringLiteral(STEWARD_BUILD_DIR)));
    if (!parsed) {
        err << "steward-host: " << parsed.error().message << '\n';
        return 2;
    }
    HostOptions options = parsed.value();
    options.extraKinds = extraKinds;
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
    for (const QUrl &url : joinAddresses(options.listen.address, host.port()))
        out << "Players join at " << url.toString() << '\n';
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

} // namespace steward
