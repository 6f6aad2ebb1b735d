// SPDX-License-Identifier: GPL-3.0-or-later
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "core/storage/SqlCipherDriver.h"

#include <QApplication>
#include <QStandardPaths>

namespace {

QtMessageHandler defaultHandler = nullptr;

// The offscreen platform warns whenever a window has size limits; that is noise, not a finding.
void filterMessages(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (message == QLatin1String("This plugin does not support propagateSizeHints()")) {
        return;
    }
    defaultHandler(type, context, message);
}

} // namespace

int main(int argc, char *argv[])
{
    // Must be set before QApplication exists, or catch_discover_tests cannot list the tests without a display.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    // Dialogs remember choices in QSettings; keep the tests' choices out of the user's real settings.
    QStandardPaths::setTestModeEnabled(true);
    defaultHandler = qInstallMessageHandler(filterMessages);
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("CareDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("CareDesk UI Tests"));
    caredesk::core::registerSqlCipherDriver();
    return Catch::Session().run(argc, argv);
}
