// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/auth/Permission.h"

#include "core/common/Tr.h"
#include "core/storage/Database.h"

#include <QStringList>

namespace caredesk::core {

namespace {

// Bits in role order: Reception, Pharmacist, ServiceOfficer, Manager, Administrator.
constexpr unsigned bit(Role role)
{
    return 1u << static_cast<unsigned>(role);
}

constexpr unsigned everyone = bit(Role::Reception) | bit(Role::Pharmacist) | bit(Role::ServiceOfficer) |
                              bit(Role::Manager) | bit(Role::Administrator);
constexpr unsigned service = bit(Role::ServiceOfficer) | bit(Role::Manager) | bit(Role::Administrator);
constexpr unsigned managers = bit(Role::Manager) | bit(Role::Administrator);
constexpr unsigned admins = bit(Role::Administrator);

unsigned rolesFor(Permission permission)
{
    switch (permission) {
    // Front desk and counter staff find, register and record; that is most of the day's work.
    case Permission::ViewCustomers:
    case Permission::CreateRecords:
    case Permission::EditRecords: return everyone;
    // Information hygiene and contact lists are service-centre work.
    case Permission::MergeCustomers:
    case Permission::ExportData:
    case Permission::HandleComplaints:
    case Permission::SuperviseFollowUps:
    case Permission::ManageCampaigns:
    case Permission::ViewDashboards: return service;
    // Reception calls customers back, so it may reveal a phone number (with a reason, logged). Pharmacy counter
    // staff find customers by member number or phone tail and do not need full numbers.
    case Permission::RevealMasked: return bit(Role::Reception) | service;
    case Permission::ManageLoyaltySettings:
    case Permission::ImportData:
    case Permission::RunBackups:
    case Permission::HandlePrivacyRequests: return managers;
    case Permission::ManageUsers:
    case Permission::ManageSettings:
    case Permission::ViewAudit: return admins;
    }
    return 0;
}

QString roleListPlural(const QList<Role> &roles)
{
    QStringList names;
    for (Role role : roles) {
        switch (role) {
        case Role::Reception: names << AuthTr::tr("reception staff"); break;
        case Role::Pharmacist: names << AuthTr::tr("pharmacists"); break;
        case Role::ServiceOfficer: names << AuthTr::tr("service officers"); break;
        case Role::Manager: names << AuthTr::tr("managers"); break;
        case Role::Administrator: names << AuthTr::tr("administrators"); break;
        }
    }
    if (names.size() <= 1) {
        return names.value(0);
    }
    const QString last = names.takeLast();
    return AuthTr::tr("%1 and %2").arg(names.join(AuthTr::tr(", ")), last);
}

} // namespace

const QList<Permission> &allPermissions()
{
    static const QList<Permission> permissions{
        Permission::ViewCustomers,      Permission::CreateRecords,
        Permission::EditRecords,        Permission::MergeCustomers,
        Permission::ExportData,         Permission::ImportData,
        Permission::RevealMasked,       Permission::HandleComplaints,
        Permission::SuperviseFollowUps, Permission::ManageCampaigns,
        Permission::ViewDashboards,     Permission::ManageLoyaltySettings,
        Permission::RunBackups,         Permission::HandlePrivacyRequests,
        Permission::ManageUsers,        Permission::ManageSettings,
        Permission::ViewAudit,
    };
    return permissions;
}

bool roleAllows(Role role, Permission permission)
{
    return (rolesFor(permission) & bit(role)) != 0;
}

QList<Role> rolesAllowed(Permission permission)
{
    QList<Role> roles;
    for (Role role : allRoles()) {
        if (roleAllows(role, permission)) {
            roles << role;
        }
    }
    return roles;
}

QString permissionDisplayName(Permission permission)
{
    switch (permission) {
    case Permission::ViewCustomers: return AuthTr::tr("Find and view customers");
    case Permission::CreateRecords: return AuthTr::tr("Register customers and record visits, calls and feedback");
    case Permission::EditRecords: return AuthTr::tr("Correct customers and records");
    case Permission::MergeCustomers: return AuthTr::tr("Merge duplicate customers");
    case Permission::ExportData: return AuthTr::tr("Export contact lists and reports");
    case Permission::ImportData: return AuthTr::tr("Import customers from files");
    case Permission::RevealMasked: return AuthTr::tr("Reveal masked phone and ID numbers");
    case Permission::ManageLoyaltySettings: return AuthTr::tr("Change the loyalty programme");
    case Permission::ViewDashboards: return AuthTr::tr("See dashboards and reports");
    case Permission::ManageUsers: return AuthTr::tr("Manage staff accounts");
    case Permission::RunBackups: return AuthTr::tr("Make backups");
    case Permission::ManageSettings: return AuthTr::tr("Change site and security settings");
    case Permission::ViewAudit: return AuthTr::tr("Review the audit trail");
    case Permission::HandlePrivacyRequests: return AuthTr::tr("Handle privacy requests (export, anonymise)");
    case Permission::HandleComplaints: return AuthTr::tr("Handle complaints");
    case Permission::SuperviseFollowUps: return AuthTr::tr("Supervise follow-ups");
    case Permission::ManageCampaigns: return AuthTr::tr("Run campaigns");
    }
    return {};
}

QString permissionId(Permission permission)
{
    switch (permission) {
    case Permission::ViewCustomers: return QStringLiteral("view-customers");
    case Permission::CreateRecords: return QStringLiteral("create-records");
    case Permission::EditRecords: return QStringLiteral("edit-records");
    case Permission::MergeCustomers: return QStringLiteral("merge-customers");
    case Permission::ExportData: return QStringLiteral("export-data");
    case Permission::ImportData: return QStringLiteral("import-data");
    case Permission::RevealMasked: return QStringLiteral("reveal-masked");
    case Permission::ManageLoyaltySettings: return QStringLiteral("manage-loyalty-settings");
    case Permission::ViewDashboards: return QStringLiteral("view-dashboards");
    case Permission::ManageUsers: return QStringLiteral("manage-users");
    case Permission::RunBackups: return QStringLiteral("run-backups");
    case Permission::ManageSettings: return QStringLiteral("manage-settings");
    case Permission::ViewAudit: return QStringLiteral("view-audit");
    case Permission::HandlePrivacyRequests: return QStringLiteral("handle-privacy-requests");
    case Permission::HandleComplaints: return QStringLiteral("handle-complaints");
    case Permission::SuperviseFollowUps: return QStringLiteral("supervise-follow-ups");
    case Permission::ManageCampaigns: return QStringLiteral("manage-campaigns");
    }
    return {};
}

Status requirePermission(Role role, Permission permission)
{
    if (roleAllows(role, permission)) {
        return {};
    }
    return makeError(
        ErrorCode::PermissionDenied,
        AuthTr::tr("Only %1 may do this (%2). You are signed in as %3; ask one of them.")
            .arg(roleListPlural(rolesAllowed(permission)), permissionDisplayName(permission), roleDisplayName(role)),
        QStringLiteral("permission %1 denied to role %2").arg(permissionId(permission), roleId(role)));
}

Status requirePermission(const Session &session, Permission permission)
{
    return requirePermission(session.role, permission);
}

} // namespace caredesk::core
