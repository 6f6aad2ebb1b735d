// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/auth/Role.h"
#include "core/customers/Customer.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QDirIterator>
#include <QTranslator>

using namespace caredesk;

TEST_CASE("Core strings reach people in Chinese through the embedded translation", "[translations]")
{
    QTranslator translator;
    REQUIRE(translator.load(QStringLiteral(":/i18n/caredesk_zh_CN.qm")));
    REQUIRE(QCoreApplication::installTranslator(&translator));
    const QString administrator = core::roleDisplayName(core::Role::Administrator);
    const QString dormant = core::statusName(core::ActivityStatus::Dormant);
    QCoreApplication::removeTranslator(&translator);

    CHECK(administrator != QStringLiteral("Administrator"));
    CHECK(administrator.contains(QStringLiteral("管理")));
    CHECK(dormant == QStringLiteral("沉睡"));
    // And English again without the translator.
    CHECK(core::roleDisplayName(core::Role::Administrator) == QStringLiteral("Administrator"));
}
