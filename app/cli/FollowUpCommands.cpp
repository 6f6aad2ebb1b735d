// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/FollowUpCommands.h"

#include "app/cli/CliTr.h"
#include "app/cli/CommandSupport.h"
#include "core/customers/PhoneNumber.h"
#include "core/followups/FollowUpRepository.h"
#include "core/followups/FollowUpRuleEngine.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace caredesk::cli {

namespace {

QString csvField(QString text)
{
    if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) || text.contains(QLatin1Char('\n'))) {
        text.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        return QLatin1Char('"') + text + QLatin1Char('"');
    }
    return text;
}

QString dueText(const core::FollowUpTask &t)
{
    return t.dueTime.isValid()
               ? t.dueDate.toString(Qt::ISODate) + QLatin1Char(' ') + t.dueTime.toString(QStringLiteral("HH:mm"))
               : t.dueDate.toString(Qt::ISODate);
}

int cmdDue(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    int code = ExitOk;
    const QList<QCommandLineOption> options{
        dbOption(),
        userOption(),
        {QStringLiteral("date"), CliTr::tr("Due on or before this day, YYYY-MM-DD (default: today)."),
         QStringLiteral("DATE")},
        {QStringLiteral("all"), CliTr::tr("Every assignee's follow-ups (service officers, managers, administrators).")},
        {QStringLiteral("format"), CliTr::tr("text, json or csv."), QStringLiteral("FORMAT")}};
    if (!parse(ctx, parser, args, options, {QStringLiteral("db"), QStringLiteral("user")}, code)) {
        return code;
    }
    const QString format =
        parser.isSet(QStringLiteral("format")) ? parser.value(QStringLiteral("format")) : QStringLiteral("text");
    if (format != QLatin1String("text") && format != QLatin1String("json") && format != QLatin1String("csv")) {
        return ctx.usage(CliTr::tr("--format must be text, json or csv, not %1.").arg(format));
    }
    QDate day = core::Clock::system().today();
    if (parser.isSet(QStringLiteral("date"))) {
        const auto parsed = parseDate(ctx, QStringLiteral("date"), parser.value(QStringLiteral("date")), code);
        if (!parsed) {
            return code;
        }
        day = *parsed;
    }
    auto db = unlock(ctx, parser.value(QStringLiteral("db")), parser.value(QStringLiteral("user")), code);
    if (!db) {
        return code;
    }
    core::FollowUpRuleEngine engine(*db);
    if (auto sweep = engine.run(); !sweep) {
        return ctx.fail(sweep.error());
    }
    core::FollowUpRepository repository(*db);
    const bool all = parser.isSet(QStringLiteral("all"));
    auto rows = all ? repository.dayQueueAll(day) : repository.dayQueue(db->session().userName, day);
    if (!rows) {
        return ctx.fail(rows.error());
    }
    const QDate today = core::Clock::system().today();
    if (format == QLatin1String("json")) {
        QJsonArray tasks;
        for (const core::FollowUpQueueRow &row : std::as_const(*rows)) {
            const core::FollowUpTask &t = row.task;
            tasks.append(QJsonObject{{QStringLiteral("id"), t.id},
                                     {QStringLiteral("due"), dueText(t)},
                                     {QStringLiteral("overdue"), t.isOverdue(today)},
                                     {QStringLiteral("kind"), core::followUpKindId(t.kind)},
                                     {QStringLiteral("assignee"), t.assignee},
                                     {QStringLiteral("customer_id"), t.customerId},
                                     {QStringLiteral("member_number"), row.memberNumber},
                                     {QStringLiteral("customer"), row.customerName},
                                     {QStringLiteral("phone"), core::PhoneNumber::masked(row.phone)},
                                     {QStringLiteral("priority"), t.priority},
                                     {QStringLiteral("reschedules"), t.rescheduleCount},
                                     {QStringLiteral("script"), t.script}});
        }
        const QJsonObject root{{QStringLiteral("date"), day.toString(Qt::ISODate)},
                               {QStringLiteral("user"), db->session().userName},
                               {QStringLiteral("all"), all},
                               {QStringLiteral("tasks"), tasks}};
        ctx.out(QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented)).trimmed());
        return ExitOk;
    }
    if (format == QLatin1String("csv")) {
        ctx.out(QStringLiteral("id,due,overdue,kind,assignee,customer_id,member_number,customer,phone,priority,"
                               "reschedules"));
        for (const core::FollowUpQueueRow &row : std::as_const(*rows)) {
            const core::FollowUpTask &t = row.task;
            ctx.out(QStringList{
                QString::number(t.id), dueText(t), t.isOverdue(today) ? QStringLiteral("1") : QStringLiteral("0"),
                core::followUpKindId(t.kind), csvField(t.assignee), QString::number(t.customerId),
                csvField(row.memberNumber), csvField(row.customerName), core::PhoneNumber::masked(row.phone),
                QString::number(t.priority), QString::number(t.rescheduleCount)}
                        .join(QLatin1Char(',')));
        }
        return ExitOk;
    }
    int overdue = 0;
    for (const core::FollowUpQueueRow &row : std::as_const(*rows)) {
        overdue += row.task.isOverdue(today) ? 1 : 0;
    }
    ctx.out(CliTr::tr("Follow-ups due on or before %1: %2 (%3 overdue)")
                .arg(day.toString(Qt::ISODate))
                .arg(rows->size())
                .arg(overdue));
    for (const core::FollowUpQueueRow &row : std::as_const(*rows)) {
        const core::FollowUpTask &t = row.task;
        ctx.out(QStringLiteral("  %1  %2  %3  %4  %5 (%6)  %7")
                    .arg(QString::number(t.id).rightJustified(6), dueText(t).leftJustified(16),
                         (t.isOverdue(today) ? CliTr::tr("overdue") : QString()).leftJustified(8),
                         core::followUpKindLabel(t.kind).leftJustified(24), row.customerName, row.memberNumber,
                         all ? t.assignee : core::PhoneNumber::masked(row.phone)));
    }
    return ExitOk;
}

} // namespace

int cmdFollowUps(CliContext &ctx, const QStringList &args)
{
    if (args.value(0) == QLatin1String("due")) {
        return cmdDue(ctx, args.mid(1));
    }
    return ctx.usage(CliTr::tr("Use followups due. Run caredesk-cli help for the usage."));
}

} // namespace caredesk::cli
