// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/BackupCommands.h"

#include "app/cli/CliTr.h"
#include "app/cli/CommandSupport.h"
#include "core/common/SecureBytes.h"
#include "core/storage/Database.h"
#include "core/storage/KeyRing.h"

#include <QDir>
#include <QFileInfo>

namespace caredesk::cli {

int cmdBackup(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    int code = ExitOk;
    const QList<QCommandLineOption> options{
        dbOption(),
        userOption(),
        {QStringLiteral("out"), CliTr::tr("The backup file to write (must not exist)."), QStringLiteral("BACKUP")}};
    if (!parse(ctx, parser, args, options, {QStringLiteral("db"), QStringLiteral("user"), QStringLiteral("out")},
               code)) {
        return code;
    }
    auto db = unlock(ctx, parser.value(QStringLiteral("db")), parser.value(QStringLiteral("user")), code);
    if (!db) {
        return code;
    }
    const QString out = QFileInfo(parser.value(QStringLiteral("out"))).absoluteFilePath();
    if (auto status = db->backup(out); !status) {
        return ctx.fail(status.error());
    }
    ctx.out(CliTr::tr("Backup written to %1 (%2 bytes) and checked.")
                .arg(QDir::toNativeSeparators(out))
                .arg(QFileInfo(out).size()));
    return ExitOk;
}

int cmdRestore(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    int code = ExitOk;
    const QList<QCommandLineOption> options{
        {QStringLiteral("backup"), CliTr::tr("The backup file to restore."), QStringLiteral("BACKUP")},
        {QStringLiteral("db"), CliTr::tr("The new database file to create (must not exist)."), QStringLiteral("FILE")},
        userOption()};
    if (!parse(ctx, parser, args, options, {QStringLiteral("backup"), QStringLiteral("db"), QStringLiteral("user")},
               code)) {
        return code;
    }
    const QString user = parser.value(QStringLiteral("user"));
    auto password = ctx.readSecret(CliTr::tr("Password for %1").arg(user));
    if (!password) {
        return ctx.usage(CliTr::tr("Expected the password on standard input."));
    }
    const QString backup = QFileInfo(parser.value(QStringLiteral("backup"))).absoluteFilePath();
    const QString target = QFileInfo(parser.value(QStringLiteral("db"))).absoluteFilePath();
    const core::Status status = core::Database::restore(backup, target, user, *password);
    core::wipe(*password);
    if (!status) {
        return ctx.fail(status.error());
    }
    ctx.out(CliTr::tr("Restored %1 into %2 and its keyring %3; the integrity check passed.")
                .arg(QDir::toNativeSeparators(backup), QDir::toNativeSeparators(target),
                     QDir::toNativeSeparators(core::KeyRing::pathFor(target))));
    return ExitOk;
}

} // namespace caredesk::cli
