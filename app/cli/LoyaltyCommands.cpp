// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/LoyaltyCommands.h"

#include "app/cli/CliTr.h"
#include "app/cli/CommandSupport.h"
#include "core/loyalty/LoyaltyLedger.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace caredesk::cli {

namespace {

QString sourceText(const core::LoyaltyEntry &entry)
{
    if (entry.sourceKind.isEmpty()) {
        return {};
    }
    return entry.sourceKind + QLatin1Char(':') + QString::number(entry.sourceId);
}

QString csvField(QString text)
{
    if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) || text.contains(QLatin1Char('\n'))) {
        text.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        return QLatin1Char('"') + text + QLatin1Char('"');
    }
    return text;
}

void printText(CliContext &ctx, const core::LoyaltyStatement &s, const core::LoyaltyProgram &program)
{
    ctx.out(CliTr::tr("Member statement %1 to %2").arg(s.from.toString(Qt::ISODate), s.to.toString(Qt::ISODate)));
    ctx.out(CliTr::tr("Member: %1 (%2)").arg(s.name, s.memberNumber));
    ctx.out(CliTr::tr("Tier: %1 (%2 qualifying points in the last %3 months)")
                .arg(core::LoyaltyProgram::tierName(s.tier))
                .arg(s.qualifyingPoints)
                .arg(program.qualificationMonths()));
    ctx.out(CliTr::tr("Opening balance: %1").arg(s.openingBalance));
    for (const core::LoyaltyStatementLine &line : s.lines) {
        const core::LoyaltyEntry &e = line.entry;
        QString detail = e.reason;
        if (e.expiresOn.isValid()) {
            detail = (detail.isEmpty() ? QString() : detail + QStringLiteral("; ")) +
                     CliTr::tr("expires %1").arg(e.expiresOn.toString(Qt::ISODate));
        }
        ctx.out(QStringLiteral("  %1  %2  %3  %4  %5")
                    .arg(e.onDate.toString(Qt::ISODate), core::loyaltyEntryKindName(e.kind).leftJustified(16),
                         QString::number(e.points).rightJustified(8),
                         QString::number(line.balanceAfter).rightJustified(8), detail));
    }
    ctx.out(CliTr::tr("Closing balance: %1 (worth %2)")
                .arg(s.closingBalance)
                .arg(QString::number(static_cast<double>(program.valueCents(s.closingBalance)) / 100.0, 'f', 2)));
    ctx.out(CliTr::tr("Expiring within 30 days: %1, 60 days: %2, 90 days: %3")
                .arg(s.expiring30)
                .arg(s.expiring60)
                .arg(s.expiring90));
}

void printJson(CliContext &ctx, const core::LoyaltyStatement &s)
{
    QJsonArray lines;
    for (const core::LoyaltyStatementLine &line : s.lines) {
        const core::LoyaltyEntry &e = line.entry;
        lines.append(QJsonObject{{QStringLiteral("id"), e.id},
                                 {QStringLiteral("date"), e.onDate.toString(Qt::ISODate)},
                                 {QStringLiteral("kind"), core::loyaltyEntryKindId(e.kind)},
                                 {QStringLiteral("points"), e.points},
                                 {QStringLiteral("balance"), line.balanceAfter},
                                 {QStringLiteral("expires_on"),
                                  e.expiresOn.isValid() ? QJsonValue(e.expiresOn.toString(Qt::ISODate)) : QJsonValue()},
                                 {QStringLiteral("reason"), e.reason},
                                 {QStringLiteral("staff"), e.staff},
                                 {QStringLiteral("source"), sourceText(e)}});
    }
    const QJsonObject root{{QStringLiteral("customer_id"), s.customerId},
                           {QStringLiteral("member_number"), s.memberNumber},
                           {QStringLiteral("name"), s.name},
                           {QStringLiteral("from"), s.from.toString(Qt::ISODate)},
                           {QStringLiteral("to"), s.to.toString(Qt::ISODate)},
                           {QStringLiteral("tier"), s.tier},
                           {QStringLiteral("qualifying_points"), s.qualifyingPoints},
                           {QStringLiteral("opening_balance"), s.openingBalance},
                           {QStringLiteral("closing_balance"), s.closingBalance},
                           {QStringLiteral("expiring_30"), s.expiring30},
                           {QStringLiteral("expiring_60"), s.expiring60},
                           {QStringLiteral("expiring_90"), s.expiring90},
                           {QStringLiteral("entries"), lines}};
    ctx.out(QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented)).trimmed());
}

void printCsv(CliContext &ctx, const core::LoyaltyStatement &s)
{
    ctx.out(QStringLiteral("date,kind,points,balance,expires_on,reason,staff,source"));
    ctx.out(QStringLiteral("%1,opening,0,%2,,,,").arg(s.from.toString(Qt::ISODate)).arg(s.openingBalance));
    for (const core::LoyaltyStatementLine &line : s.lines) {
        const core::LoyaltyEntry &e = line.entry;
        ctx.out(QStringList{e.onDate.toString(Qt::ISODate), core::loyaltyEntryKindId(e.kind), QString::number(e.points),
                            QString::number(line.balanceAfter),
                            e.expiresOn.isValid() ? e.expiresOn.toString(Qt::ISODate) : QString(), csvField(e.reason),
                            csvField(e.staff), sourceText(e)}
                    .join(QLatin1Char(',')));
    }
}

int cmdStatement(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    int code = ExitOk;
    const QList<QCommandLineOption> options{
        dbOption(),
        userOption(),
        {QStringLiteral("customer"), CliTr::tr("Customer id."), QStringLiteral("ID")},
        {QStringLiteral("from"), CliTr::tr("First day, YYYY-MM-DD (default: a year before --to)."),
         QStringLiteral("DATE")},
        {QStringLiteral("to"), CliTr::tr("Last day, YYYY-MM-DD (default: today)."), QStringLiteral("DATE")},
        {QStringLiteral("format"), CliTr::tr("text, json or csv."), QStringLiteral("FORMAT")}};
    if (!parse(ctx, parser, args, options, {QStringLiteral("db"), QStringLiteral("user"), QStringLiteral("customer")},
               code)) {
        return code;
    }
    bool ok = false;
    const qint64 customerId = parser.value(QStringLiteral("customer")).toLongLong(&ok);
    if (!ok || customerId <= 0) {
        return ctx.usage(CliTr::tr("--customer takes a customer id, as printed by customer find, not %1.")
                             .arg(parser.value(QStringLiteral("customer"))));
    }
    const QString format =
        parser.isSet(QStringLiteral("format")) ? parser.value(QStringLiteral("format")) : QStringLiteral("text");
    if (format != QLatin1String("text") && format != QLatin1String("json") && format != QLatin1String("csv")) {
        return ctx.usage(CliTr::tr("--format must be text, json or csv, not %1.").arg(format));
    }
    QDate to = QDate::currentDate();
    if (parser.isSet(QStringLiteral("to"))) {
        const auto parsed = parseDate(ctx, QStringLiteral("to"), parser.value(QStringLiteral("to")), code);
        if (!parsed) {
            return code;
        }
        to = *parsed;
    }
    QDate from = to.addYears(-1).addDays(1);
    if (parser.isSet(QStringLiteral("from"))) {
        const auto parsed = parseDate(ctx, QStringLiteral("from"), parser.value(QStringLiteral("from")), code);
        if (!parsed) {
            return code;
        }
        from = *parsed;
    }
    auto db = unlock(ctx, parser.value(QStringLiteral("db")), parser.value(QStringLiteral("user")), code);
    if (!db) {
        return code;
    }
    core::LoyaltyLedger ledger(*db);
    auto statement = ledger.statement(customerId, from, to);
    if (!statement) {
        return ctx.fail(statement.error());
    }
    if (format == QLatin1String("json")) {
        printJson(ctx, *statement);
    } else if (format == QLatin1String("csv")) {
        printCsv(ctx, *statement);
    } else {
        printText(ctx, *statement, ledger.program());
    }
    return ExitOk;
}

} // namespace

int cmdLoyalty(CliContext &ctx, const QStringList &args)
{
    if (args.value(0) == QLatin1String("statement")) {
        return cmdStatement(ctx, args.mid(1));
    }
    return ctx.usage(CliTr::tr("Use loyalty statement. Run caredesk-cli help for the usage."));
}

} // namespace caredesk::cli
