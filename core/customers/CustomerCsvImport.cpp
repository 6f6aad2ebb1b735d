// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/customers/CustomerCsvImport.h"

#include "core/audit/AuditLog.h"
#include "core/auth/Permission.h"
#include "core/auth/Role.h"
#include "core/common/Tr.h"
#include "core/customers/CustomerRepository.h"
#include "core/customers/CustomerValidator.h"
#include "core/storage/Database.h"
#include "core/storage/SqlErrors.h"
#include "core/storage/Transaction.h"

#include <QFile>
#include <QHash>
#include <QSet>
#include <QSqlQuery>
#include <QStringDecoder>

#include <algorithm>
#include <functional>

namespace caredesk::core {

namespace {

enum class Field { Name, Phone, Phone2, Sex, BirthDate, Email, Address, Region, MemberNumber, IdNumber, Notes, Tags };

/** Header names (lower-cased, spaces and '_' removed) and the field each stands for. */
const QHash<QString, Field> &headerNames()
{
    static const QHash<QString, Field> names{
        {QStringLiteral("name"), Field::Name},
        {QString::fromUtf8("姓名"), Field::Name},
        {QStringLiteral("phone"), Field::Phone},
        {QStringLiteral("mobile"), Field::Phone},
        {QString::fromUtf8("手机"), Field::Phone},
        {QString::fromUtf8("电话"), Field::Phone},
        {QString::fromUtf8("手机号"), Field::Phone},
        {QStringLiteral("phone2"), Field::Phone2},
        {QString::fromUtf8("电话2"), Field::Phone2},
        {QStringLiteral("sex"), Field::Sex},
        {QStringLiteral("gender"), Field::Sex},
        {QString::fromUtf8("性别"), Field::Sex},
        {QStringLiteral("birthdate"), Field::BirthDate},
        {QStringLiteral("birth"), Field::BirthDate},
        {QString::fromUtf8("出生日期"), Field::BirthDate},
        {QStringLiteral("email"), Field::Email},
        {QString::fromUtf8("邮箱"), Field::Email},
        {QStringLiteral("address"), Field::Address},
        {QString::fromUtf8("地址"), Field::Address},
        {QStringLiteral("region"), Field::Region},
        {QString::fromUtf8("地区"), Field::Region},
        {QStringLiteral("membernumber"), Field::MemberNumber},
        {QString::fromUtf8("会员号"), Field::MemberNumber},
        {QStringLiteral("idnumber"), Field::IdNumber},
        {QString::fromUtf8("身份证号"), Field::IdNumber},
        {QStringLiteral("notes"), Field::Notes},
        {QString::fromUtf8("备注"), Field::Notes},
        {QStringLiteral("tags"), Field::Tags},
        {QString::fromUtf8("标签"), Field::Tags},
    };
    return names;
}

QString headerKey(const QString &header)
{
    QString key = header.trimmed().toLower();
    key.remove(QLatin1Char(' '));
    key.remove(QLatin1Char('_'));
    return key;
}

std::optional<Sex> parseSex(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t.isEmpty() || t == QLatin1String("unknown")) {
        return Sex::Unknown;
    }
    if (t == QLatin1String("f") || t == QLatin1String("female") || t == QString::fromUtf8("女")) {
        return Sex::Female;
    }
    if (t == QLatin1String("m") || t == QLatin1String("male") || t == QString::fromUtf8("男")) {
        return Sex::Male;
    }
    return std::nullopt;
}

QDate parseDate(const QString &text)
{
    QString t = text.trimmed();
    t.replace(QLatin1Char('/'), QLatin1Char('-'));
    t.replace(QLatin1Char('.'), QLatin1Char('-'));
    QDate date = QDate::fromString(t, QStringLiteral("yyyy-M-d"));
    if (!date.isValid()) {
        date = QDate::fromString(t, QStringLiteral("yyyyMMdd"));
    }
    return date;
}

/** The key two rows of the same person share: name and phone. */
QString personKey(const Customer &c)
{
    return c.name + QLatin1Char('\x1f') + c.phone;
}

} // namespace

CustomerCsvImport::CustomerCsvImport(Database &database, const Clock &clock)
    : CustomerCsvImport(database.connectionName(), database.session().userName, clock)
{
    m_permitted = roleAllows(database.session().role, Permission::ImportData);
}

CustomerCsvImport::CustomerCsvImport(const QString &connectionName, const QString &userName, const Clock &clock)
    : m_connectionName(connectionName), m_userName(userName), m_clock(clock)
{
}

QString CustomerCsvImport::decode(const QByteArray &bytes, QString *encoding)
{
    QByteArray data = bytes;
    if (data.startsWith("\xEF\xBB\xBF")) {
        data.remove(0, 3);
    }
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(data);
    if (!utf8.hasError()) {
        if (encoding) {
            *encoding = QStringLiteral("UTF-8");
        }
        return text;
    }
    QStringDecoder gb18030("GB18030");
    if (gb18030.isValid()) {
        QString decoded = gb18030.decode(data);
        if (!gb18030.hasError()) {
            if (encoding) {
                *encoding = QStringLiteral("GB18030");
            }
            return decoded;
        }
    }
    if (encoding) {
        *encoding = QStringLiteral("UTF-8");
    }
    return text; // with replacement characters; the rows will fail validation where it matters
}

QList<QStringList> CustomerCsvImport::parseCsv(const QString &text, QList<int> *lines)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    int line = 1;
    int recordLine = 1;
    const auto endField = [&] {
        record.append(field);
        field.clear();
        fieldStarted = false;
    };
    const auto endRecord = [&] {
        endField();
        // A blank line is not a record.
        if (!(record.size() == 1 && record.front().isEmpty())) {
            records.append(record);
            if (lines) {
                lines->append(recordLine);
            }
        }
        record.clear();
    };
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                    field.append(QLatin1Char('"'));
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == QLatin1Char('\n')) {
                    ++line;
                }
                field.append(c);
            }
            continue;
        }
        if (c == QLatin1Char('"') && !fieldStarted && field.isEmpty()) {
            quoted = true;
            fieldStarted = true;
        } else if (c == QLatin1Char(',')) {
            endField();
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n')) {
                ++i;
            }
            endRecord();
            ++line;
            recordLine = line;
        } else {
            field.append(c);
        }
    }
    if (!field.isEmpty() || !record.isEmpty() || fieldStarted) {
        endRecord();
    }
    return records;
}

Result<CsvImportReport> CustomerCsvImport::importFile(const QString &path, bool dryRun)
{
    QFile file(path);
    if (!file.exists()) {
        return makeError(ErrorCode::NotFound, CustomersTr::tr("The file %1 does not exist. Check the name.").arg(path));
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(ErrorCode::Io,
                         CustomersTr::tr("The file %1 cannot be read: %2").arg(path, file.errorString()));
    }
    return importData(file.readAll(), dryRun);
}

Result<CsvImportReport> CustomerCsvImport::importData(const QByteArray &bytes, bool dryRun)
{
    if (!m_permitted) {
        return makeError(ErrorCode::PermissionDenied,
                         CustomersTr::tr("Only a manager or an administrator can import customers. Ask one to do it."));
    }
    CsvImportReport report;
    report.dryRun = dryRun;
    QList<int> lines;
    const QList<QStringList> records = parseCsv(decode(bytes, &report.encoding), &lines);
    if (records.isEmpty()) {
        report.problems.append({1, CustomersTr::tr("The file is empty. The first row must name the columns.")});
        return report;
    }
    // The header.
    QList<std::optional<Field>> columns;
    bool hasName = false;
    for (const QString &header : records.front()) {
        const auto found = headerNames().constFind(headerKey(header));
        if (found == headerNames().cend()) {
            if (!header.trimmed().isEmpty()) {
                report.problems.append({lines.front(), CustomersTr::tr("The column \"%1\" is not known. Rename it (for "
                                                                       "example name, phone, birth_date) or remove it.")
                                                           .arg(header.trimmed())});
            }
            columns.append(std::nullopt);
            continue;
        }
        hasName = hasName || *found == Field::Name;
        columns.append(*found);
    }
    if (!hasName) {
        report.problems.append(
            {lines.front(), CustomersTr::tr("The first row must have a name column (name or 姓名).")});
    }
    if (!report.problems.isEmpty()) {
        return report;
    }
    // The rows: parsed and validated as registration does.
    const QDate today = m_clock.today();
    QList<Customer> customers;
    QList<int> customerLines;
    customers.reserve(records.size() - 1);
    QHash<QString, int> memberLines;
    QHash<QString, int> personLines;
    for (qsizetype r = 1; r < records.size(); ++r) {
        const QStringList &record = records.at(r);
        const int line = lines.at(r);
        ++report.rows;
        if (record.size() > columns.size()) {
            report.problems.append({line, CustomersTr::tr("Line %1 has %2 fields but the header names %3 columns. Put "
                                                          "text with commas in double quotes.")
                                              .arg(line)
                                              .arg(record.size())
                                              .arg(columns.size())});
            continue;
        }
        Customer c;
        bool rowOk = true;
        for (qsizetype i = 0; i < record.size(); ++i) {
            if (!columns.at(i)) {
                continue;
            }
            const QString value = record.at(i).trimmed();
            switch (*columns.at(i)) {
            case Field::Name: c.name = value; break;
            case Field::Phone: c.phone = value; break;
            case Field::Phone2: c.phone2 = value; break;
            case Field::Sex:
                if (const auto sex = parseSex(value); sex) {
                    c.sex = *sex;
                } else {
                    report.problems.append(
                        {line, CustomersTr::tr("Line %1: sex \"%2\" is not known. Use F or M (女 or 男), or leave it "
                                               "empty.")
                                   .arg(line)
                                   .arg(value)});
                    rowOk = false;
                }
                break;
            case Field::BirthDate:
                if (!value.isEmpty()) {
                    c.birthDate = parseDate(value);
                    if (!c.birthDate.isValid()) {
                        report.problems.append(
                            {line, CustomersTr::tr("Line %1: the birth date \"%2\" is not a date. Write it as "
                                                   "YYYY-MM-DD.")
                                       .arg(line)
                                       .arg(value)});
                        rowOk = false;
                    }
                }
                break;
            case Field::Email: c.email = value; break;
            case Field::Address: c.address = value; break;
            case Field::Region: c.region = value; break;
            case Field::MemberNumber: c.memberNumber = value.toUpper(); break;
            case Field::IdNumber: c.idNumber = value; break;
            case Field::Notes: c.notes = value; break;
            case Field::Tags:
                for (const QString &tag : value.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
                    if (!tag.trimmed().isEmpty() && !c.tags.contains(tag.trimmed())) {
                        c.tags.append(tag.trimmed());
                    }
                }
                break;
            }
        }
        const QList<FieldError> errors = CustomerValidator::validate(c, today);
        if (!errors.isEmpty()) {
            report.problems.append(
                {line, CustomersTr::tr("Line %1: %2").arg(line).arg(CustomerValidator::summary(errors))});
            continue;
        }
        if (!rowOk) {
            continue;
        }
        if (!c.memberNumber.isEmpty()) {
            if (const auto seen = memberLines.constFind(c.memberNumber); seen != memberLines.cend()) {
                report.problems.append({line, CustomersTr::tr("Line %1: member number %2 is also on line %3. Each "
                                                              "member number can be used once.")
                                                  .arg(line)
                                                  .arg(c.memberNumber)
                                                  .arg(*seen)});
                continue;
            }
            memberLines.insert(c.memberNumber, line);
        }
        if (!c.phone.isEmpty()) {
            if (const auto seen = personLines.constFind(personKey(c)); seen != personLines.cend()) {
                report.problems.append({line, CustomersTr::tr("Line %1 is the same customer (name and phone) as line "
                                                              "%2. Remove one of them.")
                                                  .arg(line)
                                                  .arg(*seen)});
                continue;
            }
            personLines.insert(personKey(c), line);
        }
        customers.append(c);
        customerLines.append(line);
    }
    // Against the database: member numbers in use, and the same person already registered. Looked up in chunks
    // through the indexes, not row by row.
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery q(db);
    constexpr qsizetype chunk = 400;
    const auto lookUp = [&](const QStringList &keys, const QString &sqlHead,
                            const std::function<void(const QSqlQuery &)> &onRow) -> Status {
        for (qsizetype start = 0; start < keys.size(); start += chunk) {
            const QStringList part = keys.mid(start, chunk);
            QStringList marks;
            QVariantList values;
            for (const QString &key : part) {
                marks << QStringLiteral("?");
                values << key;
            }
            if (!execPrepared(q, sqlHead.arg(marks.join(QLatin1Char(','))), values)) {
                return databaseError(q.lastError(), CustomersTr::tr("The existing customers could not be read."));
            }
            while (q.next()) {
                onRow(q);
            }
        }
        q.finish();
        return {};
    };
    QStringList memberNumbers = memberLines.keys();
    QStringList phones;
    for (const Customer &c : std::as_const(customers)) {
        if (!c.phone.isEmpty()) {
            phones << c.phone;
        }
    }
    phones.removeDuplicates();
    if (auto status = lookUp(
            memberNumbers, QStringLiteral("SELECT member_number FROM customer WHERE member_number IN (%1)"),
            [&](const QSqlQuery &row) {
                const QString number = row.value(0).toString();
                const int line = memberLines.value(number);
                report.problems.append({line, CustomersTr::tr("Line %1: member number %2 is already in use. Leave it "
                                                              "empty to get a new one.")
                                                  .arg(line)
                                                  .arg(number)});
            });
        !status) {
        return status.error();
    }
    if (auto status =
            lookUp(phones,
                   QStringLiteral("SELECT name, phone, member_number FROM customer WHERE merged_into IS NULL AND "
                                  "phone <> '' AND phone IN (%1)"),
                   [&](const QSqlQuery &row) {
                       Customer existing;
                       existing.name = row.value(0).toString();
                       existing.phone = row.value(1).toString();
                       if (const auto seen = personLines.constFind(personKey(existing)); seen != personLines.cend()) {
                           report.problems.append({*seen, CustomersTr::tr("Line %1: %2 with this phone is already "
                                                                          "registered as member %3. Remove the line.")
                                                              .arg(*seen)
                                                              .arg(existing.name, row.value(2).toString())});
                       }
                   });
        !status) {
        return status.error();
    }
    std::sort(report.problems.begin(), report.problems.end(),
              [](const CsvImportProblem &a, const CsvImportProblem &b) { return a.line < b.line; });
    if (!report.problems.isEmpty() || dryRun) {
        return report;
    }
    // The customers and the audit entry in one transaction (a savepoint when the caller has one open). A large
    // import writes into every customer index at random places: with the connection's usual 32 MB page cache most
    // of those pages would be read (and decrypted) again and again, so the cache is larger while it runs (at most
    // 256 MB, about 2.5 KB per imported row) and back to what it was afterwards.
    const qint64 wantedCacheKb = std::min<qint64>(256 * 1024, 32 * 1024 + customers.size() * 5 / 2);
    QVariant previousCache;
    if (q.exec(QStringLiteral("PRAGMA cache_size")) && q.next()) {
        previousCache = q.value(0);
    }
    q.finish();
    const bool biggerCache = previousCache.isValid() && previousCache.toLongLong() < 0 &&
                             -previousCache.toLongLong() < wantedCacheKb;
    if (biggerCache) {
        q.exec(QStringLiteral("PRAGMA cache_size = -%1").arg(wantedCacheKb));
        q.finish();
    }
    CustomerRepository repository(m_connectionName, m_userName, m_clock);
    AuditLog audit(m_connectionName, m_userName, m_clock);
    auto written = transact<int>(db, CustomersTr::tr("The customers could not be imported; none were added."),
                                 [&]() -> Result<int> {
                                     if (auto status = repository.addBulk(customers); !status) {
                                         return status.error();
                                     }
                                     if (auto recorded = audit.record(QStringLiteral("customer.import"), QString(),
                                                                      QStringLiteral("count=%1").arg(customers.size()));
                                         !recorded) {
                                         return recorded.error();
                                     }
                                     return static_cast<int>(customers.size());
                                 });
    if (biggerCache) {
        q.exec(QStringLiteral("PRAGMA cache_size = %1").arg(previousCache.toLongLong()));
        q.finish();
    }
    if (!written) {
        return written.error();
    }
    report.imported = *written;
    return report;
}

} // namespace caredesk::core
