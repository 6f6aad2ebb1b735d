// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Clock.h"
#include "core/demo/BulkGenerator.h"
#include "core/storage/Database.h"

#include <QString>

#include <memory>

namespace caredesk::bench {

/**
 * The databases every benchmark reads: an encrypted CareDesk database made by the deterministic generator and an
 * unencrypted twin with the same schema and rows (made by sqlcipher_export), both cached between runs in a folder
 * keyed by generator version, seed and scale. A cached database from an older schema is migrated on open and its
 * plain twin and app copy are made again.
 */
class BenchFixture final {
public:
    static constexpr int generatorVersion = core::BulkGenerator::version;
    static constexpr const char *user = "bench";
    static constexpr const char *password = "Measure-Keeper-2026";
    static constexpr const char *plainConnection = "caredesk-bench-plain";

    /** Prepares (or reuses) the databases; prints progress and generation speed on stderr. False on failure. */
    static bool prepare(const QString &cacheDir, int customers, quint64 seed);
    static BenchFixture &instance();
    /** Closes both databases; call before main returns, while Qt's SQL registry still exists. */
    static void shutdown();

    core::Database &database() { return *m_database; }
    [[nodiscard]] QString encryptedPath() const { return m_encryptedPath; }
    [[nodiscard]] QString plainPath() const { return m_plainPath; }
    /** Where the app benchmark keeps its own copy of the encrypted database (made anew with the plain twin). */
    [[nodiscard]] QString appCopyPath() const { return m_encryptedPath.chopped(3) + QStringLiteral("-app.db"); }
    [[nodiscard]] int customers() const { return m_customers; }
    /** Rows per second of the generation that made the cached database (all tables), and how many rows it wrote. */
    [[nodiscard]] double generationRowsPerSecond() const { return m_rowsPerSecond; }
    [[nodiscard]] qint64 generatedRows() const { return m_rows; }
    const core::Clock &clock() const { return m_clock; }
    /** Closes the encrypted database (for the unlock benchmark) and opens it again afterwards. */
    void closeDatabase() { m_database.reset(); }
    bool reopenDatabase();

private:
    /** Makes the encrypted database (generated, complaints settled) and writes @p generatedMarker. */
    bool generate(const QString &cacheDir, quint64 seed, const QString &generatedMarker);
    /** ComplaintSlaRollup::settle() on the encrypted database, with its time on stderr. */
    bool settleComplaints();
    /** Writes a stage marker: generation speed, rows, and the schema version. */
    [[nodiscard]] bool writeMarker(const QString &path) const;

    std::unique_ptr<core::Database> m_database;
    QString m_encryptedPath;
    QString m_plainPath;
    int m_customers = 0;
    double m_rowsPerSecond = 0;
    qint64 m_rows = 0;
    core::FixedClock m_clock{QDateTime(QDate(2026, 11, 24), QTime(9, 0), Qt::UTC)};
};

} // namespace caredesk::bench
