// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChainIntent.h"

#include <QCryptographicHash>

namespace steward {

QByteArray chainIntentId(const QString &gameId, qint64 seq, int index)
{
    const QByteArray key = "steward.intent:" + gameId.toUtf8() + ':' + QByteArray::number(seq) + ':'
                         + QByteArray::number(index);
    return QCryptographicHash::hash(key, QCryptographicHash::Keccak_256);
}

} // namespace steward
