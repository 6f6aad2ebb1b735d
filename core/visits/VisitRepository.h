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

namespace caredesk::core {

class Database;

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

private:
    [[nodiscard]] QSqlDatabase connection() const;
    [[nodiscard]] Result<QList<Visit>> readVisits(const QString &where, const QVariantList &values) const;

    QString m_connectionName;
    QString m_userName;
    const Clock &m_clock;
};

} // namespace caredesk::core
