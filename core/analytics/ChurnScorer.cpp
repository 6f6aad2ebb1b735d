// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analytics/ChurnScorer.h"

#include <algorithm>
#include <cmath>

namespace caredesk::core {

QList<int> ChurnScorer::gaps(const QList<QDate> &visitDays)
{
    QList<int> result;
    for (qsizetype i = 1; i < visitDays.size(); ++i) {
        result << static_cast<int>(visitDays.at(i - 1).daysTo(visitDays.at(i)));
    }
    return result;
}

std::optional<double> ChurnScorer::median(QList<int> values)
{
    if (values.isEmpty()) {
        return std::nullopt;
    }
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    if (n % 2 == 1) {
        return values.at(n / 2);
    }
    return (values.at(n / 2 - 1) + values.at(n / 2)) / 2.0;
}

double ChurnScorer::expectedInterval(const QList<int> &gapList, std::optional<double> segmentMedian,
                                     const ChurnSettings &settings)
{
    return expectedInterval(median(gapList), static_cast<int>(gapList.size()), segmentMedian, settings);
}

double ChurnScorer::expectedInterval(std::optional<double> ownMedian, int gapCount, std::optional<double> segmentMedian,
                                     const ChurnSettings &settings)
{
    double interval = settings.defaultIntervalDays;
    if (ownMedian && gapCount > 0 && segmentMedian) {
        interval = (gapCount * *ownMedian + settings.priorWeight * *segmentMedian) / (gapCount + settings.priorWeight);
    } else if (ownMedian && gapCount > 0) {
        interval = *ownMedian;
    } else if (segmentMedian) {
        interval = *segmentMedian;
    }
    return std::max(interval, static_cast<double>(settings.minimumIntervalDays));
}

double ChurnScorer::overdueRatio(int daysSinceLastVisit, double expectedIntervalDays)
{
    return expectedIntervalDays > 0 ? daysSinceLastVisit / expectedIntervalDays : 0.0;
}

ChurnBand ChurnScorer::band(int score, double ratio, int daysSinceLastVisit, const ChurnSettings &settings)
{
    if (ratio >= settings.lapsedOverdueRatio || daysSinceLastVisit > settings.lapsedAfterDays) {
        return ChurnBand::Lapsed;
    }
    if (score >= settings.highFrom) {
        return ChurnBand::High;
    }
    if (score >= settings.mediumFrom) {
        return ChurnBand::Medium;
    }
    if (score >= settings.lowFrom) {
        return ChurnBand::Low;
    }
    return ChurnBand::None;
}

void ChurnScorer::setVisitDays(ChurnFacts &facts, const QList<QDate> &visitDays)
{
    facts.visitDays = static_cast<int>(visitDays.size());
    facts.firstVisitOn = visitDays.isEmpty() ? QDate() : visitDays.constFirst();
    facts.lastVisitOn = visitDays.isEmpty() ? QDate() : visitDays.constLast();
    facts.ownMedianGap = median(gaps(visitDays));
}

ChurnRisk ChurnScorer::score(const ChurnFacts &facts, const ChurnSettings &settings)
{
    ChurnRisk risk;
    risk.customerId = facts.customerId;
    risk.segment = facts.segment;
    risk.firstVisitOn = facts.firstVisitOn;
    risk.lastVisitOn = facts.lastVisitOn;
    risk.visitDays = facts.visitDays;
    risk.daysSinceLastVisit =
        facts.lastVisitOn.isValid() ? std::max(0, static_cast<int>(facts.lastVisitOn.daysTo(facts.today))) : 0;
    risk.expectedIntervalDays =
        expectedInterval(facts.ownMedianGap, std::max(0, facts.visitDays - 1), facts.segmentMedianGap, settings);
    risk.overdueRatio = overdueRatio(risk.daysSinceLastVisit, risk.expectedIntervalDays);

    if (risk.overdueRatio > 1) {
        ChurnReason r;
        r.code = ChurnReasonCode::Overdue;
        r.points = std::min(settings.overdueMaxPoints,
                            static_cast<int>(std::lround(settings.overduePointsPerRatio * (risk.overdueRatio - 1))));
        r.days = risk.daysSinceLastVisit;
        r.usualDays = risk.expectedIntervalDays;
        r.ratio = risk.overdueRatio;
        if (r.points > 0) {
            risk.reasons << r;
        }
    }
    if (facts.lastSupplyOn.isValid() && facts.lastSupplyDays > 0) {
        const QDate ranOut = facts.lastSupplyOn.addDays(facts.lastSupplyDays);
        const int past = static_cast<int>(ranOut.daysTo(facts.today));
        // A customer who has been in since the supply ran out (a dispensing without days of supply recorded, a
        // consultation that changed the prescription) is in touch: the gap says nothing about churn then.
        const bool seenSince = facts.lastVisitOn.isValid() && facts.lastVisitOn > ranOut;
        if (past > 0 && !seenSince) {
            ChurnReason r;
            r.code = ChurnReasonCode::RefillGap;
            r.points = std::min(settings.refillMaxPoints, settings.refillBasePoints + past);
            r.days = past;
            r.date = facts.lastSupplyOn;
            risk.reasons << r;
        }
    }
    if (facts.detractorOn.isValid() && facts.detractorOn.daysTo(facts.today) <= settings.detractorDays) {
        ChurnReason r;
        r.code = ChurnReasonCode::Detractor;
        r.points = settings.detractorPoints;
        r.date = facts.detractorOn;
        r.days = facts.detractorNps;
        r.ratio = facts.detractorCsat;
        risk.reasons << r;
    }
    if (facts.openComplaintOn.isValid()) {
        ChurnReason r;
        r.code = facts.complaintBreached ? ChurnReasonCode::ComplaintBreached : ChurnReasonCode::OpenComplaint;
        r.points = facts.complaintBreached ? settings.breachedComplaintPoints : settings.openComplaintPoints;
        r.date = facts.openComplaintOn;
        risk.reasons << r;
    }
    if (!facts.tier.isEmpty() && facts.tierPointsShort > 0) {
        ChurnReason r;
        r.code = ChurnReasonCode::TierDowngrade;
        r.points = settings.tierDowngradePoints;
        r.days = static_cast<int>(facts.tierPointsShort);
        r.date = facts.tierShortOn;
        r.tier = facts.tier;
        risk.reasons << r;
    }
    // Largest first; equal points keep the ChurnReasonCode order they were added in.
    std::stable_sort(risk.reasons.begin(), risk.reasons.end(),
                     [](const ChurnReason &a, const ChurnReason &b) { return a.points > b.points; });
    int sum = 0;
    for (const ChurnReason &r : std::as_const(risk.reasons)) {
        sum += r.points;
    }
    risk.score = std::min(100, sum);
    risk.band = band(risk.score, risk.overdueRatio, risk.daysSinceLastVisit, settings);
    return risk;
}

} // namespace caredesk::core
