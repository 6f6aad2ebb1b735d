// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/desktop/BenchStartup.h"
#include "core/storage/Database.h"
#include "core/storage/SqlCipherDriver.h"
#include "ui/admin/ChangePasswordDialog.h"
#include "ui/common/MainWindow.h"
#include "ui/common/MessageBox.h"
#include "ui/session/FirstRunDialog.h"
#include "ui/session/UnlockDialog.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QStandardPaths>
#include <QTranslator>

#include <cstdio>
#include <memory>

namespace {

const QString languageKey = QStringLiteral("ui/language");
const QString lastUserKey = QStringLiteral("session/lastUserName");

struct Options {
    QCommandLineOption database{QStringLiteral("db"),
                                QCoreApplication::translate("main", "Open or create the database FILE."),
                                QCoreApplication::translate("main", "FILE")};
    QCommandLineOption language{QStringLiteral("lang"),
                                QCoreApplication::translate("main", "Use LANGUAGE (zh_CN or en) this time."),
                                QCoreApplication::translate("main", "LANGUAGE")};
};

void setUpParser(QCommandLineParser &parser, const Options &options)
{
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "CareDesk: customer relationships for clinics and pharmacies."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(options.database);
    parser.addOption(options.language);
}

/** "zh_CN", "en", or empty when @p value names no language we have. */
QString normalisedLanguage(const QString &value)
{
    const QString id = value.trimmed();
    if (id.isEmpty()) {
        return {};
    }
    const QLocale locale(id);
    if (locale.language() == QLocale::Chinese) {
        return QStringLiteral("zh_CN");
    }
    if (locale.language() == QLocale::English) {
        return QStringLiteral("en");
    }
    return {};
}

QString defaultDatabasePath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(folder);
    return QDir(folder).filePath(QStringLiteral("caredesk.db"));
}

/** The sign-in (or first-run) dialog; after an administrator's reset the user must choose a new password first. */
std::unique_ptr<caredesk::core::Database> signIn(const QString &path, QSettings &settings)
{
    std::unique_ptr<caredesk::core::Database> database;
    if (QFileInfo::exists(path)) {
        caredesk::ui::UnlockDialog dialog(path);
        dialog.setUserName(settings.value(lastUserKey).toString());
        if (dialog.exec() != QDialog::Accepted) {
            return {};
        }
        settings.setValue(lastUserKey, dialog.userName());
        database = dialog.takeDatabase();
    } else {
        caredesk::ui::FirstRunDialog dialog(path);
        if (dialog.exec() != QDialog::Accepted) {
            return {};
        }
        settings.setValue(lastUserKey, dialog.adminUserName());
        database = dialog.takeDatabase();
    }
    while (database && database->mustChangePassword()) {
        caredesk::ui::ChangePasswordDialog change(*database);
        change.setForced(true);
        if (change.exec() != QDialog::Accepted) {
            return {}; // Cancel signs out: the account is not used with a password someone else chose
        }
    }
    return database;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("CareDesk"));
    QCoreApplication::setOrganizationName(QStringLiteral("CareDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CAREDESK_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("caredesk"));
    // The icon lives in caredesk_ui, a static library: its resources must be pulled in by name.
    Q_INIT_RESOURCE(resources);
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/caredesk.svg")));

    // The language must be known before any translated text exists, the option descriptions included: read --lang
    // with a first, quiet parse, then set up the translators and parse again for real.
    QString language;
    {
        QCommandLineParser early;
        const Options options;
        setUpParser(early, options);
        early.parse(QCoreApplication::arguments());
        if (early.isSet(options.language)) {
            language = normalisedLanguage(early.value(options.language));
            if (language.isEmpty()) {
                std::fprintf(stderr, "%s\n",
                             qPrintable(QCoreApplication::translate("main", "Unknown language %1: use zh_CN or en.")
                                            .arg(early.value(options.language))));
                return 2;
            }
        }
    }
    if (language.isEmpty()) {
        language = normalisedLanguage(QSettings().value(languageKey).toString());
    }
    if (language.isEmpty()) {
        language = QLocale::system().language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
    }

    QTranslator appTranslator;
    QTranslator qtTranslator;
    if (language == QStringLiteral("zh_CN")) {
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
        if (appTranslator.load(QStringLiteral(":/i18n/caredesk_zh_CN.qm"))) {
            QCoreApplication::installTranslator(&appTranslator);
        }
        if (qtTranslator.load(QStringLiteral("qtbase_zh_CN"), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            QCoreApplication::installTranslator(&qtTranslator);
        }
    } else {
        // English needs only its plural forms ("1 day", "3 days").
        if (appTranslator.load(QStringLiteral(":/i18n/caredesk_en.qm"))) {
            QCoreApplication::installTranslator(&appTranslator);
        }
        if (QLocale::system().language() == QLocale::Chinese) {
            // English chosen on a Chinese system: keep dates and numbers consistent with the language shown.
            QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        }
    }

    QCommandLineParser parser;
    const Options options;
    setUpParser(parser, options);
    parser.process(app);

    caredesk::core::registerSqlCipherDriver();

    const QString path = parser.isSet(options.database) ? QFileInfo(parser.value(options.database)).absoluteFilePath()
                                                        : defaultDatabasePath();

    QSettings settings;
    if (caredesk::app::BenchStartup::isRequested()) { // caredesk-bench only: credentials on stdin, see BenchStartup
        std::unique_ptr<caredesk::core::Database> database = caredesk::app::BenchStartup::unlockFromStdin(path);
        if (!database) {
            return 1;
        }
        caredesk::ui::MainWindow window(std::move(database));
        window.show();
        caredesk::app::BenchStartup::watch(&window);
        return QApplication::exec();
    }

    // One signed-in session after another: a restore from the File menu closes the window, the files are swapped
    // while nothing has the database open, and the user signs in to the restored one.
    QString keptAfterRestore;
    QString restoredFrom;
    for (;;) {
        std::unique_ptr<caredesk::core::Database> database = signIn(path, settings);
        if (!database) {
            if (!keptAfterRestore.isEmpty()) {
                // Signed out before confirming: the restore is undone, nothing is lost.
                const auto undone = caredesk::core::Database::undoSwap(path, keptAfterRestore, restoredFrom);
                if (!undone) {
                    caredesk::ui::MessageBox::warning(nullptr, QCoreApplication::translate("main", "Restore"),
                                                      undone.error().message);
                }
            }
            return 0;
        }
        if (!keptAfterRestore.isEmpty()) {
            const auto answer = caredesk::ui::MessageBox::question(
                nullptr, QCoreApplication::translate("main", "Restore"),
                QCoreApplication::translate("main",
                                            "You are now working in the restored database. Keep it? Yes deletes the "
                                            "database it replaced (kept aside as %1); No puts that one back.")
                    .arg(QDir::toNativeSeparators(keptAfterRestore)));
            if (answer == QMessageBox::Yes) {
                const auto discarded = caredesk::core::Database::discardKept(keptAfterRestore);
                if (!discarded) {
                    caredesk::ui::MessageBox::warning(nullptr, QCoreApplication::translate("main", "Restore"),
                                                      discarded.error().message);
                }
                keptAfterRestore.clear();
            } else {
                database.reset();
                const auto undone = caredesk::core::Database::undoSwap(path, keptAfterRestore, restoredFrom);
                if (!undone) {
                    caredesk::ui::MessageBox::warning(nullptr, QCoreApplication::translate("main", "Restore"),
                                                      undone.error().message);
                    return 1;
                }
                keptAfterRestore.clear();
                continue;
            }
        }

        QString pendingRestore;
        {
            caredesk::ui::MainWindow window(std::move(database));
            window.show();
            QApplication::exec();
            pendingRestore = window.pendingRestore();
        } // the window and its database are closed here
        if (pendingRestore.isEmpty()) {
            return 0;
        }
        auto kept = caredesk::core::Database::swapInRestored(path, pendingRestore);
        if (!kept) {
            caredesk::ui::MessageBox::warning(nullptr, QCoreApplication::translate("main", "Restore"),
                                              kept.error().message);
            continue; // nothing was moved: sign in to the current database again
        }
        keptAfterRestore = *kept;
        restoredFrom = pendingRestore;
    }
}
