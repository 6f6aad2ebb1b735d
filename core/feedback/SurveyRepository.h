// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/auth/Role.h"
#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/feedback/SurveyTemplate.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace caredesk::core {

class Database;

/** Who answered a response, as the feedback list shows it. */
struct SurveyRespondent {
    CustomerId id = 0;
    QString memberNumber;
    QString name;
};

/**
 * Satisfaction-survey templates (versioned: every edit of the dimensions makes a new version, so old responses keep
 * their meaning) and survey responses with their dimension scores. All SQL for feedback lives here. Every write
 * has its audit entry in the same transaction: "survey_response.create" (the comment only as "set"),
 * "survey_response.create_bulk" per batch, "survey_template.version" per template edit.
 */
class SurveyRepository final {
public:
    /** Template edits need the Administrator role of @p database's session. */
    explicit SurveyRepository(Database &database, const Clock &clock = Clock::system());
    /** Over any open connection with CareDesk's schema, acting as @p userName (no role check: demo, workers). */
    SurveyRepository(const QString &connectionName, const QString &userName, const Clock &clock = Clock::system());

    /** The current version of the template for @p profile, with all its dimensions. */
    [[nodiscard]] Result<SurveyTemplate> current(SiteProfile profile) const;
    /** One template version by id, current or retired; NotFound if there is none. */
    [[nodiscard]] Result<SurveyTemplate> byId(SurveyTemplateId id) const;
    /** Every version for @p profile, oldest first. */
    [[nodiscard]] Result<QList<SurveyTemplate>> versions(SiteProfile profile) const;

    /**
     * The template edits. Each takes the id of the version being edited, which must still be current (Conflict if
     * someone else changed the template meanwhile: reload and try again), makes the next version with the change
     * and returns it. Validation for an empty, too long or duplicate label, an unknown key or a bad position;
     * PermissionDenied unless the session is an administrator.
     */
    [[nodiscard]] Result<SurveyTemplate> addDimension(SurveyTemplateId currentId, const QString &label);
    /** Renames the dimension @p key; a label equal to the default brings back the translated default. */
    [[nodiscard]] Result<SurveyTemplate> renameDimension(SurveyTemplateId currentId, const QString &key,
                                                         const QString &label);
    /** Moves the active dimension @p key to @p newIndex (0-based among the active dimensions). */
    [[nodiscard]] Result<SurveyTemplate> moveDimension(SurveyTemplateId currentId, const QString &key, int newIndex);
    /** Stops asking dimension @p key; old responses keep their scores for it. */
    [[nodiscard]] Result<SurveyTemplate> retireDimension(SurveyTemplateId currentId, const QString &key);

    /** Problems with the answers themselves (ranges, time, an empty form), translated; empty when fine. */
    [[nodiscard]] static QStringList validate(const SurveyResponse &response, const QDateTime &now);
    /**
     * Saves a response and its scores in one transaction. templateId 0 means the current template of the site's
     * profile; scores name their dimension by id or key, which must be an active dimension of that version.
     * Validation for bad answers or a visit of another customer, NotFound for a missing or merged customer.
     */
    [[nodiscard]] Result<SurveyResponse> addResponse(SurveyResponse response);
    /** Saves many responses in one transaction (demo generator); any problem saves none. */
    [[nodiscard]] Status addResponsesBulk(QList<SurveyResponse> &responses);
    /** The responses of one customer, newest first, with scores and the labels of the version answered on. */
    [[nodiscard]] Result<QList<SurveyResponse>> responsesOf(CustomerId customerId) const;
    /** The responses that @p filter selects, oldest first, with scores: the input of SatisfactionScore. */
    [[nodiscard]] Result<QList<SurveyResponse>> responsesIn(const SurveyFilter &filter) const;
    /**
     * Member number and name of every customer who gave a response that @p filter selects, in one query (for the
     * feedback list). Customers merged away are listed under their own record.
     */
    [[nodiscard]] Result<QHash<CustomerId, SurveyRespondent>> respondentsIn(const SurveyFilter &filter) const;
    /** The distinct non-empty departments named on responses, sorted: the choices of a filter list. */
    [[nodiscard]] Result<QStringList> departmentsInUse() const;
    /** The distinct non-empty staff names on responses, sorted. */
    [[nodiscard]] Result<QStringList> staffInUse() const;

private:
    using Edit = std::function<Status(QList<SurveyDimension> &)>;
    [[nodiscard]] QSqlDatabase connection() const;
    [[nodiscard]] Result<SurveyTemplate> newVersion(SurveyTemplateId currentId, const Edit &edit);
    [[nodiscard]] Result<QList<SurveyTemplate>> readTemplates(const QString &where, const QVariantList &values) const;
    [[nodiscard]] Result<QList<SurveyResponse>> readResponses(const QString &where, const QVariantList &values,
                                                              bool newestFirst) const;
    [[nodiscard]] Result<QStringList> distinctValues(const QString &column) const;
    [[nodiscard]] Status resolve(SurveyResponse &response, QHash<SurveyTemplateId, SurveyTemplate> &templates) const;

    QString m_connectionName;
    QString m_userName;
    std::optional<Role> m_role; ///< known when made from a Database
    const Clock &m_clock;
};

} // namespace caredesk::core
