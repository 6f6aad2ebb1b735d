// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/timeline/CustomerTimeline.h"

#include "core/complaints/ComplaintRepository.h"
#include "core/followups/FollowUpRepository.h"

#include "core/common/Tr.h"
#include "core/customers/CustomerRepository.h"
#include "core/feedback/SurveyRepository.h"
#include "core/loyalty/LoyaltyLedger.h"
#include "core/visits/VisitRepository.h"

#include <QLocale>

#include <algorithm>

namespace caredesk::core {

namespace {

QString dateTimeText(const QDateTime &at)
{
    return at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString joined(const QStringList &parts)
{
    QStringList kept;
    for (const QString &part : parts) {
        if (!part.isEmpty()) {
            kept << part;
        }
    }
    return kept.join(TimelineTr::tr(" · ", "separates the parts of a timeline line"));
}

QString signedPoints(qint64 points)
{
    return points > 0 ? TimelineTr::tr("+%1 points").arg(points) : TimelineTr::tr("%1 points").arg(points);
}

} // namespace

CustomerTimeline::CustomerTimeline(const CustomerRepository &customers, const VisitRepository &visits,
                                   const SurveyRepository &surveys, const LoyaltyLedger &loyalty)
    : m_customers(customers), m_visits(visits), m_surveys(surveys), m_loyalty(loyalty)
{
}

void CustomerTimeline::setServiceSources(const ComplaintRepository *complaints, const FollowUpRepository *followUps)
{
    m_complaints = complaints;
    m_followUps = followUps;
}

const QList<TimelineKind> &CustomerTimeline::allKinds()
{
    static const QList<TimelineKind> kinds{
        TimelineKind::Visit,   TimelineKind::Interaction, TimelineKind::Survey,
        TimelineKind::Loyalty, TimelineKind::Complaint,   TimelineKind::FollowUp,
        TimelineKind::Consent, TimelineKind::Merge,       TimelineKind::Registration};
    return kinds;
}

QString CustomerTimeline::kindName(TimelineKind kind)
{
    switch (kind) {
    case TimelineKind::Registration: return TimelineTr::tr("Registration");
    case TimelineKind::Consent: return TimelineTr::tr("Consent");
    case TimelineKind::Merge: return TimelineTr::tr("Merges");
    case TimelineKind::Visit: return TimelineTr::tr("Visits and purchases");
    case TimelineKind::Interaction: return TimelineTr::tr("Contacts");
    case TimelineKind::Survey: return TimelineTr::tr("Satisfaction surveys");
    case TimelineKind::Loyalty: return TimelineTr::tr("Loyalty points");
    case TimelineKind::Complaint: return TimelineTr::tr("Complaints");
    case TimelineKind::FollowUp: return TimelineTr::tr("Follow-up calls");
    }
    return {};
}

QString CustomerTimeline::money(qint64 cents)
{
    return TimelineTr::tr("¥%1").arg(QLocale().toString(static_cast<double>(cents) / 100.0, 'f', 2));
}

Result<QList<TimelineEntry>> CustomerTimeline::entries(const Customer &customer, const TimelineFilter &filter) const
{
    const auto wanted = [&filter](TimelineKind kind) { return filter.kinds.isEmpty() || filter.kinds.contains(kind); };
    QList<TimelineEntry> out;

    if (wanted(TimelineKind::Registration)) {
        out.append({customer.createdAt,
                    TimelineKind::Registration,
                    TimelineTr::tr("Registered"),
                    TimelineTr::tr("Member number %1").arg(customer.memberNumber),
                    customer.id,
                    false,
                    {},
                    {}});
    }
    if (wanted(TimelineKind::Consent)) {
        auto consents = m_customers.consentHistory(customer.id);
        if (!consents) {
            return consents.error();
        }
        for (const ConsentEvent &event : std::as_const(*consents)) {
            const QString key = TimelineTr::tr("%1 · %2").arg(channelName(event.channel), purposeName(event.purpose));
            const QString by = TimelineTr::tr("Recorded by %1").arg(event.recordedBy);
            out.append({event.at,
                        TimelineKind::Consent,
                        event.granted ? TimelineTr::tr("Consent given: %1").arg(key)
                                      : TimelineTr::tr("Consent withdrawn: %1").arg(key),
                        event.note.isEmpty() ? by : TimelineTr::tr("%1 — “%2”").arg(by, event.note),
                        event.id,
                        false,
                        {},
                        {}});
        }
    }
    if (wanted(TimelineKind::Merge)) {
        auto merges = m_customers.mergeHistory(customer.id);
        if (!merges) {
            return merges.error();
        }
        for (const MergeJournalEntry &merge : std::as_const(*merges)) {
            TimelineEntry entry;
            entry.at = merge.mergedAt;
            entry.kind = TimelineKind::Merge;
            entry.sourceId = merge.id;
            entry.title = merge.survivorId == customer.id
                              ? TimelineTr::tr("Merged with duplicate record %1").arg(merge.mergedName)
                              : TimelineTr::tr("Merged into %1").arg(merge.survivorName);
            entry.detail =
                merge.undoneAt.isValid()
                    ? TimelineTr::tr("By %1. Undone on %2.").arg(merge.mergedBy, dateTimeText(merge.undoneAt))
                    : TimelineTr::tr("By %1.").arg(merge.mergedBy);
            entry.undoableMerge = !merge.undoneAt.isValid();
            entry.survivorName = merge.survivorName;
            entry.mergedName = merge.mergedName;
            out.append(entry);
        }
    }
    if (wanted(TimelineKind::Visit)) {
        auto visits = m_visits.visitsOf(customer.id, filter.from, filter.to);
        if (!visits) {
            return visits.error();
        }
        for (const Visit &visit : std::as_const(*visits)) {
            QStringList details{visit.amountCents > 0 ? money(visit.amountCents) : QString(),
                                visit.staff.isEmpty() ? QString() : TimelineTr::tr("Seen by %1").arg(visit.staff),
                                visit.waitingMinutes ? TimelineTr::tr("waited %1 min").arg(*visit.waitingMinutes)
                                                     : QString()};
            QStringList items;
            for (const VisitItem &item : visit.items) {
                items << TimelineTr::tr("%1 ×%2 (%3)")
                             .arg(item.name)
                             .arg(item.quantity)
                             .arg(productClassLabel(item.productClass));
            }
            if (!items.isEmpty()) {
                details << items.join(TimelineTr::tr(", ", "separates purchased items"));
            }
            if (!visit.notes.isEmpty()) {
                details << TimelineTr::tr("“%1”").arg(visit.notes);
            }
            out.append({visit.at,
                        TimelineKind::Visit,
                        joined({visitKindLabel(visit.kind), visit.department}),
                        joined(details),
                        visit.id,
                        false,
                        {},
                        {}});
        }
    }
    if (wanted(TimelineKind::Interaction)) {
        auto interactions = m_visits.interactionsOf(customer.id, filter.from, filter.to);
        if (!interactions) {
            return interactions.error();
        }
        for (const Interaction &contact : std::as_const(*interactions)) {
            out.append({contact.at,
                        TimelineKind::Interaction,
                        joined({interactionChannelLabel(contact.channel), directionLabel(contact.direction)}),
                        joined({contact.summary,
                                contact.staff.isEmpty() ? QString() : TimelineTr::tr("by %1").arg(contact.staff)}),
                        contact.id,
                        false,
                        {},
                        {}});
        }
    }
    if (wanted(TimelineKind::Survey)) {
        auto responses = m_surveys.responsesOf(customer.id);
        if (!responses) {
            return responses.error();
        }
        for (const SurveyResponse &response : std::as_const(*responses)) {
            QStringList scores;
            if (response.csat) {
                scores << TimelineTr::tr("satisfaction %1/5").arg(*response.csat);
            }
            if (response.nps) {
                scores << TimelineTr::tr("would recommend %1/10").arg(*response.nps);
            }
            QStringList dimensions;
            for (const DimensionScore &score : response.scores) {
                dimensions << TimelineTr::tr("%1 %2").arg(score.label).arg(score.score);
            }
            if (!dimensions.isEmpty()) {
                scores << dimensions.join(TimelineTr::tr(", ", "separates dimension scores"));
            }
            if (!response.comment.isEmpty()) {
                scores << TimelineTr::tr("“%1”").arg(response.comment);
            }
            const bool detractor = response.nps && *response.nps <= 6;
            TimelineEntry entry;
            entry.at = response.at;
            entry.kind = TimelineKind::Survey;
            entry.title = joined({TimelineTr::tr("Satisfaction survey (%1)").arg(surveyChannelLabel(response.channel)),
                                  detractor ? TimelineTr::tr("detractor") : QString()});
            entry.detail = joined(scores);
            entry.sourceId = response.id;
            entry.needsAttention = detractor;
            out.append(entry);
        }
    }
    if (wanted(TimelineKind::Loyalty)) {
        auto entries = m_loyalty.entries(customer.id);
        if (!entries) {
            return entries.error();
        }
        for (const LoyaltyEntry &entry : std::as_const(*entries)) {
            QStringList details{entry.reason,
                                entry.expiresOn.isValid() && entry.points > 0
                                    ? TimelineTr::tr("expires %1").arg(entry.expiresOn.toString(Qt::ISODate))
                                    : QString(),
                                entry.staff.isEmpty() ? QString() : TimelineTr::tr("by %1").arg(entry.staff)};
            // An expiry counts on the lot's expiry day, whenever the catch-up that wrote it ran.
            const QDateTime at = entry.kind == LoyaltyEntryKind::Expire && entry.onDate.isValid()
                                     ? QDateTime(entry.onDate, QTime(0, 0)).toUTC()
                                     : entry.at;
            out.append({at,
                        TimelineKind::Loyalty,
                        joined({loyaltyEntryKindName(entry.kind), signedPoints(entry.points)}),
                        joined(details),
                        entry.id,
                        false,
                        {},
                        {}});
        }
    }

    if (m_complaints && wanted(TimelineKind::Complaint)) {
        auto complaints = m_complaints->complaintsOf(customer.id);
        if (!complaints) {
            return complaints.error();
        }
        for (const Complaint &c : std::as_const(*complaints)) {
            TimelineEntry entry;
            entry.at = c.receivedAt;
            entry.kind = TimelineKind::Complaint;
            entry.title =
                joined({TimelineTr::tr("Complaint no. %1: %2").arg(c.id).arg(complaintCategoryLabel(c.category)),
                        complaintStateLabel(c.state)});
            entry.detail = joined({c.description,
                                   c.outcomeSatisfaction
                                       ? TimelineTr::tr("satisfied with the outcome %1/5").arg(*c.outcomeSatisfaction)
                                       : QString(),
                                   c.owner.isEmpty() ? QString() : TimelineTr::tr("handled by %1").arg(c.owner)});
            entry.sourceId = c.id;
            entry.needsAttention = c.state != ComplaintState::Closed;
            out.append(entry);
        }
    }
    if (m_followUps && wanted(TimelineKind::FollowUp)) {
        auto tasks = m_followUps->tasksOf(customer.id);
        if (!tasks) {
            return tasks.error();
        }
        const QDate today = Clock::system().today();
        for (const FollowUpTask &t : std::as_const(*tasks)) {
            TimelineEntry entry;
            entry.kind = TimelineKind::FollowUp;
            entry.sourceId = t.id;
            if (t.status == FollowUpStatus::Open) {
                entry.at = t.createdAt;
                entry.title = TimelineTr::tr("%1 planned for %2")
                                  .arg(followUpKindLabel(t.kind), QLocale().toString(t.dueDate, QLocale::ShortFormat));
                entry.detail = TimelineTr::tr("assigned to %1").arg(t.assignee);
                entry.needsAttention = t.isOverdue(today);
            } else {
                entry.at = t.completedAt;
                entry.title = joined({followUpKindLabel(t.kind), t.status == FollowUpStatus::Cancelled
                                                                     ? followUpStatusLabel(t.status)
                                                                 : t.outcome ? followUpOutcomeLabel(*t.outcome)
                                                                             : QString()});
                entry.detail =
                    joined({t.status == FollowUpStatus::Cancelled ? t.cancelReason : t.result,
                            t.completedBy.isEmpty() ? QString() : TimelineTr::tr("by %1").arg(t.completedBy)});
            }
            out.append(entry);
        }
    }

    // Repositories that cannot filter by period themselves are filtered here.
    const auto outside = [&filter](const TimelineEntry &e) {
        return (filter.from.isValid() && e.at < filter.from) || (filter.to.isValid() && e.at >= filter.to);
    };
    out.erase(std::remove_if(out.begin(), out.end(), outside), out.end());
    std::stable_sort(out.begin(), out.end(), [](const TimelineEntry &a, const TimelineEntry &b) {
        if (a.at != b.at) {
            return a.at > b.at;
        }
        return static_cast<int>(a.kind) > static_cast<int>(b.kind);
    });
    return out;
}

} // namespace caredesk::core
