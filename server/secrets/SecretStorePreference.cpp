// SPDX-License-Identifier: GPL-3.0-or-later
#include "SecretStorePreference.h"

using namespace Qt::StringLiterals;

namespace steward {

std::optional<SecretStorePreference> parseSecretStorePreference(QStringView text)
{
    const QString name = text.trimmed().toString().toLower();
    if (name == u"auto"_s)
        return SecretStorePreference::Automatic;
    if (name == u"keychain"_s)
        return SecretStorePreference::Keychain;
    if (name == u"file"_s)
        return SecretStorePreference::File;
    return std::nullopt;
}

QString secretStorePreferenceName(SecretStorePreference preference)
{
    switch (preference) {
    case SecretStorePreference::Automatic: return u"auto"_s;
    case SecretStorePreference::Keychain: return u"keychain"_s;
    case SecretStorePreference::File: return u"file"_s;
    }
    return u"auto"_s;
}

} // namespace steward
