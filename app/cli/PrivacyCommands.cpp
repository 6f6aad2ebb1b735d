// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/PrivacyCommands.h"

#include "app/cli/CliTr.h"
#include "app/cli/CommandSupport.h"
#include "core/customers/CustomerRepository.h"
#include "core/privacy/PrivacyService.h"
#include "core/storage/Database.h"

#include <QDir>
#include <QFileInfo>

namespace caredesk::cli {

namespace {

QCommandLineOption customerOption()
{
    return {QStringLiteral("customer"), CliTr::tr("The customer's id."), QStringLiteral("ID")};
}

std::optional<core::CustomerId> customerId(CliContext &ctx, const QCommandLineParser &parser, int &code)
{
    bool ok = false;
    const qint64 id = parser.value(QStringLiteral("customer")).toLongLong(&ok);
    if (!ok || id <= 0) {
        code = ctx.usage(CliTr::tr("--customer takes a customer id (a whole number)."));
        return std::nullopt;
    }
    return id;
}

int cmdPrivacyExport(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    int code = ExitOk;
    const QList<QCommandLineOption> options{
        dbOption(),
        userOption(),
        customerOption(),
        {QStringLiteral("out"), CliTr::tr("The JSON file to write."), QStringLiteral("FILE")}};
    if (!parse(ctx, parser, args, options,
               {QStringLiteral("db"), QStringLiteral("user"), QStringLiteral("customer"), QStringLiteral("out")},
               code)) {
        return code;
    }
    const auto id = customerId(ctx, parser, code);
    if (!id) {
        return code;
    }
    auto db = unlock(ctx, parser.value(QStringLiteral("db")), parser.value(QStringLiteral("user")), code);
    if (!db) {
        return code;
    }
    const QString out = QFileInfo(parser.value(QStringLiteral("out"))).absoluteFilePath();
    auto exported = core::PrivacyService(*db).exportTo(*id, out);
    if (!exported) {
        return ctx.fail(exported.error());
    }
    ctx.out(CliTr::tr("Wrote %n record(s) about customer %1 to %2.", nullptr, exported->rowCount())
                .arg(*id)
                .arg(QDir::toNativeSeparators(out)));
    return ExitOk;
}

int cmdPrivacyAnonymise(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    int code = ExitOk;
    const QList<QCommandLineOption> options{
        dbOption(),
        userOption(),
        customerOption(),
        {QStringLiteral("confirm"), CliTr::tr("The customer's member number, to confirm."), QStringLiteral("NUMBER")},
        {QStringLiteral("reason"), CliTr::tr("Which request this answers."), QStringLiteral("TEXT")}};
    if (!parse(ctx, parser, args, options,
               {QStringLiteral("db"), QStringLiteral("user"), QStringLiteral("customer"), QStringLiteral("confirm")},
               code)) {
        return code;
    }
    const auto id = customerId(ctx, parser, code);
    if (!id) {
        return code;
    }
    auto db = unlock(ctx, parser.value(QStringLiteral("db")), parser.value(QStringLiteral("user")), code);
    if (!db) {
        return code;
    }
    auto customer = core::CustomerRepository(*db).findById(*id);
    if (!customer) {
        return ctx.fail(customer.error());
    }
    if (customer->memberNumber.compare(parser.value(QStringLiteral("confirm")).trimmed(), Qt::CaseInsensitive) != 0) {
        return ctx.usage(CliTr::tr("--confirm does not match the customer's member number; nothing was changed."));
    }
    if (auto status = core::PrivacyService(*db).anonymise(*id, parser.value(QStringLiteral("reason"))); !status) {
        return ctx.fail(status.error());
    }
    ctx.out(CliTr::tr("Customer %1 is anonymised.").arg(*id));
    return ExitOk;
}

} // namespace

int cmdPrivacy(CliContext &ctx, const QStringList &args)
{
    const QString sub = args.value(0);
    if (sub == QLatin1String("export")) {
        return cmdPrivacyExport(ctx, args.mid(1));
    }
    if (sub == QLatin1String("anonymise") || sub == QLatin1String("anonymize")) {
        return cmdPrivacyAnonymise(ctx, args.mid(1));
    }
    return ctx.usage(CliTr::tr("Use privacy export or privacy anonymise."));
}

} // namespace caredesk::cli
