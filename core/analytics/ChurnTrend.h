// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>

#include <optional>

namespace caredesk::core {

/** One month of the churn-rate trend. */
struct ChurnMonth {
    QDate month;           ///< first day of the month
    int activeAtStart = 0; ///< customers active on the first day (first visit before it, lapse date after it)
    int lapsed = 0;        ///< of those, customers whose lapse date falls in the month
    int returned = 0;      ///< customers whose visit in the month ended a lapse
    /** lapsed / activeAtStart; nullopt when nobody was active. */
    [[nodiscard]] std::optional<double> rate() const
    {
        return activeAtStart > 0 ? std::optional<double>(static_cast<double>(lapsed) / activeAtStart) : std::nullopt;
    }
    friend bool operator==(const ChurnMonth &, const ChurnMonth &) = default;
};

/**
 * Churn rate per month for the last @p months months up to today's month (ChurnSettings: a customer lapses
 * lapseDays after a visit day with no later one within that time). An accumulator: add each customer once.
 */
class ChurnTrend final {
public:
    ChurnTrend(const QDate &today, int lapseDays, int months = 12);

    /** Adds one customer by their visit days (ascending, distinct). */
    void addCustomer(const QList<QDate> &visitDays);
    /** Oldest month first. */
    [[nodiscard]] QList<ChurnMonth> months() const { return m_months; }
    /**
     * The share lapsing in a year: 1 − Π over the months (1 − rate), months with nobody active left out;
     * nullopt when no month had anyone active.
     */
    [[nodiscard]] static std::optional<double> annualRate(const QList<ChurnMonth> &months);

private:
    QDate m_today;
    int m_lapseDays;
    QList<ChurnMonth> m_months;
};

} // namespace caredesk::core
