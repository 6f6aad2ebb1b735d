// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/privacy/PrivacyService.h"

#include "core/audit/AuditLog.h"
#include "core/auth/Permission.h"
#include "core/common/Tr.h"
#include "core/customers/SearchTokenizer.h"
#include "core/storage/Database.h"
#include "core/storage/SqlErrors.h"
#include "core/storage/Transaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace caredesk::core {

namespace {

/** The customer and the duplicates merged into it: every row about the person hangs off one of these ids. */
const QString people = QStringLiteral("(SELECT id FROM customer WHERE id = ? OR merged_into = ?)");

struct SectionQuery {
    const char *table;
    QString where; ///< uses `people` (two values each time it appears)
    int peopleUses = 1;
};

/** The known tables, in the order the export shows them. */
const QList<SectionQuery> &knownSections()
{
    static const QList<SectionQuery> sections{
        {"customer", QStringLiteral("id IN ") + people},
        {"customer_tag", QStringLiteral("customer_id IN ") + people},
        {"consent_event", QStringLiteral("customer_id IN ") + people},
        {"merge_journal", QStringLiteral("survivor_id IN %1 OR merged_id IN %1").arg(people), 2},
        {"visit", QStringLiteral("customer_id IN ") + people},
        {"visit_item", QStringLiteral("visit_id IN (SELECT id FROM visit WHERE customer_id IN %1)").arg(people)},
        {"interaction", QStringLiteral("customer_id IN ") + people},
        {"survey_response", QStringLiteral("customer_id IN ") + people},
        {"survey_score",
         QStringLiteral("response_id IN (SELECT id FROM survey_response WHERE customer_id IN %1)").arg(people)},
        {"complaint", QStringLiteral("customer_id IN ") + people},
        {"complaint_event",
         QStringLiteral("complaint_id IN (SELECT id FROM complaint WHERE customer_id IN %1)").arg(people)},
        {"follow_up_task", QStringLiteral("customer_id IN ") + people},
        {"follow_up_reschedule",
         QStringLiteral("task_id IN (SELECT id FROM follow_up_task WHERE customer_id IN %1)").arg(people)},
        {"loyalty_entry", QStringLiteral("customer_id IN ") + people},
        {"loyalty_allocation",
         QStringLiteral("entry_id IN (SELECT id FROM loyalty_entry WHERE customer_id IN %1)").arg(people)},
        {"loyalty_tier_event", QStringLiteral("customer_id IN ") + people},
        {"campaign",
         QStringLiteral("id IN (SELECT campaign_id FROM campaign_member WHERE customer_id IN %1)").arg(people)},
        {"campaign_member", QStringLiteral("customer_id IN ") + people},
        {"customer_legal_hold", QStringLiteral("customer_id IN ") + people},
        {"customer_anonymisation", QStringLiteral("customer_id IN ") + people},
    };
    return sections;
}

/** Tables never exported: the search index (tokens of the same fields) and tables about many people at once. */
bool skippedTable(const QString &table)
{
    return table.startsWith(QLatin1String("sqlite_")) || table.startsWith(QLatin1String("customer_search")) ||
           table == QLatin1String("audit_event");
}

QVariantList peopleValues(CustomerId id, int uses)
{
    QVariantList values;
    for (int i = 0; i < uses; ++i) {
        values << id << id;
    }
    return values;
}

Result<PrivacyExportSection> readSection(QSqlDatabase db, const QString &table, const QString &select,
                                         const QVariantList &values)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!execPrepared(q, select, values)) {
        return databaseError(q.lastError(), PrivacyTr::tr("The customer's records could not be read."));
    }
    PrivacyExportSection section;
    section.table = table;
    const QSqlRecord record = q.record();
    for (int i = 0; i < record.count(); ++i) {
        section.columns << record.fieldName(i);
    }
    while (q.next()) {
        QVariantList row;
        row.reserve(record.count());
        for (int i = 0; i < record.count(); ++i) {
            row << (q.isNull(i) ? QVariant() : q.value(i));
        }
        section.rows << row;
    }
    return section;
}

QString subjectOf(CustomerId id)
{
    return QStringLiteral("customer:%1").arg(id);
}

QString padded(CustomerId id)
{
    return QStringLiteral("%1").arg(id, 6, 10, QLatin1Char('0'));
}

} // namespace

PrivacyService::PrivacyService(Database &database, const Clock &clock) : m_database(database), m_clock(clock)
{
}

QSqlDatabase PrivacyService::connection() const
{
    return m_database.connection();
}

Status PrivacyService::requirePrivacyRole() const
{
    return requirePermission(m_database.session(), Permission::HandlePrivacyRequests);
}

Status PrivacyService::requireAdministrator() const
{
    if (m_database.session().role != Role::Administrator) {
        return makeError(ErrorCode::PermissionDenied,
                         PrivacyTr::tr("Only an administrator can set or clear a legal hold. Ask your administrator."));
    }
    return {};
}

QString PrivacyService::anonymisedName(CustomerId id)
{
    return PrivacyTr::tr("Anonymised %1").arg(padded(id));
}

Result<PrivacyExport> PrivacyService::collect(CustomerId id) const
{
    if (auto status = requirePrivacyRole(); !status) {
        return status.error();
    }
    QSqlDatabase db = connection();
    {
        QSqlQuery q(db);
        if (!execPrepared(q, QStringLiteral("SELECT merged_into FROM customer WHERE id = ?"), {id})) {
            return databaseError(q.lastError(), PrivacyTr::tr("The customer could not be read."));
        }
        if (!q.next()) {
            return makeError(
                ErrorCode::NotFound,
                PrivacyTr::tr("Customer %1 does not exist. Search for the customer by name or phone.").arg(id));
        }
    }
    // One read transaction: every section comes from the same moment.
    const bool ownTransaction = !inTransaction(db) && db.transaction();
    auto finish = [&] {
        if (ownTransaction) {
            db.rollback();
        }
    };
    PrivacyExport out;
    out.customerId = id;
    out.exportedAt = m_clock.nowUtc();
    out.exportedBy = m_database.session().userName;
    out.siteName = m_database.siteName();
    QSet<QString> covered;
    for (const SectionQuery &s : knownSections()) {
        const QString table = QLatin1String(s.table);
        covered.insert(table);
        auto section =
            readSection(db, table, QStringLiteral("SELECT * FROM %1 WHERE %2 ORDER BY rowid").arg(table, s.where),
                        peopleValues(id, s.peopleUses));
        if (!section) {
            finish();
            return section.error();
        }
        out.sections << *section;
    }
    // Tables added by later modules (rollups, risk scores) that are keyed by customer.
    QStringList others;
    {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"))) {
            finish();
            return databaseError(q.lastError(), PrivacyTr::tr("The customer's records could not be read."));
        }
        while (q.next()) {
            const QString table = q.value(0).toString();
            if (!covered.contains(table) && !skippedTable(table)) {
                others << table;
            }
        }
    }
    for (const QString &table : std::as_const(others)) {
        QSqlQuery info(db);
        bool hasCustomer = false;
        if (info.exec(QStringLiteral("PRAGMA table_info(\"%1\")").arg(table))) {
            while (info.next()) {
                hasCustomer = hasCustomer || info.value(1).toString() == QLatin1String("customer_id");
            }
        }
        if (!hasCustomer) {
            continue;
        }
        auto section =
            readSection(db, table, QStringLiteral("SELECT * FROM \"%1\" WHERE customer_id IN %2").arg(table, people),
                        peopleValues(id, 1));
        if (!section) {
            finish();
            return section.error();
        }
        out.sections << *section;
    }
    auto audit = readSection(db, QStringLiteral("audit_event"),
                             QStringLiteral("SELECT id, at, user_name, action, subject, detail FROM audit_event "
                                            "WHERE subject = ? ORDER BY id"),
                             {subjectOf(id)});
    finish();
    if (!audit) {
        return audit.error();
    }
    out.sections << *audit;
    return out;
}

Result<PrivacyExport> PrivacyService::exportTo(CustomerId id, const QString &jsonPathIn,
                                               const std::function<Status(const PrivacyExport &)> &alsoWrite)
{
    auto collected = collect(id);
    if (!collected) {
        return collected.error();
    }
    const QString jsonPath = QFileInfo(jsonPathIn).absoluteFilePath();
    QSaveFile file(jsonPath);
    const QByteArray bytes = collected->toJsonBytes();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        return makeError(ErrorCode::Io,
                         PrivacyTr::tr("The export could not be written to %1. Check that the folder exists and that "
                                       "you may write there, then try again.")
                             .arg(QDir::toNativeSeparators(jsonPath)),
                         file.errorString());
    }
    if (alsoWrite) {
        if (auto status = alsoWrite(*collected); !status) {
            QFile::remove(jsonPath);
            return status.error();
        }
    }
    AuditLog audit(m_database, m_clock);
    if (auto status =
            audit.record(QStringLiteral("privacy.export"), subjectOf(id),
                         QStringLiteral("%1 (%2 rows)").arg(QFileInfo(jsonPath).fileName()).arg(collected->rowCount()));
        !status) {
        QFile::remove(jsonPath);
        return status.error();
    }
    return collected;
}

Result<QList<LegalHold>> PrivacyService::legalHolds(CustomerId id) const
{
    QList<LegalHold> holds;
    QSqlQuery q(connection());
    if (!execPrepared(q, QStringLiteral("SELECT reason, set_at, set_by FROM customer_legal_hold WHERE customer_id = ?"),
                      {id})) {
        return databaseError(q.lastError(), PrivacyTr::tr("The legal holds could not be read."));
    }
    while (q.next()) {
        LegalHold hold;
        hold.kind = LegalHold::Kind::Explicit;
        hold.description = PrivacyTr::tr("Legal hold set by %1: %2").arg(q.value(2).toString(), q.value(0).toString());
        hold.since = fromIso(q.value(1).toString());
        hold.setBy = q.value(2).toString();
        holds << hold;
    }
    q.finish();
    if (!execPrepared(q,
                      QStringLiteral("SELECT id, received_at, state, adr_reported_manufacturer_at, "
                                     "adr_reported_regulator_at FROM complaint WHERE customer_id IN %1 AND "
                                     "(state <> 'closed' OR adr_reported_manufacturer_at IS NOT NULL OR "
                                     "adr_reported_regulator_at IS NOT NULL) ORDER BY id")
                          .arg(people),
                      {id, id})) {
        return databaseError(q.lastError(), PrivacyTr::tr("The legal holds could not be read."));
    }
    while (q.next()) {
        LegalHold hold;
        hold.complaintId = q.value(0).toLongLong();
        hold.since = fromIso(q.value(1).toString());
        if (!q.value(3).isNull() || !q.value(4).isNull()) {
            hold.kind = LegalHold::Kind::AdrReported;
            hold.description = PrivacyTr::tr("Complaint %1 reported an adverse drug reaction to the manufacturer or "
                                             "the regulator; its records must be kept for inspection.")
                                   .arg(hold.complaintId);
        } else {
            hold.kind = LegalHold::Kind::OpenComplaint;
            hold.description = PrivacyTr::tr("Complaint %1 is still open; close it first.").arg(hold.complaintId);
        }
        holds << hold;
    }
    return holds;
}

Status PrivacyService::setLegalHold(CustomerId id, const QString &reasonIn)
{
    if (auto status = requireAdministrator(); !status) {
        return status;
    }
    const QString reason = reasonIn.trimmed();
    if (reason.isEmpty()) {
        return makeError(ErrorCode::Validation,
                         PrivacyTr::tr("Enter why the records must be kept (for example the case or letter)."));
    }
    QSqlDatabase db = connection();
    return transact<void>(db, PrivacyTr::tr("The legal hold could not be saved."), [&]() -> Status {
        QSqlQuery q(db);
        if (!execPrepared(q, QStringLiteral("SELECT 1 FROM customer WHERE id = ? AND merged_into IS NULL"), {id})) {
            return databaseError(q.lastError(), PrivacyTr::tr("The legal hold could not be saved."));
        }
        if (!q.next()) {
            return makeError(
                ErrorCode::NotFound,
                PrivacyTr::tr("Customer %1 does not exist. Search for the customer by name or phone.").arg(id));
        }
        q.finish();
        const QString now = iso(m_clock.nowUtc());
        const QString user = m_database.session().userName;
        if (!execPrepared(q,
                          QStringLiteral("UPDATE customer_legal_hold SET reason = ?, set_at = ?, set_by = ? "
                                         "WHERE customer_id = ?"),
                          {reason, now, user, id}) ||
            (q.numRowsAffected() == 0 &&
             !execPrepared(q,
                           QStringLiteral("INSERT INTO customer_legal_hold(customer_id, reason, set_at, set_by) "
                                          "VALUES (?, ?, ?, ?)"),
                           {id, reason, now, user}))) {
            return databaseError(q.lastError(), PrivacyTr::tr("The legal hold could not be saved."));
        }
        AuditLog audit(m_database, m_clock);
        return audit.record(QStringLiteral("customer.legal_hold"), subjectOf(id));
    });
}

Status PrivacyService::clearLegalHold(CustomerId id)
{
    if (auto status = requireAdministrator(); !status) {
        return status;
    }
    QSqlDatabase db = connection();
    return transact<void>(db, PrivacyTr::tr("The legal hold could not be cleared."), [&]() -> Status {
        QSqlQuery q(db);
        if (!execPrepared(q, QStringLiteral("DELETE FROM customer_legal_hold WHERE customer_id = ?"), {id})) {
            return databaseError(q.lastError(), PrivacyTr::tr("The legal hold could not be cleared."));
        }
        if (q.numRowsAffected() == 0) {
            return makeError(ErrorCode::NotFound, PrivacyTr::tr("Customer %1 has no legal hold.").arg(id));
        }
        AuditLog audit(m_database, m_clock);
        return audit.record(QStringLiteral("customer.legal_hold_clear"), subjectOf(id));
    });
}

Result<bool> PrivacyService::isAnonymised(CustomerId id) const
{
    QSqlQuery q(connection());
    if (!execPrepared(q, QStringLiteral("SELECT 1 FROM customer_anonymisation WHERE customer_id = ?"), {id})) {
        return databaseError(q.lastError(), PrivacyTr::tr("The customer could not be read."));
    }
    return q.next();
}

Status PrivacyService::anonymise(CustomerId id, const QString &reason)
{
    if (auto status = requirePrivacyRole(); !status) {
        return status;
    }
    QSqlDatabase db = connection();
    const QString failed = PrivacyTr::tr("The customer could not be anonymised; nothing was changed.");
    return transact<void>(db, failed, [&]() -> Status {
        QSqlQuery q(db);
        if (!execPrepared(q, QStringLiteral("SELECT merged_into FROM customer WHERE id = ?"), {id})) {
            return databaseError(q.lastError(), failed);
        }
        if (!q.next() || !q.value(0).isNull()) {
            return makeError(ErrorCode::NotFound,
                             PrivacyTr::tr("Customer %1 does not exist or was merged into another record. Open the "
                                           "record it was merged into instead.")
                                 .arg(id));
        }
        q.finish();
        auto already = isAnonymised(id);
        if (!already) {
            return already.error();
        }
        if (*already) {
            return makeError(ErrorCode::Conflict, PrivacyTr::tr("Customer %1 is already anonymised.").arg(id));
        }
        auto holds = legalHolds(id);
        if (!holds) {
            return holds.error();
        }
        if (!holds->isEmpty()) {
            QStringList reasons;
            for (const LegalHold &hold : std::as_const(*holds)) {
                reasons << hold.description;
            }
            return makeError(ErrorCode::Conflict,
                             PrivacyTr::tr("This customer cannot be anonymised while a legal hold applies: %1")
                                 .arg(reasons.join(QLatin1Char(' '))));
        }
        QList<CustomerId> ids;
        if (!execPrepared(q, QStringLiteral("SELECT id FROM customer WHERE id = ? OR merged_into = ? ORDER BY id"),
                          {id, id})) {
            return databaseError(q.lastError(), failed);
        }
        while (q.next()) {
            ids << q.value(0).toLongLong();
        }
        q.finish();
        const QString now = iso(m_clock.nowUtc());
        const QList<std::pair<QString, int>> scrub{
            {QStringLiteral("DELETE FROM customer_tag WHERE customer_id = ?"), 1},
            {QStringLiteral("UPDATE consent_event SET note = '' WHERE customer_id = ?"), 1},
            {QStringLiteral("UPDATE merge_journal SET snapshot = '{}' WHERE survivor_id = ? OR merged_id = ?"), 2},
            {QStringLiteral("UPDATE visit SET notes = '' WHERE customer_id = ?"), 1},
            {QStringLiteral("UPDATE interaction SET summary = '' WHERE customer_id = ?"), 1},
            {QStringLiteral("UPDATE survey_response SET comment = '' WHERE customer_id = ?"), 1},
            {QStringLiteral("UPDATE complaint SET resolution = '', outcome_call_result = '' WHERE customer_id = ?"), 1},
            {QStringLiteral("UPDATE complaint_event SET note = '' WHERE complaint_id IN "
                            "(SELECT id FROM complaint WHERE customer_id = ?)"),
             1},
            {QStringLiteral("UPDATE follow_up_task SET script = '', notes = '', result = '', cancel_reason = '' "
                            "WHERE customer_id = ?"),
             1},
            {QStringLiteral("UPDATE follow_up_reschedule SET reason = '' WHERE task_id IN "
                            "(SELECT id FROM follow_up_task WHERE customer_id = ?)"),
             1},
            {QStringLiteral("UPDATE campaign_member SET response = '' WHERE customer_id = ?"), 1},
            {QStringLiteral("DELETE FROM customer_search WHERE docid = ?"), 1},
        };
        for (const CustomerId person : std::as_const(ids)) {
            const QString name = anonymisedName(person);
            const QString memberNumber = QStringLiteral("ANON-") + padded(person);
            if (!execPrepared(q,
                              QStringLiteral("UPDATE customer SET name = ?, name_sort = ?, name_pinyin = ?, "
                                             "birth_date = CASE WHEN birth_date IS NULL OR birth_date = '' THEN NULL "
                                             "ELSE substr(birth_date, 1, 4) || '-07-01' END, phone = '', phone2 = '', "
                                             "email = '', address = '', member_number = ?, id_number = NULL, "
                                             "notes = '', updated_at = ? WHERE id = ?"),
                              {name, QString(SearchTokenizer::pinyin(name) + QLatin1Char('\x1f') + name),
                               SearchTokenizer::pinyin(name).remove(QLatin1Char(' ')), memberNumber, now, person})) {
                return databaseError(q.lastError(), failed);
            }
            for (const auto &[sql, uses] : scrub) {
                QVariantList values;
                for (int i = 0; i < uses; ++i) {
                    values << person;
                }
                if (!execPrepared(q, sql, values)) {
                    return databaseError(q.lastError(), failed);
                }
            }
            // Complaint descriptions are required text: a neutral one in their place.
            if (!execPrepared(q, QStringLiteral("UPDATE complaint SET description = ? WHERE customer_id = ?"),
                              {PrivacyTr::tr("(removed when the customer was anonymised)"), person})) {
                return databaseError(q.lastError(), failed);
            }
            if (person == id) {
                SearchTokenizer::Input input;
                input.name = name;
                input.memberNumber = memberNumber;
                if (!execPrepared(q, QStringLiteral("INSERT INTO customer_search(docid, tokens) VALUES (?, ?)"),
                                  {person, SearchTokenizer::document(input)})) {
                    return databaseError(q.lastError(), failed);
                }
            }
        }
        if (!execPrepared(q,
                          QStringLiteral("INSERT INTO customer_anonymisation(customer_id, at, by_user, reason) "
                                         "VALUES (?, ?, ?, ?)"),
                          {id, now, m_database.session().userName, reason.trimmed()})) {
            return databaseError(q.lastError(), failed);
        }
        q.finish();
        AuditLog audit(m_database, m_clock);
        return audit.record(QStringLiteral("customer.anonymise"), subjectOf(id),
                            QStringLiteral("%1 record(s)").arg(ids.size()));
    });
}

} // namespace caredesk::core
