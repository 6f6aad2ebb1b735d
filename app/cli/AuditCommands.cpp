// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/AuditCommands.h"

#include "app/cli/CliTr.h"
#include "app/cli/CommandSupport.h"
#include "core/audit/AuditLog.h"
#include "core/audit/AuditVerifier.h"
#include "core/storage/Database.h"
#include "core/storage/SqlErrors.h"

#include <QCommandLineParser>
#include <QTime>

namespace caredesk::cli {

namespace {

int auditVerify(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    int code = ExitOk;
    if (!parse(ctx, parser, args, {dbOption(), userOption()}, {QStringLiteral("db"), QStringLiteral("user")}, code)) {
        return code;
    }
    auto db = unlock(ctx, parser.value(QStringLiteral("db")), parser.value(QStringLiteral("user")), code);
    if (!db) {
        return code;
    }
    auto result = db->verifyAudit();
    if (!result) {
        return ctx.fail(result.error());
    }
    if (!result->intact()) {
        return ctx.fail(core::makeError(core::ErrorCode::Integrity, result->message,
                                        QStringLiteral("first bad entry %1").arg(result->badSeq)));
    }
    ctx.out(result->message);
    return ExitOk;
}

/** One field of a CSV line: formula-looking text defused, then RFC 4180 quoting where needed. */
QString csvField(QString text)
{
    static const QString risky = QStringLiteral("=+-@\t\r");
    if (!text.isEmpty() && risky.contains(text.front())) {
        text.prepend(QLatin1Char('\''));
    }
    if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) || text.contains(QLatin1Char('\n')) ||
        text.contains(QLatin1Char('\r'))) {
        text.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        return QLatin1Char('"') + text + QLatin1Char('"');
    }
    return text;
}

int auditList(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    int code = ExitOk;
    const QList<QCommandLineOption> options{
        dbOption(),
        userOption(),
        {QStringLiteral("from"), CliTr::tr("First day (YYYY-MM-DD, local time)."), QStringLiteral("DATE")},
        {QStringLiteral("to"), CliTr::tr("Last day, included (YYYY-MM-DD, local time)."), QStringLiteral("DATE")},
        {QStringLiteral("action"), CliTr::tr("An action, or a prefix ending in '.' (customer.)."), QStringLiteral("A")},
        {QStringLiteral("entity"), CliTr::tr("Kind of record (customer, visit, ...)."), QStringLiteral("E")},
        {QStringLiteral("by"), CliTr::tr("Only entries by this staff account."), QStringLiteral("USER")},
        {QStringLiteral("limit"), CliTr::tr("At most this many entries (default 100)."), QStringLiteral("N")},
        {QStringLiteral("format"), CliTr::tr("text or csv."), QStringLiteral("FORMAT")}};
    if (!parse(ctx, parser, args, options, {QStringLiteral("db"), QStringLiteral("user")}, code)) {
        return code;
    }
    core::AuditFilter filter;
    if (parser.isSet(QStringLiteral("from"))) {
        const auto from = parseDate(ctx, QStringLiteral("from"), parser.value(QStringLiteral("from")), code);
        if (!from) {
            return code;
        }
        filter.from = QDateTime(*from, QTime(0, 0)).toUTC();
    }
    if (parser.isSet(QStringLiteral("to"))) {
        const auto to = parseDate(ctx, QStringLiteral("to"), parser.value(QStringLiteral("to")), code);
        if (!to) {
            return code;
        }
        filter.to = QDateTime(to->addDays(1), QTime(0, 0)).toUTC();
    }
    filter.action = parser.value(QStringLiteral("action"));
    filter.entity = parser.value(QStringLiteral("entity"));
    filter.userName = parser.value(QStringLiteral("by"));
    bool limitOk = true;
    const int limit =
        parser.isSet(QStringLiteral("limit")) ? parser.value(QStringLiteral("limit")).toInt(&limitOk) : 100;
    if (!limitOk || limit < 1) {
        return ctx.usage(CliTr::tr("--limit takes a whole number of at least 1."));
    }
    const QString format =
        parser.isSet(QStringLiteral("format")) ? parser.value(QStringLiteral("format")) : QStringLiteral("text");
    if (format != QLatin1String("text") && format != QLatin1String("csv")) {
        return ctx.usage(CliTr::tr("--format must be text or csv, not %1.").arg(format));
    }
    auto db = unlock(ctx, parser.value(QStringLiteral("db")), parser.value(QStringLiteral("user")), code);
    if (!db) {
        return code;
    }
    core::AuditLog audit(*db);
    auto events = audit.page(filter, 0, limit);
    if (!events) {
        return ctx.fail(events.error());
    }
    if (format == QLatin1String("csv")) {
        ctx.out(QStringLiteral("seq,at,user,action,entity,entity_id,detail,changes"));
        for (const core::AuditEvent &e : std::as_const(*events)) {
            ctx.out(QStringList{QString::number(e.seq), core::iso(e.at), csvField(e.userName), csvField(e.action),
                                csvField(e.entity), csvField(e.entityId), csvField(e.detail), csvField(e.changes)}
                        .join(QLatin1Char(',')));
        }
        return ExitOk;
    }
    for (const core::AuditEvent &e : std::as_const(*events)) {
        QString line =
            QStringLiteral("%1\t%2\t%3\t%4\t%5").arg(e.seq).arg(core::iso(e.at), e.userName, e.action, e.subject);
        if (!e.detail.isEmpty()) {
            line += QLatin1Char('\t') + e.detail;
        }
        if (!e.changes.isEmpty()) {
            line += QLatin1Char('\t') + e.changes;
        }
        ctx.out(line);
    }
    return ExitOk;
}

} // namespace

int cmdAudit(CliContext &ctx, const QStringList &args)
{
    const QString sub = args.value(0);
    if (sub == QLatin1String("verify")) {
        return auditVerify(ctx, args.mid(1));
    }
    if (sub == QLatin1String("list")) {
        return auditList(ctx, args.mid(1));
    }
    if (sub.isEmpty()) {
        return ctx.usage(CliTr::tr("audit takes verify or list."));
    }
    return ctx.usage(CliTr::tr("audit takes verify or list, not %1.").arg(sub));
}

} // namespace caredesk::cli
