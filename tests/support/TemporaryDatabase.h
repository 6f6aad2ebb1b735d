// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/Database.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace caredesk::test {

/**
 * A fresh encrypted CareDesk database in its own QTemporaryDir, created with the cheapest KDF so tests stay fast.
 * The administrator is "admin" with password TemporaryDatabase::password.
 */
class TemporaryDatabase final {
public:
    static constexpr const char *adminUser = "admin";
    static constexpr const char *password = "Correct-Horse-42";

    explicit TemporaryDatabase(core::SiteProfile profile = core::SiteProfile::Clinic);
    ~TemporaryDatabase();

    core::Database &db() { return *m_database; }
    [[nodiscard]] QString path() const { return m_path; }
    [[nodiscard]] QString dir() const { return m_dir.path(); }
    [[nodiscard]] QString recoveryKey() const { return m_recoveryKey; }
    /** Closes the database (releasing its lock); reopen() opens it again as admin. */
    void close();
    void reopen();

private:
    QTemporaryDir m_dir;
    QString m_path;
    QString m_recoveryKey;
    std::unique_ptr<core::Database> m_database;
};

} // namespace caredesk::test
