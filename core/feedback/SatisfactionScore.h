// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/feedback/SurveyTemplate.h"

#include <QList>
#include <QString>

namespace caredesk::core {

/** Net Promoter Score of a set of answers to the 0-10 recommend question. */
struct NpsResult {
    int n = 0;          ///< answers to the NPS question (responses without one do not count)
    int promoters = 0;  ///< 9-10
    int passives = 0;   ///< 7-8
    int detractors = 0; ///< 0-6
    double nps = 0;     ///< %promoters − %detractors, −100..100; 0 when n = 0
    double low = 0;     ///< 95% interval, clamped to −100..100
    double high = 0;
    bool smallSample = true; ///< n below SatisfactionScore::smallSampleThreshold
};

/** Top-two-box CSAT: the share of overall scores of 4 or 5. */
struct CsatResult {
    int n = 0;          ///< responses with an overall score
    int topTwo = 0;     ///< of those, 4 or 5
    double percent = 0; ///< 0-100; 0 when n = 0
    bool smallSample = true;
};

/** One dimension's mean score on 0-100 over the responses that scored it. */
struct DimensionResult {
    QString key;
    QString label; ///< as on the newest template version answered
    int n = 0;
    double score = 0; ///< mean of (x − 1)/(k − 1) × 100
    bool smallSample = true;
};

/**
 * The satisfaction figures managers read (DOMAIN.md, Feedback and satisfaction): pure functions over responses, so
 * they are tested with hand-computed values and shared by the dashboard and `caredesk-cli report satisfaction`.
 */
class SatisfactionScore final {
public:
    /** Below this many answers a figure is flagged as a small sample: read it with care. */
    static constexpr int smallSampleThreshold = 30;

    [[nodiscard]] static bool isSmallSample(int n) { return n < smallSampleThreshold; }

    /**
     * NPS with its 95% interval from the responses' NPS answers: Var = [pP + pD − (pP − pD)²]/n,
     * interval = NPS ± 1.96·sqrt(Var), in points (×100).
     */
    [[nodiscard]] static NpsResult nps(const QList<SurveyResponse> &responses);
    /** The same from bare 0-10 answers; values outside 0-10 are ignored. */
    [[nodiscard]] static NpsResult npsOf(const QList<int> &answers);
    /** Top-two-box CSAT over the responses' overall scores. */
    [[nodiscard]] static CsatResult csat(const QList<SurveyResponse> &responses);
    /** @p score on a 1..@p scaleMax scale as 0-100. */
    [[nodiscard]] static double scaled(int score, int scaleMax = 5);
    /** Each dimension key's mean 0-100 score, in order of first appearance. */
    [[nodiscard]] static QList<DimensionResult> dimensions(const QList<SurveyResponse> &responses, int scaleMax = 5);
};

} // namespace caredesk::core
