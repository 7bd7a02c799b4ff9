// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SecretStore.h"

#include <chrono>

namespace steward {

// Secrets in the operating system's keychain through QtKeychain: the Secret Service
// (gnome-keyring, KeePassXC, ...) or KWallet on Linux, the Keychain on macOS, the Credential
// Manager on Windows. Entries are stored under the service name "Steward" as binary data.
//
// QtKeychain's jobs are asynchronous; each call here starts one and waits for it in a local
// event loop, with a timeout, so a hung keychain costs at most `timeout` per call (and calls
// after it time out too until it answers: QtKeychain runs one job at a time). That is
// acceptable because secrets are read once at start-up, before the host serves anyone. Calls
// must come from the main thread of a running QCoreApplication (on Linux the Secret Service
// answers through the GLib main context, which only the main thread's event loop drives).
class KeychainSecretStore final : public SecretStore
{
public:
    static constexpr std::chrono::milliseconds DefaultTimeout{10'000};

    // Service name "Steward".
    explicit KeychainSecretStore(std::chrono::milliseconds timeout = DefaultTimeout);
    // Another service name keeps tests away from the real entries.
    KeychainSecretStore(QString service, std::chrono::milliseconds timeout);

    // Whether a keychain backend actually works here: writes a probe entry, reads it back and
    // deletes it. Fails on a headless Linux machine without a Secret Service, with QtKeychain's
    // own error text in the message.
    SecretStatus probe();

    SecretResult<std::optional<QByteArray>> read(const QString &key) override;
    SecretStatus write(const QString &key, const QByteArray &value) override;
    SecretStatus remove(const QString &key) override;
    QString description() const override;

    QString service() const { return m_service; }

private:
    QString m_service;
    std::chrono::milliseconds m_timeout;
};

} // namespace steward
