// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analytics/KaplanMeier.h"

#include <algorithm>

namespace caredesk::core {

QList<KaplanMeierPoint> KaplanMeier::estimate(const QList<KaplanMeierObservation> &observations)
{
    QList<KaplanMeierObservation> sorted = observations;
    std::sort(sorted.begin(), sorted.end(),
              [](const KaplanMeierObservation &a, const KaplanMeierObservation &b) { return a.days < b.days; });
    QList<KaplanMeierPoint> curve;
    int atRisk = static_cast<int>(sorted.size());
    double survival = 1;
    qsizetype i = 0;
    while (i < sorted.size()) {
        KaplanMeierPoint point;
        point.day = sorted.at(i).days;
        point.atRisk = atRisk;
        while (i < sorted.size() && sorted.at(i).days == point.day) {
            (sorted.at(i).event ? point.events : point.censored) += 1;
            ++i;
        }
        if (point.events > 0) {
            survival *= 1.0 - static_cast<double>(point.events) / atRisk;
        }
        point.survival = survival;
        curve << point;
        atRisk -= point.events + point.censored;
    }
    return curve;
}

std::optional<int> KaplanMeier::median(const QList<KaplanMeierPoint> &curve)
{
    for (const KaplanMeierPoint &point : curve) {
        // A small tolerance: 1 − 1/2 computed through products must count as 0.5.
        if (point.survival <= 0.5 + 1e-12) {
            return point.day;
        }
    }
    return std::nullopt;
}

double KaplanMeier::survivalAt(const QList<KaplanMeierPoint> &curve, int day)
{
    double survival = 1;
    for (const KaplanMeierPoint &point : curve) {
        if (point.day > day) {
            break;
        }
        survival = point.survival;
    }
    return survival;
}

KaplanMeierObservation KaplanMeier::observation(const QList<QDate> &visitDays, const QDate &today, int lapseDays)
{
    if (visitDays.isEmpty()) {
        return {0, false};
    }
    const QDate first = visitDays.constFirst();
    for (qsizetype i = 1; i < visitDays.size(); ++i) {
        if (visitDays.at(i - 1).daysTo(visitDays.at(i)) > lapseDays) {
            return {static_cast<int>(first.daysTo(visitDays.at(i - 1).addDays(lapseDays))), true};
        }
    }
    const QDate lapse = visitDays.constLast().addDays(lapseDays);
    if (lapse <= today) {
        return {static_cast<int>(first.daysTo(lapse)), true};
    }
    return {static_cast<int>(std::max<qint64>(0, first.daysTo(today))), false};
}

} // namespace caredesk::core
