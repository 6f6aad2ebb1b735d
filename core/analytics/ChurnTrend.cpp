// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analytics/ChurnTrend.h"

#include <algorithm>

namespace caredesk::core {

ChurnTrend::ChurnTrend(const QDate &today, int lapseDays, int months) : m_today(today), m_lapseDays(lapseDays)
{
    const QDate thisMonth(today.year(), today.month(), 1);
    const int count = std::max(1, months);
    for (int i = count - 1; i >= 0; --i) {
        ChurnMonth month;
        month.month = thisMonth.addMonths(-i);
        m_months << month;
    }
}

void ChurnTrend::addCustomer(const QList<QDate> &visitDays)
{
    if (visitDays.isEmpty()) {
        return;
    }
    // Active spells: from a visit day that began one to the lapse date of its last visit day.
    auto addSpell = [this](const QDate &start, const QDate &lapse) {
        for (ChurnMonth &month : m_months) {
            const QDate next = month.month.addMonths(1);
            const bool activeAtStart = start < month.month && lapse >= month.month;
            if (!activeAtStart) {
                continue;
            }
            ++month.activeAtStart;
            if (lapse < next && lapse <= m_today) {
                ++month.lapsed;
            }
        }
    };
    QDate start = visitDays.constFirst();
    for (qsizetype i = 1; i < visitDays.size(); ++i) {
        const QDate previous = visitDays.at(i - 1);
        const QDate day = visitDays.at(i);
        if (previous.daysTo(day) > m_lapseDays) {
            addSpell(start, previous.addDays(m_lapseDays));
            for (ChurnMonth &month : m_months) {
                if (day >= month.month && day < month.month.addMonths(1)) {
                    ++month.returned;
                }
            }
            start = day;
        }
    }
    addSpell(start, visitDays.constLast().addDays(m_lapseDays));
}

std::optional<double> ChurnTrend::annualRate(const QList<ChurnMonth> &months)
{
    double kept = 1;
    bool any = false;
    for (const ChurnMonth &month : months) {
        if (const auto rate = month.rate()) {
            kept *= 1.0 - *rate;
            any = true;
        }
    }
    return any ? std::optional<double>(1.0 - kept) : std::nullopt;
}

} // namespace caredesk::core
