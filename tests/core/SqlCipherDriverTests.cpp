// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/common/SecureBytes.h"
#include "core/storage/SqlCipherDriver.h"
#include "tests/support/FileSnapshot.h"

#include <catch2/catch.hpp>

#include <QDate>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>
#include <QSqlIndex>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTime>
#include <QUuid>

#include <limits>
#include <memory>
#include <string>

using caredesk::core::CipherSettings;
using caredesk::core::SecureBytes;
using caredesk::core::SqlCipherDriver;
using caredesk::test::anyFileContains;
using caredesk::test::FileSnapshot;

namespace {

constexpr int sqliteError = 1;
constexpr int sqliteBusy = 5;
constexpr int sqliteReadOnly = 8;
constexpr int sqliteCantOpen = 14;
constexpr int sqliteRange = 25;
constexpr int sqliteNotADb = 26;
constexpr int sqliteConstraintNotNull = 1299;
constexpr int sqliteConstraintUnique = 2067;

const QByteArray plainHeader("SQLite format 3\0", 16);

std::string str(const QString &text)
{
    return text.toStdString();
}

std::string str(const QVariant &value)
{
    return value.toString().toStdString();
}

int nativeCode(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? code : -1;
}

SecureBytes copyOf(const SecureBytes &key)
{
    return SecureBytes(key.data(), key.size());
}

QByteArray hexOf(const SecureBytes &key)
{
    return QByteArray(reinterpret_cast<const char *>(key.data()), static_cast<qsizetype>(key.size())).toHex();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/** One named connection over a fresh SqlCipherDriver; removed again when it goes out of scope. */
class Connection final {
public:
    Connection(const QString &path, const SecureBytes *key, const QString &options = QString(),
               const CipherSettings &settings = CipherSettings())
        : m_name(QStringLiteral("driver-test-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        m_driver = new SqlCipherDriver;
        if (key != nullptr) {
            m_driver->setKey(copyOf(*key));
        }
        m_driver->setCipherSettings(settings);
        QSqlDatabase db = QSqlDatabase::addDatabase(m_driver, m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(options);
        m_opened = db.open();
        m_openError = db.lastError();
    }

    ~Connection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }

    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    [[nodiscard]] QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }
    [[nodiscard]] bool opened() const { return m_opened; }
    [[nodiscard]] const QSqlError &openError() const { return m_openError; }
    [[nodiscard]] SqlCipherDriver *driver() const { return m_driver; }
    [[nodiscard]] const QString &name() const { return m_name; }

    /** Runs @p sql (no values) and requires success. */
    void exec(const QString &sql) const
    {
        QSqlQuery query(db());
        INFO(str(sql) << " -> " << str(query.lastError().text()));
        REQUIRE(query.exec(sql));
    }

    /** The first column of the first row of @p sql. */
    [[nodiscard]] QVariant scalar(const QString &sql) const
    {
        QSqlQuery query(db());
        const bool ok = query.exec(sql) && query.next();
        INFO(str(sql) << " -> " << str(query.lastError().text()));
        REQUIRE(ok);
        return query.value(0);
    }

private:
    QString m_name;
    SqlCipherDriver *m_driver = nullptr;
    bool m_opened = false;
    QSqlError m_openError;
};

/** A database file in a fresh temporary folder. */
struct TempFile {
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("test.db"));
};

void fillNumbers(const Connection &connection, int count)
{
    connection.exec(QStringLiteral("CREATE TABLE numbers (n INTEGER NOT NULL)"));
    QSqlQuery insert(connection.db());
    REQUIRE(insert.prepare(QStringLiteral("INSERT INTO numbers (n) VALUES (?)")));
    for (int i = 1; i <= count; ++i) {
        insert.addBindValue(i);
        REQUIRE(insert.exec());
    }
}

} // namespace

TEST_CASE("SqlCipherDriver is registered and reports its features and versions", "[sqlcipher]")
{
    CHECK(QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLCIPHER")));
    CHECK(caredesk::core::sqlCipherSqliteVersion() == QStringLiteral("3.15.2"));

    TempFile file;
    REQUIRE(file.dir.isValid());
    const SecureBytes key = SecureBytes::random(32);
    Connection connection(file.path, &key);
    REQUIRE(connection.opened());
    const QSqlDriver *driver = connection.db().driver();
    CHECK(driver->hasFeature(QSqlDriver::Transactions));
    CHECK(driver->hasFeature(QSqlDriver::PreparedQueries));
    CHECK(driver->hasFeature(QSqlDriver::NamedPlaceholders));
    CHECK(driver->hasFeature(QSqlDriver::PositionalPlaceholders));
    CHECK(driver->hasFeature(QSqlDriver::LastInsertId));
    CHECK(driver->hasFeature(QSqlDriver::BLOB));
    CHECK(driver->hasFeature(QSqlDriver::Unicode));
    CHECK(driver->hasFeature(QSqlDriver::FinishQuery));
    CHECK(driver->hasFeature(QSqlDriver::LowPrecisionNumbers));
    CHECK_FALSE(driver->hasFeature(QSqlDriver::QuerySize));
    CHECK_FALSE(driver->hasFeature(QSqlDriver::MultipleResultSets));
    CHECK_FALSE(driver->hasFeature(QSqlDriver::EventNotifications));
    CHECK_FALSE(driver->hasFeature(QSqlDriver::CancelQuery));

    CHECK(connection.driver()->cipherVersion() == QStringLiteral("3.4.1"));
    const QVariant handle = connection.driver()->handle();
    REQUIRE(handle.isValid());
    CHECK(QByteArray(handle.typeName()) == QByteArray("sqlite3*"));
    CHECK(*static_cast<void *const *>(handle.constData()) != nullptr);
    CHECK(connection.scalar(QStringLiteral("SELECT sqlite_version()")).toString() == QStringLiteral("3.15.2"));
}

TEST_CASE("Qt's QSQLITE keeps the system SQLite next to the static SQLCipher", "[sqlcipher]")
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE"))) {
        WARN("QSQLITE plugin not installed; skipped");
        return;
    }
    const QString name = QStringLiteral("driver-test-qsqlite");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(QStringLiteral(":memory:"));
        REQUIRE(db.open());
        QSqlQuery query(db);
        REQUIRE(query.exec(QStringLiteral("SELECT sqlite_version()")));
        REQUIRE(query.next());
        CHECK(query.value(0).toString() != caredesk::core::sqlCipherSqliteVersion());
        REQUIRE(query.exec(QStringLiteral("PRAGMA cipher_version")));
        CHECK_FALSE(query.next()); // plain SQLite does not know the pragma
    }
    QSqlDatabase::removeDatabase(name);
}

TEST_CASE("SqlCipherDriver round-trips every value type", "[sqlcipher]")
{
    TempFile file;
    REQUIRE(file.dir.isValid());
    const SecureBytes key = SecureBytes::random(32);
    Connection connection(file.path, &key);
    REQUIRE(connection.opened());
    connection.exec(QStringLiteral("CREATE TABLE v (id INTEGER PRIMARY KEY, i INTEGER, big INTEGER, small INTEGER, "
                                   "d REAL, flag INTEGER, s TEXT, empty TEXT, nothing TEXT, n_int INTEGER, "
                                   "data BLOB, stamp TEXT, day TEXT, clock TEXT)"));

    const QString name = QString::fromUtf8("张伟 😀 Zoë");
    const QByteArray blob("\x00\x01\x00zero\x00\xff\x00", 10);
    const QDateTime stamp(QDate(2024, 2, 29), QTime(13, 45, 6, 789), Qt::UTC);
    const QDate day(2024, 1, 31);
    const QTime clock(8, 5, 3, 7);
    constexpr qlonglong big = std::numeric_limits<qlonglong>::max();
    constexpr qlonglong small = std::numeric_limits<qlonglong>::min();

    QSqlQuery insert(connection.db());
    REQUIRE(insert.prepare(QStringLiteral("INSERT INTO v (i, big, small, d, flag, s, empty, nothing, n_int, data, "
                                          "stamp, day, clock) VALUES (:i, :big, :small, :d, :flag, :s, :empty, "
                                          ":nothing, :nInt, :data, :stamp, :day, :clock)")));
    insert.bindValue(QStringLiteral(":i"), 42);
    insert.bindValue(QStringLiteral(":big"), big);
    insert.bindValue(QStringLiteral(":small"), small);
    insert.bindValue(QStringLiteral(":d"), 3.141592653589793);
    insert.bindValue(QStringLiteral(":flag"), true);
    insert.bindValue(QStringLiteral(":s"), name);
    insert.bindValue(QStringLiteral(":empty"), QStringLiteral(""));
    insert.bindValue(QStringLiteral(":nothing"), QVariant(QMetaType::fromType<QString>()));
    insert.bindValue(QStringLiteral(":nInt"), QVariant());
    insert.bindValue(QStringLiteral(":data"), blob);
    insert.bindValue(QStringLiteral(":stamp"), stamp);
    insert.bindValue(QStringLiteral(":day"), day);
    insert.bindValue(QStringLiteral(":clock"), clock);
    INFO(str(insert.lastError().text()));
    REQUIRE(insert.exec());
    insert.finish();

    QSqlQuery select(connection.db());
    REQUIRE(select.exec(QStringLiteral("SELECT i, big, small, d, flag, s, empty, nothing, n_int, data, stamp, day, "
                                       "clock, typeof(empty), typeof(nothing), typeof(data), length(data) FROM v")));
    REQUIRE(select.next());

    CHECK(select.value(0).typeId() == QMetaType::LongLong);
    CHECK(select.value(0).toLongLong() == 42);
    CHECK(select.value(1).toLongLong() == big);
    CHECK(select.value(2).toLongLong() == small);
    CHECK(select.value(3).typeId() == QMetaType::Double);
    CHECK(select.value(3).toDouble() == 3.141592653589793);
    CHECK(select.value(4).toLongLong() == 1);
    CHECK(select.value(4).toBool());
    CHECK(select.value(5).typeId() == QMetaType::QString);
    CHECK(select.value(5).toString() == name);
    CHECK(str(select.value(5)) == "张伟 😀 Zoë");

    // Empty text is not NULL, and NULL is not empty text.
    CHECK_FALSE(select.isNull(6));
    CHECK_FALSE(select.value(6).isNull());
    CHECK(select.value(6).toString().isEmpty());
    CHECK(str(select.value(13)) == "text");
    CHECK(select.isNull(7));
    CHECK(select.value(7).isNull());
    CHECK(select.value(7).typeId() == QMetaType::QString); // NULL carries the declared type
    CHECK(str(select.value(14)) == "null");
    CHECK(select.isNull(8));
    CHECK(select.value(8).typeId() == QMetaType::LongLong);

    CHECK(select.value(9).typeId() == QMetaType::QByteArray);
    CHECK(select.value(9).toByteArray() == blob);
    CHECK(select.value(9).toByteArray().size() == 10);
    CHECK(str(select.value(15)) == "blob");
    CHECK(select.value(16).toInt() == 10);

    CHECK(str(select.value(10)) == "2024-02-29T13:45:06.789Z");
    CHECK(QDateTime::fromString(select.value(10).toString(), Qt::ISODateWithMs) == stamp);
    CHECK(str(select.value(11)) == "2024-01-31");
    CHECK(QDate::fromString(select.value(11).toString(), Qt::ISODate) == day);
    CHECK(str(select.value(12)) == "08:05:03.007");
    CHECK_FALSE(select.next());
}

TEST_CASE("SqlCipherDriver stores empty blobs and null strings distinctly", "[sqlcipher]")
{
    TempFile file;
    REQUIRE(file.dir.isValid());
    Connection connection(file.path, nullptr);
    REQUIRE(connection.opened());
    connection.exec(QStringLiteral("CREATE TABLE b (x)"));
    QSqlQuery insert(connection.db());
    REQUIRE(insert.prepare(QStringLiteral("INSERT INTO b (x) VALUES (?)")));
    insert.addBindValue(QByteArray("", 0)); // empty, not null
    REQUIRE(insert.exec());
    insert.addBindValue(QString()); // a null QString is NULL, as in Qt's own drivers
    REQUIRE(insert.exec());
    insert.addBindValue(QByteArray());
    REQUIRE(insert.exec());
    CHECK(str(connection.scalar(QStringLiteral("SELECT group_concat(typeof(x), ',') FROM (SELECT x FROM b ORDER BY "
                                               "rowid)"))) == "blob,null,null");
}

TEST_CASE("SqlCipherDriver binds positional and named placeholders", "[sqlcipher]")
{
    TempFile file;
    REQUIRE(file.dir.isValid());
    const SecureBytes key = SecureBytes::random(32);
    Connection connection(file.path, &key);
    REQUIRE(connection.opened());
    connection.exec(QStringLiteral("CREATE TABLE people (id INTEGER PRIMARY KEY, name TEXT, age INTEGER)"));

    SECTION("positional, re-executed with new values")
    {
        QSqlQuery insert(connection.db());
        REQUIRE(insert.prepare(QStringLiteral("INSERT INTO people (name, age) VALUES (?, ?)")));
        const QStringList names{QStringLiteral("Ann"), QStringLiteral("Bob"), QString::fromUtf8("李娜")};
        for (int i = 0; i < names.size(); ++i) {
            insert.addBindValue(names.at(i));
            insert.addBindValue(30 + i);
            REQUIRE(insert.exec());
        }
        insert.bindValue(0, QStringLiteral("Dee"));
        insert.bindValue(1, 99);
        REQUIRE(insert.exec());

        QSqlQuery select(connection.db());
        REQUIRE(select.exec(QStringLiteral("SELECT name, age FROM people ORDER BY id")));
        QStringList seen;
        QList<int> ages;
        while (select.next()) {
            seen << select.value(0).toString();
            ages << select.value(1).toInt();
        }
        CHECK(seen == QStringList{QStringLiteral("Ann"), QStringLiteral("Bob"), QString::fromUtf8("李娜"),
                                  QStringLiteral("Dee")});
        CHECK(ages == QList<int>{30, 31, 32, 99});
    }

    SECTION("named, re-executed with new values, a name used twice")
    {
        QSqlQuery insert(connection.db());
        REQUIRE(insert.prepare(QStringLiteral("INSERT INTO people (name, age) VALUES (:name, :age)")));
        insert.bindValue(QStringLiteral(":age"), 40); // order of binding does not matter
        insert.bindValue(QStringLiteral(":name"), QStringLiteral("Eve"));
        REQUIRE(insert.exec());
        insert.bindValue(QStringLiteral(":name"), QStringLiteral("Fay"));
        insert.bindValue(QStringLiteral(":age"), 41);
        REQUIRE(insert.exec());

        QSqlQuery select(connection.db());
        REQUIRE(select.prepare(QStringLiteral("SELECT name FROM people WHERE age >= :min AND age <= :min + 0 OR "
                                              "name = :other ORDER BY id")));
        select.bindValue(QStringLiteral(":min"), 41);
        select.bindValue(QStringLiteral(":other"), QStringLiteral("Eve"));
        REQUIRE(select.exec());
        REQUIRE(select.next());
        CHECK(str(select.value(0)) == "Eve");
        REQUIRE(select.next());
        CHECK(str(select.value(0)) == "Fay");
        CHECK_FALSE(select.next());

        select.bindValue(QStringLiteral(":min"), 40);
        select.bindValue(QStringLiteral(":other"), QStringLiteral("nobody"));
        REQUIRE(select.exec());
        REQUIRE(select.next());
        CHECK(str(select.value(0)) == "Eve");
        CHECK_FALSE(select.next());
    }

    SECTION("execBatch binds each row in turn")
    {
        QSqlQuery insert(connection.db());
        REQUIRE(insert.prepare(QStringLiteral("INSERT INTO people (name, age) VALUES (:name, :age)")));
        insert.bindValue(QStringLiteral(":name"), QVariantList{QStringLiteral("Hal"), QStringLiteral("Ida"),
                                                               QVariant(QMetaType::fromType<QString>())});
        insert.bindValue(QStringLiteral(":age"), QVariantList{1, 2, 3});
        REQUIRE(insert.execBatch());
        CHECK(str(connection.scalar(QStringLiteral("SELECT group_concat(coalesce(name, '-') || age, ',') FROM "
                                                   "(SELECT name, age FROM people ORDER BY id)"))) == "Hal1,Ida2,-3");
    }

    SECTION("a question mark inside a literal is not a placeholder")
    {
        QSqlQuery query(connection.db());
        REQUIRE(query.prepare(QStringLiteral("SELECT '?', ?, ':x'")));
        query.addBindValue(7);
        REQUIRE(query.exec());
        REQUIRE(query.next());
        CHECK(str(query.value(0)) == "?");
        CHECK(query.value(1).toInt() == 7);
        CHECK(str(query.value(2)) == ":x");
    }

    SECTION("too few or too many values is an error")
    {
        QSqlQuery insert(connection.db());
        REQUIRE(insert.prepare(QStringLiteral("INSERT INTO people (name, age) VALUES (?, ?)")));
        insert.addBindValue(QStringLiteral("Gus"));
        CHECK_FALSE(insert.exec());
        CHECK(insert.lastError().type() == QSqlError::StatementError);
        CHECK(nativeCode(insert.lastError()) == sqliteRange);
        CHECK(insert.lastError().driverText().contains(QStringLiteral("Parameter count mismatch")));

        insert.bindValue(0, QStringLiteral("Gus"));
        insert.bindValue(1, 5);
        insert.bindValue(2, 6);
        CHECK_FALSE(insert.exec());
        CHECK(nativeCode(insert.lastError()) == sqliteRange);

        QSqlQuery raw(connection.db());
        CHECK_FALSE(raw.exec(QStringLiteral("INSERT INTO people (name) VALUES (?)")));
        CHECK(nativeCode(raw.lastError()) == sqliteRange);
        CHECK(connection.scalar(QStringLiteral("SELECT count(*) FROM people")).toInt() == 0);
    }
}

TEST_CASE("SqlCipherDriver transactions commit and roll back", "[sqlcipher]")
{
    TempFile file;
    REQUIRE(file.dir.isValid());
    const SecureBytes key = SecureBytes::random(32);
    {
        Connection connection(file.path, &key);
        REQUIRE(connection.opened());
        connection.exec(QStringLiteral("CREATE TABLE t (x TEXT)"));
        QSqlDatabase db = connection.db();

        REQUIRE(db.transaction());
        connection.exec(QStringLiteral("INSERT INTO t VALUES ('kept')"));
        REQUIRE(db.commit());

        REQUIRE(db.transaction());
        connection.exec(QStringLiteral("INSERT INTO t VALUES ('discarded')"));
        CHECK(connection.scalar(QStringLiteral("SELECT count(*) FROM t")).toInt() == 2);
        REQUIRE(db.rollback());
        CHECK(connection.scalar(QStringLiteral("SELECT count(*) FROM t")).toInt() == 1);

        // Nothing to commit: the failure is reported with SQLite's text.
        CHECK_FALSE(db.commit());
        CHECK(db.lastError().type() == QSqlError::TransactionError);
        CHECK(db.lastError().databaseText().contains(QStringLiteral("no transaction is active")));
        CHECK(nativeCode(db.lastError()) == sqliteError);
    }
    Connection reopened(file.path, &key);
    REQUIRE(reopened.opened());
    QSqlQuery query(reopened.db());
    REQUIRE(query.exec(QStringLiteral("SELECT x FROM t")));
    REQUIRE(query.next());
    CHECK(str(query.value(0)) == "kept");
    CHECK_FALSE(query.next());
}

TEST_CASE("SqlCipherDriver begins IMMEDIATE transactions, so a second writer is busy at once", "[sqlcipher]")
{
    TempFile file;
    REQUIRE(file.dir.isValid());
    const SecureBytes key = SecureBytes::random(32);
    Connection first(file.path, &key);
    REQUIRE(first.opened());
    first.exec(QStringLiteral("CREATE TABLE t (x)"));
    Connection second(file.path, &key, QStringLiteral("QSQLCIPHER_BUSY_TIMEOUT=0"));
    REQUIRE(second.opened());
    CHECK(second.scalar(QStringLiteral("SELECT count(*) FROM t")).toInt() == 0);

    REQUIRE(first.db().transaction());
    QSqlDatabase secondDb = second.db();
    CHECK_FALSE(secondDb.transaction());
    CHECK((nativeCode(secondDb.lastError()) & 0xff) == sqliteBusy);
    REQUIRE(first.db().commit());
    CHECK(secondDb.transaction());
    CHECK(secondDb.rollback());
}

TEST_CASE("SqlCipherDriver reports last insert id and affected rows", "[sqlcipher]")
{
    TempFile file;
    REQUIRE(file.dir.isValid());
    const SecureBytes key = SecureBytes::random(32);
    Connection connection(file.path, &key);
    REQUIRE(connection.opened());
    QSqlQuery query(connection.db());
    REQUIRE(query.exec(QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, x INTEGER)")));
    CHECK(query.numRowsAffected() == 0);
    CHECK_FALSE(query.lastInsertId().isValid());

    REQUIRE(query.exec(QStringLiteral("INSERT INTO t (id, x) VALUES (41, 1)")));
    CHECK(query.numRowsAffected() == 1);
    CHECK(query.lastInsertId().toLongLong() == 41);
    REQUIRE(query.prepare(QStringLiteral("INSERT INTO t (x) VALUES (?)")));
    for (int i = 2; i <= 4; ++i) {
        query.addBindValue(i);
        REQUIRE(query.exec());
        CHECK(query.lastInsertId().toLongLong() == 40 + i);
    }
    REQUIRE(query.exec(QStringLiteral("UPDATE t SET x = x * 10 WHERE x >= 2")));
    CHECK(query.numRowsAffected() == 3);
    REQUIRE(query.exec(QStringLiteral("DELETE FROM t WHERE x = 12345")));
    CHECK(query.numRowsAffected() == 0);
    REQUIRE(query.exec(QStringLiteral("DELETE FROM t")));
    CHECK(query.numRowsAffected() == 4);
    REQUIRE(query.exec(QStringLiteral("SELECT count(*) FROM t")));
    CHECK(query.size() == -1);
}

TEST_CASE("SqlCipherDriver errors carry SQLite's text and extended code", "[sqlcipher]")
{
    TempFile file;
    REQUIRE(file.dir.isValid());
    const SecureBytes key = SecureBytes::random(32);
    Connection connection(file.path, &key);
    REQUIRE(connection.opened());
    connection.exec(QStringLiteral("CREATE TABLE t (code TEXT NOT NULL UNIQUE)"));
    connection.exec(QStringLiteral("INSERT INTO t VALUES ('A1')"));
    QSqlQuery query(connection.db());

    SECTION("syntax error")
    {
        CHECK_FALSE(query.exec(QStringLiteral("SELEC 1")));
        CHECK(query.lastError().type() == QSqlError::StatementError);
        CHECK(query.lastError().databaseText().contains(QStringLiteral("syntax error")));
        CHECK(nativeCode(query.lastError()) == sqliteError);
        CHECK_FALSE(query.prepare(QStringLiteral("SELECT * FROM no_such_table")));
        CHECK(query.lastError().databaseText().contains(QStringLiteral("no such table")));
    }

    SECTION("UNIQUE violation")
    {
        REQUIRE(query.prepare(QStringLiteral("INSERT INTO t VALUES (?)")));
        query.addBindValue(QStringLiteral("A1"));
        CHECK_FALSE(query.exec());
        CHECK(nativeCode(query.lastError()) == sqliteConstraintUnique);
        CHECK(query.lastError().databaseText().contains(QStringLiteral("UNIQUE")));
        // The statement can run again after a failure.
        query.addBindValue(QStringLiteral("B2"));
        CHECK(query.exec());
    }

    SECTION("NOT NULL violation")
    {
        CHECK_FALSE(query.exec(QStringLiteral("INSERT INTO t VALUES (NULL)")));
        CHECK(nativeCode(query.lastError()) == sqliteConstraintNotNull);
    }

    SECTION("prepare takes a single statement; exec runs several")
    {
        CHECK_FALSE(query.prepare(QStringLiteral("SELECT 1; SELECT 2")));
        CHECK(query.lastError().isValid());
        REQUIRE(query.prepare(QStringLiteral("SELECT 1; -- a comment\n /* another */ ;")));
        REQUIRE(query.exec());

        REQUIRE(query.exec(QStringLiteral("-- migration\nCREATE TABLE m (x INTEGER);\nINSERT INTO m VALUES (1);\n"
                                          "/* two */ INSERT INTO m VALUES (2);\nSELECT sum(x) FROM m;\n-- end\n")));
        REQUIRE(query.next());
        CHECK(query.value(0).toInt() == 3);

        CHECK_FALSE(query.exec(QStringLiteral("INSERT INTO m VALUES (10); INSERT INTO nowhere VALUES (1); "
                                              "INSERT INTO m VALUES (20);")));
        CHECK(query.lastError().databaseText().contains(QStringLiteral("no such table")));
        CHECK(connection.scalar(QStringLiteral("SELECT sum(x) FROM m")).toInt() == 13);
    }
}

TEST_CASE("SqlCipherDriver navigates scrollable and forward-only results", "[sqlcipher]")
{
    TempFile file;
    REQUIRE(file.dir.isValid());
    const SecureBytes key = SecureBytes::random(32);
    Connection connection(file.path, &key);
    REQUIRE(connection.opened());
    fillNumbers(connection, 5);

    SECTION("scrollable")
    {
        QSqlQuery query(connection.db());
        REQUIRE_FALSE(query.isForwardOnly());
        REQUIRE(query.exec(QStringLiteral("SELECT n FROM numbers ORDER BY n")));
        REQUIRE(query.next());
        CHECK(query.value(0).toInt() == 1);
        REQUIRE(query.last());
        CHECK(query.at() == 4);
        CHECK(query.value(0).toInt() == 5);
        REQUIRE(query.first());
        CHECK(query.value(0).toInt() == 1);
        REQUIRE(query.seek(2));
        CHECK(query.value(0).toInt() == 3);
        REQUIRE(query.previous());
        CHECK(query.value(0).toInt() == 2);
        REQUIRE(query.seek(2, true));
        CHECK(query.value(0).toInt() == 4);
        CHECK_FALSE(query.seek(10));
        REQUIRE(query.seek(0));
        CHECK(query.value(0).toInt() == 1);
        CHECK_FALSE(query.previous());
        CHECK(query.at() == QSql::BeforeFirstRow);
    }

    SECTION("forward-only")
    {
        QSqlQuery query(connection.db());
        query.setForwardOnly(true);
        REQUIRE(query.exec(QStringLiteral("SELECT n FROM numbers ORDER BY n")));
        QList<int> seen;
        while (query.next()) {
            seen << query.value(0).toInt();
        }
        CHECK(seen == QList<int>{1, 2, 3, 4, 5});
        CHECK_FALSE(query.lastError().isValid());

        REQUIRE(query.exec());
        REQUIRE(query.next());
        REQUIRE(query.next());
        CHECK(query.value(0).toInt() == 2);
        CHECK_FALSE(query.first()); // cannot go back
        REQUIRE(query.last());
        CHECK(query.value(0).toInt() == 5);
        CHECK(query.at() == 4);
    }

    SECTION("empty result")
    {
        QSqlQuery query(connection.db());
        REQUIRE(query.exec(QStringLiteral("SELECT n FROM numbers WHERE n > 100")));
        CHECK(query.isSelect());
        CHECK_FALSE(query.next());
        CHECK_FALSE(query.last());
        CHECK_FALSE(query.first());
    }

    SECTION("re-executing after a partial fetch starts over")
    {
        QSqlQuery query(connection.db());
        REQUIRE(query.prepare(QStringLiteral("SELECT n FROM numbers WHERE n >= ? ORDER BY n")));
        query.addBindValue(2);
        REQUIRE(query.exec());
        REQUIRE(query.next());
        CHECK(query.value(0).toInt() == 2);
        query.addBindValue(4);
        REQUIRE(query.exec());
        REQUIRE(query.next());
        CHECK(query.value(0).toInt() == 4);
        REQUIRE(query.next());
        CHECK(query.value(0).toInt() == 5);
        CHECK_FALSE(query.next());
    }

    SECTION("finish() releases the statement")
    {
        QSqlQuery query(connection.db());
        REQUIRE(query.exec(QStringLiteral("SELECT n FROM numbers")));
        REQUIRE(query.next());
        // An unfinished read keeps the connection in a transaction; the journal mode cannot change then.
        QSqlQuery pragma(connection.db());
        CHECK_FALSE(pragma.exec(QStringLiteral("PRAGMA journal_mode = WAL")));
        query.finish();
        REQUIRE(pragma.exec(QStringLiteral("PRAGMA journal_mode = WAL")));
        REQUIRE(pragma.next());
        CHECK(str(pragma.value(0)) == "wal");
    }

    SECTION("record() names and types the columns")
    {
        connection.exec(QStringLiteral("CREATE TABLE typed (id INTEGER PRIMARY KEY, name VARCHAR(20), photo BLOB, "
                                       "weight REAL)"));
        QSqlQuery query(connection.db());
        REQUIRE(query.exec(QStringLiteral("SELECT id, name AS label, photo, weight, 1 + 1 FROM typed")));
        const QSqlRecord record = query.record();
        REQUIRE(record.count() == 5);
        CHECK(str(record.fieldName(0)) == "id");
        CHECK(str(record.fieldName(1)) == "label");
        CHECK(record.field(0).metaType().id() == QMetaType::LongLong);
        CHECK(record.field(1).metaType().id() == QMetaType::QString);
        CHECK(record.field(2).metaType().id() == QMetaType::QByteArray);
        CHECK(record.field(3).metaType().id() == QMetaType::Double);
        CHECK_FALSE(record.field(4).metaType().isValid());
        CHECK(record.indexOf(QStringLiteral("weight")) == 3);
    }

    SECTION("numerical precision policy")
    {
        QSqlQuery query(connection.db());
        query.setNumericalPrecisionPolicy(QSql::LowPrecisionInt32);
        REQUIRE(query.exec(QStringLiteral("SELECT 7, 2.75")));
        REQUIRE(query.next());
        CHECK(query.value(0).typeId() == QMetaType::Int);
        CHECK(query.value(1).typeId() == QMetaType::Int);
        CHECK(query.value(1).toInt() == 2);
        query.setNumericalPrecisionPolicy(QSql::LowPrecisionInt64);
        REQUIRE(query.exec(QStringLiteral("SELECT 7, 2.75")));
        REQUIRE(query.next());
        CHECK(query.value(0).typeId() == QMetaType::LongLong);
        CHECK(query.value(1).typeId() == QMetaType::LongLong);
        query.setNumericalPrecisionPolicy(QSql::LowPrecisionDouble);
        REQUIRE(query.exec(QStringLiteral("SELECT 7, 2.75")));
        REQUIRE(query.next());
        CHECK(query.value(0).typeId() == QMetaType::LongLong);
        CHECK(query.value(1).typeId() == QMetaType::Double);
        CHECK(query.value(1).toDouble() == 2.75);
    }
}

TEST_CASE("SqlCipherDriver lists tables, records and primary keys", "[sqlcipher]")
{
    TempFile file;
    REQUIRE(file.dir.isValid());
    const SecureBytes key = SecureBytes::random(32);
    Connection connection(file.path, &key);
    REQUIRE(connection.opened());
    connection.exec(QStringLiteral("CREATE TABLE patients (id INTEGER PRIMARY KEY AUTOINCREMENT, "
                                   "name TEXT NOT NULL DEFAULT 'x', photo BLOB)"));
    connection.exec(QStringLiteral("CREATE TABLE visit_codes (clinic TEXT, code INTEGER, note TEXT, "
                                   "PRIMARY KEY (code, clinic))"));
    connection.exec(QStringLiteral("CREATE VIEW named AS SELECT name FROM patients"));
    connection.exec(QStringLiteral("INSERT INTO patients (name) VALUES ('a')")); // creates sqlite_sequence
    const QSqlDatabase db = connection.db();

    CHECK(db.tables() == QStringList{QStringLiteral("patients"), QStringLiteral("visit_codes")});
    CHECK(db.tables(QSql::Views) == QStringList{QStringLiteral("named")});
    const QStringList system = db.tables(QSql::SystemTables);
    CHECK(system.contains(QStringLiteral("sqlite_master")));
    CHECK(system.contains(QStringLiteral("sqlite_sequence")));
    CHECK(db.tables(QSql::AllTables).size() == 5);

    const QSqlRecord record = db.record(QStringLiteral("patients"));
    REQUIRE(record.count() == 3);
    CHECK(str(record.fieldName(0)) == "id");
    CHECK(str(record.fieldName(1)) == "name");
    CHECK(str(record.fieldName(2)) == "photo");
    CHECK(record.field(0).metaType().id() == QMetaType::LongLong);
    CHECK(record.field(1).metaType().id() == QMetaType::QString);
    CHECK(record.field(2).metaType().id() == QMetaType::QByteArray);
    CHECK(record.field(1).requiredStatus() == QSqlField::Required);
    CHECK(record.field(2).requiredStatus() == QSqlField::Optional);
    CHECK(str(record.field(1).defaultValue()) == "'x'");
    CHECK(db.record(QStringLiteral("no_such_table")).isEmpty());

    const QSqlIndex primary = db.primaryIndex(QStringLiteral("patients"));
    REQUIRE(primary.count() == 1);
    CHECK(str(primary.fieldName(0)) == "id");
    CHECK(primary.field(0).isAutoValue());
    const QSqlIndex composite = db.primaryIndex(QStringLiteral("visit_codes"));
    REQUIRE(composite.count() == 2);
    CHECK(str(composite.fieldName(0)) == "code");
    CHECK(str(composite.fieldName(1)) == "clinic");

    const QSqlDriver *driver = db.driver();
    CHECK(str(driver->escapeIdentifier(QStringLiteral("a\"b"), QSqlDriver::FieldName)) == "\"a\"\"b\"");
    CHECK(str(driver->escapeIdentifier(QStringLiteral("\"ok\""), QSqlDriver::TableName)) == "\"ok\"");
}

TEST_CASE("SqlCipherDriver connect options", "[sqlcipher]")
{
    TempFile file;
    REQUIRE(file.dir.isValid());
    const SecureBytes key = SecureBytes::random(32);

    SECTION("NO_CREATE fails on a missing file and creates nothing")
    {
        Connection connection(file.path, &key, QStringLiteral("QSQLCIPHER_NO_CREATE"));
        CHECK_FALSE(connection.opened());
        CHECK(connection.openError().type() == QSqlError::ConnectionError);
        CHECK((nativeCode(connection.openError()) & 0xff) == sqliteCantOpen);
        CHECK_FALSE(QFile::exists(file.path));
    }

    SECTION("READONLY refuses writes")
    {
        {
            Connection writer(file.path, &key);
            REQUIRE(writer.opened());
            writer.exec(QStringLiteral("CREATE TABLE t (x)"));
        }
        Connection reader(file.path, &key, QStringLiteral("QSQLCIPHER_READONLY"));
        REQUIRE(reader.opened());
        CHECK(reader.scalar(QStringLiteral("SELECT count(*) FROM t")).toInt() == 0);
        QSqlQuery query(reader.db());
        CHECK_FALSE(query.exec(QStringLiteral("INSERT INTO t VALUES (1)")));
        CHECK((nativeCode(query.lastError()) & 0xff) == sqliteReadOnly);
    }

    SECTION("an unknown option is an error")
    {
        Connection connection(file.path, &key, QStringLiteral("QSQLCIPHER_NO_SUCH_THING"));
        CHECK_FALSE(connection.opened());
        CHECK(connection.openError().type() == QSqlError::ConnectionError);
    }

    SECTION("the key is used once: reopening needs it again")
    {
        Connection connection(file.path, &key);
        REQUIRE(connection.opened());
        connection.exec(QStringLiteral("CREATE TABLE t (x)"));
        QSqlDatabase db = connection.db();
        db.close();
        CHECK_FALSE(db.open());
        connection.driver()->setKey(copyOf(key));
        REQUIRE(db.open());
        CHECK(connection.scalar(QStringLiteral("SELECT count(*) FROM t")).toInt() == 0);
    }
}

TEST_CASE("SqlCipherDriver: the wrong key cannot read and changes nothing", "[sqlcipher]")
{
    TempFile file;
    REQUIRE(file.dir.isValid());
    const SecureBytes keyA = SecureBytes::random(32);
    const SecureBytes keyB = SecureBytes::random(32);
    {
        Connection connection(file.path, &keyA);
        REQUIRE(connection.opened());
        connection.exec(QStringLiteral("CREATE TABLE t (x TEXT)"));
        connection.exec(QStringLiteral("INSERT INTO t VALUES ('secret')"));
    }
    const FileSnapshot before(file.dir.path());
    REQUIRE(before.files().contains(QStringLiteral("test.db")));
    {
        Connection wrong(file.path, &keyB);
        REQUIRE(wrong.opened()); // open() reads nothing, so it cannot know yet
        QSqlQuery query(wrong.db());
        CHECK_FALSE(query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")));
        CHECK(nativeCode(query.lastError()) == sqliteNotADb);
        CHECK(query.lastError().databaseText().contains(QStringLiteral("file is encrypted or is not a database")));
        CHECK_FALSE(query.exec(QStringLiteral("INSERT INTO t VALUES ('overwrite')")));
    }
    {
        Connection none(file.path, nullptr);
        REQUIRE(none.opened());
        QSqlQuery query(none.db());
        CHECK_FALSE(query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")));
        CHECK(nativeCode(query.lastError()) == sqliteNotADb);
    }
    const FileSnapshot after(file.dir.path());
    INFO(str(before.differences(after)));
    CHECK(before == after);

    Connection right(file.path, &keyA);
    REQUIRE(right.opened());
    CHECK(str(right.scalar(QStringLiteral("SELECT x FROM t"))) == "secret");
}

TEST_CASE("SqlCipherDriver applies the cipher settings", "[sqlcipher]")
{
    TempFile file;
    REQUIRE(file.dir.isValid());
    const SecureBytes key = SecureBytes::random(32);
    CipherSettings settings;
    settings.pageSize = 1024;
    settings.useHmac = false;
    {
        Connection connection(file.path, &key, QString(), settings);
        REQUIRE(connection.opened());
        connection.exec(QStringLiteral("CREATE TABLE t (x)"));
        connection.exec(QStringLiteral("INSERT INTO t VALUES (zeroblob(5000))"));
        CHECK(connection.scalar(QStringLiteral("PRAGMA cipher_page_size")).toInt() == 1024);
    }
    CHECK(QFileInfo(file.path).size() % 1024 == 0);
    CHECK(QFileInfo(file.path).size() % 4096 != 0);
    {
        Connection defaults(file.path, &key);
        REQUIRE(defaults.opened());
        QSqlQuery query(defaults.db());
        CHECK_FALSE(query.exec(QStringLiteral("SELECT count(*) FROM t")));
        CHECK(nativeCode(query.lastError()) == sqliteNotADb);
    }
    Connection matching(file.path, &key, QString(), settings);
    REQUIRE(matching.opened());
    CHECK(matching.scalar(QStringLiteral("SELECT length(x) FROM t")).toInt() == 5000);
}

TEST_CASE("SqlCipherDriver writes plain SQLite without a key and ciphertext with one", "[sqlcipher]")
{
    TempFile plain;
    TempFile encrypted;
    REQUIRE(plain.dir.isValid());
    REQUIRE(encrypted.dir.isValid());
    const SecureBytes key = SecureBytes::random(32);
    {
        Connection connection(plain.path, nullptr);
        REQUIRE(connection.opened());
        connection.exec(QStringLiteral("CREATE TABLE t (x)"));
    }
    {
        Connection connection(encrypted.path, &key);
        REQUIRE(connection.opened());
        connection.exec(QStringLiteral("CREATE TABLE t (x)"));
    }
    const QByteArray plainBytes = readFile(plain.path);
    const QByteArray encryptedBytes = readFile(encrypted.path);
    REQUIRE(plainBytes.size() >= 16);
    REQUIRE(encryptedBytes.size() >= 16);
    CHECK(plainBytes.left(16) == plainHeader);
    CHECK(encryptedBytes.left(16) != plainHeader);
    CHECK_FALSE(encryptedBytes.contains("CREATE TABLE"));
    CHECK(plainBytes.contains("CREATE TABLE"));
}

TEST_CASE("SqlCipherDriver: no plaintext in the database, WAL or shared-memory files", "[sqlcipher]")
{
    const QByteArray marker = QByteArrayLiteral("CAREDESK-MARKER-") + QUuid::createUuid().toByteArray(QUuid::Id128);
    const auto writeMarker = [&marker](const Connection &connection) {
        CHECK(str(connection.scalar(QStringLiteral("PRAGMA journal_mode = WAL"))) == "wal");
        connection.exec(QStringLiteral("CREATE TABLE notes (body TEXT)"));
        QSqlDatabase db = connection.db();
        REQUIRE(db.transaction());
        QSqlQuery insert(db);
        REQUIRE(insert.prepare(QStringLiteral("INSERT INTO notes (body) VALUES (?)")));
        insert.addBindValue(QString::fromLatin1(marker));
        REQUIRE(insert.exec());
        REQUIRE(db.commit());
    };

    SECTION("encrypted: the marker is nowhere, neither while open nor after close")
    {
        TempFile file;
        REQUIRE(file.dir.isValid());
        const SecureBytes key = SecureBytes::random(32);
        {
            Connection connection(file.path, &key);
            REQUIRE(connection.opened());
            writeMarker(connection);
            REQUIRE(QFile::exists(file.path + QStringLiteral("-wal")));
            REQUIRE(QFile::exists(file.path + QStringLiteral("-shm")));
            CHECK(readFile(file.path + QStringLiteral("-wal")).size() > 0);
            CHECK_FALSE(anyFileContains(file.dir.path(), marker));
        }
        CHECK_FALSE(anyFileContains(file.dir.path(), marker));
        Connection reopened(file.path, &key);
        REQUIRE(reopened.opened());
        CHECK(reopened.scalar(QStringLiteral("SELECT body FROM notes")).toByteArray() == marker);
    }

    SECTION("plain: the same steps do leave the marker readable (the check can fail)")
    {
        TempFile file;
        REQUIRE(file.dir.isValid());
        Connection connection(file.path, nullptr);
        REQUIRE(connection.opened());
        writeMarker(connection);
        CHECK(anyFileContains(file.dir.path(), marker));
    }
}

TEST_CASE("SqlCipherDriver: close() finalises outstanding queries, which then fail cleanly", "[sqlcipher]")
{
    TempFile file;
    REQUIRE(file.dir.isValid());
    Connection connection(file.path, nullptr);
    REQUIRE(connection.opened());
    CHECK(str(connection.scalar(QStringLiteral("PRAGMA journal_mode = WAL"))) == "wal");
    fillNumbers(connection, 3);

    QSqlQuery open(connection.db());
    REQUIRE(open.exec(QStringLiteral("SELECT n FROM numbers")));
    REQUIRE(open.next());
    QSqlQuery prepared(connection.db());
    REQUIRE(prepared.prepare(QStringLiteral("SELECT n FROM numbers WHERE n = ?")));

    QSqlDatabase db = connection.db();
    db.close();
    // With every statement finalised the connection really closed: the last connection removes the WAL file.
    CHECK_FALSE(QFile::exists(file.path + QStringLiteral("-wal")));
    CHECK_FALSE(open.isActive());
    CHECK_FALSE(open.next());
    prepared.addBindValue(1);
    CHECK_FALSE(prepared.exec());
    CHECK(prepared.lastError().isValid());

    REQUIRE(db.open());
    REQUIRE(prepared.prepare(QStringLiteral("SELECT n FROM numbers WHERE n = ?")));
    prepared.addBindValue(2);
    REQUIRE(prepared.exec());
    REQUIRE(prepared.next());
    CHECK(prepared.value(0).toInt() == 2);
}

TEST_CASE("SqlCipherDriver: queries outliving their driver fail cleanly", "[sqlcipher]")
{
    TempFile file;
    REQUIRE(file.dir.isValid());
    const QString name = QStringLiteral("driver-test-outlived");
    std::unique_ptr<QSqlQuery> query;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(new SqlCipherDriver, name);
        db.setDatabaseName(file.path);
        REQUIRE(db.open());
        query = std::make_unique<QSqlQuery>(db);
        REQUIRE(query->exec(QStringLiteral("CREATE TABLE t (x)")));
        REQUIRE(query->prepare(QStringLiteral("INSERT INTO t VALUES (?)")));
    }
    QSqlDatabase::removeDatabase(name); // deletes the driver; Qt warns that the connection is still in use
    query->addBindValue(1);
    CHECK_FALSE(query->exec());
    CHECK(query->lastError().isValid());
    CHECK_FALSE(query->next());
    query.reset();
}

TEST_CASE("SqlCipherDriver databases open in the sqlcipher shell with the raw key", "[sqlcipher]")
{
    const QString shell = QStringLiteral("/usr/bin/sqlcipher");
    if (!QFile::exists(shell)) {
        WARN("sqlcipher shell not installed; skipped");
        return;
    }
    TempFile file;
    REQUIRE(file.dir.isValid());
    const SecureBytes key = SecureBytes::random(32);
    const QByteArray marker = QByteArrayLiteral("shell-row-") + QUuid::createUuid().toByteArray(QUuid::Id128);
    {
        Connection connection(file.path, &key);
        REQUIRE(connection.opened());
        connection.exec(QStringLiteral("CREATE TABLE t (x TEXT)"));
        QSqlQuery insert(connection.db());
        REQUIRE(insert.prepare(QStringLiteral("INSERT INTO t VALUES (?)")));
        insert.addBindValue(QString::fromLatin1(marker));
        REQUIRE(insert.exec());
    }

    const auto runShell = [&](int pageSize) {
        QProcess process;
        process.start(shell, {file.path});
        REQUIRE(process.waitForStarted());
        QByteArray commands = QByteArrayLiteral("PRAGMA key = \"x'") + hexOf(key) +
                              QByteArrayLiteral("'\";\nPRAGMA cipher_page_size = ") + QByteArray::number(pageSize) +
                              QByteArrayLiteral(";\nSELECT x FROM t;\n");
        process.write(commands);
        process.closeWriteChannel();
        REQUIRE(process.waitForFinished(30000));
        return process.readAllStandardOutput();
    };
    CHECK(runShell(4096).contains(marker));
    CHECK_FALSE(runShell(1024).contains(marker)); // SQLCipher 3's default page size: proves the settings matter
}
