// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/Commands.h"
#include "core/storage/SqlCipherDriver.h"

#include <QApplication>
#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

#include <cstring>
#include <memory>

int main(int argc, char *argv[])
{
    // `report monthly` renders charts into a PDF, which needs a QApplication (fonts, painting) — a deliberate
    // exception to "the CLI is over core only". It runs on the offscreen platform, so no display is needed; every
    // other command keeps a plain QCoreApplication.
    const bool rendersCharts = argc > 2 && std::strcmp(argv[1], "report") == 0 && std::strcmp(argv[2], "monthly") == 0;
    std::unique_ptr<QCoreApplication> application;
    if (rendersCharts) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
        }
        application = std::make_unique<QApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("CareDesk"));
    QCoreApplication::setOrganizationName(QStringLiteral("CareDesk"));
    QTranslator translator;
    // Messages follow the system language (LANG=zh_CN.UTF-8 gives Chinese); output formats never change.
    if (QLocale().language() == QLocale::Chinese ? translator.load(QStringLiteral(":/i18n/caredesk_zh_CN.qm"))
                                                  : translator.load(QStringLiteral(":/i18n/caredesk_en.qm"))) {
        QCoreApplication::installTranslator(&translator); // English: only its plural forms
    }
    caredesk::core::registerSqlCipherDriver();
    return caredesk::cli::runCli(QCoreApplication::arguments().mid(1));
}
