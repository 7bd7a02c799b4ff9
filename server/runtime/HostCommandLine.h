// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HostRuntime.h"
#include "server/core/Result.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QHash>

namespace steward {

// The options steward-host and the console share (where to listen, the data, the chain, the
// secrets), so both start the same host from the same words.
class HostCommandLine
{
public:
    // Adds the options to the parser; call before it processes the arguments. `defaults`, by
    // option name ("port", "bind", …; "no-chain" = "true"), replaces the built-in defaults: the
    // console passes its saved settings, which the command line still overrides.
    explicit HostCommandLine(QCommandLineParser &cli, const QHash<QString, QString> &defaults = {});

    // The host's options from the processed arguments and STEWARD_ADMIN_PASSWORD; an error names
    // the option that is wrong. chainToolsDir: where anvil is, unless STEWARD_CHAIN_TOOLS says.
    Result<HostOptions> options(const QString &chainToolsDir) const;

    // The source tree's chain tools (anvil) for a program run from the build tree it was built
    // in; empty for an installed copy, which finds anvil on PATH (docs/packaging.md).
    static QString buildTreeChainTools(const QString &compiledToolsDir, const QString &compiledBuildDir);

private:
    QCommandLineParser &m_cli;
    bool m_noChainByDefault = false;
    QCommandLineOption m_port, m_bind, m_dataDir, m_database, m_allowOrigin, m_noChain, m_chainRpc, m_chainId,
        m_confirmations, m_secrets, m_maxPerAddress, m_ioThreads;
};

} // namespace steward
