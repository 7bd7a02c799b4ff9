// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestHost.h"

#include "server/secrets/SecretStorePreference.h"

using namespace Qt::StringLiterals;

TestHost::TestHost(const QString &dataDir) : m_dataDir(dataDir.isEmpty() ? m_tmp.path() : dataDir)
{
    start();
}

steward::chain::ChainOptions TestHost::devnet()
{
    steward::chain::ChainOptions o;
    o.enabled = true;
    o.toolsDir = QStringLiteral(STEWARD_CHAIN_TOOLS_DIR);
    o.secrets = steward::SecretStorePreference::File;
    return o;
}

TestHost::TestHost(const steward::chain::ChainOptions &chain, const QString &dataDir)
    : m_dataDir(dataDir.isEmpty() ? m_tmp.path() : dataDir), m_chain(chain)
{
    start();
}

TestHost::TestHost(std::function<void(steward::GameRegistry &)> extraKinds, const steward::Clock *clock,
                   std::function<std::vector<std::unique_ptr<steward::KindModule>>()> extraModules, int ioThreads)
    : m_dataDir(m_tmp.path()), m_extraKinds(std::move(extraKinds)), m_clock(clock), m_ioThreads(ioThreads),
      m_extraModules(std::move(extraModules))
{
    start();
}

TestHost::~TestHost() = default;

bool TestHost::start()
{
    steward::HostOptions options;
    options.dataDir = m_dataDir;
    options.adminPassword = m_adminPassword;
    options.listen.address = QHostAddress::LocalHost;
    options.listen.port = 0;
    if (m_ioThreads > 0)
        options.listen.ioThreads = m_ioThreads;
    options.chain = m_chain;
    options.extraKinds = m_extraKinds;
    options.extraModules = m_extraModules;
    options.clock = m_clock;
    auto rt = steward::HostRuntime::start(options);
    if (!rt) {
        m_error = rt.error().message;
        return false;
    }
    m_runtime = std::move(rt.value());
    return true;
}

bool TestHost::restart()
{
    m_runtime.reset();
    return start();
}

bool TestHost::restart(const QString &adminPassword)
{
    m_adminPassword = adminPassword;
    return restart();
}

QUrl TestHost::httpUrl() const
{
    return QUrl(u"http://127.0.0.1:%1"_s.arg(m_runtime->port()));
}

QUrl TestHost::wsUrl() const
{
    return QUrl(u"ws://127.0.0.1:%1/ws"_s.arg(m_runtime->port()));
}
