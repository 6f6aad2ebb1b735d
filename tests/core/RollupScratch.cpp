// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/core/RollupScratch.h"

#include "core/common/SecureBytes.h"
#include "core/storage/SqlCipherDriver.h"

#include <catch2/catch.hpp>

#include <QSqlError>
#include <QSqlQuery>

namespace caredesk::test {

RollupScratch::RollupScratch(const QString &connectionName) : m_name(connectionName)
{
    REQUIRE(m_dir.isValid());
    auto *driver = new core::SqlCipherDriver;
    driver->setKey(core::SecureBytes::random(32));
    QSqlDatabase db = QSqlDatabase::addDatabase(driver, m_name);
    db.setDatabaseName(m_dir.filePath(QStringLiteral("rollup.caredesk")));
    REQUIRE(db.open());
    QSqlQuery q(db);
    REQUIRE(q.exec(QStringLiteral("PRAGMA foreign_keys = ON")));
}

RollupScratch::~RollupScratch()
{
    QSqlDatabase::database(m_name, false).close();
    QSqlDatabase::removeDatabase(m_name);
}

int Prng::below(int n)
{
    m_state ^= m_state >> 12;
    m_state ^= m_state << 25;
    m_state ^= m_state >> 27;
    return static_cast<int>((m_state * 2685821657736338717ULL) >> 33) % n;
}

void exec(QSqlDatabase db, const QString &sql, const QVariantList &values)
{
    QSqlQuery q(db);
    REQUIRE(q.prepare(sql));
    for (const QVariant &v : values) {
        q.addBindValue(v);
    }
    const bool ok = q.exec();
    INFO(QString(sql + QStringLiteral(" | ") + q.lastError().text()).toStdString());
    REQUIRE(ok);
}

qint64 scalar(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    INFO(sql.toStdString());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

qint64 differences(QSqlDatabase db, const QString &a, const QString &b)
{
    return scalar(db, QStringLiteral("SELECT count(*) FROM (") + a + QStringLiteral(" EXCEPT ") + b +
                          QStringLiteral(")")) +
           scalar(db, QStringLiteral("SELECT count(*) FROM (") + b + QStringLiteral(" EXCEPT ") + a +
                          QStringLiteral(")"));
}

} // namespace caredesk::test
