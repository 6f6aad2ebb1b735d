// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/TemporaryDatabase.h"

#include <catch2/catch.hpp>

namespace caredesk::test {

TemporaryDatabase::TemporaryDatabase(core::SiteProfile profile)
{
    REQUIRE(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("caredesk.db"));
    core::Database::CreateOptions options;
    options.path = m_path;
    options.adminUser = QString::fromLatin1(adminUser);
    options.password = QString::fromLatin1(password);
    options.siteName = QStringLiteral("Test Site");
    options.profile = profile;
    options.kdf = core::KdfParams::fastForTests();
    auto created = core::Database::create(options);
    if (!created) {
        FAIL("creating the test database failed: " << created.error().message.toStdString() << " / "
                                                   << created.error().detail.toStdString());
    }
    m_recoveryKey = created->recoveryKey;
    m_database = std::move(created->database);
}

TemporaryDatabase::~TemporaryDatabase() = default;

void TemporaryDatabase::close()
{
    m_database.reset();
}

void TemporaryDatabase::reopen()
{
    m_database.reset();
    auto opened = core::Database::open(m_path, QString::fromLatin1(adminUser), QString::fromLatin1(password));
    if (!opened) {
        FAIL("reopening the test database failed: " << opened.error().message.toStdString());
    }
    m_database = std::move(opened.value());
}

} // namespace caredesk::test
