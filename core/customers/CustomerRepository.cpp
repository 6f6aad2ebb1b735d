// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/customers/CustomerRepository.h"

#include "core/audit/AuditLog.h"
#include "core/audit/CustomerAudit.h"
#include "core/auth/Permission.h"
#include "core/common/Tr.h"
#include "core/customers/ChineseIdNumber.h"
#include "core/customers/CustomerValidator.h"
#include "core/customers/PhoneNumber.h"
#include "core/customers/SearchTokenizer.h"
#include "core/storage/Database.h"
#include "core/storage/SqlErrors.h"
#include "core/storage/Transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>
#include <future>

namespace caredesk::core {

namespace {

/** Columns read into a Customer, in this order (fromRow depends on it). */
const QString customerColumns = QStringLiteral(
    "c.id, c.kind, c.organisation_id, c.name, c.sex, c.birth_date, c.phone, c.phone2, c.email, c.address, "
    "c.region, c.member_number, c.id_number, c.source, c.referred_by, c.preferred_channel, c.notes, c.categories, "
    "c.chronic_medication, c.lifecycle, c.last_activity_at, c.created_at, c.updated_at, c.merged_into, "
    "(SELECT group_concat(tag, char(10)) FROM customer_tag t WHERE t.customer_id = c.id)");

/**
 * Tables whose rows point at a customer; a merge moves them to the survivor. Later features add their tables here
 * (visits, feedback, loyalty, complaints, follow-ups) so that merge and un-merge cover them too.
 */
struct LinkTable {
    const char *table;
    const char *column;
    const char *kind;     ///< source text for CustomersTr::tr
    const char *describe; ///< SQL expression over the row for one line of description
};
constexpr LinkTable linkTables[] = {
    {"consent_event", "customer_id", QT_TRANSLATE_NOOP("caredesk::core::CustomersTr", "Consent record"),
     "channel || ' / ' || purpose || ' / ' || CASE granted WHEN 1 THEN 'granted' ELSE 'withdrawn' END || ' ' || at"},
    {"customer_tag", "customer_id", QT_TRANSLATE_NOOP("caredesk::core::CustomersTr", "Tag"), "tag"},
    {"customer", "organisation_id", QT_TRANSLATE_NOOP("caredesk::core::CustomersTr", "Organisation member"),
     "name || ' (' || member_number || ')'"},
    {"customer", "referred_by", QT_TRANSLATE_NOOP("caredesk::core::CustomersTr", "Referred customer"),
     "name || ' (' || member_number || ')'"},
    {"visit", "customer_id", QT_TRANSLATE_NOOP("caredesk::core::CustomersTr", "Visit"),
     "kind || ' ' || at || CASE WHEN department <> '' THEN ' / ' || department ELSE '' END"},
    {"interaction", "customer_id", QT_TRANSLATE_NOOP("caredesk::core::CustomersTr", "Contact"),
     "channel || ' ' || direction || ' ' || at"},
    {"survey_response", "customer_id", QT_TRANSLATE_NOOP("caredesk::core::CustomersTr", "Survey response"),
     "channel || ' ' || at || ' CSAT ' || coalesce(csat, '-') || ' NPS ' || coalesce(nps, '-')"},
    {"loyalty_entry", "customer_id", QT_TRANSLATE_NOOP("caredesk::core::CustomersTr", "Loyalty entry"),
     "kind || ' ' || points || ' ' || on_date"},
    {"loyalty_tier_event", "customer_id", QT_TRANSLATE_NOOP("caredesk::core::CustomersTr", "Loyalty tier change"),
     "from_tier || ' -> ' || to_tier || ' ' || at"},
    {"complaint", "customer_id", QT_TRANSLATE_NOOP("caredesk::core::CustomersTr", "Complaint"),
     "category || ' ' || state || ' ' || received_at"},
    {"follow_up_task", "customer_id", QT_TRANSLATE_NOOP("caredesk::core::CustomersTr", "Follow-up"),
     "kind || ' ' || status || ' ' || due_date"},
};

/**
 * The rows of @p link that point at the merged customer (first value) as rowid[, @p describe]. In the customer table
 * itself the survivor (second value) is left out, so that a customer never becomes its own member or referrer.
 */
QString linkedRowsSql(const LinkTable &link, const QString &describe)
{
    const QString table = QString::fromLatin1(link.table);
    const QString selfClause =
        table == QLatin1String("customer") ? QStringLiteral("rowid <> ?") : QStringLiteral("? IS NOT NULL");
    return QStringLiteral("SELECT rowid%1 FROM %2 WHERE %3 = ? AND %4")
        .arg(describe.isEmpty() ? QString() : QStringLiteral(", ") + describe, table, QString::fromLatin1(link.column),
             selfClause);
}

QVariant nullable(const std::optional<CustomerId> &id)
{
    return id ? QVariant(*id) : QVariant();
}

std::optional<CustomerId> optionalId(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<CustomerId>(value.toLongLong());
}

Customer fromRow(const QSqlQuery &q)
{
    Customer c;
    c.id = q.value(0).toLongLong();
    c.kind = kindFromId(q.value(1).toString());
    c.organisationId = optionalId(q.value(2));
    c.name = q.value(3).toString();
    c.sex = sexFromId(q.value(4).toString());
    c.birthDate = QDate::fromString(q.value(5).toString(), Qt::ISODate);
    c.phone = q.value(6).toString();
    c.phone2 = q.value(7).toString();
    c.email = q.value(8).toString();
    c.address = q.value(9).toString();
    c.region = q.value(10).toString();
    c.memberNumber = q.value(11).toString();
    c.idNumber = q.value(12).toString();
    c.source = sourceFromId(q.value(13).toString());
    c.referredBy = optionalId(q.value(14));
    c.preferredChannel = channelFromId(q.value(15).toString());
    c.notes = q.value(16).toString();
    c.categories = q.value(17).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    c.chronicMedication = q.value(18).toInt() != 0;
    c.lifecycle = lifecycleFromId(q.value(19).toString());
    c.lastActivityAt = fromIso(q.value(20).toString());
    c.createdAt = fromIso(q.value(21).toString());
    c.updatedAt = fromIso(q.value(22).toString());
    c.mergedInto = optionalId(q.value(23));
    c.tags = q.value(24).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    c.tags.sort();
    return c;
}

/** What every customer of one name shares in a bulk write: the pinyin and the name's index tokens. */
struct NameKeys {
    QString pinyin;
    QStringList tokens;
    QSet<QString> tokenSet;
};

NameKeys nameKeysOf(const QString &name)
{
    NameKeys keys;
    keys.pinyin = SearchTokenizer::pinyin(name);
    SearchTokenizer::Input nameOnly;
    nameOnly.name = name;
    keys.tokens = SearchTokenizer::document(nameOnly).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    keys.tokenSet = QSet<QString>(keys.tokens.cbegin(), keys.tokens.cend());
    return keys;
}

QString pinyinKey(const QString &name)
{
    return SearchTokenizer::pinyin(name).remove(QLatin1Char(' '));
}

QString sortKey(const QString &name)
{
    return SearchTokenizer::pinyin(name) + QLatin1Char('\x1f') + name;
}

QString searchDocument(const Customer &c)
{
    SearchTokenizer::Input input;
    input.name = c.name;
    input.phones = QStringList{c.phone, c.phone2};
    input.phones.removeAll(QString());
    input.memberNumber = c.memberNumber;
    input.idNumber = c.idNumber;
    return SearchTokenizer::document(input);
}

/** A column value with its SQLite storage class, so un-merge restores rows exactly. */
QJsonArray encodeValue(const QVariant &value)
{
    if (value.isNull()) {
        return {QStringLiteral("n")};
    }
    switch (value.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
    case QMetaType::ULongLong:
    case QMetaType::UInt: return {QStringLiteral("i"), QString::number(value.toLongLong())};
    case QMetaType::Double: return {QStringLiteral("r"), value.toDouble()};
    case QMetaType::QByteArray: return {QStringLiteral("b"), QString::fromLatin1(value.toByteArray().toBase64())};
    default: return {QStringLiteral("s"), value.toString()};
    }
}

QVariant decodeValue(const QJsonArray &encoded)
{
    const QString type = encoded.at(0).toString();
    if (type == QLatin1String("i")) {
        return QVariant(encoded.at(1).toString().toLongLong());
    }
    if (type == QLatin1String("r")) {
        return QVariant(encoded.at(1).toDouble());
    }
    if (type == QLatin1String("b")) {
        return QVariant(QByteArray::fromBase64(encoded.at(1).toString().toLatin1()));
    }
    if (type == QLatin1String("s")) {
        return QVariant(encoded.at(1).toString());
    }
    return {};
}

/** The whole row @p rowId of @p table, every column with its type, including rowid. */
Result<QJsonObject> snapshotRow(QSqlDatabase db, const QString &table, qint64 rowId)
{
    QSqlQuery q(db);
    if (!execPrepared(q, QStringLiteral("SELECT rowid AS caredesk_rowid, * FROM %1 WHERE rowid = ?").arg(table),
                      {rowId}) ||
        !q.next()) {
        return databaseError(q.lastError(), CustomersTr::tr("A linked record could not be read."));
    }
    QJsonObject row;
    const QSqlRecord record = q.record();
    for (int i = 1; i < record.count(); ++i) {
        row.insert(record.fieldName(i), encodeValue(q.value(i)));
    }
    row.insert(QStringLiteral("caredesk_rowid"), encodeValue(q.value(0)));
    return row;
}

/** Writes every column of @p row back into @p table (INSERT OR REPLACE keeps the rowid). */
bool restoreRow(QSqlQuery &q, const QString &table, const QJsonObject &row)
{
    // An UPDATE of the row if it is still there, an INSERT with its old rowid if not. Never INSERT OR REPLACE:
    // SQLite 3.15 miscounts a partial index (customer_merged_into) when REPLACE moves a row in or out of it.
    const QVariant rowId = decodeValue(row.value(QStringLiteral("caredesk_rowid")).toArray());
    QStringList columns;
    QStringList assignments;
    QVariantList values;
    for (auto it = row.constBegin(); it != row.constEnd(); ++it) {
        if (it.key() == QLatin1String("caredesk_rowid")) {
            continue;
        }
        columns << QStringLiteral("\"%1\"").arg(it.key());
        assignments << QStringLiteral("\"%1\" = ?").arg(it.key());
        values << decodeValue(it.value().toArray());
    }
    if (!execPrepared(q,
                      QStringLiteral("UPDATE %1 SET %2 WHERE rowid = ?").arg(table, assignments.join(QLatin1Char(','))),
                      values + QVariantList{rowId})) {
        return false;
    }
    if (q.numRowsAffected() > 0) {
        return true;
    }
    QStringList marks{QStringLiteral("?")};
    for (qsizetype i = 0; i < columns.size(); ++i) {
        marks << QStringLiteral("?");
    }
    return execPrepared(q,
                        QStringLiteral("INSERT INTO %1(rowid,%2) VALUES (%3)")
                            .arg(table, columns.join(QLatin1Char(',')), marks.join(QLatin1Char(','))),
                        QVariantList{rowId} + values);
}

QString statusCondition(ActivityStatus status)
{
    const QString activity = QStringLiteral("(CASE WHEN c.last_activity_at <> '' THEN c.last_activity_at "
                                            "ELSE c.created_at END)");
    switch (status) {
    case ActivityStatus::Active: return activity + QStringLiteral(" >= :dormantCutoff");
    case ActivityStatus::Dormant:
        return activity + QStringLiteral(" < :dormantCutoff AND ") + activity + QStringLiteral(" >= :lostCutoff");
    case ActivityStatus::Lost: return activity + QStringLiteral(" < :lostCutoff");
    }
    return QStringLiteral("1");
}

const char *sortColumn(CustomerSort sort)
{
    switch (sort) {
    case CustomerSort::Name: return "c.name_sort";
    case CustomerSort::MemberNumber: return "c.member_number";
    case CustomerSort::LastActivity: return "c.last_activity_at";
    case CustomerSort::Created: return "c.created_at";
    }
    return "c.name_sort";
}

} // namespace

CustomerRepository::CustomerRepository(Database &database, const Clock &clock)
    : CustomerRepository(database.connectionName(), database.session().userName, clock)
{
    m_role = database.session().role;
    m_mask = !roleAllows(*m_role, Permission::RevealMasked);
}

CustomerRepository::CustomerRepository(const QString &connectionName, const QString &userName, const Clock &clock)
    : m_connectionName(connectionName), m_userName(userName), m_clock(clock)
{
    QSqlQuery q(connection());
    if (q.exec(QStringLiteral("SELECT key, value FROM setting WHERE key LIKE 'customers.%'"))) {
        while (q.next()) {
            if (q.value(0).toString() == QLatin1String("customers.dormant_after_days")) {
                m_dormantDays = q.value(1).toInt();
            } else if (q.value(0).toString() == QLatin1String("customers.lost_after_days")) {
                m_lostDays = q.value(1).toInt();
            }
        }
    }
}

QSqlDatabase CustomerRepository::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

namespace {

/** Binds the filter's values and returns its SQL conditions (joined by AND, starting with the merged check). */
QString filterSql(const CustomerFilter &filter)
{
    QStringList where{QStringLiteral("c.merged_into IS NULL")};
    if (filter.kind) {
        where << QStringLiteral("c.kind = :kind");
    }
    if (filter.status) {
        where << statusCondition(*filter.status);
    }
    if (!filter.tag.isEmpty()) {
        where << QStringLiteral("c.id IN (SELECT customer_id FROM customer_tag WHERE tag = :tag)");
    }
    if (!filter.region.isEmpty()) {
        where << QStringLiteral("c.region = :region");
    }
    if (filter.organisationId) {
        where << QStringLiteral("c.organisation_id = :organisation");
    }
    if (filter.marketingConsent) {
        const QString consented = QStringLiteral(
            "EXISTS (SELECT 1 FROM consent_event e WHERE e.customer_id = c.id AND e.purpose = 'marketing' "
            "AND e.granted = 1 AND e.id = (SELECT max(e2.id) FROM consent_event e2 WHERE e2.customer_id = c.id "
            "AND e2.channel = e.channel AND e2.purpose = e.purpose))");
        where << (*filter.marketingConsent ? consented : QStringLiteral("NOT ") + consented);
    }
    return where.join(QStringLiteral(" AND "));
}

void bindFilter(QSqlQuery &q, const CustomerFilter &filter, const QDateTime &now, int dormantDays, int lostDays)
{
    if (filter.kind) {
        q.bindValue(QStringLiteral(":kind"), kindId(*filter.kind));
    }
    if (filter.status) {
        if (*filter.status != ActivityStatus::Lost) {
            q.bindValue(QStringLiteral(":dormantCutoff"), iso(now.addDays(-dormantDays)));
        }
        if (*filter.status != ActivityStatus::Active) {
            q.bindValue(QStringLiteral(":lostCutoff"), iso(now.addDays(-lostDays)));
        }
    }
    if (!filter.tag.isEmpty()) {
        q.bindValue(QStringLiteral(":tag"), filter.tag);
    }
    if (!filter.region.isEmpty()) {
        q.bindValue(QStringLiteral(":region"), filter.region);
    }
    if (filter.organisationId) {
        q.bindValue(QStringLiteral(":organisation"), *filter.organisationId);
    }
}

} // namespace

Result<Customer> CustomerRepository::add(Customer customer)
{
    const QList<FieldError> errors = CustomerValidator::validate(customer, m_clock.today());
    if (!errors.isEmpty()) {
        return makeError(ErrorCode::Validation, CustomerValidator::summary(errors));
    }
    QSqlDatabase db = connection();
    const QDateTime now = m_clock.nowUtc();
    customer.createdAt = now;
    customer.updatedAt = now;
    if (!db.transaction()) {
        return databaseError(db.lastError(), CustomersTr::tr("The customer could not be saved."));
    }
    QSqlQuery q(db);
    auto fail = [&](const QString &message) -> Result<Customer> {
        const QSqlError error = q.lastError();
        q.finish();
        db.rollback();
        if (sqliteCode(error) == 2067) { // SQLITE_CONSTRAINT_UNIQUE: only member_number is unique
            return makeError(ErrorCode::Conflict,
                             CustomersTr::tr("Member number %1 is already in use. Leave it empty to get a new one.")
                                 .arg(customer.memberNumber));
        }
        return databaseError(error, message);
    };
    // A temporary member number keeps the UNIQUE index happy until the id is known.
    const bool assignNumber = customer.memberNumber.isEmpty();
    const QString pending = QStringLiteral("pending-") + QString::number(now.toMSecsSinceEpoch()) + QLatin1Char('-') +
                            QString::number(reinterpret_cast<quintptr>(&customer));
    if (!execPrepared(
            q,
            QStringLiteral("INSERT INTO customer(kind, organisation_id, name, name_sort, name_pinyin, sex, birth_date, "
                           "phone, phone2, email, address, region, member_number, id_number, source, referred_by, "
                           "preferred_channel, notes, categories, chronic_medication, lifecycle, last_activity_at, "
                           "created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"),
            {kindId(customer.kind),
             nullable(customer.organisationId),
             customer.name,
             sortKey(customer.name),
             pinyinKey(customer.name),
             sexId(customer.sex),
             customer.birthDate.isValid() ? QVariant(customer.birthDate.toString(Qt::ISODate)) : QVariant(),
             customer.phone,
             customer.phone2,
             customer.email,
             customer.address,
             customer.region,
             assignNumber ? pending : customer.memberNumber,
             customer.idNumber.isEmpty() ? QVariant() : QVariant(customer.idNumber),
             sourceId(customer.source),
             nullable(customer.referredBy),
             channelId(customer.preferredChannel),
             customer.notes,
             customer.categories.join(QLatin1Char('\n')),
             customer.chronicMedication ? 1 : 0,
             lifecycleId(customer.lifecycle),
             iso(customer.lastActivityAt),
             iso(now),
             iso(now)})) {
        return fail(CustomersTr::tr("The customer could not be saved."));
    }
    customer.id = q.lastInsertId().toLongLong();
    if (assignNumber) {
        customer.memberNumber = QStringLiteral("M%1").arg(customer.id, 8, 10, QLatin1Char('0'));
        if (!execPrepared(q, QStringLiteral("UPDATE customer SET member_number = ? WHERE id = ?"),
                          {customer.memberNumber, customer.id})) {
            return fail(CustomersTr::tr("The customer could not be saved."));
        }
    }
    for (const QString &tag : std::as_const(customer.tags)) {
        if (!tag.trimmed().isEmpty() &&
            !execPrepared(q, QStringLiteral("INSERT OR IGNORE INTO customer_tag(customer_id, tag) VALUES (?, ?)"),
                          {customer.id, tag.trimmed()})) {
            return fail(CustomersTr::tr("The customer's tags could not be saved."));
        }
    }
    if (!execPrepared(q, QStringLiteral("INSERT INTO customer_search(docid, tokens) VALUES (?, ?)"),
                      {customer.id, searchDocument(customer)})) {
        return fail(CustomersTr::tr("The search index could not be updated."));
    }
    q.finish();
    if (auto audited = AuditLog(m_connectionName, m_userName, m_clock)
                           .record({QStringLiteral("customer.create"), QStringLiteral("customer"),
                                    QString::number(customer.id), QString(), CustomerAudit::created(customer)});
        !audited) {
        db.rollback();
        return audited.error();
    }
    if (!db.commit()) {
        const QSqlError error = db.lastError();
        db.rollback();
        return databaseError(error, CustomersTr::tr("The customer could not be saved."));
    }
    return findById(customer.id);
}

Status CustomerRepository::addBulk(QList<Customer> &customers)
{
    const QDate today = m_clock.today();
    for (qsizetype i = 0; i < customers.size(); ++i) {
        const QList<FieldError> errors = CustomerValidator::validate(customers[i], today);
        if (!errors.isEmpty()) {
            return makeError(ErrorCode::Validation, CustomersTr::tr("Record %1 (%2): %3")
                                                        .arg(i + 1)
                                                        .arg(customers[i].name, CustomerValidator::summary(errors)));
        }
    }
    QSqlDatabase db = connection();
    // Inside a transaction someone else opened (an import with its audit entry, a benchmark that rolls back) the
    // batch is a savepoint of it; otherwise its own transaction.
    const bool joined = inTransaction(db);
    QSqlQuery savepoint(db);
    if (joined ? !savepoint.exec(QStringLiteral("SAVEPOINT customers_bulk")) : !db.transaction()) {
        return databaseError(joined ? savepoint.lastError() : db.lastError(),
                             CustomersTr::tr("The customers could not be saved."));
    }
    const auto undo = [&] {
        if (joined) {
            savepoint.exec(QStringLiteral("ROLLBACK TO customers_bulk"));
            savepoint.exec(QStringLiteral("RELEASE customers_bulk"));
        } else {
            db.rollback();
        }
    };
    QSqlQuery insert(db);
    QSqlQuery tag(db);
    QSqlQuery search(db);
    QSqlQuery consent(db);
    auto fail = [&](const QSqlQuery &failed) -> Status {
        const QSqlError error = failed.lastError();
        for (QSqlQuery *q : {&insert, &tag, &search, &consent}) {
            q->finish();
        }
        undo();
        for (Customer &customer : customers) {
            customer.id = 0;
        }
        return databaseError(error, CustomersTr::tr("The customers could not be saved; none were added."));
    };
    if (!insert.prepare(QStringLiteral(
            "INSERT INTO customer(id, kind, organisation_id, name, name_sort, name_pinyin, sex, birth_date, phone, "
            "phone2, email, address, region, member_number, id_number, source, referred_by, preferred_channel, notes, "
            "categories, chronic_medication, lifecycle, last_activity_at, created_at, updated_at) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) ||
        !tag.prepare(QStringLiteral("INSERT OR IGNORE INTO customer_tag(customer_id, tag) VALUES (?, ?)")) ||
        !search.prepare(QStringLiteral("INSERT INTO customer_search(docid, tokens) VALUES (?, ?)")) ||
        !consent.prepare(QStringLiteral("INSERT INTO consent_event(customer_id, channel, purpose, granted, at, "
                                        "recorded_by, note) VALUES (?, ?, ?, 1, ?, ?, '')"))) {
        return fail(insert);
    }
    const QString now = iso(m_clock.nowUtc());
    const QString user = m_userName;
    // Ids are given here (the next after the highest, as SQLite would), so a new member number is written with the
    // row instead of a placeholder and an UPDATE. The transliteration of a name is the costly part of a row: done
    // once per distinct name. The index document is the name's tokens then the number tokens not among them, which
    // is exactly SearchTokenizer::document() of the whole.
    QSqlQuery maxId(db);
    if (!maxId.exec(QStringLiteral("SELECT coalesce(max(id), 0) FROM customer")) || !maxId.next()) {
        return fail(maxId);
    }
    CustomerId nextId = maxId.value(0).toLongLong() + 1;
    maxId.finish();
    // The readings of the names (ICU's Han-Latin, about 60 microseconds a name) are worked out on a second thread a
    // batch ahead of the rows being written, so a large import uses both cores. The worker gets its batch's names
    // as a copy and only reads `names` while the writer does too: a batch's keys are merged after its worker ends.
    QHash<QString, NameKeys> names;
    constexpr qsizetype batchSize = 1024;
    const auto namesOfBatch = [&customers](qsizetype from) {
        QStringList batch;
        const qsizetype to = std::min(customers.size(), from + batchSize);
        batch.reserve(to - from);
        for (qsizetype i = from; i < to; ++i) {
            batch.append(customers.at(i).name);
        }
        return batch;
    };
    const auto keysOf = [&names](const QStringList &batch) {
        QHash<QString, NameKeys> found;
        for (const QString &name : batch) {
            if (!names.contains(name) && !found.contains(name)) {
                found.insert(name, nameKeysOf(name));
            }
        }
        return found;
    };
    std::future<QHash<QString, NameKeys>> ahead;
    for (qsizetype row = 0; row < customers.size(); ++row) {
        if (row % batchSize == 0) {
            if (ahead.valid()) {
                names.insert(ahead.get());
            } else {
                names.insert(keysOf(namesOfBatch(row)));
            }
            if (row + batchSize < customers.size()) {
                ahead = std::async(std::launch::async, keysOf, namesOfBatch(row + batchSize));
            }
        }
        Customer &c = customers[row];
        const QString created = c.createdAt.isValid() ? iso(c.createdAt) : now;
        const auto nameKeys = names.constFind(c.name);
        const QString &pinyin = nameKeys->pinyin;
        const bool assignNumber = c.memberNumber.isEmpty();
        c.id = nextId++;
        if (assignNumber) {
            c.memberNumber = QStringLiteral("M%1").arg(c.id, 8, 10, QLatin1Char('0'));
        }
        const QVariantList values{
            c.id,
            kindId(c.kind),
            nullable(c.organisationId),
            c.name,
            QString(pinyin + QLatin1Char('\x1f') + c.name),
            QString(pinyin).remove(QLatin1Char(' ')),
            sexId(c.sex),
            c.birthDate.isValid() ? QVariant(c.birthDate.toString(Qt::ISODate)) : QVariant(),
            c.phone,
            c.phone2,
            c.email,
            c.address,
            c.region,
            c.memberNumber,
            c.idNumber.isEmpty() ? QVariant() : QVariant(c.idNumber),
            sourceId(c.source),
            nullable(c.referredBy),
            channelId(c.preferredChannel),
            c.notes,
            c.categories.join(QLatin1Char('\n')),
            c.chronicMedication ? 1 : 0,
            lifecycleId(c.lifecycle),
            iso(c.lastActivityAt),
            created,
            created};
        for (int i = 0; i < values.size(); ++i) {
            insert.bindValue(i, boundValue(values.at(i)));
        }
        if (!insert.exec()) {
            if (assignNumber) {
                c.memberNumber.clear();
            }
            return fail(insert);
        }
        for (const QString &t : std::as_const(c.tags)) {
            tag.bindValue(0, c.id);
            tag.bindValue(1, t);
            if (!tag.exec()) {
                return fail(tag);
            }
        }
        for (const QString &key : std::as_const(c.consents)) {
            const QStringList parts = key.split(QLatin1Char('|'));
            if (parts.size() != 2) {
                continue;
            }
            consent.bindValue(0, c.id);
            consent.bindValue(1, parts.at(0));
            consent.bindValue(2, parts.at(1));
            consent.bindValue(3, created);
            consent.bindValue(4, user);
            if (!consent.exec()) {
                return fail(consent);
            }
        }
        QStringList tokens = nameKeys->tokens;
        SearchTokenizer::Input numbers;
        numbers.phones = QStringList{c.phone, c.phone2};
        numbers.phones.removeAll(QString());
        numbers.memberNumber = c.memberNumber;
        numbers.idNumber = c.idNumber;
        for (const QString &token : SearchTokenizer::document(numbers).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            if (!nameKeys->tokenSet.contains(token)) {
                tokens.append(token);
            }
        }
        search.bindValue(0, c.id);
        search.bindValue(1, tokens.join(QLatin1Char(' ')));
        if (!search.exec()) {
            return fail(search);
        }
    }
    for (QSqlQuery *q : {&insert, &tag, &search, &consent}) {
        q->finish();
    }
    if (!customers.isEmpty()) {
        // One entry per batch (imports, the demo; 100k per-customer entries would be heavy): the ids are one range,
        // as the batch is a single write transaction.
        const AuditEntry entry{QStringLiteral("customer.create_bulk"), QStringLiteral("customer"), {},
                               QStringLiteral("count=%1 ids=%2-%3")
                                   .arg(customers.size())
                                   .arg(customers.constFirst().id)
                                   .arg(customers.constLast().id),
                               {}};
        if (Status audited = AuditLog(m_connectionName, m_userName, m_clock).record(entry); !audited) {
            undo();
            for (Customer &customer : customers) {
                customer.id = 0;
            }
            return audited;
        }
    }
    if (joined ? !savepoint.exec(QStringLiteral("RELEASE customers_bulk")) : !db.commit()) {
        const QSqlError error = joined ? savepoint.lastError() : db.lastError();
        undo();
        return databaseError(error, CustomersTr::tr("The customers could not be saved; none were added."));
    }
    return {};
}

Result<Customer> CustomerRepository::update(Customer customer)
{
    auto existing = findStored(customer.id);
    if (existing) {
        // A masked value that came back unchanged means "not touched": keep what is stored, never the mask.
        const auto keep = [](QString &value, const QString &stored, const QString &mask) {
            if (!stored.isEmpty() && value == mask) {
                value = stored;
            }
        };
        keep(customer.phone, existing->phone, PhoneNumber::masked(existing->phone));
        keep(customer.phone2, existing->phone2, PhoneNumber::masked(existing->phone2));
        keep(customer.idNumber, existing->idNumber, ChineseIdNumber::masked(existing->idNumber));
    }
    const QList<FieldError> errors = CustomerValidator::validate(customer, m_clock.today());
    if (!errors.isEmpty()) {
        return makeError(ErrorCode::Validation, CustomerValidator::summary(errors));
    }
    if (!existing) {
        return existing.error();
    }
    if (existing->mergedInto) {
        return makeError(ErrorCode::NotFound,
                         CustomersTr::tr("This customer was merged into another record. Open that record instead."));
    }
    if (customer.memberNumber.isEmpty()) {
        customer.memberNumber = existing->memberNumber;
    }
    QSqlDatabase db = connection();
    if (!db.transaction()) {
        return databaseError(db.lastError(), CustomersTr::tr("The customer could not be saved."));
    }
    QSqlQuery q(db);
    auto fail = [&](const QString &message) -> Result<Customer> {
        const QSqlError error = q.lastError();
        q.finish();
        db.rollback();
        if (sqliteCode(error) == 2067) {
            return makeError(
                ErrorCode::Conflict,
                CustomersTr::tr("Member number %1 is already in use. Choose another one.").arg(customer.memberNumber));
        }
        return databaseError(error, message);
    };
    if (!execPrepared(
            q,
            QStringLiteral("UPDATE customer SET kind=?, organisation_id=?, name=?, name_sort=?, name_pinyin=?, sex=?, "
                           "birth_date=?, phone=?, phone2=?, email=?, address=?, region=?, member_number=?, "
                           "id_number=?, source=?, referred_by=?, preferred_channel=?, notes=?, categories=?, "
                           "chronic_medication=?, lifecycle=?, last_activity_at=?, updated_at=? WHERE id=?"),
            {kindId(customer.kind),
             nullable(customer.organisationId),
             customer.name,
             sortKey(customer.name),
             pinyinKey(customer.name),
             sexId(customer.sex),
             customer.birthDate.isValid() ? QVariant(customer.birthDate.toString(Qt::ISODate)) : QVariant(),
             customer.phone,
             customer.phone2,
             customer.email,
             customer.address,
             customer.region,
             customer.memberNumber,
             customer.idNumber.isEmpty() ? QVariant() : QVariant(customer.idNumber),
             sourceId(customer.source),
             nullable(customer.referredBy),
             channelId(customer.preferredChannel),
             customer.notes,
             customer.categories.join(QLatin1Char('\n')),
             customer.chronicMedication ? 1 : 0,
             lifecycleId(customer.lifecycle),
             iso(customer.lastActivityAt),
             iso(m_clock.nowUtc()),
             customer.id})) {
        return fail(CustomersTr::tr("The customer could not be saved."));
    }
    if (!execPrepared(q, QStringLiteral("DELETE FROM customer_tag WHERE customer_id = ?"), {customer.id})) {
        return fail(CustomersTr::tr("The customer's tags could not be saved."));
    }
    for (const QString &tag : std::as_const(customer.tags)) {
        if (!tag.trimmed().isEmpty() &&
            !execPrepared(q, QStringLiteral("INSERT OR IGNORE INTO customer_tag(customer_id, tag) VALUES (?, ?)"),
                          {customer.id, tag.trimmed()})) {
            return fail(CustomersTr::tr("The customer's tags could not be saved."));
        }
    }
    if (!execPrepared(q, QStringLiteral("DELETE FROM customer_search WHERE docid = ?"), {customer.id}) ||
        !execPrepared(q, QStringLiteral("INSERT INTO customer_search(docid, tokens) VALUES (?, ?)"),
                      {customer.id, searchDocument(customer)})) {
        return fail(CustomersTr::tr("The search index could not be updated."));
    }
    q.finish();
    if (auto audited =
            AuditLog(m_connectionName, m_userName, m_clock)
                .record({QStringLiteral("customer.update"), QStringLiteral("customer"), QString::number(customer.id),
                         QString(), CustomerAudit::changes(*existing, customer)});
        !audited) {
        db.rollback();
        return audited.error();
    }
    if (!db.commit()) {
        const QSqlError error = db.lastError();
        db.rollback();
        return databaseError(error, CustomersTr::tr("The customer could not be saved."));
    }
    return findById(customer.id);
}

Result<Customer> CustomerRepository::findById(CustomerId id) const
{
    auto customer = findStored(id);
    if (!customer) {
        return customer.error();
    }
    return masked(std::move(customer.value()));
}

Customer CustomerRepository::masked(Customer customer) const
{
    if (m_mask) {
        customer.phone = PhoneNumber::masked(customer.phone);
        customer.phone2 = PhoneNumber::masked(customer.phone2);
        customer.idNumber = ChineseIdNumber::masked(customer.idNumber);
    }
    return customer;
}

Result<QString> CustomerRepository::reveal(CustomerId id, MaskedField field, const QString &reason)
{
    if (m_role) {
        if (auto allowed = requirePermission(*m_role, Permission::RevealMasked); !allowed) {
            return allowed.error();
        }
    }
    const QString why = reason.simplified();
    if (why.isEmpty()) {
        return makeError(ErrorCode::Validation,
                         CustomersTr::tr("Say why you need the full number (for example \"calling back about a "
                                         "complaint\"); the reason is kept in the audit trail."));
    }
    auto stored = findStored(id);
    if (!stored) {
        return stored.error();
    }
    QString value;
    QString fieldId;
    switch (field) {
    case MaskedField::Phone:
        value = stored->phone;
        fieldId = QStringLiteral("phone");
        break;
    case MaskedField::Phone2:
        value = stored->phone2;
        fieldId = QStringLiteral("phone2");
        break;
    case MaskedField::IdNumber:
        value = stored->idNumber;
        fieldId = QStringLiteral("id_number");
        break;
    }
    AuditLog audit(m_connectionName, m_userName, m_clock);
    if (auto status = audit.record(QStringLiteral("customer.reveal"), QStringLiteral("customer:%1").arg(id),
                                   QStringLiteral("field=%1; reason=%2").arg(fieldId, why.left(200)));
        !status) {
        return status.error();
    }
    return value;
}

Result<Customer> CustomerRepository::findStored(CustomerId id) const
{
    QSqlQuery q(connection());
    if (!execPrepared(
            q, QStringLiteral("SELECT ") + customerColumns + QStringLiteral(" FROM customer c WHERE c.id = ?"), {id})) {
        return databaseError(q.lastError(), CustomersTr::tr("The customer could not be read."));
    }
    if (!q.next()) {
        return makeError(
            ErrorCode::NotFound,
            CustomersTr::tr("Customer %1 does not exist. Search for the customer by name or phone.").arg(id));
    }
    Customer customer = fromRow(q);
    q.finish();
    auto history = consentHistory(id);
    if (history) {
        QMap<QString, bool> current; // latest event per channel|purpose wins (history is in order)
        for (const ConsentEvent &event : *history) {
            current[channelId(event.channel) + QLatin1Char('|') + event.purpose] = event.granted;
        }
        for (auto it = current.cbegin(); it != current.cend(); ++it) {
            if (it.value()) {
                customer.consents << it.key();
            }
        }
    }
    return customer;
}

Result<std::optional<Customer>> CustomerRepository::findByMemberNumber(const QString &memberNumber) const
{
    QSqlQuery q(connection());
    if (!execPrepared(q, QStringLiteral("SELECT id FROM customer WHERE member_number = ?"),
                      {memberNumber.trimmed().toUpper()})) {
        return databaseError(q.lastError(), CustomersTr::tr("The customer could not be read."));
    }
    if (!q.next()) {
        return std::optional<Customer>();
    }
    auto customer = findById(q.value(0).toLongLong());
    if (!customer) {
        return customer.error();
    }
    return std::optional<Customer>(*customer);
}

CustomerCursor CustomerRepository::cursorFor(const Customer &customer, CustomerSort sort)
{
    switch (sort) {
    case CustomerSort::Name: return {sortKey(customer.name), customer.id};
    case CustomerSort::MemberNumber: return {customer.memberNumber, customer.id};
    case CustomerSort::LastActivity: return {iso(customer.lastActivityAt), customer.id};
    case CustomerSort::Created: return {iso(customer.createdAt), customer.id};
    }
    return {};
}

Result<QList<Customer>> CustomerRepository::page(const CustomerFilter &filter, CustomerSort sort, bool ascending,
                                                 const std::optional<CustomerCursor> &after, int limit) const
{
    const QString column = QString::fromLatin1(sortColumn(sort));
    QString sql =
        QStringLiteral("SELECT ") + customerColumns + QStringLiteral(" FROM customer c WHERE ") + filterSql(filter);
    if (after) {
        // Row values (SQLite 3.15+) let the index on (sort column, id) seek straight to the next page.
        sql += QStringLiteral(" AND (%1, c.id) %2 (:afterKey, :afterId)")
                   .arg(column, ascending ? QStringLiteral(">") : QStringLiteral("<"));
    }
    const QString direction = ascending ? QStringLiteral("ASC") : QStringLiteral("DESC");
    sql += QStringLiteral(" ORDER BY %1 %2, c.id %2 LIMIT :limit").arg(column, direction);
    QSqlQuery q(connection());
    q.setForwardOnly(true);
    if (!q.prepare(sql)) {
        return databaseError(q.lastError(), CustomersTr::tr("The customer list could not be read."));
    }
    bindFilter(q, filter, m_clock.nowUtc(), m_dormantDays, m_lostDays);
    if (after) {
        q.bindValue(QStringLiteral(":afterKey"), after->key);
        q.bindValue(QStringLiteral(":afterId"), after->id);
    }
    q.bindValue(QStringLiteral(":limit"), limit);
    if (!q.exec()) {
        return databaseError(q.lastError(), CustomersTr::tr("The customer list could not be read."));
    }
    QList<Customer> rows;
    while (q.next()) {
        rows.append(masked(fromRow(q)));
    }
    return rows;
}

Result<qint64> CustomerRepository::count(const CustomerFilter &filter) const
{
    QSqlQuery q(connection());
    if (!q.prepare(QStringLiteral("SELECT count(*) FROM customer c WHERE ") + filterSql(filter))) {
        return databaseError(q.lastError(), CustomersTr::tr("The customers could not be counted."));
    }
    bindFilter(q, filter, m_clock.nowUtc(), m_dormantDays, m_lostDays);
    if (!q.exec() || !q.next()) {
        return databaseError(q.lastError(), CustomersTr::tr("The customers could not be counted."));
    }
    return q.value(0).toLongLong();
}

Result<SearchResult> CustomerRepository::search(const QString &queryText, const CustomerFilter &filter, int limit) const
{
    SearchResult result;
    const QString text = queryText.simplified();
    if (text.isEmpty()) {
        return result;
    }
    constexpr int candidateLimit = 500;
    QSqlDatabase db = connection();
    QMap<CustomerId, int> tiers;

    // Exact member number or phone: indexed equality lookups, ranked first.
    QStringList exactKeys{text.toUpper()};
    if (auto phone = PhoneNumber::normalize(text); phone) {
        exactKeys << *phone;
    }
    QSqlQuery q(db);
    q.setForwardOnly(true);
    for (const QString &key : std::as_const(exactKeys)) {
        if (!execPrepared(q,
                          // "<> ''" lets SQLite use the partial phone indexes; without it each keystroke
                          // scanned the whole table (seconds at 1M).
                          QStringLiteral("SELECT id FROM customer WHERE member_number = ? UNION "
                                         "SELECT id FROM customer WHERE phone = ? AND phone <> '' UNION "
                                         "SELECT id FROM customer WHERE phone2 = ? AND phone2 <> ''"),
                          {key, key, key})) {
            return databaseError(q.lastError(), CustomersTr::tr("The search could not run."));
        }
        while (q.next()) {
            tiers.insert(q.value(0).toLongLong(), 0);
        }
    }
    const QString match = SearchTokenizer::matchExpression(text);
    QList<CustomerId> ftsIds;
    if (!match.isEmpty()) {
        if (!execPrepared(q, QStringLiteral("SELECT docid FROM customer_search WHERE customer_search MATCH ? LIMIT ?"),
                          {match, candidateLimit + 1})) {
            return databaseError(q.lastError(), CustomersTr::tr("The search could not run."));
        }
        while (q.next()) {
            ftsIds.append(q.value(0).toLongLong());
        }
        if (ftsIds.size() > candidateLimit) {
            ftsIds.removeLast();
            result.truncated = true;
        }
    }
    for (CustomerId id : std::as_const(ftsIds)) {
        tiers.insert(id, tiers.value(id, 3));
    }
    if (tiers.isEmpty()) {
        return result;
    }
    QStringList idList;
    for (auto it = tiers.cbegin(); it != tiers.cend(); ++it) {
        idList << QString::number(it.key());
    }
    // The ids are our own integers, so they can be written into the statement.
    // name_pinyin comes along (after the customer columns) so ranking needs no transliteration per hit.
    if (!q.prepare(QStringLiteral("SELECT ") + customerColumns +
                   QStringLiteral(", c.name_pinyin FROM customer c WHERE c.id IN (") + idList.join(QLatin1Char(',')) +
                   QStringLiteral(") AND ") + filterSql(filter))) {
        return databaseError(q.lastError(), CustomersTr::tr("The search could not run."));
    }
    bindFilter(q, filter, m_clock.nowUtc(), m_dormantDays, m_lostDays);
    if (!q.exec()) {
        return databaseError(q.lastError(), CustomersTr::tr("The search could not run."));
    }
    const QString lowered = text.toLower();
    const QString typedPinyin = QString(lowered).remove(QLatin1Char(' '));
    const int pinyinColumn = q.record().count() - 1;
    while (q.next()) {
        SearchHit hit{masked(fromRow(q)), tiers.value(q.value(0).toLongLong(), 3)};
        if (hit.tier > 0) {
            const QString name = hit.customer.name.toLower();
            const QString pinyin = q.value(pinyinColumn).toString();
            if (name == lowered || pinyin == typedPinyin) {
                hit.tier = 1;
            } else if (name.startsWith(lowered) || pinyin.startsWith(typedPinyin)) {
                hit.tier = 2;
            }
        }
        result.hits.append(hit);
    }
    std::sort(result.hits.begin(), result.hits.end(), [](const SearchHit &a, const SearchHit &b) {
        if (a.tier != b.tier) {
            return a.tier < b.tier;
        }
        if (a.customer.lastActivityAt != b.customer.lastActivityAt) {
            return a.customer.lastActivityAt > b.customer.lastActivityAt;
        }
        return a.customer.id < b.customer.id;
    });
    if (result.hits.size() > limit) {
        result.hits.resize(limit);
        result.truncated = true;
    }
    return result;
}

Result<QList<DuplicateCandidate>> CustomerRepository::findDuplicates(const Customer &draftIn) const
{
    Customer draft = draftIn;
    (void)CustomerValidator::validate(draft, m_clock.today()); // normalise what can be normalised
    QMap<CustomerId, DuplicateCandidate> found;
    QSqlQuery q(connection());
    q.setForwardOnly(true);
    auto collect = [&](const QString &sql, const QVariantList &values, int score, const QString &reason) -> bool {
        if (!execPrepared(q, sql, values)) {
            return false;
        }
        QList<CustomerId> ids;
        while (q.next()) {
            ids << q.value(0).toLongLong();
        }
        for (CustomerId id : std::as_const(ids)) {
            if (id == draft.id) {
                continue;
            }
            DuplicateCandidate &candidate = found[id];
            candidate.customer.id = id;
            candidate.score = std::max(candidate.score, score);
            if (!candidate.reasons.contains(reason)) {
                candidate.reasons << reason;
            }
        }
        return true;
    };
    const QString live = QStringLiteral(" AND merged_into IS NULL");
    bool ok = true;
    for (const QString &phone : {draft.phone, draft.phone2}) {
        if (!phone.isEmpty()) {
            // "<> ''" lets SQLite use the partial phone indexes (it cannot infer it from "= ?").
            ok = ok && collect(QStringLiteral("SELECT id FROM customer WHERE phone = ? AND phone <> ''") + live +
                                   QStringLiteral(" UNION SELECT id FROM customer WHERE phone2 = ? AND phone2 <> ''") +
                                   live,
                               {phone, phone}, 90, CustomersTr::tr("same phone number"));
        }
    }
    if (!draft.idNumber.isEmpty()) {
        ok = ok && collect(QStringLiteral("SELECT id FROM customer WHERE id_number = ?") + live, {draft.idNumber}, 100,
                           CustomersTr::tr("same ID number"));
    }
    if (draft.birthDate.isValid()) {
        const QString birth = draft.birthDate.toString(Qt::ISODate);
        ok = ok && collect(QStringLiteral("SELECT id FROM customer WHERE name = ? AND birth_date = ?") + live,
                           {draft.name, birth}, 85, CustomersTr::tr("same name and date of birth"));
        const QString pinyin = pinyinKey(draft.name);
        if (!pinyin.isEmpty()) {
            ok =
                ok && collect(QStringLiteral("SELECT id FROM customer WHERE name_pinyin = ? AND birth_date = ?") + live,
                              {pinyin, birth}, 70, CustomersTr::tr("same pinyin and date of birth"));
        }
    }
    const QString tail = PhoneNumber::digits(draft.phone).right(4);
    const QString pinyin = pinyinKey(draft.name);
    if (tail.size() == 4 && !pinyin.isEmpty()) {
        // Two lookups on the indexes of migration 13 (the same expressions, and phone2's partial-index condition).
        ok = ok && collect(QStringLiteral("SELECT id FROM customer WHERE name_pinyin = ? AND substr(phone, -4) = ?") +
                               live +
                               QStringLiteral(" UNION SELECT id FROM customer WHERE name_pinyin = ? AND phone2 <> '' "
                                              "AND substr(phone2, -4) = ?") +
                               live,
                           {pinyin, tail, pinyin, tail}, 60,
                           CustomersTr::tr("same pinyin and last four phone digits"));
    }
    if (!ok) {
        return databaseError(q.lastError(), CustomersTr::tr("The duplicate check could not run."));
    }
    QList<DuplicateCandidate> candidates;
    for (auto it = found.begin(); it != found.end(); ++it) {
        auto customer = findById(it.key());
        if (!customer) {
            return customer.error();
        }
        it->customer = *customer;
        candidates << *it;
    }
    std::sort(candidates.begin(), candidates.end(), [](const DuplicateCandidate &a, const DuplicateCandidate &b) {
        return a.score != b.score ? a.score > b.score : a.customer.id < b.customer.id;
    });
    return candidates;
}

Result<QList<DuplicatePair>> CustomerRepository::scanDuplicates(int limit) const
{
    struct Rule {
        QString sql;
        int score;
        QString reason;
    };
    const QString live = QStringLiteral("merged_into IS NULL");
    const QList<Rule> rules{
        {QStringLiteral("SELECT group_concat(id) FROM customer WHERE id_number IS NOT NULL AND ") + live +
             QStringLiteral(" GROUP BY id_number HAVING count(*) > 1"),
         100, CustomersTr::tr("same ID number")},
        {QStringLiteral("SELECT group_concat(id) FROM customer WHERE phone <> '' AND ") + live +
             QStringLiteral(" GROUP BY phone HAVING count(*) > 1"),
         90, CustomersTr::tr("same phone number")},
        {QStringLiteral("SELECT group_concat(id) FROM customer WHERE birth_date IS NOT NULL AND ") + live +
             QStringLiteral(" GROUP BY name, birth_date HAVING count(*) > 1"),
         85, CustomersTr::tr("same name and date of birth")},
        {QStringLiteral("SELECT group_concat(id) FROM customer WHERE birth_date IS NOT NULL AND name_pinyin <> '' "
                        "AND ") +
             live + QStringLiteral(" GROUP BY name_pinyin, birth_date HAVING count(*) > 1"),
         70, CustomersTr::tr("same pinyin and date of birth")},
    };
    QMap<QPair<CustomerId, CustomerId>, DuplicatePair> pairs;
    QSqlQuery q(connection());
    q.setForwardOnly(true);
    for (const Rule &rule : rules) {
        if (!q.exec(rule.sql)) {
            return databaseError(q.lastError(), CustomersTr::tr("The duplicate scan could not run."));
        }
        while (q.next()) {
            QList<CustomerId> ids;
            for (const QString &part : q.value(0).toString().split(QLatin1Char(','))) {
                ids << part.toLongLong();
            }
            std::sort(ids.begin(), ids.end());
            for (qsizetype i = 0; i < ids.size(); ++i) {
                for (qsizetype j = i + 1; j < ids.size() && j < i + 20; ++j) {
                    DuplicatePair &pair = pairs[{ids[i], ids[j]}];
                    pair.first.id = ids[i];
                    pair.second.id = ids[j];
                    pair.score = std::max(pair.score, rule.score);
                    if (!pair.reasons.contains(rule.reason)) {
                        pair.reasons << rule.reason;
                    }
                }
            }
        }
    }
    QList<DuplicatePair> list = pairs.values();
    for (DuplicatePair &pair : list) {
        // Several agreeing rules make a pair more certain.
        pair.score = std::min(100, pair.score + 5 * (static_cast<int>(pair.reasons.size()) - 1));
    }
    std::sort(list.begin(), list.end(), [](const DuplicatePair &a, const DuplicatePair &b) {
        return a.score != b.score ? a.score > b.score : a.first.id < b.first.id;
    });
    if (list.size() > limit) {
        list.resize(limit);
    }
    for (DuplicatePair &pair : list) {
        auto first = findById(pair.first.id);
        auto second = findById(pair.second.id);
        if (!first || !second) {
            return (!first ? first : second).error();
        }
        pair.first = *first;
        pair.second = *second;
    }
    return list;
}

const QStringList &CustomerRepository::mergeableFields()
{
    static const QStringList fields{QStringLiteral("name"),
                                    QStringLiteral("sex"),
                                    QStringLiteral("birth_date"),
                                    QStringLiteral("phone"),
                                    QStringLiteral("phone2"),
                                    QStringLiteral("email"),
                                    QStringLiteral("address"),
                                    QStringLiteral("region"),
                                    QStringLiteral("id_number"),
                                    QStringLiteral("source"),
                                    QStringLiteral("preferred_channel"),
                                    QStringLiteral("notes"),
                                    QStringLiteral("lifecycle")};
    return fields;
}

Result<MergePreview> CustomerRepository::previewMerge(CustomerId survivorId, CustomerId mergedId) const
{
    if (survivorId == mergedId) {
        return makeError(ErrorCode::Usage, CustomersTr::tr("Choose two different customers to merge."));
    }
    auto survivor = findById(survivorId);
    auto merged = findById(mergedId);
    if (!survivor || !merged) {
        return (!survivor ? survivor : merged).error();
    }
    if (survivor->mergedInto || merged->mergedInto) {
        return makeError(ErrorCode::Conflict,
                         CustomersTr::tr("One of these customers was already merged. Open the surviving record."));
    }
    MergePreview preview{*survivor, *merged, {}, {}};
    QSqlQuery q(connection());
    q.setForwardOnly(true);
    if (!execPrepared(q,
                      QStringLiteral("SELECT ") + mergeableFields().join(QLatin1Char(',')) +
                          QStringLiteral(" FROM customer WHERE id IN (?, ?) ORDER BY id = ?"),
                      {survivorId, mergedId, mergedId})) {
        return databaseError(q.lastError(), CustomersTr::tr("The customers could not be compared."));
    }
    QList<QVariantList> rows;
    while (q.next()) {
        QVariantList row;
        for (qsizetype i = 0; i < mergeableFields().size(); ++i) {
            row << q.value(static_cast<int>(i));
        }
        rows << row;
    }
    for (qsizetype i = 0; rows.size() == 2 && i < mergeableFields().size(); ++i) {
        if (rows[0][i] != rows[1][i]) {
            preview.differingFields << mergeableFields().at(i);
        }
    }
    for (const LinkTable &link : linkTables) {
        if (!execPrepared(q, linkedRowsSql(link, QString::fromLatin1(link.describe)), {mergedId, survivorId})) {
            return databaseError(q.lastError(), CustomersTr::tr("The linked records could not be listed."));
        }
        while (q.next()) {
            preview.moving.append({QString::fromLatin1(link.table), q.value(0).toLongLong(), CustomersTr::tr(link.kind),
                                   q.value(1).toString()});
        }
    }
    return preview;
}

Result<qint64> CustomerRepository::merge(CustomerId survivorId, CustomerId mergedId, const QSet<QString> &fromMerged)
{
    if (m_role) {
        if (auto allowed = requirePermission(*m_role, Permission::MergeCustomers); !allowed) {
            return allowed.error();
        }
    }
    auto preview = previewMerge(survivorId, mergedId);
    if (!preview) {
        return preview.error();
    }
    for (const QString &field : fromMerged) {
        if (!mergeableFields().contains(field)) {
            return makeError(ErrorCode::Usage, CustomersTr::tr("%1 cannot be taken over in a merge.").arg(field));
        }
    }
    QSqlDatabase db = connection();
    if (!db.transaction()) {
        return databaseError(db.lastError(), CustomersTr::tr("The merge could not start."));
    }
    QSqlQuery q(db);
    auto fail = [&](const Error &error) -> Result<qint64> {
        q.finish();
        db.rollback();
        return error;
    };
    auto sqlFail = [&]() {
        return fail(databaseError(q.lastError(), CustomersTr::tr("The merge failed; nothing was "
                                                                 "changed.")));
    };
    auto survivorRow = snapshotRow(db, QStringLiteral("customer"), survivorId);
    auto mergedRow = snapshotRow(db, QStringLiteral("customer"), mergedId);
    if (!survivorRow || !mergedRow) {
        return fail((!survivorRow ? survivorRow : mergedRow).error());
    }
    QJsonArray moved;
    QJsonArray removed;
    for (const LinkTable &link : linkTables) {
        const QString table = QString::fromLatin1(link.table);
        const QString column = QString::fromLatin1(link.column);
        if (!execPrepared(q, linkedRowsSql(link, {}), {mergedId, survivorId})) {
            return sqlFail();
        }
        QList<qint64> rowIds;
        while (q.next()) {
            rowIds << q.value(0).toLongLong();
        }
        for (qint64 rowId : std::as_const(rowIds)) {
            if (!execPrepared(q, QStringLiteral("UPDATE OR IGNORE %1 SET %2 = ? WHERE rowid = ?").arg(table, column),
                              {survivorId, rowId})) {
                return sqlFail();
            }
            if (q.numRowsAffected() == 1) {
                moved.append(QJsonObject{{QStringLiteral("table"), table},
                                         {QStringLiteral("column"), column},
                                         {QStringLiteral("rowid"), QString::number(rowId)}});
                continue;
            }
            // The survivor already has the same record (a tag, say): keep one, remember the other exactly.
            auto row = snapshotRow(db, table, rowId);
            if (!row) {
                return fail(row.error());
            }
            if (!execPrepared(q, QStringLiteral("DELETE FROM %1 WHERE rowid = ?").arg(table), {rowId})) {
                return sqlFail();
            }
            removed.append(QJsonObject{{QStringLiteral("table"), table}, {QStringLiteral("row"), *row}});
        }
    }
    QStringList assignments;
    for (const QString &field : fromMerged) {
        assignments << QStringLiteral("%1 = (SELECT %1 FROM customer WHERE id = :merged)").arg(field);
    }
    if (fromMerged.contains(QStringLiteral("name"))) {
        assignments << QStringLiteral("name_sort = (SELECT name_sort FROM customer WHERE id = :merged)")
                    << QStringLiteral("name_pinyin = (SELECT name_pinyin FROM customer WHERE id = :merged)");
    }
    assignments << QStringLiteral("last_activity_at = max(last_activity_at, (SELECT last_activity_at FROM customer "
                                  "WHERE id = :merged))")
                << QStringLiteral("updated_at = :now");
    const QString now = iso(m_clock.nowUtc());
    q.prepare(QStringLiteral("UPDATE customer SET ") + assignments.join(QStringLiteral(", ")) +
              QStringLiteral(" WHERE id = :survivor"));
    q.bindValue(QStringLiteral(":merged"), mergedId);
    q.bindValue(QStringLiteral(":survivor"), survivorId);
    q.bindValue(QStringLiteral(":now"), now);
    if (!q.exec()) {
        return sqlFail();
    }
    if (!execPrepared(q, QStringLiteral("UPDATE customer SET merged_into = ?, updated_at = ? WHERE id = ?"),
                      {survivorId, now, mergedId})) {
        return sqlFail();
    }
    const QJsonObject snapshot{{QStringLiteral("survivor"), *survivorRow},
                               {QStringLiteral("merged"), *mergedRow},
                               {QStringLiteral("moved"), moved},
                               {QStringLiteral("removed"), removed}};
    if (!execPrepared(
            q,
            QStringLiteral("INSERT INTO merge_journal(survivor_id, merged_id, merged_at, merged_by, snapshot) "
                           "VALUES (?, ?, ?, ?, ?)"),
            {survivorId, mergedId, now, m_userName,
             QString::fromUtf8(QJsonDocument(snapshot).toJson(QJsonDocument::Compact))})) {
        return sqlFail();
    }
    const qint64 journalId = q.lastInsertId().toLongLong();
    // Search: the merged customer disappears, the survivor is found by its new values.
    q.finish();
    QSqlQuery read(db);
    if (!execPrepared(read,
                      QStringLiteral("SELECT ") + customerColumns + QStringLiteral(" FROM customer c WHERE c.id = ?"),
                      {survivorId}) ||
        !read.next()) {
        return fail(databaseError(read.lastError(), CustomersTr::tr("The merge failed; nothing was changed.")));
    }
    const Customer updated = fromRow(read);
    read.finish();
    if (!execPrepared(q, QStringLiteral("DELETE FROM customer_search WHERE docid IN (?, ?)"), {survivorId, mergedId}) ||
        !execPrepared(q, QStringLiteral("INSERT INTO customer_search(docid, tokens) VALUES (?, ?)"),
                      {survivorId, searchDocument(updated)})) {
        return sqlFail();
    }
    q.finish();
    if (auto audited =
            AuditLog(m_connectionName, m_userName, m_clock)
                .record({QStringLiteral("customer.merge"), QStringLiteral("customer"), QString::number(survivorId),
                         QStringLiteral("merged=%1 journal=%2").arg(mergedId).arg(journalId),
                         CustomerAudit::changes(preview->survivor, updated)});
        !audited) {
        db.rollback();
        return audited.error();
    }
    if (!db.commit()) {
        const QSqlError error = db.lastError();
        db.rollback();
        return databaseError(error, CustomersTr::tr("The merge could not be saved; nothing was changed."));
    }
    return journalId;
}

Status CustomerRepository::unmerge(qint64 journalId)
{
    if (m_role) {
        if (auto allowed = requirePermission(*m_role, Permission::MergeCustomers); !allowed) {
            return allowed;
        }
    }
    QSqlDatabase db = connection();
    QSqlQuery q(db);
    if (!execPrepared(q,
                      QStringLiteral("SELECT survivor_id, merged_id, snapshot, undone_at FROM merge_journal "
                                     "WHERE id = ?"),
                      {journalId})) {
        return databaseError(q.lastError(), CustomersTr::tr("The merge record could not be read."));
    }
    if (!q.next()) {
        return makeError(ErrorCode::NotFound, CustomersTr::tr("There is no such merge to undo."));
    }
    const CustomerId survivorId = q.value(0).toLongLong();
    const CustomerId mergedId = q.value(1).toLongLong();
    const QJsonObject snapshot = QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object();
    if (!q.value(3).isNull() && !q.value(3).toString().isEmpty()) {
        return makeError(ErrorCode::Conflict, CustomersTr::tr("This merge has already been undone."));
    }
    if (!snapshot.contains(QStringLiteral("survivor"))) { // emptied when the customer was anonymised
        return makeError(ErrorCode::Conflict,
                         CustomersTr::tr("This customer was anonymised, so the merge can no longer be undone."));
    }
    q.finish();
    if (!execPrepared(q,
                      QStringLiteral("SELECT count(*) FROM merge_journal WHERE id > ? AND undone_at IS NULL AND "
                                     "(survivor_id IN (?, ?) OR merged_id IN (?, ?))"),
                      {journalId, survivorId, mergedId, survivorId, mergedId}) ||
        !q.next()) {
        return databaseError(q.lastError(), CustomersTr::tr("The merge record could not be read."));
    }
    if (q.value(0).toInt() > 0) {
        return makeError(ErrorCode::Conflict,
                         CustomersTr::tr("A later merge involves one of these customers. Undo that merge first."));
    }
    q.finish();
    if (!db.transaction()) {
        return databaseError(db.lastError(), CustomersTr::tr("The merge could not be undone."));
    }
    auto fail = [&]() -> Status {
        const QSqlError error = q.lastError();
        q.finish();
        db.rollback();
        return databaseError(error, CustomersTr::tr("The merge could not be undone; nothing was changed."));
    };
    const QJsonArray moved = snapshot.value(QStringLiteral("moved")).toArray();
    for (const QJsonValue &value : moved) {
        const QJsonObject entry = value.toObject();
        if (!execPrepared(q,
                          QStringLiteral("UPDATE %1 SET %2 = ? WHERE rowid = ?")
                              .arg(entry.value(QStringLiteral("table")).toString(),
                                   entry.value(QStringLiteral("column")).toString()),
                          {mergedId, entry.value(QStringLiteral("rowid")).toString().toLongLong()})) {
            return fail();
        }
    }
    // Customer rows before the removed link rows, which may refer to them.
    if (!restoreRow(q, QStringLiteral("customer"), snapshot.value(QStringLiteral("merged")).toObject()) ||
        !restoreRow(q, QStringLiteral("customer"), snapshot.value(QStringLiteral("survivor")).toObject())) {
        return fail();
    }
    const QJsonArray removed = snapshot.value(QStringLiteral("removed")).toArray();
    for (const QJsonValue &value : removed) {
        const QJsonObject entry = value.toObject();
        if (!restoreRow(q, entry.value(QStringLiteral("table")).toString(),
                        entry.value(QStringLiteral("row")).toObject())) {
            return fail();
        }
    }
    QList<Customer> restored;
    for (CustomerId id : {survivorId, mergedId}) {
        QSqlQuery read(db);
        if (!execPrepared(
                read, QStringLiteral("SELECT ") + customerColumns + QStringLiteral(" FROM customer c WHERE c.id = ?"),
                {id}) ||
            !read.next()) {
            q.finish();
            db.rollback();
            return databaseError(read.lastError(), CustomersTr::tr("The merge could not be undone."));
        }
        restored << fromRow(read);
    }
    if (!execPrepared(q, QStringLiteral("DELETE FROM customer_search WHERE docid IN (?, ?)"), {survivorId, mergedId})) {
        return fail();
    }
    for (const Customer &customer : std::as_const(restored)) {
        if (!execPrepared(q, QStringLiteral("INSERT INTO customer_search(docid, tokens) VALUES (?, ?)"),
                          {customer.id, searchDocument(customer)})) {
            return fail();
        }
    }
    if (!execPrepared(q, QStringLiteral("UPDATE merge_journal SET undone_at = ?, undone_by = ? WHERE id = ?"),
                      {iso(m_clock.nowUtc()), m_userName, journalId})) {
        return fail();
    }
    q.finish();
    if (auto audited = AuditLog(m_connectionName, m_userName, m_clock)
                           .record(QStringLiteral("customer.unmerge"), QStringLiteral("customer:%1").arg(survivorId),
                                   QStringLiteral("merged=%1 journal=%2").arg(mergedId).arg(journalId));
        !audited) {
        db.rollback();
        return audited.error();
    }
    if (!db.commit()) {
        const QSqlError error = db.lastError();
        db.rollback();
        return databaseError(error, CustomersTr::tr("The merge could not be undone; nothing was changed."));
    }
    return {};
}

Result<QList<MergeJournalEntry>> CustomerRepository::mergeHistory(CustomerId id) const
{
    QSqlQuery q(connection());
    if (!execPrepared(q,
                      QStringLiteral("SELECT j.id, j.survivor_id, j.merged_id, s.name, m.name, j.merged_at, "
                                     "j.merged_by, j.undone_at FROM merge_journal j JOIN customer s ON "
                                     "s.id = j.survivor_id JOIN customer m ON m.id = j.merged_id "
                                     "WHERE j.survivor_id = ? OR j.merged_id = ? ORDER BY j.id DESC"),
                      {id, id})) {
        return databaseError(q.lastError(), CustomersTr::tr("The merge history could not be read."));
    }
    QList<MergeJournalEntry> entries;
    while (q.next()) {
        entries.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(),
                        q.value(3).toString(), q.value(4).toString(), fromIso(q.value(5).toString()),
                        q.value(6).toString(), fromIso(q.value(7).toString())});
    }
    return entries;
}

Status CustomerRepository::recordConsent(const ConsentEvent &event)
{
    if (event.channel == ContactChannel::None || !consentPurposes().contains(event.purpose)) {
        return makeError(ErrorCode::Usage, CustomersTr::tr("Choose a contact channel and a purpose for the consent."));
    }
    const QString failed = CustomersTr::tr("The consent could not be recorded.");
    return transact<void>(connection(), failed, [&]() -> Status {
        QSqlQuery q(connection());
        if (!execPrepared(q,
                          QStringLiteral("INSERT INTO consent_event(customer_id, channel, purpose, granted, at, "
                                         "recorded_by, note) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                          {event.customerId, channelId(event.channel), event.purpose, event.granted ? 1 : 0,
                           iso(event.at.isValid() ? event.at : m_clock.nowUtc()),
                           event.recordedBy.isEmpty() ? m_userName : event.recordedBy, event.note})) {
            return databaseError(q.lastError(), failed);
        }
        AuditEntry entry{QStringLiteral("customer.consent"),
                         QStringLiteral("customer"),
                         QString::number(event.customerId),
                         QString(),
                         {}};
        entry.changes.value(QStringLiteral("%1|%2").arg(channelId(event.channel), event.purpose), QVariant(),
                            event.granted ? QStringLiteral("granted") : QStringLiteral("withdrawn"));
        return AuditLog(m_connectionName, m_userName, m_clock).record(entry);
    });
}

Status CustomerRepository::recordView(CustomerId id)
{
    return AuditLog(m_connectionName, m_userName, m_clock)
        .record(QStringLiteral("customer.view"), QStringLiteral("customer:%1").arg(id));
}

Result<QList<ConsentEvent>> CustomerRepository::consentHistory(CustomerId id) const
{
    QSqlQuery q(connection());
    if (!execPrepared(q,
                      QStringLiteral("SELECT id, customer_id, channel, purpose, granted, at, recorded_by, note "
                                     "FROM consent_event WHERE customer_id = ? ORDER BY at, id"),
                      {id})) {
        return databaseError(q.lastError(), CustomersTr::tr("The consent history could not be read."));
    }
    QList<ConsentEvent> events;
    while (q.next()) {
        events.append({q.value(0).toLongLong(), q.value(1).toLongLong(), channelFromId(q.value(2).toString()),
                       q.value(3).toString(), q.value(4).toInt() != 0, fromIso(q.value(5).toString()),
                       q.value(6).toString(), q.value(7).toString()});
    }
    return events;
}

ActivityStatus CustomerRepository::statusOf(const Customer &customer) const
{
    const QDateTime last = customer.lastActivityAt.isValid() ? customer.lastActivityAt : customer.createdAt;
    const QDateTime now = m_clock.nowUtc();
    if (!last.isValid() || last >= now.addDays(-m_dormantDays)) {
        return ActivityStatus::Active;
    }
    return last >= now.addDays(-m_lostDays) ? ActivityStatus::Dormant : ActivityStatus::Lost;
}

Status CustomerRepository::setActivityThresholds(int dormantDays, int lostDays)
{
    if (dormantDays < 1 || lostDays <= dormantDays) {
        return makeError(ErrorCode::Validation,
                         CustomersTr::tr("A customer must turn dormant after at least one day and be counted as lost "
                                         "later than that."));
    }
    QSqlDatabase db = connection();
    if (!db.transaction()) {
        return databaseError(db.lastError(), CustomersTr::tr("The settings could not be saved."));
    }
    QSqlQuery q(db);
    const bool ok = execPrepared(q, QStringLiteral("INSERT OR REPLACE INTO setting(key, value) VALUES (?, ?)"),
                                 {QStringLiteral("customers.dormant_after_days"), QString::number(dormantDays)}) &&
                    execPrepared(q, QStringLiteral("INSERT OR REPLACE INTO setting(key, value) VALUES (?, ?)"),
                                 {QStringLiteral("customers.lost_after_days"), QString::number(lostDays)});
    AuditEntry entry{QStringLiteral("setting.change"), QStringLiteral("setting"),
                     QStringLiteral("customers.activity_thresholds"), {}, {}};
    entry.changes.value(QStringLiteral("dormant_after_days"), m_dormantDays, dormantDays)
        .value(QStringLiteral("lost_after_days"), m_lostDays, lostDays);
    if (ok) {
        q.finish();
        if (Status audited = AuditLog(m_connectionName, m_userName, m_clock).record(entry); !audited) {
            db.rollback();
            return audited;
        }
    }
    if (!ok || !db.commit()) {
        const QSqlError error = ok ? db.lastError() : q.lastError();
        q.finish();
        db.rollback();
        return databaseError(error, CustomersTr::tr("The settings could not be saved."));
    }
    m_dormantDays = dormantDays;
    m_lostDays = lostDays;
    return {};
}

Result<QStringList> CustomerRepository::tagsInUse() const
{
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("SELECT DISTINCT tag FROM customer_tag ORDER BY tag"))) {
        return databaseError(q.lastError(), CustomersTr::tr("The tags could not be read."));
    }
    QStringList tags;
    while (q.next()) {
        tags << q.value(0).toString();
    }
    return tags;
}

Result<QStringList> CustomerRepository::regionsInUse() const
{
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("SELECT DISTINCT region FROM customer WHERE region <> '' ORDER BY region"))) {
        return databaseError(q.lastError(), CustomersTr::tr("The regions could not be read."));
    }
    QStringList regions;
    while (q.next()) {
        regions << q.value(0).toString();
    }
    return regions;
}

Status CustomerRepository::rebuildSearchIndex()
{
    QSqlDatabase db = connection();
    if (!db.transaction()) {
        return databaseError(db.lastError(), CustomersTr::tr("The search index could not be rebuilt."));
    }
    QSqlQuery write(db);
    QSqlQuery read(db);
    read.setForwardOnly(true);
    auto fail = [&](const QSqlError &error) -> Status {
        read.finish();
        write.finish();
        db.rollback();
        return databaseError(error, CustomersTr::tr("The search index could not be rebuilt."));
    };
    if (!write.exec(QStringLiteral("DELETE FROM customer_search"))) {
        return fail(write.lastError());
    }
    if (!read.exec(QStringLiteral("SELECT ") + customerColumns +
                   QStringLiteral(" FROM customer c WHERE c.merged_into IS NULL"))) {
        return fail(read.lastError());
    }
    if (!write.prepare(QStringLiteral("INSERT INTO customer_search(docid, tokens) VALUES (?, ?)"))) {
        return fail(write.lastError());
    }
    while (read.next()) {
        const Customer customer = fromRow(read);
        write.bindValue(0, customer.id);
        write.bindValue(1, searchDocument(customer));
        if (!write.exec()) {
            return fail(write.lastError());
        }
    }
    read.finish();
    write.finish();
    if (!db.commit()) {
        return fail(db.lastError());
    }
    return {};
}

} // namespace caredesk::core
