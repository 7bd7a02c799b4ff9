// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Backoffice.h"
#include "Operator.h"
#include "OperatorSpec.h"
#include "server/core/Result.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>

#include <functional>

namespace steward {
class Clock;
class Database;
class SecretStore;
} // namespace steward

namespace steward::operators {

// A key id and its secret, as 64 lowercase hex digits: handed out once, never shown again.
struct IssuedKey
{
    QString keyId;
    QString secret;
};

struct CreatedOperator
{
    Operator op;
    QString keyId;
    QString secret; // hex, shown once
};

// Every betting operator, kept in memory: each bet looks its operator up by key id, so the
// lookups are hash finds with no SQL. The table `operators` holds what the operators are; each
// HMAC secret lives only in the SecretStore, under "operator-secret/<keyId>", read once by
// load() and cached here. Changes are admin actions: each runs in one transaction on the main
// connection together with its backoffice_log row, and the cache follows only after the commit.
// Each change checks the actor's role (FORBIDDEN) before anything else.
//
// Rotating a secret replaces the key id and the secret at once, with no grace period: the old
// key stops working as soon as the change commits. A rotation is most often made because a key
// leaked, and a grace window would keep the leaked key valid exactly when it must not be; a
// planned rotation is a short outage the operator schedules (its refused requests are
// UNKNOWN_OPERATOR_KEY, so it knows to switch). A new key id (rather than a new secret under
// the old id) means a request signed with the old secret is told its key is unknown instead of
// failing signature checks that look like tampering.
//
// Lives on the host's thread, like everything that serves bets; not thread-safe.
class OperatorDirectory final : public QObject
{
    Q_OBJECT
public:
    OperatorDirectory(Database &db, SecretStore &secrets, const Clock &clock, QObject *parent = nullptr);

    // Reads every operator and its secret; call once at start, before serving bets. An
    // unreadable secret store fails the load; a secret missing from it is logged and that
    // operator's key refused (STORAGE_FAILED) until its secret is rotated.
    Status load();

    // ManageOperators. Validates the spec (INVALID_CONFIG naming the field), then issues the
    // operator's first key.
    Result<CreatedOperator> create(const OperatorSpec &spec, const BackofficeActor &by);
    // RotateSecrets. A new key id and secret; the old ones stop working at once (see above).
    Result<IssuedKey> rotateSecret(const QString &id, const BackofficeActor &by);
    // SuspendOperators. A suspended operator keeps its key, so its requests still verify and
    // are then refused as OPERATOR_SUSPENDED (by the gateway); its webhook still settles bets.
    // Suspending a suspended operator (or resuming an active one) changes and logs nothing.
    Status suspend(const QString &id, const BackofficeActor &by);
    Status resume(const QString &id, const BackofficeActor &by);
    // ManageOperators.
    Status setLimits(const QString &id, qint64 minBet, qint64 maxBet, qint64 maxWin, const BackofficeActor &by);
    Status setLocale(const QString &id, const QString &language, const QString &region, const BackofficeActor &by);
    Status setWebhook(const QString &id, const QString &url, const BackofficeActor &by);
    // The port this host listens on: a webhook on one of its own addresses and this port is
    // refused (a wallet that is the host's own API).
    void setOwnPort(quint16 port) { m_ownPort = port; }

    // Oldest first.
    QList<Operator> list() const;
    // OPERATOR_NOT_FOUND when there is no such operator.
    Result<Operator> byId(const QString &id) const;
    // For the signature check, whatever the operator's status (the gateway refuses a suspended
    // one after checking its signature). UNKNOWN_OPERATOR_KEY for a key id that is not current.
    Result<OperatorKey> byKeyId(const QString &keyId) const;
    Result<OperatorEndpoint> endpoint(const QString &id) const;

signals:
    void changed(const QString &operatorId);

private:
    struct Entry
    {
        Operator op;
        QByteArray secret; // empty: missing from the store
    };

    // Edits a copy of operator `id` with `edit` (which gives the log detail, or an error),
    // stores it and its log row in one transaction, then updates the cache and says so.
    // An edit that gives an empty detail is a no-op: nothing is written.
    Status change(const QString &id, const BackofficeActor &by, Permission permission, const QString &action,
                  const std::function<Result<QJsonObject>(Operator &)> &edit);
    Status write(const Operator &op, bool insert, const BackofficeActor &by, const QString &action,
                 const QJsonObject &detail);
    Status forget(const QString &keyId);

    Database &m_db;
    SecretStore &m_secrets;
    const Clock &m_clock;
    quint16 m_ownPort = 0;
    QHash<QString, Entry> m_byId;
    QHash<QString, QString> m_idByKey;
};

} // namespace steward::operators
