// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>

#include <optional>

namespace caredesk::core {

/** One customer's time in days until an event (a lapse) or until observation stopped (censored). */
struct KaplanMeierObservation {
    int days = 0;
    bool event = true; ///< false: censored (still active when last seen)
};

/** The estimate just after day @p day. */
struct KaplanMeierPoint {
    int day = 0;
    double survival = 1; ///< S(day): share still retained
    int atRisk = 0;      ///< observations with days ≥ day
    int events = 0;      ///< lapses on day
    int censored = 0;    ///< censored on day
    friend bool operator==(const KaplanMeierPoint &, const KaplanMeierPoint &) = default;
};

/**
 * The Kaplan–Meier product-limit estimator: S(t) = Π over event days tᵢ ≤ t of (1 − dᵢ / nᵢ), with nᵢ the
 * observations still at risk at tᵢ (days ≥ tᵢ) and dᵢ the events on tᵢ; censored observations on tᵢ count as at
 * risk there (the usual convention: censoring after events on the same day).
 */
class KaplanMeier final {
public:
    KaplanMeier() = delete;

    /** One point per day with an event or a censoring, ascending; empty for no observations. */
    [[nodiscard]] static QList<KaplanMeierPoint> estimate(const QList<KaplanMeierObservation> &observations);
    /** The first day whose S is ≤ 0.5; nullopt when the curve never gets there. */
    [[nodiscard]] static std::optional<int> median(const QList<KaplanMeierPoint> &curve);
    /** S(@p day) from a curve (1 before the first event). */
    [[nodiscard]] static double survivalAt(const QList<KaplanMeierPoint> &curve, int day);
    /**
     * A customer's observation from their visit days (ascending, distinct): the first lapse (a gap longer than
     * @p lapseDays, or the last visit day + @p lapseDays if that is on or before @p today) is the event, counted
     * from the first visit day; otherwise censored at @p today.
     */
    [[nodiscard]] static KaplanMeierObservation observation(const QList<QDate> &visitDays, const QDate &today,
                                                            int lapseDays);
};

} // namespace caredesk::core
