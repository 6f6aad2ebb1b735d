// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/auth/Role.h"
#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/customers/Customer.h"

#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

#include <optional>

namespace caredesk::core {

class Database;

/** Which customers a list shows. Empty members do not filter. */
struct CustomerFilter {
    std::optional<CustomerKind> kind;
    std::optional<ActivityStatus> status;
    QString tag;
    QString region;
    std::optional<bool> marketingConsent; ///< true: currently consented on some channel; false: not
    std::optional<CustomerId> organisationId;
};

enum class CustomerSort { Name, MemberNumber, LastActivity, Created };

/** Where a page ends, to ask for the next one (keyset pagination: no OFFSET, no matter how deep). */
struct CustomerCursor {
    QVariant key;
    CustomerId id = 0;
};

/** One search result and why it matched. */
struct SearchHit {
    Customer customer;
    int tier = 3; ///< 0 exact member number or phone, 1 exact name, 2 name prefix, 3 other
};

struct SearchResult {
    QList<SearchHit> hits;  ///< best first
    bool truncated = false; ///< more matched than were ranked; the receptionist should type more
};

/** A possible duplicate of a customer being entered, or one half of a pair found by the batch scan. */
struct DuplicateCandidate {
    Customer customer;
    int score = 0;       ///< 0-100
    QStringList reasons; ///< translated, e.g. "same phone number"
};

struct DuplicatePair {
    Customer first;
    Customer second;
    int score = 0;
    QStringList reasons;
};

/** A record linked to a customer that a merge moves to the survivor. */
struct LinkedRecord {
    QString table;
    qint64 rowId = 0;
    QString kindLabel;   ///< translated: "Consent record", "Tag", "Organisation member", …
    QString description; ///< one line for people
};

struct MergePreview {
    Customer survivor;
    Customer merged;
    QStringList differingFields; ///< field keys whose values differ (see mergeableFields())
    QList<LinkedRecord> moving;  ///< every linked record of the merged customer that will move
};

struct MergeJournalEntry {
    qint64 id = 0;
    CustomerId survivorId = 0;
    CustomerId mergedId = 0;
    QString survivorName;
    QString mergedName;
    QDateTime mergedAt;
    QString mergedBy;
    QDateTime undoneAt;
};

/** A field that lists and profiles show masked (PhoneNumber::masked, ChineseIdNumber::masked). */
enum class MaskedField { Phone, Phone2, IdNumber };

/**
 * Customers in the encrypted database: registration, search (CareDesk's own CJK/pinyin/digit FTS4 index, updated in
 * the same transaction as the customer), keyset-paged lists, duplicate detection, merge and un-merge with a journal,
 * consent history. All SQL for customers lives here.
 */
class CustomerRepository final {
public:
    explicit CustomerRepository(Database &database, const Clock &clock = Clock::system());
    /**
     * Over any open connection with CareDesk's schema, acting as @p userName: for worker threads (a connection of
     * their own from Database::openExtraConnection) and the benchmark's unencrypted comparison.
     */
    CustomerRepository(const QString &connectionName, const QString &userName, const Clock &clock = Clock::system());

    /** Validates (Validation error listing the field problems), assigns a member number if empty, saves, indexes. */
    [[nodiscard]] Result<Customer> add(Customer customer);
    /**
     * Adds many customers in one transaction, or in a savepoint of the caller's when one is open (imports, the demo
     * generator): each is validated as add() does; any
     * invalid one stops the whole batch with nothing saved. Current consents listed in Customer::consents
     * ("channel|purpose") become consent events. Ids and member numbers are filled in.
     */
    [[nodiscard]] Status addBulk(QList<Customer> &customers);
    /** Saves changes to an existing customer (NotFound if it does not exist or was merged away). */
    [[nodiscard]] Result<Customer> update(Customer customer);
    [[nodiscard]] Result<Customer> findById(CustomerId id) const;
    /** Finds by exact member number (case-insensitive). */
    [[nodiscard]] Result<std::optional<Customer>> findByMemberNumber(const QString &memberNumber) const;

    /** One page of the list in @p sort order after @p after (or from the start). Merged customers never show. */
    [[nodiscard]] Result<QList<Customer>> page(const CustomerFilter &filter, CustomerSort sort, bool ascending,
                                               const std::optional<CustomerCursor> &after, int limit) const;
    /** The key that page() needs to continue after @p customer. */
    [[nodiscard]] static CustomerCursor cursorFor(const Customer &customer, CustomerSort sort);
    [[nodiscard]] Result<qint64> count(const CustomerFilter &filter) const;

    /**
     * What a receptionist typed: Chinese or Latin name (substring by characters), full pinyin or initials, phone
     * (full or last 4), member number, last 4 of the ID number. Exact member number or phone matches rank first.
     */
    [[nodiscard]] Result<SearchResult> search(const QString &query, const CustomerFilter &filter = {},
                                              int limit = 100) const;

    /** Customers that @p draft may duplicate, best first (excluding @p draft.id itself). */
    [[nodiscard]] Result<QList<DuplicateCandidate>> findDuplicates(const Customer &draft) const;
    /** Batch scan of the whole list for candidate pairs with scores, best first. */
    [[nodiscard]] Result<QList<DuplicatePair>> scanDuplicates(int limit = 500) const;

    /** Field keys a merge can take from either customer. */
    static const QStringList &mergeableFields();
    [[nodiscard]] Result<MergePreview> previewMerge(CustomerId survivorId, CustomerId mergedId) const;
    /**
     * Merges @p mergedId into @p survivorId: fields in @p fromMerged take the merged customer's value, every
     * linked record moves, the merged customer is hidden, and a journal entry keeps everything needed to undo it.
     * Returns the journal entry id.
     */
    [[nodiscard]] Result<qint64> merge(CustomerId survivorId, CustomerId mergedId, const QSet<QString> &fromMerged);
    /** Restores both customers and all their links exactly as before the merge. Conflict if a later merge of
     * either customer is still in place. */
    [[nodiscard]] Status unmerge(qint64 journalId);
    /** Merges in which @p id took part, newest first. */
    [[nodiscard]] Result<QList<MergeJournalEntry>> mergeHistory(CustomerId id) const;

    [[nodiscard]] Status recordConsent(const ConsentEvent &event);
    /** Records "customer.view" in the audit trail: call when a profile is opened. Fails only on a database error. */
    [[nodiscard]] Status recordView(CustomerId id);
    [[nodiscard]] Result<QList<ConsentEvent>> consentHistory(CustomerId id) const;

    /** Active, dormant or lost from the last activity (or registration) and the thresholds in settings. */
    [[nodiscard]] ActivityStatus statusOf(const Customer &customer) const;
    [[nodiscard]] int dormantAfterDays() const { return m_dormantDays; }
    [[nodiscard]] int lostAfterDays() const { return m_lostDays; }
    [[nodiscard]] Status setActivityThresholds(int dormantDays, int lostDays);

    /** All tags in use and all regions in use, for filter lists. */
    [[nodiscard]] Result<QStringList> tagsInUse() const;
    [[nodiscard]] Result<QStringList> regionsInUse() const;

    /** Rebuilds the whole search index (after an import, or if the index is suspected stale). */
    [[nodiscard]] Status rebuildSearchIndex();

    /**
     * True when this repository hands out phone numbers and ID numbers masked: built from a Database whose
     * session lacks Permission::RevealMasked. update() never writes a mask back: a field still equal to the
     * masked form of the stored value keeps the stored value.
     */
    [[nodiscard]] bool masksContactDetails() const { return m_mask; }
    /**
     * The stored, unmasked @p field of customer @p id, for one view. Records "customer.reveal" with the field
     * and @p reason in the audit trail in the same step. Validation when @p reason is empty; PermissionDenied
     * without Permission::RevealMasked; NotFound for an unknown customer. An empty field is returned as empty.
     */
    [[nodiscard]] Result<QString> reveal(CustomerId id, MaskedField field, const QString &reason);

private:
    [[nodiscard]] QSqlDatabase connection() const;
    /** findById() without masking, for the repository's own reads. */
    [[nodiscard]] Result<Customer> findStored(CustomerId id) const;
    /** @p customer with phone numbers and ID number masked when masksContactDetails(). */
    [[nodiscard]] Customer masked(Customer customer) const;

    QString m_connectionName;
    QString m_userName;
    const Clock &m_clock;
    int m_dormantDays = 180;
    int m_lostDays = 365;
    std::optional<Role> m_role; ///< set when built from a Database; checked against the permission matrix
    bool m_mask = false;
};

} // namespace caredesk::core
