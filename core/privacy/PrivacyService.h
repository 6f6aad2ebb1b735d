// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/customers/Customer.h"
#include "core/privacy/PrivacyExport.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>

namespace caredesk::core {

class Database;

/** Why a customer's records must be kept as they are (and so cannot be anonymised now). */
struct LegalHold {
    enum class Kind {
        Explicit,      ///< set by an administrator (customer_legal_hold), with a reason
        OpenComplaint, ///< a complaint about them is not closed yet
        AdrReported,   ///< an adverse drug reaction was reported to the manufacturer or regulator: kept for inspection
    };
    Kind kind = Kind::Explicit;
    QString description;    ///< translated, for people; for an explicit hold it includes the stored reason
    qint64 complaintId = 0; ///< OpenComplaint and AdrReported
    QDateTime since;        ///< UTC; when the hold was set or the complaint received
    QString setBy;          ///< Explicit: the administrator
};

/**
 * Privacy requests about one customer: the export of everything held about them (JSON, and through the UI a
 * readable PDF), anonymisation, and explicit legal holds. Export and anonymisation are for administrators and
 * managers, legal holds for administrators (PermissionDenied otherwise); every action is in the audit trail with
 * the customer's id as subject and never a name.
 */
class PrivacyService final {
public:
    explicit PrivacyService(Database &database, const Clock &clock = Clock::system());

    /**
     * Every row about customer @p id (see PrivacyExport) read in one snapshot; records nothing. NotFound when there
     * is no such customer, PermissionDenied for other roles.
     */
    [[nodiscard]] Result<PrivacyExport> collect(CustomerId id) const;

    /**
     * Collects and writes the JSON to @p jsonPath atomically (a failed write leaves no file); then @p alsoWrite (the
     * UI writes the PDF there) if given; then records "privacy.export" (subject customer:ID, detail the file names
     * and the number of rows). If @p alsoWrite fails the JSON is removed again and nothing is audited. Returns the
     * export that was written.
     */
    [[nodiscard]] Result<PrivacyExport> exportTo(CustomerId id, const QString &jsonPath,
                                                 const std::function<Status(const PrivacyExport &)> &alsoWrite = {});

    /** The holds that apply to @p id now (empty: it may be anonymised). */
    [[nodiscard]] Result<QList<LegalHold>> legalHolds(CustomerId id) const;
    /** Sets (or replaces the reason of) an explicit hold; audited "customer.legal_hold". Administrators only. */
    [[nodiscard]] Status setLegalHold(CustomerId id, const QString &reason);
    /** Clears the explicit hold; audited "customer.legal_hold_clear". NotFound when there is none. Administrators. */
    [[nodiscard]] Status clearLegalHold(CustomerId id);

    /** True once @p id was anonymised. */
    [[nodiscard]] Result<bool> isAnonymised(CustomerId id) const;

    /**
     * Anonymises customer @p id and the duplicate records merged into it, in one transaction, irreversibly:
     * name → "Anonymised 000123" (translated), member number → "ANON-000123", phones, e-mail, address, ID number,
     * notes and tags removed, birth date reduced to its year (stored as 1 July of it, so age bands stay right),
     * free text about them cleared (visit notes, contact summaries, survey comments, complaint descriptions,
     * resolutions, call results and history notes, follow-up scripts, notes and results, consent notes, campaign
     * responses), merge journal snapshots emptied (so the merge can no longer be undone), and the search index
     * rebuilt for them. Sex, region, categories, ids, dates, amounts, points, scores and every count stay, so
     * statistics and rollups do not change; the audit trail only gains "customer.anonymise".
     * Conflict (saying which hold) while a legal hold applies or when already anonymised; NotFound when there is no
     * such customer or it was merged away; PermissionDenied for roles other than administrator and manager.
     */
    [[nodiscard]] Status anonymise(CustomerId id, const QString &reason);

    /** The name an anonymised customer gets: "Anonymised 000123" in the running language. */
    [[nodiscard]] static QString anonymisedName(CustomerId id);

private:
    [[nodiscard]] QSqlDatabase connection() const;
    [[nodiscard]] Status requirePrivacyRole() const;
    [[nodiscard]] Status requireAdministrator() const;

    Database &m_database;
    const Clock &m_clock;
};

} // namespace caredesk::core
