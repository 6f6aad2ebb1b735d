// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/visits/Visit.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace caredesk::core {

class Database;

/** Which visits the site-wide list (the Visits area) shows: a period and, optionally, one kind and department. */
struct VisitListFilter {
    QDateTime from; ///< inclusive, UTC; invalid: no lower bound
    QDateTime to;   ///< exclusive, UTC; invalid: no upper bound
    std::optional<VisitKind> kind;
    QString department; ///< exact department; empty: any
};

/** Where a page of the site-wide list ended (the list runs newest first): the last row's time and id. */
struct VisitCursor {
    QDateTime at;
    VisitId id = 0;
};

/** A visit with the name and member number of its customer, for the site-wide list. */
struct VisitListRow {
    Visit visit; ///< with its items
    QString customerName;
    QString memberNumber;
};

/** Aggregates over every visit a VisitListFilter selects, however few of them a list has loaded. */
struct VisitTotals {
    qint64 count = 0;
    qint64 revenueCents = 0;
    qint64 withWaitingTime = 0;                  ///< visits that recorded waiting minutes
    std::optional<double> averageWaitingMinutes; ///< over those; nullopt when none did
};

/**
 * Visits, purchases (with their items) and interactions in the encrypted database. Recording a visit moves the
 * customer's last activity forward in the same transaction. All SQL for visits and interactions lives here.
 */
class VisitRepository final {
public:
    /** How far in the future a visit or interaction may lie (clock skew between workstations). */
    static constexpr int allowedFutureMinutes = 5;

    explicit VisitRepository(Database &database, const Clock &clock = Clock::system());
    /** Over any open connection with CareDesk's schema, acting as @p userName (worker threads, the demo). */
    VisitRepository(const QString &connectionName, const QString &userName, const Clock &clock = Clock::system());

    /**
     * The problems with @p visit, translated, one per entry; empty when it can be saved. Checks the time (not more
     * than allowedFutureMinutes ahead of @p now), amount, waiting minutes, days of supply and every item (name,
     * quantity > 0, price ≥ 0). Does not look at the database.
     */
    [[nodiscard]] static QStringList validate(const Visit &visit, const QDateTime &now);
    /** The problems with @p interaction, as validate() for visits. */
    [[nodiscard]] static QStringList validate(const Interaction &interaction, const QDateTime &now);

    /**
     * Saves a visit with its items and updates the customer's last activity (to the later of the stored value and
     * the visit time), all in one transaction. An invalid @p visit.at means now; an amount of 0 with items means
     * the items' total. Validation error for the problems validate() finds, NotFound if the customer does not
     * exist or was merged into another; any database failure leaves nothing saved.
     */
    [[nodiscard]] Result<Visit> addVisit(Visit visit);
    /**
     * As addVisit(), and runs @p alongside with the saved visit (its id known) inside the same transaction before
     * it commits: a purchase and the points it earns are saved together or not at all. An error from @p alongside
     * rolls everything back and is returned.
     */
    [[nodiscard]] Result<Visit> addVisit(Visit visit, const std::function<Status(const Visit &saved)> &alongside);
    /**
     * Saves many visits in one transaction with reused statements (demo generator, imports): each is validated as
     * addVisit() does and any problem saves none. Ids are filled in.
     */
    [[nodiscard]] Status addVisitsBulk(QList<Visit> &visits);
    /** One visit with its items; NotFound if there is none with @p id. */
    [[nodiscard]] Result<Visit> findVisit(VisitId id) const;
    /**
     * The visits of @p customerId with items, newest first, from @p from (inclusive) to @p to (exclusive);
     * an invalid bound does not limit.
     */
    [[nodiscard]] Result<QList<Visit>> visitsOf(CustomerId customerId, const QDateTime &from = {},
                                                const QDateTime &to = {}) const;

    /**
     * Saves an interaction. Validation error for bad input, NotFound if the customer does not exist or was merged,
     * Validation if the linked visit belongs to another customer.
     */
    [[nodiscard]] Result<Interaction> addInteraction(Interaction interaction);
    /** Saves many interactions in one transaction (demo generator); any problem saves none. */
    [[nodiscard]] Status addInteractionsBulk(QList<Interaction> &interactions);
    /** The interactions of @p customerId, newest first, in [@p from, @p to); invalid bounds do not limit. */
    [[nodiscard]] Result<QList<Interaction>> interactionsOf(CustomerId customerId, const QDateTime &from = {},
                                                            const QDateTime &to = {}) const;

    /** Most rows visitPage() returns at once. */
    static constexpr int maxPageSize = 500;

    /**
     * One page of the site's visits that @p filter selects, newest first (time, then id), each with its items and
     * its customer's name and member number: at most @p limit rows (clamped to 1…maxPageSize) after @p after
     * (from the start when nullopt). Fewer than @p limit rows means the list is complete.
     */
    [[nodiscard]] Result<QList<VisitListRow>> visitPage(const VisitListFilter &filter,
                                                        const std::optional<VisitCursor> &after, int limit) const;
    /** The cursor that continues visitPage() after @p row. */
    [[nodiscard]] static VisitCursor cursorFor(const VisitListRow &row);
    /** Count, revenue and average waiting minutes over every visit @p filter selects, computed in the database. */
    [[nodiscard]] Result<VisitTotals> visitTotals(const VisitListFilter &filter) const;
    /** The departments visits were recorded with, sorted; empty ones left out. */
    [[nodiscard]] Result<QStringList> visitDepartments() const;

private:
    [[nodiscard]] QSqlDatabase connection() const;
    [[nodiscard]] Result<QList<Visit>> readVisits(const QString &where, const QVariantList &values) const;

    QString m_connectionName;
    QString m_userName;
    const Clock &m_clock;
};

} // namespace caredesk::core
