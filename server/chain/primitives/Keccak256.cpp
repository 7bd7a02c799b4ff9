// SPDX-License-Identifier: GPL-3.0-or-later
#include "Keccak256.h"

#include <QCryptographicHash>

namespace steward::chain {

QByteArray keccak256(QByteArrayView data)
{
    // Keccak_256, never Sha3_256: the latter is the NIST variant unless QT_SHA3_KECCAK_COMPAT.
    return QCryptographicHash::hash(data, QCryptographicHash::Keccak_256);
}

} // namespace steward::chain
