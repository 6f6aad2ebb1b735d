// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/customers/Customer.h"

#include <QList>
#include <QString>

namespace caredesk::core {

/**
 * Demo visits, purchases, interactions and survey responses for customers the DemoGenerator saved: deterministic
 * (the same seed and customers give the same records, own PRNG, no std distributions), seasonal (more visits in
 * winter), consistent with each customer's last activity, and fast (bulk inserts in one transaction each).
 */
class RecordsDemo final {
public:
    struct Stats {
        int visits = 0;
        int items = 0;
        int interactions = 0;
        int responses = 0;
    };

    /**
     * Adds records for the saved @p customers (ids set) over the connection @p connectionName as @p userName.
     * The site profile stored in the database decides the mix of clinic visits and pharmacy purchases.
     */
    [[nodiscard]] static Result<Stats> generate(const QString &connectionName, const QString &userName,
                                                const Clock &clock, const QList<Customer> &customers, quint64 seed);
};

} // namespace caredesk::core
