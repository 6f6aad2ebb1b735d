// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analytics/CohortRetention.h"

#include <algorithm>

namespace caredesk::core {

namespace {
QDate monthOf(const QDate &day)
{
    return QDate(day.year(), day.month(), 1);
}
} // namespace

CohortRetention::CohortRetention(const QDate &today, int cohorts, int months)
    : m_todayMonth(monthOf(today)), m_cohorts(std::max(1, cohorts)), m_months(std::clamp(months, 1, 64))
{
    m_firstMonth = m_todayMonth.addMonths(-(m_cohorts - 1));
    for (int c = 0; c < m_cohorts; ++c) {
        CohortRow row;
        row.month = m_firstMonth.addMonths(c);
        row.retained.fill(0, std::min(m_months, monthsBetween(row.month, m_todayMonth) + 1));
        m_rows << row;
    }
}

int CohortRetention::monthsBetween(const QDate &from, const QDate &to)
{
    return (to.year() - from.year()) * 12 + (to.month() - from.month());
}

void CohortRetention::addCustomer(const QList<QDate> &visitDays)
{
    if (visitDays.isEmpty()) {
        return;
    }
    const int index = monthsBetween(m_firstMonth, visitDays.constFirst());
    if (index < 0 || index >= m_cohorts) {
        return;
    }
    CohortRow &row = m_rows[index];
    ++row.size;
    quint64 seen = 0; // bit k: a visit in month + k (m_months ≤ 64)
    for (const QDate &day : visitDays) {
        const int k = monthsBetween(row.month, day);
        if (k >= 0 && k < row.retained.size()) {
            seen |= quint64(1) << k;
        }
    }
    for (int k = 0; k < row.retained.size(); ++k) {
        if (seen & (quint64(1) << k)) {
            ++row.retained[k];
        }
    }
}

QList<CohortRow> CohortRetention::rows() const
{
    return m_rows;
}

} // namespace caredesk::core
