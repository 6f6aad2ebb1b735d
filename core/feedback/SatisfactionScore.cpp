// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/feedback/SatisfactionScore.h"

#include <QHash>

#include <algorithm>
#include <cmath>

namespace caredesk::core {

NpsResult SatisfactionScore::npsOf(const QList<int> &answers)
{
    NpsResult result;
    for (int answer : answers) {
        if (answer < 0 || answer > 10) {
            continue;
        }
        ++result.n;
        if (answer >= 9) {
            ++result.promoters;
        } else if (answer >= 7) {
            ++result.passives;
        } else {
            ++result.detractors;
        }
    }
    result.smallSample = isSmallSample(result.n);
    if (result.n == 0) {
        return result;
    }
    const double n = result.n;
    const double pP = result.promoters / n;
    const double pD = result.detractors / n;
    const double variance = (pP + pD - (pP - pD) * (pP - pD)) / n;
    const double halfWidth = 1.96 * std::sqrt(std::max(0.0, variance)) * 100.0;
    result.nps = (pP - pD) * 100.0;
    result.low = std::max(-100.0, result.nps - halfWidth);
    result.high = std::min(100.0, result.nps + halfWidth);
    return result;
}

NpsResult SatisfactionScore::nps(const QList<SurveyResponse> &responses)
{
    QList<int> answers;
    answers.reserve(responses.size());
    for (const SurveyResponse &r : responses) {
        if (r.nps) {
            answers << *r.nps;
        }
    }
    return npsOf(answers);
}

CsatResult SatisfactionScore::csat(const QList<SurveyResponse> &responses)
{
    CsatResult result;
    for (const SurveyResponse &r : responses) {
        if (!r.csat || *r.csat < 1 || *r.csat > 5) {
            continue;
        }
        ++result.n;
        result.topTwo += *r.csat >= 4 ? 1 : 0;
    }
    result.smallSample = isSmallSample(result.n);
    result.percent = result.n == 0 ? 0.0 : 100.0 * result.topTwo / result.n;
    return result;
}

double SatisfactionScore::scaled(int score, int scaleMax)
{
    if (scaleMax <= 1) {
        return 0.0;
    }
    const int clamped = std::clamp(score, 1, scaleMax);
    return 100.0 * (clamped - 1) / (scaleMax - 1);
}

QList<DimensionResult> SatisfactionScore::dimensions(const QList<SurveyResponse> &responses, int scaleMax)
{
    QList<DimensionResult> results;
    QHash<QString, qsizetype> index;
    QHash<QString, SurveyTemplateId> labelFrom; // the newest version that named each key
    QList<double> sums;
    for (const SurveyResponse &r : responses) {
        for (const DimensionScore &s : r.scores) {
            if (s.score < 1 || s.score > scaleMax) {
                continue;
            }
            auto it = index.constFind(s.key);
            if (it == index.constEnd()) {
                it = index.insert(s.key, results.size());
                results.append(DimensionResult{s.key, s.label, 0, 0, true});
                sums.append(0);
                labelFrom.insert(s.key, r.templateId);
            } else if (r.templateId > labelFrom.value(s.key)) {
                results[*it].label = s.label;
                labelFrom.insert(s.key, r.templateId);
            }
            ++results[*it].n;
            sums[*it] += scaled(s.score, scaleMax);
        }
    }
    for (qsizetype i = 0; i < results.size(); ++i) {
        results[i].score = results.at(i).n == 0 ? 0.0 : sums.at(i) / results.at(i).n;
        results[i].smallSample = isSmallSample(results.at(i).n);
    }
    return results;
}

} // namespace caredesk::core
