// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/Commands.h"

#include "app/cli/AuditCommands.h"
#include "app/cli/BackupCommands.h"
#include "app/cli/CliContext.h"
#include "app/cli/CliTr.h"
#include "app/cli/CommandSupport.h"
#include "app/cli/FollowUpCommands.h"
#include "app/cli/ImportCommands.h"
#include "app/cli/LoyaltyCommands.h"
#include "app/cli/MonthlyReportCommands.h"
#include "app/cli/PrivacyCommands.h"
#include "app/cli/ReportCommands.h"
#include "app/cli/UserCommands.h"
#include "core/auth/Role.h"
#include "core/common/SecureBytes.h"
#include "core/customers/CustomerRepository.h"
#include "core/customers/PhoneNumber.h"
#include "core/demo/DemoGenerator.h"
#include "core/storage/Database.h"
#include "core/storage/RecoveryKey.h"

#include <QCommandLineParser>
#include <QFileInfo>

#include <functional>
#include <map>

namespace caredesk::cli {

namespace {

using core::Database;

/** Staff accounts the demo database gets besides its administrator. */
const QList<std::pair<QString, core::Role>> &demoStaff()
{
    static const QList<std::pair<QString, core::Role>> staff{{QStringLiteral("liufang"), core::Role::ServiceOfficer},
                                                             {QStringLiteral("zhaomin"), core::Role::Manager},
                                                             {QStringLiteral("sunli"), core::Role::Reception}};
    return staff;
}

int createDatabase(CliContext &ctx, const QStringList &args, bool demo)
{
    QCommandLineParser parser;
    int code = ExitOk;
    QList<QCommandLineOption> options{
        dbOption(),
        userOption(),
        {QStringLiteral("site"), CliTr::tr("Name of the clinic or pharmacy."), QStringLiteral("NAME")},
        {QStringLiteral("profile"), CliTr::tr("clinic or pharmacy."), QStringLiteral("PROFILE")}};
    if (demo) {
        options << QCommandLineOption(QStringLiteral("seed"), CliTr::tr("Generator seed."), QStringLiteral("N"))
                << QCommandLineOption(QStringLiteral("scale"), CliTr::tr("Number of customers."), QStringLiteral("N"));
    }
    if (!parse(ctx, parser, args, options, {QStringLiteral("db"), QStringLiteral("user")}, code)) {
        return code;
    }
    const QString profileText = parser.value(QStringLiteral("profile")).isEmpty()
                                    ? QStringLiteral("clinic")
                                    : parser.value(QStringLiteral("profile"));
    const auto profile = core::siteProfileFromId(profileText);
    if (!profile) {
        return ctx.usage(CliTr::tr("--profile must be clinic or pharmacy, not %1.").arg(profileText));
    }
    bool seedOk = true;
    bool scaleOk = true;
    const quint64 seed =
        demo && parser.isSet(QStringLiteral("seed")) ? parser.value(QStringLiteral("seed")).toULongLong(&seedOk) : 1;
    const int scale =
        demo && parser.isSet(QStringLiteral("scale")) ? parser.value(QStringLiteral("scale")).toInt(&scaleOk) : 2000;
    if (!seedOk || !scaleOk || scale < 0) {
        return ctx.usage(CliTr::tr("--seed and --scale take whole numbers."));
    }
    auto password = ctx.readNewPassword(CliTr::tr("New password for %1").arg(parser.value(QStringLiteral("user"))));
    if (!password) {
        return ExitUsage;
    }
    Database::CreateOptions create;
    create.path = parser.value(QStringLiteral("db"));
    create.adminUser = parser.value(QStringLiteral("user"));
    create.password = *password;
    create.siteName = parser.value(QStringLiteral("site")).isEmpty()
                          ? (demo ? CliTr::tr("Demo Clinic") : QFileInfo(create.path).completeBaseName())
                          : parser.value(QStringLiteral("site"));
    create.profile = *profile;
    auto created = Database::create(create);
    core::wipe(create.password);
    if (created && demo) {
        // The demo's other staff share the password, so each role can be tried (follow-up queues, supervisor view).
        for (const auto &[name, role] : demoStaff()) {
            if (auto added = created->database->addUser(name, role, *password); !added) {
                core::wipe(*password);
                return ctx.fail(added.error());
            }
        }
    }
    core::wipe(*password);
    if (!created) {
        return ctx.fail(created.error());
    }
    if (demo) {
        core::DemoGenerator generator(*created->database);
        core::DemoGenerator::Options generate;
        generate.seed = seed;
        generate.customers = scale;
        auto stats = generator.generate(generate);
        if (!stats) {
            return ctx.fail(stats.error());
        }
        ctx.out(CliTr::tr("Generated %1 customers (%2 organisations, %3 deliberate duplicates).")
                    .arg(stats->customers)
                    .arg(stats->organisations)
                    .arg(stats->duplicates));
    }
    if (demo) {
        QStringList accounts;
        for (const auto &[name, role] : demoStaff()) {
            accounts << CliTr::tr("%1 (%2)").arg(name, core::roleDisplayName(role));
        }
        ctx.out(CliTr::tr("Demo staff accounts with the same password: %1.").arg(accounts.join(QStringLiteral(", "))));
    }
    ctx.out(CliTr::tr("Created %1 for %2.").arg(QFileInfo(create.path).absoluteFilePath(), create.siteName));
    ctx.out(CliTr::tr("Recovery key: %1").arg(created->recoveryKey));
    ctx.out(CliTr::tr("Store the recovery key offline, away from this computer. It is shown only this once."));
    return ExitOk;
}

int cmdInit(CliContext &ctx, const QStringList &args)
{
    return createDatabase(ctx, args, false);
}

int cmdDemo(CliContext &ctx, const QStringList &args)
{
    return createDatabase(ctx, args, true);
}

int cmdVerify(CliContext &ctx, const QStringList &args)
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
    auto problems = db->checkIntegrity();
    if (!problems) {
        return ctx.fail(problems.error());
    }
    if (problems->isEmpty()) {
        ctx.out(QStringLiteral("ok"));
        return ExitOk;
    }
    for (const QString &problem : *problems) {
        ctx.out(problem);
    }
    return ctx.fail(core::makeError(core::ErrorCode::Integrity,
                                    CliTr::tr("The database has %n integrity problem(s). Restore the latest backup "
                                              "and keep this copy for inspection.",
                                              nullptr, static_cast<int>(problems->size()))));
}

int cmdRecoveryPragma(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    int code = ExitOk;
    if (!parse(ctx, parser, args, {}, {}, code)) {
        return code;
    }
    auto text = ctx.readSecret(CliTr::tr("Recovery key"));
    if (!text) {
        return ctx.usage(CliTr::tr("Expected the recovery key on standard input."));
    }
    auto key = core::RecoveryKey::decode(*text);
    core::wipe(*text);
    if (!key) {
        return ctx.fail(key.error());
    }
    const core::CipherSettings cipher;
    QString literal = core::RecoveryKey::rawKeyLiteral(*key);
    ctx.out(QStringLiteral("PRAGMA key = \"%1\";").arg(literal));
    core::wipe(literal);
    ctx.out(QStringLiteral("PRAGMA cipher_page_size = %1;").arg(cipher.pageSize));
    ctx.out(QStringLiteral("PRAGMA cipher_use_hmac = %1;")
                .arg(cipher.useHmac ? QStringLiteral("ON") : QStringLiteral("OFF")));
    ctx.out(QStringLiteral("-- SQLCipher 4: put PRAGMA cipher_compatibility = 3; right after the key line."));
    return ExitOk;
}

int cmdAddUser(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    int code = ExitOk;
    const QList<QCommandLineOption> options{
        dbOption(),
        userOption(),
        {QStringLiteral("new-user"), CliTr::tr("User name of the new account."), QStringLiteral("NAME")},
        {QStringLiteral("role"), CliTr::tr("reception, pharmacist, service, manager or admin."),
         QStringLiteral("ROLE")}};
    if (!parse(ctx, parser, args, options,
               {QStringLiteral("db"), QStringLiteral("user"), QStringLiteral("new-user"), QStringLiteral("role")},
               code)) {
        return code;
    }
    const auto role = core::roleFromId(parser.value(QStringLiteral("role")));
    if (!role) {
        return ctx.usage(CliTr::tr("--role must be reception, pharmacist, service, manager or admin."));
    }
    auto db = unlock(ctx, parser.value(QStringLiteral("db")), parser.value(QStringLiteral("user")), code);
    if (!db) {
        return code;
    }
    const QString newUser = parser.value(QStringLiteral("new-user"));
    auto password = ctx.readNewPassword(CliTr::tr("New password for %1").arg(newUser));
    if (!password) {
        return ExitUsage;
    }
    auto status = db->addUser(newUser, *role, *password);
    core::wipe(*password);
    if (!status) {
        return ctx.fail(status.error());
    }
    ctx.out(CliTr::tr("Added %1 (%2).").arg(newUser, core::roleDisplayName(*role)));
    return ExitOk;
}

int cmdRecover(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    int code = ExitOk;
    const QList<QCommandLineOption> options{
        dbOption(),
        {QStringLiteral("new-user"), CliTr::tr("User name of the new administrator."), QStringLiteral("NAME")}};
    if (!parse(ctx, parser, args, options, {QStringLiteral("db"), QStringLiteral("new-user")}, code)) {
        return code;
    }
    auto key = ctx.readSecret(CliTr::tr("Recovery key"));
    if (!key) {
        return ctx.usage(CliTr::tr("Expected the recovery key on standard input."));
    }
    const QString newUser = parser.value(QStringLiteral("new-user"));
    auto password = ctx.readNewPassword(CliTr::tr("New password for %1").arg(newUser));
    if (!password) {
        core::wipe(*key);
        return ExitUsage;
    }
    auto status = Database::recover(parser.value(QStringLiteral("db")), *key, newUser, *password);
    core::wipe(*key);
    core::wipe(*password);
    if (!status) {
        return ctx.fail(status.error());
    }
    ctx.out(CliTr::tr("Added administrator %1. Sign in with the new password.").arg(newUser));
    return ExitOk;
}

/** Tab-separated row for one customer, phone masked: what `customer find` prints. */
QString customerRow(const core::Customer &c)
{
    return QStringList{QString::number(c.id),
                       c.memberNumber,
                       c.name,
                       core::sexId(c.sex),
                       c.birthDate.isValid() ? c.birthDate.toString(Qt::ISODate) : QString(),
                       core::PhoneNumber::masked(c.phone),
                       c.region}
        .join(QLatin1Char('\t'));
}

int cmdCustomerAdd(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    int code = ExitOk;
    const QList<QCommandLineOption> options{
        dbOption(),
        userOption(),
        {QStringLiteral("name"), CliTr::tr("Full name."), QStringLiteral("TEXT")},
        {QStringLiteral("phone"), CliTr::tr("Phone number."), QStringLiteral("P")},
        {QStringLiteral("birth"), CliTr::tr("Date of birth, YYYY-MM-DD."), QStringLiteral("DATE")},
        {QStringLiteral("sex"), CliTr::tr("F or M."), QStringLiteral("F|M")}};
    if (!parse(ctx, parser, args, options, {QStringLiteral("db"), QStringLiteral("user"), QStringLiteral("name")},
               code)) {
        return code;
    }
    core::Customer customer;
    customer.name = parser.value(QStringLiteral("name"));
    customer.phone = parser.value(QStringLiteral("phone"));
    if (parser.isSet(QStringLiteral("birth"))) {
        customer.birthDate = QDate::fromString(parser.value(QStringLiteral("birth")), Qt::ISODate);
        if (!customer.birthDate.isValid()) {
            return ctx.usage(CliTr::tr("--birth takes a date as YYYY-MM-DD, for example 1980-05-17."));
        }
    }
    if (parser.isSet(QStringLiteral("sex"))) {
        const QString sex = parser.value(QStringLiteral("sex")).toUpper();
        if (sex != QLatin1String("F") && sex != QLatin1String("M")) {
            return ctx.usage(CliTr::tr("--sex takes F or M."));
        }
        customer.sex = core::sexFromId(sex);
    }
    auto db = unlock(ctx, parser.value(QStringLiteral("db")), parser.value(QStringLiteral("user")), code);
    if (!db) {
        return code;
    }
    core::CustomerRepository repository(*db);
    auto added = repository.add(customer);
    if (!added) {
        return ctx.fail(added.error());
    }
    ctx.out(customerRow(*added));
    return ExitOk;
}

int cmdCustomerFind(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    int code = ExitOk;
    parser.addPositionalArgument(QStringLiteral("query"), CliTr::tr("What to search for."));
    if (!parse(ctx, parser, args, {dbOption(), userOption()}, {QStringLiteral("db"), QStringLiteral("user")}, code)) {
        return code;
    }
    const QString query = parser.positionalArguments().join(QLatin1Char(' ')).trimmed();
    if (query.isEmpty()) {
        return ctx.usage(CliTr::tr("Give a name, pinyin, phone digits or a member number to search for."));
    }
    auto db = unlock(ctx, parser.value(QStringLiteral("db")), parser.value(QStringLiteral("user")), code);
    if (!db) {
        return code;
    }
    core::CustomerRepository repository(*db);
    auto found = repository.search(query);
    if (!found) {
        return ctx.fail(found.error());
    }
    for (const core::SearchHit &hit : std::as_const(found->hits)) {
        ctx.out(customerRow(hit.customer));
    }
    return ExitOk;
}

int cmdCustomerShow(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    int code = ExitOk;
    parser.addPositionalArgument(QStringLiteral("id"), CliTr::tr("Customer id."));
    if (!parse(ctx, parser, args, {dbOption(), userOption()}, {QStringLiteral("db"), QStringLiteral("user")}, code)) {
        return code;
    }
    bool ok = false;
    const qint64 id = parser.positionalArguments().value(0).toLongLong(&ok);
    if (!ok || parser.positionalArguments().size() != 1) {
        return ctx.usage(CliTr::tr("Give one customer id, as printed by customer find."));
    }
    auto db = unlock(ctx, parser.value(QStringLiteral("db")), parser.value(QStringLiteral("user")), code);
    if (!db) {
        return code;
    }
    core::CustomerRepository repository(*db);
    auto customer = repository.findById(id);
    if (!customer) {
        return ctx.fail(customer.error());
    }
    const core::Customer &c = *customer;
    const QList<std::pair<const char *, QString>> fields{
        {"id", QString::number(c.id)},
        {"member_number", c.memberNumber},
        {"kind", core::kindId(c.kind)},
        {"name", c.name},
        {"sex", core::sexId(c.sex)},
        {"birth_date", c.birthDate.isValid() ? c.birthDate.toString(Qt::ISODate) : QString()},
        {"phone", core::PhoneNumber::masked(c.phone)},
        {"region", c.region},
        {"status", core::statusId(repository.statusOf(c))},
        {"lifecycle", core::lifecycleId(c.lifecycle)},
        {"tags", c.tags.join(QLatin1Char(','))},
        {"consents", c.consents.join(QLatin1Char(','))},
        {"merged_into", c.mergedInto ? QString::number(*c.mergedInto) : QString()},
    };
    for (const auto &[key, value] : fields) {
        ctx.out(QLatin1String(key) + QLatin1Char('\t') + value);
    }
    return ExitOk;
}

int cmdCustomer(CliContext &ctx, const QStringList &args)
{
    const QString sub = args.value(0);
    if (sub == QLatin1String("add")) {
        return cmdCustomerAdd(ctx, args.mid(1));
    }
    if (sub == QLatin1String("find")) {
        return cmdCustomerFind(ctx, args.mid(1));
    }
    if (sub == QLatin1String("show")) {
        return cmdCustomerShow(ctx, args.mid(1));
    }
    return ctx.usage(CliTr::tr("Use customer add, customer find or customer show."));
}

const std::map<QString, Command> &commands()
{
    static const std::map<QString, Command> table{
        {QStringLiteral("init"),
         {QStringLiteral("init --db FILE --user NAME [--site NAME] [--profile clinic|pharmacy]"),
          CliTr::tr("Create a database and its first administrator (password twice on stdin)."), cmdInit}},
        {QStringLiteral("verify"),
         {QStringLiteral("verify --db FILE --user NAME"),
          CliTr::tr("Unlock and run integrity and foreign-key checks; prints ok or the problems."), cmdVerify}},
        {QStringLiteral("backup"),
         {QStringLiteral("backup --db FILE --user NAME --out BACKUP"),
          CliTr::tr("Write one encrypted, checked backup file of the database and its keyring (administrator or "
                    "manager; password on stdin)."),
          cmdBackup}},
        {QStringLiteral("audit"),
         {QStringLiteral("audit verify|list --db FILE --user NAME [--from DATE] [--to DATE] [--action A] [--entity E] "
                         "[--by USER] [--limit N] [--format text|csv]"),
          CliTr::tr("verify: check the tamper-evident audit trail (administrator or manager); exit 1 says which "
                    "entry is wrong. list: the newest entries first (administrator)."),
          cmdAudit}},
        {QStringLiteral("restore"),
         {QStringLiteral("restore --backup BACKUP --db FILE --user NAME"),
          CliTr::tr("Restore a backup into FILE, which must not exist; checked with that user's password (stdin)."),
          cmdRestore}},
        {QStringLiteral("privacy"),
         {QStringLiteral("privacy export --db FILE --user NAME --customer ID --out FILE.json | privacy anonymise --db "
                         "FILE --user NAME --customer ID --confirm MEMBER_NUMBER [--reason TEXT]"),
          CliTr::tr("A customer's data export as JSON, or anonymisation (administrator or manager; audited)."),
          cmdPrivacy}},
        {QStringLiteral("recovery-pragma"),
         {QStringLiteral("recovery-pragma"),
          CliTr::tr("Read a recovery key on stdin; print the lines that open the file in the sqlcipher shell."),
          cmdRecoveryPragma}},
        {QStringLiteral("add-user"),
         {QStringLiteral("add-user --db FILE --user ADMIN --new-user NAME --role ROLE"),
          CliTr::tr("Add a staff account (admin password, then the new password twice)."), cmdAddUser}},
        {QStringLiteral("user"),
         {QStringLiteral("user add|disable|enable|remove|reset-password|list --db FILE --user ADMIN [--name NAME] "
                         "[--role ROLE]"),
          CliTr::tr("Staff accounts (administrator password, then any new password twice, on stdin)."), cmdUser}},
        {QStringLiteral("recover"),
         {QStringLiteral("recover --db FILE --new-user NAME"),
          CliTr::tr("Add an administrator with the recovery key (key, then a new password twice)."), cmdRecover}},
        {QStringLiteral("demo"),
         {QStringLiteral("demo --db FILE --user NAME [--seed N] [--scale N]"),
          CliTr::tr("Create a demo database filled by the deterministic generator (password twice)."), cmdDemo}},
        {QStringLiteral("customer"),
         {QStringLiteral("customer add|find|show --db FILE --user NAME …"),
          CliTr::tr("add --name TEXT [--phone P] [--birth DATE] [--sex F|M]; find QUERY (tab-separated, best "
                    "first); show ID."),
          cmdCustomer}},
        {QStringLiteral("report"),
         {QStringLiteral("report satisfaction|complaints --db FILE --user NAME --from DATE --to DATE "
                         "[--department D] [--staff S] --format json|csv | report churn --db FILE --user NAME "
                         "[--top N] [--band none|low|medium|high|lapsed] --format json|csv | report monthly --db FILE "
                         "--user NAME --month YYYY-MM --out FILE.pdf [--force]"),
          CliTr::tr("satisfaction: survey responses of the period with NPS (95% interval), CSAT and each "
                    "dimension's score; complaints: counts, share within SLA, resolution times, reopen rate; "
                    "churn: at-risk customers with band, score and reasons (audited); monthly: the monthly "
                    "management report as PDF (manager or administrator)."),
          [](CliContext &ctx, const QStringList &args) {
              return args.value(0) == QLatin1String("monthly") ? reportMonthly(ctx, args.mid(1)) : cmdReport(ctx, args);
          }}},
        {QStringLiteral("loyalty"),
         {QStringLiteral("loyalty statement --db FILE --user NAME --customer ID [--from DATE] [--to DATE] "
                         "[--format text|json|csv]"),
          CliTr::tr("A member's points statement: tier, balance, entries with running balance, expiring soon."),
          cmdLoyalty}},
        {QStringLiteral("import"),
         {QStringLiteral("import customers --db FILE --user NAME --csv FILE [--dry-run]"),
          CliTr::tr("Import customers from CSV (UTF-8 or GB18030, header row): all or nothing, every problem listed "
                    "with its line (manager or administrator; password on stdin)."),
          cmdImport}},
        {QStringLiteral("followups"),
         {QStringLiteral("followups due --db FILE --user NAME [--date DATE] [--all] [--format text|json|csv]"),
          CliTr::tr("Run the follow-up rules, then list the open follow-ups due on or before DATE (default today)."),
          cmdFollowUps}},
    };
    return table;
}

int printHelp(CliContext &ctx)
{
    ctx.out(CliTr::tr("Usage: caredesk-cli COMMAND [OPTIONS]"));
    ctx.out(QString());
    for (const auto &[name, command] : commands()) {
        ctx.out(QStringLiteral("  ") + command.usage);
        ctx.out(QStringLiteral("      ") + command.summary);
    }
    ctx.out(QString());
    ctx.out(CliTr::tr("Secrets are read from standard input, one per line, when it is not a terminal."));
    ctx.out(CliTr::tr("Exit codes: 0 ok, 1 integrity problem, 2 authentication failed, 3 file missing, unreadable "
                      "or not a CareDesk database, 4 usage error, 5 locked by another process."));
    return ExitOk;
}

} // namespace

int runCli(const QStringList &arguments)
{
    CliContext ctx;
    if (arguments.isEmpty()) {
        printHelp(ctx);
        return ExitUsage;
    }
    const QString name = arguments.first();
    if (name == QLatin1String("help") || name == QLatin1String("--help") || name == QLatin1String("-h")) {
        return printHelp(ctx);
    }
    if (name == QLatin1String("--version")) {
        ctx.out(QStringLiteral("caredesk-cli " CAREDESK_VERSION));
        return ExitOk;
    }
    const auto it = commands().find(name);
    if (it == commands().end()) {
        return ctx.usage(CliTr::tr("Unknown command %1. Run caredesk-cli help for the list.").arg(name));
    }
    return it->second.run(ctx, arguments.mid(1));
}

} // namespace caredesk::cli
