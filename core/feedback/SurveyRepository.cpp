// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/feedback/SurveyRepository.h"

#include "core/audit/AuditLog.h"
#include "core/auth/Permission.h"
#include "core/common/Tr.h"
#include "core/storage/Database.h"
#include "core/storage/SqlErrors.h"
#include "core/storage/Transaction.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace caredesk::core {

namespace {

constexpr int maxLabelLength = 80;

const QString responseInsertSql =
    QStringLiteral("INSERT INTO survey_response(customer_id, template_id, at, channel, csat, nps, comment, visit_id, "
                   "staff, department, created_at, created_by) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)");
const QString scoreInsertSql =
    QStringLiteral("INSERT INTO survey_score(response_id, dimension_id, score) VALUES (?,?,?)");

/** What the trail keeps of a new response: the answers as numbers, the comment and staff name only as "set". */
AuditEntry responseEntry(const SurveyResponse &r)
{
    AuditEntry entry{QStringLiteral("survey_response.create"), QStringLiteral("survey_response"),
                     QString::number(r.id), QStringLiteral("customer=%1").arg(r.customerId), {}};
    entry.changes.initial(QStringLiteral("template_id"), r.templateId)
        .initial(QStringLiteral("channel"), surveyChannelId(r.channel))
        .initial(QStringLiteral("at"), r.at)
        .initial(QStringLiteral("csat"), nullableInt(r.csat))
        .initial(QStringLiteral("nps"), nullableInt(r.nps))
        .initial(QStringLiteral("scores"), r.scores.isEmpty() ? QVariant() : QVariant(int(r.scores.size())))
        .initial(QStringLiteral("visit_id"), r.visitId ? QVariant(*r.visitId) : QVariant())
        .initial(QStringLiteral("department"), r.department)
        .initialIdentifying(QStringLiteral("staff"), !r.staff.trimmed().isEmpty())
        .initialIdentifying(QStringLiteral("comment"), !r.comment.trimmed().isEmpty());
    return entry;
}

QVariantList responseValues(const SurveyResponse &r)
{
    return {r.customerId,
            r.templateId,
            iso(r.at),
            surveyChannelId(r.channel),
            nullableInt(r.csat),
            nullableInt(r.nps),
            r.comment,
            r.visitId ? QVariant(*r.visitId) : QVariant(),
            r.staff,
            r.department,
            iso(r.createdAt),
            r.createdBy};
}

/** Problems with a dimension label an administrator typed, against the other @p dimensions. */
std::optional<Error> labelProblem(const QString &label, const QList<SurveyDimension> &dimensions,
                                  const QString &exceptKey)
{
    if (label.isEmpty()) {
        return makeError(ErrorCode::Validation, FeedbackTr::tr("Give the dimension a name."));
    }
    if (label.size() > maxLabelLength) {
        return makeError(ErrorCode::Validation,
                         FeedbackTr::tr("Keep the dimension name under %1 characters.").arg(maxLabelLength));
    }
    for (const SurveyDimension &d : dimensions) {
        if (!d.retired && d.key != exceptKey && d.displayLabel().compare(label, Qt::CaseInsensitive) == 0) {
            return makeError(ErrorCode::Validation,
                             FeedbackTr::tr("The survey already asks about \"%1\". Choose another name.").arg(label));
        }
    }
    return std::nullopt;
}

qsizetype indexOfKey(const QList<SurveyDimension> &dimensions, const QString &key)
{
    for (qsizetype i = 0; i < dimensions.size(); ++i) {
        if (dimensions.at(i).key == key) {
            return i;
        }
    }
    return -1;
}

/** The WHERE clause (without WHERE) for @p filter; appends its values to @p values. */
QString filterWhere(const SurveyFilter &filter, QVariantList &values)
{
    QStringList where{QStringLiteral("1")};
    if (filter.from.isValid()) {
        where << QStringLiteral("at >= ?");
        values << iso(filter.from);
    }
    if (filter.to.isValid()) {
        where << QStringLiteral("at < ?");
        values << iso(filter.to);
    }
    if (!filter.department.isEmpty()) {
        where << QStringLiteral("department = ?");
        values << filter.department;
    }
    if (!filter.staff.isEmpty()) {
        where << QStringLiteral("staff = ?");
        values << filter.staff;
    }
    return where.join(QStringLiteral(" AND "));
}

Error unknownDimension(const QString &key)
{
    return makeError(ErrorCode::Validation,
                     FeedbackTr::tr("The survey has no dimension %1. Reload the template and try again.").arg(key));
}

} // namespace

SurveyRepository::SurveyRepository(Database &database, const Clock &clock)
    : SurveyRepository(database.connectionName(), database.session().userName, clock)
{
    m_role = database.session().role;
}

SurveyRepository::SurveyRepository(const QString &connectionName, const QString &userName, const Clock &clock)
    : m_connectionName(connectionName), m_userName(userName), m_clock(clock)
{
}

QSqlDatabase SurveyRepository::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Result<QList<SurveyTemplate>> SurveyRepository::readTemplates(const QString &where, const QVariantList &values) const
{
    QSqlDatabase db = connection();
    QSqlQuery q(db);
    if (!execPrepared(q,
                      QStringLiteral("SELECT id, profile, name, version, created_at, created_by, retired_at FROM "
                                     "survey_template WHERE ") +
                          where + QStringLiteral(" ORDER BY version"),
                      values)) {
        return databaseError(q.lastError(), FeedbackTr::tr("The survey template could not be read."));
    }
    QList<SurveyTemplate> templates;
    while (q.next()) {
        SurveyTemplate t;
        t.id = q.value(0).toLongLong();
        t.profile = siteProfileFromId(q.value(1).toString()).value_or(SiteProfile::Clinic);
        t.name = q.value(2).toString();
        t.version = q.value(3).toInt();
        t.createdAt = fromIso(q.value(4).toString());
        t.createdBy = q.value(5).toString();
        t.retiredAt = fromIso(q.value(6).toString());
        templates << t;
    }
    q.finish();
    for (SurveyTemplate &t : templates) {
        if (!execPrepared(q,
                          QStringLiteral("SELECT id, position, key, label, retired FROM survey_dimension WHERE "
                                         "template_id = ? ORDER BY position, id"),
                          {t.id})) {
            return databaseError(q.lastError(), FeedbackTr::tr("The survey template could not be read."));
        }
        while (q.next()) {
            t.dimensions << SurveyDimension{q.value(0).toLongLong(), q.value(1).toInt(), q.value(2).toString(),
                                            q.value(3).toString(), q.value(4).toInt() != 0};
        }
        q.finish();
    }
    return templates;
}

Result<SurveyTemplate> SurveyRepository::current(SiteProfile profile) const
{
    auto templates = readTemplates(QStringLiteral("profile = ? AND retired_at IS NULL"), {siteProfileId(profile)});
    if (!templates) {
        return templates.error();
    }
    if (templates->isEmpty()) {
        return makeError(ErrorCode::NotFound,
                         FeedbackTr::tr("There is no survey template for this site. Ask your administrator to set "
                                        "one up."));
    }
    return templates->constLast();
}

Result<SurveyTemplate> SurveyRepository::byId(SurveyTemplateId id) const
{
    auto templates = readTemplates(QStringLiteral("id = ?"), {id});
    if (!templates) {
        return templates.error();
    }
    if (templates->isEmpty()) {
        return makeError(ErrorCode::NotFound, FeedbackTr::tr("The survey template does not exist."));
    }
    return templates->first();
}

Result<QList<SurveyTemplate>> SurveyRepository::versions(SiteProfile profile) const
{
    return readTemplates(QStringLiteral("profile = ?"), {siteProfileId(profile)});
}

Result<SurveyTemplate> SurveyRepository::newVersion(SurveyTemplateId currentId, const Edit &edit)
{
    if (m_role && !roleAllows(*m_role, Permission::ManageSettings)) {
        return makeError(ErrorCode::PermissionDenied,
                         FeedbackTr::tr("Only an administrator can change the survey template."));
    }
    auto old = byId(currentId);
    if (!old) {
        return old.error();
    }
    if (!old->isCurrent()) {
        return makeError(ErrorCode::Conflict, FeedbackTr::tr("The survey template was changed meanwhile. Reload it "
                                                             "and make your change again."));
    }
    QList<SurveyDimension> dimensions = old->dimensions;
    if (auto status = edit(dimensions); !status) {
        return status.error();
    }
    QSqlDatabase db = connection();
    if (!db.transaction()) {
        return databaseError(db.lastError(), FeedbackTr::tr("The survey template could not be saved."));
    }
    QSqlQuery q(db);
    auto fail = [&]() -> Result<SurveyTemplate> {
        const QSqlError error = q.lastError();
        q.finish();
        db.rollback();
        return databaseError(error, FeedbackTr::tr("The survey template could not be saved; it was not changed."));
    };
    const QString now = iso(m_clock.nowUtc());
    if (!execPrepared(q,
                      QStringLiteral("UPDATE survey_template SET retired_at = ? WHERE id = ? AND retired_at IS NULL"),
                      {now, currentId})) {
        return fail();
    }
    if (q.numRowsAffected() != 1) {
        q.finish();
        db.rollback();
        return makeError(ErrorCode::Conflict, FeedbackTr::tr("The survey template was changed meanwhile. Reload it "
                                                             "and make your change again."));
    }
    if (!execPrepared(q,
                      QStringLiteral("INSERT INTO survey_template(profile, name, version, created_at, created_by) "
                                     "VALUES (?, ?, ?, ?, ?)"),
                      {siteProfileId(old->profile), old->name, old->version + 1, now, m_userName})) {
        return fail();
    }
    const SurveyTemplateId newId = q.lastInsertId().toLongLong();
    for (qsizetype i = 0; i < dimensions.size(); ++i) {
        const SurveyDimension &d = dimensions.at(i);
        if (!execPrepared(q,
                          QStringLiteral("INSERT INTO survey_dimension(template_id, position, key, label, retired) "
                                         "VALUES (?, ?, ?, ?, ?)"),
                          {newId, static_cast<int>(i), d.key, d.label, d.retired ? 1 : 0})) {
            return fail();
        }
    }
    q.finish();
    {
        // The active dimensions in order (keys: add, move and retire show), labels only as "changed".
        const auto activeKeys = [](const QList<SurveyDimension> &list) {
            QStringList keys;
            for (const SurveyDimension &d : list) {
                if (!d.retired) {
                    keys << d.key;
                }
            }
            return keys;
        };
        const auto labels = [](const QList<SurveyDimension> &list) {
            QStringList texts;
            for (const SurveyDimension &d : list) {
                texts << d.label;
            }
            return texts;
        };
        AuditEntry entry{QStringLiteral("survey_template.version"), QStringLiteral("survey_template"),
                         QString::number(newId),
                         QStringLiteral("profile=%1 replaces=%2").arg(siteProfileId(old->profile)).arg(currentId),
                         {}};
        entry.changes.value(QStringLiteral("version"), old->version, old->version + 1)
            .value(QStringLiteral("dimensions"), activeKeys(old->dimensions), activeKeys(dimensions))
            .identifying(QStringLiteral("labels"), labels(old->dimensions), labels(dimensions));
        if (Status audited = AuditLog(m_connectionName, m_userName, m_clock).record(entry); !audited) {
            db.rollback();
            return audited.error();
        }
    }
    if (!db.commit()) {
        const QSqlError error = db.lastError();
        db.rollback();
        return databaseError(error, FeedbackTr::tr("The survey template could not be saved; it was not changed."));
    }
    return byId(newId);
}

Result<SurveyTemplate> SurveyRepository::addDimension(SurveyTemplateId currentId, const QString &label)
{
    const QString trimmed = label.simplified();
    return newVersion(currentId, [&](QList<SurveyDimension> &dimensions) -> Status {
        if (auto problem = labelProblem(trimmed, dimensions, {})) {
            return *problem;
        }
        int next = 1;
        for (const SurveyDimension &d : std::as_const(dimensions)) {
            if (d.key.startsWith(QLatin1String("custom_"))) {
                next = std::max(next, d.key.mid(7).toInt() + 1);
            }
        }
        SurveyDimension added;
        added.key = QStringLiteral("custom_%1").arg(next);
        added.label = trimmed;
        // After the last active dimension, before the retired ones.
        qsizetype at = 0;
        while (at < dimensions.size() && !dimensions.at(at).retired) {
            ++at;
        }
        dimensions.insert(at, added);
        return {};
    });
}

Result<SurveyTemplate> SurveyRepository::renameDimension(SurveyTemplateId currentId, const QString &key,
                                                         const QString &label)
{
    const QString trimmed = label.simplified();
    return newVersion(currentId, [&](QList<SurveyDimension> &dimensions) -> Status {
        const qsizetype index = indexOfKey(dimensions, key);
        if (index < 0) {
            return unknownDimension(key);
        }
        if (auto problem = labelProblem(trimmed, dimensions, key)) {
            return *problem;
        }
        dimensions[index].label = trimmed == defaultDimensionLabel(key) ? QString() : trimmed;
        return {};
    });
}

Result<SurveyTemplate> SurveyRepository::moveDimension(SurveyTemplateId currentId, const QString &key, int newIndex)
{
    return newVersion(currentId, [&](QList<SurveyDimension> &dimensions) -> Status {
        const qsizetype index = indexOfKey(dimensions, key);
        if (index < 0 || dimensions.at(index).retired) {
            return unknownDimension(key);
        }
        QList<SurveyDimension> active;
        QList<SurveyDimension> retired;
        for (const SurveyDimension &d : std::as_const(dimensions)) {
            (d.retired ? retired : active) << d;
        }
        if (newIndex < 0 || newIndex >= active.size()) {
            return makeError(ErrorCode::Validation,
                             FeedbackTr::tr("Choose a position from 1 to %1.").arg(active.size()));
        }
        active.move(indexOfKey(active, key), newIndex);
        dimensions = active + retired;
        return {};
    });
}

Result<SurveyTemplate> SurveyRepository::retireDimension(SurveyTemplateId currentId, const QString &key)
{
    return newVersion(currentId, [&](QList<SurveyDimension> &dimensions) -> Status {
        const qsizetype index = indexOfKey(dimensions, key);
        if (index < 0 || dimensions.at(index).retired) {
            return unknownDimension(key);
        }
        SurveyDimension retiredDimension = dimensions.takeAt(index);
        retiredDimension.retired = true;
        dimensions.append(retiredDimension);
        return {};
    });
}

QStringList SurveyRepository::validate(const SurveyResponse &response, const QDateTime &now)
{
    QStringList problems;
    if (response.customerId <= 0) {
        problems << FeedbackTr::tr("Choose the customer who answered.");
    }
    if (response.at.isValid() && response.at > now.addSecs(5 * 60)) {
        problems << FeedbackTr::tr("The survey date lies in the future. Check the date and the time.");
    }
    if (response.csat && (*response.csat < 1 || *response.csat > 5)) {
        problems << FeedbackTr::tr("Overall satisfaction must be from 1 to 5.");
    }
    if (response.nps && (*response.nps < 0 || *response.nps > 10)) {
        problems << FeedbackTr::tr("Likelihood to recommend must be from 0 to 10.");
    }
    for (const DimensionScore &score : response.scores) {
        if (score.score < 1 || score.score > 5) {
            problems << FeedbackTr::tr("Each dimension score must be from 1 to 5 (%1 was %2).")
                            .arg(score.label.isEmpty() ? defaultDimensionLabel(score.key) : score.label)
                            .arg(score.score);
        }
    }
    if (!response.csat && !response.nps && response.scores.isEmpty() && response.comment.trimmed().isEmpty()) {
        problems << FeedbackTr::tr("The form is empty. Enter at least one answer or a comment.");
    }
    if (response.comment.size() > 4000) {
        problems << FeedbackTr::tr("The comment is too long; keep it under 4000 characters.");
    }
    return problems;
}

Status SurveyRepository::resolve(SurveyResponse &response, QHash<SurveyTemplateId, SurveyTemplate> &templates) const
{
    if (response.templateId == 0) {
        QSqlQuery q(connection());
        if (!execPrepared(q, QStringLiteral("SELECT value FROM meta WHERE key = 'profile'"))) {
            return databaseError(q.lastError(), FeedbackTr::tr("The survey template could not be read."));
        }
        const SiteProfile profile =
            q.next() ? siteProfileFromId(q.value(0).toString()).value_or(SiteProfile::Clinic) : SiteProfile::Clinic;
        auto t = current(profile);
        if (!t) {
            return t.error();
        }
        response.templateId = t->id;
        templates.insert(t->id, *t);
    }
    auto found = templates.constFind(response.templateId);
    if (found == templates.constEnd()) {
        auto t = byId(response.templateId);
        if (!t) {
            return t.error();
        }
        found = templates.insert(t->id, *t);
    }
    const SurveyTemplate &t = *found;
    QSet<qint64> seen;
    for (DimensionScore &score : response.scores) {
        const SurveyDimension *d = score.dimensionId != 0 ? t.dimensionById(score.dimensionId) : t.dimension(score.key);
        if (!d || d->retired) {
            return makeError(ErrorCode::Validation,
                             FeedbackTr::tr("The survey no longer asks about %1. Reload the form and enter it again.")
                                 .arg(score.key.isEmpty() ? QString::number(score.dimensionId) : score.key));
        }
        if (seen.contains(d->id)) {
            return makeError(
                ErrorCode::Validation,
                FeedbackTr::tr("%1 was scored twice. Enter one score per dimension.").arg(d->displayLabel()));
        }
        seen.insert(d->id);
        score.dimensionId = d->id;
        score.key = d->key;
        score.label = d->displayLabel();
    }
    return {};
}

Result<SurveyResponse> SurveyRepository::addResponse(SurveyResponse response)
{
    const QDateTime now = m_clock.nowUtc();
    const QStringList problems = validate(response, now);
    if (!problems.isEmpty()) {
        return makeError(ErrorCode::Validation, problems.join(QLatin1Char(' ')));
    }
    QHash<SurveyTemplateId, SurveyTemplate> templates;
    if (auto status = resolve(response, templates); !status) {
        return status.error();
    }
    QSqlDatabase db = connection();
    QSqlQuery q(db);
    if (!execPrepared(q, QStringLiteral("SELECT merged_into FROM customer WHERE id = ?"), {response.customerId})) {
        return databaseError(q.lastError(), FeedbackTr::tr("The customer could not be read."));
    }
    if (!q.next()) {
        return makeError(ErrorCode::NotFound, FeedbackTr::tr("The customer does not exist. Search for the customer "
                                                             "again and enter the form there."));
    }
    if (!q.value(0).isNull()) {
        return makeError(ErrorCode::NotFound, FeedbackTr::tr("This customer was merged into another record. Enter "
                                                             "the form on the customer that was kept."));
    }
    q.finish();
    if (response.visitId) {
        if (!execPrepared(q, QStringLiteral("SELECT customer_id FROM visit WHERE id = ?"), {*response.visitId})) {
            return databaseError(q.lastError(), FeedbackTr::tr("The visit could not be read."));
        }
        if (!q.next() || q.value(0).toLongLong() != response.customerId) {
            return makeError(ErrorCode::Validation,
                             FeedbackTr::tr("The linked visit belongs to another customer. Choose one of this "
                                            "customer's visits."));
        }
        q.finish();
    }
    if (!response.at.isValid()) {
        response.at = now;
    }
    response.at = response.at.toUTC();
    response.createdAt = now;
    response.createdBy = m_userName;
    // The response, its scores and its audit entry together; inside a caller's transaction as a savepoint.
    const QString failed = FeedbackTr::tr("The survey response could not be saved; nothing was recorded.");
    auto saved = transact<SurveyResponse>(db, failed, [&]() -> Result<SurveyResponse> {
        if (!execPrepared(q, responseInsertSql, responseValues(response))) {
            return databaseError(q.lastError(), failed);
        }
        response.id = q.lastInsertId().toLongLong();
        for (const DimensionScore &score : std::as_const(response.scores)) {
            if (!execPrepared(q, scoreInsertSql, {response.id, score.dimensionId, score.score})) {
                return databaseError(q.lastError(), failed);
            }
        }
        q.finish();
        if (Status audited = AuditLog(m_connectionName, m_userName, m_clock).record(responseEntry(response));
            !audited) {
            return audited.error();
        }
        return response;
    });
    q.finish();
    if (!saved) {
        response.id = 0;
    }
    return saved;
}

Status SurveyRepository::addResponsesBulk(QList<SurveyResponse> &responses)
{
    const QDateTime now = m_clock.nowUtc();
    QHash<SurveyTemplateId, SurveyTemplate> templates;
    for (qsizetype i = 0; i < responses.size(); ++i) {
        const QStringList problems = validate(responses.at(i), now);
        if (!problems.isEmpty()) {
            return makeError(ErrorCode::Validation,
                             FeedbackTr::tr("Response %1: %2").arg(i + 1).arg(problems.join(QLatin1Char(' '))));
        }
        if (auto status = resolve(responses[i], templates); !status) {
            return status;
        }
    }
    QSqlDatabase db = connection();
    if (!db.transaction()) {
        return databaseError(db.lastError(), FeedbackTr::tr("The survey responses could not be saved."));
    }
    QSqlQuery insert(db);
    QSqlQuery score(db);
    auto fail = [&](const QSqlError &error) -> Status {
        insert.finish();
        score.finish();
        db.rollback();
        for (SurveyResponse &r : responses) {
            r.id = 0;
        }
        return databaseError(error, FeedbackTr::tr("The survey responses could not be saved; none were added."));
    };
    if (!insert.prepare(responseInsertSql)) {
        return fail(insert.lastError());
    }
    if (!score.prepare(scoreInsertSql)) {
        return fail(score.lastError());
    }
    for (SurveyResponse &r : responses) {
        if (!r.at.isValid()) {
            r.at = now;
        }
        r.createdAt = now;
        r.createdBy = m_userName;
        if (!run(insert, responseValues(r))) {
            return fail(insert.lastError());
        }
        r.id = insert.lastInsertId().toLongLong();
        for (const DimensionScore &s : std::as_const(r.scores)) {
            if (!run(score, {r.id, s.dimensionId, s.score})) {
                return fail(score.lastError());
            }
        }
    }
    insert.finish();
    score.finish();
    if (!responses.isEmpty()) {
        // One entry for the batch (the demo, imports): the ids are consecutive within the one transaction.
        const AuditEntry entry{QStringLiteral("survey_response.create_bulk"), QStringLiteral("survey_response"), {},
                               QStringLiteral("count=%1 ids=%2-%3")
                                   .arg(responses.size())
                                   .arg(responses.constFirst().id)
                                   .arg(responses.constLast().id),
                               {}};
        if (Status audited = AuditLog(m_connectionName, m_userName, m_clock).record(entry); !audited) {
            insert.finish();
            score.finish();
            db.rollback();
            for (SurveyResponse &r : responses) {
                r.id = 0;
            }
            return audited;
        }
    }
    if (!db.commit()) {
        return fail(db.lastError());
    }
    return {};
}

Result<QList<SurveyResponse>> SurveyRepository::readResponses(const QString &where, const QVariantList &values,
                                                              bool newestFirst) const
{
    QSqlDatabase db = connection();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!execPrepared(
            q,
            QStringLiteral("SELECT id, customer_id, template_id, at, channel, csat, nps, comment, visit_id, "
                           "staff, department, created_at, created_by FROM survey_response WHERE ") +
                where +
                (newestFirst ? QStringLiteral(" ORDER BY at DESC, id DESC") : QStringLiteral(" ORDER BY at, id")),
            values)) {
        return databaseError(q.lastError(), FeedbackTr::tr("The survey responses could not be read."));
    }
    QList<SurveyResponse> responses;
    QHash<SurveyResponseId, qsizetype> index;
    while (q.next()) {
        SurveyResponse r;
        r.id = q.value(0).toLongLong();
        r.customerId = q.value(1).toLongLong();
        r.templateId = q.value(2).toLongLong();
        r.at = fromIso(q.value(3).toString());
        r.channel = surveyChannelFromId(q.value(4).toString()).value_or(SurveyChannel::Paper);
        r.csat = optionalInt(q.value(5));
        r.nps = optionalInt(q.value(6));
        r.comment = q.value(7).toString();
        r.visitId = q.value(8).isNull() ? std::nullopt : std::optional<VisitId>(q.value(8).toLongLong());
        r.staff = q.value(9).toString();
        r.department = q.value(10).toString();
        r.createdAt = fromIso(q.value(11).toString());
        r.createdBy = q.value(12).toString();
        index.insert(r.id, responses.size());
        responses << r;
    }
    q.finish();
    if (responses.isEmpty()) {
        return responses;
    }
    QSqlQuery scores(db);
    scores.setForwardOnly(true);
    if (!execPrepared(
            scores,
            QStringLiteral("SELECT s.response_id, s.dimension_id, d.key, d.label, s.score FROM survey_score s "
                           "JOIN survey_dimension d ON d.id = s.dimension_id WHERE s.response_id IN "
                           "(SELECT id FROM survey_response WHERE ") +
                where + QStringLiteral(") ORDER BY s.response_id, d.position, d.id"),
            values)) {
        return databaseError(scores.lastError(), FeedbackTr::tr("The survey scores could not be read."));
    }
    while (scores.next()) {
        const auto it = index.constFind(scores.value(0).toLongLong());
        if (it == index.constEnd()) {
            continue;
        }
        DimensionScore s;
        s.dimensionId = scores.value(1).toLongLong();
        s.key = scores.value(2).toString();
        const QString label = scores.value(3).toString();
        s.label = label.isEmpty() ? defaultDimensionLabel(s.key) : label;
        s.score = scores.value(4).toInt();
        responses[*it].scores << s;
    }
    return responses;
}

Result<QList<SurveyResponse>> SurveyRepository::responsesOf(CustomerId customerId) const
{
    return readResponses(QStringLiteral("customer_id = ?"), {customerId}, true);
}

Result<QList<SurveyResponse>> SurveyRepository::responsesIn(const SurveyFilter &filter) const
{
    QVariantList values;
    const QString where = filterWhere(filter, values);
    return readResponses(where, values, false);
}

Result<QHash<CustomerId, SurveyRespondent>> SurveyRepository::respondentsIn(const SurveyFilter &filter) const
{
    QVariantList values;
    const QString where = filterWhere(filter, values);
    QSqlQuery q(connection());
    q.setForwardOnly(true);
    if (!execPrepared(q,
                      QStringLiteral("SELECT id, member_number, name FROM customer WHERE id IN "
                                     "(SELECT customer_id FROM survey_response WHERE ") +
                          where + QStringLiteral(")"),
                      values)) {
        return databaseError(q.lastError(), FeedbackTr::tr("The customers who answered could not be read."));
    }
    QHash<CustomerId, SurveyRespondent> respondents;
    while (q.next()) {
        SurveyRespondent r{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()};
        respondents.insert(r.id, r);
    }
    return respondents;
}

Result<QStringList> SurveyRepository::distinctValues(const QString &column) const
{
    QSqlQuery q(connection());
    q.setForwardOnly(true);
    // column is one of two fixed names, never user input.
    if (!execPrepared(
            q, QStringLiteral("SELECT DISTINCT %1 FROM survey_response WHERE %1 <> '' ORDER BY %1").arg(column))) {
        return databaseError(q.lastError(), FeedbackTr::tr("The survey filter choices could not be read."));
    }
    QStringList out;
    while (q.next()) {
        out << q.value(0).toString();
    }
    return out;
}

Result<QStringList> SurveyRepository::departmentsInUse() const
{
    return distinctValues(QStringLiteral("department"));
}

Result<QStringList> SurveyRepository::staffInUse() const
{
    return distinctValues(QStringLiteral("staff"));
}

} // namespace caredesk::core
