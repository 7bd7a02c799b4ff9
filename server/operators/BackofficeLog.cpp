// SPDX-License-Identifier: GPL-3.0-or-later
#include "BackofficeLog.h"

#include "SqlTransaction.h"

#include <QJsonDocument>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace steward::operators {

Status BackofficeLog::append(const QSqlDatabase &h, qint64 at, const QString &username, const QString &action,
                             const QJsonObject &detail)
{
    // MAX + 1 under the transaction's write lock: admin changes are rare and come from one host.
    QSqlQuery q(h);
    if (!q.exec(u"SELECT COALESCE(MAX(id), 0) FROM backoffice_log"_s) || !q.next())
        return sqlFailure(u"Cannot number the backoffice log"_s, q.lastError());
    const qint64 id = q.value(0).toLongLong() + 1;
    q.finish();
    q.prepare(u"INSERT INTO backoffice_log (id, at, username, action, detail) VALUES (?, ?, ?, ?, ?)"_s);
    q.addBindValue(id);
    q.addBindValue(at);
    q.addBindValue(username);
    q.addBindValue(action);
    q.addBindValue(QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact)));
    if (!q.exec())
        return sqlFailure(u"Cannot write the backoffice log"_s, q.lastError());
    return Done{};
}

Result<QList<BackofficeLogEntry>> BackofficeLog::recent(const QSqlDatabase &h, int limit)
{
    QSqlQuery q(h);
    q.prepare(u"SELECT id, at, username, action, detail FROM backoffice_log ORDER BY id DESC LIMIT ?"_s);
    q.addBindValue(limit);
    if (!q.exec())
        return sqlFailure(u"Cannot read the backoffice log"_s, q.lastError());
    QList<BackofficeLogEntry> out;
    while (q.next()) {
        out << BackofficeLogEntry{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                                  q.value(3).toString(),
                                  QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object()};
    }
    return out;
}

} // namespace steward::operators
