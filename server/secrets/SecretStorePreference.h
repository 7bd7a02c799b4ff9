// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace steward {

// Which secret store the operator asked for (`--secrets auto|keychain|file`).
enum class SecretStorePreference {
    Automatic, // the keychain if it works, else the 0600 file, with a loud warning
    Keychain,  // the keychain or nothing: an unusable keychain is an error
    File,      // the 0600 file, without trying the keychain
};

// "auto", "keychain" or "file" (case-insensitive); std::nullopt for anything else.
std::optional<SecretStorePreference> parseSecretStorePreference(QStringView text);
QString secretStorePreferenceName(SecretStorePreference preference);

} // namespace steward
