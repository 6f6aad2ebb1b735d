// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/auth/Role.h"
#include "core/common/Result.h"

#include <QList>
#include <QString>

namespace caredesk::core {

struct Session;

/**
 * What a signed-in role may do. The matrix (roleAllows()) is the one rule: core services check it before they act,
 * so the CLI and every page obey it; hidden or greyed buttons in the UI are only a convenience.
 */
enum class Permission {
    ViewCustomers,         ///< find, list and open customers and their records
    CreateRecords,         ///< register customers, record visits, purchases, calls, feedback, complaints
    EditRecords,           ///< correct customers and records
    MergeCustomers,        ///< merge and un-merge duplicates
    ExportData,            ///< write contact lists and reports to files
    ImportData,            ///< import customers from files
    RevealMasked,          ///< see a masked phone number or ID number in full (logged with a reason)
    ManageLoyaltySettings, ///< change the loyalty programme (tiers, points rules)
    ViewDashboards,        ///< dashboards and periodic reports
    ManageUsers,           ///< add, disable, remove staff accounts and reset their passwords
    RunBackups,            ///< make backups
    ManageSettings,        ///< site settings: screen lock, business calendar, time limits, survey template
    ViewAudit,             ///< read and verify the audit trail
    HandlePrivacyRequests, ///< a person's data export and anonymisation
    HandleComplaints,      ///< work complaints through to closure
    SuperviseFollowUps,    ///< assign, reassign and check follow-ups of others; change follow-up rules
    ManageCampaigns,       ///< create and run campaigns
};

/** Every permission in display order (the Administration page's matrix rows). */
[[nodiscard]] const QList<Permission> &allPermissions();

/** True when @p role holds @p permission. */
[[nodiscard]] bool roleAllows(Role role, Permission permission);

/** The roles that hold @p permission, in display order. */
[[nodiscard]] QList<Role> rolesAllowed(Permission permission);

/** Translated name for people, e.g. "Reveal masked phone and ID numbers". */
[[nodiscard]] QString permissionDisplayName(Permission permission);

/** Stable identifier for logs and the CLI, e.g. "reveal-masked". */
[[nodiscard]] QString permissionId(Permission permission);

/**
 * Succeeds when @p role holds @p permission; otherwise PermissionDenied with a translated message naming the
 * roles that may do it ("Only managers and administrators can ...; ask one of them.").
 */
[[nodiscard]] Status requirePermission(Role role, Permission permission);
/** requirePermission() for the role of @p session. */
[[nodiscard]] Status requirePermission(const Session &session, Permission permission);

} // namespace caredesk::core
