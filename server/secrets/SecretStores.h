// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "KeychainSecretStore.h"
#include "SecretStore.h"
#include "SecretStorePreference.h"

#include <memory>

namespace steward {

// The store the host will use, and why it is not the keychain when it is not.
struct OpenedSecretStore
{
    std::unique_ptr<SecretStore> store;
    // Set when the keychain was wanted (`auto`) but not usable, so the file holds the secrets:
    // QtKeychain's reason, in a sentence the console can show next to the store. Empty when the
    // keychain is in use or the file was asked for.
    QString fallbackReason;

    bool fellBack() const { return !fallbackReason.isEmpty(); }
};

// Chooses where secrets live. With `auto`: the system keychain if its probe succeeds, else the
// 0600 file `secrets.json` in `dataDir`, announced with a warning on "steward.secrets" that
// names the file and why the keychain was not usable. `keychain` makes an unusable keychain an
// error; `file` skips the keychain. Call at start-up, from the main thread (see
// KeychainSecretStore); probing may take up to `keychainTimeout` per keychain call.
class SecretStores
{
public:
    SecretStores() = delete;

    static SecretResult<OpenedSecretStore>
    open(const QString &dataDir, SecretStorePreference preference,
         std::chrono::milliseconds keychainTimeout = KeychainSecretStore::DefaultTimeout);
};

} // namespace steward
