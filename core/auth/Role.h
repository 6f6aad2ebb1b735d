// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace caredesk::core {

/** Staff roles (DOMAIN.md, Who uses it). */
enum class Role { Reception, Pharmacist, ServiceOfficer, Manager, Administrator };

/** Stable identifier stored in files and typed on the command line: reception, pharmacist, service, manager, admin. */
QString roleId(Role role);
/** Parses roleId(); std::nullopt for anything else. */
std::optional<Role> roleFromId(const QString &id);
/** Translated name for people. */
QString roleDisplayName(Role role);
/** All roles in display order. */
const QList<Role> &allRoles();

} // namespace caredesk::core
