// SPDX-License-Identifier: GPL-3.0-or-later
#include "Backoffice.h"

using namespace Qt::StringLiterals;

namespace steward::operators {

bool allows(Role role, Permission permission)
{
    // Admin may do everything; the others' pairs are all spelled out, so a new permission is
    // refused to them until someone decides otherwise here (-Wswitch names the place).
    switch (role) {
    case Role::Admin:
        return true;
    case Role::Support:
        switch (permission) {
        case Permission::ViewOperators:
        case Permission::SuspendOperators:
        case Permission::ViewReports:
        case Permission::ViewAudit:
            return true;
        case Permission::ManageOperators:
        case Permission::RotateSecrets:
        case Permission::ManagePaytable:
        case Permission::ExportRegulator:
        case Permission::ManageUsers:
            return false;
        }
        return false;
    case Role::Viewer:
        switch (permission) {
        case Permission::ViewOperators:
        case Permission::ViewReports:
            return true;
        case Permission::ManageOperators:
        case Permission::SuspendOperators:
        case Permission::RotateSecrets:
        case Permission::ManagePaytable:
        case Permission::ExportRegulator:
        case Permission::ManageUsers:
        case Permission::ViewAudit:
            return false;
        }
        return false;
    }
    return false;
}

QString roleName(Role role)
{
    switch (role) {
    case Role::Admin:
        return u"admin"_s;
    case Role::Support:
        return u"support"_s;
    case Role::Viewer:
        return u"viewer"_s;
    }
    return {};
}

std::optional<Role> parseRole(QStringView name)
{
    for (const Role r : {Role::Admin, Role::Support, Role::Viewer}) {
        if (name == roleName(r))
            return r;
    }
    return std::nullopt;
}

QString permissionName(Permission permission)
{
    switch (permission) {
    case Permission::ViewOperators:
        return u"view_operators"_s;
    case Permission::ManageOperators:
        return u"manage_operators"_s;
    case Permission::SuspendOperators:
        return u"suspend_operators"_s;
    case Permission::RotateSecrets:
        return u"rotate_secrets"_s;
    case Permission::ManagePaytable:
        return u"manage_paytable"_s;
    case Permission::ViewReports:
        return u"view_reports"_s;
    case Permission::ExportRegulator:
        return u"export_regulator"_s;
    case Permission::ManageUsers:
        return u"manage_users"_s;
    case Permission::ViewAudit:
        return u"view_audit"_s;
    }
    return {};
}

} // namespace steward::operators
