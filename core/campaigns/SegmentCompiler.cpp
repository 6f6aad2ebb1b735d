// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/campaigns/SegmentCompiler.h"

#include "core/common/Tr.h"
#include "core/storage/SqlErrors.h"

#include <QDateTime>
#include <QTime>

namespace caredesk::core {

namespace {

/** "?, ?, ?" for @p count values. */
QString marks(qsizetype count)
{
    QStringList list;
    for (qsizetype i = 0; i < count; ++i) {
        list << QStringLiteral("?");
    }
    return list.join(QStringLiteral(", "));
}

/** Midnight at the start of local @p day as the visit table stores times (ISO UTC). */
QString startOfDay(const QDate &day)
{
    return iso(QDateTime(day, QTime(0, 0)).toUTC());
}

} // namespace

Result<CompiledSegment> SegmentCompiler::compile(const SegmentFilter &filter, const QDate &today,
                                                 const QString &baseTier)
{
    if (!filter.unsupported.isEmpty()) {
        return makeError(ErrorCode::Usage,
                         CampaignsTr::tr("This segment uses criteria that this version of CareDesk cannot evaluate "
                                         "(%1). Remove them or use a newer CareDesk.")
                             .arg(filter.unsupported.keys().join(CampaignsTr::tr(", "))));
    }
    if (filter.minAge && filter.maxAge && *filter.minAge > *filter.maxAge) {
        return makeError(ErrorCode::Usage, CampaignsTr::tr("The lowest age is above the highest age. Swap them."));
    }
    if (filter.visitFrom.isValid() && filter.visitTo.isValid() && filter.visitFrom > filter.visitTo) {
        return makeError(ErrorCode::Usage,
                         CampaignsTr::tr("The visit period ends before it starts. Check the two dates."));
    }
    CompiledSegment out;
    QStringList where;
    if (filter.kind) {
        where << QStringLiteral("c.kind = ?");
        out.values << kindId(*filter.kind);
    }
    if (filter.sex) {
        where << QStringLiteral("c.sex = ?");
        out.values << sexId(*filter.sex);
    }
    // Age a or older: born on or before today minus a years. Age b or younger: born after today minus (b+1) years.
    if (filter.minAge) {
        where << QStringLiteral("c.birth_date IS NOT NULL AND c.birth_date <= ?");
        out.values << today.addYears(-*filter.minAge).toString(Qt::ISODate);
    }
    if (filter.maxAge) {
        where << QStringLiteral("c.birth_date IS NOT NULL AND c.birth_date > ?");
        out.values << today.addYears(-(*filter.maxAge + 1)).toString(Qt::ISODate);
    }
    if (!filter.regions.isEmpty()) {
        where << QStringLiteral("c.region IN (%1)").arg(marks(filter.regions.size()));
        for (const QString &r : filter.regions) {
            out.values << r;
        }
    }
    if (!filter.tags.isEmpty()) {
        where << QStringLiteral("c.id IN (SELECT t.customer_id FROM customer_tag t WHERE t.tag IN (%1))")
                     .arg(marks(filter.tags.size()));
        for (const QString &t : filter.tags) {
            out.values << t;
        }
    }
    if (!filter.sources.isEmpty()) {
        where << QStringLiteral("c.source IN (%1)").arg(marks(filter.sources.size()));
        for (SourceChannel s : filter.sources) {
            out.values << sourceId(s);
        }
    }
    if (!filter.loyaltyTiers.isEmpty()) {
        where << QStringLiteral("coalesce((SELECT e.to_tier FROM loyalty_tier_event e WHERE e.customer_id = c.id "
                                "ORDER BY e.at DESC, e.id DESC LIMIT 1), ?) IN (%1)")
                     .arg(marks(filter.loyaltyTiers.size()));
        out.values << baseTier;
        for (const QString &t : filter.loyaltyTiers) {
            out.values << t;
        }
    }
    if (filter.lastVisitBefore.isValid()) {
        where << QStringLiteral("(SELECT max(v.at) FROM visit v WHERE v.customer_id = c.id) < ?");
        out.values << startOfDay(filter.lastVisitBefore);
    }
    if (filter.lastVisitSince.isValid()) {
        where << QStringLiteral("(SELECT max(v.at) FROM visit v WHERE v.customer_id = c.id) >= ?");
        out.values << startOfDay(filter.lastVisitSince);
    }
    if (filter.hasVisitCriterion()) {
        QStringList visit{QStringLiteral("v.customer_id = c.id")};
        if (!filter.visitDepartment.isEmpty()) {
            visit << QStringLiteral("v.department = ?");
            out.values << filter.visitDepartment;
        }
        if (!filter.visitKinds.isEmpty()) {
            visit << QStringLiteral("v.kind IN (%1)").arg(marks(filter.visitKinds.size()));
            for (VisitKind k : filter.visitKinds) {
                out.values << visitKindId(k);
            }
        }
        if (filter.visitFrom.isValid()) {
            visit << QStringLiteral("v.at >= ?");
            out.values << startOfDay(filter.visitFrom);
        }
        if (filter.visitTo.isValid()) {
            visit << QStringLiteral("v.at < ?");
            out.values << startOfDay(filter.visitTo.addDays(1));
        }
        where << QStringLiteral("EXISTS (SELECT 1 FROM visit v WHERE %1)").arg(visit.join(QStringLiteral(" AND ")));
    }
    out.where = where.isEmpty() ? QStringLiteral("1") : where.join(QStringLiteral(" AND "));
    out.activity = filter.activity;
    return out;
}

} // namespace caredesk::core
