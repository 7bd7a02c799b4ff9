// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Backoffice.h"
#include "server/core/Result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace steward {
class Clock;
class Database;
} // namespace steward

namespace steward::operators {

struct BackofficeUser
{
    QString username;
    Role role = Role::Viewer;
    qint64 createdAt = 0;
    bool disabled = false;
};

// The people who run the backoffice, with their roles, in backoffice_users. Passwords are
// PBKDF2 hashes (auth/Credentials.h). Every change writes its backoffice_log row in the same
// transaction. Only an admin (ManageUsers) may change users, and the actor's role is read again
// from the table, so a session opened before a demotion or a disabling cannot use the old role.
// The last enabled admin can be neither disabled nor demoted: the backoffice cannot lock itself out.
class BackofficeUsers
{
public:
    static constexpr QStringView BootstrapUsername = u"admin";
    static constexpr int MaxUsernameLength = 32;
    static constexpr int MinPasswordLength = 8;

    BackofficeUsers(Database &db, const Clock &clock);

    // Usernames: 1-32 of a-z, 0-9, '.', '_', '-'. BAD_REQUEST for a bad or taken name or a
    // password under 8 characters; FORBIDDEN unless `by` is an admin.
    Status create(const BackofficeActor &by, const QString &username, Role role, const QString &password);
    Status setRole(const BackofficeActor &by, const QString &username, Role role);
    Status disable(const BackofficeActor &by, const QString &username);

    // BAD_CREDENTIALS, with one message, for an unknown user, a wrong password or a disabled
    // user: a caller learns nothing about which usernames exist. Costs one PBKDF2 (~60 ms) in
    // every case, for the same reason.
    Result<Role> authenticate(const QString &username, const QString &password) const;
    // The user as they are now, for a request made with a session opened earlier: FORBIDDEN
    // when unknown or disabled.
    Result<BackofficeActor> actor(const QString &username) const;

    // First start: when there are no users at all, creates "admin" (role admin) with `password`,
    // the host's facilitator password, and says true; otherwise changes nothing and says false.
    Result<bool> ensureAdmin(const QString &password);
    // The same from a stored PBKDF2 hash (auth/Credentials.h format), for a host that keeps only the
    // facilitator password's hash.
    Result<bool> ensureAdminWithHash(const QString &passwordHash);

    // The bootstrap admin is the facilitator, one person with one password: at every start and
    // on every change of the facilitator password, its hash is written here too (created as in
    // ensureAdminWithHash when there is no user at all). Says whether anything changed.
    Result<bool> followFacilitator(const QString &passwordHash);
    // A new password: one's own given the current one (BAD_CREDENTIALS otherwise), or anyone's
    // by an admin. The bootstrap admin's is the facilitator's and changes only with it
    // (FORBIDDEN here); BAD_REQUEST for a password under 8 characters.
    Status setPassword(const BackofficeActor &by, const QString &username, const QString &current, const QString &next);

    Result<QList<BackofficeUser>> list() const;

private:
    struct Row
    {
        Role role = Role::Viewer;
        QString passwordHash;
        bool disabled = false;
    };
    Result<std::optional<Row>> find(const QString &username) const;
    // FORBIDDEN unless `by` is, per the table, an enabled user allowed ManageUsers.
    Status checkAdmin(const BackofficeActor &by) const;
    // Inside the caller's transaction on `h`: the row and its log entry.
    Status insert(const QSqlDatabase &h, const QString &username, Role role, const QString &passwordHash,
                  const QString &by, const QString &action);
    // Enabled admins other than `username`.
    Result<int> otherAdmins(const QString &username) const;

    Database &m_db;
    const Clock &m_clock;
};

} // namespace steward::operators
