// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/core/Result.h"

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace steward::operators {

struct BackofficeLogEntry
{
    qint64 id = 0;
    qint64 at = 0;
    QString username;
    QString action; // e.g. "operator.suspend", "user.create"
    QJsonObject detail;
};

// Who changed what in the backoffice, in backoffice_log. Rows are written inside the change's
// own transaction, so a change and its record commit or vanish together. Never given secrets.
class BackofficeLog
{
public:
    BackofficeLog() = delete;

    // Appends a row on `h`, which must be inside an open transaction.
    static Status append(const QSqlDatabase &h, qint64 at, const QString &username, const QString &action,
                         const QJsonObject &detail);
    // The newest `limit` rows, newest first.
    static Result<QList<BackofficeLogEntry>> recent(const QSqlDatabase &h, int limit);
};

} // namespace steward::operators
