// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analytics/ChurnRisk.h"
#include "core/analytics/ChurnSettings.h"
#include "core/auth/Role.h"
#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/followups/FollowUpTask.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <atomic>
#include <functional>
#include <optional>

namespace caredesk::core {

class Database;

/** A row of the at-risk list. */
struct ChurnRiskRow {
    ChurnRisk risk;
    QString customerName;
    QString memberNumber;
};

/** Which rows atRisk() returns. */
struct ChurnListFilter {
    /** One band only; nullopt: Low, Medium and High (early warning; neither None nor Lapsed). */
    std::optional<ChurnBand> band;
};

/** Where a page of the at-risk list ended (highest score first, then customer id): the last row's score and id. */
struct ChurnCursor {
    int score = 0;
    CustomerId customerId = 0;
};

/** Customers per band in the snapshot (customers who came back since are no longer counted). */
struct ChurnBandCounts {
    int none = 0;
    int low = 0;
    int medium = 0;
    int high = 0;
    int lapsed = 0;
    [[nodiscard]] int count(ChurnBand band) const;
    void set(ChurnBand band, int customers);
    [[nodiscard]] int total() const { return none + low + medium + high + lapsed; }
    friend bool operator==(const ChurnBandCounts &, const ChurnBandCounts &) = default;
};

/** When and over what the snapshot was last rebuilt. */
struct ChurnSnapshotInfo {
    QDateTime computedAt; ///< UTC; invalid when never rebuilt
    QDate computedFor;    ///< the local day the figures are as of
    qint64 customers = 0; ///< customers scored
    qint64 visits = 0;    ///< visits read
    qint64 elapsedMs = 0; ///< how long the rebuild took
};

/** How customers moved between bands over some days, from the band history (rebuild() writes only changes). */
struct ChurnBandMoves {
    int intoHigh = 0;  ///< customers whose band became high from any other (or none)
    int recovered = 0; ///< customers who went from an at-risk band (low, medium, high, lapsed) to none
};

/** How far a rebuild has got: @p done of @p total steps (total 0 while unknown). */
using ChurnProgress = std::function<void(qint64 done, qint64 total)>;

/**
 * Churn early warning (流失预警). rebuild() reads every visit once in customer and time order, together with
 * surveys, open complaints and loyalty tiers, and writes one snapshot in one transaction: each customer's risk
 * (churn_risk) and the dashboard tables (churn trend, cohort triangle, Kaplan–Meier curves, RFM cells and segment
 * figures, lifetime value; see ChurnDashboard and CustomerValue). ChurnSettings documents every definition.
 * A new visit removes its customer's risk row at once (trigger), so someone who came back leaves the list. Each
 * rebuild also records which customers changed band since the previous one (bandMoves()).
 *
 * Permissions: from a Database, reading the list, rebuilding and creating win-back tasks need ServiceOfficer,
 * Manager or Administrator (PermissionDenied otherwise). Over a connection name the role is read from the staff
 * table for @p userName (worker threads, the CLI).
 */
class ChurnRiskService final {
public:
    explicit ChurnRiskService(Database &database, const Clock &clock = Clock::system());
    ChurnRiskService(const QString &connectionName, const QString &userName, const Clock &clock = Clock::system());

    /** Whether @p role may see churn risk (ServiceOfficer, Manager, Administrator). */
    [[nodiscard]] static bool mayRead(Role role);
    /** Most rows atRisk() returns at once. */
    static constexpr int maxPageSize = 500;

    /**
     * Rebuilds the snapshot as of today. @p progress (optional) is called now and then with visits read of all
     * visits; @p cancel (optional) stops the rebuild when set, leaving the previous snapshot untouched (returns
     * an Internal error saying it was cancelled). PermissionDenied for other roles; database failures keep the
     * previous snapshot.
     */
    [[nodiscard]] Result<ChurnSnapshotInfo> rebuild(const ChurnProgress &progress = {},
                                                    const std::atomic_bool *cancel = nullptr);
    /** The snapshot's time and size; computedAt invalid when never rebuilt. */
    [[nodiscard]] Result<ChurnSnapshotInfo> snapshotInfo() const;
    /** True when never rebuilt, rebuilt for a day before @p today, or more than staleAfterHours ago. */
    [[nodiscard]] Result<bool> isStale(const QDate &today) const;
    /** isStale(clock today). */
    [[nodiscard]] Result<bool> isStale() const;

    /**
     * The at-risk list, highest score first (equal scores: the higher customer id first), with name and member
     * number; merged customers left out. At most @p limit rows (clamped to 1…maxPageSize) after skipping @p offset.
     */
    [[nodiscard]] Result<QList<ChurnRiskRow>> atRisk(const ChurnListFilter &filter, int limit, int offset = 0) const;
    /** As atRisk(), continuing after @p after (keyset paging for long lists); from the start when nullopt. */
    [[nodiscard]] Result<QList<ChurnRiskRow>> atRiskAfter(const ChurnListFilter &filter,
                                                          const std::optional<ChurnCursor> &after, int limit) const;
    /** The cursor that continues atRiskAfter() after @p row. */
    [[nodiscard]] static ChurnCursor cursorFor(const ChurnRiskRow &row);
    /** Customers per band in the snapshot (merged customers left out). */
    [[nodiscard]] Result<ChurnBandCounts> countsByBand() const;
    /**
     * Customers who moved into high risk, and who recovered, on the rebuilds of [@p from, @p to] (local days,
     * inclusive), each customer counted once per figure. PermissionDenied as atRisk().
     */
    [[nodiscard]] Result<ChurnBandMoves> bandMoves(const QDate &from, const QDate &to) const;
    /** The risk of one customer in the snapshot; nullopt when not scored (no visits, or came back since). */
    [[nodiscard]] Result<std::optional<ChurnRisk>> riskOf(CustomerId customerId) const;

    /**
     * Creates a win-back follow-up (kind win_back) for @p customerId, given to @p assignee, due @p dueDate, with
     * the customer's reasons in its note, through FollowUpRepository (whose checks apply: assignee an enabled
     * account, due date not in the past, customer exists). Conflict when the customer already has an open win-back
     * task; PermissionDenied for roles that may not read churn risk.
     */
    [[nodiscard]] Result<FollowUpTask> createWinBack(CustomerId customerId, const QString &assignee,
                                                     const QDate &dueDate);

private:
    [[nodiscard]] QSqlDatabase connection() const;
    [[nodiscard]] Status requireReader() const;

    QString m_connectionName;
    QString m_userName;
    std::optional<Role> m_role;
    const Clock &m_clock;
};

} // namespace caredesk::core
