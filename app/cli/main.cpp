// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/Commands.h"
#include "core/storage/SqlCipherDriver.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("CareDesk"));
    QCoreApplication::setOrganizationName(QStringLiteral("CareDesk"));
    QTranslator translator;
    // Messages follow the system language (LANG=zh_CN.UTF-8 gives Chinese); output formats never change.
    if (QLocale().language() == QLocale::Chinese && translator.load(QStringLiteral(":/i18n/caredesk_zh_CN.qm"))) {
        QCoreApplication::installTranslator(&translator);
    }
    caredesk::core::registerSqlCipherDriver();
    return caredesk::cli::runCli(QCoreApplication::arguments().mid(1));
}
