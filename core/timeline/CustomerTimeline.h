// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/customers/Customer.h"

#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>

namespace caredesk::core {

class ComplaintRepository;
class CustomerRepository;
class FollowUpRepository;
class LoyaltyLedger;
class SurveyRepository;
class VisitRepository;

/** What a timeline entry records; the profile filters by these. */
enum class TimelineKind { Registration, Consent, Merge, Visit, Interaction, Survey, Loyalty, Complaint, FollowUp };

/** One line of a customer's history, ready for people to read. */
struct TimelineEntry {
    QDateTime at; ///< UTC
    TimelineKind kind = TimelineKind::Registration;
    QString title;              ///< translated: "Consultation · 内科"
    QString detail;             ///< translated: amounts, scores, who recorded it
    qint64 sourceId = 0;        ///< the visit, interaction, response, ledger entry or merge journal row
    bool undoableMerge = false; ///< a merge (Merge kind) that can still be undone
    QString survivorName;       ///< merges: for the undo confirmation
    QString mergedName;
    bool needsAttention = false; ///< a detractor's survey and the like: staff should act on it
};

/** Which entries a timeline shows: the kinds (empty: all) and the period [from, to) (invalid: open). */
struct TimelineFilter {
    QSet<TimelineKind> kinds;
    QDateTime from;
    QDateTime to;
};

/**
 * One chronological list of everything recorded about a customer: registration, consent changes, merges, visits and
 * purchases, interactions, survey responses and loyalty ledger entries, newest first. Reads through the feature
 * repositories, so it sees exactly what they store.
 */
class CustomerTimeline final {
public:
    CustomerTimeline(const CustomerRepository &customers, const VisitRepository &visits,
                     const SurveyRepository &surveys, const LoyaltyLedger &loyalty);

    /** The entries of @p customer that @p filter lets through, newest first; the first read error fails it. */
    [[nodiscard]] Result<QList<TimelineEntry>> entries(const Customer &customer, const TimelineFilter &filter) const;

    /** Adds the customer's complaints and follow-up calls to the entries (the profile; not needed elsewhere). */
    void setServiceSources(const ComplaintRepository *complaints, const FollowUpRepository *followUps);
    /** Translated name of a kind, for filter lists. */
    [[nodiscard]] static QString kindName(TimelineKind kind);
    /** All kinds in the order the filter lists them. */
    [[nodiscard]] static const QList<TimelineKind> &allKinds();
    /** "¥1,234.50" for @p cents, in the running language's number format. */
    [[nodiscard]] static QString money(qint64 cents);

private:
    const CustomerRepository &m_customers;
    const VisitRepository &m_visits;
    const SurveyRepository &m_surveys;
    const LoyaltyLedger &m_loyalty;
    const ComplaintRepository *m_complaints = nullptr;
    const FollowUpRepository *m_followUps = nullptr;
};

} // namespace caredesk::core
