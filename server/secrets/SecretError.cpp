// SPDX-License-Identifier: GPL-3.0-or-later
#include "SecretError.h"

using namespace Qt::StringLiterals;

namespace steward {

QString secretErrorKindName(SecretError::Kind kind)
{
    switch (kind) {
    case SecretError::Kind::BackendUnavailable: return u"backend_unavailable"_s;
    case SecretError::Kind::AccessDenied: return u"access_denied"_s;
    case SecretError::Kind::Timeout: return u"timeout"_s;
    case SecretError::Kind::InsecureFile: return u"insecure_file"_s;
    case SecretError::Kind::CorruptFile: return u"corrupt_file"_s;
    case SecretError::Kind::IoFailed: return u"io_failed"_s;
    case SecretError::Kind::InvalidKey: return u"invalid_key"_s;
    case SecretError::Kind::Other: return u"other"_s;
    }
    return u"other"_s;
}

QString SecretError::kindName() const
{
    return secretErrorKindName(kind);
}

QString SecretError::toString() const
{
    return kindName() % u": "_s % message;
}

} // namespace steward
