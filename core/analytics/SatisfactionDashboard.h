// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analytics/DashboardFilter.h"
#include "core/common/Result.h"
#include "core/feedback/SatisfactionScore.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace caredesk::core {

/** One bucket of the satisfaction trend. Buckets without responses are listed with n = 0. */
struct SatisfactionTrendPoint {
    QDate periodStart; ///< Monday or first of the month (DashboardFilter::bucketStart)
    int responses = 0;
    NpsResult nps;   ///< with its 95% interval (low, high)
    CsatResult csat; ///< top-two-box
};

/**
 * Where a dimension falls in the importance × performance matrix, split at the mean importance and the mean score
 * of the dimensions that have an importance.
 */
enum class ImportanceQuadrant {
    Concentrate,      ///< important and scored below the mean: fix first
    KeepUp,           ///< important and scored above the mean
    LowPriority,      ///< less important, scored below the mean
    PossibleOverkill, ///< less important, scored above the mean
    Undetermined,     ///< no importance (too few pairs or no spread)
};

/** One dimension over the period: how well it does (score) and how much it matters (importance). */
struct DimensionInsight {
    QString key;
    QString label;    ///< as on the newest template version that has the key (administrator's label or default)
    int n = 0;        ///< scores given
    double score = 0; ///< mean on 0-100 (SatisfactionScore::scaled)
    bool smallSample = true;
    int pairs = 0; ///< scores whose response also has an overall (CSAT) score
    /**
     * Pearson correlation of the dimension's score with the response's overall score over those pairs, −1..1;
     * nullopt when undefined: fewer than SatisfactionDashboard::minimumPairs pairs, or no spread in either.
     */
    std::optional<double> importance;
    ImportanceQuadrant quadrant = ImportanceQuadrant::Undetermined;
};

/** One department's or staff member's NPS next to the site's, shrunk toward it. */
struct SatisfactionComparisonRow {
    QString name;  ///< department or staff as recorded; '' for responses that name none
    QString label; ///< name, or a translated "(none recorded)" for ''
    int responses = 0;
    NpsResult nps;        ///< raw, with interval
    double shrunkNps = 0; ///< NPS* = (n·NPS + k·NPS_site)/(n + k), k = SatisfactionDashboard::shrinkageK
    CsatResult csat;
    bool smallSample = true; ///< nps.n below SatisfactionScore::smallSampleThreshold
};

/**
 * The satisfaction dashboard (issue 6): NPS and CSAT trend, totals, dimensions with importance, and comparison by
 * department and staff with empirical-Bayes shrinkage. Read from rollup tables that triggers keep current in the
 * same transaction as every write: whole months from analytics_survey_month / analytics_dimension_month (migration
 * 12), the partial months at either end (and a weekly trend) from the day rows of migration 8, so the cost depends on
 * months × departments × staff × visit kinds, not on responses. Importance comes from the stored sums (n, Σx, Σy,
 * Σx², Σy², Σxy).
 *
 * Site mean: NPS over the period and visit kind of the filter for the whole site (department and staff filters
 * not applied); it is the prior every comparison row is shrunk toward. Comparison rows honour all filters.
 */
struct SatisfactionDashboard {
    /** Prior weight of the shrinkage, in responses: the small-sample threshold (30). */
    static constexpr int shrinkageK = SatisfactionScore::smallSampleThreshold;
    /** Fewer pairs than this and a dimension's importance is undefined. */
    static constexpr int minimumPairs = 3;

    DashboardFilter filter;
    QList<SatisfactionTrendPoint> trend; ///< every bucket of the filter, oldest first
    int responses = 0;                   ///< responses the filter selects
    NpsResult nps;                       ///< over the whole filtered period
    CsatResult csat;
    NpsResult siteNps;                  ///< the prior (see above)
    QList<DimensionInsight> dimensions; ///< in the order of the newest template version that has each key
    double meanImportance = 0;          ///< split lines of the matrix: mean over dimensions with an importance
    double meanScore = 0;               ///< mean score over the same dimensions
    QList<SatisfactionComparisonRow> departments; ///< by shrunk NPS*, highest first; then responses, name
    QList<SatisfactionComparisonRow> staff;       ///< the same for staff

    /**
     * Builds the dashboard on @p connectionName (any open connection with CareDesk's schema, e.g. a worker's extra
     * connection; read only). Validation when the filter's period is invalid; Internal on a database error.
     */
    [[nodiscard]] static Result<SatisfactionDashboard> build(const QString &connectionName,
                                                             const DashboardFilter &filter);

    /** (n·nps + k·siteNps)/(n + k); siteNps when n + k is 0. */
    [[nodiscard]] static double shrink(double nps, int n, double siteNps, int k = shrinkageK);
    /**
     * Pearson correlation from sums over @p n pairs; nullopt when n < minimumPairs or either variance is 0.
     */
    [[nodiscard]] static std::optional<double> correlation(qint64 n, double sumX, double sumY, double sumXX,
                                                           double sumYY, double sumXY);
    /** The quadrant of a dimension for the split lines (Undetermined without importance). */
    [[nodiscard]] static ImportanceQuadrant quadrantOf(const DimensionInsight &dimension, double meanImportance,
                                                       double meanScore);
    /** Translated name of a quadrant ("Concentrate here", ...). */
    [[nodiscard]] static QString quadrantLabel(ImportanceQuadrant quadrant);

    /** Departments named on responses, sorted: the department filter's choices. */
    [[nodiscard]] static Result<QStringList> departmentChoices(const QString &connectionName);
    /** Staff named on responses, sorted. */
    [[nodiscard]] static Result<QStringList> staffChoices(const QString &connectionName);
    /** visitKindId()s of the visits that responses are linked to, in allVisitKinds() order. */
    [[nodiscard]] static Result<QStringList> visitKindChoices(const QString &connectionName);
};

} // namespace caredesk::core
