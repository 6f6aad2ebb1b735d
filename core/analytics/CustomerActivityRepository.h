// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analytics/CustomerActivity.h"
#include "core/common/Result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace caredesk::core {

/** Reads the customer_activity rollup (read-only: the triggers of migration 9 write it). */
class CustomerActivityRepository final {
public:
    /** Over any open connection with CareDesk's schema. */
    explicit CustomerActivityRepository(const QString &connectionName);

    /** The rollup row of @p customerId; nullopt when the customer has no visits. */
    [[nodiscard]] Result<std::optional<CustomerActivity>> find(CustomerId customerId) const;
    /** Every rollup row, by customer id. */
    [[nodiscard]] Result<QList<CustomerActivity>> all() const;
    /** What the rollup should hold, recomputed from the visit rows (for checks and tests), by customer id. */
    [[nodiscard]] Result<QList<CustomerActivity>> recomputed() const;

private:
    [[nodiscard]] QSqlDatabase connection() const;
    [[nodiscard]] Result<QList<CustomerActivity>> read(const QString &sql, const QVariantList &values) const;

    QString m_connectionName;
};

} // namespace caredesk::core
