// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace steward::operators {

// Who may do what in the backoffice. The whole policy is allows() below; the table:
//
//   permission         admin  support  viewer
//   ViewOperators        x       x       x
//   ManageOperators      x       -       -     create, limits, locale, webhook
//   SuspendOperators     x       x       -     suspend, resume
//   RotateSecrets        x       -       -
//   ManagePaytable       x       -       -
//   ViewReports          x       x       x
//   ExportRegulator      x       -       -     a regulator export is a compliance act, not a view
//   ManageUsers          x       -       -
//   ViewAudit            x       x       -
//
// Suspending is its own permission so that support can stop an operator at once (fraud, a
// broken integration) without being able to change what the operator is.
enum class Role { Admin, Support, Viewer };

enum class Permission {
    ViewOperators,
    ManageOperators,
    SuspendOperators,
    RotateSecrets,
    ManagePaytable,
    ViewReports,
    ExportRegulator,
    ManageUsers,
    ViewAudit,
};

bool allows(Role role, Permission permission);

// Stable names, as stored in backoffice_users.role and shown on the wire.
QString roleName(Role role);
std::optional<Role> parseRole(QStringView name);
QString permissionName(Permission permission);

// A signed-in backoffice user. Build it per request with BackofficeUsers::actor(), which reads
// the current role, so a demotion or a disabling takes effect at once.
struct BackofficeActor
{
    QString username;
    Role role = Role::Viewer;
};

} // namespace steward::operators
