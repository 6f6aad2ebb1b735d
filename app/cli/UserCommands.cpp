// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/UserCommands.h"

#include "app/cli/CliTr.h"
#include "app/cli/CommandSupport.h"
#include "core/auth/Role.h"
#include "core/common/SecureBytes.h"
#include "core/storage/Database.h"

namespace caredesk::cli {

namespace {

QCommandLineOption nameOption()
{
    return {QStringLiteral("name"), CliTr::tr("The staff account to change."), QStringLiteral("NAME")};
}

QString statusText(const core::StaffMember &member)
{
    if (member.removed) {
        return QStringLiteral("removed");
    }
    if (member.disabled || !member.hasKeySlot) {
        return QStringLiteral("disabled");
    }
    if (member.lockedUntil.isValid()) {
        return QStringLiteral("locked");
    }
    return member.mustChangePassword ? QStringLiteral("must-change-password") : QStringLiteral("active");
}

int list(CliContext &ctx, core::Database &db)
{
    auto staff = db.staff();
    if (!staff) {
        return ctx.fail(staff.error());
    }
    ctx.out(QStringLiteral("user\trole\tstatus\tlast_login\tfailed_sign_ins"));
    for (const core::StaffMember &member : *staff) {
        ctx.out(QStringList{member.userName, core::roleId(member.role), statusText(member),
                            member.lastLoginAt.isValid() ? member.lastLoginAt.toString(Qt::ISODate) : QString(),
                            QString::number(member.failedSignIns)}
                    .join(QLatin1Char('\t')));
    }
    return ExitOk;
}

} // namespace

int cmdUser(CliContext &ctx, const QStringList &args)
{
    const QString sub = args.value(0);
    static const QStringList subs{QStringLiteral("add"),    QStringLiteral("disable"),        QStringLiteral("enable"),
                                  QStringLiteral("remove"), QStringLiteral("reset-password"), QStringLiteral("list")};
    if (!subs.contains(sub)) {
        return ctx.usage(CliTr::tr("Use user add, disable, enable, remove, reset-password or list."));
    }
    QCommandLineParser parser;
    int code = ExitOk;
    const QList<QCommandLineOption> options{dbOption(),
                                            userOption(),
                                            nameOption(),
                                            {QStringLiteral("role"),
                                             CliTr::tr("reception, pharmacist, service, manager or admin."),
                                             QStringLiteral("ROLE")}};
    QStringList required{QStringLiteral("db"), QStringLiteral("user")};
    if (sub != QLatin1String("list")) {
        required << QStringLiteral("name");
    }
    if (sub == QLatin1String("add")) {
        required << QStringLiteral("role");
    }
    if (!parse(ctx, parser, args.mid(1), options, required, code)) {
        return code;
    }
    std::optional<core::Role> role;
    if (sub == QLatin1String("add")) {
        role = core::roleFromId(parser.value(QStringLiteral("role")));
        if (!role) {
            return ctx.usage(CliTr::tr("--role must be reception, pharmacist, service, manager or admin."));
        }
    }
    auto db = unlock(ctx, parser.value(QStringLiteral("db")), parser.value(QStringLiteral("user")), code);
    if (!db) {
        return code;
    }
    if (sub == QLatin1String("list")) {
        return list(ctx, *db);
    }
    const QString name = parser.value(QStringLiteral("name"));
    if (sub == QLatin1String("disable") || sub == QLatin1String("remove")) {
        const core::Status status = sub == QLatin1String("disable") ? db->disableUser(name) : db->removeUser(name);
        if (!status) {
            return ctx.fail(status.error());
        }
        ctx.out(sub == QLatin1String("disable") ? CliTr::tr("Disabled %1.").arg(name)
                                                : CliTr::tr("Removed %1.").arg(name));
        return ExitOk;
    }
    // add, enable, reset-password: the rights are checked before the new password is asked for.
    if (auto allowed = db->staff(); !allowed) {
        return ctx.fail(allowed.error());
    }
    auto password = ctx.readNewPassword(CliTr::tr("New password for %1").arg(name));
    if (!password) {
        return ExitUsage;
    }
    const core::Status status =
        sub == QLatin1String("add") ? db->addUser(name, *role, *password) : db->resetPassword(name, *password);
    core::wipe(*password);
    if (!status) {
        return ctx.fail(status.error());
    }
    if (sub == QLatin1String("add")) {
        ctx.out(CliTr::tr("Added %1 (%2).").arg(name, core::roleDisplayName(*role)));
    } else {
        ctx.out(CliTr::tr("Set a new password for %1; they must change it when they next sign in.").arg(name));
    }
    return ExitOk;
}

} // namespace caredesk::cli
