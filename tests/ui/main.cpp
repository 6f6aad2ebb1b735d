// SPDX-License-Identifier: GPL-3.0-or-later
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "core/storage/SqlCipherDriver.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    // Must be set before QApplication exists, or catch_discover_tests cannot list the tests without a display.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    caredesk::core::registerSqlCipherDriver();
    return Catch::Session().run(argc, argv);
}
