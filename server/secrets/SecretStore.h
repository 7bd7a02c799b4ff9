// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SecretResult.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace steward {

// Where the host keeps the few secrets it cannot ask anyone for, above all the chain operator's
// private key. Synchronous on purpose: secrets are read once at start-up, before the host
// serves anyone, so blocking the caller briefly is harmless and keeps every caller simple.
class SecretStore
{
public:
    virtual ~SecretStore() = default;

    SecretStore(const SecretStore &) = delete;
    SecretStore &operator=(const SecretStore &) = delete;

    // The secret stored under `key`; std::nullopt when there is none (not an error: a first
    // start has no operator key yet). An unreadable store is an error, never "no secret".
    virtual SecretResult<std::optional<QByteArray>> read(const QString &key) = 0;
    // Stores `value` under `key`, replacing what was there.
    virtual SecretStatus write(const QString &key, const QByteArray &value) = 0;
    // Forgets `key`. Removing a key that is not there succeeds.
    virtual SecretStatus remove(const QString &key) = 0;

    // Where the secrets live, in words for the log and the console, e.g.
    // "the system keychain (Secret Service)" or "the file /var/lib/steward/secrets.json (0600)".
    virtual QString description() const = 0;

protected:
    SecretStore() = default;
};

} // namespace steward
