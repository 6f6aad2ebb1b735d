// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/audit/AuditLog.h"

#include "core/common/Tr.h"
#include "core/storage/Database.h"
#include "core/storage/SqlErrors.h"

#include <QSqlQuery>

#include <algorithm>

namespace caredesk::core {

AuditLog::AuditLog(Database &database, const Clock &clock)
    : AuditLog(database.connectionName(), database.session().userName, clock)
{
}

AuditLog::AuditLog(const QString &connectionName, const QString &userName, const Clock &clock)
    : m_connectionName(connectionName), m_userName(userName), m_clock(clock)
{
}

Status AuditLog::record(const QString &action, const QString &subject, const QString &detail)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    if (!execPrepared(q,
                      QStringLiteral("INSERT INTO audit_event(at, user_name, action, subject, detail) "
                                     "VALUES (?, ?, ?, ?, ?)"),
                      {iso(m_clock.nowUtc()), m_userName, action, subject, detail})) {
        return databaseError(q.lastError(), AuditTr::tr("The audit trail could not be written, so nothing was done. "
                                                        "Try again; if it keeps failing, ask the administrator."));
    }
    return {};
}

Result<QList<AuditEvent>> AuditLog::recent(const QString &action, int limit) const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    const int clamped = std::clamp(limit, 1, 10000);
    const bool ok = action.isEmpty()
                        ? execPrepared(q,
                                       QStringLiteral("SELECT id, at, user_name, action, subject, detail FROM "
                                                      "audit_event ORDER BY at DESC, id DESC LIMIT ?"),
                                       {clamped})
                        : execPrepared(q,
                                       QStringLiteral("SELECT id, at, user_name, action, subject, detail FROM "
                                                      "audit_event WHERE action = ? ORDER BY at DESC, id DESC "
                                                      "LIMIT ?"),
                                       {action, clamped});
    if (!ok) {
        return databaseError(q.lastError(), AuditTr::tr("The audit trail could not be read."));
    }
    QList<AuditEvent> events;
    while (q.next()) {
        events.append({q.value(0).toLongLong(), fromIso(q.value(1).toString()), q.value(2).toString(),
                       q.value(3).toString(), q.value(4).toString(), q.value(5).toString()});
    }
    return events;
}

} // namespace caredesk::core
