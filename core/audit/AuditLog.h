// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Clock.h"
#include "core/common/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace caredesk::core {

class Database;

/** One entry of the audit trail. */
struct AuditEvent {
    qint64 id = 0;
    QDateTime at;
    QString userName;
    QString action;  ///< stable id such as "campaign.export"
    QString subject; ///< what it concerned, as ids ("campaign:12"); never names, phones or keys
    QString detail;  ///< technical detail (counts, file name); never personal data
};

/**
 * The audit trail of privacy-relevant actions: exports, reveals of masked data, security settings. Entries are
 * only ever appended. A write that finds a transaction open joins it, so an audited action and its entry are
 * saved together or not at all.
 */
class AuditLog final {
public:
    explicit AuditLog(Database &database, const Clock &clock = Clock::system());
    /** Over any open connection with CareDesk's schema, acting as @p userName. */
    AuditLog(const QString &connectionName, const QString &userName, const Clock &clock = Clock::system());

    /** Appends an entry stamped with the signed-in user and now. Fails only on a database error. */
    [[nodiscard]] Status record(const QString &action, const QString &subject, const QString &detail = {});
    /** The newest @p limit entries with @p action (any when empty), newest first. */
    [[nodiscard]] Result<QList<AuditEvent>> recent(const QString &action = {}, int limit = 100) const;

private:
    QString m_connectionName;
    QString m_userName;
    const Clock &m_clock;
};

} // namespace caredesk::core
