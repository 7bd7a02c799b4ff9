// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace steward {

// Why a secret store could not do what was asked. kindName() is stable (logs, the console and
// tests match on it): a kind is never renamed, only added. The message is plain English for the
// operator and names the file or keychain involved.
struct SecretError
{
    enum class Kind {
        BackendUnavailable, // no usable keychain: no Secret Service, no D-Bus, no wallet daemon
        AccessDenied,       // the keychain is locked or the user refused access
        Timeout,            // the keychain did not answer in time
        InsecureFile,       // the secrets file is readable or writable by other users
        CorruptFile,        // the secrets file is not what we write: bad JSON, bad encoding
        IoFailed,           // the secrets file could not be read, created or replaced
        InvalidKey,         // an empty or otherwise unusable secret name
        Other,              // anything else the keychain reported
    };

    Kind kind = Kind::Other;
    QString message;

    QString kindName() const;
    QString toString() const; // "insecure_file: The secrets file ...", for logs
};

QString secretErrorKindName(SecretError::Kind kind);

} // namespace steward
