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
    // Said once at each start, calmly: this is the usual case on a server or a classroom machine,
    // and what a reader should know is where the secrets are, who can read them, and what to do
    // to change it.
    qCWarning(lcSecrets).noquote()
        << u"Secrets are kept in "_s % file->description()
               % u": no system keychain is available in this session, which is usual on a server. "
                 "Only this user (and root) can read the file. To keep secrets in a keychain, run a Secret "
                 "Service (e.g. gnome-keyring) in the session; to choose the file and not see this note, pass "
                 "--secrets file. (Keychain: "_s
               % reason % u")"_s;
    return OpenedSecretStore{std::move(file), reason};
}

} // namespace steward
