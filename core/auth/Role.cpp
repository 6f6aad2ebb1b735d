// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/auth/Role.h"

#include "core/common/Tr.h"

#include <QList>

namespace caredesk::core {

QString roleId(Role role)
{
    switch (role) {
    case Role::Reception: return QStringLiteral("reception");
    case Role::Pharmacist: return QStringLiteral("pharmacist");
    case Role::ServiceOfficer: return QStringLiteral("service");
    case Role::Manager: return QStringLiteral("manager");
    case Role::Administrator: return QStringLiteral("admin");
    }
    return {};
}

std::optional<Role> roleFromId(const QString &id)
{
    for (Role role : allRoles()) {
        if (roleId(role) == id) {
            return role;
        }
    }
    return std::nullopt;
}

QString roleDisplayName(Role role)
{
    switch (role) {
    case Role::Reception: return AuthTr::tr("Reception");
    case Role::Pharmacist: return AuthTr::tr("Pharmacist");
    case Role::ServiceOfficer: return AuthTr::tr("Service officer");
    case Role::Manager: return AuthTr::tr("Manager");
    case Role::Administrator: return AuthTr::tr("Administrator");
    }
    return {};
}

const QList<Role> &allRoles()
{
    static const QList<Role> roles{Role::Reception, Role::Pharmacist, Role::ServiceOfficer, Role::Manager,
                                   Role::Administrator};
    return roles;
}

} // namespace caredesk::core
