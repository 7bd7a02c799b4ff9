// SPDX-License-Identifier: GPL-3.0-or-later
#include "OperatorDirectory.h"

#include "BackofficeLog.h"
#include "OperatorKeys.h"
#include "OperatorValidation.h"
#include "OperatorsLog.h"
#include "SqlTransaction.h"
#include "server/core/Clock.h"
#include "server/secrets/SecretStore.h"
#include "server/store/Database.h"

#include <QSqlQuery>
#include <QUuid>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace steward::operators {

namespace {

Error forbidden(Permission permission)
{
    return Error{ErrorCode::Forbidden, u"Your backoffice role does not allow %1."_s.arg(permissionName(permission))};
}

Error notFound(const QString &id)
{
    return Error{ErrorCode::OperatorNotFound, u"There is no operator %1."_s.arg(id)};
}

Error secretStoreFailed(const QString &what, const SecretError &e)
{
    return Error{ErrorCode::StorageFailed, what % u": "_s % e.toString()};
}

QString hex(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toHex());
}

} // namespace

OperatorDirectory::OperatorDirectory(Database &db, SecretStore &secrets, const Clock &clock, QObject *parent)
    : QObject(parent), m_db(db), m_secrets(secrets), m_clock(clock)
{
}

Status OperatorDirectory::load()
{
    QSqlQuery q(m_db.handle());
    if (!q.exec(u"SELECT id, name, key_id, status, webhook_url, currency, min_bet, max_bet, max_win, "
                "language, region, created_at, updated_at, secret_rotated_at FROM operators"_s))
        return sqlFailure(u"Cannot read the operators"_s, q.lastError());
    QHash<QString, Entry> byId;
    QHash<QString, QString> idByKey;
    while (q.next()) {
        Entry e;
        Operator &op = e.op;
        op.id = q.value(0).toString();
        op.name = q.value(1).toString();
        op.keyId = q.value(2).toString();
        const auto status = parseStatus(q.value(3).toString());
        if (!status)
            return Error{ErrorCode::StorageFailed,
                         u"Operator %1 has the unknown status \"%2\"."_s.arg(op.id, q.value(3).toString())};
        op.status = *status;
        op.webhookUrl = q.value(4).toString();
        op.currency = q.value(5).toString();
        op.minBet = q.value(6).toLongLong();
        op.maxBet = q.value(7).toLongLong();
        op.maxWin = q.value(8).toLongLong();
        op.language = q.value(9).toString();
        op.region = q.value(10).toString();
        op.createdAt = q.value(11).toLongLong();
        op.updatedAt = q.value(12).toLongLong();
        op.secretRotatedAt = q.value(13).toLongLong();

        const auto secret = m_secrets.read(keys::storeKey(op.keyId));
        if (!secret)
            return secretStoreFailed(u"Cannot read the secret of operator %1"_s.arg(op.id), secret.error());
        if (secret->has_value())
            e.secret = *secret.value();
        else
            qCWarning(lcOperators).noquote() << "The secret of operator" << op.id << "(key" << op.keyId
                                             << ") is missing from" << m_secrets.description()
                                             << "- its requests are refused until its secret is rotated.";
        idByKey.insert(op.keyId, op.id);
        byId.insert(op.id, std::move(e));
    }
    m_byId = std::move(byId);
    m_idByKey = std::move(idByKey);
    qCInfo(lcOperators) << "loaded" << m_byId.size() << "operators";
    return Done{};
}

Result<CreatedOperator> OperatorDirectory::create(const OperatorSpec &spec, const BackofficeActor &by)
{
    if (!allows(by.role, Permission::ManageOperators))
        return forbidden(Permission::ManageOperators);
    auto valid = validation::spec(spec, m_ownPort);
    if (!valid)
        return valid.error();

    const qint64 now = m_clock.nowMs();
    Operator op;
    op.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    op.name = valid->name;
    op.keyId = keys::newKeyId();
    op.status = OperatorStatus::Active;
    op.webhookUrl = valid->webhookUrl;
    op.currency = valid->currency;
    op.minBet = valid->minBet;
    op.maxBet = valid->maxBet;
    op.maxWin = valid->maxWin;
    op.language = valid->language;
    op.region = valid->region;
    op.createdAt = now;
    op.updatedAt = now;
    op.secretRotatedAt = now;
    const QByteArray secret = keys::newSecret();

    // The secret first: a row whose secret failed to store would be an operator nobody can use.
    if (auto s = m_secrets.write(keys::storeKey(op.keyId), secret); !s)
        return secretStoreFailed(u"Cannot store the new operator's secret"_s, s.error());
    const QJsonObject detail{{u"operator"_s, op.id},   {u"name"_s, op.name},         {u"key_id"_s, op.keyId},
                             {u"currency"_s, op.currency}, {u"min_bet"_s, op.minBet},  {u"max_bet"_s, op.maxBet},
                             {u"max_win"_s, op.maxWin},    {u"language"_s, op.language}, {u"region"_s, op.region},
                             {u"webhook_url"_s, op.webhookUrl}};
    if (auto s = write(op, true, by, u"operator.create"_s, detail); !s) {
        (void)forget(op.keyId);
        return s.error();
    }
    m_idByKey.insert(op.keyId, op.id);
    m_byId.insert(op.id, Entry{op, secret});
    qCInfo(lcOperators).noquote() << by.username << "created operator" << op.id << op.name;
    emit changed(op.id);
    return CreatedOperator{op, op.keyId, hex(secret)};
}

Result<IssuedKey> OperatorDirectory::rotateSecret(const QString &id, const BackofficeActor &by)
{
    if (!allows(by.role, Permission::RotateSecrets))
        return forbidden(Permission::RotateSecrets);
    const auto it = m_byId.constFind(id);
    if (it == m_byId.cend())
        return notFound(id);

    Operator op = it->op;
    const QString oldKeyId = op.keyId;
    const qint64 now = m_clock.nowMs();
    op.keyId = keys::newKeyId();
    op.updatedAt = now;
    op.secretRotatedAt = now;
    const QByteArray secret = keys::newSecret();

    if (auto s = m_secrets.write(keys::storeKey(op.keyId), secret); !s)
        return secretStoreFailed(u"Cannot store the new secret"_s, s.error());
    const QJsonObject detail{{u"operator"_s, id}, {u"old_key_id"_s, oldKeyId}, {u"key_id"_s, op.keyId}};
    if (auto s = write(op, false, by, u"operator.rotate_secret"_s, detail); !s) {
        (void)forget(op.keyId);
        return s.error();
    }
    // The row no longer names the old key, so a stale secret left in the store is harmless.
    (void)forget(oldKeyId);
    m_idByKey.remove(oldKeyId);
    m_idByKey.insert(op.keyId, id);
    m_byId.insert(id, Entry{op, secret});
    qCInfo(lcOperators).noquote() << by.username << "rotated the secret of operator" << id;
    emit changed(id);
    return IssuedKey{op.keyId, hex(secret)};
}

Status OperatorDirectory::suspend(const QString &id, const BackofficeActor &by)
{
    return change(id, by, Permission::SuspendOperators, u"operator.suspend"_s, [](Operator &op) -> Result<QJsonObject> {
        if (op.status == OperatorStatus::Suspended)
            return QJsonObject{};
        op.status = OperatorStatus::Suspended;
        return QJsonObject{{u"operator"_s, op.id}, {u"status"_s, statusName(op.status)}};
    });
}

Status OperatorDirectory::resume(const QString &id, const BackofficeActor &by)
{
    return change(id, by, Permission::SuspendOperators, u"operator.resume"_s, [](Operator &op) -> Result<QJsonObject> {
        if (op.status == OperatorStatus::Active)
            return QJsonObject{};
        op.status = OperatorStatus::Active;
        return QJsonObject{{u"operator"_s, op.id}, {u"status"_s, statusName(op.status)}};
    });
}

Status OperatorDirectory::setLimits(const QString &id, qint64 minBet, qint64 maxBet, qint64 maxWin,
                                    const BackofficeActor &by)
{
    return change(id, by, Permission::ManageOperators, u"operator.set_limits"_s,
                  [=](Operator &op) -> Result<QJsonObject> {
                      if (auto s = validation::limits(minBet, maxBet, maxWin); !s)
                          return s.error();
                      const QJsonObject from{{u"min_bet"_s, op.minBet}, {u"max_bet"_s, op.maxBet}, {u"max_win"_s, op.maxWin}};
                      op.minBet = minBet;
                      op.maxBet = maxBet;
                      op.maxWin = maxWin;
                      const QJsonObject to{{u"min_bet"_s, op.minBet}, {u"max_bet"_s, op.maxBet}, {u"max_win"_s, op.maxWin}};
                      return QJsonObject{{u"operator"_s, op.id}, {u"from"_s, from}, {u"to"_s, to}};
                  });
}

Status OperatorDirectory::setLocale(const QString &id, const QString &language, const QString &region,
                                    const BackofficeActor &by)
{
    return change(id, by, Permission::ManageOperators, u"operator.set_locale"_s,
                  [&](Operator &op) -> Result<QJsonObject> {
                      auto lang = validation::language(language);
                      if (!lang)
                          return lang.error();
                      if (auto s = validation::region(region); !s)
                          return s.error();
                      const QJsonObject from{{u"language"_s, op.language}, {u"region"_s, op.region}};
                      op.language = lang.value();
                      op.region = region;
                      const QJsonObject to{{u"language"_s, op.language}, {u"region"_s, op.region}};
                      return QJsonObject{{u"operator"_s, op.id}, {u"from"_s, from}, {u"to"_s, to}};
                  });
}

Status OperatorDirectory::setWebhook(const QString &id, const QString &url, const BackofficeActor &by)
{
    return change(id, by, Permission::ManageOperators, u"operator.set_webhook"_s,
                  [&](Operator &op) -> Result<QJsonObject> {
                      if (auto s = validation::webhookUrl(url, m_ownPort); !s)
                          return s.error();
                      const QJsonObject detail{{u"operator"_s, op.id}, {u"from"_s, op.webhookUrl}, {u"to"_s, url}};
                      op.webhookUrl = url;
                      return detail;
                  });
}

QList<Operator> OperatorDirectory::list() const
{
    QList<Operator> out;
    out.reserve(m_byId.size());
    for (const Entry &e : m_byId)
        out << e.op;
    std::sort(out.begin(), out.end(), [](const Operator &a, const Operator &b) {
        return a.createdAt != b.createdAt ? a.createdAt < b.createdAt : a.id < b.id;
    });
    return out;
}

Result<Operator> OperatorDirectory::byId(const QString &id) const
{
    const auto it = m_byId.constFind(id);
    if (it == m_byId.cend())
        return notFound(id);
    return it->op;
}

Result<OperatorKey> OperatorDirectory::byKeyId(const QString &keyId) const
{
    const auto id = m_idByKey.constFind(keyId);
    if (id == m_idByKey.cend())
        return Error{ErrorCode::UnknownOperatorKey, u"Unknown operator key."_s};
    const Entry &e = *m_byId.constFind(*id);
    if (e.secret.isEmpty())
        return Error{ErrorCode::StorageFailed,
                     u"The secret of this operator key is missing from the host's secret store."_s};
    return OperatorKey{e.op, e.secret};
}

Result<OperatorEndpoint> OperatorDirectory::endpoint(const QString &id) const
{
    const auto it = m_byId.constFind(id);
    if (it == m_byId.cend())
        return notFound(id);
    if (it->secret.isEmpty())
        return Error{ErrorCode::StorageFailed,
                     u"The secret of operator %1 is missing from the host's secret store."_s.arg(id)};
    return OperatorEndpoint{it->op.webhookUrl, it->op.keyId, it->secret};
}

Status OperatorDirectory::change(const QString &id, const BackofficeActor &by, Permission permission,
                                 const QString &action, const std::function<Result<QJsonObject>(Operator &)> &edit)
{
    if (!allows(by.role, permission))
        return forbidden(permission);
    const auto it = m_byId.find(id);
    if (it == m_byId.end())
        return notFound(id);
    Operator op = it->op;
    auto detail = edit(op);
    if (!detail)
        return detail.error();
    if (detail->isEmpty())
        return Done{};
    op.updatedAt = m_clock.nowMs();
    if (auto s = write(op, false, by, action, detail.value()); !s)
        return s;
    it->op = op;
    qCInfo(lcOperators).noquote() << by.username << action << id;
    emit changed(id);
    return Done{};
}

Status OperatorDirectory::write(const Operator &op, bool insert, const BackofficeActor &by, const QString &action,
                                const QJsonObject &detail)
{
    SqlTransaction tx(m_db);
    if (auto s = tx.begin(); !s)
        return s;
    QSqlQuery q(tx.handle());
    q.prepare(insert ? u"INSERT INTO operators (name, key_id, status, webhook_url, currency, min_bet, max_bet, "
                       "max_win, language, region, updated_at, secret_rotated_at, created_at, id) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s
                     : u"UPDATE operators SET name = ?, key_id = ?, status = ?, webhook_url = ?, currency = ?, "
                       "min_bet = ?, max_bet = ?, max_win = ?, language = ?, region = ?, updated_at = ?, "
                       "secret_rotated_at = ? WHERE id = ?"_s);
    for (const QVariant &v : {QVariant(op.name), QVariant(op.keyId), QVariant(statusName(op.status)),
                              QVariant(op.webhookUrl), QVariant(op.currency), QVariant(op.minBet), QVariant(op.maxBet),
                              QVariant(op.maxWin), QVariant(op.language), QVariant(op.region), QVariant(op.updatedAt),
                              QVariant(op.secretRotatedAt)})
        q.addBindValue(v);
    if (insert)
        q.addBindValue(op.createdAt);
    q.addBindValue(op.id);
    if (!q.exec())
        return sqlFailure(u"Cannot store operator %1"_s.arg(op.id), q.lastError());
    if (q.numRowsAffected() != 1)
        return Error{ErrorCode::StorageFailed, u"Operator %1 is not in the database."_s.arg(op.id)};
    if (auto s = BackofficeLog::append(tx.handle(), op.updatedAt, by.username, action, detail); !s)
        return s;
    return tx.commit();
}

Status OperatorDirectory::forget(const QString &keyId)
{
    const auto s = m_secrets.remove(keys::storeKey(keyId));
    if (!s) {
        qCWarning(lcOperators).noquote() << "Cannot remove the unused secret of key" << keyId << ":"
                                         << s.error().toString();
        return secretStoreFailed(u"Cannot remove the secret of key %1"_s.arg(keyId), s.error());
    }
    return Done{};
}

} // namespace steward::operators
