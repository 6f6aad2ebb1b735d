// SPDX-License-Identifier: GPL-3.0-or-later
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "core/storage/SqlCipherDriver.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    caredesk::core::registerSqlCipherDriver();
    return Catch::Session().run(argc, argv);
}
