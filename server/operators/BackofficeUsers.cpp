// SPDX-License-Identifier: GPL-3.0-or-later
#include "BackofficeUsers.h"

#include "BackofficeLog.h"
#include "OperatorsLog.h"
#include "SqlTransaction.h"
#include "server/auth/Credentials.h"
#include "server/core/Clock.h"
#include "server/store/Database.h"

#include <QRegularExpression>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace steward::operators {

namespace {

Error badCredentials()
{
    return Error{ErrorCode::BadCredentials, u"Wrong username or password."_s};
}

Error noSuchUser(const QString &username)
{
    return Error{ErrorCode::NotFound, u"There is no backoffice user %1."_s.arg(username)};
}

Status checkUsername(const QString &username)
{
    static const QRegularExpression re(QRegularExpression::anchoredPattern(u"[a-z0-9._-]{1,32}"_s));
    if (!re.match(username).hasMatch())
        return Error{ErrorCode::BadRequest,
                     u"username: must be 1 to 32 of a-z, 0-9, '.', '_' and '-'"_s};
    return Done{};
}

// What an unknown user's password is checked against, so that refusing one costs as much as
// refusing a wrong password.
const QString &dummyHash()
{
    static const QString hash = credentials::hashPassword(u"not a password"_s);
    return hash;
}

} // namespace

BackofficeUsers::BackofficeUsers(Database &db, const Clock &clock) : m_db(db), m_clock(clock)
{
    (void)dummyHash(); // made now, so that the first unknown user costs no more than any other
}

Status BackofficeUsers::create(const BackofficeActor &by, const QString &username, Role role, const QString &password)
{
    if (auto s = checkAdmin(by); !s)
        return s;
    if (auto s = checkUsername(username); !s)
        return s;
    if (password.size() < MinPasswordLength)
        return Error{ErrorCode::BadRequest,
                     u"password: must be at least %1 characters"_s.arg(MinPasswordLength)};
    const QString hash = credentials::hashPassword(password);
    SqlTransaction tx(m_db);
    if (auto s = tx.begin(); !s)
        return s;
    const auto existing = find(username);
    if (!existing)
        return existing.error();
    if (existing->has_value())
        return Error{ErrorCode::BadRequest, u"username: %1 is taken"_s.arg(username)};
    if (auto s = insert(tx.handle(), username, role, hash, by.username, u"user.create"_s); !s)
        return s;
    return tx.commit();
}

Status BackofficeUsers::setRole(const BackofficeActor &by, const QString &username, Role role)
{
    if (auto s = checkAdmin(by); !s)
        return s;
    SqlTransaction tx(m_db);
    if (auto s = tx.begin(); !s)
        return s;
    const auto row = find(username);
    if (!row)
        return row.error();
    if (!row->has_value())
        return noSuchUser(username);
    const Role from = row.value()->role;
    if (from == role)
        return Done{};
    if (from == Role::Admin && !row.value()->disabled) {
        const auto others = otherAdmins(username);
        if (!others)
            return others.error();
        if (others.value() == 0)
            return Error{ErrorCode::BadRequest, u"%1 is the last enabled admin."_s.arg(username)};
    }
    QSqlQuery q(tx.handle());
    q.prepare(u"UPDATE backoffice_users SET role = ? WHERE username = ?"_s);
    q.addBindValue(roleName(role));
    q.addBindValue(username);
    if (!q.exec())
        return sqlFailure(u"Cannot change the role of %1"_s.arg(username), q.lastError());
    if (auto s = BackofficeLog::append(tx.handle(), m_clock.nowMs(), by.username, u"user.set_role"_s,
                                       {{u"user"_s, username}, {u"from"_s, roleName(from)}, {u"to"_s, roleName(role)}});
        !s)
        return s;
    return tx.commit();
}

Status BackofficeUsers::disable(const BackofficeActor &by, const QString &username)
{
    if (auto s = checkAdmin(by); !s)
        return s;
    SqlTransaction tx(m_db);
    if (auto s = tx.begin(); !s)
        return s;
    const auto row = find(username);
    if (!row)
        return row.error();
    if (!row->has_value())
        return noSuchUser(username);
    if (row.value()->disabled)
        return Done{};
    if (row.value()->role == Role::Admin) {
        const auto others = otherAdmins(username);
        if (!others)
            return others.error();
        if (others.value() == 0)
            return Error{ErrorCode::BadRequest, u"%1 is the last enabled admin."_s.arg(username)};
    }
    QSqlQuery q(tx.handle());
    q.prepare(u"UPDATE backoffice_users SET disabled = 1 WHERE username = ?"_s);
    q.addBindValue(username);
    if (!q.exec())
        return sqlFailure(u"Cannot disable %1"_s.arg(username), q.lastError());
    if (auto s = BackofficeLog::append(tx.handle(), m_clock.nowMs(), by.username, u"user.disable"_s,
                                       {{u"user"_s, username}});
        !s)
        return s;
    return tx.commit();
}

Result<Role> BackofficeUsers::authenticate(const QString &username, const QString &password) const
{
    const auto row = find(username);
    if (!row)
        return row.error();
    if (!row->has_value()) {
        (void)credentials::verifyPassword(password, dummyHash());
        return badCredentials();
    }
    // The hash is checked even for a disabled user, so that disabled costs what enabled does.
    const bool match = credentials::verifyPassword(password, row.value()->passwordHash);
    if (!match || row.value()->disabled)
        return badCredentials();
    return row.value()->role;
}

Result<BackofficeActor> BackofficeUsers::actor(const QString &username) const
{
    const auto row = find(username);
    if (!row)
        return row.error();
    if (!row->has_value() || row.value()->disabled)
        return Error{ErrorCode::Forbidden, u"%1 may no longer use the backoffice."_s.arg(username)};
    return BackofficeActor{username, row.value()->role};
}

Result<bool> BackofficeUsers::ensureAdmin(const QString &password)
{
    if (password.isEmpty())
        return Error{ErrorCode::BadRequest, u"password: the first admin needs one"_s};
    // Hashing costs ~60 ms: only when there is no user yet.
    QSqlQuery q(m_db.handle());
    if (!q.exec(u"SELECT COUNT(*) FROM backoffice_users"_s) || !q.next())
        return sqlFailure(u"Cannot count the backoffice users"_s, q.lastError());
    if (q.value(0).toLongLong() > 0)
        return false;
    q.finish();
    return ensureAdminWithHash(credentials::hashPassword(password));
}

Result<bool> BackofficeUsers::ensureAdminWithHash(const QString &passwordHash)
{
    if (!passwordHash.startsWith(u"pbkdf2-sha256$"))
        return Error{ErrorCode::BadRequest, u"password: not a PBKDF2 hash"_s};
    SqlTransaction tx(m_db);
    if (auto s = tx.begin(); !s)
        return s.error();
    QSqlQuery q(tx.handle());
    if (!q.exec(u"SELECT COUNT(*) FROM backoffice_users"_s) || !q.next())
        return sqlFailure(u"Cannot count the backoffice users"_s, q.lastError());
    if (q.value(0).toLongLong() > 0)
        return false;
    q.finish();
    if (auto s = insert(tx.handle(), BootstrapUsername.toString(), Role::Admin, passwordHash, u"host"_s,
                        u"user.bootstrap_admin"_s);
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    qCInfo(lcOperators) << "created the first backoffice admin";
    return true;
}

Result<bool> BackofficeUsers::followFacilitator(const QString &passwordHash)
{
    auto created = ensureAdminWithHash(passwordHash);
    if (!created || created.value())
        return created;
    const QString admin = BootstrapUsername.toString();
    SqlTransaction tx(m_db);
    if (auto s = tx.begin(); !s)
        return s.error();
    const auto row = find(admin);
    if (!row)
        return row.error();
    if (!row->has_value() || row.value()->passwordHash == passwordHash)
        return false;
    QSqlQuery q(tx.handle());
    q.prepare(u"UPDATE backoffice_users SET password_hash = ? WHERE username = ?"_s);
    q.addBindValue(passwordHash);
    q.addBindValue(admin);
    if (!q.exec())
        return sqlFailure(u"Cannot change the password of %1"_s.arg(admin), q.lastError());
    if (auto s = BackofficeLog::append(tx.handle(), m_clock.nowMs(), u"host"_s, u"user.password"_s,
                                       {{u"user"_s, admin}, {u"reason"_s, u"the facilitator password changed"_s}});
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return true;
}

Status BackofficeUsers::setPassword(const BackofficeActor &by, const QString &username, const QString &current,
                                    const QString &next)
{
    if (username == BootstrapUsername)
        return Error{ErrorCode::Forbidden, u"The admin's password is the facilitator password: change it in the "
                                           "console's Settings or with POST /api/players/password."_s};
    const bool own = by.username == username;
    if (!own) {
        if (auto s = checkAdmin(by); !s)
            return s;
    }
    if (next.size() < MinPasswordLength || next.size() > 200)
        return Error{ErrorCode::BadRequest, u"newPassword: must have %1 to 200 characters"_s.arg(MinPasswordLength)};
    const auto row = find(username);
    if (!row)
        return row.error();
    if (!row->has_value())
        return noSuchUser(username);
    if (own && !credentials::verifyPassword(current, row.value()->passwordHash))
        return Error{ErrorCode::BadCredentials, u"The current password is wrong."_s};
    const QString hash = credentials::hashPassword(next);
    SqlTransaction tx(m_db);
    if (auto s = tx.begin(); !s)
        return s;
    QSqlQuery q(tx.handle());
    q.prepare(u"UPDATE backoffice_users SET password_hash = ? WHERE username = ?"_s);
    q.addBindValue(hash);
    q.addBindValue(username);
    if (!q.exec())
        return sqlFailure(u"Cannot change the password of %1"_s.arg(username), q.lastError());
    if (auto s = BackofficeLog::append(tx.handle(), m_clock.nowMs(), by.username, u"user.password"_s,
                                       {{u"user"_s, username}});
        !s)
        return s;
    return tx.commit();
}

Result<QList<BackofficeUser>> BackofficeUsers::list() const
{
    QSqlQuery q(m_db.handle());
    if (!q.exec(u"SELECT username, role, created_at, disabled FROM backoffice_users ORDER BY username"_s))
        return sqlFailure(u"Cannot read the backoffice users"_s, q.lastError());
    QList<BackofficeUser> out;
    while (q.next()) {
        const auto role = parseRole(q.value(1).toString());
        if (!role)
            return Error{ErrorCode::StorageFailed, u"Backoffice user %1 has an unknown role."_s.arg(q.value(0).toString())};
        out << BackofficeUser{q.value(0).toString(), *role, q.value(2).toLongLong(), q.value(3).toInt() != 0};
    }
    return out;
}

Result<std::optional<BackofficeUsers::Row>> BackofficeUsers::find(const QString &username) const
{
    QSqlQuery q(m_db.handle());
    q.prepare(u"SELECT role, password_hash, disabled FROM backoffice_users WHERE username = ?"_s);
    q.addBindValue(username);
    if (!q.exec())
        return sqlFailure(u"Cannot read backoffice user %1"_s.arg(username), q.lastError());
    if (!q.next())
        return std::optional<Row>();
    const auto role = parseRole(q.value(0).toString());
    if (!role)
        return Error{ErrorCode::StorageFailed, u"Backoffice user %1 has an unknown role."_s.arg(username)};
    return std::optional<Row>(Row{*role, q.value(1).toString(), q.value(2).toInt() != 0});
}

Status BackofficeUsers::checkAdmin(const BackofficeActor &by) const
{
    const auto current = actor(by.username);
    if (!current)
        return current.error();
    if (!allows(current->role, Permission::ManageUsers))
        return Error{ErrorCode::Forbidden, u"Your backoffice role does not allow %1."_s.arg(permissionName(Permission::ManageUsers))};
    return Done{};
}

Result<int> BackofficeUsers::otherAdmins(const QString &username) const
{
    QSqlQuery q(m_db.handle());
    q.prepare(u"SELECT COUNT(*) FROM backoffice_users WHERE role = ? AND disabled = 0 AND username <> ?"_s);
    q.addBindValue(roleName(Role::Admin));
    q.addBindValue(username);
    if (!q.exec() || !q.next())
        return sqlFailure(u"Cannot count the admins"_s, q.lastError());
    return q.value(0).toInt();
}

Status BackofficeUsers::insert(const QSqlDatabase &h, const QString &username, Role role, const QString &passwordHash,
                               const QString &by, const QString &action)
{
    const qint64 now = m_clock.nowMs();
    QSqlQuery q(h);
    q.prepare(u"INSERT INTO backoffice_users (username, role, password_hash, created_at, disabled) "
              "VALUES (?, ?, ?, ?, 0)"_s);
    q.addBindValue(username);
    q.addBindValue(roleName(role));
    q.addBindValue(passwordHash);
    q.addBindValue(now);
    if (!q.exec())
        return sqlFailure(u"Cannot create backoffice user %1"_s.arg(username), q.lastError());
    return BackofficeLog::append(h, now, by, action, {{u"user"_s, username}, {u"role"_s, roleName(role)}});
}

} // namespace steward::operators
