// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/customers/Customer.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace caredesk::core {

class Database;

/** One problem of an import, tied to the line of the file it is on (1 is the header). */
struct CsvImportProblem {
    int line = 0;
    QString message; ///< translated, says what to correct
};

/** What an import found and did. When problems is not empty nothing was written. */
struct CsvImportReport {
    int rows = 0;     ///< data rows read (the header not counted)
    int imported = 0; ///< customers added; 0 for a dry run or when there were problems
    bool dryRun = false;
    QString encoding; ///< "UTF-8" or "GB18030"
    QList<CsvImportProblem> problems;
};

/**
 * Imports customers from a CSV file: RFC 4180 (quoted fields with doubled quotes, line breaks inside quotes, CRLF
 * or LF), UTF-8 with or without a byte order mark, or GB18030 (what Excel on Chinese Windows saves) when the bytes
 * are not valid UTF-8. The first row names the columns, in English or Chinese (name/姓名, phone/手机/电话, phone2,
 * sex/性别, birth_date/出生日期, email/邮箱, address/地址, region/地区, member_number/会员号, id_number/身份证号,
 * notes/备注, tags/标签 separated by ';'); only the name column is required.
 *
 * All or nothing: every row is validated as CustomerRepository::add() does, duplicates within the file (same member
 * number, or same name and phone) and against the database are reported, and only when there is no problem at all
 * are the customers added, in one transaction (CustomerRepository::addBulk). The import is audited as
 * "customer.import" with the count only. Managers and administrators may import.
 */
class CustomerCsvImport final {
public:
    explicit CustomerCsvImport(Database &database, const Clock &clock = Clock::system());
    CustomerCsvImport(const QString &connectionName, const QString &userName, const Clock &clock = Clock::system());

    /** Reads @p path and imports it. NotFound / Io when the file cannot be read; PermissionDenied (Database only). */
    [[nodiscard]] Result<CsvImportReport> importFile(const QString &path, bool dryRun = false);
    /** Imports CSV @p bytes; with @p dryRun everything is checked and nothing is written. */
    [[nodiscard]] Result<CsvImportReport> importData(const QByteArray &bytes, bool dryRun = false);

    /** The text of @p bytes (BOM removed) and the encoding it was read in. */
    [[nodiscard]] static QString decode(const QByteArray &bytes, QString *encoding = nullptr);
    /** RFC 4180 records of @p text; @p lines gets the line each record starts on (1-based). */
    [[nodiscard]] static QList<QStringList> parseCsv(const QString &text, QList<int> *lines = nullptr);

private:
    QString m_connectionName;
    QString m_userName;
    const Clock &m_clock;
    bool m_permitted = true;
};

} // namespace caredesk::core
