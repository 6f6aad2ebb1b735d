// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/SqlCipherDriver.h"

#include "core/common/Tr.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlDriverCreator>
#include <QSqlError>
#include <QSqlField>
#include <QSqlIndex>
#include <QSqlRecord>
#include <QSqlResult>
#include <QStringList>
#include <QTime>
#include <QVariant>

#include <sodium.h>
#include <sqlcipher/sqlite3.h>

#include <algorithm>
#include <limits>
#include <map>
#include <mutex>

Q_DECLARE_OPAQUE_POINTER(sqlite3 *)
Q_DECLARE_METATYPE(sqlite3 *)
Q_DECLARE_OPAQUE_POINTER(sqlite3_stmt *)
Q_DECLARE_METATYPE(sqlite3_stmt *)

namespace caredesk::core {

namespace {

constexpr int defaultBusyTimeoutMs = 5000;
constexpr std::size_t rawKeySize = 32;

/** Our own, non-SQLite failures still carry an SQLite code so that sqliteCode() classifies them. */
constexpr int codeMisuse = SQLITE_MISUSE;
constexpr int codeRange = SQLITE_RANGE;
constexpr int codeMismatch = SQLITE_MISMATCH;

QSqlError sqliteError(sqlite3 *db, const QString &what, QSqlError::ErrorType type, int fallbackCode = SQLITE_ERROR)
{
    int code = fallbackCode;
    QString text;
    if (db != nullptr) {
        code = sqlite3_extended_errcode(db);
        text = QString::fromUtf8(sqlite3_errmsg(db));
    } else {
        text = QString::fromUtf8(sqlite3_errstr(code));
    }
    return QSqlError(what, text, type, QString::number(code));
}

/** An error found by the driver itself; @p code is the SQLite code that best describes it. */
QSqlError driverError(const QString &what, const QString &detail, QSqlError::ErrorType type, int code)
{
    return QSqlError(what, detail, type, QString::number(code));
}

/** True when [p, end) holds only whitespace, comments and semicolons, i.e. no further statement. */
bool isBlankSql(const char *p, const char *end)
{
    while (p < end) {
        const char c = *p;
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' || c == ';') {
            ++p;
        } else if (c == '-' && p + 1 < end && p[1] == '-') {
            while (p < end && *p != '\n') {
                ++p;
            }
        } else if (c == '/' && p + 1 < end && p[1] == '*') {
            p += 2;
            while (p < end && !(*p == '*' && p + 1 < end && p[1] == '/')) {
                ++p;
            }
            p = (p < end) ? p + 2 : end; // an unterminated comment runs to the end, as in SQLite
        } else {
            return false;
        }
    }
    return true;
}

/** Qt type for a declared column type, following SQLite's affinity rules; invalid when nothing is declared. */
QMetaType metaTypeForDeclared(const char *declared)
{
    if (declared == nullptr || *declared == '\0') {
        return QMetaType();
    }
    const QByteArray type = QByteArray(declared).toUpper();
    if (type.contains("INT")) {
        return QMetaType::fromType<qlonglong>();
    }
    if (type.contains("CHAR") || type.contains("CLOB") || type.contains("TEXT")) {
        return QMetaType::fromType<QString>();
    }
    if (type.contains("BLOB")) {
        return QMetaType::fromType<QByteArray>();
    }
    if (type.contains("REAL") || type.contains("FLOA") || type.contains("DOUB")) {
        return QMetaType::fromType<double>();
    }
    if (type.contains("BOOL")) {
        return QMetaType::fromType<bool>();
    }
    if (type.contains("DATE") || type.contains("TIME")) {
        return QMetaType::fromType<QString>(); // we store ISO 8601 text
    }
    if (type.contains("NUM") || type.contains("DEC")) {
        return QMetaType::fromType<double>();
    }
    return QMetaType();
}

struct ConnectOptions {
    bool readOnly = false;
    bool noCreate = false;
    int busyTimeoutMs = defaultBusyTimeoutMs;
    QString problem; ///< non-empty when an option is malformed
};

ConnectOptions parseConnectOptions(const QString &text)
{
    ConnectOptions options;
    const QStringList parts = text.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const QString option = part.trimmed();
        if (option.isEmpty()) {
            continue;
        }
        if (option == QLatin1String("QSQLCIPHER_READONLY")) {
            options.readOnly = true;
        } else if (option == QLatin1String("QSQLCIPHER_NO_CREATE")) {
            options.noCreate = true;
        } else if (option.startsWith(QLatin1String("QSQLCIPHER_BUSY_TIMEOUT"))) {
            const qsizetype eq = option.indexOf(QLatin1Char('='));
            bool ok = false;
            const int ms = eq < 0 ? -1 : option.mid(eq + 1).trimmed().toInt(&ok);
            if (!ok || ms < 0) {
                options.problem = option;
            } else {
                options.busyTimeoutMs = ms;
            }
        } else {
            options.problem = option;
        }
    }
    return options;
}

bool isValidPageSize(int size)
{
    return size >= 512 && size <= 65536 && (size & (size - 1)) == 0;
}

} // namespace

class SqlCipherResult;

class SqlCipherDriverPrivate {
public:
    sqlite3 *db = nullptr;
    SecureBytes key;
    /** A key was used by an open(); reopening needs a new setKey() so that nothing opens an encrypted file plain. */
    bool keyConsumed = false;
    CipherSettings settings;
    QSet<SqlCipherResult *> results;

    /** Runs SQL that returns no rows and carries no values; false leaves the error in db. */
    bool execSimple(const char *sql) const { return sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK; }
};

/**
 * The result of one statement. Rows are stepped on demand; a scrollable (not forward-only) result keeps the rows it
 * has stepped so that it can go back, a forward-only one keeps only the current row. The driver tracks every live
 * result: close() finalises their statements (invalidate()) and the driver's destructor detaches them, so a result
 * that outlives either fails with an error instead of touching a closed handle.
 */
class SqlCipherResult final : public QSqlResult {
public:
    explicit SqlCipherResult(const SqlCipherDriver *driver) : QSqlResult(driver), m_driver(driver->d.get())
    {
        m_driver->results.insert(this);
    }

    ~SqlCipherResult() override
    {
        finalizeStatement();
        if (m_driver != nullptr) {
            m_driver->results.remove(this);
        }
    }

    Q_DISABLE_COPY_MOVE(SqlCipherResult)

    void finalizeStatement()
    {
        if (m_stmt != nullptr) {
            sqlite3_finalize(m_stmt);
            m_stmt = nullptr;
        }
        clearRows();
        m_record = QSqlRecord();
    }

    /** The connection closes: drop the statement; the result can prepare() again once the driver is reopened. */
    void invalidate()
    {
        finalizeStatement();
        setActive(false);
        setAt(QSql::BeforeFirstRow);
    }

    /** The driver goes away: every later call fails with "connection closed". */
    void detachFromDriver()
    {
        invalidate();
        m_driver = nullptr;
    }

    QVariant handle() const override { return QVariant::fromValue<sqlite3_stmt *>(m_stmt); }

protected:
    bool prepare(const QString &query) override;
    bool reset(const QString &query) override;
    bool exec() override;
    QVariant data(int field) override;
    bool isNull(int field) override;
    bool fetch(int index) override;
    bool fetchFirst() override;
    bool fetchLast() override;
    int size() override { return -1; }
    int numRowsAffected() override { return m_rowsAffected; }
    QSqlRecord record() const override { return isActive() && isSelect() ? m_record : QSqlRecord(); }
    QVariant lastInsertId() const override { return m_lastInsertId; }
    void detachFromResultSet() override;
    bool nextResult() override { return false; }

private:
    enum class Step { Row, Done, Failed };

    sqlite3 *db() const { return m_driver != nullptr ? m_driver->db : nullptr; }
    bool requireOpen();
    void clearRows();
    /** Prepares the statement at @p sql, leaving the rest in @p tail; false with lastError set on failure. */
    bool prepareOne(const char *sql, const char *end, sqlite3_stmt **stmt, const char **tail);
    bool bindValues();
    bool bindOne(int index, const QVariant &value);
    /** Resets the statement, binds and takes the first step; the common tail of exec() and reset(). */
    bool run();
    Step step();
    QList<QVariant> readRow() const;
    QVariant columnValue(int column) const;
    const QList<QVariant> *currentRow() const;
    QSqlRecord buildRecord();

    SqlCipherDriverPrivate *m_driver;
    sqlite3_stmt *m_stmt = nullptr;
    QSqlRecord m_record;
    QList<QMetaType> m_declaredTypes;
    bool m_cacheRows = true;       ///< not forward-only at exec() time
    QList<QList<QVariant>> m_rows; ///< every row stepped so far (scrollable results)
    QList<QVariant> m_current;     ///< the last row stepped (forward-only results)
    int m_stepped = -1;            ///< index of the last row stepped
    bool m_done = true;            ///< the statement has no more rows (or is not running)
    int m_rowsAffected = 0;
    QVariant m_lastInsertId;
};

// --- SqlCipherResult -------------------------------------------------------------------------------------------------

bool SqlCipherResult::requireOpen()
{
    if (db() == nullptr) {
        setLastError(driverError(StorageTr::tr("The database connection is closed."), QString(),
                                 QSqlError::ConnectionError, codeMisuse));
        setActive(false);
        return false;
    }
    return true;
}

void SqlCipherResult::clearRows()
{
    m_rows.clear();
    m_current.clear();
    m_stepped = -1;
    m_done = true;
    m_rowsAffected = 0;
    m_lastInsertId = QVariant();
}

bool SqlCipherResult::prepareOne(const char *sql, const char *end, sqlite3_stmt **stmt, const char **tail)
{
    *stmt = nullptr;
    const auto length = end - sql;
    if (length > std::numeric_limits<int>::max()) {
        setLastError(driverError(StorageTr::tr("The SQL text is too long."), QString(), QSqlError::StatementError,
                                 SQLITE_TOOBIG));
        return false;
    }
    const int rc = sqlite3_prepare_v2(db(), sql, static_cast<int>(length), stmt, tail);
    if (rc != SQLITE_OK) {
        setLastError(sqliteError(db(), StorageTr::tr("Unable to prepare the statement."), QSqlError::StatementError));
        sqlite3_finalize(*stmt);
        *stmt = nullptr;
        return false;
    }
    return true;
}

bool SqlCipherResult::prepare(const QString &query)
{
    finalizeStatement();
    setSelect(false);
    setActive(false);
    if (!requireOpen()) {
        return false;
    }
    const QByteArray sql = query.toUtf8();
    const char *end = sql.constData() + sql.size();
    const char *tail = nullptr;
    sqlite3_stmt *stmt = nullptr;
    if (!prepareOne(sql.constData(), end, &stmt, &tail)) {
        return false;
    }
    if (stmt == nullptr) {
        setLastError(driverError(StorageTr::tr("The query contains no SQL statement."), QString(),
                                 QSqlError::StatementError, codeMisuse));
        return false;
    }
    if (!isBlankSql(tail, end)) {
        sqlite3_finalize(stmt);
        setLastError(driverError(StorageTr::tr("A prepared query takes a single SQL statement."),
                                 StorageTr::tr("Run several statements with exec(text) instead."),
                                 QSqlError::StatementError, codeMisuse));
        return false;
    }
    m_stmt = stmt;
    m_record = buildRecord();
    return true;
}

bool SqlCipherResult::reset(const QString &query)
{
    finalizeStatement();
    setSelect(false);
    setActive(false);
    setAt(QSql::BeforeFirstRow);
    if (!requireOpen()) {
        return false;
    }
    const QByteArray sql = query.toUtf8();
    const char *cursor = sql.constData();
    const char *end = cursor + sql.size();
    bool first = true;
    for (;;) {
        const char *tail = nullptr;
        sqlite3_stmt *stmt = nullptr;
        if (!prepareOne(cursor, end, &stmt, &tail)) {
            return false;
        }
        if (stmt == nullptr) {
            if (first) {
                setLastError(driverError(StorageTr::tr("The query contains no SQL statement."), QString(),
                                         QSqlError::StatementError, codeMisuse));
                return false;
            }
            return true; // not reached: blank tails end the loop below
        }
        first = false;
        if (isBlankSql(tail, end)) {
            m_stmt = stmt; // the last statement: its rows are the result
            m_record = buildRecord();
            return run();
        }
        // A statement before the last one: run it to completion and discard its rows.
        if (sqlite3_bind_parameter_count(stmt) > 0) {
            sqlite3_finalize(stmt);
            setLastError(driverError(StorageTr::tr("Parameter count mismatch."),
                                     StorageTr::tr("Statements with placeholders must be prepared one at a time."),
                                     QSqlError::StatementError, codeRange));
            return false;
        }
        int rc = SQLITE_ROW;
        while (rc == SQLITE_ROW) {
            rc = sqlite3_step(stmt);
        }
        if (rc != SQLITE_DONE) {
            setLastError(
                sqliteError(db(), StorageTr::tr("Unable to execute the statement."), QSqlError::StatementError));
            sqlite3_finalize(stmt);
            return false;
        }
        sqlite3_finalize(stmt);
        cursor = tail;
    }
}

bool SqlCipherResult::exec()
{
    setActive(false);
    setAt(QSql::BeforeFirstRow);
    if (!requireOpen()) {
        return false;
    }
    if (m_stmt == nullptr) {
        setLastError(driverError(StorageTr::tr("The query has not been prepared."), QString(),
                                 QSqlError::StatementError, codeMisuse));
        return false;
    }
    return run();
}

bool SqlCipherResult::run()
{
    clearRows();
    setLastError(QSqlError());
    sqlite3_reset(m_stmt); // its return value repeats the previous run's error, which is not ours to report
    sqlite3_clear_bindings(m_stmt);
    if (!bindValues()) {
        return false;
    }
    m_cacheRows = !isForwardOnly();
    m_done = false;
    const int changesBefore = sqlite3_total_changes(db());
    const Step first = step();
    if (first == Step::Failed) {
        return false;
    }
    if (sqlite3_total_changes(db()) != changesBefore) {
        m_rowsAffected = sqlite3_changes(db());
        const sqlite3_int64 rowId = sqlite3_last_insert_rowid(db());
        if (rowId != 0) {
            m_lastInsertId = QVariant(qlonglong(rowId));
        }
    }
    setSelect(sqlite3_column_count(m_stmt) > 0);
    setActive(true);
    return true;
}

bool SqlCipherResult::bindValues()
{
    const QList<QVariant> &values = boundValues();
    const int parameterCount = sqlite3_bind_parameter_count(m_stmt);
    QList<bool> bound(parameterCount, false);
    for (int i = 0; i < values.size(); ++i) {
        // Qt hands named placeholders over as their names and '?' as the names it gave them (":0", ":1", …).
        // The i-th value usually belongs to the i-th placeholder: check that first (sqlite3_bind_parameter_index
        // searches every name, which made wide multi-row INSERTs quadratic).
        const QByteArray name = boundValueName(i).toUtf8();
        const char *atSameIndex = i < parameterCount ? sqlite3_bind_parameter_name(m_stmt, i + 1) : nullptr;
        const int index = atSameIndex != nullptr && name == atSameIndex
                              ? i + 1
                              : sqlite3_bind_parameter_index(m_stmt, name.constData());
        if (index <= 0) {
            setLastError(driverError(
                StorageTr::tr("Parameter count mismatch."),
                StorageTr::tr("%1 values were bound for %2 placeholders.").arg(values.size()).arg(parameterCount),
                QSqlError::StatementError, codeRange));
            return false;
        }
        if (!bindOne(index, values.at(i))) {
            return false;
        }
        bound[index - 1] = true;
    }
    if (bound.contains(false)) {
        setLastError(driverError(
            StorageTr::tr("Parameter count mismatch."),
            StorageTr::tr("%1 of %2 placeholders have no value bound.").arg(bound.count(false)).arg(parameterCount),
            QSqlError::StatementError, codeRange));
        return false;
    }
    return true;
}

bool SqlCipherResult::bindOne(int index, const QVariant &value)
{
    int rc = SQLITE_OK;
    const int type = value.typeId();
    const auto bindText = [this, index](const QString &text) {
        const QByteArray utf8 = text.toUtf8();
        // A null QByteArray has no data pointer, which SQLite would bind as NULL: point empty text at "".
        return sqlite3_bind_text(m_stmt, index, utf8.isEmpty() ? "" : utf8.constData(), static_cast<int>(utf8.size()),
                                 SQLITE_TRANSIENT);
    };
    if (value.isNull()) {
        rc = sqlite3_bind_null(m_stmt, index);
    } else {
        switch (type) {
        case QMetaType::Bool:
        case QMetaType::Char:
        case QMetaType::SChar:
        case QMetaType::UChar:
        case QMetaType::Short:
        case QMetaType::UShort:
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::Long:
        case QMetaType::ULong:
        case QMetaType::LongLong: rc = sqlite3_bind_int64(m_stmt, index, value.toLongLong()); break;
        case QMetaType::ULongLong: {
            const qulonglong number = value.toULongLong();
            if (number <= static_cast<qulonglong>(std::numeric_limits<qint64>::max())) {
                rc = sqlite3_bind_int64(m_stmt, index, static_cast<sqlite3_int64>(number));
            } else {
                rc = bindText(value.toString());
            }
            break;
        }
        case QMetaType::Double:
        case QMetaType::Float: rc = sqlite3_bind_double(m_stmt, index, value.toDouble()); break;
        case QMetaType::QByteArray: {
            const QByteArray bytes = value.toByteArray();
            if (bytes.isNull()) {
                rc = sqlite3_bind_null(m_stmt, index);
            } else {
                rc = sqlite3_bind_blob(m_stmt, index, bytes.isEmpty() ? "" : bytes.constData(),
                                       static_cast<int>(bytes.size()), SQLITE_TRANSIENT);
            }
            break;
        }
        case QMetaType::QString: {
            const QString text = value.toString();
            rc = text.isNull() ? sqlite3_bind_null(m_stmt, index) : bindText(text);
            break;
        }
        case QMetaType::QDateTime: {
            const QDateTime dateTime = value.toDateTime();
            rc = dateTime.isValid() ? bindText(dateTime.toString(Qt::ISODateWithMs)) : sqlite3_bind_null(m_stmt, index);
            break;
        }
        case QMetaType::QDate: {
            const QDate date = value.toDate();
            rc = date.isValid() ? bindText(date.toString(Qt::ISODate)) : sqlite3_bind_null(m_stmt, index);
            break;
        }
        case QMetaType::QTime: {
            const QTime time = value.toTime();
            rc = time.isValid() ? bindText(time.toString(Qt::ISODateWithMs)) : sqlite3_bind_null(m_stmt, index);
            break;
        }
        default:
            if (!value.canConvert<QString>()) {
                setLastError(driverError(StorageTr::tr("A value of an unsupported type was bound."),
                                         QString::fromUtf8(value.typeName()), QSqlError::StatementError, codeMismatch));
                return false;
            }
            rc = bindText(value.toString());
            break;
        }
    }
    if (rc != SQLITE_OK) {
        setLastError(sqliteError(db(), StorageTr::tr("Unable to bind a value."), QSqlError::StatementError));
        return false;
    }
    return true;
}

SqlCipherResult::Step SqlCipherResult::step()
{
    if (m_done) {
        return Step::Done; // stepping a finished statement again would start it over
    }
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW) {
        ++m_stepped;
        if (m_cacheRows) {
            m_rows.append(readRow());
        } else {
            m_current = readRow();
        }
        return Step::Row;
    }
    m_done = true;
    if (rc == SQLITE_DONE) {
        return Step::Done;
    }
    setLastError(sqliteError(db(), StorageTr::tr("Unable to fetch the row."), QSqlError::StatementError));
    sqlite3_reset(m_stmt); // release locks held by the failed statement
    return Step::Failed;
}

QList<QVariant> SqlCipherResult::readRow() const
{
    const int count = sqlite3_column_count(m_stmt);
    QList<QVariant> row;
    row.reserve(count);
    for (int i = 0; i < count; ++i) {
        row.append(columnValue(i));
    }
    return row;
}

QVariant SqlCipherResult::columnValue(int column) const
{
    switch (sqlite3_column_type(m_stmt, column)) {
    case SQLITE_INTEGER: {
        const sqlite3_int64 number = sqlite3_column_int64(m_stmt, column);
        if (numericalPrecisionPolicy() == QSql::LowPrecisionInt32) {
            return QVariant(static_cast<int>(number));
        }
        return QVariant(qlonglong(number));
    }
    case SQLITE_FLOAT: {
        const double number = sqlite3_column_double(m_stmt, column);
        switch (numericalPrecisionPolicy()) {
        case QSql::LowPrecisionInt32: return QVariant(static_cast<int>(number));
        case QSql::LowPrecisionInt64: return QVariant(static_cast<qlonglong>(number));
        default: return QVariant(number);
        }
    }
    case SQLITE_TEXT: {
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
        const int bytes = sqlite3_column_bytes(m_stmt, column);
        return QVariant(QString::fromUtf8(text != nullptr ? text : "", bytes));
    }
    case SQLITE_BLOB: {
        const auto *blob = static_cast<const char *>(sqlite3_column_blob(m_stmt, column));
        const int bytes = sqlite3_column_bytes(m_stmt, column);
        return QVariant(QByteArray(blob != nullptr ? blob : "", bytes));
    }
    case SQLITE_NULL:
    default:
        if (column < m_declaredTypes.size() && m_declaredTypes.at(column).isValid()) {
            return QVariant(m_declaredTypes.at(column));
        }
        return QVariant();
    }
}

QSqlRecord SqlCipherResult::buildRecord()
{
    QSqlRecord record;
    m_declaredTypes.clear();
    const int count = sqlite3_column_count(m_stmt);
    for (int i = 0; i < count; ++i) {
        const QMetaType type = metaTypeForDeclared(sqlite3_column_decltype(m_stmt, i));
        m_declaredTypes.append(type);
        record.append(QSqlField(QString::fromUtf8(sqlite3_column_name(m_stmt, i)), type));
    }
    return record;
}

const QList<QVariant> *SqlCipherResult::currentRow() const
{
    const int row = at();
    if (row < 0) {
        return nullptr;
    }
    if (m_cacheRows) {
        return row < m_rows.size() ? &m_rows.at(row) : nullptr;
    }
    return row == m_stepped ? &m_current : nullptr;
}

QVariant SqlCipherResult::data(int field)
{
    const QList<QVariant> *row = currentRow();
    if (row == nullptr || field < 0 || field >= row->size()) {
        return QVariant();
    }
    return row->at(field);
}

bool SqlCipherResult::isNull(int field)
{
    return data(field).isNull();
}

bool SqlCipherResult::fetch(int index)
{
    if (!isActive() || !isSelect() || index < 0 || m_stmt == nullptr || db() == nullptr) {
        return false;
    }
    if (m_cacheRows) {
        while (m_rows.size() <= index) {
            if (step() != Step::Row) {
                return false;
            }
        }
        setAt(index);
        return true;
    }
    if (index < m_stepped) {
        return false; // forward-only: the row is gone
    }
    while (m_stepped < index) {
        if (step() != Step::Row) {
            return false;
        }
    }
    setAt(index);
    return true;
}

bool SqlCipherResult::fetchFirst()
{
    return fetch(0);
}

bool SqlCipherResult::fetchLast()
{
    if (!isActive() || !isSelect() || m_stmt == nullptr || db() == nullptr) {
        return false;
    }
    while (!m_done) {
        if (step() == Step::Failed) {
            return false;
        }
    }
    if (m_stepped < 0) {
        return false;
    }
    setAt(m_stepped);
    return true;
}

void SqlCipherResult::detachFromResultSet()
{
    if (m_stmt != nullptr) {
        sqlite3_reset(m_stmt); // keeps the statement for another exec() but releases its read lock
    }
    clearRows();
}

// --- SqlCipherDriver -------------------------------------------------------------------------------------------------

SqlCipherDriver::SqlCipherDriver(QObject *parent) : QSqlDriver(parent), d(std::make_unique<SqlCipherDriverPrivate>())
{
}

SqlCipherDriver::~SqlCipherDriver()
{
    close();
    const QSet<SqlCipherResult *> results = d->results;
    for (SqlCipherResult *result : results) {
        result->detachFromDriver();
    }
    d->results.clear();
}

void SqlCipherDriver::setKey(SecureBytes key)
{
    d->key = std::move(key);
    d->keyConsumed = false;
}

void SqlCipherDriver::setCipherSettings(const CipherSettings &settings)
{
    d->settings = settings;
}

bool SqlCipherDriver::hasFeature(DriverFeature feature) const
{
    switch (feature) {
    case Transactions:
    case BLOB:
    case Unicode:
    case PreparedQueries:
    case NamedPlaceholders:
    case PositionalPlaceholders:
    case LastInsertId:
    case LowPrecisionNumbers:
    case FinishQuery: return true;
    case QuerySize:
    case EventNotifications:
    case SimpleLocking:
    case MultipleResultSets:
    case CancelQuery:
    case BatchOperations: return false;
    }
    return false;
}

bool SqlCipherDriver::open(const QString &db, const QString & /*user*/, const QString & /*password*/,
                           const QString & /*host*/, int /*port*/, const QString &connOpts)
{
    if (isOpen()) {
        close();
    }
    // The key is used once, whatever happens below.
    SecureBytes key = std::move(d->key);
    const bool hadKey = !key.isEmpty();
    const bool refuseWithoutKey = d->keyConsumed && !hadKey;
    d->keyConsumed = d->keyConsumed || hadKey;

    const auto fail = [this](const QSqlError &error) {
        if (d->db != nullptr) {
            sqlite3_close_v2(d->db);
            d->db = nullptr;
        }
        setLastError(error);
        setOpenError(true);
        return false;
    };

    if (refuseWithoutKey) {
        return fail(driverError(StorageTr::tr("Error opening database"),
                                StorageTr::tr("The encryption key was already used; set it again before reopening."),
                                QSqlError::ConnectionError, codeMisuse));
    }
    if (hadKey && key.size() != rawKeySize) {
        return fail(driverError(StorageTr::tr("Error opening database"),
                                StorageTr::tr("The encryption key must be %1 bytes long.").arg(rawKeySize),
                                QSqlError::ConnectionError, codeMisuse));
    }
    const CipherSettings settings = d->settings;
    if (hadKey && (!isValidPageSize(settings.pageSize) || settings.kdfIter < 1)) {
        return fail(driverError(StorageTr::tr("Error opening database"),
                                StorageTr::tr("The cipher settings are not valid."), QSqlError::ConnectionError,
                                codeMisuse));
    }
    const ConnectOptions options = parseConnectOptions(connOpts);
    if (!options.problem.isEmpty()) {
        return fail(driverError(StorageTr::tr("Error opening database"),
                                StorageTr::tr("Unknown or malformed connection option: %1").arg(options.problem),
                                QSqlError::ConnectionError, codeMisuse));
    }

    // FULLMUTEX: we use one connection per thread, so the mutex is never contended and costs next to nothing, but a
    // slip that touches a connection from a second thread then stays safe instead of corrupting SQLite's state.
    int flags = SQLITE_OPEN_FULLMUTEX;
    if (options.readOnly) {
        flags |= SQLITE_OPEN_READONLY;
    } else {
        flags |= SQLITE_OPEN_READWRITE;
        if (!options.noCreate) {
            flags |= SQLITE_OPEN_CREATE;
        }
    }
    const QByteArray path = db.toUtf8();
    const int rc = sqlite3_open_v2(path.constData(), &d->db, flags, nullptr);
    if (d->db == nullptr) {
        return fail(sqliteError(nullptr, StorageTr::tr("Error opening database"), QSqlError::ConnectionError,
                                rc == SQLITE_OK ? SQLITE_NOMEM : rc));
    }
    sqlite3_extended_result_codes(d->db, 1);
    if (rc != SQLITE_OK) {
        return fail(sqliteError(d->db, StorageTr::tr("Error opening database"), QSqlError::ConnectionError));
    }
    sqlite3_busy_timeout(d->db, options.busyTimeoutMs);

    if (hadKey) {
        // "x'<64 hex digits>'" in guarded memory; SQLCipher takes a 67-byte literal of this form as a raw key.
        constexpr std::size_t hexSize = rawKeySize * 2;
        constexpr std::size_t literalSize = hexSize + 3;
        SecureBytes literal(literalSize + 1); // + NUL written by sodium_bin2hex
        auto *text = reinterpret_cast<char *>(literal.data());
        text[0] = 'x';
        text[1] = '\'';
        sodium_bin2hex(text + 2, hexSize + 1, key.data(), key.size());
        text[literalSize - 1] = '\'';
        const int keyRc = sqlite3_key(d->db, text, static_cast<int>(literalSize));
        literal.clear();
        key.clear();
        if (keyRc != SQLITE_OK) {
            return fail(
                sqliteError(d->db, StorageTr::tr("Unable to set the encryption key."), QSqlError::ConnectionError));
        }
        // These pragmas only configure the codec; none of them reads or writes the file.
        const QByteArray pragmas =
            QByteArrayLiteral("PRAGMA cipher_page_size = ") + QByteArray::number(settings.pageSize) +
            QByteArrayLiteral("; PRAGMA cipher_use_hmac = ") +
            (settings.useHmac ? QByteArrayLiteral("ON") : QByteArrayLiteral("OFF")) +
            QByteArrayLiteral("; PRAGMA kdf_iter = ") + QByteArray::number(settings.kdfIter) + QByteArrayLiteral(";");
        if (!d->execSimple(pragmas.constData())) {
            return fail(
                sqliteError(d->db, StorageTr::tr("Unable to apply the cipher settings."), QSqlError::ConnectionError));
        }
    }

    setOpen(true);
    setOpenError(false);
    setLastError(QSqlError());
    return true;
}

void SqlCipherDriver::close()
{
    if (d->db == nullptr) {
        if (isOpen()) {
            setOpen(false);
        }
        return;
    }
    for (SqlCipherResult *result : std::as_const(d->results)) {
        result->invalidate();
    }
    sqlite3_close_v2(d->db);
    d->db = nullptr;
    setOpen(false);
    setOpenError(false);
}

QSqlResult *SqlCipherDriver::createResult() const
{
    return new SqlCipherResult(this);
}

bool SqlCipherDriver::beginTransaction()
{
    if (!isOpen() || d->db == nullptr) {
        return false;
    }
    // IMMEDIATE takes the write lock now, so a second writer gets SQLITE_BUSY here rather than a deadlock later.
    if (!d->execSimple("BEGIN IMMEDIATE")) {
        setLastError(
            sqliteError(d->db, StorageTr::tr("Unable to begin the transaction."), QSqlError::TransactionError));
        return false;
    }
    return true;
}

bool SqlCipherDriver::commitTransaction()
{
    if (!isOpen() || d->db == nullptr) {
        return false;
    }
    if (!d->execSimple("COMMIT")) {
        setLastError(
            sqliteError(d->db, StorageTr::tr("Unable to commit the transaction."), QSqlError::TransactionError));
        return false;
    }
    return true;
}

bool SqlCipherDriver::rollbackTransaction()
{
    if (!isOpen() || d->db == nullptr) {
        return false;
    }
    if (!d->execSimple("ROLLBACK")) {
        setLastError(
            sqliteError(d->db, StorageTr::tr("Unable to roll back the transaction."), QSqlError::TransactionError));
        return false;
    }
    return true;
}

QStringList SqlCipherDriver::tables(QSql::TableType type) const
{
    QStringList names;
    if (!isOpen() || d->db == nullptr) {
        return names;
    }
    QByteArray sql;
    if ((type & QSql::Tables) && (type & QSql::Views)) {
        sql = "SELECT name FROM sqlite_master WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite\\_%' "
              "ESCAPE '\\' ORDER BY name";
    } else if (type & QSql::Tables) {
        sql = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' "
              "ORDER BY name";
    } else if (type & QSql::Views) {
        sql = "SELECT name FROM sqlite_master WHERE type = 'view' ORDER BY name";
    }
    if (type & QSql::SystemTables) {
        names.append(QStringLiteral("sqlite_master"));
        if (!sql.isEmpty()) {
            sql = "SELECT name FROM (" + sql +
                  ") UNION ALL SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'sqlite\\_%' "
                  "ESCAPE '\\'";
        } else {
            sql = "SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'sqlite\\_%' ESCAPE '\\' "
                  "ORDER BY name";
        }
    }
    if (sql.isEmpty()) {
        return names;
    }
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(d->db, sql.constData(), static_cast<int>(sql.size()), &stmt, nullptr) != SQLITE_OK) {
        sqlite3_finalize(stmt);
        return names;
    }
    while (sqlite3_step(stmt) == SQLITE_ROW) {
        names.append(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0))));
    }
    sqlite3_finalize(stmt);
    return names;
}

namespace {

struct TableColumn {
    QSqlField field;
    int primaryKeyOrder = 0; ///< 1-based position in the primary key, 0 when not part of it
    QByteArray declaredType;
};

QList<TableColumn> tableColumns(sqlite3 *db, const QString &escapedTable, const QString &tableName)
{
    QList<TableColumn> columns;
    const QByteArray sql = QByteArrayLiteral("PRAGMA table_info(") + escapedTable.toUtf8() + QByteArrayLiteral(")");
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db, sql.constData(), static_cast<int>(sql.size()), &stmt, nullptr) != SQLITE_OK) {
        sqlite3_finalize(stmt);
        return columns;
    }
    while (sqlite3_step(stmt) == SQLITE_ROW) {
        // cid, name, type, notnull, dflt_value, pk
        TableColumn column;
        column.declaredType = QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 2)));
        column.field = QSqlField(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 1))),
                                 metaTypeForDeclared(column.declaredType.constData()), tableName);
        column.field.setRequiredStatus(sqlite3_column_int(stmt, 3) != 0 ? QSqlField::Required : QSqlField::Optional);
        if (sqlite3_column_type(stmt, 4) != SQLITE_NULL) {
            column.field.setDefaultValue(
                QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 4))));
        }
        column.primaryKeyOrder = sqlite3_column_int(stmt, 5);
        columns.append(column);
    }
    sqlite3_finalize(stmt);
    const qsizetype keyColumns =
        std::count_if(columns.cbegin(), columns.cend(), [](const TableColumn &c) { return c.primaryKeyOrder > 0; });
    for (TableColumn &column : columns) {
        // A lone INTEGER PRIMARY KEY is the rowid: SQLite assigns it.
        if (keyColumns == 1 && column.primaryKeyOrder == 1 && column.declaredType.toUpper() == "INTEGER") {
            column.field.setAutoValue(true);
        }
    }
    return columns;
}

QString unescapedTableName(const QString &name)
{
    if (name.size() > 2 && name.startsWith(QLatin1Char('"')) && name.endsWith(QLatin1Char('"'))) {
        QString inner = name.mid(1, name.size() - 2);
        inner.replace(QStringLiteral("\"\""), QStringLiteral("\""));
        return inner;
    }
    return name;
}

} // namespace

QSqlRecord SqlCipherDriver::record(const QString &tableName) const
{
    QSqlRecord record;
    if (!isOpen() || d->db == nullptr) {
        return record;
    }
    const QList<TableColumn> columns =
        tableColumns(d->db, escapeIdentifier(tableName, TableName), unescapedTableName(tableName));
    for (const TableColumn &column : columns) {
        record.append(column.field);
    }
    return record;
}

QSqlIndex SqlCipherDriver::primaryIndex(const QString &tableName) const
{
    const QString table = unescapedTableName(tableName);
    QSqlIndex index(table);
    if (!isOpen() || d->db == nullptr) {
        return index;
    }
    QList<TableColumn> columns = tableColumns(d->db, escapeIdentifier(tableName, TableName), table);
    columns.removeIf([](const TableColumn &c) { return c.primaryKeyOrder == 0; });
    std::sort(columns.begin(), columns.end(),
              [](const TableColumn &a, const TableColumn &b) { return a.primaryKeyOrder < b.primaryKeyOrder; });
    for (const TableColumn &column : std::as_const(columns)) {
        index.append(column.field);
    }
    return index;
}

QString SqlCipherDriver::escapeIdentifier(const QString &identifier, IdentifierType type) const
{
    if (identifier.isEmpty() || isIdentifierEscaped(identifier, type)) {
        return identifier;
    }
    QString escaped = identifier;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QVariant SqlCipherDriver::handle() const
{
    return QVariant::fromValue<sqlite3 *>(d->db);
}

QString SqlCipherDriver::cipherVersion() const
{
    if (!isOpen() || d->db == nullptr) {
        return QString();
    }
    sqlite3_stmt *stmt = nullptr;
    QString version;
    if (sqlite3_prepare_v2(d->db, "PRAGMA cipher_version", -1, &stmt, nullptr) == SQLITE_OK && stmt != nullptr &&
        sqlite3_step(stmt) == SQLITE_ROW) {
        version = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
    }
    sqlite3_finalize(stmt);
    return version;
}

void registerSqlCipherDriver()
{
    static std::once_flag once;
    std::call_once(once, [] {
        QSqlDatabase::registerSqlDriver(QStringLiteral("QSQLCIPHER"), new QSqlDriverCreator<SqlCipherDriver>);
    });
}

QString sqlCipherSqliteVersion()
{
    return QString::fromUtf8(sqlite3_libversion());
}

} // namespace caredesk::core
