// SPDX-License-Identifier: GPL-3.0-or-later
#include "SecretStores.h"

#include "FileSecretStore.h"
#include "SecretsLog.h"

using namespace Qt::StringLiterals;

namespace steward {

SecretResult<OpenedSecretStore> SecretStores::open(const QString &dataDir, SecretStorePreference preference,
                                                   std::chrono::milliseconds keychainTimeout)
{
    if (preference == SecretStorePreference::File) {
        auto file = std::make_unique<FileSecretStore>(dataDir);
        qCInfo(lcSecrets).noquote() << u"Secrets are kept in "_s % file->description() % u" (--secrets file)."_s;
        return OpenedSecretStore{std::move(file), QString()};
    }

    auto keychain = std::make_unique<KeychainSecretStore>(keychainTimeout);
    const SecretStatus probed = keychain->probe();
    if (probed) {
        qCInfo(lcSecrets).noquote() << u"Secrets are kept in "_s % keychain->description() % u"."_s;
        return OpenedSecretStore{std::move(keychain), QString()};
    }

    if (preference == SecretStorePreference::Keychain)
        return SecretError{probed.error().kind,
                           u"--secrets keychain was given, but the system keychain is not usable: "_s
                               % probed.error().message};

    auto file = std::make_unique<FileSecretStore>(dataDir);
    const QString reason = probed.error().message;
    // Loud on purpose: the operator key now sits on disk, protected only by file permissions.
    qCWarning(lcSecrets).noquote()
        << u"The system keychain is not usable, so secrets are kept in "_s % file->description()
               % u" instead. Why: "_s % reason
               % u" Secrets in that file, including the chain operator key, are not encrypted: this "
                 "user and root can read them. To use a keychain, run a Secret Service (e.g. "
                 "gnome-keyring) in this session; to keep the file and silence this warning, pass "
                 "--secrets file."_s;
    return OpenedSecretStore{std::move(file), reason};
}

} // namespace steward
