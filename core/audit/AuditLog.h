// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/audit/AuditChanges.h"
#include "core/auth/Role.h"
#include "core/common/Clock.h"
#include "core/common/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

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
    qint64 seq = 0;  ///< position in the chain, 1..n without gaps
    QString entity;  ///< kind of record, such as "customer"; taken from subject "kind:id" when not given
    QString entityId;
    QString changes; ///< field-level before/after as compact JSON (AuditChanges); empty when none
};

/** What to record: the action plus the record it concerned and, for changes, the fields. */
struct AuditEntry {
    QString action;
    QString entity;   ///< "customer", "visit", ...
    QString entityId; ///< the record's id as text
    QString detail;   ///< counts, file names, reasons as ids; never personal data or free text
    AuditChanges changes;
};

/** Which entries to list or export; empty members match everything. */
struct AuditFilter {
    QString userName;
    QString entity;
    QString action; ///< an exact action, or a prefix ending in '.' ("customer.")
    QDateTime from; ///< inclusive, UTC
    QDateTime to;   ///< exclusive, UTC
};

/**
 * The tamper-evident audit trail: who created, changed, merged, exported, revealed, viewed, signed in, locked,
 * backed up or restored what, and when. Entries are only ever appended, each with an HMAC over its content and the
 * previous entry's HMAC (AuditChain), so an edited, deleted or missing entry is found by Database::verifyAudit().
 * A write that finds a transaction open joins it, so an audited action and its entry are saved together or not at
 * all, and the chain stays without gaps.
 *
 * Reading the whole trail is for administrators: an AuditLog made from a Database refuses other roles
 * (PermissionDenied), except recent(), which shows other roles only their own entries. One made from a connection
 * name is core plumbing (repositories, worker threads) and is not restricted.
 */
class AuditLog final {
public:
    explicit AuditLog(Database &database, const Clock &clock = Clock::system());
    /** Over a connection opened by a Database (main or extra), acting as @p userName. */
    AuditLog(const QString &connectionName, const QString &userName, const Clock &clock = Clock::system());

    /**
     * Appends an entry stamped with the signed-in user and now; entity and entity id come from @p subject when it
     * reads "kind:id". Fails on a database error, or Internal when the connection was not opened by a Database.
     */
    [[nodiscard]] Status record(const QString &action, const QString &subject, const QString &detail = {});
    /** Appends @p entry; subject becomes "entity:entityId". */
    [[nodiscard]] Status record(const AuditEntry &entry);

    /**
     * The newest @p limit entries with @p action (any when empty), newest first. Administrators see everyone's;
     * other roles only their own.
     */
    [[nodiscard]] Result<QList<AuditEvent>> recent(const QString &action = {}, int limit = 100) const;
    /**
     * Up to @p limit entries matching @p filter, newest first, with seq below @p beforeSeq (0: from the newest):
     * keyset pages for the audit page. PermissionDenied unless administrator.
     */
    [[nodiscard]] Result<QList<AuditEvent>> page(const AuditFilter &filter, qint64 beforeSeq = 0,
                                                 int limit = 200) const;
    /** How many entries match @p filter. PermissionDenied unless administrator. */
    [[nodiscard]] Result<qint64> count(const AuditFilter &filter) const;
    /** The distinct user names, entities and actions in the trail, sorted, for filter lists. Administrators only. */
    [[nodiscard]] Result<QStringList> userNames() const;
    [[nodiscard]] Result<QStringList> entities() const;
    [[nodiscard]] Result<QStringList> actions() const;

    /**
     * Writes the entries matching @p filter (oldest first) to @p path as CSV (UTF-8 with BOM, formula-looking
     * cells defused), atomically, and records "audit.export"; if that entry cannot be written no file stays.
     * Returns the number of rows. PermissionDenied unless administrator; Io when the file cannot be written.
     */
    [[nodiscard]] Result<qint64> exportCsv(const AuditFilter &filter, const QString &path);

private:
    [[nodiscard]] Status requireAdministrator() const;

    QString m_connectionName;
    QString m_userName;
    std::optional<Role> m_role;
    const Clock &m_clock;
};

} // namespace caredesk::core
