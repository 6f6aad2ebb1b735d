// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/visits/VisitRepository.h"

#include "core/audit/AuditLog.h"
#include "core/common/Tr.h"
#include "core/storage/Database.h"
#include "core/storage/SqlErrors.h"
#include "core/storage/Transaction.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace caredesk::core {

namespace {

/** NotFound unless @p customerId names a customer that was not merged away; uses the prepared @p check. */
Status checkCustomer(QSqlQuery &check, CustomerId customerId)
{
    if (!run(check, {customerId})) {
        return databaseError(check.lastError(), VisitsTr::tr("The customer could not be read."));
    }
    const bool found = check.next();
    const bool merged = found && !check.value(0).isNull();
    check.finish();
    if (!found) {
        return makeError(ErrorCode::NotFound, VisitsTr::tr("The customer does not exist. Search for the customer "
                                                           "again and record it there."));
    }
    if (merged) {
        return makeError(ErrorCode::NotFound,
                         VisitsTr::tr("This customer was merged into another record. Record it on the customer "
                                      "that was kept."));
    }
    return {};
}

const QString customerCheckSql = QStringLiteral("SELECT merged_into FROM customer WHERE id = ?");
const QString visitInsertSql =
    QStringLiteral("INSERT INTO visit(customer_id, kind, at, department, staff, amount, waiting_minutes, "
                   "days_supply, notes, created_at, created_by) VALUES (?,?,?,?,?,?,?,?,?,?,?)");
const QString itemInsertSql = QStringLiteral("INSERT INTO visit_item(visit_id, position, name, product_class, "
                                             "quantity, unit_price) VALUES (?,?,?,?,?,?)");
// Stored times are ISO UTC with milliseconds and a Z, so text order is time order; '' (never) sorts first.
const QString activitySql =
    QStringLiteral("UPDATE customer SET last_activity_at = ? WHERE id = ? AND last_activity_at < ?");
const QString interactionInsertSql =
    QStringLiteral("INSERT INTO interaction(customer_id, channel, direction, at, staff, summary, visit_id, "
                   "created_at, created_by) VALUES (?,?,?,?,?,?,?,?,?)");

/** Fills in the defaults addVisit() documents: time, amount, trimmed names. */
void normalise(Visit &visit, const QDateTime &now, const QString &user)
{
    if (!visit.at.isValid()) {
        visit.at = now;
    }
    visit.at = visit.at.toUTC();
    visit.department = visit.department.trimmed();
    visit.staff = visit.staff.trimmed();
    for (VisitItem &item : visit.items) {
        item.name = item.name.trimmed();
    }
    if (visit.amountCents == 0) {
        for (const VisitItem &item : std::as_const(visit.items)) {
            visit.amountCents += item.totalCents();
        }
    }
    visit.createdAt = now;
    visit.createdBy = user;
}

QVariantList visitValues(const Visit &visit)
{
    return {visit.customerId,
            visitKindId(visit.kind),
            iso(visit.at),
            visit.department,
            visit.staff,
            visit.amountCents,
            nullableInt(visit.waitingMinutes),
            nullableInt(visit.daysSupply),
            visit.notes,
            iso(visit.createdAt),
            visit.createdBy};
}

QVariantList itemValues(VisitId visitId, int position, const VisitItem &item)
{
    return {visitId, position, item.name, productClassId(item.productClass), item.quantity, item.unitPriceCents};
}

QVariantList interactionValues(const Interaction &i)
{
    return {i.customerId,
            interactionChannelId(i.channel),
            directionId(i.direction),
            iso(i.at),
            i.staff,
            i.summary,
            i.visitId ? QVariant(*i.visitId) : QVariant(),
            iso(i.createdAt),
            i.createdBy};
}

const QString interactionColumns =
    QStringLiteral("id, customer_id, channel, direction, at, staff, summary, visit_id, created_at, created_by");

Interaction interactionFromRow(const QSqlQuery &q)
{
    Interaction i;
    i.id = q.value(0).toLongLong();
    i.customerId = q.value(1).toLongLong();
    i.channel = interactionChannelFromId(q.value(2).toString()).value_or(InteractionChannel::Phone);
    i.direction = directionFromId(q.value(3).toString()).value_or(Direction::Outbound);
    i.at = fromIso(q.value(4).toString());
    i.staff = q.value(5).toString();
    i.summary = q.value(6).toString();
    i.visitId = q.value(7).isNull() ? std::nullopt : std::optional<VisitId>(q.value(7).toLongLong());
    i.createdAt = fromIso(q.value(8).toString());
    i.createdBy = q.value(9).toString();
    return i;
}

/** " AND at >= ? AND at < ?" for the valid bounds, appending their values. */
QString periodSql(const QDateTime &from, const QDateTime &to, QVariantList &values)
{
    QString sql;
    if (from.isValid()) {
        sql += QStringLiteral(" AND at >= ?");
        values << iso(from);
    }
    if (to.isValid()) {
        sql += QStringLiteral(" AND at < ?");
        values << iso(to);
    }
    return sql;
}

} // namespace

VisitRepository::VisitRepository(Database &database, const Clock &clock)
    : VisitRepository(database.connectionName(), database.session().userName, clock)
{
}

VisitRepository::VisitRepository(const QString &connectionName, const QString &userName, const Clock &clock)
    : m_connectionName(connectionName), m_userName(userName), m_clock(clock)
{
}

QSqlDatabase VisitRepository::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

QStringList VisitRepository::validate(const Visit &visit, const QDateTime &now)
{
    QStringList problems;
    if (visit.customerId <= 0) {
        problems << VisitsTr::tr("Choose the customer the visit belongs to.");
    }
    if (visit.at.isValid() && visit.at > now.addSecs(60 * allowedFutureMinutes)) {
        problems << VisitsTr::tr("The visit time lies in the future. Check the date and the time.");
    }
    if (visit.amountCents < 0) {
        problems << VisitsTr::tr("The amount cannot be negative. Record refunds as a note.");
    }
    if (visit.waitingMinutes && (*visit.waitingMinutes < 0 || *visit.waitingMinutes > 24 * 60)) {
        problems << VisitsTr::tr("Waiting minutes must be between 0 and 1440.");
    }
    if (visit.daysSupply && (*visit.daysSupply < 1 || *visit.daysSupply > 366)) {
        problems << VisitsTr::tr("Days of supply must be between 1 and 366.");
    }
    for (qsizetype i = 0; i < visit.items.size(); ++i) {
        const VisitItem &item = visit.items.at(i);
        if (item.name.trimmed().isEmpty()) {
            problems << VisitsTr::tr("Item %1 needs a name.").arg(i + 1);
        }
        if (item.quantity <= 0) {
            problems << VisitsTr::tr("Item %1 (%2): the quantity must be at least 1.").arg(i + 1).arg(item.name);
        }
        if (item.unitPriceCents < 0) {
            problems << VisitsTr::tr("Item %1 (%2): the price cannot be negative.").arg(i + 1).arg(item.name);
        }
    }
    return problems;
}

QStringList VisitRepository::validate(const Interaction &interaction, const QDateTime &now)
{
    QStringList problems;
    if (interaction.customerId <= 0) {
        problems << VisitsTr::tr("Choose the customer the contact was with.");
    }
    if (interaction.at.isValid() && interaction.at > now.addSecs(60 * allowedFutureMinutes)) {
        problems << VisitsTr::tr("The contact time lies in the future. Check the date and the time.");
    }
    if (interaction.summary.size() > 4000) {
        problems << VisitsTr::tr("The summary is too long; keep it under 4000 characters.");
    }
    return problems;
}

Result<Visit> VisitRepository::addVisit(Visit visit)
{
    return addVisit(std::move(visit), {});
}

Result<Visit> VisitRepository::addVisit(Visit visit, const std::function<Status(const Visit &saved)> &alongside)
{
    const QDateTime now = m_clock.nowUtc();
    const QStringList problems = validate(visit, now);
    if (!problems.isEmpty()) {
        return makeError(ErrorCode::Validation, problems.join(QLatin1Char(' ')));
    }
    normalise(visit, now, m_userName);
    QSqlDatabase db = connection();
    QSqlQuery check(db);
    if (!check.prepare(customerCheckSql)) {
        return databaseError(check.lastError(), VisitsTr::tr("The visit could not be saved."));
    }
    if (auto status = checkCustomer(check, visit.customerId); !status) {
        return status.error();
    }
    if (!db.transaction()) {
        return databaseError(db.lastError(), VisitsTr::tr("The visit could not be saved."));
    }
    QSqlQuery q(db);
    auto fail = [&]() -> Result<Visit> {
        const QSqlError error = q.lastError();
        q.finish();
        db.rollback();
        return databaseError(error, VisitsTr::tr("The visit could not be saved; nothing was recorded."));
    };
    if (!execPrepared(q, visitInsertSql, visitValues(visit))) {
        return fail();
    }
    visit.id = q.lastInsertId().toLongLong();
    if (!execPrepared(q, activitySql, {iso(visit.at), visit.customerId, iso(visit.at)})) {
        return fail();
    }
    for (qsizetype i = 0; i < visit.items.size(); ++i) {
        if (!execPrepared(q, itemInsertSql, itemValues(visit.id, static_cast<int>(i), visit.items.at(i)))) {
            return fail();
        }
        visit.items[i].id = q.lastInsertId().toLongLong();
    }
    q.finish();
    {
        AuditEntry entry{QStringLiteral("visit.add"),
                         QStringLiteral("visit"),
                         QString::number(visit.id),
                         QStringLiteral("customer=%1").arg(visit.customerId),
                         {}};
        entry.changes.initial(QStringLiteral("kind"), visitKindId(visit.kind))
            .initial(QStringLiteral("amount_cents"), visit.amountCents)
            .initial(QStringLiteral("items"), int(visit.items.size()));
        if (Status audited = AuditLog(m_connectionName, m_userName, m_clock).record(entry); !audited) {
            db.rollback();
            return audited.error();
        }
    }
    if (alongside) {
        if (Status also = alongside(visit); !also) {
            db.rollback();
            return also.error();
        }
    }
    if (!db.commit()) {
        const QSqlError error = db.lastError();
        db.rollback();
        return databaseError(error, VisitsTr::tr("The visit could not be saved; nothing was recorded."));
    }
    return visit;
}

Status VisitRepository::addVisitsBulk(QList<Visit> &visits)
{
    const QDateTime now = m_clock.nowUtc();
    for (qsizetype i = 0; i < visits.size(); ++i) {
        const QStringList problems = validate(visits.at(i), now);
        if (!problems.isEmpty()) {
            return makeError(ErrorCode::Validation,
                             VisitsTr::tr("Visit %1: %2").arg(i + 1).arg(problems.join(QLatin1Char(' '))));
        }
    }
    QSqlDatabase db = connection();
    if (!db.transaction()) {
        return databaseError(db.lastError(), VisitsTr::tr("The visits could not be saved."));
    }
    QSqlQuery check(db);
    QSqlQuery insert(db);
    QSqlQuery item(db);
    QSqlQuery activity(db);
    auto fail = [&](const QSqlQuery &failed) -> Status {
        const QSqlError error = failed.lastError();
        for (QSqlQuery *q : {&check, &insert, &item, &activity}) {
            q->finish();
        }
        db.rollback();
        for (Visit &visit : visits) {
            visit.id = 0;
        }
        return databaseError(error, VisitsTr::tr("The visits could not be saved; none were added."));
    };
    if (!check.prepare(customerCheckSql)) {
        return fail(check);
    }
    if (!insert.prepare(visitInsertSql)) {
        return fail(insert);
    }
    if (!item.prepare(itemInsertSql)) {
        return fail(item);
    }
    if (!activity.prepare(activitySql)) {
        return fail(activity);
    }
    QHash<CustomerId, QString> latest; // customer → latest visit time; checked customers are in here
    for (Visit &visit : visits) {
        normalise(visit, now, m_userName);
        const QString at = iso(visit.at);
        auto known = latest.find(visit.customerId);
        if (known == latest.end()) {
            if (auto status = checkCustomer(check, visit.customerId); !status) {
                for (QSqlQuery *q : {&insert, &item, &activity}) {
                    q->finish();
                }
                db.rollback();
                for (Visit &unsaved : visits) {
                    unsaved.id = 0;
                }
                return status;
            }
            latest.insert(visit.customerId, at);
        } else if (*known < at) {
            *known = at;
        }
        if (!run(insert, visitValues(visit))) {
            return fail(insert);
        }
        visit.id = insert.lastInsertId().toLongLong();
        for (qsizetype i = 0; i < visit.items.size(); ++i) {
            if (!run(item, itemValues(visit.id, static_cast<int>(i), visit.items.at(i)))) {
                return fail(item);
            }
            visit.items[i].id = item.lastInsertId().toLongLong();
        }
    }
    for (auto it = latest.constBegin(); it != latest.constEnd(); ++it) {
        if (!run(activity, {it.value(), it.key(), it.value()})) {
            return fail(activity);
        }
    }
    for (QSqlQuery *q : {&check, &insert, &item, &activity}) {
        q->finish();
    }
    // One entry for the batch: bulk paths (imports, the demo) stay fast.
    if (Status audited = AuditLog(m_connectionName, m_userName, m_clock)
                             .record(QStringLiteral("visit.add_bulk"), QStringLiteral("visit"),
                                     QStringLiteral("count=%1").arg(visits.size()));
        !audited) {
        db.rollback();
        return audited;
    }
    if (!db.commit()) {
        const QSqlError error = db.lastError();
        db.rollback();
        return databaseError(error, VisitsTr::tr("The visits could not be saved; none were added."));
    }
    return {};
}

Result<QList<Visit>> VisitRepository::readVisits(const QString &where, const QVariantList &values) const
{
    QSqlDatabase db = connection();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!execPrepared(q,
                      QStringLiteral("SELECT id, customer_id, kind, at, department, staff, amount, waiting_minutes, "
                                     "days_supply, notes, created_at, created_by FROM visit WHERE ") +
                          where + QStringLiteral(" ORDER BY at DESC, id DESC"),
                      values)) {
        return databaseError(q.lastError(), VisitsTr::tr("The visits could not be read."));
    }
    QList<Visit> visits;
    QHash<VisitId, qsizetype> index;
    while (q.next()) {
        Visit v;
        v.id = q.value(0).toLongLong();
        v.customerId = q.value(1).toLongLong();
        v.kind = visitKindFromId(q.value(2).toString()).value_or(VisitKind::Consultation);
        v.at = fromIso(q.value(3).toString());
        v.department = q.value(4).toString();
        v.staff = q.value(5).toString();
        v.amountCents = q.value(6).toLongLong();
        v.waitingMinutes = optionalInt(q.value(7));
        v.daysSupply = optionalInt(q.value(8));
        v.notes = q.value(9).toString();
        v.createdAt = fromIso(q.value(10).toString());
        v.createdBy = q.value(11).toString();
        index.insert(v.id, visits.size());
        visits << v;
    }
    q.finish();
    if (visits.isEmpty()) {
        return visits;
    }
    QSqlQuery items(db);
    items.setForwardOnly(true);
    if (!execPrepared(items,
                      QStringLiteral("SELECT visit_id, id, name, product_class, quantity, unit_price FROM visit_item "
                                     "WHERE visit_id IN (SELECT id FROM visit WHERE ") +
                          where + QStringLiteral(") ORDER BY visit_id, position, id"),
                      values)) {
        return databaseError(items.lastError(), VisitsTr::tr("The purchased items could not be read."));
    }
    while (items.next()) {
        const auto it = index.constFind(items.value(0).toLongLong());
        if (it == index.constEnd()) {
            continue;
        }
        VisitItem item;
        item.id = items.value(1).toLongLong();
        item.name = items.value(2).toString();
        item.productClass = productClassFromId(items.value(3).toString()).value_or(ProductClass::Otc);
        item.quantity = items.value(4).toInt();
        item.unitPriceCents = items.value(5).toLongLong();
        visits[*it].items << item;
    }
    return visits;
}

Result<Visit> VisitRepository::findVisit(VisitId id) const
{
    auto visits = readVisits(QStringLiteral("id = ?"), {id});
    if (!visits) {
        return visits.error();
    }
    if (visits->isEmpty()) {
        return makeError(ErrorCode::NotFound, VisitsTr::tr("The visit does not exist (any more)."));
    }
    return visits->first();
}

Result<QList<Visit>> VisitRepository::visitsOf(CustomerId customerId, const QDateTime &from, const QDateTime &to) const
{
    QVariantList values{customerId};
    const QString where = QStringLiteral("customer_id = ?") + periodSql(from, to, values);
    return readVisits(where, values);
}

Result<Interaction> VisitRepository::addInteraction(Interaction interaction)
{
    const QDateTime now = m_clock.nowUtc();
    const QStringList problems = validate(interaction, now);
    if (!problems.isEmpty()) {
        return makeError(ErrorCode::Validation, problems.join(QLatin1Char(' ')));
    }
    if (!interaction.at.isValid()) {
        interaction.at = now;
    }
    interaction.at = interaction.at.toUTC();
    interaction.createdAt = now;
    interaction.createdBy = m_userName;
    QSqlDatabase db = connection();
    QSqlQuery q(db);
    if (!q.prepare(customerCheckSql)) {
        return databaseError(q.lastError(), VisitsTr::tr("The contact could not be saved."));
    }
    if (auto status = checkCustomer(q, interaction.customerId); !status) {
        return status.error();
    }
    if (interaction.visitId) {
        if (!execPrepared(q, QStringLiteral("SELECT customer_id FROM visit WHERE id = ?"), {*interaction.visitId})) {
            return databaseError(q.lastError(), VisitsTr::tr("The contact could not be saved."));
        }
        if (!q.next() || q.value(0).toLongLong() != interaction.customerId) {
            return makeError(ErrorCode::Validation,
                             VisitsTr::tr("The linked visit belongs to another customer. Choose one of this "
                                          "customer's visits."));
        }
        q.finish();
    }
    q.finish();
    // The contact and its audit entry together (a savepoint inside a caller's transaction); the summary and the
    // staff name are typed text, so the entry says only that they were given.
    return transact<Interaction>(db, VisitsTr::tr("The contact could not be saved."), [&]() -> Result<Interaction> {
        if (!execPrepared(q, interactionInsertSql, interactionValues(interaction))) {
            return databaseError(q.lastError(), VisitsTr::tr("The contact could not be saved."));
        }
        interaction.id = q.lastInsertId().toLongLong();
        q.finish();
        AuditEntry entry{QStringLiteral("interaction.create"), QStringLiteral("interaction"),
                         QString::number(interaction.id), QStringLiteral("customer=%1").arg(interaction.customerId),
                         {}};
        entry.changes.initial(QStringLiteral("channel"), interactionChannelId(interaction.channel))
            .initial(QStringLiteral("direction"), directionId(interaction.direction))
            .initial(QStringLiteral("at"), interaction.at)
            .initial(QStringLiteral("visit_id"), interaction.visitId ? QVariant(*interaction.visitId) : QVariant())
            .initialIdentifying(QStringLiteral("staff"), !interaction.staff.trimmed().isEmpty())
            .initialIdentifying(QStringLiteral("summary"), !interaction.summary.trimmed().isEmpty());
        if (Status audited = AuditLog(m_connectionName, m_userName, m_clock).record(entry); !audited) {
            return audited.error();
        }
        return interaction;
    });
}

Status VisitRepository::addInteractionsBulk(QList<Interaction> &interactions)
{
    const QDateTime now = m_clock.nowUtc();
    for (qsizetype i = 0; i < interactions.size(); ++i) {
        const QStringList problems = validate(interactions.at(i), now);
        if (!problems.isEmpty()) {
            return makeError(ErrorCode::Validation,
                             VisitsTr::tr("Contact %1: %2").arg(i + 1).arg(problems.join(QLatin1Char(' '))));
        }
    }
    QSqlDatabase db = connection();
    if (!db.transaction()) {
        return databaseError(db.lastError(), VisitsTr::tr("The contacts could not be saved."));
    }
    QSqlQuery insert(db);
    auto fail = [&](const QSqlError &error) -> Status {
        insert.finish();
        db.rollback();
        for (Interaction &interaction : interactions) {
            interaction.id = 0;
        }
        return databaseError(error, VisitsTr::tr("The contacts could not be saved; none were added."));
    };
    if (!insert.prepare(interactionInsertSql)) {
        return fail(insert.lastError());
    }
    for (Interaction &interaction : interactions) {
        if (!interaction.at.isValid()) {
            interaction.at = now;
        }
        interaction.createdAt = now;
        interaction.createdBy = m_userName;
        if (!run(insert, interactionValues(interaction))) {
            return fail(insert.lastError());
        }
        interaction.id = insert.lastInsertId().toLongLong();
    }
    insert.finish();
    if (!interactions.isEmpty()) {
        // One entry for the batch, like addVisitsBulk().
        if (Status audited = AuditLog(m_connectionName, m_userName, m_clock)
                                 .record(QStringLiteral("interaction.create_bulk"), QStringLiteral("interaction"),
                                         QStringLiteral("count=%1").arg(interactions.size()));
            !audited) {
            db.rollback();
            for (Interaction &interaction : interactions) {
                interaction.id = 0;
            }
            return audited;
        }
    }
    if (!db.commit()) {
        return fail(db.lastError());
    }
    return {};
}

Result<QList<Interaction>> VisitRepository::interactionsOf(CustomerId customerId, const QDateTime &from,
                                                           const QDateTime &to) const
{
    QVariantList values{customerId};
    const QString where = QStringLiteral("customer_id = ?") + periodSql(from, to, values);
    QSqlQuery q(connection());
    q.setForwardOnly(true);
    if (!execPrepared(q,
                      QStringLiteral("SELECT ") + interactionColumns + QStringLiteral(" FROM interaction WHERE ") +
                          where + QStringLiteral(" ORDER BY at DESC, id DESC"),
                      values)) {
        return databaseError(q.lastError(), VisitsTr::tr("The contacts could not be read."));
    }
    QList<Interaction> list;
    while (q.next()) {
        list << interactionFromRow(q);
    }
    return list;
}

namespace {

/** The WHERE clause (over visit v) for @p filter, appending its values. */
QString listWhere(const VisitListFilter &filter, QVariantList &values)
{
    QString sql = QStringLiteral("1 = 1");
    if (filter.from.isValid()) {
        sql += QStringLiteral(" AND v.at >= ?");
        values << iso(filter.from);
    }
    if (filter.to.isValid()) {
        sql += QStringLiteral(" AND v.at < ?");
        values << iso(filter.to);
    }
    if (filter.kind) {
        sql += QStringLiteral(" AND v.kind = ?");
        values << visitKindId(*filter.kind);
    }
    if (!filter.department.isEmpty()) {
        sql += QStringLiteral(" AND v.department = ?");
        values << filter.department;
    }
    return sql;
}

} // namespace

Result<QList<VisitListRow>> VisitRepository::visitPage(const VisitListFilter &filter,
                                                       const std::optional<VisitCursor> &after, int limit) const
{
    limit = std::clamp(limit, 1, maxPageSize);
    QVariantList values;
    QString where = listWhere(filter, values);
    if (after) {
        // "at <= ?" first so that SQLite walks the visit_at index from the cursor on.
        where += QStringLiteral(" AND v.at <= ? AND (v.at < ? OR v.id < ?)");
        values << iso(after->at) << iso(after->at) << after->id;
    }
    values << limit;
    QSqlDatabase db = connection();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!execPrepared(q,
                      QStringLiteral("SELECT v.id, v.customer_id, v.kind, v.at, v.department, v.staff, v.amount, "
                                     "v.waiting_minutes, v.days_supply, v.notes, v.created_at, v.created_by, c.name, "
                                     "c.member_number FROM visit v JOIN customer c ON c.id = v.customer_id WHERE ") +
                          where + QStringLiteral(" ORDER BY v.at DESC, v.id DESC LIMIT ?"),
                      values)) {
        return databaseError(q.lastError(), VisitsTr::tr("The visits could not be read."));
    }
    QList<VisitListRow> rows;
    QHash<VisitId, qsizetype> index;
    while (q.next()) {
        VisitListRow row;
        Visit &v = row.visit;
        v.id = q.value(0).toLongLong();
        v.customerId = q.value(1).toLongLong();
        v.kind = visitKindFromId(q.value(2).toString()).value_or(VisitKind::Consultation);
        v.at = fromIso(q.value(3).toString());
        v.department = q.value(4).toString();
        v.staff = q.value(5).toString();
        v.amountCents = q.value(6).toLongLong();
        v.waitingMinutes = optionalInt(q.value(7));
        v.daysSupply = optionalInt(q.value(8));
        v.notes = q.value(9).toString();
        v.createdAt = fromIso(q.value(10).toString());
        v.createdBy = q.value(11).toString();
        row.customerName = q.value(12).toString();
        row.memberNumber = q.value(13).toString();
        index.insert(v.id, rows.size());
        rows << row;
    }
    q.finish();
    if (rows.isEmpty()) {
        return rows;
    }
    // One placeholder per visit of this page (at most maxPageSize, below SQLite's 999 variables).
    QStringList marks;
    QVariantList ids;
    for (const VisitListRow &row : std::as_const(rows)) {
        marks << QStringLiteral("?");
        ids << row.visit.id;
    }
    QSqlQuery items(db);
    items.setForwardOnly(true);
    if (!execPrepared(items,
                      QStringLiteral("SELECT visit_id, id, name, product_class, quantity, unit_price FROM visit_item "
                                     "WHERE visit_id IN (") +
                          marks.join(QLatin1Char(',')) + QStringLiteral(") ORDER BY visit_id, position, id"),
                      ids)) {
        return databaseError(items.lastError(), VisitsTr::tr("The purchased items could not be read."));
    }
    while (items.next()) {
        const auto it = index.constFind(items.value(0).toLongLong());
        if (it == index.constEnd()) {
            continue;
        }
        VisitItem item;
        item.id = items.value(1).toLongLong();
        item.name = items.value(2).toString();
        item.productClass = productClassFromId(items.value(3).toString()).value_or(ProductClass::Otc);
        item.quantity = items.value(4).toInt();
        item.unitPriceCents = items.value(5).toLongLong();
        rows[*it].visit.items << item;
    }
    return rows;
}

VisitCursor VisitRepository::cursorFor(const VisitListRow &row)
{
    return {row.visit.at, row.visit.id};
}

Result<VisitTotals> VisitRepository::visitTotals(const VisitListFilter &filter) const
{
    QVariantList values;
    const QString where = listWhere(filter, values);
    QSqlQuery q(connection());
    q.setForwardOnly(true);
    if (!execPrepared(q,
                      QStringLiteral("SELECT count(*), coalesce(sum(v.amount), 0), count(v.waiting_minutes), "
                                     "avg(v.waiting_minutes) FROM visit v WHERE ") +
                          where,
                      values) ||
        !q.next()) {
        return databaseError(q.lastError(), VisitsTr::tr("The visit totals could not be read."));
    }
    VisitTotals totals;
    totals.count = q.value(0).toLongLong();
    totals.revenueCents = q.value(1).toLongLong();
    totals.withWaitingTime = q.value(2).toLongLong();
    if (!q.value(3).isNull()) {
        totals.averageWaitingMinutes = q.value(3).toDouble();
    }
    return totals;
}

Result<QStringList> VisitRepository::visitDepartments() const
{
    QSqlQuery q(connection());
    q.setForwardOnly(true);
    if (!execPrepared(q, QStringLiteral("SELECT DISTINCT department FROM visit WHERE department <> '' "
                                        "ORDER BY department"))) {
        return databaseError(q.lastError(), VisitsTr::tr("The departments could not be read."));
    }
    QStringList departments;
    while (q.next()) {
        departments << q.value(0).toString();
    }
    return departments;
}

} // namespace caredesk::core
