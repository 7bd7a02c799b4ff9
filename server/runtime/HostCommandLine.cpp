// SPDX-License-Identifier: GPL-3.0-or-later
#include "HostCommandLine.h"

#include <QCoreApplication>
#include <QDir>

#include "server/secrets/SecretStorePreference.h"

#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace steward {

HostCommandLine::HostCommandLine(QCommandLineParser &cli, const QHash<QString, QString> &defaults)
    : m_cli(cli), m_noChainByDefault(defaults.value(u"no-chain"_s) == u"true"),
      m_port(u"port"_s, u"Port for HTTP and WebSocket (0: any free port)."_s, u"N"_s, u"8080"_s),
      m_bind(u"bind"_s, u"Address to listen on."_s, u"ADDR"_s, u"0.0.0.0"_s),
      m_dataDir(u"data-dir"_s, u"Folder for the database and logs."_s, u"DIR"_s),
      m_database(u"database"_s, u"postgres://user:pass@host/db instead of SQLite."_s, u"URL"_s),
      m_allowOrigin(u"allow-origin"_s, u"Extra web origin allowed to open a WebSocket."_s, u"ORIGIN"_s),
      m_noChain(u"no-chain"_s, u"Do not record anything on a blockchain."_s),
      m_chainRpc(u"chain-rpc"_s, u"Use this Ethereum JSON-RPC node instead of a local devnet."_s, u"URL"_s),
      m_chainId(u"chain-id"_s, u"The chain id the node must serve (31337: the devnet)."_s, u"N"_s, u"31337"_s),
      m_confirmations(u"chain-confirmations"_s, u"Blocks on top of a transaction before it counts as confirmed."_s,
                      u"N"_s, u"1"_s),
      m_secrets(u"secrets"_s, u"Where the operator key is kept: auto, keychain or file."_s, u"WHERE"_s, u"auto"_s),
      m_maxPerAddress(u"max-per-address"_s,
                      u"Connections one address may hold at once (0: no cap, behind a reverse proxy)."_s, u"N"_s,
                      QString::number(ConnectionLimits{}.maxPerAddress)),
      m_ioThreads(u"io-threads"_s, u"Threads that carry the WebSockets (docs/architecture.md)."_s, u"N"_s,
                  QString::number(ListenOptions{}.ioThreads))
{
    for (QCommandLineOption *o : {&m_port, &m_bind, &m_dataDir, &m_database, &m_chainRpc, &m_chainId, &m_confirmations,
                                  &m_secrets}) {
        const QString given = defaults.value(o->names().constFirst());
        if (!given.isEmpty())
            o->setDefaultValue(given);
    }
    cli.addOptions({m_port, m_bind, m_dataDir, m_database, m_allowOrigin, m_noChain, m_chainRpc, m_chainId,
                    m_confirmations, m_secrets, m_maxPerAddress, m_ioThreads});
}

Result<HostOptions> HostCommandLine::options(const QString &chainToolsDir) const
{
    const auto bad = [](const QString &why) { return Error{ErrorCode::InvalidConfig, why}; };
    HostOptions options;
    bool portOk = false;
    const uint port = m_cli.value(m_port).toUInt(&portOk);
    if (!portOk || port > 65535)
        return bad(u"--port must be a number from 0 to 65535"_s);
    options.listen.port = quint16(port);
    if (!options.listen.address.setAddress(m_cli.value(m_bind)))
        return bad(u"--bind must be an IP address"_s);
    options.listen.allowedOrigins = m_cli.values(m_allowOrigin);
    bool capOk = false;
    options.listen.limits.maxPerAddress = m_cli.value(m_maxPerAddress).toInt(&capOk);
    if (!capOk || options.listen.limits.maxPerAddress < 0 || options.listen.limits.maxPerAddress > 100'000)
        return bad(u"--max-per-address must be a number from 0 (no cap) to 100000"_s);
    bool threadsOk = false;
    options.listen.ioThreads = m_cli.value(m_ioThreads).toInt(&threadsOk);
    if (!threadsOk || options.listen.ioThreads < 1 || options.listen.ioThreads > 64)
        return bad(u"--io-threads must be a number from 1 to 64"_s);
    options.dataDir = m_cli.value(m_dataDir);
    if (options.dataDir.isEmpty())
        options.dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    options.databaseUrl = m_cli.value(m_database);
    options.adminPassword = qEnvironmentVariable("STEWARD_ADMIN_PASSWORD");
    // A node named on the command line turns the chain on even if the saved settings had it off.
    options.chain.enabled = !m_cli.isSet(m_noChain) && (!m_noChainByDefault || m_cli.isSet(m_chainRpc));
    options.chain.rpcUrl = QUrl(m_cli.value(m_chainRpc));
    bool chainIdOk = false;
    options.chain.chainId = m_cli.value(m_chainId).toULongLong(&chainIdOk);
    if (!chainIdOk || options.chain.chainId == 0)
        return bad(u"--chain-id must be a positive number"_s);
    if (!m_cli.value(m_chainRpc).isEmpty() && !options.chain.rpcUrl.isValid())
        return bad(u"--chain-rpc must be a URL such as http://127.0.0.1:8545"_s);
    bool confirmationsOk = false;
    options.chain.confirmations = m_cli.value(m_confirmations).toInt(&confirmationsOk);
    if (!confirmationsOk || options.chain.confirmations < 1 || options.chain.confirmations > 1000)
        return bad(u"--chain-confirmations must be a number from 1 to 1000"_s);
    const auto secrets = parseSecretStorePreference(m_cli.value(m_secrets));
    if (!secrets)
        return bad(u"--secrets must be auto, keychain or file"_s);
    options.chain.secrets = *secrets;
    options.chain.toolsDir = qEnvironmentVariable("STEWARD_CHAIN_TOOLS", chainToolsDir);
    return options;
}

QString HostCommandLine::buildTreeChainTools(const QString &compiledToolsDir, const QString &compiledBuildDir)
{
    const QString build = QDir(compiledBuildDir).canonicalPath();
    const QString here = QDir(QCoreApplication::applicationDirPath()).canonicalPath();
    if (build.isEmpty() || (here != build && !here.startsWith(build + u'/')))
        return {};
    return compiledToolsDir;
}

} // namespace steward
