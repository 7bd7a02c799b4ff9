// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SecretStores.h"

namespace steward {

// Opens the real store (and probes the keychain) only when a secret is first needed, so a host
// that keeps no operator secrets never touches the keychain.
class LazySecretStore final : public SecretStore
{
public:
    LazySecretStore(QString dataDir, SecretStorePreference preference)
        : m_dataDir(std::move(dataDir)), m_preference(preference)
    {
    }

    SecretResult<std::optional<QByteArray>> read(const QString &key) override
    {
        if (auto s = open(); !s)
            return s.error();
        return m_store->read(key);
    }
    SecretStatus write(const QString &key, const QByteArray &value) override
    {
        if (auto s = open(); !s)
            return s.error();
        return m_store->write(key, value);
    }
    SecretStatus remove(const QString &key) override
    {
        if (auto s = open(); !s)
            return s.error();
        return m_store->remove(key);
    }
    QString description() const override
    {
        return m_store ? m_store->description() : QStringLiteral("not opened yet");
    }

private:
    SecretStatus open()
    {
        if (m_store)
            return Done{};
        auto opened = SecretStores::open(m_dataDir, m_preference);
        if (!opened)
            return opened.error();
        m_store = std::move(opened.value().store);
        return Done{};
    }

    QString m_dataDir;
    SecretStorePreference m_preference;
    std::unique_ptr<SecretStore> m_store;
};

} // namespace steward
