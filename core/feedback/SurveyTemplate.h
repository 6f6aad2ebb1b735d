// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/customers/Customer.h"
#include "core/storage/Database.h"
#include "core/visits/Visit.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace caredesk::core {

using SurveyTemplateId = qint64;
using SurveyResponseId = qint64;

/** One question of a survey template, scored 1 (very dissatisfied) to 5 (very satisfied). */
struct SurveyDimension {
    qint64 id = 0;    ///< belongs to one template version
    int position = 0; ///< display order within the version
    QString key;      ///< stable across versions: "waiting_time"
    QString label;    ///< set when an administrator renamed it; empty means the translated default
    bool retired = false;

    /** What people see: the administrator's label, or the translated default for the key. */
    [[nodiscard]] QString displayLabel() const;
};

/**
 * One version of a site's survey template. Editing the dimensions never changes a version: it makes the next one,
 * so responses keep the meaning they were given.
 */
struct SurveyTemplate {
    SurveyTemplateId id = 0;
    SiteProfile profile = SiteProfile::Clinic;
    QString name; ///< empty for the default name
    int version = 1;
    QDateTime createdAt;
    QString createdBy;
    QDateTime retiredAt;               ///< invalid for the current version
    QList<SurveyDimension> dimensions; ///< all, retired included, by position

    [[nodiscard]] bool isCurrent() const { return !retiredAt.isValid(); }
    /** The dimensions a new response is asked, in order. */
    [[nodiscard]] QList<SurveyDimension> activeDimensions() const;
    /** The dimension with @p key, or nullptr. */
    [[nodiscard]] const SurveyDimension *dimension(const QString &key) const;
    [[nodiscard]] const SurveyDimension *dimensionById(qint64 id) const;
    /** The name, or the translated default name for the profile. */
    [[nodiscard]] QString displayName() const;
};

/** How a response was collected (DOMAIN.md, Feedback and satisfaction). */
enum class SurveyChannel { Paper, Phone, Kiosk, Interview };

/** One dimension's score in a response. */
struct DimensionScore {
    qint64 dimensionId = 0; ///< 0 when saving: the key is looked up in the response's template
    QString key;
    QString label; ///< display label of the version answered on (filled when read)
    int score = 0; ///< 1-5
};

/** A completed satisfaction survey. */
struct SurveyResponse {
    SurveyResponseId id = 0;
    CustomerId customerId = 0;
    SurveyTemplateId templateId = 0; ///< 0 when saving: the current template of the site's profile
    QDateTime at;                    ///< UTC; invalid means now
    SurveyChannel channel = SurveyChannel::Paper;
    std::optional<int> csat; ///< overall satisfaction 1-5
    std::optional<int> nps;  ///< likelihood to recommend 0-10
    QList<DimensionScore> scores;
    QString comment;
    std::optional<VisitId> visitId;
    QString staff;
    QString department;
    QDateTime createdAt;
    QString createdBy;
};

/** Which responses a report covers; empty members do not filter. Times are UTC, [from, to). */
struct SurveyFilter {
    QDateTime from;
    QDateTime to;
    QString department;
    QString staff;
};

/** Translated default label for a dimension key, or @p key itself when CareDesk does not know it. */
QString defaultDimensionLabel(const QString &key);
/** Keys of the default dimensions of a profile, in order (the same as the seed in migration 3). */
QStringList defaultDimensionKeys(SiteProfile profile);

QString surveyChannelId(SurveyChannel channel);
std::optional<SurveyChannel> surveyChannelFromId(const QString &id);
QString surveyChannelLabel(SurveyChannel channel);

} // namespace caredesk::core
