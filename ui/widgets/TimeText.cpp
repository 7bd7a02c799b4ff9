// SPDX-License-Identifier: GPL-3.0-or-later
#include "TimeText.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace steward::ui {

QString timeText(qint64 ms)
{
    if (ms <= 0)
        return {};
    return QDateTime::fromMSecsSinceEpoch(ms).toString(u"yyyy-MM-dd HH:mm:ss"_s);
}

QString isoTimeText(qint64 ms)
{
    if (ms <= 0)
        return {};
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(ms);
    return local.toOffsetFromUtc(local.offsetFromUtc()).toString(Qt::ISODateWithMs);
}

} // namespace steward::ui
