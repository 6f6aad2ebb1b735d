// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QVector>

#include <optional>

namespace caredesk::core {

/** One cohort of the retention triangle: the customers whose first visit fell in @p month. */
struct CohortRow {
    QDate month;           ///< the first day of the month of first visit
    int size = 0;          ///< customers in the cohort
    QVector<int> retained; ///< retained[k]: of them, customers with a visit in month + k; only months up to today
    /** retained[k] / size; nullopt for a month not reached yet or an empty cohort. */
    [[nodiscard]] std::optional<double> share(int k) const
    {
        if (size <= 0 || k < 0 || k >= retained.size()) {
            return std::nullopt;
        }
        return static_cast<double>(retained.at(k)) / size;
    }
    friend bool operator==(const CohortRow &, const CohortRow &) = default;
};

/**
 * The cohort retention triangle (by month of first visit): the last @p cohorts months up to today's month, each
 * with the share of its customers who visited in each of the @p months months from their first (k = 0 is the
 * first month itself, always 100 %). Cells after today's month are missing, so the rows shorten: a triangle.
 * An accumulator: add each customer once, then read rows().
 */
class CohortRetention final {
public:
    CohortRetention(const QDate &today, int cohorts = 12, int months = 12);

    /** Adds one customer by their visit days (ascending); customers whose first visit is outside the range are ignored.
     */
    void addCustomer(const QList<QDate> &visitDays);
    /** Oldest cohort first; every month of the range has a row, also empty ones. */
    [[nodiscard]] QList<CohortRow> rows() const;

    /** Months from @p from's month to @p to's month (0 for the same month). */
    [[nodiscard]] static int monthsBetween(const QDate &from, const QDate &to);

private:
    QDate m_firstMonth;
    QDate m_todayMonth;
    int m_cohorts;
    int m_months;
    QList<CohortRow> m_rows;
};

} // namespace caredesk::core
