// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/customers/Customer.h"

#include <QDateTime>

#include <optional>

namespace caredesk::core {

/**
 * The visit rollup of one customer (table customer_activity), kept current by triggers on visit in the same
 * transaction as every insert, update and delete (a merge moving visits included). Customers without visits
 * have no row.
 */
struct CustomerActivity {
    CustomerId customerId = 0;
    QDateTime firstVisitAt; ///< UTC
    QDateTime lastVisitAt;  ///< UTC
    qint64 visitCount = 0;
    qint64 amountCents = 0;            ///< all visits together
    QDateTime lastSupplyAt;            ///< UTC, the latest visit with days of supply (invalid: none)
    std::optional<int> lastSupplyDays; ///< its days of supply
    friend bool operator==(const CustomerActivity &, const CustomerActivity &) = default;
};

} // namespace caredesk::core
