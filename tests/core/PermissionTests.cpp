// SPDX-License-Identifier: GPL-3.0-or-later
// The permission matrix: the table itself, then every permission through a real core service for every role, and
// the CLI obeying the same rule.
#include "core/analytics/ChurnDashboard.h"
#include "core/audit/AuditLog.h"
#include "core/auth/Permission.h"
#include "core/campaigns/CampaignRepository.h"
#include "core/complaints/ComplaintRepository.h"
#include "core/customers/CustomerCsvImport.h"
#include "core/customers/CustomerRepository.h"
#include "core/followups/FollowUpRules.h"
#include "core/loyalty/LoyaltyProgram.h"
#include "core/privacy/PrivacyService.h"
#include "core/storage/Database.h"
#include "tests/core/CliRunner.h"
#include "tests/support/TemporaryDatabase.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QMap>
#include <QTemporaryDir>

using namespace caredesk;
using namespace caredesk::core;
using test::TemporaryDatabase;
using caredesk::test::CliRun;
using caredesk::test::runCli;

namespace {

const QString staffPassword = QStringLiteral("Counter-Staff-77");

/** The matrix as the report and the Administration page state it: R P S M A. */
const QMap<Permission, QString> expectedMatrix{
    {Permission::ViewCustomers, QStringLiteral("RPSMA")},
    {Permission::CreateRecords, QStringLiteral("RPSMA")},
    {Permission::EditRecords, QStringLiteral("RPSMA")},
    {Permission::MergeCustomers, QStringLiteral("..SMA")},
    {Permission::ExportData, QStringLiteral("..SMA")},
    {Permission::ImportData, QStringLiteral("...MA")},
    {Permission::RevealMasked, QStringLiteral("R.SMA")},
    {Permission::HandleComplaints, QStringLiteral("..SMA")},
    {Permission::SuperviseFollowUps, QStringLiteral("..SMA")},
    {Permission::ManageCampaigns, QStringLiteral("..SMA")},
    {Permission::ViewDashboards, QStringLiteral("..SMA")},
    {Permission::ManageLoyaltySettings, QStringLiteral("...MA")},
    {Permission::RunBackups, QStringLiteral("...MA")},
    {Permission::HandlePrivacyRequests, QStringLiteral("...MA")},
    {Permission::ManageUsers, QStringLiteral("....A")},
    {Permission::ManageSettings, QStringLiteral("....A")},
    {Permission::ViewAudit, QStringLiteral("....A")},
};

QString accountFor(Role role)
{
    return role == Role::Administrator ? QString::fromLatin1(TemporaryDatabase::adminUser) : roleId(role);
}

QString passwordFor(Role role)
{
    return role == Role::Administrator ? QString::fromLatin1(TemporaryDatabase::password) : staffPassword;
}

/** PermissionDenied or not: what the matrix check is about; any other outcome counts as "allowed". */
template <typename R> bool denied(const R &result)
{
    return !result.ok() && result.error().code == ErrorCode::PermissionDenied;
}

/** What each permission's real service call says for the signed-in role: true = refused with PermissionDenied. */
QMap<Permission, bool> refusals(Database &db, const QString &dir)
{
    QMap<Permission, bool> refused;
    CustomerRepository customers(db);
    Customer a;
    a.name = QStringLiteral("权限甲");
    a.phone = QStringLiteral("13800138000");
    auto added = customers.add(a);
    refused[Permission::CreateRecords] = denied(added);
    REQUIRE(added.ok());
    Customer b;
    b.name = QStringLiteral("权限乙");
    auto addedB = customers.add(b);
    REQUIRE(addedB.ok());
    auto found = customers.findById(added->id);
    refused[Permission::ViewCustomers] = denied(found);
    REQUIRE(found.ok());
    Customer edited = *found;
    edited.notes = QStringLiteral("edited");
    refused[Permission::EditRecords] = denied(customers.update(edited));
    refused[Permission::MergeCustomers] = denied(customers.merge(added->id, addedB->id, {}));
    refused[Permission::RevealMasked] =
        denied(customers.reveal(added->id, MaskedField::Phone, QStringLiteral("calling back")));
    refused[Permission::ExportData] =
        denied(CampaignRepository(db).exportContacts(999999, QDir(dir).filePath(QStringLiteral("contacts.csv"))));
    refused[Permission::ImportData] = denied(CustomerCsvImport(db).importData(QByteArrayLiteral("name,phone\n"), true));
    refused[Permission::ManageCampaigns] = denied(CampaignRepository(db).addCampaign(Campaign{}));
    refused[Permission::HandleComplaints] =
        denied(ComplaintRepository(db).transition(999999, ComplaintState::Acknowledged));
    FollowUpRules rules(db);
    auto ruleList = rules.rules();
    REQUIRE(ruleList.ok());
    REQUIRE_FALSE(ruleList->isEmpty());
    refused[Permission::SuperviseFollowUps] = denied(rules.update(ruleList->first()));
    refused[Permission::ViewDashboards] = denied(ChurnDashboard::build(db));
    auto program = LoyaltyProgram::load(db);
    REQUIRE(program.ok());
    refused[Permission::ManageLoyaltySettings] = denied(LoyaltyProgram::save(db, *program));
    refused[Permission::RunBackups] =
        denied(db.backup(QDir(dir).filePath(QStringLiteral("backup-%1.cdbak").arg(roleId(db.session().role)))));
    refused[Permission::HandlePrivacyRequests] = denied(PrivacyService(db).collect(added->id));
    refused[Permission::ManageUsers] = denied(db.staff());
    refused[Permission::ManageSettings] = denied(db.setAutoLockMinutes(10));
    refused[Permission::ViewAudit] = denied(AuditLog(db).count(AuditFilter{}));
    return refused;
}

} // namespace

TEST_CASE("the permission matrix is the documented table", "[access]")
{
    REQUIRE(allPermissions().size() == expectedMatrix.size());
    for (Permission permission : allPermissions()) {
        INFO(permissionId(permission).toStdString());
        REQUIRE(expectedMatrix.contains(permission));
        const QString row = expectedMatrix.value(permission);
        for (Role role : allRoles()) {
            INFO(roleId(role).toStdString());
            const bool expected = row.at(static_cast<int>(role)) != QLatin1Char('.');
            CHECK(roleAllows(role, permission) == expected);
            const Status status = requirePermission(role, permission);
            CHECK(status.ok() == expected);
            if (!expected) {
                CHECK(status.error().code == ErrorCode::PermissionDenied);
                // The message names who may do it, so the user knows whom to ask.
                CHECK(status.error().message.contains(QStringLiteral("administrators")));
            }
        }
        CHECK_FALSE(permissionDisplayName(permission).isEmpty());
        // Administrators hold everything, so a locked-out site always has someone who can fix it.
        CHECK(rolesAllowed(permission).contains(Role::Administrator));
    }
}

TEST_CASE("every core service refuses exactly the roles the matrix refuses", "[access]")
{
    TemporaryDatabase tdb;
    for (Role role : allRoles()) {
        if (role != Role::Administrator) {
            REQUIRE(tdb.db().addUser(accountFor(role), role, staffPassword, KdfParams::fastForTests()).ok());
        }
    }
    tdb.close();
    for (Role role : allRoles()) {
        INFO(roleId(role).toStdString());
        auto opened = Database::open(tdb.path(), accountFor(role), passwordFor(role));
        REQUIRE(opened.ok());
        const QMap<Permission, bool> refused = refusals(**opened, tdb.dir());
        for (Permission permission : allPermissions()) {
            INFO(permissionId(permission).toStdString());
            REQUIRE(refused.contains(permission));
            CHECK(refused.value(permission) == !roleAllows(role, permission));
        }
    }
}


TEST_CASE("caredesk-cli obeys the permission matrix and administers staff", "[access][cli]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("site.db"));
    const QString admin = QStringLiteral("Harbour-Lamp-2026!");
    const QString front = QStringLiteral("Willow-Gate-2026!");
    const auto as = [&db](const QString &user) {
        return QStringList{QStringLiteral("--db"), db, QStringLiteral("--user"), user};
    };
    REQUIRE(runCli(QStringList{QStringLiteral("init")} + as(QStringLiteral("admin")), {admin, admin}).exitCode == 0);

    // ManageUsers: an administrator adds reception; reception may not list or add staff.
    CliRun run = runCli(QStringList{QStringLiteral("user"), QStringLiteral("add")} + as(QStringLiteral("admin")) +
                         QStringList{QStringLiteral("--name"), QStringLiteral("sunli"), QStringLiteral("--role"),
                                     QStringLiteral("reception")},
                     {admin, front, front});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    run = runCli(QStringList{QStringLiteral("user"), QStringLiteral("list")} + as(QStringLiteral("admin")), {admin});
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("sunli\treception\tactive")));
    run = runCli(QStringList{QStringLiteral("user"), QStringLiteral("list")} + as(QStringLiteral("sunli")), {front});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(QStringLiteral("administrators")));

    // RunBackups: reception refused (no file), administrator allowed.
    const QString backup = dir.filePath(QStringLiteral("b.cdbak"));
    run = runCli(QStringList{QStringLiteral("backup")} + as(QStringLiteral("sunli")) +
                     QStringList{QStringLiteral("--out"), backup},
                 {front});
    CHECK(run.exitCode == 2);
    CHECK_FALSE(QFileInfo::exists(backup));
    // CreateRecords and ViewCustomers: reception may.
    run = runCli(QStringList{QStringLiteral("customer"), QStringLiteral("add")} + as(QStringLiteral("sunli")) +
                     QStringList{QStringLiteral("--name"), QStringLiteral("王小明"), QStringLiteral("--phone"),
                                 QStringLiteral("13912345678")},
                 {front});
    CHECK(run.exitCode == 0);
    run = runCli(QStringList{QStringLiteral("customer"), QStringLiteral("find")} + as(QStringLiteral("sunli")) +
                     QStringList{QStringLiteral("5678")},
                 {front});
    CHECK(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("王小明")));
    CHECK_FALSE(run.out.contains(QStringLiteral("13912345678")));

    // Disable: the password no longer opens anything. Enable = a new password, to be changed at sign-in.
    run = runCli(QStringList{QStringLiteral("user"), QStringLiteral("disable")} + as(QStringLiteral("admin")) +
                     QStringList{QStringLiteral("--name"), QStringLiteral("sunli")},
                 {admin});
    REQUIRE(run.exitCode == 0);
    CHECK(runCli(QStringList{QStringLiteral("verify")} + as(QStringLiteral("sunli")), {front}).exitCode == 2);
    const QString fresh = QStringLiteral("Reset-By-Admin-88");
    run = runCli(QStringList{QStringLiteral("user"), QStringLiteral("enable")} + as(QStringLiteral("admin")) +
                     QStringList{QStringLiteral("--name"), QStringLiteral("sunli")},
                 {admin, fresh, fresh});
    REQUIRE(run.exitCode == 0);
    CHECK(runCli(QStringList{QStringLiteral("verify")} + as(QStringLiteral("sunli")), {fresh}).exitCode == 0);
    run = runCli(QStringList{QStringLiteral("user"), QStringLiteral("list")} + as(QStringLiteral("admin")), {admin});
    CHECK(run.out.contains(QStringLiteral("sunli\treception\tmust-change-password")));
    // Nobody removes the last administrator, not even the administrator.
    run = runCli(QStringList{QStringLiteral("user"), QStringLiteral("remove")} + as(QStringLiteral("admin")) +
                     QStringList{QStringLiteral("--name"), QStringLiteral("admin")},
                 {admin});
    CHECK(run.exitCode == 4);
    run = runCli(QStringList{QStringLiteral("backup")} + as(QStringLiteral("admin")) +
                     QStringList{QStringLiteral("--out"), backup},
                 {admin});
    CHECK(run.exitCode == 0);
}
