// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/campaigns/SegmentFilter.h"
#include "core/common/Result.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QVariantList>

namespace caredesk::core {

/** A segment filter as SQL: conditions over `customer c` with `?` placeholders and their values, in order. */
struct CompiledSegment {
    /** Conditions joined by AND ("1" when there are none). Values are never part of the text. */
    QString where;
    QVariantList values;
    /**
     * Activity statuses to keep (empty: all). Applied in C++ with CustomerRepository::statusOf() over the rows'
     * last activity and registration, so the rule that decides active/dormant/lost stays in one place.
     */
    QList<ActivityStatus> activity;
};

/**
 * Turns a SegmentFilter into parameterised SQL. Merged customers are not filtered here: building an audience
 * counts them as excluded. Ages are worked out on @p today; date bounds are local days turned into UTC times as
 * the visit table stores them.
 */
class SegmentCompiler final {
public:
    SegmentCompiler() = delete;

    /**
     * The SQL for @p filter. @p baseTier is the tier of customers who have never had a tier evaluated (matters
     * for the loyalty-tier criterion). Usage error when the filter holds criteria this version cannot evaluate
     * (SegmentFilter::unsupported) or a range is reversed.
     */
    [[nodiscard]] static Result<CompiledSegment> compile(const SegmentFilter &filter, const QDate &today,
                                                         const QString &baseTier);
};

} // namespace caredesk::core
