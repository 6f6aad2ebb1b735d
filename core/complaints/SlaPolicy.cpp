// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/complaints/SlaPolicy.h"

#include "core/audit/AuditLog.h"
#include "core/auth/Permission.h"
#include "core/common/Tr.h"
#include "core/storage/Database.h"
#include "core/storage/SqlErrors.h"
#include "core/storage/Transaction.h"

#include <QSqlQuery>

namespace caredesk::core {

namespace {

constexpr int maxMinutes = 366 * 24 * 60;

int indexOf(SlaClass slaClass)
{
    return static_cast<int>(slaClass);
}

} // namespace

SlaPolicy::SlaPolicy()
{
    m_targets[indexOf(SlaClass::Urgent)] = SlaTarget{24 * 60, 24 * 60, 75};
    m_targets[indexOf(SlaClass::General)] = SlaTarget{24 * 60, 48 * 60, 75};
    m_targets[indexOf(SlaClass::Complex)] = SlaTarget{24 * 60, 72 * 60, 75};
}

const SlaTarget &SlaPolicy::target(SlaClass slaClass) const
{
    return m_targets[indexOf(slaClass)];
}

void SlaPolicy::setTarget(SlaClass slaClass, const SlaTarget &target)
{
    m_targets[indexOf(slaClass)] = target;
}

QStringList SlaPolicy::validate() const
{
    QStringList problems;
    for (SlaClass slaClass : allSlaClasses()) {
        const SlaTarget &t = target(slaClass);
        const QString name = slaClassLabel(slaClass);
        if (t.firstResponseMinutes <= 0 || t.firstResponseMinutes > maxMinutes) {
            problems
                << ComplaintsTr::tr("%1: the first-response time must be more than zero and at most a year.").arg(name);
        }
        if (t.resolutionMinutes <= 0 || t.resolutionMinutes > maxMinutes) {
            problems
                << ComplaintsTr::tr("%1: the resolution time must be more than zero and at most a year.").arg(name);
        }
        if (t.warningPercent < 1 || t.warningPercent > 99) {
            problems << ComplaintsTr::tr("%1: the warning must come between 1% and 99% of the time allowed.").arg(name);
        }
    }
    return problems;
}

Result<SlaPolicy> SlaPolicy::load(const QString &connectionName)
{
    QSqlQuery q(QSqlDatabase::database(connectionName, false));
    if (!execPrepared(q, QStringLiteral("SELECT sla_class, first_response_min, resolution_min, warning_percent FROM "
                                        "sla_policy"))) {
        return databaseError(q.lastError(), ComplaintsTr::tr("The complaint time limits could not be read."));
    }
    SlaPolicy policy;
    while (q.next()) {
        if (const auto slaClass = slaClassFromId(q.value(0).toString())) {
            policy.setTarget(*slaClass, SlaTarget{q.value(1).toInt(), q.value(2).toInt(), q.value(3).toInt()});
        }
    }
    return policy;
}

Result<SlaPolicy> SlaPolicy::load(Database &database)
{
    return load(database.connectionName());
}

Status SlaPolicy::save(Database &database, const SlaPolicy &policy)
{
    if (!roleAllows(database.session().role, Permission::ManageSettings)) {
        return makeError(ErrorCode::PermissionDenied,
                         ComplaintsTr::tr("Only an administrator can change the complaint time limits."));
    }
    const QStringList problems = policy.validate();
    if (!problems.isEmpty()) {
        return makeError(ErrorCode::Validation, problems.join(QLatin1Char(' ')));
    }
    const QString failed = ComplaintsTr::tr("The complaint time limits could not be saved; nothing was changed.");
    QSqlDatabase db = database.connection();
    return transact<void>(db, failed, [&]() -> Status {
        auto before = load(database);
        if (!before) {
            return before.error();
        }
        AuditEntry entry{QStringLiteral("complaints.sla_policy"), QStringLiteral("sla_policy"), {}, {}, {}};
        QSqlQuery q(db);
        for (SlaClass slaClass : allSlaClasses()) {
            const SlaTarget &t = policy.target(slaClass);
            const SlaTarget &was = before->target(slaClass);
            const QString prefix = slaClassId(slaClass) + QLatin1Char('.');
            entry.changes
                .value(prefix + QStringLiteral("first_response_min"), was.firstResponseMinutes, t.firstResponseMinutes)
                .value(prefix + QStringLiteral("resolution_min"), was.resolutionMinutes, t.resolutionMinutes)
                .value(prefix + QStringLiteral("warning_percent"), was.warningPercent, t.warningPercent);
            if (!execPrepared(q,
                              QStringLiteral("UPDATE sla_policy SET first_response_min = ?, resolution_min = ?, "
                                             "warning_percent = ? WHERE sla_class = ?"),
                              {t.firstResponseMinutes, t.resolutionMinutes, t.warningPercent, slaClassId(slaClass)})) {
                return databaseError(q.lastError(), failed);
            }
            if (q.numRowsAffected() == 0 &&
                !execPrepared(q,
                              QStringLiteral("INSERT INTO sla_policy(sla_class, first_response_min, resolution_min, "
                                             "warning_percent) VALUES (?,?,?,?)"),
                              {slaClassId(slaClass), t.firstResponseMinutes, t.resolutionMinutes, t.warningPercent})) {
                return databaseError(q.lastError(), failed);
            }
        }
        q.finish();
        AuditLog audit(database);
        return audit.record(entry);
    });
}

} // namespace caredesk::core
