// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/complaints/Complaint.h"

#include <QString>
#include <QStringList>

namespace caredesk::core {

class Database;

/** The time limits of one SLA class, in business minutes, and when the first warning comes. */
struct SlaTarget {
    int firstResponseMinutes = 24 * 60;
    int resolutionMinutes = 48 * 60;
    int warningPercent = 75; ///< share of the allowance used that raises the owner's warning

    friend bool operator==(const SlaTarget &, const SlaTarget &) = default;
};

/**
 * Deadlines per SLA class (sla_policy). Defaults: first response within 24 business hours for every class;
 * resolution urgent 24 h, general 48 h, complex 72 h of business time; warning at 75 %.
 */
class SlaPolicy final {
public:
    /** The defaults above. */
    SlaPolicy();

    [[nodiscard]] const SlaTarget &target(SlaClass slaClass) const;
    void setTarget(SlaClass slaClass, const SlaTarget &target);

    /** Problems for people (minutes > 0 and at most a year of business time, warning 1–99 %); empty when valid. */
    [[nodiscard]] QStringList validate() const;

    [[nodiscard]] static Result<SlaPolicy> load(const QString &connectionName);
    [[nodiscard]] static Result<SlaPolicy> load(Database &database);
    /**
     * Stores @p policy (and an audit entry) in one transaction. PermissionDenied unless the session is an
     * administrator; Validation with the problems validate() finds.
     */
    [[nodiscard]] static Status save(Database &database, const SlaPolicy &policy);

    friend bool operator==(const SlaPolicy &, const SlaPolicy &) = default;

private:
    SlaTarget m_targets[3];
};

} // namespace caredesk::core
