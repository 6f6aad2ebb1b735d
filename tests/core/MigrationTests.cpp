// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/Database.h"
#include "core/storage/Migrator.h"
#include "core/storage/SqlCipherDriver.h"
#include "tests/support/FileSnapshot.h"
#include "tests/support/TemporaryDatabase.h"

#include <catch2/catch.hpp>

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace caredesk;
using core::Migrator;

namespace {

/** An encrypted scratch connection to @p path; removed when the guard goes away. */
class ScratchConnection final {
public:
    explicit ScratchConnection(const QString &path)
    {
        auto *driver = new core::SqlCipherDriver;
        driver->setKey(core::SecureBytes::random(32));
        QSqlDatabase db = QSqlDatabase::addDatabase(driver, m_name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
    }
    ~ScratchConnection()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    ScratchConnection(const ScratchConnection &) = delete;
    ScratchConnection &operator=(const ScratchConnection &) = delete;
    [[nodiscard]] QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name = QStringLiteral("scratch-migrations");
};

/** The schema as a sorted list of "type name sql" lines, to compare two databases. */
QStringList schemaOf(const QSqlDatabase &db)
{
    QStringList lines;
    QSqlQuery query(db);
    REQUIRE(query.exec(QStringLiteral("SELECT type, name, sql FROM sqlite_master ORDER BY type, name")));
    while (query.next()) {
        lines << query.value(0).toString() + QLatin1Char(' ') + query.value(1).toString() + QLatin1Char(' ') +
                     query.value(2).toString();
    }
    return lines;
}

} // namespace

TEST_CASE("Migrations are numbered from 1 without gaps", "[migrations]")
{
    const auto &all = Migrator::migrations();
    REQUIRE_FALSE(all.isEmpty());
    for (qsizetype i = 0; i < all.size(); ++i) {
        CHECK(all.at(i).version == i + 1);
        CHECK_FALSE(all.at(i).sql.trimmed().isEmpty());
    }
    CHECK(Migrator::latestVersion() == all.constLast().version);
}

TEST_CASE("Every earlier schema version migrates to the same schema as a new database", "[migrations]")
{
    QTemporaryDir dir;
    QStringList fresh;
    {
        ScratchConnection reference(dir.filePath(QStringLiteral("reference.db")));
        REQUIRE(Migrator::migrate(reference.db()));
        fresh = schemaOf(reference.db());
    }
    for (int from = 0; from < Migrator::latestVersion(); ++from) {
        DYNAMIC_SECTION("from schema " << from)
        {
            ScratchConnection old(dir.filePath(QStringLiteral("from-%1.db").arg(from)));
            REQUIRE(Migrator::migrate(old.db(), from));
            CHECK(*Migrator::currentVersion(old.db()) == from);
            REQUIRE(Migrator::migrate(old.db()));
            CHECK(*Migrator::currentVersion(old.db()) == Migrator::latestVersion());
            CHECK(schemaOf(old.db()) == fresh);
        }
    }
}

TEST_CASE("A failing migration rolls back completely", "[migrations]")
{
    QTemporaryDir dir;
    ScratchConnection scratch(dir.filePath(QStringLiteral("clash.db")));
    // A table the first migration wants to create already exists, so that migration must fail half-way.
    REQUIRE(QSqlQuery(scratch.db()).exec(QStringLiteral("CREATE TABLE staff(x)")));
    auto status = Migrator::migrate(scratch.db());
    REQUIRE_FALSE(status.ok());
    CHECK(*Migrator::currentVersion(scratch.db()) == 0);
    QSqlQuery query(scratch.db());
    REQUIRE(query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'meta'")));
    REQUIRE(query.next());
    CHECK(query.value(0).toInt() == 0);
}

TEST_CASE("A database newer than the program is refused by the migrator", "[migrations]")
{
    QTemporaryDir dir;
    ScratchConnection scratch(dir.filePath(QStringLiteral("future.db")));
    REQUIRE(
        QSqlQuery(scratch.db()).exec(QStringLiteral("PRAGMA user_version = %1").arg(Migrator::latestVersion() + 5)));
    auto status = Migrator::migrate(scratch.db());
    REQUIRE_FALSE(status.ok());
    CHECK(status.error().code == core::ErrorCode::TooNew);
    CHECK(*Migrator::currentVersion(scratch.db()) == Migrator::latestVersion() + 5);
}
