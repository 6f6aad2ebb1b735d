// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Clock.h"
#include "core/common/Result.h"

#include <QString>

namespace caredesk::core {

/**
 * Demo complaints, run after customers, visits and loyalty exist: about one complaint per 40 individual customers
 * (at most maxComplaints) over the last twelve months, written through ComplaintRepository with a stepped clock so
 * every row and event is what the program itself would write. Most are closed with root cause, corrective action
 * and outcome call; a set stands open at the clock's now in every state — a few in warning, a few overdue, two
 * waiting on the customer, one reopened — and two or three are adverse drug reactions, one of them reported.
 * Deterministic for a seed (own SplitMix64, no std distributions), one transaction.
 */
class ComplaintsDemo final {
public:
    struct Stats {
        int complaints = 0;
        int open = 0;
        int events = 0;
    };

    static constexpr int customersPerComplaint = 40;
    static constexpr int maxComplaints = 5000;

    [[nodiscard]] static Result<Stats> generate(const QString &connectionName, const QString &userName,
                                                const Clock &clock, quint64 seed);
};

} // namespace caredesk::core
