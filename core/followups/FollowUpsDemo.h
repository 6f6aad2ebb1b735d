// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Clock.h"
#include "core/common/Result.h"

#include <QString>

namespace caredesk::core {

/**
 * Follow-ups for the demo database, run after customers, visits, surveys and loyalty (and complaints, when they
 * exist: their events and survey links are used, and their absence is fine). The rule engine sweeps the last five
 * weeks in weekly steps, tasks get the time of the event that caused them as created_at, most past-due calls are
 * completed with a realistic mix of outcomes (some unanswered and tried again, some late), and each of the demo
 * accounts "admin", "liufang" and "sunli" (those that exist) is left a queue for today of about 10–20 calls, some
 * overdue. Deterministic for a seed (own SplitMix64), one transaction, linear in the number of tasks.
 */
class FollowUpsDemo final {
public:
    struct Stats {
        int tasks = 0;       ///< tasks in the database afterwards
        int done = 0;        ///< completed by the demo
        int rescheduled = 0; ///< unanswered calls tried again another day
        int open = 0;        ///< left open, due today or overdue
    };

    /** Generates over @p connectionName acting as @p userName (an administrator) as of @p clock's now. */
    [[nodiscard]] static Result<Stats> generate(const QString &connectionName, const QString &userName,
                                                const Clock &clock, quint64 seed);
};

} // namespace caredesk::core
