// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/runtime/HostRuntime.h"

#include <QTemporaryDir>
#include <QUrl>

#include <memory>

// A real host in the test process, on a free loopback port, with its own data folder.
class TestHost
{
public:
    static constexpr const char *Password = "test-password";

    explicit TestHost(const QString &dataDir = {});
    // A host with a chain bridge (a real devnet unless `chain.rpcUrl` is set).
    explicit TestHost(const steward::chain::ChainOptions &chain, const QString &dataDir = {});
    // A host with kinds of the test's own beside the built-in ones, on the test's clock if it
    // gives one (which outlives the host), with the test's kind modules, and on `ioThreads` I/O
    // threads (0: the host's default).
    explicit TestHost(std::function<void(steward::GameRegistry &)> extraKinds, const steward::Clock *clock = nullptr,
                      std::function<std::vector<std::unique_ptr<steward::KindModule>>()> extraModules = {},
                      int ioThreads = 0);
    ~TestHost();

    // A chain bridge on its own local anvil devnet, its key in a file (no keychain in a test run).
    static steward::chain::ChainOptions devnet();

    bool ok() const { return m_runtime != nullptr; }
    QString error() const { return m_error; }
    steward::HostRuntime &runtime() { return *m_runtime; }
    QUrl httpUrl() const;
    QUrl wsUrl() const;
    QString dataDir() const { return m_dataDir; }
    // Stops the host, keeping the data folder, and starts it again on the same data.
    bool restart();
    // The same, as if STEWARD_ADMIN_PASSWORD had been changed meanwhile.
    bool restart(const QString &adminPassword);

private:
    bool start();

    QTemporaryDir m_tmp;
    QString m_dataDir;
    std::unique_ptr<steward::HostRuntime> m_runtime;
    steward::chain::ChainOptions m_chain;
    std::function<void(steward::GameRegistry &)> m_extraKinds;
    const steward::Clock *m_clock = nullptr;
    int m_ioThreads = 0;
    std::function<std::vector<std::unique_ptr<steward::KindModule>>()> m_extraModules;
    QString m_error;
    QString m_adminPassword = QString::fromLatin1(Password);
};
