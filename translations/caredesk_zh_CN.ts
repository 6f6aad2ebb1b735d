<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ChartExport</name>
    <message>
        <source>The chart could not be saved to %1. Choose a folder you can write to and check that the disk has space.</source>
        <translation>无法将图表保存到 %1。请选择有写入权限的文件夹，并检查磁盘空间是否充足。</translation>
    </message>
</context>
<context>
    <name>caredesk::cli::CliTr</name>
    <message>
        <source>The CareDesk database file.</source>
        <translation>CareDesk 数据库文件。</translation>
    </message>
    <message>
        <source>Your CareDesk user name.</source>
        <translation>您的 CareDesk 用户名。</translation>
    </message>
    <message>
        <source>--%1 is required. Run caredesk-cli help for the usage.</source>
        <translation>必须提供 --%1。运行 caredesk-cli help 查看用法。</translation>
    </message>
    <message>
        <source>Password for %1</source>
        <translation>%1 的密码</translation>
    </message>
    <message>
        <source>Expected the password on standard input.</source>
        <translation>应从标准输入读取密码。</translation>
    </message>
    <message>
        <source>Name of the clinic or pharmacy.</source>
        <translation>诊所或药店的名称。</translation>
    </message>
    <message>
        <source>clinic or pharmacy.</source>
        <translation>clinic（诊所）或 pharmacy（药店）。</translation>
    </message>
    <message>
        <source>Generator seed.</source>
        <translation>生成器种子。</translation>
    </message>
    <message>
        <source>Number of customers.</source>
        <translation>客户数量。</translation>
    </message>
    <message>
        <source>--profile must be clinic or pharmacy, not %1.</source>
        <translation>--profile 只能是 clinic 或 pharmacy，不能是 %1。</translation>
    </message>
    <message>
        <source>--seed and --scale take whole numbers.</source>
        <translation>--seed 和 --scale 只接受整数。</translation>
    </message>
    <message>
        <source>New password for %1</source>
        <translation>%1 的新密码</translation>
    </message>
    <message>
        <source>Demo Clinic</source>
        <translation>演示诊所</translation>
    </message>
    <message>
        <source>Generated %1 customers (%2 organisations, %3 deliberate duplicates).</source>
        <translation>已生成 %1 位客户（%2 个团体客户，%3 条有意设置的重复记录）。</translation>
    </message>
    <message>
        <source>Created %1 for %2.</source>
        <translation>已为 %2 创建 %1。</translation>
    </message>
    <message>
        <source>Recovery key: %1</source>
        <translation>恢复密钥：%1</translation>
    </message>
    <message>
        <source>Store the recovery key offline, away from this computer. It is shown only this once.</source>
        <translation>请将恢复密钥离线保存，远离这台电脑。它只显示这一次。</translation>
    </message>
    <message numerus="yes">
        <source>The database has %n integrity problem(s). Restore the latest backup and keep this copy for inspection.</source>
        <translation>
            <numerusform>数据库有 %n 个完整性问题。请恢复最近的备份，并保留此副本以供检查。</numerusform>
        </translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>恢复密钥</translation>
    </message>
    <message>
        <source>Expected the recovery key on standard input.</source>
        <translation>应从标准输入读取恢复密钥。</translation>
    </message>
    <message>
        <source>User name of the new account.</source>
        <translation>新账户的用户名。</translation>
    </message>
    <message>
        <source>reception, pharmacist, service, manager or admin.</source>
        <translation>reception（前台）、pharmacist（药师）、service（客服专员）、manager（经理）或 admin（管理员）。</translation>
    </message>
    <message>
        <source>--role must be reception, pharmacist, service, manager or admin.</source>
        <translation>--role 只能是 reception、pharmacist、service、manager 或 admin。</translation>
    </message>
    <message>
        <source>Added %1 (%2).</source>
        <translation>已添加 %1（%2）。</translation>
    </message>
    <message>
        <source>User name of the new administrator.</source>
        <translation>新管理员的用户名。</translation>
    </message>
    <message>
        <source>Added administrator %1. Sign in with the new password.</source>
        <translation>已添加管理员 %1。请用新密码登录。</translation>
    </message>
    <message>
        <source>Full name.</source>
        <translation>姓名。</translation>
    </message>
    <message>
        <source>Phone number.</source>
        <translation>电话号码。</translation>
    </message>
    <message>
        <source>Date of birth, YYYY-MM-DD.</source>
        <translation>出生日期，格式为 YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>F or M.</source>
        <translation>F（女）或 M（男）。</translation>
    </message>
    <message>
        <source>--birth takes a date as YYYY-MM-DD, for example 1980-05-17.</source>
        <translation>--birth 的日期格式为 YYYY-MM-DD，例如 1980-05-17。</translation>
    </message>
    <message>
        <source>--sex takes F or M.</source>
        <translation>--sex 只接受 F 或 M。</translation>
    </message>
    <message>
        <source>What to search for.</source>
        <translation>要搜索的内容。</translation>
    </message>
    <message>
        <source>Give a name, pinyin, phone digits or a member number to search for.</source>
        <translation>请输入要搜索的姓名、拼音、电话号码或会员号。</translation>
    </message>
    <message>
        <source>Customer id.</source>
        <translation>客户编号。</translation>
    </message>
    <message>
        <source>Give one customer id, as printed by customer find.</source>
        <translation>请给出一个客户编号（即 customer find 输出的编号）。</translation>
    </message>
    <message>
        <source>Use customer add, customer find or customer show.</source>
        <translation>请使用 customer add、customer find 或 customer show。</translation>
    </message>
    <message>
        <source>Create a database and its first administrator (password twice on stdin).</source>
        <translation>创建数据库及其第一个管理员（从标准输入读取两次密码）。</translation>
    </message>
    <message>
        <source>Unlock and run integrity and foreign-key checks; prints ok or the problems.</source>
        <translation>解锁并运行完整性和外键检查；输出 ok 或发现的问题。</translation>
    </message>
    <message>
        <source>Read a recovery key on stdin; print the lines that open the file in the sqlcipher shell.</source>
        <translation>从标准输入读取恢复密钥；输出在 sqlcipher 命令行中打开该文件所需的语句。</translation>
    </message>
    <message>
        <source>Add a staff account (admin password, then the new password twice).</source>
        <translation>添加员工账户（先输入管理员密码，再输入两次新密码）。</translation>
    </message>
    <message>
        <source>Add an administrator with the recovery key (key, then a new password twice).</source>
        <translation>用恢复密钥添加管理员（先输入密钥，再输入两次新密码）。</translation>
    </message>
    <message>
        <source>Create a demo database filled by the deterministic generator (password twice).</source>
        <translation>创建由确定性生成器填充的演示数据库（输入两次密码）。</translation>
    </message>
    <message>
        <source>add --name TEXT [--phone P] [--birth DATE] [--sex F|M]; find QUERY (tab-separated, best first); show ID.</source>
        <translation>add --name 姓名 [--phone 电话] [--birth 日期] [--sex F|M]；find 查询词（以制表符分隔，最匹配的在前）；show 编号。</translation>
    </message>
    <message>
        <source>Usage: caredesk-cli COMMAND [OPTIONS]</source>
        <translation>用法：caredesk-cli 命令 [选项]</translation>
    </message>
    <message>
        <source>Secrets are read from standard input, one per line, when it is not a terminal.</source>
        <translation>标准输入不是终端时，从中读取密码和密钥，每行一个。</translation>
    </message>
    <message>
        <source>Exit codes: 0 ok, 1 integrity problem, 2 authentication failed, 3 file missing, unreadable or not a CareDesk database, 4 usage error, 5 locked by another process.</source>
        <translation>退出码：0 成功，1 完整性问题，2 身份验证失败，3 文件不存在、无法读取或不是 CareDesk 数据库，4 用法错误，5 已被其他进程锁定。</translation>
    </message>
    <message>
        <source>Unknown command %1. Run caredesk-cli help for the list.</source>
        <translation>未知命令 %1。运行 caredesk-cli help 查看命令列表。</translation>
    </message>
    <message>
        <source>Expected the new password on standard input.</source>
        <translation>应从标准输入读取新密码。</translation>
    </message>
    <message>
        <source>Repeat the password</source>
        <translation>再次输入密码</translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>两次输入的密码不一致。请输入两次相同的密码。</translation>
    </message>
    <message>
        <source>--%1 takes a date as YYYY-MM-DD, not %2.</source>
        <translation>--%1 需要 YYYY-MM-DD 格式的日期，而不是 %2。</translation>
    </message>
    <message>
        <source>Member statement %1 to %2</source>
        <translation>会员积分对账单（%1 至 %2）</translation>
    </message>
    <message>
        <source>Member: %1 (%2)</source>
        <translation>会员：%1（%2）</translation>
    </message>
    <message>
        <source>Tier: %1 (%2 qualifying points in the last %3 months)</source>
        <translation>会员等级：%1（近 %3 个月定级积分 %2）</translation>
    </message>
    <message>
        <source>Opening balance: %1</source>
        <translation>期初余额：%1</translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation>%1 过期</translation>
    </message>
    <message>
        <source>Closing balance: %1 (worth %2)</source>
        <translation>期末余额：%1（可抵 %2）</translation>
    </message>
    <message>
        <source>Expiring within 30 days: %1, 60 days: %2, 90 days: %3</source>
        <translation>30 天内过期：%1，60 天内：%2，90 天内：%3</translation>
    </message>
    <message>
        <source>First day, YYYY-MM-DD (default: a year before --to).</source>
        <translation>起始日期，格式为 YYYY-MM-DD（默认：--to 之前一年）。</translation>
    </message>
    <message>
        <source>Last day, YYYY-MM-DD (default: today).</source>
        <translation>截止日期，格式为 YYYY-MM-DD（默认：今天）。</translation>
    </message>
    <message>
        <source>text, json or csv.</source>
        <translation>text、json 或 csv。</translation>
    </message>
    <message>
        <source>--customer takes a customer id, as printed by customer find, not %1.</source>
        <translation>--customer 需要客户编号（即 customer find 输出的编号），而不是 %1。</translation>
    </message>
    <message>
        <source>--format must be text, json or csv, not %1.</source>
        <translation>--format 只能是 text、json 或 csv，不能是 %1。</translation>
    </message>
    <message>
        <source>Use loyalty statement. Run caredesk-cli help for the usage.</source>
        <translation>请使用 loyalty statement。运行 caredesk-cli help 查看用法。</translation>
    </message>
    <message>
        <source>First day of the period (YYYY-MM-DD).</source>
        <translation>统计期间的起始日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>Last day of the period, included (YYYY-MM-DD).</source>
        <translation>统计期间的截止日期，含当天（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>Only responses for this department.</source>
        <translation>仅统计该科室的调查结果。</translation>
    </message>
    <message>
        <source>Only responses about this staff member.</source>
        <translation>仅统计关于该工作人员的调查结果。</translation>
    </message>
    <message>
        <source>json or csv.</source>
        <translation>json 或 csv。</translation>
    </message>
    <message>
        <source>--format must be json or csv, not %1.</source>
        <translation>--format 只能是 json 或 csv，不能是 %1。</translation>
    </message>
    <message>
        <source>--from (%1) is after --to (%2). Give the earlier date first.</source>
        <translation>--from（%1）晚于 --to（%2）。请把较早的日期作为 --from。</translation>
    </message>
    <message>
        <source>A member&apos;s points statement: tier, balance, entries with running balance, expiring soon.</source>
        <translation>会员积分对账单：会员等级、余额、逐笔积分流水及累计余额、即将过期的积分。</translation>
    </message>
    <message>
        <source>Due on or before this day, YYYY-MM-DD (default: today).</source>
        <translation>到期日不晚于此日期，格式 YYYY-MM-DD（默认：今天）。</translation>
    </message>
    <message>
        <source>Every assignee&apos;s follow-ups (service officers, managers, administrators).</source>
        <translation>所有负责人的回访（客服专员、经理、管理员）。</translation>
    </message>
    <message>
        <source>Follow-ups due on or before %1: %2 (%3 overdue)</source>
        <translation>截至 %1 到期的回访：%2 条（%3 条逾期）</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Use followups due. Run caredesk-cli help for the usage.</source>
        <translation>请使用 followups due。运行 caredesk-cli help 查看用法。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Demo staff accounts with the same password: %1.</source>
        <translation>演示用工作人员账号（密码相同）：%1。</translation>
    </message>
    <message>
        <source>Run the follow-up rules, then list the open follow-ups due on or before DATE (default today).</source>
        <translation>运行回访规则，然后列出在 DATE 当天或之前到期的未完成回访（默认今天）。</translation>
    </message>
    <message>
        <source>The backup file to write (must not exist).</source>
        <translation>要写入的备份文件（必须尚不存在）。</translation>
    </message>
    <message>
        <source>Backup written to %1 (%2 bytes) and checked.</source>
        <translation>备份已写入 %1（%2 字节）并通过校验。</translation>
    </message>
    <message>
        <source>The backup file to restore.</source>
        <translation>要恢复的备份文件。</translation>
    </message>
    <message>
        <source>The new database file to create (must not exist).</source>
        <translation>要创建的新数据库文件（必须尚不存在）。</translation>
    </message>
    <message>
        <source>Restored %1 into %2 and its keyring %3; the integrity check passed.</source>
        <translation>已将 %1 恢复到 %2 及其密钥环 %3；完整性检查通过。</translation>
    </message>
    <message>
        <source>Write one encrypted, checked backup file of the database and its keyring (administrator or manager; password on stdin).</source>
        <translation>将数据库及其密钥环写入一个经过校验的加密备份文件（限管理员或经理；密码从标准输入读取）。</translation>
    </message>
    <message>
        <source>Restore a backup into FILE, which must not exist; checked with that user&apos;s password (stdin).</source>
        <translation>将备份恢复到尚不存在的 FILE，并用该用户的密码（标准输入）校验。</translation>
    </message>
    <message>
        <source>Use report satisfaction|complaints --db FILE --user NAME --from DATE --to DATE --format json|csv, or report churn --db FILE --user NAME [--top N] --format json|csv.</source>
        <translation>用法：report satisfaction|complaints --db FILE --user NAME --from DATE --to DATE --format json|csv，或 report churn --db FILE --user NAME [--top N] --format json|csv。</translation>
    </message>
    <message>
        <source>How many customers to list (default %1).</source>
        <translation>列出的客户数（默认 %1）。</translation>
    </message>
    <message>
        <source>Only this band: none, low, medium, high or lapsed.</source>
        <translation>仅显示此风险等级：none、low、medium、high 或 lapsed。</translation>
    </message>
    <message>
        <source>--top must be a whole number from 1 to %1.</source>
        <translation>--top 必须是 1 到 %1 之间的整数。</translation>
    </message>
    <message>
        <source>--band must be none, low, medium, high or lapsed, not %1.</source>
        <translation>--band 必须是 none、low、medium、high 或 lapsed，而不是 %1。</translation>
    </message>
    <message>
        <source>Working out churn figures: %1%</source>
        <translation>正在计算流失数据：%1%</translation>
    </message>
    <message>
        <source>The report&apos;s month, YYYY-MM.</source>
        <translation>报告月份，格式为 YYYY-MM。</translation>
    </message>
    <message>
        <source>Where to write the PDF.</source>
        <translation>PDF 的保存位置。</translation>
    </message>
    <message>
        <source>Replace --out if it exists.</source>
        <translation>如果 --out 已存在，则替换。</translation>
    </message>
    <message>
        <source>--month takes a month as YYYY-MM, for example 2026-11.</source>
        <translation>--month 的月份格式为 YYYY-MM，例如 2026-11。</translation>
    </message>
    <message>
        <source>%1 exists. Choose another file name, or add --force to replace it.</source>
        <translation>%1 已存在。请选择其他文件名，或添加 --force 进行替换。</translation>
    </message>
    <message>
        <source>--out must name a file, not a folder.</source>
        <translation>--out 必须指定文件，而不是文件夹。</translation>
    </message>
    <message>
        <source>The monthly report needs the graphical libraries; run it as caredesk-cli report monthly …</source>
        <translation>月度管理报告需要图形库；请以 caredesk-cli report monthly … 方式运行</translation>
    </message>
    <message>
        <source>Only a manager or an administrator may write the monthly report.</source>
        <translation>只有经理或管理员可以生成月度管理报告。</translation>
    </message>
    <message>
        <source>Wrote the monthly report for %1 to %2.</source>
        <translation>已将 %1 的月度管理报告写入 %2。</translation>
    </message>
    <message>
        <source>First day (YYYY-MM-DD, local time).</source>
        <translation>起始日期（YYYY-MM-DD，本地时间）。</translation>
    </message>
    <message>
        <source>Last day, included (YYYY-MM-DD, local time).</source>
        <translation>截止日期，含当天（YYYY-MM-DD，本地时间）。</translation>
    </message>
    <message>
        <source>An action, or a prefix ending in &apos;.&apos; (customer.).</source>
        <translation>操作名称，或以“.”结尾的前缀（customer.）。</translation>
    </message>
    <message>
        <source>Kind of record (customer, visit, ...).</source>
        <translation>记录类型（customer、visit 等）。</translation>
    </message>
    <message>
        <source>Only entries by this staff account.</source>
        <translation>仅显示此工作人员账号的条目。</translation>
    </message>
    <message>
        <source>At most this many entries (default 100).</source>
        <translation>最多显示的条目数（默认 100）。</translation>
    </message>
    <message>
        <source>text or csv.</source>
        <translation>text 或 csv。</translation>
    </message>
    <message>
        <source>--limit takes a whole number of at least 1.</source>
        <translation>--limit 需为不小于 1 的整数。</translation>
    </message>
    <message>
        <source>--format must be text or csv, not %1.</source>
        <translation>--format 必须是 text 或 csv，而不是 %1。</translation>
    </message>
    <message>
        <source>audit takes verify or list.</source>
        <translation>audit 需要 verify 或 list。</translation>
    </message>
    <message>
        <source>audit takes verify or list, not %1.</source>
        <translation>audit 需要 verify 或 list，而不是 %1。</translation>
    </message>
    <message>
        <source>The customer&apos;s id.</source>
        <translation>客户 ID。</translation>
    </message>
    <message>
        <source>--customer takes a customer id (a whole number).</source>
        <translation>--customer 需为客户 ID（整数）。</translation>
    </message>
    <message>
        <source>The JSON file to write.</source>
        <translation>要写入的 JSON 文件。</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n record(s) about customer %1 to %2.</source>
        <translation>
            <numerusform>已将客户 %1 的 %n 条记录写入 %2。</numerusform>
        </translation>
    </message>
    <message>
        <source>The customer&apos;s member number, to confirm.</source>
        <translation>客户的会员号，用于确认。</translation>
    </message>
    <message>
        <source>Which request this answers.</source>
        <translation>此操作答复的是哪一项请求。</translation>
    </message>
    <message>
        <source>--confirm does not match the customer&apos;s member number; nothing was changed.</source>
        <translation>--confirm 与客户的会员号不符；未做任何更改。</translation>
    </message>
    <message>
        <source>Customer %1 is anonymised.</source>
        <translation>客户 %1 已匿名化。</translation>
    </message>
    <message>
        <source>Use privacy export or privacy anonymise.</source>
        <translation>用法：privacy export 或 privacy anonymise。</translation>
    </message>
    <message>
        <source>The staff account to change.</source>
        <translation>要更改的工作人员账号。</translation>
    </message>
    <message>
        <source>Use user add, disable, enable, remove, reset-password or list.</source>
        <translation>用法：user add、disable、enable、remove、reset-password 或 list。</translation>
    </message>
    <message>
        <source>Disabled %1.</source>
        <translation>已停用 %1。</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>已删除 %1。</translation>
    </message>
    <message>
        <source>Set a new password for %1; they must change it when they next sign in.</source>
        <translation>已为 %1 设置新密码；其下次登录时必须修改密码。</translation>
    </message>
    <message>
        <source>Use import customers --db FILE --user NAME --csv FILE [--dry-run].</source>
        <translation>用法：import customers --db FILE --user NAME --csv FILE [--dry-run]。</translation>
    </message>
    <message>
        <source>The CSV file to import (first row names the columns).</source>
        <translation>要导入的 CSV 文件（首行为列名）。</translation>
    </message>
    <message>
        <source>Check every row and report, but write nothing.</source>
        <translation>检查每一行并报告结果，但不写入任何数据。</translation>
    </message>
    <message>
        <source>%1 problem(s) in %2 rows; nothing was imported. Correct the file and run the import again.</source>
        <translation>%2 行中有 %1 个问题；未导入任何数据。请修正文件后重新导入。</translation>
    </message>
    <message>
        <source>%1 rows checked (%2): no problems. Nothing was written (dry run).</source>
        <translation>已检查 %1 行（%2）：未发现问题。未写入任何数据（试运行）。</translation>
    </message>
    <message>
        <source>%1 customers imported (%2).</source>
        <translation>已导入 %1 位客户（%2）。</translation>
    </message>
    <message>
        <source>verify: check the tamper-evident audit trail (administrator or manager); exit 1 says which entry is wrong. list: the newest entries first (administrator).</source>
        <translation>verify：检查防篡改审计记录（管理员或经理）；退出码 1 表示并指出有误的条目。list：按时间倒序列出条目（管理员）。</translation>
    </message>
    <message>
        <source>A customer&apos;s data export as JSON, or anonymisation (administrator or manager; audited).</source>
        <translation>以 JSON 格式导出客户数据，或进行匿名化（管理员或经理；记入审计）。</translation>
    </message>
    <message>
        <source>Staff accounts (administrator password, then any new password twice, on stdin).</source>
        <translation>工作人员账号（通过标准输入提供管理员密码，然后将新密码输入两次）。</translation>
    </message>
    <message>
        <source>satisfaction: survey responses of the period with NPS (95% interval), CSAT and each dimension&apos;s score; complaints: counts, share within SLA, resolution times, reopen rate; churn: at-risk customers with band, score and reasons (audited); monthly: the monthly management report as PDF (manager or administrator).</source>
        <translation>satisfaction：所选期间的满意度调查结果，包括净推荐值（95% 置信区间）、满意度评分及各维度得分；complaints：投诉数量、时限内完成比例、解决用时、重新打开率；churn：有流失风险的客户及其风险等级、分数和原因（记入审计）；monthly：PDF 格式的月度管理报告（经理或管理员）。</translation>
    </message>
    <message>
        <source>Import customers from CSV (UTF-8 or GB18030, header row): all or nothing, every problem listed with its line (manager or administrator; password on stdin).</source>
        <translation>从 CSV 导入客户（UTF-8 或 GB18030，含标题行）：全部导入或全部不导入，每个问题均列出所在行（经理或管理员；通过标准输入提供密码）。</translation>
    </message>
</context>
<context>
    <name>caredesk::core::AnalyticsTr</name>
    <message>
        <source>The churn figures could not be read.</source>
        <translation>无法读取流失数据。</translation>
    </message>
    <message>
        <source>Churn figures are for service officers, managers and administrators. Ask one of them.</source>
        <translation>流失数据仅供客服专员、经理和管理员查看。请联系他们。</translation>
    </message>
    <message>
        <source>No risk</source>
        <translation>无风险</translation>
    </message>
    <message>
        <source>Low risk</source>
        <translation>低风险</translation>
    </message>
    <message>
        <source>Medium risk</source>
        <translation>中风险</translation>
    </message>
    <message>
        <source>High risk</source>
        <translation>高风险</translation>
    </message>
    <message>
        <source>Lapsed</source>
        <translation>已流失</translation>
    </message>
    <message>
        <source>Chronic medication</source>
        <translation>慢病用药</translation>
    </message>
    <message>
        <source>Pharmacy shoppers</source>
        <translation>药房购药客户</translation>
    </message>
    <message>
        <source>Clinic patients</source>
        <translation>门诊患者</translation>
    </message>
    <message>
        <source>Last visit %1 days ago, usually every %2 days (%3× overdue)</source>
        <translation>上次就诊于 %1 天前，通常每 %2 天一次（逾期 %3 倍）</translation>
    </message>
    <message>
        <source>Medication ran out %1 days ago (supply bought on %2)</source>
        <translation>药品已于 %1 天前用完（购药日期 %2）</translation>
    </message>
    <message>
        <source>Detractor survey on %1 (would recommend: %2 of 10)</source>
        <translation>%1 的满意度调查为贬损者（推荐意愿：%2/10）</translation>
    </message>
    <message>
        <source>Unhappy survey answer on %1 (satisfaction %2 of 5)</source>
        <translation>%1 的满意度调查回答不满意（满意度 %2/5）</translation>
    </message>
    <message>
        <source>Open complaint since %1</source>
        <translation>自 %1 起有未结投诉</translation>
    </message>
    <message>
        <source>Open complaint past its time limit (received %1)</source>
        <translation>未结投诉已超时（受理于 %1）</translation>
    </message>
    <message>
        <source>%1 tier at risk: %2 qualifying points short on %3</source>
        <translation>%1 会员等级有流失风险：%3 时还差 %2 个保级积分</translation>
    </message>
    <message>
        <source>The churn figures could not be saved. The previous figures are kept.</source>
        <translation>无法保存流失数据。已保留之前的数据。</translation>
    </message>
    <message>
        <source>Working out the churn figures was cancelled. The previous figures are kept.</source>
        <translation>流失数据计算已取消。已保留之前的数据。</translation>
    </message>
    <message>
        <source>Churn risk is for service officers, managers and administrators. Ask one of them.</source>
        <translation>流失风险仅供客服专员、经理和管理员查看。请联系他们。</translation>
    </message>
    <message>
        <source>The win-back follow-up could not be saved.</source>
        <translation>无法保存挽回回访。</translation>
    </message>
    <message>
        <source>This customer already has an open win-back call (due %1). Work that one in Follow-ups instead of adding another.</source>
        <translation>该客户已有一个未完成的挽回电话（到期 %1）。请在“回访”中处理该电话，不要再新增。</translation>
    </message>
    <message>
        <source>Churn risk: %1 (score %2)</source>
        <translation>流失风险：%1（分数 %2）</translation>
    </message>
    <message>
        <source>The churn settings could not be read.</source>
        <translation>无法读取流失设置。</translation>
    </message>
    <message>
        <source>The customers&apos; visit figures could not be read.</source>
        <translation>无法读取客户就诊数据。</translation>
    </message>
    <message>
        <source>The customer value figures could not be read.</source>
        <translation>无法读取客户价值数据。</translation>
    </message>
    <message>
        <source>Loyal regulars</source>
        <translation>忠实常客</translation>
    </message>
    <message>
        <source>Steady patients</source>
        <translation>稳定患者</translation>
    </message>
    <message>
        <source>New patients</source>
        <translation>新患者</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>需要关注</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>有流失风险</translation>
    </message>
    <message>
        <source>High-value lapsed</source>
        <translation>高价值已流失</translation>
    </message>
    <message>
        <source>Customer value figures are for service officers, managers and administrators. Ask one of them.</source>
        <translation>客户价值数据仅供客服专员、经理和管理员查看。请联系他们。</translation>
    </message>
    <message>
        <source>Other causes</source>
        <translation>其他原因</translation>
    </message>
    <message>
        <source>Choose a period whose first day is not after its last day.</source>
        <translation>请选择起始日期不晚于截止日期的期间。</translation>
    </message>
    <message>
        <source>The loyalty figures could not be read.</source>
        <translation>无法读取会员积分数据。</translation>
    </message>
    <message>
        <source>The satisfaction figures could not be read.</source>
        <translation>无法读取满意度数据。</translation>
    </message>
    <message>
        <source>Concentrate here</source>
        <translation>重点改进</translation>
    </message>
    <message>
        <source>Keep up the good work</source>
        <translation>继续保持</translation>
    </message>
    <message>
        <source>Low priority</source>
        <translation>低优先级</translation>
    </message>
    <message>
        <source>Possible overkill</source>
        <translation>可能过度投入</translation>
    </message>
    <message>
        <source>Not enough answers</source>
        <translation>回答数量不足</translation>
    </message>
    <message>
        <source>(no department recorded)</source>
        <translation>（未记录科室）</translation>
    </message>
    <message>
        <source>(no staff recorded)</source>
        <translation>（未记录工作人员）</translation>
    </message>
    <message>
        <source>The complaint figures could not be read.</source>
        <translation>无法读取投诉统计数据。</translation>
    </message>
    <message>
        <source>The complaint figures could not be brought up to date.</source>
        <translation>无法更新投诉统计数据。</translation>
    </message>
</context>
<context>
    <name>caredesk::core::AuditTr</name>
    <message>
        <source>The audit trail could not be written, so nothing was done. Try again; if it keeps failing, ask the administrator.</source>
        <translation>无法写入审计记录，因此未执行任何操作。请重试；如果仍然失败，请联系管理员。</translation>
    </message>
    <message>
        <source>The audit trail could not be read.</source>
        <translation>无法读取审计记录。</translation>
    </message>
    <message>
        <source>The audit trail no longer holds the entry the keyring recorded (entry %1): entries were removed or the database file was replaced. Run &quot;Verify integrity&quot; on the audit page.</source>
        <translation>审计记录中已不存在密钥环所记录的条目（条目 %1）：条目已被删除，或数据库文件已被替换。请在审计页面运行“验证完整性”。</translation>
    </message>
    <message>
        <source>Only an administrator or a manager can check the audit trail. Ask one of them.</source>
        <translation>只有管理员或经理可以检查审计记录。请联系他们。</translation>
    </message>
    <message>
        <source>Only an administrator can read the audit trail. Ask your administrator.</source>
        <translation>只有管理员可以查看审计记录。请联系您的管理员。</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>条目</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>时间 (UTC)</translation>
    </message>
    <message>
        <source>User</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Record id</source>
        <translation>记录 ID</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>更改内容</translation>
    </message>
    <message>
        <source>The file could not be created. Choose a folder you can write to.</source>
        <translation>无法创建文件。请选择有写入权限的文件夹。</translation>
    </message>
    <message>
        <source>The file could not be written. Check the free space.</source>
        <translation>无法写入文件。请检查可用空间。</translation>
    </message>
    <message>
        <source>The export could not be recorded in the audit trail, so no file was written.</source>
        <translation>导出操作无法记入审计记录，因此未写入文件。</translation>
    </message>
    <message>
        <source>The file could not be saved. Check the folder and the free space.</source>
        <translation>无法保存文件。请检查文件夹和可用空间。</translation>
    </message>
    <message>
        <source>The audit trail is intact: no entries yet.</source>
        <translation>审计记录完整：尚无条目。</translation>
    </message>
    <message>
        <source>The audit trail is intact: %1 entries, the last at %2.</source>
        <translation>审计记录完整：共 %1 个条目，最后一条位于 %2。</translation>
    </message>
    <message>
        <source>The audit trail has been tampered with: entry %1 was changed after it was written.</source>
        <translation>审计记录已被篡改：条目 %1 在写入后被修改。</translation>
    </message>
    <message>
        <source>The audit trail has been tampered with: entry %1 is missing or was replaced (entries were deleted from the middle of the trail).</source>
        <translation>审计记录已被篡改：条目 %1 缺失或已被替换（审计记录中间的条目被删除）。</translation>
    </message>
    <message>
        <source>The audit trail ends at entry %1, but the keyring recorded entry %2: the newest entries were removed, or an older copy of the database was put back in place.</source>
        <translation>审计记录止于条目 %1，但密钥环记录的是条目 %2：最新的条目已被删除，或数据库被替换为较早的副本。</translation>
    </message>
    <message>
        <source>Entry %1 of the audit trail is not the one the keyring recorded: this database file is an older or another copy that was put back in place.</source>
        <translation>审计记录的条目 %1 与密钥环记录的不一致：此数据库文件是被放回的较早副本或其他副本。</translation>
    </message>
    <message>
        <source>Only an administrator can acknowledge an audit warning. Ask one of them.</source>
        <translation>只有管理员可以确认审计警告。请联系管理员。</translation>
    </message>
    <message>
        <source>The audit trail shows no warning, so there is nothing to acknowledge.</source>
        <translation>审计记录没有警告，无需确认。</translation>
    </message>
    <message>
        <source>Say in a few words what you found and why work may go on (at least five characters); it is kept in the audit trail.</source>
        <translation>请用几句话说明您发现了什么、为什么可以继续工作（至少五个字）；这段说明会保存在审计记录中。</translation>
    </message>
</context>
<context>
    <name>caredesk::core::AuthTr</name>
    <message>
        <source>Reception</source>
        <translation>前台</translation>
    </message>
    <message>
        <source>Pharmacist</source>
        <translation>药师</translation>
    </message>
    <message>
        <source>Service officer</source>
        <translation>客服专员</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>经理</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>A user name has 2 to 32 letters or digits and may contain &apos;.&apos;, &apos;_&apos; or &apos;-&apos; after the first character; no spaces.</source>
        <translation>用户名由 2 到 32 个字母或数字组成，首字符之后可以包含“.”、“_”或“-”，不能有空格。</translation>
    </message>
    <message>
        <source>This account is disabled or does not match the staff list. Ask your administrator to check the account.</source>
        <translation>该账户已停用或与员工名单不符。请联系管理员检查该账户。</translation>
    </message>
    <message>
        <source>There is already an account named %1. Choose another user name.</source>
        <translation>已存在名为 %1 的账户。请换一个用户名。</translation>
    </message>
    <message>
        <source>Only an administrator can add staff accounts. Ask your administrator.</source>
        <translation>只有管理员可以添加员工账户。请联系管理员。</translation>
    </message>
    <message>
        <source>There was not enough free memory to check the password. Close some other programs, then try again.</source>
        <translation>内存不足，无法验证密码。请关闭一些其他程序，然后重试。</translation>
    </message>
    <message>
        <source>The user name or password is not correct. Check the user name, Caps Lock and the keyboard language or input method, then try again.</source>
        <translation>用户名或密码不正确。请检查用户名、大写锁定以及键盘语言或输入法，然后重试。</translation>
    </message>
    <message>
        <source>Enter a user name.</source>
        <translation>请输入用户名。</translation>
    </message>
    <message>
        <source>There is no account named %1. Check the user name.</source>
        <translation>没有名为 %1 的账户。请检查用户名。</translation>
    </message>
    <message>
        <source>Use at least %1 characters. A few unrelated words are long and still easy to remember.</source>
        <translation>请至少使用 %1 个字符。几个互不相关的词组合起来既够长，又容易记住。</translation>
    </message>
    <message>
        <source>This is one of the most common passwords, or a small change to one, so it is guessed first. Use a few unrelated words that others would not guess.</source>
        <translation>这是最常见的密码之一，或只是对常见密码稍作改动，会最先被猜到。请使用几个别人猜不到的、互不相关的词。</translation>
    </message>
    <message>
        <source>This password is mostly a keyboard row, a run of letters or numbers, or repeated characters, which are guessed first. Use a few unrelated words instead.</source>
        <translation>这个密码主要由键盘上连续的按键、连续的字母或数字或者重复的字符组成，会最先被猜到。请改用几个互不相关的词。</translation>
    </message>
    <message>
        <source>The password must not contain the user name. Choose one that has nothing to do with the account.</source>
        <translation>密码不能包含用户名。请选择与该账户无关的密码。</translation>
    </message>
    <message>
        <source>Mix at least three kinds of character (small letters, capitals, digits, symbols or Chinese characters), or use a passphrase of %1 or more characters.</source>
        <translation>请混合使用至少三类字符（小写字母、大写字母、数字、符号或汉字），或使用 %1 个字符以上的密码短语。</translation>
    </message>
    <message>
        <source>Very weak</source>
        <translation>很弱</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>弱</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>较强</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>强</translation>
    </message>
    <message>
        <source>The password is not right. Try again.</source>
        <translation>密码不正确，请重试。</translation>
    </message>
    <message>
        <source>Only an administrator can change when the screen locks. Ask your administrator.</source>
        <translation>只有管理员可以修改锁屏时间，请联系管理员。</translation>
    </message>
    <message>
        <source>The screen lock takes 0 (never) to %1 minutes.</source>
        <translation>锁屏时间可设为 0（从不）至 %1 分钟。</translation>
    </message>
    <message>
        <source>The screen lock setting could not be saved.</source>
        <translation>无法保存锁屏设置。</translation>
    </message>
    <message>
        <source>reception staff</source>
        <translation>前台工作人员</translation>
    </message>
    <message>
        <source>pharmacists</source>
        <translation>药师</translation>
    </message>
    <message>
        <source>service officers</source>
        <translation>客服专员</translation>
    </message>
    <message>
        <source>managers</source>
        <translation>经理</translation>
    </message>
    <message>
        <source>administrators</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1和%2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Find and view customers</source>
        <translation>查找和查看客户</translation>
    </message>
    <message>
        <source>Register customers and record visits, calls and feedback</source>
        <translation>登记客户，记录就诊、电话和反馈</translation>
    </message>
    <message>
        <source>Correct customers and records</source>
        <translation>更正客户和记录</translation>
    </message>
    <message>
        <source>Merge duplicate customers</source>
        <translation>合并重复客户</translation>
    </message>
    <message>
        <source>Export contact lists and reports</source>
        <translation>导出联系人名单和报告</translation>
    </message>
    <message>
        <source>Import customers from files</source>
        <translation>从文件导入客户</translation>
    </message>
    <message>
        <source>Reveal masked phone and ID numbers</source>
        <translation>查看已遮蔽的完整电话号码和证件号码</translation>
    </message>
    <message>
        <source>Change the loyalty programme</source>
        <translation>更改会员积分方案</translation>
    </message>
    <message>
        <source>See dashboards and reports</source>
        <translation>查看数据看板和报告</translation>
    </message>
    <message>
        <source>Manage staff accounts</source>
        <translation>管理工作人员账号</translation>
    </message>
    <message>
        <source>Make backups</source>
        <translation>创建备份</translation>
    </message>
    <message>
        <source>Change site and security settings</source>
        <translation>更改站点和安全设置</translation>
    </message>
    <message>
        <source>Review the audit trail</source>
        <translation>查看审计记录</translation>
    </message>
    <message>
        <source>Handle privacy requests (export, anonymise)</source>
        <translation>处理隐私请求（导出、匿名化）</translation>
    </message>
    <message>
        <source>Handle complaints</source>
        <translation>处理投诉</translation>
    </message>
    <message>
        <source>Supervise follow-ups</source>
        <translation>督导回访</translation>
    </message>
    <message>
        <source>Run campaigns</source>
        <translation>开展营销活动</translation>
    </message>
    <message>
        <source>Only %1 may do this (%2). You are signed in as %3; ask one of them.</source>
        <translation>只有%1可以执行此操作（%2）。您当前以 %3 身份登录；请联系他们。</translation>
    </message>
    <message>
        <source>This account is locked after %1 wrong passwords in a row. Try again after %2, or ask an administrator to reset the password.</source>
        <translation>此账号因连续 %1 次密码错误已被锁定。请在 %2 后重试，或请管理员重置密码。</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passwords. Wait %n second(s), then try again; check Caps Lock and the input method.</source>
        <translation>
            <numerusform>密码错误次数过多。请等待 %n 秒后重试；请检查大写锁定键和输入法。</numerusform>
        </translation>
    </message>
    <message>
        <source>You cannot remove your own account. Ask another administrator.</source>
        <translation>您不能删除自己的账号。请联系其他管理员。</translation>
    </message>
    <message>
        <source>You cannot disable your own account. Ask another administrator.</source>
        <translation>您不能停用自己的账号。请联系其他管理员。</translation>
    </message>
    <message>
        <source>The account %1 was already removed.</source>
        <translation>账号 %1 已被删除。</translation>
    </message>
    <message>
        <source>%1 is the last administrator who can sign in. Add or re-enable another administrator first.</source>
        <translation>%1 是最后一位可以登录的管理员。请先添加或重新启用另一位管理员。</translation>
    </message>
    <message>
        <source>The account could not be changed; nothing was changed.</source>
        <translation>无法更改账号；未做任何更改。</translation>
    </message>
    <message>
        <source>The account %1 was removed. Add a new account instead.</source>
        <translation>账号 %1 已被删除。请改为添加新账号。</translation>
    </message>
    <message>
        <source>The password could not be reset; nothing was changed.</source>
        <translation>无法重置密码；未做任何更改。</translation>
    </message>
    <message>
        <source>The current password is not right. Type your current password again.</source>
        <translation>当前密码不正确。请重新输入当前密码。</translation>
    </message>
    <message>
        <source>Choose a new password that differs from the current one.</source>
        <translation>请选择与当前密码不同的新密码。</translation>
    </message>
    <message>
        <source>The password could not be changed; your old password still works.</source>
        <translation>无法修改密码；原密码仍然有效。</translation>
    </message>
    <message>
        <source>The backup reminder takes 1 to %1 days.</source>
        <translation>备份提醒间隔为 1 到 %1 天。</translation>
    </message>
    <message>
        <source>The backup reminder could not be saved.</source>
        <translation>无法保存备份提醒。</translation>
    </message>
</context>
<context>
    <name>caredesk::core::CampaignsTr</name>
    <message>
        <source>Marketing</source>
        <translation>营销</translation>
    </message>
    <message>
        <source>Health lecture</source>
        <translation>健康讲座</translation>
    </message>
    <message>
        <source>Free check-up</source>
        <translation>免费体检</translation>
    </message>
    <message>
        <source>Patient association meeting</source>
        <translation>病友联谊会</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>Win-back</source>
        <translation>挽回</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>短信</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>邮寄</translation>
    </message>
    <message>
        <source>Event (face to face)</source>
        <translation>现场活动（面对面）</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>Holdout</source>
        <translation>对照组</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标组</translation>
    </message>
    <message>
        <source>Merged into another customer</source>
        <translation>已合并到其他客户</translation>
    </message>
    <message>
        <source>No consent for this channel and purpose</source>
        <translation>未获得该渠道及用途的授权</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>授权已撤回</translation>
    </message>
    <message>
        <source>No contact details for the channel</source>
        <translation>缺少该渠道的联系方式</translation>
    </message>
    <message>
        <source>The saved segment cannot be read. Open it, set its filters again and save it.</source>
        <translation>无法读取已保存的目标人群。请打开该目标人群，重新设置筛选条件后保存。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>Age %1–%2</source>
        <translation>年龄 %1–%2 岁</translation>
    </message>
    <message>
        <source>Age %1 or older</source>
        <translation>年龄 %1 岁及以上</translation>
    </message>
    <message>
        <source>Age %1 or younger</source>
        <translation>年龄 %1 岁及以下</translation>
    </message>
    <message>
        <source>Region: %1</source>
        <translation>地域：%1</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>标签：%1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <source>Tier: %1</source>
        <translation>会员等级：%1</translation>
    </message>
    <message>
        <source>Last visit before %1</source>
        <translation>最近就诊早于 %1</translation>
    </message>
    <message>
        <source>Last visit on or after %1</source>
        <translation>最近就诊不早于 %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>any time</source>
        <translation>不限时间</translation>
    </message>
    <message>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Visited: %1</source>
        <translation>就诊：%1</translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message numerus="yes">
        <source>%n criterion/criteria this version cannot use</source>
        <translation>
            <numerusform>%n 项本版本无法使用的条件</numerusform>
        </translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>全部客户</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>This segment uses criteria that this version of CareDesk cannot evaluate (%1). Remove them or use a newer CareDesk.</source>
        <translation>该目标人群使用了此版本 CareDesk 无法评估的条件（%1）。请删除这些条件，或使用更新版本的 CareDesk。</translation>
    </message>
    <message>
        <source>The lowest age is above the highest age. Swap them.</source>
        <translation>最低年龄大于最高年龄。请将两者互换。</translation>
    </message>
    <message>
        <source>The visit period ends before it starts. Check the two dates.</source>
        <translation>就诊时间段的结束日期早于开始日期。请检查这两个日期。</translation>
    </message>
    <message>
        <source>The campaigns could not be read.</source>
        <translation>无法读取营销活动。</translation>
    </message>
    <message>
        <source>The campaign could not be saved; nothing was changed.</source>
        <translation>无法保存营销活动，未做任何更改。</translation>
    </message>
    <message>
        <source>The audience of a campaign that has started is frozen. Create a new campaign to reach other people.</source>
        <translation>已启动的营销活动受众已锁定。如需覆盖其他人员，请新建营销活动。</translation>
    </message>
    <message>
        <source>Only a service officer, a manager or an administrator can %1. You are signed in as %2 (%3).</source>
        <translation>只有客服专员、经理或管理员才能%1。您当前的登录身份为 %2（%3）。</translation>
    </message>
    <message>
        <source>Segment %1 does not exist any more.</source>
        <translation>目标人群 %1 已不存在。</translation>
    </message>
    <message>
        <source>save segments</source>
        <translation>保存目标人群</translation>
    </message>
    <message>
        <source>Give the segment a name.</source>
        <translation>请为目标人群命名。</translation>
    </message>
    <message>
        <source>Campaign %1 does not exist.</source>
        <translation>营销活动 %1 不存在。</translation>
    </message>
    <message>
        <source>Give the campaign a name.</source>
        <translation>请为营销活动命名。</translation>
    </message>
    <message>
        <source>Enter the first and the last day of the campaign.</source>
        <translation>请输入营销活动的开始日期和结束日期。</translation>
    </message>
    <message>
        <source>The campaign ends before it starts. Check the two dates.</source>
        <translation>营销活动的结束日期早于开始日期。请检查这两个日期。</translation>
    </message>
    <message>
        <source>Choose the channel people are invited through.</source>
        <translation>请选择邀请客户所用的渠道。</translation>
    </message>
    <message>
        <source>The invitation channel must be the campaign&apos;s channel unless it is an event.</source>
        <translation>除现场活动外，邀请渠道必须与营销活动的渠道一致。</translation>
    </message>
    <message>
        <source>Choose the purpose the customers consented to: marketing, service reminders or surveys.</source>
        <translation>请选择客户授权的用途：营销、服务提醒或满意度调查。</translation>
    </message>
    <message>
        <source>The cost cannot be negative.</source>
        <translation>费用不能为负数。</translation>
    </message>
    <message>
        <source>The conversion window must be between 1 and 365 days.</source>
        <translation>转化窗口期必须在 1 到 365 天之间。</translation>
    </message>
    <message>
        <source>The holdout group must be between 0 and 50 percent of the audience.</source>
        <translation>对照组占受众的比例必须在 0% 到 50% 之间。</translation>
    </message>
    <message>
        <source>create campaigns</source>
        <translation>创建营销活动</translation>
    </message>
    <message>
        <source>change campaigns</source>
        <translation>修改营销活动</translation>
    </message>
    <message>
        <source>Once a campaign has started only its name, goal, cost and last day can change: its audience and results depend on the rest.</source>
        <translation>营销活动启动后，只能修改名称、目标、费用和结束日期：其受众和结果取决于其余各项。</translation>
    </message>
    <message>
        <source>build campaign audiences</source>
        <translation>生成营销活动受众</translation>
    </message>
    <message>
        <source>Choose the segment the campaign is for first.</source>
        <translation>请先选择该营销活动针对的目标人群。</translation>
    </message>
    <message>
        <source>The audience could not be saved; the campaign was left as it was.</source>
        <translation>无法保存受众，营销活动保持不变。</translation>
    </message>
    <message>
        <source>Only a draft campaign can be started.</source>
        <translation>只有草稿状态的营销活动才能启动。</translation>
    </message>
    <message>
        <source>Only a running campaign can be finished.</source>
        <translation>只有进行中的营销活动才能结束。</translation>
    </message>
    <message>
        <source>Build the audience before starting the campaign.</source>
        <translation>请先生成受众，再启动营销活动。</translation>
    </message>
    <message>
        <source>The campaign was changed meanwhile. Reload it.</source>
        <translation>营销活动在此期间已被更改。请重新加载。</translation>
    </message>
    <message>
        <source>start campaigns</source>
        <translation>启动营销活动</translation>
    </message>
    <message>
        <source>finish campaigns</source>
        <translation>结束营销活动</translation>
    </message>
    <message>
        <source>Start the campaign before recording who was contacted or took part.</source>
        <translation>请先启动营销活动，再记录已联系或已参与的人员。</translation>
    </message>
    <message>
        <source>A contact, response or attendance cannot lie in the future.</source>
        <translation>联系、回复或出席时间不能是将来的时间。</translation>
    </message>
    <message>
        <source>The participation could not be saved; nothing was changed.</source>
        <translation>无法保存参与记录，未做任何更改。</translation>
    </message>
    <message>
        <source>Customer %1 is not in this campaign&apos;s audience.</source>
        <translation>客户 %1 不在此营销活动的受众中。</translation>
    </message>
    <message>
        <source>This customer is in the holdout group, kept back on purpose to measure the campaign. Do not contact them.</source>
        <translation>该客户属于对照组，为衡量营销活动效果而特意保留不联系。请勿联系该客户。</translation>
    </message>
    <message>
        <source>export contact lists</source>
        <translation>导出联系人名单</translation>
    </message>
    <message>
        <source>Start the campaign before exporting its contact list: a draft&apos;s audience can still change.</source>
        <translation>请先启动营销活动，再导出其联系人名单：草稿状态的受众仍可能变化。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>Member number</source>
        <translation>会员号</translation>
    </message>
    <message>
        <source>The file could not be created. Choose a folder you can write to.</source>
        <translation>无法创建文件。请选择有写入权限的文件夹。</translation>
    </message>
    <message>
        <source>The file could not be written. Check the free space.</source>
        <translation>无法写入文件。请检查可用空间。</translation>
    </message>
    <message>
        <source>The export could not be recorded in the audit trail, so no file was written.</source>
        <translation>导出操作无法记入审计记录，因此未写入文件。</translation>
    </message>
    <message>
        <source>The file could not be saved. Check the folder and the free space.</source>
        <translation>无法保存文件。请检查文件夹和可用空间。</translation>
    </message>
    <message>
        <source>The demo campaigns could not be saved.</source>
        <translation>无法保存演示营销活动。</translation>
    </message>
    <message>
        <source>The segment could not be saved.</source>
        <translation>无法保存客户分群。</translation>
    </message>
    <message>
        <source>The campaign could not be saved.</source>
        <translation>无法保存活动。</translation>
    </message>
</context>
<context>
    <name>caredesk::core::CommonTr</name>
    <message>
        <source>Prescription drug (Rx)</source>
        <translation>处方药 (Rx)</translation>
    </message>
    <message>
        <source>Over-the-counter (OTC)</source>
        <translation>非处方药 (OTC)</translation>
    </message>
    <message>
        <source>Medical device</source>
        <translation>医疗器械</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
</context>
<context>
    <name>caredesk::core::ComplaintsTr</name>
    <message>
        <source>In person</source>
        <translation>现场</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>WeChat / online</source>
        <translation>微信/线上</translation>
    </message>
    <message>
        <source>Letter or form</source>
        <translation>信函或表单</translation>
    </message>
    <message>
        <source>Satisfaction survey</source>
        <translation>满意度调查</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Medication error</source>
        <translation>用药错误</translation>
    </message>
    <message>
        <source>Adverse drug reaction</source>
        <translation>药品不良反应</translation>
    </message>
    <message>
        <source>Product use (storage, expiry, packaging)</source>
        <translation>产品使用问题（储存、有效期、包装）</translation>
    </message>
    <message>
        <source>Service process (delay, procedure, delivery)</source>
        <translation>服务流程（延误、手续、配送）</translation>
    </message>
    <message>
        <source>Staff attitude</source>
        <translation>服务态度</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>收费</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>就诊环境</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>紧迫</translation>
    </message>
    <message>
        <source>General</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Complex</source>
        <translation>复杂</translation>
    </message>
    <message>
        <source>Urgent (safety, acute)</source>
        <translation>紧迫（安全、急症）</translation>
    </message>
    <message>
        <source>Important (chronic care, rehabilitation)</source>
        <translation>重要（慢病管理、康复）</translation>
    </message>
    <message>
        <source>General (consultation, check-up)</source>
        <translation>一般（咨询、体检）</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已受理</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>Investigating</source>
        <translation>调查中</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>Outcome told</source>
        <translation>已告知结果</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已结案</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>Start investigation</source>
        <translation>开始调查</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>解决</translation>
    </message>
    <message>
        <source>Record outcome call</source>
        <translation>记录结果告知电话</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>结案</translation>
    </message>
    <message>
        <source>Complaint received</source>
        <translation>投诉已受理</translation>
    </message>
    <message>
        <source>State changed</source>
        <translation>状态变更</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>已重新打开</translation>
    </message>
    <message>
        <source>Waiting on the customer</source>
        <translation>等待客户回复</translation>
    </message>
    <message>
        <source>Customer answered, clock running again</source>
        <translation>客户已回复，恢复计时</translation>
    </message>
    <message>
        <source>Owner changed</source>
        <translation>负责人变更</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Investigation updated</source>
        <translation>调查已更新</translation>
    </message>
    <message>
        <source>Suspected drug recorded</source>
        <translation>已记录怀疑药品</translation>
    </message>
    <message>
        <source>Reported to the manufacturer</source>
        <translation>已上报生产企业</translation>
    </message>
    <message>
        <source>Reported to the regulator</source>
        <translation>已上报药品监管部门</translation>
    </message>
    <message>
        <source>%1: the opening time must be before the closing time.</source>
        <translation>%1：上班时间必须早于下班时间。</translation>
    </message>
    <message>
        <source>%1: the lunch break must lie within the working hours, start before it ends, or be left empty.</source>
        <translation>%1：午休时间必须在工作时间内，且开始时间早于结束时间，或留空。</translation>
    </message>
    <message>
        <source>At least one day of the week must be a working day.</source>
        <translation>一周中至少要有一天为工作日。</translation>
    </message>
    <message>
        <source>The name of %1 is too long; keep it under 80 characters.</source>
        <translation>%1的名称过长，请控制在 80 个字符以内。</translation>
    </message>
    <message>
        <source>The business calendar could not be read.</source>
        <translation>无法读取工作日历。</translation>
    </message>
    <message>
        <source>Only an administrator can change the business calendar.</source>
        <translation>只有管理员可以修改工作日历。</translation>
    </message>
    <message>
        <source>The business calendar could not be saved; nothing was changed.</source>
        <translation>无法保存工作日历，未做任何更改。</translation>
    </message>
    <message>
        <source>%1: the first-response time must be more than zero and at most a year.</source>
        <translation>%1：首次响应时限必须大于零且不超过一年。</translation>
    </message>
    <message>
        <source>%1: the resolution time must be more than zero and at most a year.</source>
        <translation>%1：解决时限必须大于零且不超过一年。</translation>
    </message>
    <message>
        <source>%1: the warning must come between 1% and 99% of the time allowed.</source>
        <translation>%1：预警点必须在允许时长的 1% 到 99% 之间。</translation>
    </message>
    <message>
        <source>The complaint time limits could not be read.</source>
        <translation>无法读取投诉时限。</translation>
    </message>
    <message>
        <source>Only an administrator can change the complaint time limits.</source>
        <translation>只有管理员可以修改投诉时限。</translation>
    </message>
    <message>
        <source>The complaint time limits could not be saved; nothing was changed.</source>
        <translation>无法保存投诉时限，未做任何更改。</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>按时进行</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>按时完成</translation>
    </message>
    <message>
        <source>Met late</source>
        <translation>逾期完成</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>经理</translation>
    </message>
    <message>
        <source>The complaints could not be read.</source>
        <translation>无法读取投诉记录。</translation>
    </message>
    <message>
        <source>The complaint could not be saved; nothing was changed.</source>
        <translation>无法保存投诉，未做任何更改。</translation>
    </message>
    <message>
        <source>%1 is too long; keep it under %2 characters.</source>
        <translation>%1过长，请控制在 %2 个字符以内。</translation>
    </message>
    <message>
        <source>Only customer-service officers, managers and administrators can handle complaints. Ask one of them to do this.</source>
        <translation>只有客服专员、经理和管理员可以处理投诉。请联系他们处理。</translation>
    </message>
    <message>
        <source>Choose the customer who complained.</source>
        <translation>请选择投诉的客户。</translation>
    </message>
    <message>
        <source>Describe the complaint in the customer&apos;s words.</source>
        <translation>请用客户的原话描述投诉内容。</translation>
    </message>
    <message>
        <source>The description is too long; keep it under %1 characters.</source>
        <translation>描述过长，请控制在 %1 个字符以内。</translation>
    </message>
    <message>
        <source>The time received lies in the future. Check the date and the time.</source>
        <translation>受理时间晚于当前时间。请检查日期和时间。</translation>
    </message>
    <message>
        <source>Staff, department and owner names must be under 100 characters.</source>
        <translation>工作人员、科室和负责人的名称必须少于 100 个字符。</translation>
    </message>
    <message>
        <source>The complaint is closed. Reopen it to work on it again.</source>
        <translation>该投诉已结案。如需继续处理，请重新打开。</translation>
    </message>
    <message>
        <source>A complaint can only be closed after the outcome call: tell the customer the result and record their satisfaction first.</source>
        <translation>投诉须在结果告知电话之后才能结案：请先将处理结果告知客户，并记录其满意度。</translation>
    </message>
    <message>
        <source>A complaint moves one step at a time: from &quot;%1&quot; the next step is &quot;%2&quot;.</source>
        <translation>投诉须逐步推进：“%1”的下一步是“%2”。</translation>
    </message>
    <message>
        <source>the resolution</source>
        <translation>解决方案</translation>
    </message>
    <message>
        <source>the root cause</source>
        <translation>根本原因</translation>
    </message>
    <message>
        <source>the corrective action</source>
        <translation>整改措施</translation>
    </message>
    <message>
        <source>To resolve the complaint, record %1.</source>
        <translation>要解决该投诉，请记录%1。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>what the customer was told and said</source>
        <translation>告知客户的内容及客户的反馈</translation>
    </message>
    <message>
        <source>their satisfaction with the outcome (1 to 5)</source>
        <translation>客户对处理结果的满意度（1 至 5）</translation>
    </message>
    <message>
        <source>To record the outcome call, enter %1.</source>
        <translation>要记录结果告知电话，请填写%1。</translation>
    </message>
    <message>
        <source>The customer does not exist. Search for the customer again and record the complaint there.</source>
        <translation>该客户不存在。请重新搜索该客户，并在其名下记录投诉。</translation>
    </message>
    <message>
        <source>This customer was merged into another record. Record the complaint on the customer that was kept.</source>
        <translation>该客户已合并到另一条记录。请在保留的客户记录上登记投诉。</translation>
    </message>
    <message>
        <source>The linked visit belongs to another customer. Choose one of this customer&apos;s visits.</source>
        <translation>关联的就诊记录属于另一位客户。请选择该客户自己的就诊记录。</translation>
    </message>
    <message>
        <source>The complaint could not be saved.</source>
        <translation>无法保存投诉。</translation>
    </message>
    <message>
        <source>The complaint does not exist. Reload the list.</source>
        <translation>该投诉不存在。请重新加载列表。</translation>
    </message>
    <message>
        <source>The text</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Say why the complaint is reopened, so the next person knows.</source>
        <translation>请说明重新打开投诉的原因，以便后续处理人员了解情况。</translation>
    </message>
    <message>
        <source>Clock running again with the change of state.</source>
        <translation>状态已变更，恢复计时。</translation>
    </message>
    <message>
        <source>The complaint is closed; there is no clock to stop.</source>
        <translation>该投诉已结案，没有可暂停的计时。</translation>
    </message>
    <message>
        <source>The complaint is already waiting on the customer.</source>
        <translation>该投诉已处于等待客户回复状态。</translation>
    </message>
    <message>
        <source>The complaint is not waiting on the customer.</source>
        <translation>该投诉未处于等待客户回复状态。</translation>
    </message>
    <message>
        <source>The owner&apos;s user name</source>
        <translation>负责人的用户名</translation>
    </message>
    <message>
        <source>Unassigned (was %1)</source>
        <translation>未分配（原为 %1）</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>已分配给 %1</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Write the note first.</source>
        <translation>请先填写备注。</translation>
    </message>
    <message>
        <source>The note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>The responsible department or staff</source>
        <translation>责任科室或工作人员</translation>
    </message>
    <message>
        <source>Root cause: %1 · Corrective action: %2 · Responsible: %3 %4</source>
        <translation>根本原因：%1 · 整改措施：%2 · 责任方：%3 %4</translation>
    </message>
    <message>
        <source>The drug name</source>
        <translation>药品名称</translation>
    </message>
    <message>
        <source>Only adverse drug reactions have a suspected drug. Change the category first.</source>
        <translation>只有药品不良反应才有怀疑药品。请先更改类别。</translation>
    </message>
    <message>
        <source>%1, since %2</source>
        <translation>%1，自 %2 起</translation>
    </message>
    <message>
        <source>Only adverse drug reactions are reported to the manufacturer or the regulator.</source>
        <translation>只有药品不良反应需要上报生产企业或药品监管部门。</translation>
    </message>
    <message>
        <source>Record the suspected drug before marking the reaction reported.</source>
        <translation>请先记录怀疑药品，再标记为已上报。</translation>
    </message>
    <message>
        <source>The reaction was already reported to the manufacturer.</source>
        <translation>该不良反应已上报生产企业。</translation>
    </message>
    <message>
        <source>The reaction was already reported to the regulator.</source>
        <translation>该不良反应已上报药品监管部门。</translation>
    </message>
    <message>
        <source>The complaint could not be opened from the survey.</source>
        <translation>无法根据满意度调查创建投诉。</translation>
    </message>
    <message>
        <source>The survey response does not exist.</source>
        <translation>该满意度调查答卷不存在。</translation>
    </message>
    <message>
        <source>The customer who answered the survey no longer exists.</source>
        <translation>填写该满意度调查的客户已不存在。</translation>
    </message>
    <message>
        <source>Detractor survey response (would recommend: %1 of 10), no comment given.</source>
        <translation>贬损者调查答卷（推荐意愿：%1/10），未填写意见。</translation>
    </message>
    <message>
        <source>Dissatisfied survey response, no comment given.</source>
        <translation>不满意的调查答卷，未填写意见。</translation>
    </message>
    <message>
        <source>Only adverse drug reactions have a report for the manufacturer or the regulator.</source>
        <translation>只有药品不良反应才有上报生产企业或药品监管部门的报告。</translation>
    </message>
    <message>
        <source>The demo complaints could not be generated.</source>
        <translation>无法生成演示投诉数据。</translation>
    </message>
</context>
<context>
    <name>caredesk::core::CustomersTr</name>
    <message>
        <source>Organisation</source>
        <translation>团体客户</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>个人客户</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>自然到店</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>转介绍</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>营销活动</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>线上</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>短信</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>邮寄</translation>
    </message>
    <message>
        <source>No preference</source>
        <translation>无偏好</translation>
    </message>
    <message>
        <source>Potential</source>
        <translation>潜在</translation>
    </message>
    <message>
        <source>Intending</source>
        <translation>意向</translation>
    </message>
    <message>
        <source>Deciding</source>
        <translation>决策</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>流失</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>活跃</translation>
    </message>
    <message>
        <source>Dormant</source>
        <translation>沉睡</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>营销</translation>
    </message>
    <message>
        <source>Service reminders</source>
        <translation>服务提醒</translation>
    </message>
    <message>
        <source>Surveys</source>
        <translation>满意度调查</translation>
    </message>
    <message>
        <source>Enter the customer&apos;s name.</source>
        <translation>请输入客户姓名。</translation>
    </message>
    <message>
        <source>A name can have at most 100 characters.</source>
        <translation>姓名最多 100 个字符。</translation>
    </message>
    <message>
        <source>The date of birth is in the future. Check the year.</source>
        <translation>出生日期在未来。请检查年份。</translation>
    </message>
    <message>
        <source>The date of birth is before 1900. Check the year.</source>
        <translation>出生日期早于 1900 年。请检查年份。</translation>
    </message>
    <message>
        <source>The email address is not complete. It looks like name@example.com.</source>
        <translation>电子邮件地址不完整，应类似 name@example.com。</translation>
    </message>
    <message>
        <source>The ID number gives the birth date %1, but the form says %2. Correct whichever is wrong.</source>
        <translation>身份证号显示的出生日期是 %1，但表单填写的是 %2。请更正错误的一项。</translation>
    </message>
    <message>
        <source>The ID number belongs to a %1 person, but the form says %2. Correct whichever is wrong.</source>
        <translation>身份证号显示性别为%1，但表单填写的是%2。请更正错误的一项。</translation>
    </message>
    <message>
        <source>Consent record</source>
        <translation>同意记录</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Organisation member</source>
        <translation>团体成员</translation>
    </message>
    <message>
        <source>Referred customer</source>
        <translation>被推荐客户</translation>
    </message>
    <message>
        <source>A linked record could not be read.</source>
        <translation>无法读取关联记录。</translation>
    </message>
    <message>
        <source>The customer could not be saved.</source>
        <translation>无法保存该客户。</translation>
    </message>
    <message>
        <source>Member number %1 is already in use. Leave it empty to get a new one.</source>
        <translation>会员号 %1 已被使用。留空可自动分配新会员号。</translation>
    </message>
    <message>
        <source>The customer&apos;s tags could not be saved.</source>
        <translation>无法保存该客户的标签。</translation>
    </message>
    <message>
        <source>The search index could not be updated.</source>
        <translation>无法更新搜索索引。</translation>
    </message>
    <message>
        <source>Record %1 (%2): %3</source>
        <translation>记录 %1（%2）：%3</translation>
    </message>
    <message>
        <source>The customers could not be saved.</source>
        <translation>无法保存这些客户。</translation>
    </message>
    <message>
        <source>The customers could not be saved; none were added.</source>
        <translation>无法保存这些客户；未添加任何客户。</translation>
    </message>
    <message>
        <source>This customer was merged into another record. Open that record instead.</source>
        <translation>该客户已合并到另一条记录。请打开那条记录。</translation>
    </message>
    <message>
        <source>Member number %1 is already in use. Choose another one.</source>
        <translation>会员号 %1 已被使用。请另选一个。</translation>
    </message>
    <message>
        <source>The customer could not be read.</source>
        <translation>无法读取该客户。</translation>
    </message>
    <message>
        <source>Customer %1 does not exist. Search for the customer by name or phone.</source>
        <translation>客户 %1 不存在。请按姓名或电话搜索该客户。</translation>
    </message>
    <message>
        <source>The customer list could not be read.</source>
        <translation>无法读取客户列表。</translation>
    </message>
    <message>
        <source>The customers could not be counted.</source>
        <translation>无法统计客户数量。</translation>
    </message>
    <message>
        <source>The search could not run.</source>
        <translation>无法执行搜索。</translation>
    </message>
    <message>
        <source>same phone number</source>
        <translation>电话号码相同</translation>
    </message>
    <message>
        <source>same ID number</source>
        <translation>身份证号相同</translation>
    </message>
    <message>
        <source>same name and date of birth</source>
        <translation>姓名和出生日期相同</translation>
    </message>
    <message>
        <source>same pinyin and date of birth</source>
        <translation>拼音和出生日期相同</translation>
    </message>
    <message>
        <source>same pinyin and last four phone digits</source>
        <translation>拼音和电话后四位相同</translation>
    </message>
    <message>
        <source>The duplicate check could not run.</source>
        <translation>无法执行重复检查。</translation>
    </message>
    <message>
        <source>The duplicate scan could not run.</source>
        <translation>无法执行重复记录扫描。</translation>
    </message>
    <message>
        <source>Choose two different customers to merge.</source>
        <translation>请选择两位不同的客户进行合并。</translation>
    </message>
    <message>
        <source>One of these customers was already merged. Open the surviving record.</source>
        <translation>其中一位客户已被合并。请打开保留下来的记录。</translation>
    </message>
    <message>
        <source>The customers could not be compared.</source>
        <translation>无法比较这两位客户。</translation>
    </message>
    <message>
        <source>The linked records could not be listed.</source>
        <translation>无法列出关联记录。</translation>
    </message>
    <message>
        <source>%1 cannot be taken over in a merge.</source>
        <translation>合并时无法转移%1。</translation>
    </message>
    <message>
        <source>The merge could not start.</source>
        <translation>无法开始合并。</translation>
    </message>
    <message>
        <source>The merge failed; nothing was changed.</source>
        <translation>合并失败；未做任何更改。</translation>
    </message>
    <message>
        <source>The merge could not be saved; nothing was changed.</source>
        <translation>无法保存合并结果；未做任何更改。</translation>
    </message>
    <message>
        <source>The merge record could not be read.</source>
        <translation>无法读取合并记录。</translation>
    </message>
    <message>
        <source>There is no such merge to undo.</source>
        <translation>没有可撤销的此项合并。</translation>
    </message>
    <message>
        <source>This merge has already been undone.</source>
        <translation>此次合并已被撤销。</translation>
    </message>
    <message>
        <source>A later merge involves one of these customers. Undo that merge first.</source>
        <translation>之后的一次合并涉及其中一位客户。请先撤销那次合并。</translation>
    </message>
    <message>
        <source>The merge could not be undone.</source>
        <translation>无法撤销合并。</translation>
    </message>
    <message>
        <source>The merge could not be undone; nothing was changed.</source>
        <translation>无法撤销合并；未做任何更改。</translation>
    </message>
    <message>
        <source>The merge history could not be read.</source>
        <translation>无法读取合并历史。</translation>
    </message>
    <message>
        <source>Choose a contact channel and a purpose for the consent.</source>
        <translation>请为该同意选择联系渠道和用途。</translation>
    </message>
    <message>
        <source>The consent could not be recorded.</source>
        <translation>无法记录该同意。</translation>
    </message>
    <message>
        <source>The consent history could not be read.</source>
        <translation>无法读取同意历史。</translation>
    </message>
    <message>
        <source>A customer must turn dormant after at least one day and be counted as lost later than that.</source>
        <translation>客户至少一天后才能转为沉睡，且计为流失的时间必须晚于沉睡。</translation>
    </message>
    <message>
        <source>The settings could not be saved.</source>
        <translation>无法保存设置。</translation>
    </message>
    <message>
        <source>The tags could not be read.</source>
        <translation>无法读取标签。</translation>
    </message>
    <message>
        <source>The regions could not be read.</source>
        <translation>无法读取地域。</translation>
    </message>
    <message>
        <source>The search index could not be rebuilt.</source>
        <translation>无法重建搜索索引。</translation>
    </message>
    <message>
        <source>Mobile numbers do not start with 0. Type the 11 digits without the 0: %1.</source>
        <translation>手机号码不以 0 开头。请输入不带 0 的 11 位数字：%1。</translation>
    </message>
    <message>
        <source>The number starts with an area code that does not exist. Check the first digits; a landline looks like 010-8888 6666 or 0755-2345 6789.</source>
        <translation>号码开头的区号不存在。请检查前几位数字；固定电话的格式如 010-8888 6666 或 0755-2345 6789。</translation>
    </message>
    <message>
        <source>After the area code %1, a landline number has 7 or 8 digits, not %2. Check for a missing or extra digit, for example %1-8888 6666.</source>
        <translation>区号 %1 之后的固定电话号码应为 7 或 8 位，而不是 %2 位。请检查是否少输或多输了数字，例如 %1-8888 6666。</translation>
    </message>
    <message>
        <source>A landline number does not start with 0 after the area code %1. Check the digits, for example %1-8888 6666.</source>
        <translation>区号 %1 之后的固定电话号码不以 0 开头。请检查数字，例如 %1-8888 6666。</translation>
    </message>
    <message>
        <source>The number after +86 is too short. Type a mobile number with 11 digits, such as +86 138 0013 8000, or a landline with its area code, such as +86 10 8888 6666.</source>
        <translation>+86 之后的号码太短。请输入 11 位手机号码，如 +86 138 0013 8000，或带区号的固定电话，如 +86 10 8888 6666。</translation>
    </message>
    <message>
        <source>After +86, leave out the 0 at the start of the area code. Type %1 instead.</source>
        <translation>+86 之后请省略区号开头的 0。请改为输入 %1。</translation>
    </message>
    <message>
        <source>A mobile number has 11 digits starting with 13 to 19, such as +86 138 0013 8000. Check for a missing or extra digit.</source>
        <translation>手机号码为 11 位，以 13 至 19 开头，如 +86 138 0013 8000。请检查是否少输或多输了数字。</translation>
    </message>
    <message>
        <source>Add the area code after +86, for example +86 10 8888 6666 for Beijing, or type the number as 010-8888 6666.</source>
        <translation>请在 +86 之后加上区号，例如北京为 +86 10 8888 6666，或将号码输入为 010-8888 6666。</translation>
    </message>
    <message>
        <source>After + comes the country code, which never starts with 0, for example +44 20 7946 0958. For a number in China, leave out the +.</source>
        <translation>+ 之后是国家代码，国家代码不以 0 开头，例如 +44 20 7946 0958。国内号码请不要输入 +。</translation>
    </message>
    <message>
        <source>An international number has the country code and then 6 to 14 digits, for example +44 20 7946 0958. Check for a missing or extra digit.</source>
        <translation>国际号码由国家代码加 6 至 14 位数字组成，例如 +44 20 7946 0958。请检查是否少输或多输了数字。</translation>
    </message>
    <message>
        <source>Enter a phone number, such as 138 0013 8000 or 010-8888 6666.</source>
        <translation>请输入电话号码，如 138 0013 8000 或 010-8888 6666。</translation>
    </message>
    <message>
        <source>A + can only come first, before the country code, as in +44 20 7946 0958.</source>
        <translation>+ 只能放在最前面、国家代码之前，如 +44 20 7946 0958。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be part of a phone number. Type only digits, for example 138 0013 8000 or 010-8888 6666; spaces, dashes and brackets are fine.</source>
        <translation>电话号码中不能有“%1”。请只输入数字，例如 138 0013 8000 或 010-8888 6666；空格、短横线和括号都可以。</translation>
    </message>
    <message>
        <source>The phone number has no digits. Type it like 138 0013 8000 or 010-8888 6666.</source>
        <translation>电话号码中没有数字。请按 138 0013 8000 或 010-8888 6666 的格式输入。</translation>
    </message>
    <message>
        <source>The phone number is too short. Type a mobile number with 11 digits, such as 138 0013 8000, or a landline with its area code, such as 010-8888 6666.</source>
        <translation>电话号码太短。请输入 11 位手机号码，如 138 0013 8000，或带区号的固定电话，如 010-8888 6666。</translation>
    </message>
    <message>
        <source>A mobile number has 11 digits, not %1. Check for a missing or extra digit; it looks like 138 0013 8000.</source>
        <translation>手机号码应为 11 位，而不是 %1 位。请检查是否少输或多输了数字；格式如 138 0013 8000。</translation>
    </message>
    <message>
        <source>A mobile number starts with 13 to 19, such as 138 0013 8000. Check the first digits.</source>
        <translation>手机号码以 13 至 19 开头，如 138 0013 8000。请检查前几位数字。</translation>
    </message>
    <message>
        <source>Add the area code in front of the landline number, for example 010-8888 6666 for Beijing or 0755-2345 6789 for Shenzhen.</source>
        <translation>请在固定电话号码前加上区号，例如北京为 010-8888 6666，深圳为 0755-2345 6789。</translation>
    </message>
    <message>
        <source>This is not a phone number CareDesk knows. Type a mobile number such as 138 0013 8000, a landline with its area code such as 010-8888 6666, or a foreign number with + and the country code such as +44 20 7946 0958.</source>
        <translation>CareDesk 无法识别这个电话号码。请输入手机号码（如 138 0013 8000）、带区号的固定电话（如 010-8888 6666），或以 + 和国家代码开头的境外号码（如 +44 20 7946 0958）。</translation>
    </message>
    <message>
        <source>Enter the 18-character ID number from the resident identity card.</source>
        <translation>请输入居民身份证上的 18 位身份证号。</translation>
    </message>
    <message>
        <source>An X can only be the last character of an ID number. Check the number on the card again.</source>
        <translation>X 只能是身份证号的最后一位。请再次核对证件上的号码。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be part of an ID number. Type the 18 characters from the card: 17 digits, then a digit or X.</source>
        <translation>身份证号中不能有“%1”。请输入证件上的 18 位号码：17 位数字，最后一位是数字或 X。</translation>
    </message>
    <message>
        <source>This is an old 15-digit ID number. Type the 18-character number from the customer&apos;s current card.</source>
        <translation>这是旧的 15 位身份证号。请输入客户现用证件上的 18 位号码。</translation>
    </message>
    <message>
        <source>An ID number has 18 characters, not %1. Check for a missing or extra digit.</source>
        <translation>身份证号应为 18 位，而不是 %1 位。请检查是否少输或多输了数字。</translation>
    </message>
    <message>
        <source>Characters 7 to 14 of an ID number are the date of birth, but %1 is not a real date. Check those digits against the card.</source>
        <translation>身份证号的第 7 至 14 位是出生日期，但 %1 不是有效日期。请对照证件核对这几位数字。</translation>
    </message>
    <message>
        <source>The ID number gives the date of birth %1, which is in the future. Check characters 7 to 14 against the card.</source>
        <translation>身份证号显示的出生日期 %1 在未来。请对照证件核对第 7 至 14 位。</translation>
    </message>
    <message>
        <source>The ID number gives the date of birth %1, before 1900. Check characters 7 to 14 against the card.</source>
        <translation>身份证号显示的出生日期 %1 早于 1900 年。请对照证件核对第 7 至 14 位。</translation>
    </message>
    <message>
        <source>This ID number does not add up: one of its characters is probably mistyped. Compare it with the card again, character by character.</source>
        <translation>这个身份证号校验不通过：可能有字符输错了。请对照证件逐位核对。</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>就诊记录</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>沟通记录</translation>
    </message>
    <message>
        <source>Survey response</source>
        <translation>满意度调查结果</translation>
    </message>
    <message>
        <source>Loyalty entry</source>
        <translation>积分流水</translation>
    </message>
    <message>
        <source>Loyalty tier change</source>
        <translation>会员等级变更</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Say why you need the full number (for example &quot;calling back about a complaint&quot;); the reason is kept in the audit trail.</source>
        <translation>请说明您需要查看完整号码的原因（例如“就投诉事宜回电”）；该原因将保存在审计记录中。</translation>
    </message>
    <message>
        <source>This customer was anonymised, so the merge can no longer be undone.</source>
        <translation>该客户已匿名化，因此无法再撤销合并。</translation>
    </message>
    <message>
        <source>The file %1 does not exist. Check the name.</source>
        <translation>文件 %1 不存在。请检查文件名。</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>无法读取文件 %1：%2</translation>
    </message>
    <message>
        <source>Only a manager or an administrator can import customers. Ask one to do it.</source>
        <translation>只有经理或管理员可以导入客户。请联系他们执行导入。</translation>
    </message>
    <message>
        <source>The file is empty. The first row must name the columns.</source>
        <translation>文件为空。首行必须为列名。</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; is not known. Rename it (for example name, phone, birth_date) or remove it.</source>
        <translation>列“%1”无法识别。请重命名该列（例如 name、phone、birth_date）或将其删除。</translation>
    </message>
    <message>
        <source>The first row must have a name column (name or 姓名).</source>
        <translation>第一行必须包含姓名列（name 或 姓名）。</translation>
    </message>
    <message>
        <source>Line %1 has %2 fields but the header names %3 columns. Put text with commas in double quotes.</source>
        <translation>第 %1 行有 %2 个字段，但表头列出了 %3 列。含逗号的文本请用双引号括起来。</translation>
    </message>
    <message>
        <source>Line %1: sex &quot;%2&quot; is not known. Use F or M (女 or 男), or leave it empty.</source>
        <translation>第 %1 行：性别“%2”无法识别。请填写 F 或 M（女或男），或留空。</translation>
    </message>
    <message>
        <source>Line %1: the birth date &quot;%2&quot; is not a date. Write it as YYYY-MM-DD.</source>
        <translation>第 %1 行：出生日期“%2”不是有效日期。请按 YYYY-MM-DD 格式填写。</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>Line %1: member number %2 is also on line %3. Each member number can be used once.</source>
        <translation>第 %1 行：会员号 %2 也出现在第 %3 行。每个会员号只能使用一次。</translation>
    </message>
    <message>
        <source>Line %1 is the same customer (name and phone) as line %2. Remove one of them.</source>
        <translation>第 %1 行与第 %2 行是同一客户（姓名和电话相同）。请删除其中一行。</translation>
    </message>
    <message>
        <source>The existing customers could not be read.</source>
        <translation>无法读取现有客户。</translation>
    </message>
    <message>
        <source>Line %1: member number %2 is already in use. Leave it empty to get a new one.</source>
        <translation>第 %1 行：会员号 %2 已被使用。留空即可自动分配新会员号。</translation>
    </message>
    <message>
        <source>Line %1: %2 with this phone is already registered as member %3. Remove the line.</source>
        <translation>第 %1 行：使用此电话的 %2 已登记为会员 %3。请删除该行。</translation>
    </message>
    <message>
        <source>The customers could not be imported; none were added.</source>
        <translation>无法导入客户；未添加任何客户。</translation>
    </message>
</context>
<context>
    <name>caredesk::core::FeedbackTr</name>
    <message>
        <source>Registration convenience</source>
        <translation>挂号便捷性</translation>
    </message>
    <message>
        <source>Waiting time</source>
        <translation>等待时间</translation>
    </message>
    <message>
        <source>Diagnosis accuracy</source>
        <translation>诊疗准确性</translation>
    </message>
    <message>
        <source>Staff attitude</source>
        <translation>医护人员态度</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>服务环境</translation>
    </message>
    <message>
        <source>Medication guidance</source>
        <translation>用药指导</translation>
    </message>
    <message>
        <source>Price / value</source>
        <translation>性价比</translation>
    </message>
    <message>
        <source>After-sales service</source>
        <translation>售后服务</translation>
    </message>
    <message>
        <source>Pharmacy satisfaction survey</source>
        <translation>药店满意度调查</translation>
    </message>
    <message>
        <source>Clinic satisfaction survey</source>
        <translation>诊所满意度调查</translation>
    </message>
    <message>
        <source>Paper form</source>
        <translation>纸质问卷</translation>
    </message>
    <message>
        <source>Phone follow-up</source>
        <translation>电话回访</translation>
    </message>
    <message>
        <source>Kiosk / online</source>
        <translation>自助终端/线上</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>访谈</translation>
    </message>
    <message>
        <source>Give the dimension a name.</source>
        <translation>请填写维度名称。</translation>
    </message>
    <message>
        <source>Keep the dimension name under %1 characters.</source>
        <translation>维度名称须少于 %1 个字符。</translation>
    </message>
    <message>
        <source>The survey already asks about &quot;%1&quot;. Choose another name.</source>
        <translation>问卷中已有“%1”这一维度。请换一个名称。</translation>
    </message>
    <message>
        <source>The survey has no dimension %1. Reload the template and try again.</source>
        <translation>问卷中没有维度 %1。请重新加载问卷模板后重试。</translation>
    </message>
    <message>
        <source>The survey template could not be read.</source>
        <translation>无法读取问卷模板。</translation>
    </message>
    <message>
        <source>There is no survey template for this site. Ask your administrator to set one up.</source>
        <translation>本机构还没有问卷模板。请联系管理员设置。</translation>
    </message>
    <message>
        <source>The survey template does not exist.</source>
        <translation>问卷模板不存在。</translation>
    </message>
    <message>
        <source>Only an administrator can change the survey template.</source>
        <translation>只有管理员可以修改问卷模板。</translation>
    </message>
    <message>
        <source>The survey template was changed meanwhile. Reload it and make your change again.</source>
        <translation>问卷模板在此期间已被修改。请重新加载，然后再次进行修改。</translation>
    </message>
    <message>
        <source>The survey template could not be saved.</source>
        <translation>无法保存问卷模板。</translation>
    </message>
    <message>
        <source>The survey template could not be saved; it was not changed.</source>
        <translation>无法保存问卷模板；模板未做任何更改。</translation>
    </message>
    <message>
        <source>Choose a position from 1 to %1.</source>
        <translation>请选择 1 到 %1 之间的位置。</translation>
    </message>
    <message>
        <source>Choose the customer who answered.</source>
        <translation>请选择填写问卷的客户。</translation>
    </message>
    <message>
        <source>The survey date lies in the future. Check the date and the time.</source>
        <translation>调查日期在未来。请检查日期和时间。</translation>
    </message>
    <message>
        <source>Overall satisfaction must be from 1 to 5.</source>
        <translation>总体满意度必须为 1 到 5。</translation>
    </message>
    <message>
        <source>Likelihood to recommend must be from 0 to 10.</source>
        <translation>推荐意愿必须为 0 到 10。</translation>
    </message>
    <message>
        <source>Each dimension score must be from 1 to 5 (%1 was %2).</source>
        <translation>各维度评分必须为 1 到 5（%1 为 %2）。</translation>
    </message>
    <message>
        <source>The form is empty. Enter at least one answer or a comment.</source>
        <translation>问卷为空。请至少填写一项回答或一条意见。</translation>
    </message>
    <message>
        <source>The comment is too long; keep it under 4000 characters.</source>
        <translation>意见过长；请控制在 4000 个字符以内。</translation>
    </message>
    <message>
        <source>The survey no longer asks about %1. Reload the form and enter it again.</source>
        <translation>问卷中已不再包含 %1。请重新加载表单后再次录入。</translation>
    </message>
    <message>
        <source>%1 was scored twice. Enter one score per dimension.</source>
        <translation>%1 被评分了两次。每个维度只能填写一个评分。</translation>
    </message>
    <message>
        <source>The customer could not be read.</source>
        <translation>无法读取该客户。</translation>
    </message>
    <message>
        <source>The customer does not exist. Search for the customer again and enter the form there.</source>
        <translation>该客户不存在。请重新搜索该客户，并在其资料中录入问卷。</translation>
    </message>
    <message>
        <source>This customer was merged into another record. Enter the form on the customer that was kept.</source>
        <translation>该客户已合并到另一条记录。请在保留的客户记录中录入问卷。</translation>
    </message>
    <message>
        <source>The visit could not be read.</source>
        <translation>无法读取该就诊记录。</translation>
    </message>
    <message>
        <source>The linked visit belongs to another customer. Choose one of this customer&apos;s visits.</source>
        <translation>关联的就诊记录属于另一位客户。请选择该客户自己的就诊记录。</translation>
    </message>
    <message>
        <source>The survey response could not be saved; nothing was recorded.</source>
        <translation>无法保存该满意度调查结果；未记录任何内容。</translation>
    </message>
    <message>
        <source>Response %1: %2</source>
        <translation>调查结果 %1：%2</translation>
    </message>
    <message>
        <source>The survey responses could not be saved.</source>
        <translation>无法保存这些满意度调查结果。</translation>
    </message>
    <message>
        <source>The survey responses could not be saved; none were added.</source>
        <translation>无法保存这些满意度调查结果；未添加任何结果。</translation>
    </message>
    <message>
        <source>The survey responses could not be read.</source>
        <translation>无法读取满意度调查结果。</translation>
    </message>
    <message>
        <source>The survey scores could not be read.</source>
        <translation>无法读取满意度调查评分。</translation>
    </message>
    <message>
        <source>The customers who answered could not be read.</source>
        <translation>无法读取参与调查的客户。</translation>
    </message>
    <message>
        <source>The survey filter choices could not be read.</source>
        <translation>无法读取满意度调查的筛选选项。</translation>
    </message>
</context>
<context>
    <name>caredesk::core::FollowUpsTr</name>
    <message>
        <source>Post-visit call</source>
        <translation>诊后回访</translation>
    </message>
    <message>
        <source>Medication adherence check</source>
        <translation>用药依从性回访</translation>
    </message>
    <message>
        <source>Satisfaction follow-up</source>
        <translation>满意度回访</translation>
    </message>
    <message>
        <source>Complaint closure call</source>
        <translation>投诉结案回访</translation>
    </message>
    <message>
        <source>Win-back call</source>
        <translation>挽回回访</translation>
    </message>
    <message>
        <source>Refill reminder</source>
        <translation>续药提醒</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Reached, all well</source>
        <translation>已接通，一切正常</translation>
    </message>
    <message>
        <source>Reached, has an issue</source>
        <translation>已接通，有问题反馈</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>无人接听</translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation>号码错误</translation>
    </message>
    <message>
        <source>Declined to talk</source>
        <translation>拒绝沟通</translation>
    </message>
    <message>
        <source>Asked to be called back</source>
        <translation>要求回电</translation>
    </message>
    <message>
        <source>Call after a visit</source>
        <translation>就诊后回访</translation>
    </message>
    <message>
        <source>Unhappy survey answer</source>
        <translation>满意度调查不满意</translation>
    </message>
    <message>
        <source>Complaint resolved</source>
        <translation>投诉已解决</translation>
    </message>
    <message>
        <source>Customer turned dormant</source>
        <translation>客户转为沉睡</translation>
    </message>
    <message>
        <source>Medication about to run out</source>
        <translation>药品即将用完</translation>
    </message>
    <message>
        <source>A fixed staff account</source>
        <translation>指定的工作人员账号</translation>
    </message>
    <message>
        <source>The complaint&apos;s owner</source>
        <translation>投诉负责人</translation>
    </message>
    <message>
        <source>Whoever recorded the visit</source>
        <translation>登记该就诊的人员</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) after a visit: %1</source>
        <translation>
            <numerusform>就诊后 %n 天：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>no kind chosen</source>
        <translation>未选择就诊类型</translation>
    </message>
    <message numerus="yes">
        <source>NPS 0–6 or CSAT 1–2 opens a complaint, call within %n day(s)</source>
        <translation>
            <numerusform>净推荐值 0–6 或满意度评分 1–2 时创建投诉，%n 天内致电</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Verification call %n day(s) after a complaint is resolved</source>
        <translation>
            <numerusform>投诉解决后 %n 天进行核实回访</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Win-back call %n day(s) after a customer turns dormant</source>
        <translation>
            <numerusform>客户转为沉睡 %n 天后进行挽回回访</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reminder %n day(s) before a purchase&apos;s supply runs out</source>
        <translation>
            <numerusform>所购药品用完前 %n 天发送提醒</numerusform>
        </translation>
    </message>
    <message>
        <source>The follow-up rules could not be read.</source>
        <translation>无法读取回访规则。</translation>
    </message>
    <message>
        <source>The follow-up rule could not be read.</source>
        <translation>无法读取该回访规则。</translation>
    </message>
    <message>
        <source>There is no follow-up rule %1.</source>
        <translation>不存在回访规则 %1。</translation>
    </message>
    <message>
        <source>Only service officers, managers and administrators can change follow-up rules.</source>
        <translation>只有客服专员、经理和管理员可以修改回访规则。</translation>
    </message>
    <message>
        <source>The number of days must be between 0 and 366.</source>
        <translation>天数必须在 0 到 366 之间。</translation>
    </message>
    <message>
        <source>Choose at least one kind of visit that is followed up.</source>
        <translation>请至少选择一种需要回访的就诊类型。</translation>
    </message>
    <message>
        <source>%1 is not an enabled staff account. Choose another one.</source>
        <translation>%1 不是已启用的工作人员账号，请选择其他账号。</translation>
    </message>
    <message>
        <source>The script must stay under 4000 characters.</source>
        <translation>话术不能超过 4000 个字符。</translation>
    </message>
    <message>
        <source>The follow-up rule could not be saved.</source>
        <translation>无法保存回访规则。</translation>
    </message>
    <message>
        <source>The follow-ups could not be read.</source>
        <translation>无法读取回访。</translation>
    </message>
    <message>
        <source>The follow-up could not be saved; nothing was changed.</source>
        <translation>无法保存回访，未做任何更改。</translation>
    </message>
    <message>
        <source>Only service officers, managers and administrators can do this. Ask one of them.</source>
        <translation>只有客服专员、经理和管理员可以执行此操作，请联系他们。</translation>
    </message>
    <message>
        <source>Sign in with an enabled staff account to work on follow-ups.</source>
        <translation>请使用已启用的工作人员账号登录后再处理回访。</translation>
    </message>
    <message>
        <source>This follow-up is assigned to %1. Only they, or a service officer, manager or administrator, can work on it.</source>
        <translation>该回访已分配给 %1。只有其本人或客服专员、经理、管理员可以处理。</translation>
    </message>
    <message>
        <source>Sign in with an enabled staff account to add follow-ups.</source>
        <translation>请使用已启用的工作人员账号登录后再添加回访。</translation>
    </message>
    <message>
        <source>Choose the day the call is due.</source>
        <translation>请选择回访电话的到期日。</translation>
    </message>
    <message>
        <source>The due day lies in the past. Choose today or a later day.</source>
        <translation>到期日已过，请选择今天或之后的日期。</translation>
    </message>
    <message>
        <source>The script and the notes must each stay under %1 characters.</source>
        <translation>话术和备注均不能超过 %1 个字符。</translation>
    </message>
    <message>
        <source>Choose who makes the call: an enabled staff account.</source>
        <translation>请选择拨打电话的人员：须为已启用的工作人员账号。</translation>
    </message>
    <message>
        <source>The customer does not exist. Search for the customer again.</source>
        <translation>该客户不存在，请重新查找客户。</translation>
    </message>
    <message>
        <source>This customer was merged into another record. Add the follow-up on the customer that was kept.</source>
        <translation>该客户已合并到另一条记录，请在保留的客户记录上添加回访。</translation>
    </message>
    <message>
        <source>The follow-up could not be saved.</source>
        <translation>无法保存回访。</translation>
    </message>
    <message>
        <source>The follow-up no longer exists. Reload the list and try again.</source>
        <translation>该回访已不存在，请重新加载列表后重试。</translation>
    </message>
    <message>
        <source>This follow-up is already %1. Reload the list to see what is still open.</source>
        <translation>该回访的状态已是“%1”。请重新加载列表，查看仍待处理的回访。</translation>
    </message>
    <message>
        <source>The result must stay under %1 characters.</source>
        <translation>结果说明不能超过 %1 个字符。</translation>
    </message>
    <message>
        <source>Only a call with no answer or one the customer asked to repeat can be tried again on another day. Leave the new day empty.</source>
        <translation>只有无人接听或客户要求回电的电话才能改日重拨，请将新日期留空。</translation>
    </message>
    <message>
        <source>The new day lies in the past. Choose today or a later day.</source>
        <translation>新日期已过，请选择今天或之后的日期。</translation>
    </message>
    <message>
        <source>The outcome could not be saved.</source>
        <translation>无法保存结果。</translation>
    </message>
    <message>
        <source>Say why the call moves to another day.</source>
        <translation>请说明改期原因。</translation>
    </message>
    <message>
        <source>The follow-up could not be moved.</source>
        <translation>无法为回访改期。</translation>
    </message>
    <message>
        <source>Choose an enabled staff account to give it to.</source>
        <translation>请选择要转交的已启用工作人员账号。</translation>
    </message>
    <message>
        <source>The follow-up could not be reassigned.</source>
        <translation>无法重新分配回访。</translation>
    </message>
    <message>
        <source>Say why the follow-up is cancelled.</source>
        <translation>请说明取消回访的原因。</translation>
    </message>
    <message>
        <source>The follow-up could not be cancelled.</source>
        <translation>无法取消回访。</translation>
    </message>
    <message>
        <source>The follow-up rules could not run; no task was created. Try again.</source>
        <translation>回访规则无法运行，未创建任何任务。请重试。</translation>
    </message>
    <message>
        <source>The follow-up rules could not run.</source>
        <translation>回访规则无法运行。</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>未提供</translation>
    </message>
    <message>
        <source>Unhappy survey answer (NPS %1, CSAT %2).</source>
        <translation>满意度调查结果不满意（净推荐值 %1，满意度评分 %2）。</translation>
    </message>
    <message>
        <source>%1 The customer wrote: %2</source>
        <translation>%1 客户留言：%2</translation>
    </message>
    <message>
        <source>The customer came back on %1.</source>
        <translation>客户已于 %1 再次到店。</translation>
    </message>
    <message>
        <source>A later purchase was recorded on %1.</source>
        <translation>已于 %1 记录到后续购药。</translation>
    </message>
    <message>
        <source>The demo follow-ups could not be generated.</source>
        <translation>无法生成演示回访数据。</translation>
    </message>
    <message>
        <source>Feeling better, no questions.</source>
        <translation>感觉好转，没有疑问。</translation>
    </message>
    <message>
        <source>Satisfied, will come again.</source>
        <translation>很满意，会再来。</translation>
    </message>
    <message>
        <source>Understood the advice.</source>
        <translation>已理解相关建议。</translation>
    </message>
    <message>
        <source>Still has symptoms; booked a follow-up visit.</source>
        <translation>仍有症状，已预约复诊。</translation>
    </message>
    <message>
        <source>Unhappy with the waiting time.</source>
        <translation>对等候时间不满意。</translation>
    </message>
    <message>
        <source>Busy, did not want to talk.</source>
        <translation>正忙，不愿沟通。</translation>
    </message>
    <message>
        <source>Number no longer in use.</source>
        <translation>该号码已停用。</translation>
    </message>
    <message>
        <source>Ask whether the medication is taken as prescribed and about any side effects.</source>
        <translation>询问是否遵医嘱用药，以及有无副作用。</translation>
    </message>
    <message>
        <source>Ask how the customer feels since the visit, whether the advice was clear and if anything is unresolved.</source>
        <translation>询问客户就诊后的感受、医嘱是否清楚，以及是否还有未解决的问题。</translation>
    </message>
    <message>
        <source>Thank the customer for the feedback, apologise, ask what went wrong and what would put it right.</source>
        <translation>感谢客户的反馈并致歉，询问哪里做得不好，以及怎样做才能弥补。</translation>
    </message>
    <message>
        <source>Confirm the resolution reached the customer and ask whether they are satisfied with it.</source>
        <translation>确认客户已知晓处理结果，并询问是否满意。</translation>
    </message>
    <message>
        <source>We have not seen the customer for a while: ask how they are and invite them to a check-up.</source>
        <translation>客户已有一段时间未到店：问候近况，并邀请其来做一次检查。</translation>
    </message>
    <message>
        <source>The medication runs out in a few days: remind the customer to refill and ask about side effects.</source>
        <translation>药品将在几天内用完：提醒客户及时续药，并询问有无副作用。</translation>
    </message>
    <message>
        <source>The consent history could not be read.</source>
        <translation>无法读取同意记录。</translation>
    </message>
    <message>
        <source>This customer has not agreed to marketing calls by phone, so no win-back call can be planned. If the customer agrees, record the consent on the profile first.</source>
        <translation>该客户未同意接收电话营销，因此不能安排挽回回访。如客户同意，请先在客户档案中登记同意。</translation>
    </message>
    <message>
        <source>This customer withdrew consent to survey calls by phone, so no survey call can be planned.</source>
        <translation>该客户已撤回电话调查的同意，因此不能安排调查回访。</translation>
    </message>
    <message>
        <source>This customer withdrew consent to service calls by phone, so no call can be planned. Record a new consent on the profile if the customer agrees again.</source>
        <translation>该客户已撤回电话服务回访的同意，因此不能安排回访。如客户再次同意，请在客户档案中登记新的同意。</translation>
    </message>
</context>
<context>
    <name>caredesk::core::LoyaltyTr</name>
    <message>
        <source>Standard</source>
        <translation>普通会员</translation>
    </message>
    <message>
        <source>Silver</source>
        <translation>银卡会员</translation>
    </message>
    <message>
        <source>Gold</source>
        <translation>金卡会员</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP 会员</translation>
    </message>
    <message>
        <source>Points per currency unit for %1 must be between 0 and 1000.</source>
        <translation>%1 每消费 1 元获得的积分必须在 0 到 1000 之间。</translation>
    </message>
    <message>
        <source>Points expiry must be between 0 (never) and 120 months.</source>
        <translation>积分有效期必须在 0（永不过期）到 120 个月之间。</translation>
    </message>
    <message>
        <source>The tier qualification window must be between 1 and 60 months.</source>
        <translation>会员等级的定级周期必须在 1 到 60 个月之间。</translation>
    </message>
    <message>
        <source>The first tier must need 0 qualifying points.</source>
        <translation>最低会员等级所需的定级积分必须为 0。</translation>
    </message>
    <message>
        <source>Tier %1 must need more points than the tier below it.</source>
        <translation>会员等级 %1 所需的积分必须多于其下一级。</translation>
    </message>
    <message>
        <source>Tier names cannot contain commas or colons.</source>
        <translation>会员等级名称不能包含逗号或冒号。</translation>
    </message>
    <message>
        <source>The referral reward cannot be negative and the redemption value needs at least 1 point per unit.</source>
        <translation>推荐奖励不能为负数；兑换时每 1 元至少需要 1 积分。</translation>
    </message>
    <message>
        <source>The loyalty settings could not be read.</source>
        <translation>无法读取会员积分设置。</translation>
    </message>
    <message>
        <source>Only an administrator or a manager can change the loyalty programme.</source>
        <translation>只有管理员或经理可以修改会员积分方案。</translation>
    </message>
    <message>
        <source>The loyalty settings could not be saved.</source>
        <translation>无法保存会员积分设置。</translation>
    </message>
    <message>
        <source>The loyalty settings could not be saved; nothing was changed.</source>
        <translation>无法保存会员积分设置；未做任何更改。</translation>
    </message>
    <message>
        <source>Earned</source>
        <translation>获得</translation>
    </message>
    <message>
        <source>Redeemed</source>
        <translation>兑换</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>过期</translation>
    </message>
    <message>
        <source>Adjusted</source>
        <translation>调整</translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation>冲正</translation>
    </message>
    <message>
        <source>Referral reward</source>
        <translation>推荐奖励</translation>
    </message>
    <message>
        <source>The loyalty ledger could not be read.</source>
        <translation>无法读取积分流水。</translation>
    </message>
    <message>
        <source>The loyalty ledger could not be saved; nothing was changed.</source>
        <translation>无法保存积分流水；未做任何更改。</translation>
    </message>
    <message>
        <source>There is no customer with id %1.</source>
        <translation>没有编号为 %1 的客户。</translation>
    </message>
    <message>
        <source>The balance is %1 points, not enough for %2 points.</source>
        <translation>积分余额为 %1，不足 %2 积分。</translation>
    </message>
    <message>
        <source>A purchase line cannot have a negative amount; reverse the earn instead.</source>
        <translation>消费明细的金额不能为负数；如需退回积分，请冲正该笔获得记录。</translation>
    </message>
    <message>
        <source>The points could not be saved.</source>
        <translation>无法保存积分。</translation>
    </message>
    <message>
        <source>Redeem a positive number of points.</source>
        <translation>兑换的积分数必须大于 0。</translation>
    </message>
    <message>
        <source>Points cannot pay for prescription drugs (Rx) under the programme&apos;s rules.</source>
        <translation>按照会员积分方案的规则，积分不能用于兑换处方药 (Rx)。</translation>
    </message>
    <message>
        <source>The redemption could not be saved.</source>
        <translation>无法保存本次兑换。</translation>
    </message>
    <message>
        <source>An adjustment needs a reason.</source>
        <translation>积分调整需要填写原因。</translation>
    </message>
    <message>
        <source>An adjustment needs a number of points other than 0.</source>
        <translation>调整的积分数不能为 0。</translation>
    </message>
    <message>
        <source>The adjustment could not be saved.</source>
        <translation>无法保存积分调整。</translation>
    </message>
    <message>
        <source>A reversal needs a reason.</source>
        <translation>冲正需要填写原因。</translation>
    </message>
    <message>
        <source>The reversal could not be saved.</source>
        <translation>无法保存冲正记录。</translation>
    </message>
    <message>
        <source>There is no ledger entry %1.</source>
        <translation>积分流水 %1 不存在。</translation>
    </message>
    <message>
        <source>Expiries and reversals cannot be reversed; adjust the balance instead.</source>
        <translation>过期和冲正记录不能再冲正；请改为调整余额。</translation>
    </message>
    <message>
        <source>Ledger entry %1 has already been reversed.</source>
        <translation>积分流水 %1 已被冲正。</translation>
    </message>
    <message>
        <source>Nothing is left to take back: the points of entry %1 have expired.</source>
        <translation>没有可扣回的积分：流水 %1 的积分已过期。</translation>
    </message>
    <message>
        <source>%1 of these points have already been redeemed and the rest of the balance is %2 points. Reverse the redemption first, or adjust.</source>
        <translation>其中 %1 积分已被兑换，剩余余额为 %2 积分。请先冲正该笔兑换，或改为调整余额。</translation>
    </message>
    <message>
        <source>Nothing can be given back: the points of entry %1 would have expired.</source>
        <translation>无法退还积分：流水 %1 的积分本应已过期。</translation>
    </message>
    <message>
        <source>A customer cannot refer themselves.</source>
        <translation>客户不能推荐自己。</translation>
    </message>
    <message>
        <source>The programme pays no referral reward.</source>
        <translation>当前会员积分方案不发放推荐奖励。</translation>
    </message>
    <message>
        <source>The referral reward could not be saved.</source>
        <translation>无法保存推荐奖励。</translation>
    </message>
    <message>
        <source>Customer %1 was referred by someone else.</source>
        <translation>客户 %1 已由其他人推荐。</translation>
    </message>
    <message>
        <source>The referral reward for customer %1 has already been paid.</source>
        <translation>客户 %1 的推荐奖励已经发放。</translation>
    </message>
    <message>
        <source>The expiry run could not be saved.</source>
        <translation>无法保存本次积分过期处理。</translation>
    </message>
    <message>
        <source>The tier could not be saved.</source>
        <translation>无法保存会员等级。</translation>
    </message>
    <message>
        <source>The tiers could not be saved.</source>
        <translation>无法保存这些会员等级。</translation>
    </message>
    <message>
        <source>The statement period must start on or before its end.</source>
        <translation>积分对账单的开始日期不能晚于结束日期。</translation>
    </message>
    <message>
        <source>Demo redemption</source>
        <translation>演示兑换</translation>
    </message>
    <message>
        <source>Choose the day the overview is for.</source>
        <translation>请选择概览所对应的日期。</translation>
    </message>
    <message>
        <source>The demo loyalty history could not be saved.</source>
        <translation>演示用的积分记录未能保存。</translation>
    </message>
    <message>
        <source>Every tier needs a name. Name it or remove it.</source>
        <translation>每个会员等级都需要名称。请填写名称或删除该等级。</translation>
    </message>
    <message>
        <source>Two tiers are called %1. Give each tier its own name.</source>
        <translation>有两个会员等级都叫“%1”。请为每个等级取不同的名称。</translation>
    </message>
</context>
<context>
    <name>caredesk::core::PrivacyTr</name>
    <message>
        <source>Profile</source>
        <translation>基本资料</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Consent history</source>
        <translation>授权历史</translation>
    </message>
    <message>
        <source>Merged duplicate records</source>
        <translation>已合并的重复记录</translation>
    </message>
    <message>
        <source>Visits and purchases</source>
        <translation>就诊与购药</translation>
    </message>
    <message>
        <source>Purchased items</source>
        <translation>购买的商品</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>沟通记录</translation>
    </message>
    <message>
        <source>Satisfaction surveys</source>
        <translation>满意度调查</translation>
    </message>
    <message>
        <source>Survey scores</source>
        <translation>调查评分</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Complaint history</source>
        <translation>投诉历史</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Follow-up reschedules</source>
        <translation>回访改期</translation>
    </message>
    <message>
        <source>Loyalty points</source>
        <translation>会员积分</translation>
    </message>
    <message>
        <source>Points allocations</source>
        <translation>积分分配</translation>
    </message>
    <message>
        <source>Membership tier changes</source>
        <translation>会员等级变更</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>营销活动</translation>
    </message>
    <message>
        <source>Campaign participation</source>
        <translation>营销活动参与</translation>
    </message>
    <message>
        <source>Legal hold</source>
        <translation>法律保留</translation>
    </message>
    <message>
        <source>Anonymisation</source>
        <translation>匿名化</translation>
    </message>
    <message>
        <source>Audit trail about this customer</source>
        <translation>关于该客户的审计记录</translation>
    </message>
    <message>
        <source>The customer&apos;s records could not be read.</source>
        <translation>无法读取该客户的记录。</translation>
    </message>
    <message>
        <source>Only an administrator can set or clear a legal hold. Ask your administrator.</source>
        <translation>只有管理员可以设置或解除法律保留。请联系管理员。</translation>
    </message>
    <message>
        <source>Anonymised %1</source>
        <translation>已匿名化 %1</translation>
    </message>
    <message>
        <source>The customer could not be read.</source>
        <translation>无法读取该客户。</translation>
    </message>
    <message>
        <source>Customer %1 does not exist. Search for the customer by name or phone.</source>
        <translation>客户 %1 不存在。请按姓名或电话搜索该客户。</translation>
    </message>
    <message>
        <source>The export could not be written to %1. Check that the folder exists and that you may write there, then try again.</source>
        <translation>无法将导出内容写入 %1。请检查该文件夹是否存在以及您是否有写入权限，然后重试。</translation>
    </message>
    <message>
        <source>The legal holds could not be read.</source>
        <translation>无法读取法律保留。</translation>
    </message>
    <message>
        <source>Legal hold set by %1: %2</source>
        <translation>法律保留由 %1 设置：%2</translation>
    </message>
    <message>
        <source>Complaint %1 reported an adverse drug reaction to the manufacturer or the regulator; its records must be kept for inspection.</source>
        <translation>投诉 %1 已向生产企业或药品监管部门报告药品不良反应；其记录必须保留以备检查。</translation>
    </message>
    <message>
        <source>Complaint %1 is still open; close it first.</source>
        <translation>投诉 %1 仍未结案；请先结案。</translation>
    </message>
    <message>
        <source>Enter why the records must be kept (for example the case or letter).</source>
        <translation>请输入必须保留记录的原因（例如案件或函件）。</translation>
    </message>
    <message>
        <source>The legal hold could not be saved.</source>
        <translation>无法保存法律保留。</translation>
    </message>
    <message>
        <source>The legal hold could not be cleared.</source>
        <translation>无法解除法律保留。</translation>
    </message>
    <message>
        <source>Customer %1 has no legal hold.</source>
        <translation>客户 %1 没有法律保留。</translation>
    </message>
    <message>
        <source>The customer could not be anonymised; nothing was changed.</source>
        <translation>无法匿名化该客户；未做任何更改。</translation>
    </message>
    <message>
        <source>Customer %1 does not exist or was merged into another record. Open the record it was merged into instead.</source>
        <translation>客户 %1 不存在或已合并到其他记录。请改为打开其合并到的记录。</translation>
    </message>
    <message>
        <source>Customer %1 is already anonymised.</source>
        <translation>客户 %1 已匿名化。</translation>
    </message>
    <message>
        <source>This customer cannot be anonymised while a legal hold applies: %1</source>
        <translation>存在法律保留，无法匿名化该客户：%1</translation>
    </message>
    <message>
        <source>(removed when the customer was anonymised)</source>
        <translation>（客户匿名化时已删除）</translation>
    </message>
</context>
<context>
    <name>caredesk::core::StorageTr</name>
    <message>
        <source>The database connection is closed.</source>
        <translation>数据库连接已关闭。</translation>
    </message>
    <message>
        <source>The SQL text is too long.</source>
        <translation>SQL 文本过长。</translation>
    </message>
    <message>
        <source>Unable to prepare the statement.</source>
        <translation>无法准备该语句。</translation>
    </message>
    <message>
        <source>The query contains no SQL statement.</source>
        <translation>该查询不包含 SQL 语句。</translation>
    </message>
    <message>
        <source>A prepared query takes a single SQL statement.</source>
        <translation>预处理查询只能包含一条 SQL 语句。</translation>
    </message>
    <message>
        <source>Run several statements with exec(text) instead.</source>
        <translation>多条语句请改用 exec(text) 执行。</translation>
    </message>
    <message>
        <source>Parameter count mismatch.</source>
        <translation>参数数量不匹配。</translation>
    </message>
    <message>
        <source>Statements with placeholders must be prepared one at a time.</source>
        <translation>带占位符的语句必须逐条预处理。</translation>
    </message>
    <message>
        <source>Unable to execute the statement.</source>
        <translation>无法执行该语句。</translation>
    </message>
    <message>
        <source>The query has not been prepared.</source>
        <translation>该查询尚未预处理。</translation>
    </message>
    <message>
        <source>%1 values were bound for %2 placeholders.</source>
        <translation>为 %2 个占位符绑定了 %1 个值。</translation>
    </message>
    <message>
        <source>%1 of %2 placeholders have no value bound.</source>
        <translation>%2 个占位符中有 %1 个未绑定值。</translation>
    </message>
    <message>
        <source>A value of an unsupported type was bound.</source>
        <translation>绑定了不支持类型的值。</translation>
    </message>
    <message>
        <source>Unable to bind a value.</source>
        <translation>无法绑定值。</translation>
    </message>
    <message>
        <source>Unable to fetch the row.</source>
        <translation>无法读取该行。</translation>
    </message>
    <message>
        <source>Error opening database</source>
        <translation>打开数据库时出错</translation>
    </message>
    <message>
        <source>The encryption key was already used; set it again before reopening.</source>
        <translation>加密密钥已被使用；重新打开前请再次设置。</translation>
    </message>
    <message>
        <source>The encryption key must be %1 bytes long.</source>
        <translation>加密密钥长度必须为 %1 字节。</translation>
    </message>
    <message>
        <source>The cipher settings are not valid.</source>
        <translation>加密设置无效。</translation>
    </message>
    <message>
        <source>Unknown or malformed connection option: %1</source>
        <translation>未知或格式错误的连接选项：%1</translation>
    </message>
    <message>
        <source>Unable to set the encryption key.</source>
        <translation>无法设置加密密钥。</translation>
    </message>
    <message>
        <source>Unable to apply the cipher settings.</source>
        <translation>无法应用加密设置。</translation>
    </message>
    <message>
        <source>Unable to begin the transaction.</source>
        <translation>无法开始事务。</translation>
    </message>
    <message>
        <source>Unable to commit the transaction.</source>
        <translation>无法提交事务。</translation>
    </message>
    <message>
        <source>Unable to roll back the transaction.</source>
        <translation>无法回滚事务。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Choose an existing folder.</source>
        <translation>文件夹 %1 不存在。请选择一个已存在的文件夹。</translation>
    </message>
    <message>
        <source>CareDesk cannot write to %1. Move the database and its keyring to a folder you can write to (for example your Documents folder) and open it there.</source>
        <translation>CareDesk 无法写入 %1。请将数据库及其密钥环移到您有写入权限的文件夹（例如“文档”文件夹），再从那里打开。</translation>
    </message>
    <message>
        <source>This database is already open in another CareDesk (process %1 on %2). Close it there first, then try again.</source>
        <translation>该数据库已在另一个 CareDesk 中打开（%2 上的进程 %1）。请先在那里关闭，然后重试。</translation>
    </message>
    <message>
        <source>CareDesk cannot write to the folder that holds the database. Move the database and its keyring to a folder you can write to.</source>
        <translation>CareDesk 无法写入存放数据库的文件夹。请将数据库及其密钥环移到您有写入权限的文件夹。</translation>
    </message>
    <message>
        <source>The database could not be locked for use. Try again.</source>
        <translation>无法锁定数据库以供使用。请重试。</translation>
    </message>
    <message>
        <source>The database could not be opened.</source>
        <translation>无法打开数据库。</translation>
    </message>
    <message>
        <source>The database could not be decrypted: the file is damaged or truncated, or its keyring belongs to another database. Restore both files from the latest backup; the file was not changed.</source>
        <translation>无法解密数据库：文件已损坏或不完整，或者其密钥环属于另一个数据库。请从最近的备份恢复这两个文件；该文件未被更改。</translation>
    </message>
    <message>
        <source>The database could not be read.</source>
        <translation>无法读取数据库。</translation>
    </message>
    <message>
        <source>This CareDesk was built without database encryption and will not open patient data. Reinstall CareDesk.</source>
        <translation>此 CareDesk 构建时未包含数据库加密，不会打开患者数据。请重新安装 CareDesk。</translation>
    </message>
    <message>
        <source>The database engine could not be checked.</source>
        <translation>无法检查数据库引擎。</translation>
    </message>
    <message>
        <source>The database could not be set up.</source>
        <translation>无法设置数据库。</translation>
    </message>
    <message>
        <source>Enter the name of the clinic or pharmacy.</source>
        <translation>请输入诊所或药店的名称。</translation>
    </message>
    <message>
        <source>%1 already exists. Open it instead, or choose another file name for the new database.</source>
        <translation>%1 已存在。请直接打开它，或为新数据库另选一个文件名。</translation>
    </message>
    <message>
        <source>The new database could not be written.</source>
        <translation>无法写入新数据库。</translation>
    </message>
    <message>
        <source>There is no database at %1. Check the file name, or create a new database.</source>
        <translation>%1 处没有数据库。请检查文件名，或创建新数据库。</translation>
    </message>
    <message>
        <source>%1 cannot be read. Check its permissions, then try again.</source>
        <translation>无法读取 %1。请检查其权限，然后重试。</translation>
    </message>
    <message>
        <source>%1 is an unencrypted SQLite database, not a CareDesk database. Choose the CareDesk database file instead.</source>
        <translation>%1 是未加密的 SQLite 数据库，不是 CareDesk 数据库。请改选 CareDesk 数据库文件。</translation>
    </message>
    <message>
        <source>The database file is truncated (%1 bytes is not a whole number of pages). Restore it from the latest backup; the file was not changed.</source>
        <translation>数据库文件不完整（%1 字节不是整数个页面）。请从最近的备份恢复；该文件未被更改。</translation>
    </message>
    <message>
        <source>The keyring does not match its own key check. Restore the keyring from the latest backup, or use the recovery key.</source>
        <translation>密钥环与其自身的密钥校验不符。请从最近的备份恢复密钥环，或使用恢复密钥。</translation>
    </message>
    <message>
        <source>%1 is not a CareDesk database. Choose the CareDesk database file instead.</source>
        <translation>%1 不是 CareDesk 数据库。请改选 CareDesk 数据库文件。</translation>
    </message>
    <message>
        <source>This database was written by a newer version of CareDesk (schema %1; this program knows up to %2). Install the newer CareDesk to open it; the file was not changed.</source>
        <translation>该数据库由较新版本的 CareDesk 写入（架构版本 %1；本程序最高支持 %2）。请安装新版 CareDesk 后再打开；该文件未被更改。</translation>
    </message>
    <message>
        <source>The keyring beside %1 belongs to another database. Put the database&apos;s own keyring beside it, or restore both from the same backup.</source>
        <translation>%1 旁边的密钥环属于另一个数据库。请将该数据库自己的密钥环放在它旁边，或从同一份备份恢复这两个文件。</translation>
    </message>
    <message>
        <source>CareDesk needs to update this database but could not take a safety copy first (%1). Free some disk space and try again; nothing was changed.</source>
        <translation>CareDesk 需要更新该数据库，但无法先创建安全副本（%1）。请释放一些磁盘空间后重试；未做任何更改。</translation>
    </message>
    <message>
        <source>There is no database at %1. Check the file name.</source>
        <translation>%1 处没有数据库。请检查文件名。</translation>
    </message>
    <message>
        <source>This recovery key belongs to another database. Find the key that was shown when this database was created.</source>
        <translation>该恢复密钥属于另一个数据库。请找到创建此数据库时显示的密钥。</translation>
    </message>
    <message>
        <source>The new account could not be saved.</source>
        <translation>无法保存新账户。</translation>
    </message>
    <message>
        <source>The staff list could not be read.</source>
        <translation>无法读取员工名单。</translation>
    </message>
    <message>
        <source>The integrity check could not run.</source>
        <translation>无法执行完整性检查。</translation>
    </message>
    <message>
        <source>The foreign-key check could not run.</source>
        <translation>无法执行外键检查。</translation>
    </message>
    <message>
        <source>Row %1 of table %2 refers to a missing row in %3.</source>
        <translation>表 %2 的第 %1 行引用了 %3 中不存在的行。</translation>
    </message>
    <message>
        <source>SQLCipher %1 on SQLite %2</source>
        <translation>SQLCipher %1（基于 SQLite %2）</translation>
    </message>
    <message>
        <source>The database&apos;s schema version could not be read.</source>
        <translation>无法读取数据库的架构版本。</translation>
    </message>
    <message>
        <source>The database could not start an update.</source>
        <translation>数据库无法开始更新。</translation>
    </message>
    <message>
        <source>Updating the database to schema %1 failed; it was left at schema %2. Report this to your administrator.</source>
        <translation>将数据库更新到架构版本 %1 失败；数据库仍为架构版本 %2。请报告给管理员。</translation>
    </message>
    <message>
        <source>Updating the database to schema %1 could not be saved.</source>
        <translation>无法保存到架构版本 %1 的数据库更新。</translation>
    </message>
    <message>
        <source>The disk is full, so nothing was saved. Free some space on the drive that holds the database, then try again.</source>
        <translation>磁盘已满，未保存任何内容。请在存放数据库的磁盘上释放一些空间，然后重试。</translation>
    </message>
    <message>
        <source>The database cannot be written here. Move it and its keyring to a folder you can write to, then open it from there.</source>
        <translation>无法在此写入数据库。请将它及其密钥环移到您有写入权限的文件夹，再从那里打开。</translation>
    </message>
    <message>
        <source>The database is busy in another CareDesk window or program. Wait a moment and try again.</source>
        <translation>数据库正被另一个 CareDesk 窗口或程序使用。请稍候再试。</translation>
    </message>
    <message>
        <source>The database file is damaged. Restore it from the latest backup; nothing further was written to it.</source>
        <translation>数据库文件已损坏。请从最近的备份恢复；未再向其写入任何内容。</translation>
    </message>
    <message>
        <source>The database file could not be read or written. Check that the drive is connected and working, then try again.</source>
        <translation>无法读写数据库文件。请检查磁盘是否已连接且工作正常，然后重试。</translation>
    </message>
    <message>
        <source>The keyring %1 is damaged and cannot be read. Restore it from the latest backup (it must sit beside the database), or use the recovery key.</source>
        <translation>密钥环 %1 已损坏，无法读取。请从最近的备份恢复（它必须与数据库放在同一文件夹），或使用恢复密钥。</translation>
    </message>
    <message>
        <source>The key slot of this account in the keyring is damaged. Restore the keyring from the latest backup, or ask an administrator to reset the password.</source>
        <translation>密钥环中该账户的密钥槽已损坏。请从最近的备份恢复密钥环，或请管理员重置密码。</translation>
    </message>
    <message>
        <source>CareDesk cannot write the keyring %1. Make sure the folder is not read-only and that your account may write to it, then try again. The keyring on disk was not changed.</source>
        <translation>CareDesk 无法写入密钥环 %1。请确认该文件夹不是只读的，并且您的账户有写入权限，然后重试。磁盘上的密钥环未被更改。</translation>
    </message>
    <message>
        <source>The disk is full, so the keyring %1 could not be saved. Free some space, then try again. The keyring on disk was not changed.</source>
        <translation>磁盘已满，无法保存密钥环 %1。请释放一些空间，然后重试。磁盘上的密钥环未被更改。</translation>
    </message>
    <message>
        <source>The keyring %1 could not be saved. Check that the disk is connected and working, then try again. The keyring on disk was not changed.</source>
        <translation>无法保存密钥环 %1。请检查磁盘是否已连接且工作正常，然后重试。磁盘上的密钥环未被更改。</translation>
    </message>
    <message>
        <source>The keyring %1 is missing. It must sit beside the database: restore it from the backup, or use the recovery key.</source>
        <translation>找不到密钥环 %1。它必须与数据库放在同一文件夹：请从备份恢复，或使用恢复密钥。</translation>
    </message>
    <message>
        <source>CareDesk cannot read the keyring %1. Check that your account may read the folder and that the disk is working, then try again.</source>
        <translation>CareDesk 无法读取密钥环 %1。请检查您的账户是否有权读取该文件夹，以及磁盘是否工作正常，然后重试。</translation>
    </message>
    <message>
        <source>CareDesk cannot read the keyring %1. Check that the disk is working, then try again.</source>
        <translation>CareDesk 无法读取密钥环 %1。请检查磁盘是否工作正常，然后重试。</translation>
    </message>
    <message>
        <source>The keyring %1 was written by a newer version of CareDesk. Install the newer CareDesk to open this database, or use the recovery key.</source>
        <translation>密钥环 %1 由较新版本的 CareDesk 写入。请安装新版 CareDesk 后再打开此数据库，或使用恢复密钥。</translation>
    </message>
    <message>
        <source>The keyring was not set up correctly. Please report this problem.</source>
        <translation>密钥环未正确设置。请报告此问题。</translation>
    </message>
    <message>
        <source>The database key has the wrong size. Please report this problem.</source>
        <translation>数据库密钥长度不正确。请报告此问题。</translation>
    </message>
    <message>
        <source>The password hashing settings are outside the supported range. Use the default settings.</source>
        <translation>密码哈希设置超出支持的范围。请使用默认设置。</translation>
    </message>
    <message>
        <source>The database key could not be protected. Please report this problem.</source>
        <translation>无法保护数据库密钥。请报告此问题。</translation>
    </message>
    <message>
        <source>The encryption library could not start. Please report this problem.</source>
        <translation>加密库无法启动。请报告此问题。</translation>
    </message>
    <message>
        <source>The recovery key contains &apos;%1&apos; in group %2, which is not used in recovery keys. They use only the letters A-Z and the digits 2-7; check that group against the printed key.</source>
        <translation>恢复密钥第 %2 组中含有“%1”，恢复密钥不使用该字符。恢复密钥只包含字母 A-Z 和数字 2-7；请对照打印的密钥检查该组。</translation>
    </message>
    <message>
        <source>A recovery key has 56 letters and digits (14 groups of 4), but %1 were read. Check for a missing or an extra group, then try again.</source>
        <translation>恢复密钥共有 56 个字母和数字（14 组，每组 4 个），但读取到 %1 个。请检查是否缺少或多出一组，然后重试。</translation>
    </message>
    <message>
        <source>The recovery key is not correct: a character was mistyped. Check each group against the printed key, then try again.</source>
        <translation>恢复密钥不正确：有字符输入错误。请对照打印的密钥逐组检查，然后重试。</translation>
    </message>
    <message>
        <source>There is no file at %1. Check the file name.</source>
        <translation>%1 处没有文件。请检查文件名。</translation>
    </message>
    <message>
        <source>%1 could not be read. Check that the disk is connected and that you may read the file, then try again.</source>
        <translation>无法读取 %1。请检查磁盘是否已连接、您是否有权读取该文件，然后重试。</translation>
    </message>
    <message>
        <source>CareDesk cannot write to %1. Choose a folder you can write to.</source>
        <translation>CareDesk 无法写入 %1。请选择一个可写入的文件夹。</translation>
    </message>
    <message>
        <source>Only an administrator or a manager can make a backup. Ask one of them.</source>
        <translation>只有管理员或经理可以备份。请联系他们。</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another file name for the backup, or move the old backup away first.</source>
        <translation>%1 已存在。请为备份另选文件名，或先移走旧备份。</translation>
    </message>
    <message>
        <source>A backup cannot be made while a change is being saved. Try again in a moment.</source>
        <translation>正在保存更改时无法备份。请稍后重试。</translation>
    </message>
    <message>
        <source>The backup %1 did not read back correctly and was removed: %2 Check the disk or choose another folder, then make the backup again.</source>
        <translation>备份 %1 回读校验失败，已被删除：%2 请检查磁盘或另选文件夹，然后重新备份。</translation>
    </message>
    <message>
        <source>The keyring in the backup does not belong to this database.</source>
        <translation>备份中的密钥环不属于此数据库。</translation>
    </message>
    <message>
        <source>%1 already exists; a restore never replaces files. Choose a new file name for the restored database, or move the existing files away first.</source>
        <translation>%1 已存在；恢复不会覆盖任何文件。请为恢复的数据库另选新文件名，或先移走现有文件。</translation>
    </message>
    <message>
        <source>The database in the backup failed its integrity check (%1), so it was not restored. Use another backup.</source>
        <translation>备份中的数据库未通过完整性检查（%1），因此未恢复。请使用其他备份。</translation>
    </message>
    <message>
        <source>The restored database could not be completed. Try the restore again.</source>
        <translation>恢复的数据库未能完成。请重新恢复。</translation>
    </message>
    <message>
        <source>The restored keyring could not be moved to %1. Check the folder, then try the restore again.</source>
        <translation>恢复的密钥环无法移动到 %1。请检查文件夹，然后重新恢复。</translation>
    </message>
    <message>
        <source>The restored database could not be moved to %1. Check the folder, then try the restore again.</source>
        <translation>恢复的数据库无法移动到 %1。请检查文件夹，然后重新恢复。</translation>
    </message>
    <message>
        <source>The backup %1 is damaged (it is truncated or some bytes changed) and cannot be restored. Use another copy of the backup.</source>
        <translation>备份 %1 已损坏（被截断或部分字节被改动），无法恢复。请使用该备份的其他副本。</translation>
    </message>
    <message>
        <source>%1 is not a CareDesk backup. Choose a file made with CareDesk&apos;s backup.</source>
        <translation>%1 不是 CareDesk 备份。请选择由 CareDesk 备份功能生成的文件。</translation>
    </message>
    <message>
        <source>The backup %1 was made by a newer version of CareDesk (format %2). Install the newer CareDesk to restore it.</source>
        <translation>备份 %1 由更新版本的 CareDesk 生成（格式 %2）。请安装新版 CareDesk 后再恢复。</translation>
    </message>
    <message>
        <source>The backup could not be made: the database is not open.</source>
        <translation>无法备份：数据库未打开。</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another file name.</source>
        <translation>%1 已存在。请另选文件名。</translation>
    </message>
    <message>
        <source>The database could not be copied for the backup. Check that there is enough free space in the backup folder, then try again.</source>
        <translation>无法复制数据库以进行备份。请检查备份文件夹是否有足够的可用空间，然后重试。</translation>
    </message>
    <message>
        <source>The backup could not be started in %1. Check that you may write to the folder, then try again.</source>
        <translation>无法在 %1 中开始备份。请检查您是否有权写入该文件夹，然后重试。</translation>
    </message>
    <message>
        <source>The database copy in the backup failed its integrity check. Run &quot;verify&quot; on the database, then make the backup again.</source>
        <translation>备份中的数据库副本未通过完整性检查。请对数据库运行“verify”，然后重新备份。</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another file name, or move the old file away first.</source>
        <translation>%1 已存在。请另选文件名，或先移走旧文件。</translation>
    </message>
    <message>
        <source>The disk is full, so %1 could not be written. Free some space, then try again.</source>
        <translation>磁盘已满，无法写入 %1。请释放一些空间，然后重试。</translation>
    </message>
    <message>
        <source>CareDesk cannot write %1. Choose a folder you can write to, then try again.</source>
        <translation>CareDesk 无法写入 %1。请选择一个可写入的文件夹，然后重试。</translation>
    </message>
    <message>
        <source>%1 could not be written. Check that the disk is connected and working, then try again.</source>
        <translation>无法写入 %1。请检查磁盘是否已连接且工作正常，然后重试。</translation>
    </message>
    <message>
        <source>The date of the last backup could not be read.</source>
        <translation>无法读取上次备份的日期。</translation>
    </message>
    <message>
        <source>CareDesk is locked. Unlock it, then try again.</source>
        <translation>CareDesk 已锁定。请解锁后重试。</translation>
    </message>
    <message>
        <source>The check stopped at damaged data: %1</source>
        <translation>检查在损坏的数据处停止：%1</translation>
    </message>
    <message>
        <source>The database could not be set to read-only.</source>
        <translation>无法将数据库设为只读。</translation>
    </message>
    <message>
        <source>%1 is still open. Close it in every CareDesk window first, then try again.</source>
        <translation>%1 仍处于打开状态。请先在所有 CareDesk 窗口中关闭它，然后重试。</translation>
    </message>
    <message>
        <source>%1 or its keyring is missing. Choose a database whose keyring is beside it.</source>
        <translation>%1 或其密钥环缺失。请选择一个旁边有密钥环的数据库。</translation>
    </message>
    <message>
        <source>The files could not be renamed in %1; every file was put back where it was. Check that no other program uses them, then try again.</source>
        <translation>无法重命名 %1 中的文件；所有文件均已恢复原位。请检查没有其他程序正在使用这些文件，然后重试。</translation>
    </message>
    <message>
        <source>%1 already exists. Move it away first, then try again.</source>
        <translation>%1 已存在。请先将其移走，然后重试。</translation>
    </message>
    <message>
        <source>%1 is not a database kept aside by a restore.</source>
        <translation>%1 不是恢复操作时保留的数据库。</translation>
    </message>
    <message>
        <source>The kept copy %1 could not be deleted completely. Delete it by hand.</source>
        <translation>无法完全删除保留的副本 %1。请手动删除。</translation>
    </message>
    <message>
        <source>This database is open read-only because it is damaged; nothing was saved. Restore the latest backup (File &gt; Restore…).</source>
        <translation>此数据库已损坏，因此以只读方式打开；未保存任何内容。请恢复最新备份（文件 &gt; 恢复…）。</translation>
    </message>
    <message>
        <source>The benchmark data needs an open CareDesk database.</source>
        <translation>生成基准测试数据需要先打开 CareDesk 数据库。</translation>
    </message>
    <message>
        <source>The generated data could not be saved; nothing was added. Check free disk space and try again.</source>
        <translation>无法保存生成的数据；未添加任何内容。请检查磁盘可用空间后重试。</translation>
    </message>
    <message>
        <source>Only an administrator can generate benchmark data. Sign in as one.</source>
        <translation>只有管理员可以生成基准测试数据。请以管理员身份登录。</translation>
    </message>
    <message>
        <source>The numbers of records to generate cannot be negative.</source>
        <translation>要生成的记录数不能为负数。</translation>
    </message>
    <message>
        <source>The integrity check was stopped before it finished.</source>
        <translation>完整性检查在完成前已停止。</translation>
    </message>
    <message>
        <source>CareDesk is closing; the work was not started.</source>
        <translation>CareDesk 正在关闭，未开始此项工作。</translation>
    </message>
</context>
<context>
    <name>caredesk::core::TimelineTr</name>
    <message>
        <source> · </source>
        <comment>separates the parts of a timeline line</comment>
        <translation> · </translation>
    </message>
    <message>
        <source>+%1 points</source>
        <translation>+%1 积分</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 积分</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>登记建档</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>联系同意</translation>
    </message>
    <message>
        <source>Merges</source>
        <translation>合并记录</translation>
    </message>
    <message>
        <source>Visits and purchases</source>
        <translation>就诊与消费</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>沟通记录</translation>
    </message>
    <message>
        <source>Satisfaction surveys</source>
        <translation>满意度调查</translation>
    </message>
    <message>
        <source>Loyalty points</source>
        <translation>会员积分</translation>
    </message>
    <message>
        <source>¥%1</source>
        <translation>¥%1</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>登记建档</translation>
    </message>
    <message>
        <source>Member number %1</source>
        <translation>会员号 %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Recorded by %1</source>
        <translation>记录人：%1</translation>
    </message>
    <message>
        <source>Consent given: %1</source>
        <translation>同意：%1</translation>
    </message>
    <message>
        <source>Consent withdrawn: %1</source>
        <translation>撤回同意：%1</translation>
    </message>
    <message>
        <source>%1 — “%2”</source>
        <translation>%1 — “%2”</translation>
    </message>
    <message>
        <source>Merged with duplicate record %1</source>
        <translation>已合并重复记录 %1</translation>
    </message>
    <message>
        <source>Merged into %1</source>
        <translation>已合并到 %1</translation>
    </message>
    <message>
        <source>By %1. Undone on %2.</source>
        <translation>操作人：%1。已于 %2 撤销。</translation>
    </message>
    <message>
        <source>By %1.</source>
        <translation>操作人：%1。</translation>
    </message>
    <message>
        <source>Seen by %1</source>
        <translation>接诊：%1</translation>
    </message>
    <message>
        <source>waited %1 min</source>
        <translation>等候 %1 分钟</translation>
    </message>
    <message>
        <source>%1 ×%2 (%3)</source>
        <translation>%1 ×%2（%3）</translation>
    </message>
    <message>
        <source>, </source>
        <comment>separates purchased items</comment>
        <translation>，</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>工作人员：%1</translation>
    </message>
    <message>
        <source>satisfaction %1/5</source>
        <translation>满意度 %1/5</translation>
    </message>
    <message>
        <source>would recommend %1/10</source>
        <translation>推荐意愿 %1/10</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>, </source>
        <comment>separates dimension scores</comment>
        <translation>，</translation>
    </message>
    <message>
        <source>Satisfaction survey (%1)</source>
        <translation>满意度调查（%1）</translation>
    </message>
    <message>
        <source>detractor</source>
        <translation>贬损者</translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation>%1 过期</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Follow-up calls</source>
        <translation>回访电话</translation>
    </message>
    <message>
        <source>Complaint no. %1: %2</source>
        <translation>投诉编号 %1：%2</translation>
    </message>
    <message>
        <source>satisfied with the outcome %1/5</source>
        <translation>对处理结果满意度 %1/5</translation>
    </message>
    <message>
        <source>handled by %1</source>
        <translation>由 %1 处理</translation>
    </message>
    <message>
        <source>%1 planned for %2</source>
        <translation>%1，计划于 %2</translation>
    </message>
    <message>
        <source>assigned to %1</source>
        <translation>负责人：%1</translation>
    </message>
</context>
<context>
    <name>caredesk::core::VisitsTr</name>
    <message>
        <source>Consultation</source>
        <translation>门诊</translation>
    </message>
    <message>
        <source>Examination</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Pharmacy purchase</source>
        <translation>药房购药</translation>
    </message>
    <message>
        <source>Follow-up visit</source>
        <translation>复诊</translation>
    </message>
    <message>
        <source>Health check</source>
        <translation>体检</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>短信</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>WeChat / online</source>
        <translation>微信/线上</translation>
    </message>
    <message>
        <source>Face to face</source>
        <translation>面对面</translation>
    </message>
    <message>
        <source>Community event</source>
        <translation>社区活动</translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation>呼入</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>呼出</translation>
    </message>
    <message>
        <source>The customer could not be read.</source>
        <translation>无法读取该客户。</translation>
    </message>
    <message>
        <source>The customer does not exist. Search for the customer again and record it there.</source>
        <translation>该客户不存在。请重新搜索该客户，并在其资料中记录。</translation>
    </message>
    <message>
        <source>This customer was merged into another record. Record it on the customer that was kept.</source>
        <translation>该客户已合并到另一条记录。请改在保留的客户记录中记录。</translation>
    </message>
    <message>
        <source>Choose the customer the visit belongs to.</source>
        <translation>请选择此次就诊所属的客户。</translation>
    </message>
    <message>
        <source>The visit time lies in the future. Check the date and the time.</source>
        <translation>就诊时间在未来。请检查日期和时间。</translation>
    </message>
    <message>
        <source>The amount cannot be negative. Record refunds as a note.</source>
        <translation>金额不能为负数。退款请在备注中记录。</translation>
    </message>
    <message>
        <source>Waiting minutes must be between 0 and 1440.</source>
        <translation>等候时间必须在 0 到 1440 分钟之间。</translation>
    </message>
    <message>
        <source>Days of supply must be between 1 and 366.</source>
        <translation>用药天数必须在 1 到 366 之间。</translation>
    </message>
    <message>
        <source>Item %1 needs a name.</source>
        <translation>第 %1 项需要填写名称。</translation>
    </message>
    <message>
        <source>Item %1 (%2): the quantity must be at least 1.</source>
        <translation>第 %1 项（%2）：数量至少为 1。</translation>
    </message>
    <message>
        <source>Item %1 (%2): the price cannot be negative.</source>
        <translation>第 %1 项（%2）：价格不能为负数。</translation>
    </message>
    <message>
        <source>Choose the customer the contact was with.</source>
        <translation>请选择此次联系的客户。</translation>
    </message>
    <message>
        <source>The contact time lies in the future. Check the date and the time.</source>
        <translation>联系时间在未来。请检查日期和时间。</translation>
    </message>
    <message>
        <source>The summary is too long; keep it under 4000 characters.</source>
        <translation>摘要过长；请控制在 4000 个字符以内。</translation>
    </message>
    <message>
        <source>The visit could not be saved.</source>
        <translation>无法保存该就诊记录。</translation>
    </message>
    <message>
        <source>The visit could not be saved; nothing was recorded.</source>
        <translation>无法保存该就诊记录；未记录任何内容。</translation>
    </message>
    <message>
        <source>Visit %1: %2</source>
        <translation>就诊记录 %1：%2</translation>
    </message>
    <message>
        <source>The visits could not be saved.</source>
        <translation>无法保存这些就诊记录。</translation>
    </message>
    <message>
        <source>The visits could not be saved; none were added.</source>
        <translation>无法保存这些就诊记录；未添加任何记录。</translation>
    </message>
    <message>
        <source>The visits could not be read.</source>
        <translation>无法读取就诊记录。</translation>
    </message>
    <message>
        <source>The purchased items could not be read.</source>
        <translation>无法读取消费明细。</translation>
    </message>
    <message>
        <source>The visit does not exist (any more).</source>
        <translation>该就诊记录不存在（可能已被删除）。</translation>
    </message>
    <message>
        <source>The contact could not be saved.</source>
        <translation>无法保存该沟通记录。</translation>
    </message>
    <message>
        <source>The linked visit belongs to another customer. Choose one of this customer&apos;s visits.</source>
        <translation>关联的就诊记录属于另一位客户。请选择该客户自己的就诊记录。</translation>
    </message>
    <message>
        <source>Contact %1: %2</source>
        <translation>沟通记录 %1：%2</translation>
    </message>
    <message>
        <source>The contacts could not be saved.</source>
        <translation>无法保存这些沟通记录。</translation>
    </message>
    <message>
        <source>The contacts could not be saved; none were added.</source>
        <translation>无法保存这些沟通记录；未添加任何记录。</translation>
    </message>
    <message>
        <source>The contacts could not be read.</source>
        <translation>无法读取沟通记录。</translation>
    </message>
    <message>
        <source>The visit totals could not be read.</source>
        <translation>无法读取就诊汇总数据。</translation>
    </message>
    <message>
        <source>The departments could not be read.</source>
        <translation>无法读取科室列表。</translation>
    </message>
</context>
<context>
    <name>caredesk::ui::AddUserDialog</name>
    <message>
        <source>Add Staff Account</source>
        <translation>添加工作人员账户</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>C&amp;onfirm password:</source>
        <translation>确认密码(&amp;O)：</translation>
    </message>
    <message>
        <source>The new colleague signs in with this password. Tell it to them in person; CareDesk never stores or remembers passwords.</source>
        <translation>新同事使用此密码登录。请当面告知对方；CareDesk 从不存储或记住密码。</translation>
    </message>
    <message>
        <source>&amp;Add Account</source>
        <translation>添加账户(&amp;A)</translation>
    </message>
    <message>
        <source>Enter a user name.</source>
        <translation>请输入用户名。</translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>两次输入的密码不一致。请输入相同的密码两次。</translation>
    </message>
</context>
<context>
    <name>caredesk::ui::AdministrationPage</name>
    <message>
        <source>Only administrators manage staff accounts and security settings. Ask your administrator if an account or a setting needs changing.</source>
        <translation>只有管理员可以管理工作人员账户和安全设置。如需更改账户或设置，请联系管理员。</translation>
    </message>
    <message>
        <source>&amp;Add Account…</source>
        <translation>添加账户(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Disable…</source>
        <translation>停用(&amp;D)…</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>删除(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Reset Password…</source>
        <translation>重置密码(&amp;R)…</translation>
    </message>
    <message>
        <source>Staff accounts</source>
        <translation>工作人员账户</translation>
    </message>
    <message>
        <source>What each role may do</source>
        <translation>各角色的权限</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>&amp;Save Settings</source>
        <translation>保存设置(&amp;S)</translation>
    </message>
    <message>
        <source>Security settings</source>
        <translation>安全设置</translation>
    </message>
    <message>
        <source>&amp;Lock the screen after:</source>
        <translation>锁定屏幕时间(&amp;L)：</translation>
    </message>
    <message>
        <source>Remind about &amp;backups after:</source>
        <translation>备份提醒时间(&amp;B)：</translation>
    </message>
    <message>
        <source>Staff Accounts</source>
        <translation>工作人员账户</translation>
    </message>
    <message>
        <source>&amp;Enable…</source>
        <translation>启用(&amp;E)…</translation>
    </message>
    <message>
        <source>Disable Account</source>
        <translation>停用账户</translation>
    </message>
    <message>
        <source>Disable %1? Their password stops working at once. To let them back in, choose Enable and give them a new password.</source>
        <translation>停用 %1？其密码将立即失效。如需让其重新登录，请选择“启用”并为其设置新密码。</translation>
    </message>
    <message>
        <source>Remove Account</source>
        <translation>删除账户</translation>
    </message>
    <message>
        <source>Remove %1? They can no longer sign in, and the account cannot be used again. Their name stays in the audit trail and on the records they made.</source>
        <translation>删除 %1？该用户将无法再登录，且该账户不能再次使用。其姓名仍会保留在审计记录及其创建的记录中。</translation>
    </message>
    <message>
        <source>Password Reset</source>
        <translation>密码已重置</translation>
    </message>
    <message>
        <source>%1 can now sign in with the new password and must then choose their own.</source>
        <translation>%1 现在可以使用新密码登录，登录后须设置自己的密码。</translation>
    </message>
    <message>
        <source>Security Settings</source>
        <translation>安全设置</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>CareDesk never remembers passwords. After 3 wrong passwords each further attempt must wait longer; after 10 the account is locked for 15 minutes or until an administrator resets its password. The lock screen counts the same way.</source>
        <translation>CareDesk 从不记住密码。连续输错 3 次后，每次再尝试都要等待更久；输错 10 次后账户锁定 15 分钟，或直到管理员重置密码。锁屏界面同样计数。</translation>
    </message>
</context>
<context>
    <name>caredesk::ui::AdrReportPdf</name>
    <message>
        <source>Yes, on %1</source>
        <translation>是，于 %1</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>尚未</translation>
    </message>
    <message>
        <source>Adverse drug reaction report</source>
        <translation>药品不良反应报告</translation>
    </message>
    <message>
        <source>Complaint no. %1 · report date %2</source>
        <translation>投诉编号 %1 · 报告日期 %2</translation>
    </message>
    <message>
        <source>Patient (initials)</source>
        <translation>患者（姓名缩写）</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>年龄段</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 岁</translation>
    </message>
    <message>
        <source>Suspected drug</source>
        <translation>怀疑药品</translation>
    </message>
    <message>
        <source>Reaction</source>
        <translation>不良反应</translation>
    </message>
    <message>
        <source>Reaction began</source>
        <translation>不良反应发生时间</translation>
    </message>
    <message>
        <source>Reported to the site</source>
        <translation>向本机构报告</translation>
    </message>
    <message>
        <source>Actions taken</source>
        <translation>已采取的措施</translation>
    </message>
    <message>
        <source>Reported to the manufacturer</source>
        <translation>上报生产企业</translation>
    </message>
    <message>
        <source>Reported to the regulator</source>
        <translation>上报药品监管部门</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>报告人</translation>
    </message>
    <message>
        <source>Only the minimum necessary about the patient is shown. The full record stays in CareDesk.</source>
        <translation>仅显示患者的最少必要信息。完整记录保留在 CareDesk 中。</translation>
    </message>
    <message>
        <source>The report could not be saved to %1. Choose a folder you can write to.</source>
        <translation>无法将报告保存到 %1。请选择有写入权限的文件夹。</translation>
    </message>
    <message>
        <source>The report could not be saved to %1. Check that the disk has space.</source>
        <translation>无法将报告保存到 %1。请检查磁盘空间是否充足。</translation>
    </message>
</context>
<context>
    <name>caredesk::ui::AnonymiseDialog</name>
    <message>
        <source>Anonymise Customer</source>
        <translation>匿名化客户</translation>
    </message>
    <message>
        <source>%1 (member no. %2)</source>
        <translation>%1（会员号 %2）</translation>
    </message>
    <message>
        <source>customer %1</source>
        <translation>客户 %1</translation>
    </message>
    <message>
        <source>Anonymising %1 cannot be undone. The name becomes &quot;%2&quot;; phone numbers, e-mail, address, ID number, notes, tags and the day and month of birth are removed, and so is free text about them in visits, contacts, surveys, complaints and follow-ups. Visits, amounts, points, scores and dates stay, so reports and statistics do not change. Export the customer&apos;s data first if they asked for a copy.</source>
        <translation>匿名化 %1 后无法撤销。姓名将变为“%2”；电话号码、电子邮件、地址、身份证号、备注、标签以及出生日期中的月和日将被删除，就诊、沟通记录、满意度调查、投诉和回访中涉及这些信息的自由文本也会一并删除。就诊、金额、积分、评分和日期将保留，因此报表和统计数据不会改变。如客户要求获取副本，请先导出其数据。</translation>
    </message>
    <message>
        <source>This customer cannot be anonymised now: %1</source>
        <translation>目前无法匿名化该客户：%1</translation>
    </message>
    <message>
        <source>for example: the customer&apos;s written request of 20 November</source>
        <translation>例如：客户 11 月 20 日的书面申请</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>Type the &amp;member number to confirm:</source>
        <translation>输入会员号以确认(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Anonymise</source>
        <translation>匿名化(&amp;A)</translation>
    </message>
    <message>
        <source>A legal hold applies; nothing was changed.</source>
        <translation>存在法律保留；未做任何更改。</translation>
    </message>
    <message>
        <source>Type the customer&apos;s member number exactly to confirm.</source>
        <translation>请准确输入该客户的会员号以确认。</translation>
    </message>
</context>
<context>
    <name>caredesk::ui::AtRiskTableModel</name>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Member no.</source>
        <translation>会员号</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>最近就诊</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>caredesk::ui::AuditEventTableModel</name>
    <message>
        <source>Entry</source>
        <translation>条目</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Record id</source>
        <translation>记录 ID</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <source>%1 changed</source>
        <translation>%1 已更改</translation>
    </message>
    <message>
        <source>%1 set</source>
        <translation>%1 已设置</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>caredesk::ui::AuditPage</name>
    <message>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Record:</source>
        <translation>记录(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>操作(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>从(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>至(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Verify integrity</source>
        <translation>验证完整性(&amp;V)</translation>
    </message>
    <message>
        <source>Only an administrator can read the audit trail. Ask your administrator.</source>
        <translation>只有管理员可以查看审计记录。请联系管理员。</translation>
    </message>
    <message>
        <source>Audit Trail</source>
        <translation>审计记录</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>所有人</translation>
    </message>
    <message>
        <source>Any record</source>
        <translation>任意记录</translation>
    </message>
    <message>
        <source>Any action</source>
        <translation>任意操作</translation>
    </message>
    <message>
        <source>No audit entries match these filters. Choose a longer period or &quot;Everyone&quot;, &quot;Any record&quot; and &quot;Any action&quot;.</source>
        <translation>没有符合这些筛选条件的审计条目。请选择更长的时间段，或选择“所有人”、“任意记录”和“任意操作”。</translation>
    </message>
    <message>
        <source>Export Audit Trail</source>
        <translation>导出审计记录</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Audit Trail Not Exported</source>
        <translation>审计记录未导出</translation>
    </message>
    <message>
        <source>Audit Trail Exported</source>
        <translation>审计记录已导出</translation>
    </message>
    <message numerus="yes">
        <source>%n entries were written to %1.</source>
        <translation>
            <numerusform>已将 %n 条记录写入 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Ac&amp;knowledge warning…</source>
        <translation>确认警告(&amp;K)…</translation>
    </message>
    <message>
        <source>After you have looked into the warning: say what you found, and CareDesk watches the trail from its newest entry on. The trail itself is not changed.</source>
        <translation>核查警告之后：说明您发现的情况，CareDesk 将从最新一条记录起继续监控审计记录。审计记录本身不会被修改。</translation>
    </message>
    <message>
        <source>Acknowledge Audit Warning</source>
        <translation>确认审计警告</translation>
    </message>
    <message>
        <source>%1

What did you find, and why may work go on? (For example: &quot;the copy of 1 December was put back after a disk failure&quot;.) This is kept in the audit trail.</source>
        <translation>%1

您发现了什么？为什么可以继续工作？（例如：“磁盘故障后放回了 12 月 1 日的副本”。）这段说明会保存在审计记录中。</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Warning acknowledged: the trail is watched from its newest entry on.</source>
        <translation>警告已确认：从最新一条记录起继续监控审计记录。</translation>
    </message>
</context>
<context>
    <name>caredesk::ui::BusinessCalendarDialog</name>
    <message>
        <source> h</source>
        <translation> 小时</translation>
    </message>
    <message>
        <source>Business Hours and Complaint Time Limits</source>
        <translation>工作时间与投诉时限</translation>
    </message>
    <message>
        <source>Working &amp;week</source>
        <translation>工作周(&amp;W)</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>星期</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>工作日</translation>
    </message>
    <message>
        <source>Opens</source>
        <translation>上班时间</translation>
    </message>
    <message>
        <source>Closes</source>
        <translation>下班时间</translation>
    </message>
    <message>
        <source>Lunch from</source>
        <translation>午休开始</translation>
    </message>
    <message>
        <source>Lunch to</source>
        <translation>午休结束</translation>
    </message>
    <message>
        <source>%1 is a working day</source>
        <translation>%1为工作日</translation>
    </message>
    <message>
        <source>A make-up working day (调休) uses the hours of its weekday. Lunch from = lunch to means no break.</source>
        <translation>调休上班日按其对应星期的工作时间计算。午休开始与午休结束相同表示无午休。</translation>
    </message>
    <message>
        <source>&amp;Holidays and make-up days</source>
        <translation>节假日与调休上班日(&amp;H)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Public holiday</source>
        <translation>法定节假日</translation>
    </message>
    <message>
        <source>Make-up working day</source>
        <translation>调休上班日</translation>
    </message>
    <message>
        <source>e.g. 国庆节</source>
        <translation>例如：国庆节</translation>
    </message>
    <message>
        <source>&amp;Add day</source>
        <translation>添加日期(&amp;A)</translation>
    </message>
    <message>
        <source>Re&amp;move day</source>
        <translation>删除日期(&amp;M)</translation>
    </message>
    <message>
        <source>Complaint &amp;time limits (business hours)</source>
        <translation>投诉时限（按工作时间）(&amp;T)</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>首次响应</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>解决</translation>
    </message>
    <message>
        <source>Warn at</source>
        <translation>预警比例</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Only an administrator can change these settings.</source>
        <translation>只有管理员可以修改这些设置。</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
</context>
<context>
    <name>caredesk::ui::CampaignEditDialog</name>
    <message>
        <source>New campaign</source>
        <translation>新建营销活动</translation>
    </message>
    <message>
        <source>What it should achieve, e.g. more flu vaccinations among over-60s</source>
        <translation>预期达到的目标，例如提高 60 岁以上人群的流感疫苗接种量</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>A visit within this many days of the first day counts as a conversion.</source>
        <translation>自开始日期起在该天数内的就诊计为转化。</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>A share of the audience that is deliberately not contacted, to measure what the campaign changed. 0 keeps nobody back.</source>
        <translation>受众中特意不联系的比例，用于衡量营销活动带来的变化。设为 0 表示不保留任何人。</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation>目标(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;First day:</source>
        <translation>开始日期(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation>结束日期(&amp;L)：</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>渠道(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Invite through:</source>
        <translation>邀请渠道(&amp;I)：</translation>
    </message>
    <message>
        <source>Consent &amp;purpose:</source>
        <translation>授权用途(&amp;P)：</translation>
    </message>
    <message>
        <source>C&amp;ost (¥):</source>
        <translation>费用（¥）(&amp;O)：</translation>
    </message>
    <message>
        <source>Conversion &amp;window:</source>
        <translation>转化窗口期(&amp;W)：</translation>
    </message>
    <message>
        <source>Holdo&amp;ut group:</source>
        <translation>对照组(&amp;U)：</translation>
    </message>
    <message>
        <source>Who it is for</source>
        <translation>目标人群</translation>
    </message>
    <message>
        <source>Create campaign</source>
        <translation>创建营销活动</translation>
    </message>
    <message>
        <source>%1 customers match, %2 can be contacted by %3 for %4.</source>
        <translation>共 %1 位客户符合条件，其中 %2 位可通过%3联系（用途：%4）。</translation>
    </message>
    <message>
        <source>Give the campaign a name.</source>
        <translation>请为营销活动命名。</translation>
    </message>
    <message>
        <source>Enter the cost in yuan, e.g. 480 or 480.50.</source>
        <translation>请输入以元为单位的费用，例如 480 或 480.50。</translation>
    </message>
    <message>
        <source>%1 — audience</source>
        <translation>%1 — 受众</translation>
    </message>
    <message>
        <source>A new segment</source>
        <translation>新建目标人群</translation>
    </message>
    <message>
        <source>Start from:</source>
        <translation>基于已保存人群：</translation>
    </message>
    <message>
        <source>Edit campaign</source>
        <translation>编辑营销活动</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>保存更改</translation>
    </message>
</context>
<context>
    <name>caredesk::ui::CampaignMemberTableModel</name>
    <message>
        <source>kept back</source>
        <translation>保留不联系</translation>
    </message>
    <message>
        <source>responded</source>
        <translation>已回复</translation>
    </message>
    <message>
        <source>responded: %1</source>
        <translation>已回复：%1</translation>
    </message>
    <message>
        <source>attended</source>
        <translation>已出席</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Responded %1</source>
        <translation>已回复 %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Member no.</source>
        <translation>会员号</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>分组</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>已联系</translation>
    </message>
    <message>
        <source>Responded / attended</source>
        <translation>已回复/已出席</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>已转化</translation>
    </message>
</context>
<context>
    <name>caredesk::ui::CampaignTableModel</name>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>¥%1</source>
        <translation>¥%1</translation>
    </message>
    <message>
        <source>%1 per added conversion</source>
        <translation>每新增一次转化 %1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>%1, invited by %2</source>
        <translation>%1，通过%2邀请</translation>
    </message>
    <message>
        <source>not built</source>
        <translation>未生成</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>营销活动</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>时间范围</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>受众</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>转化</translation>
    </message>
    <message>
        <source>Cost per conversion</source>
        <translation>单次转化成本</translation>
    </message>
</context>
<context>
    <name>caredesk::ui::CampaignsPage</name>
    <message>
        <source>Campaigns and community activities</source>
        <translation>营销活动与社区活动</translation>
    </message>
    <message>
        <source>Only a service officer, a manager or an administrator can do this.</source>
        <translation>只有客服专员、经理或管理员才能执行此操作。</translation>
    </message>
    <message>
        <source>&amp;New campaign…</source>
        <translation>新建营销活动(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Build audience</source>
        <translation>生成受众(&amp;B)</translation>
    </message>
    <message>
        <source>Evaluate the segment again (drafts only).</source>
        <translation>重新评估目标人群（仅限草稿）。</translation>
    </message>
    <message>
        <source>&amp;Start campaign</source>
        <translation>启动营销活动(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Export contact list…</source>
        <translation>导出联系人名单(&amp;E)…</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>营销活动</translation>
    </message>
    <message>
        <source>Campaign members</source>
        <translation>活动成员</translation>
    </message>
    <message>
        <source>Mark &amp;contacted</source>
        <translation>标记为已联系(&amp;C)</translation>
    </message>
    <message>
        <source>Mark &amp;responded…</source>
        <translation>标记为已回复(&amp;R)…</translation>
    </message>
    <message>
        <source>Mark &amp;attended</source>
        <translation>标记为已出席(&amp;A)</translation>
    </message>
    <message>
        <source>Selected member:</source>
        <translation>所选成员：</translation>
    </message>
    <message>
        <source>No campaigns yet. Choose New campaign… to plan an SMS reminder, a health lecture, a free check-up or a win-back, and to see who it would reach.</source>
        <translation>尚无营销活动。选择“新建营销活动…”可规划短信提醒、健康讲座、免费体检或挽回活动，并查看其覆盖人群。</translation>
    </message>
    <message>
        <source>No campaigns yet. A service officer or a manager plans them; once there are some, you can record here who was contacted and who took part.</source>
        <translation>尚无营销活动。营销活动由客服专员或经理规划；创建后，您可以在此记录已联系及已参与的人员。</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Goal: %1</source>
        <translation>目标：%1</translation>
    </message>
    <message numerus="yes">
        <source>Consent needed: %1 for %2. Conversion: a visit within %n day(s) of the first day.</source>
        <translation>
            <numerusform>所需授权：%1（用途：%2）。转化：自开始日期起 %n 天内就诊。</numerusform>
        </translation>
    </message>
    <message>
        <source>The audience has not been built yet. Choose Build audience.</source>
        <translation>尚未生成受众。请选择“生成受众”。</translation>
    </message>
    <message>
        <source>Audience %1: %2 in the target group, %3 kept back as a holdout group.</source>
        <translation>受众 %1 人：目标组 %2 人，%3 人保留为对照组。</translation>
    </message>
    <message>
        <source>Audience %1, no holdout group.</source>
        <translation>受众 %1 人，无对照组。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Nobody the segment matched was left out.</source>
        <translation>目标人群匹配的客户均未被排除。</translation>
    </message>
    <message>
        <source>Left out %1 — %2.</source>
        <translation>已排除 %1 人 — %2。</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Contacted %1; responded %2; participation %3 (responded or attended ÷ contacted).</source>
        <translation>已联系 %1；已回复 %2；参与率 %3（已回复或已出席 ÷ 已联系）。</translation>
    </message>
    <message>
        <source>Attended %1 (%2 of those contacted).</source>
        <translation>已出席 %1（占已联系人数的 %2）。</translation>
    </message>
    <message>
        <source>Converted: target %1 (%2), holdout %3 (%4); uplift %5 points.</source>
        <translation>转化：目标组 %1（%2），对照组 %3（%4）；提升 %5 个百分点。</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Converted: %1 (%2).</source>
        <translation>转化：%1（%2）。</translation>
    </message>
    <message>
        <source>¥%1</source>
        <translation>¥%1</translation>
    </message>
    <message>
        <source>Cost %1; %2 per conversion the campaign added (compared with the holdout group).</source>
        <translation>费用 %1；营销活动每新增一次转化的成本为 %2（与对照组相比）。</translation>
    </message>
    <message>
        <source>Cost %1; %2 per conversion (no holdout group, so all conversions count).</source>
        <translation>费用 %1；单次转化成本 %2（无对照组，所有转化均计入）。</translation>
    </message>
    <message>
        <source>Cost %1; no cost per conversion yet (no conversions the campaign can claim).</source>
        <translation>费用 %1；暂无单次转化成本（尚无可归因于营销活动的转化）。</translation>
    </message>
    <message numerus="yes">
        <source>Satisfaction of participants: %1 of 5 from %n survey response(s).</source>
        <translation>
            <numerusform>参与者满意度：%1 分（满分 5 分），基于 %n 份满意度调查回复。</numerusform>
        </translation>
    </message>
    <message>
        <source>No survey responses from participants in the window yet.</source>
        <translation>窗口期内尚无参与者的满意度调查回复。</translation>
    </message>
    <message>
        <source>&amp;Finish campaign</source>
        <translation>结束营销活动(&amp;F)</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>回复</translation>
    </message>
    <message>
        <source>What did %1 answer?</source>
        <translation>%1 的回复是什么？</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>Audience not built</source>
        <translation>未生成受众</translation>
    </message>
    <message>
        <source>Campaign not changed</source>
        <translation>营销活动未更改</translation>
    </message>
    <message>
        <source>Start &quot;%1&quot;? Its audience is then frozen: nobody is added or removed.</source>
        <translation>要启动“%1”吗？启动后受众将被锁定：不再添加或移除任何人。</translation>
    </message>
    <message>
        <source>Finish &quot;%1&quot;? Participation can still be recorded afterwards.</source>
        <translation>要结束“%1”吗？结束后仍可记录参与情况。</translation>
    </message>
    <message>
        <source>Start campaign</source>
        <translation>启动营销活动</translation>
    </message>
    <message>
        <source>Finish campaign</source>
        <translation>结束营销活动</translation>
    </message>
    <message>
        <source>Export contact list</source>
        <translation>导出联系人名单</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>The file will contain customers&apos; names and contact details in plain text, readable by anyone who gets it. The export is recorded in the audit trail under your name. Delete the file when the messages have been sent.

Export to %1?</source>
        <translation>该文件将以明文形式包含客户姓名和联系方式，任何获得该文件的人都能读取。此次导出将以您的名义记入审计记录。信息发送完毕后请删除该文件。

要导出到 %1 吗？</translation>
    </message>
    <message>
        <source>Contact list not exported</source>
        <translation>联系人名单未导出</translation>
    </message>
    <message>
        <source>Contact list exported</source>
        <translation>联系人名单已导出</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) written to %1.</source>
        <translation>
            <numerusform>已将 %n 位客户写入 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>New campaign</source>
        <translation>新建营销活动</translation>
    </message>
    <message>
        <source>Only a service officer, a manager or an administrator can plan campaigns.</source>
        <translation>只有客服专员、经理或管理员才能规划营销活动。</translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation>编辑(&amp;D)…</translation>
    </message>
    <message>
        <source>Change the plan; once it has started, only name, goal, cost and last day.</source>
        <translation>修改活动计划；活动开始后只能修改名称、目标、费用和结束日期。</translation>
    </message>
    <message>
        <source>Edit campaign</source>
        <translation>编辑营销活动</translation>
    </message>
</context>
<context>
    <name>caredesk::ui::ChangePasswordDialog</name>
    <message>
        <source>Change Password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>当前登录身份：%1。</translation>
    </message>
    <message>
        <source>C&amp;urrent password:</source>
        <translation>当前密码(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>新密码(&amp;N)：</translation>
    </message>
    <message>
        <source>C&amp;onfirm new password:</source>
        <translation>确认新密码(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Change Password</source>
        <translation>修改密码(&amp;C)</translation>
    </message>
    <message>
        <source>An administrator set your password. Choose your own password now; until you do, you cannot continue. Type the password you were given as the current password.</source>
        <translation>您的密码由管理员设置。请立即设置您自己的密码；设置前无法继续操作。请将管理员提供的密码作为当前密码输入。</translation>
    </message>
    <message>
        <source>The two new passwords differ. Type the same password twice.</source>
        <translation>两次输入的新密码不一致。请输入相同的密码两次。</translation>
    </message>
</context>
<context>
    <name>caredesk::ui::ChartCard</name>
    <message>
        <source>Numbers</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Show the numbers behind the chart (Alt+N)</source>
        <translation>显示图表背后的数据 (Alt+N)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Save the chart as PNG or as PDF with its numbers (Alt+X)</source>
        <translation>将图表保存为 PNG，或保存为附带数据的 PDF (Alt+X)</translation>
    </message>
    <message>
        <source>Numbers for %1</source>
        <translation>%1 的数据</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>导出 %1</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>PDF with numbers (*.pdf)</source>
        <translation>附带数据的 PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>导出图表</translation>
    </message>
</context>
<context>
    <name>caredesk::ui::ChartExport</name>
    <message>
        <source>No figures for this period.</source>
        <translation>此期间没有数据。</translation>
    </message>
</context>
<context>
    <name>caredesk::ui::ChurnTab</name>
    <message>
        <source>Customers at risk of leaving</source>
        <translation>有流失风险的客户</translation>
    </message>
    <message>
        <source>Early warning (low to high)</source>
        <translation>流失预警（从低到高）</translation>
    </message>
    <message>
        <source>&amp;Band:</source>
        <translation>风险等级(&amp;B)：</translation>
    </message>
    <message>
        <source>Cr&amp;eate win-back follow-up</source>
        <translation>创建挽回回访(&amp;E)</translation>
    </message>
    <message>
        <source>A follow-up task to call the highlighted customer, with the reasons in its note</source>
        <translation>为选中客户创建回访电话任务，并在备注中注明原因</translation>
    </message>
    <message>
        <source>No customers in this band. Everyone is visiting at their usual rhythm.</source>
        <translation>该风险等级下没有客户。所有客户均按平时频率就诊。</translation>
    </message>
    <message>
        <source>Churn rate per month</source>
        <translation>每月流失率</translation>
    </message>
    <message>
        <source>Retention curves (Kaplan–Meier) by segment</source>
        <translation>按目标人群的留存曲线（卡普兰-迈耶）</translation>
    </message>
    <message>
        <source>Cohort retention (by month of first visit)</source>
        <translation>同期群留存（按首次就诊月份）</translation>
    </message>
    <message>
        <source>Cohort retention</source>
        <translation>同期群留存</translation>
    </message>
    <message>
        <source>Win-back follow-up created for %1, due %2. It is in the Follow-ups queue.</source>
        <translation>已为 %1 创建挽回回访，到期日 %2。该任务已加入回访队列。</translation>
    </message>
    <message>
        <source>This month so far: %1 moved into high risk, %2 recovered (no longer at risk).</source>
        <translation>本月至今：%1 人进入高风险，%2 人已恢复（不再有流失风险）。</translation>
    </message>
</context>
<context>
    <name>caredesk::ui::ComplaintAlertTableModel</name>
    <message>
        <source>No. %1 · %2 · %3</source>
        <translation>编号 %1 · %2 · %3</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>首次响应</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>解决</translation>
    </message>
    <message>
        <source>overdue %1 h (due %2)</source>
        <translation>已逾期 %1 小时（到期时间 %2）</translation>
    </message>
    <message>
        <source>%1 h left (due %2)</source>
        <translation>剩余 %1 小时（到期时间 %2）</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>未分配</translation>
    </message>
    <message>
        <source>For</source>
        <translation>提醒对象</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>计时</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期时间</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
</context>
<context>
    <name>caredesk::ui::ComplaintDetailWidget</name>
    <message>
        <source>Only customer-service officers, managers and administrators can do this.</source>
        <translation>仅客服专员、经理和管理员可执行此操作。</translation>
    </message>
    <message>
        <source>&amp;Acknowledge</source>
        <translation>确认(&amp;A)</translation>
    </message>
    <message>
        <source>Start &amp;investigation</source>
        <translation>开始调查(&amp;I)</translation>
    </message>
    <message>
        <source>Re&amp;solve…</source>
        <translation>解决(&amp;S)…</translation>
    </message>
    <message>
        <source>Record &amp;outcome call…</source>
        <translation>记录结果回访(&amp;O)…</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>结案(&amp;L)</translation>
    </message>
    <message>
        <source>Choose a complaint in the queue to see it here.</source>
        <translation>请在队列中选择一条投诉，在此查看详情。</translation>
    </message>
    <message>
        <source>Open &amp;customer</source>
        <translation>打开客户资料(&amp;C)</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <source>Severity / SLA:</source>
        <translation>严重程度 / 时限：</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>受理时间：</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>负责人：</translation>
    </message>
    <message>
        <source>First response:</source>
        <translation>首次响应：</translation>
    </message>
    <message>
        <source>Resolution due:</source>
        <translation>解决到期：</translation>
    </message>
    <message>
        <source>About:</source>
        <translation>涉及：</translation>
    </message>
    <message>
        <source>Complaint:</source>
        <translation>投诉内容：</translation>
    </message>
    <message>
        <source>Root cause:</source>
        <translation>根本原因：</translation>
    </message>
    <message>
        <source>Corrective action:</source>
        <translation>整改措施：</translation>
    </message>
    <message>
        <source>Responsible:</source>
        <translation>责任方：</translation>
    </message>
    <message>
        <source>Resolution:</source>
        <translation>解决方案：</translation>
    </message>
    <message>
        <source>Outcome call:</source>
        <translation>结果回访：</translation>
    </message>
    <message>
        <source>Adverse reaction:</source>
        <translation>不良反应：</translation>
    </message>
    <message>
        <source>Goes with the next step, pause, reopen or note</source>
        <translation>随下一步操作、暂停、重新打开或备注一并记录</translation>
    </message>
    <message>
        <source>Ne&amp;xt-step note:</source>
        <translation>下一步备注(&amp;X)：</translation>
    </message>
    <message>
        <source>R&amp;eopen</source>
        <translation>重新打开(&amp;E)</translation>
    </message>
    <message>
        <source>A&amp;dd note</source>
        <translation>添加备注(&amp;D)</translation>
    </message>
    <message>
        <source>Investigation &amp;findings…</source>
        <translation>调查结果(&amp;F)…</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Assi&amp;gn</source>
        <translation>分配(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Print ADR report…</source>
        <translation>打印药品不良反应报告(&amp;P)…</translation>
    </message>
    <message>
        <source>Reported to man&amp;ufacturer</source>
        <translation>已报告生产企业(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Reported to regulator</source>
        <translation>已报告药品监管部门(&amp;R)</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>历史记录(&amp;H)</translation>
    </message>
    <message>
        <source>(unassigned)</source>
        <translation>（未分配）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 (member no. %2)</source>
        <translation>%1（会员号 %2）</translation>
    </message>
    <message>
        <source>Complaint no. %1 — %2</source>
        <translation>投诉编号 %1 — %2</translation>
    </message>
    <message>
        <source>%1 · %2 · via %3</source>
        <translation>%1 · %2 · 渠道：%3</translation>
    </message>
    <message>
        <source>%1 severity · %2 time limits</source>
        <translation>严重程度：%1 · 时限：%2</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1（操作人：%2）</translation>
    </message>
    <message>
        <source>%1 — waiting on the customer, the clocks are stopped</source>
        <translation>%1 — 等待客户回复，计时已暂停</translation>
    </message>
    <message numerus="yes">
        <source>%1 (reopened %n time(s))</source>
        <translation>
            <numerusform>%1（已重新打开 %n 次）</numerusform>
        </translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>未分配</translation>
    </message>
    <message>
        <source>due %1 · %2 (%3)</source>
        <translation>到期：%1 · %2（%3）</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 于 %2</translation>
    </message>
    <message>
        <source>visit no. %1</source>
        <translation>就诊编号 %1</translation>
    </message>
    <message>
        <source>from survey response no. %1</source>
        <translation>来自满意度调查答卷编号 %1</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <source>%1 (satisfaction %2 of 5)</source>
        <translation>%1（满意度 %2/5）</translation>
    </message>
    <message>
        <source>%1 · began %2 · manufacturer: %3 · regulator: %4</source>
        <translation>%1 · 发生于 %2 · 生产企业：%3 · 药品监管部门：%4</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>未报告</translation>
    </message>
    <message>
        <source>Moves the complaint to &quot;%1&quot;</source>
        <translation>将投诉状态改为“%1”</translation>
    </message>
    <message>
        <source>Back to investigating; write the reason in the note field first</source>
        <translation>退回调查中；请先在备注栏填写原因</translation>
    </message>
    <message>
        <source>Only a resolved or closed complaint can be reopened.</source>
        <translation>只有已解决或已结案的投诉才能重新打开。</translation>
    </message>
    <message>
        <source>Customer ans&amp;wered</source>
        <translation>客户已回复(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Wait on customer</source>
        <translation>等待客户回复(&amp;W)</translation>
    </message>
    <message>
        <source>The complaint is closed.</source>
        <translation>该投诉已结案。</translation>
    </message>
    <message>
        <source>Starts the clocks again</source>
        <translation>重新开始计时</translation>
    </message>
    <message>
        <source>Stops the clocks while you wait for the customer (a document, a call back)</source>
        <translation>等待客户（提供材料、回电）期间暂停计时</translation>
    </message>
    <message>
        <source>Gives the complaint to the chosen owner</source>
        <translation>将投诉分配给所选负责人</translation>
    </message>
    <message>
        <source>Root cause, corrective action and who was responsible</source>
        <translation>根本原因、整改措施及责任方</translation>
    </message>
    <message>
        <source>Adds the note field&apos;s text to the history</source>
        <translation>将备注栏中的内容添加到历史记录</translation>
    </message>
    <message>
        <source>Record the suspected drug first.</source>
        <translation>请先记录可疑药品。</translation>
    </message>
    <message>
        <source>Stamps the report with the time now</source>
        <translation>在报告上标记当前时间</translation>
    </message>
    <message>
        <source>Already reported.</source>
        <translation>已报告。</translation>
    </message>
    <message>
        <source>Write why the complaint is reopened in the note field, then choose Reopen again.</source>
        <translation>请在备注栏中写明重新打开投诉的原因，然后再次选择“重新打开”。</translation>
    </message>
    <message>
        <source>adr-report-%1.pdf</source>
        <translation>adr-report-%1.pdf</translation>
    </message>
    <message>
        <source>Save ADR Report</source>
        <translation>保存药品不良反应报告</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Report Not Saved</source>
        <translation>报告未保存</translation>
    </message>
</context>
<context>
    <name>caredesk::ui::ComplaintEventTableModel</name>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Reopened: %1</source>
        <translation>重新打开：%1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>User</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>操作内容</translation>
    </message>
</context>
<context>
    <name>caredesk::ui::ComplaintIntakeDialog</name>
    <message>
        <source>New Complaint</source>
        <translation>新建投诉</translation>
    </message>
    <message>
        <source>Name, pinyin, phone or member number</source>
        <translation>姓名、拼音、电话或会员号</translation>
    </message>
    <message>
        <source>Type to search for the customer</source>
        <translation>输入以搜索客户</translation>
    </message>
    <message>
        <source>What happened, in the customer&apos;s words; Ctrl+Enter saves</source>
        <translation>按客户原话描述经过；按 Ctrl+Enter 保存</translation>
    </message>
    <message>
        <source>For adverse drug reactions</source>
        <translation>用于药品不良反应</translation>
    </message>
    <message>
        <source>(unassigned)</source>
        <translation>（未分配）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>&amp;Find customer:</source>
        <translation>查找客户(&amp;F)：</translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation>客户(&amp;U)：</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>渠道(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>类别(&amp;C)：</translation>
    </message>
    <message>
        <source>Se&amp;verity:</source>
        <translation>严重程度(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Time limits:</source>
        <translation>时限(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Needs:</source>
        <translation>需求优先级(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Received:</source>
        <translation>受理时间(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D)：</translation>
    </message>
    <message>
        <source>About vis&amp;it:</source>
        <translation>涉及就诊(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Staff member:</source>
        <translation>工作人员(&amp;S)：</translation>
    </message>
    <message>
        <source>De&amp;partment:</source>
        <translation>科室(&amp;P)：</translation>
    </message>
    <message>
        <source>Suspected dru&amp;g:</source>
        <translation>可疑药品(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>负责人(&amp;O)：</translation>
    </message>
    <message>
        <source>Save co&amp;mplaint</source>
        <translation>保存投诉(&amp;M)</translation>
    </message>
    <message>
        <source>New Complaint — %1</source>
        <translation>新建投诉 — %1</translation>
    </message>
    <message>
        <source>No customer matches &quot;%1&quot;. Register the customer first.</source>
        <translation>没有与“%1”匹配的客户。请先登记该客户。</translation>
    </message>
    <message>
        <source>Find the customer who complained: type a name, phone or member number above.</source>
        <translation>查找投诉的客户：在上方输入姓名、电话或会员号。</translation>
    </message>
    <message>
        <source>Describe the complaint in the customer&apos;s words.</source>
        <translation>请按客户原话描述投诉内容。</translation>
    </message>
</context>
<context>
    <name>caredesk::ui::ComplaintStepDialog</name>
    <message>
        <source>Resolve Complaint No. %1</source>
        <translation>解决投诉（编号 %1）</translation>
    </message>
    <message>
        <source>Investigation Findings — Complaint No. %1</source>
        <translation>调查结果 — 投诉编号 %1</translation>
    </message>
    <message>
        <source>What was done for the customer</source>
        <translation>为客户做了哪些处理</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>解决方案(&amp;R)：</translation>
    </message>
    <message>
        <source>What changes so that it does not happen again (整改措施)</source>
        <translation>采取哪些改进以防再次发生（整改措施）</translation>
    </message>
    <message>
        <source>Root &amp;cause:</source>
        <translation>根本原因(&amp;C)：</translation>
    </message>
    <message>
        <source>Corrective &amp;action:</source>
        <translation>整改措施(&amp;A)：</translation>
    </message>
    <message>
        <source>Responsible &amp;department:</source>
        <translation>责任科室(&amp;D)：</translation>
    </message>
    <message>
        <source>Responsible &amp;staff:</source>
        <translation>责任人员(&amp;S)：</translation>
    </message>
    <message>
        <source>Resol&amp;ve</source>
        <translation>解决(&amp;V)</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>保存(&amp;V)</translation>
    </message>
    <message>
        <source>Outcome Call — Complaint No. %1</source>
        <translation>结果回访 — 投诉编号 %1</translation>
    </message>
    <message>
        <source>What the customer was told and what they said</source>
        <translation>告知客户的内容及客户的反馈</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>请选择…</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <source>neutral</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>dissatisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <source>&amp;Call result:</source>
        <translation>通话结果(&amp;C)：</translation>
    </message>
    <message>
        <source>Satisfaction with the &amp;outcome:</source>
        <translation>对处理结果的满意度(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>记录(&amp;R)</translation>
    </message>
</context>
<context>
    <name>caredesk::ui::ComplaintTableModel</name>
    <message>
        <source>met</source>
        <translation>按时完成</translation>
    </message>
    <message>
        <source>met late</source>
        <translation>逾期完成</translation>
    </message>
    <message>
        <source>overdue %1 h</source>
        <translation>逾期 %1 小时</translation>
    </message>
    <message>
        <source>%1 h left</source>
        <translation>剩余 %1 小时</translation>
    </message>
    <message>
        <source>%1 (waiting on customer)</source>
        <translation>%1（等待客户回复）</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>未分配</translation>
    </message>
    <message>
        <source>%1 (member no. %2)</source>
        <translation>%1（会员号 %2）</translation>
    </message>
    <message>
        <source>Waiting on the customer: the clocks are stopped.</source>
        <translation>等待客户回复：计时已暂停。</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>First response due</source>
        <translation>首次响应到期</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>剩余</translation>
    </message>
    <message>
        <source>Resolution due</source>
        <translation>解决到期</translation>
    </message>
</context>
<context>
    <name>caredesk::ui::ComplaintsPage</name>
    <message>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>&amp;New complaint</source>
        <translation>新建投诉(&amp;N)</translation>
    </message>
    <message>
        <source>Record a complaint (%1)</source>
        <translation>记录投诉（%1）</translation>
    </message>
    <message>
        <source>&amp;Business hours and SLA…</source>
        <translation>工作时间与时限(&amp;B)…</translation>
    </message>
    <message>
        <source>Working hours, holidays and complaint time limits</source>
        <translation>工作时间、节假日及投诉时限</translation>
    </message>
    <message>
        <source>Working hours, holidays and complaint time limits (read-only: only an administrator can change them)</source>
        <translation>工作时间、节假日及投诉时限（只读：仅管理员可修改）</translation>
    </message>
    <message>
        <source>Open complaints</source>
        <translation>未结案投诉</translation>
    </message>
    <message>
        <source>All received in a period</source>
        <translation>指定期间内受理的全部投诉</translation>
    </message>
    <message>
        <source>&amp;View:</source>
        <translation>查看(&amp;V)：</translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>Categor&amp;y:</source>
        <translation>类别(&amp;Y)：</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation>状态(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Mine only</source>
        <translation>仅看我的(&amp;M)</translation>
    </message>
    <message>
        <source>Complaint queue</source>
        <translation>投诉队列</translation>
    </message>
    <message>
        <source>&amp;Queue (soonest due first)</source>
        <translation>队列（最早到期优先）(&amp;Q)</translation>
    </message>
    <message>
        <source>Escalations</source>
        <translation>升级提醒</translation>
    </message>
    <message>
        <source>Escalations: none for you right now</source>
        <translation>升级提醒：目前没有需要您处理的投诉</translation>
    </message>
    <message numerus="yes">
        <source>Escalations for you: %n complaint(s) need attention</source>
        <translation>
            <numerusform>升级提醒：%n 条投诉需要您关注</numerusform>
        </translation>
    </message>
    <message>
        <source>No complaint matches these filters. Choose &quot;All categories&quot;, &quot;All states&quot; or clear &quot;Mine only&quot; to see more.</source>
        <translation>没有符合筛选条件的投诉。请选择“全部类别”“全部状态”或取消勾选“仅看我的”以查看更多。</translation>
    </message>
    <message>
        <source>No open complaints. When a customer complains, record it with New complaint (Ctrl+N) so it is followed up in time.</source>
        <translation>暂无未结案投诉。客户投诉时，请通过“新建投诉”（Ctrl+N）记录，以便及时跟进处理。</translation>
    </message>
    <message>
        <source>No complaints were received in this period. Choose other dates to look further back.</source>
        <translation>此期间内没有受理的投诉。请选择其他日期以查看更早的记录。</translation>
    </message>
</context>
<context>
    <name>caredesk::ui::ComplaintsTab</name>
    <message>
        <source>Complaints by category</source>
        <translation>按类别统计投诉</translation>
    </message>
    <message>
        <source>Complaints by severity</source>
        <translation>按严重程度统计投诉</translation>
    </message>
    <message>
        <source>Handled within the time limit</source>
        <translation>时限内处理情况</translation>
    </message>
    <message>
        <source>Root causes (Pareto)</source>
        <translation>根本原因（帕累托）</translation>
    </message>
    <message>
        <source>Complaints per month</source>
        <translation>每月投诉数</translation>
    </message>
    <message>
        <source>Repeat complainants</source>
        <translation>重复投诉客户</translation>
    </message>
</context>
<context>
    <name>caredesk::ui::ConsentChangeDialog</name>
    <message>
        <source>Record Consent Change</source>
        <translation>记录同意变更</translation>
    </message>
    <message>
        <source>What did %1 agree to or withdraw?</source>
        <translation>%1 同意或撤回了什么？</translation>
    </message>
    <message>
        <source>&amp;Given</source>
        <translation>同意(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Withdrawn</source>
        <translation>撤回(&amp;W)</translation>
    </message>
    <message>
        <source>Optional, e.g. signed form at reception</source>
        <translation>选填，例如：在前台签署了同意书</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>渠道(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>用途(&amp;P)：</translation>
    </message>
    <message>
        <source>Consent:</source>
        <translation>同意状态：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
</context>
<context>
    <name>caredesk::ui::CustomerEditDialog</name>
    <message>
        <source>New Customer</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <source>Edit Customer — %1</source>
        <translation>编辑客户 — %1</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, empty if not known</source>
        <translation>YYYY-MM-DD，不详则留空</translation>
    </message>
    <message>
        <source>For example 1980-05-17. Leave it empty when the date of birth is not known.</source>
        <translation>例如 1980-05-17。出生日期不详时请留空。</translation>
    </message>
    <message>
        <source>Only if the customer gives it</source>
        <translation>仅在客户提供时填写</translation>
    </message>
    <message>
        <source>Mobile or landline with area code</source>
        <translation>手机号或带区号的固定电话</translation>
    </message>
    <message>
        <source>Separate tags with commas</source>
        <translation>多个标签用逗号分隔</translation>
    </message>
    <message>
        <source>e.g. VIP, hypertension</source>
        <translation>例如：VIP，高血压</translation>
    </message>
    <message>
        <source>Separate tags with commas. Tags in use: %1</source>
        <translation>多个标签用逗号分隔。已在用的标签：%1</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>类型(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Sex:</source>
        <translation>性别(&amp;S)：</translation>
    </message>
    <message>
        <source>Date of &amp;birth:</source>
        <translation>出生日期(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;ID number:</source>
        <translation>身份证号(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>手机号(&amp;P)：</translation>
    </message>
    <message>
        <source>Second p&amp;hone:</source>
        <translation>备用电话(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>电子邮件(&amp;E)：</translation>
    </message>
    <message>
        <source>Assigned when saved</source>
        <translation>保存时自动分配</translation>
    </message>
    <message>
        <source>Member number:</source>
        <translation>会员号：</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>地域(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>Sou&amp;rce:</source>
        <translation>来源(&amp;R)：</translation>
    </message>
    <message>
        <source>Pre&amp;ferred channel:</source>
        <translation>首选联系方式(&amp;F)：</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>标签(&amp;A)：</translation>
    </message>
    <message>
        <source>e.g. internal medicine, diabetes</source>
        <translation>例如：内科，糖尿病</translation>
    </message>
    <message>
        <source>Specialties and condition categories, separated with commas</source>
        <translation>专科和病种，用逗号分隔</translation>
    </message>
    <message>
        <source>Spe&amp;cialties:</source>
        <translation>专科/病种(&amp;C)：</translation>
    </message>
    <message>
        <source>Needs regular (chronic) &amp;medication</source>
        <translation>需要长期（慢病）用药(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Lifecycle:</source>
        <translation>生命周期(&amp;L)：</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>疑似重复客户</translation>
    </message>
    <message>
        <source>&amp;Open Existing Customer</source>
        <translation>打开已有客户(&amp;O)</translation>
    </message>
    <message>
        <source>Close this form and open the selected customer</source>
        <translation>关闭此表单并打开所选客户</translation>
    </message>
    <message>
        <source>Or save a new customer anyway. Why is this a different person?</source>
        <translation>或者仍然保存为新客户。为什么这是另一个人？</translation>
    </message>
    <message>
        <source>For example: mother and daughter share this phone</source>
        <translation>例如：母女共用这个手机号</translation>
    </message>
    <message>
        <source>Save &amp;Anyway</source>
        <translation>仍然保存(&amp;A)</translation>
    </message>
    <message>
        <source>Enter the reason first; it is kept in the customer&apos;s notes</source>
        <translation>请先填写原因；原因会保存在客户备注中</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>登记(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Full name as on the ID card</source>
        <translation>与身份证一致的姓名</translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation>单位名称</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Enter the date as YYYY-MM-DD, for example 1980-05-17, or leave it empty if not known.</source>
        <translation>请按 YYYY-MM-DD 格式填写日期，例如 1980-05-17；不详则留空。</translation>
    </message>
    <message>
        <source>[Saved despite possible duplicate of %1: %2]</source>
        <translation>[疑似与 %1 重复，仍然保存：%2]</translation>
    </message>
    <message>
        <source>This person may already be registered:</source>
        <translation>此人可能已经登记过：</translation>
    </message>
    <message>
        <source>These %1 customers may be the same person:</source>
        <translation>以下 %1 位客户可能是同一个人：</translation>
    </message>
    <message>
        <source>Likelihood %1 of 100</source>
        <translation>相似度 %1（满分 100）</translation>
    </message>
    <message>
        <source>Open the existing customer or save anyway below, or change the details</source>
        <translation>请在下方打开已有客户或仍然保存，也可以修改资料</translation>
    </message>
</context>
<context>
    <name>caredesk::ui::CustomerListPage</name>
    <message>
        <source>Search customers</source>
        <translation>搜索客户</translation>
    </message>
    <message>
        <source>&amp;New Customer…</source>
        <translation>新建客户(&amp;N)…</translation>
    </message>
    <message>
        <source>Find &amp;Duplicates…</source>
        <translation>查找重复(&amp;D)…</translation>
    </message>
    <message>
        <source>Customer type</source>
        <translation>客户类型</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>Individuals</source>
        <translation>个人客户</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>团体客户</translation>
    </message>
    <message>
        <source>Activity status</source>
        <translation>活跃状态</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Dormant: no activity for %1 days. Lost: none for %2 days.</source>
        <translation>沉睡：%1 天无活动。流失：%2 天无活动。</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>Marketing consent</source>
        <translation>营销同意</translation>
    </message>
    <message>
        <source>Any consent</source>
        <translation>不限营销同意</translation>
    </message>
    <message>
        <source>Marketing consent given</source>
        <translation>已同意营销</translation>
    </message>
    <message>
        <source>No marketing consent</source>
        <translation>未同意营销</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Name, pinyin, phone or member number (%1)</source>
        <translation>姓名、拼音、手机号或会员号（%1）</translation>
    </message>
    <message>
        <source>Results update as you type.
Down: go to the results
Enter: open the highlighted customer
Esc: clear the search</source>
        <translation>边输入边显示结果。
下箭头：进入结果列表
回车：打开高亮的客户
Esc：清除搜索</translation>
    </message>
    <message>
        <source>Register a new customer (%1)</source>
        <translation>登记新客户（%1）</translation>
    </message>
    <message>
        <source>Look for customers registered more than once and merge them</source>
        <translation>查找重复登记的客户并合并</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>全部标签</translation>
    </message>
    <message>
        <source>Any region</source>
        <translation>全部地域</translation>
    </message>
    <message>
        <source>%1+ matches — type more</source>
        <translation>超过 %1 条匹配 — 请继续输入</translation>
    </message>
    <message>
        <source>1 match</source>
        <translation>1 条匹配</translation>
    </message>
    <message>
        <source>%1 matches</source>
        <translation>%1 条匹配</translation>
    </message>
    <message>
        <source>1 customer</source>
        <translation>1 位客户</translation>
    </message>
    <message>
        <source>%1 customers</source>
        <translation>%1 位客户</translation>
    </message>
    <message>
        <source>No customers yet. Press %1 to register the first one.</source>
        <translation>还没有客户。按 %1 登记第一位客户。</translation>
    </message>
    <message>
        <source>No customer matches “%1”.
Check the spelling, try the phone or member number, or press %2 to register a new customer.</source>
        <translation>没有与“%1”匹配的客户。
请检查输入，或改用手机号、会员号搜索；也可以按 %2 登记新客户。</translation>
    </message>
    <message>
        <source>No customers match these filters.</source>
        <translation>没有符合这些筛选条件的客户。</translation>
    </message>
    <message>
        <source>Keep typing: one letter is not enough to search.</source>
        <translation>请继续输入：只输入一个字母还无法搜索。</translation>
    </message>
</context>
<context>
    <name>caredesk::ui::CustomerProfilePage</name>
    <message>
        <source>Back to List</source>
        <translation>返回列表</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>← &amp;Back</source>
        <translation>← 返回(&amp;B)</translation>
    </message>
    <message>
        <source>Back to the customer list (%1)</source>
        <translation>返回客户列表（%1）</translation>
    </message>
    <message>
        <source>Record Co&amp;nsent Change…</source>
        <translation>记录同意变更(&amp;N)…</translation>
    </message>
    <message>
        <source>Record that the customer gave or withdrew consent to be contacted</source>
        <translation>记录客户同意或撤回联系许可</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>Edit this customer&apos;s details (%1)</source>
        <translation>编辑该客户资料（%1）</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>基本资料</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>客户关系</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>This record was merged into %1. Its history is there now.</source>
        <translation>此记录已合并到 %1，其历史记录现在在那里。</translation>
    </message>
    <message>
        <source>%1 · %2 · Member no. %3</source>
        <translation>%1 · %2 · 会员号 %3</translation>
    </message>
    <message>
        <source>%1 · Member no. %2</source>
        <translation>%1 · 会员号 %2</translation>
    </message>
    <message>
        <source>No phone number</source>
        <translation>无电话号码</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>手机号：%1</translation>
    </message>
    <message>
        <source>Second phone: %1</source>
        <translation>备用电话：%1</translation>
    </message>
    <message>
        <source>&amp;Hide Number</source>
        <translation>隐藏号码(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Reveal Number</source>
        <translation>显示完整号码(&amp;R)</translation>
    </message>
    <message>
        <source>Mask the phone numbers again</source>
        <translation>重新隐藏电话号码</translation>
    </message>
    <message>
        <source>Show the full phone numbers, for calling the customer</source>
        <translation>显示完整电话号码，用于联系客户</translation>
    </message>
    <message>
        <source>Member number:</source>
        <translation>会员号：</translation>
    </message>
    <message>
        <source>Date of birth:</source>
        <translation>出生日期：</translation>
    </message>
    <message>
        <source>ID number:</source>
        <translation>身份证号：</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>电子邮件：</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>地域：</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <source>Preferred channel:</source>
        <translation>首选联系方式：</translation>
    </message>
    <message>
        <source>Specialties:</source>
        <translation>专科/病种：</translation>
    </message>
    <message>
        <source>Medication:</source>
        <translation>用药：</translation>
    </message>
    <message>
        <source>Needs regular (chronic) medication</source>
        <translation>需要长期（慢病）用药</translation>
    </message>
    <message>
        <source>No regular medication recorded</source>
        <translation>未记录长期用药</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Membership:</source>
        <translation>会员等级：</translation>
    </message>
    <message>
        <source>last activity %1</source>
        <translation>最近活动 %1</translation>
    </message>
    <message>
        <source>no activity recorded since registration on %1</source>
        <translation>自 %1 登记以来无活动记录</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>活跃状态：</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Lifecycle:</source>
        <translation>生命周期：</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>标签：</translation>
    </message>
    <message>
        <source>%1: given %2</source>
        <translation>%1：%2 同意</translation>
    </message>
    <message>
        <source>%1: withdrawn %2</source>
        <translation>%1：%2 撤回</translation>
    </message>
    <message>
        <source>No consent recorded: do not contact for marketing or surveys.</source>
        <translation>没有同意记录：请勿进行营销联系或调查。</translation>
    </message>
    <message>
        <source>Consent:</source>
        <translation>联系同意：</translation>
    </message>
    <message>
        <source>No members linked yet.</source>
        <translation>尚未关联成员。</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 等，另有 %2 位</translation>
    </message>
    <message>
        <source>Members:</source>
        <translation>成员：</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>所属团体：</translation>
    </message>
    <message>
        <source>Referred by:</source>
        <translation>推荐人：</translation>
    </message>
    <message>
        <source>Nobody recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>Consent Not Recorded</source>
        <translation>未能记录同意</translation>
    </message>
    <message>
        <source>Undo Merge</source>
        <translation>撤销合并</translation>
    </message>
    <message>
        <source>Undo the merge of %1 into %2?

Both customers will be listed separately again, each with the details and history they had before the merge.</source>
        <translation>撤销将 %1 合并到 %2 的操作吗？

两位客户将重新分开显示，各自恢复合并前的资料和历史记录。</translation>
    </message>
    <message>
        <source>Merge Not Undone</source>
        <translation>未能撤销合并</translation>
    </message>
    <message>
        <source>Record &amp;Visit…</source>
        <translation>记录就诊(&amp;V)…</translation>
    </message>
    <message>
        <source>Record a visit or purchase (Alt+V), then Enter to save</source>
        <translation>记录就诊或消费（Alt+V），然后按回车保存</translation>
    </message>
    <message>
        <source>&amp;Log Contact…</source>
        <translation>记录沟通(&amp;L)…</translation>
    </message>
    <message>
        <source>Log a call, message or conversation with this customer (Alt+L)</source>
        <translation>记录与该客户的通话、消息或交谈（Alt+L）</translation>
    </message>
    <message>
        <source>&amp;Survey…</source>
        <translation>满意度调查(&amp;S)…</translation>
    </message>
    <message>
        <source>Enter a satisfaction survey, e.g. a paper form (Alt+S)</source>
        <translation>录入满意度调查，例如纸质问卷（Alt+S）</translation>
    </message>
    <message>
        <source>Redeem &amp;Points…</source>
        <translation>兑换积分(&amp;P)…</translation>
    </message>
    <message>
        <source>Pay with loyalty points (Alt+P)</source>
        <translation>用会员积分支付（Alt+P）</translation>
    </message>
    <message>
        <source>S&amp;tatement…</source>
        <translation>积分对账单(&amp;T)…</translation>
    </message>
    <message>
        <source>Save the member&apos;s points statement for the last 12 months as a PDF to print or hand over (Alt+T)</source>
        <translation>将该会员近 12 个月的积分对账单保存为 PDF，用于打印或交给客户（Alt+T）</translation>
    </message>
    <message>
        <source>Show in the timeline</source>
        <translation>在时间线中显示</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>时间范围</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>全部时间</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>近 30 天</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>近 3 个月</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>近 12 个月</translation>
    </message>
    <message>
        <source>&amp;Undo Merge…</source>
        <translation>撤销合并(&amp;U)…</translation>
    </message>
    <message>
        <source>Restore both customers exactly as they were before the selected merge</source>
        <translation>将两位客户完全恢复到所选合并之前的状态</translation>
    </message>
    <message>
        <source>Sh&amp;ow:</source>
        <translation>显示(&amp;O)：</translation>
    </message>
    <message>
        <source>Nothing of this kind was recorded in this period.</source>
        <translation>此期间没有此类记录。</translation>
    </message>
    <message>
        <source>%1 · %2 points</source>
        <translation>%1 · %2 积分</translation>
    </message>
    <message>
        <source>%1 (%2 expire within 30 days)</source>
        <translation>%1（其中 %2 积分将在 30 天内过期）</translation>
    </message>
    <message>
        <source>points-statement-%1.pdf</source>
        <translation>积分对账单-%1.pdf</translation>
    </message>
    <message>
        <source>Save Points Statement</source>
        <translation>保存积分对账单</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Statement Not Saved</source>
        <translation>未能保存积分对账单</translation>
    </message>
    <message>
        <source>Co&amp;mplaint…</source>
        <translation>投诉(&amp;M)…</translation>
    </message>
    <message>
        <source>Take a complaint from this customer (Alt+M)</source>
        <translation>受理该客户的投诉（Alt+M）</translation>
    </message>
    <message>
        <source>Pl&amp;an Follow-up…</source>
        <translation>安排回访(&amp;A)…</translation>
    </message>
    <message>
        <source>Plan a follow-up call with this customer (Alt+A)</source>
        <translation>为该客户安排回访电话（Alt+A）</translation>
    </message>
</context>
<context>
    <name>caredesk::ui::CustomerTableModel</name>
    <message>
        <source>Organisation</source>
        <translation>团体客户</translation>
    </message>
    <message>
        <source>Born %1</source>
        <translation>出生于 %1</translation>
    </message>
    <message>
        <source>Second phone: %1</source>
        <translation>备用电话：%1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Member no.</source>
        <translation>会员号</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>最近活动</translation>
    </message>
    <message>
        <source>Search results are listed best match first.</source>
        <translation>搜索结果按匹配程度排列，最匹配的在前。</translation>
    </message>
    <message>
        <source>Click to sort by this column.</source>
        <translation>点击按此列排序。</translation>
    </message>
    <message>
        <source>This column cannot be sorted.</source>
        <translation>此列不能排序。</translation>
    </message>
</context>
<context>
    <name>caredesk::ui::CustomerText</name>
    <message>
        <source>Not known</source>
        <translation>不详</translation>
    </message>
    <message>
        <source>Age not known</source>
        <translation>年龄不详</translation>
    </message>
    <message>
        <source>Age %1</source>
        <translation>%1 岁</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>Second phone</source>
        <translation>备用电话</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Preferred channel</source>
        <translation>首选联系方式</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Lifecycle stage</source>
        <translation>生命周期阶段</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>born %1</source>
        <translation>生于 %1</translation>
    </message>
    <message>
        <source>birth date not known</source>
        <translation>出生日期不详</translation>
    </message>
    <message>
        <source>; </source>
        <comment>separates the reasons why two customers may be the same person</comment>
        <translation>；</translation>
    </message>
</context>
<context>
    <name>caredesk::ui::CustomersPage</name>
    <message>
        <source>&amp;New Customer…</source>
        <translation>新建客户(&amp;N)…</translation>
    </message>
    <message>
        <source>Register a new customer</source>
        <translation>登记新客户</translation>
    </message>
    <message>
        <source>&amp;Find Customer</source>
        <translation>查找客户(&amp;F)</translation>
    </message>
    <message>
        <source>Search customers by name, pinyin, phone or member number</source>
        <translation>按姓名、拼音、手机号或会员号搜索客户</translation>
    </message>
    <message>
        <source>Customer Not Found</source>
        <translation>找不到该客户</translation>
    </message>
</context>
<context>
    <name>caredesk::ui::DashboardCharts</name>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>回复数</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>净推荐值</translation>
    </message>
    <message>
        <source>95% interval</source>
        <translation>95% 置信区间</translation>
    </message>
    <message>
        <source>NPS* (shrunk)</source>
        <translation>NPS*（收缩估计）</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>满意度评分</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>样本量</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>small sample</source>
        <translation>样本量小</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>NPS* pulls small groups toward the site&apos;s NPS of %1: (n·NPS + %2·site)/(n + %2). * marks fewer than %3 answers.</source>
        <translation>NPS* 将小组数据向本机构净推荐值 %1 收缩：(n·NPS + %2·本机构)/(n + %2)。* 表示回答数少于 %3 条。</translation>
    </message>
    <message>
        <source>The chart shows the top %1; Numbers lists all %2.</source>
        <translation>图表显示前 %1 项；“数据”中列出全部 %2 项。</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>¥%1</source>
        <translation>¥%1</translation>
    </message>
    <message>
        <source>%1 (95% interval %2 to %3, n = %4)</source>
        <translation>%1（95% 置信区间 %2 至 %3，n = %4）</translation>
    </message>
    <message>
        <source>NPS trend with 95% interval</source>
        <translation>净推荐值趋势（含 95% 置信区间）</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>时间范围</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>回答数</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Promoters</source>
        <translation>推荐者</translation>
    </message>
    <message>
        <source>Detractors</source>
        <translation>贬损者</translation>
    </message>
    <message>
        <source>No one answered the recommend question in this period. Choose a longer period, or record survey responses under Feedback.</source>
        <translation>本时间范围内无人回答推荐意愿问题。请选择更长的时间范围，或在“反馈”中录入满意度调查回复。</translation>
    </message>
    <message>
        <source>Period NPS %1. The band is where the true NPS lies with 95% confidence; wide bands mean few answers.</source>
        <translation>本期净推荐值 %1。色带表示真实净推荐值 95% 置信度所在范围；色带越宽，说明回答越少。</translation>
    </message>
    <message>
        <source>CSAT trend (share scoring 4 or 5)</source>
        <translation>满意度评分趋势（4 分或 5 分占比）</translation>
    </message>
    <message>
        <source>Overall scores</source>
        <translation>总体评分</translation>
    </message>
    <message>
        <source>4 or 5</source>
        <translation>4 分或 5 分</translation>
    </message>
    <message>
        <source>No overall satisfaction scores in this period. Choose a longer period, or record survey responses under Feedback.</source>
        <translation>本时间范围内没有总体满意度评分。请选择更长的时间范围，或在“反馈”中录入满意度调查回复。</translation>
    </message>
    <message>
        <source>% scoring 4 or 5</source>
        <translation>4 分或 5 分占比（%）</translation>
    </message>
    <message>
        <source>Period CSAT %1 of %2 overall scores.</source>
        <translation>本期满意度评分 %1（共 %2 条总体评分）。</translation>
    </message>
    <message>
        <source>Dimension scores (0–100)</source>
        <translation>各维度评分（0–100）</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>维度</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Importance</source>
        <translation>重要度</translation>
    </message>
    <message>
        <source>No dimension scores in this period.</source>
        <translation>本时间范围内没有维度评分。</translation>
    </message>
    <message>
        <source>Mean score, 0–100</source>
        <translation>平均分（0–100）</translation>
    </message>
    <message>
        <source>* fewer than %1 scores: read with care.</source>
        <translation>* 评分少于 %1 条：请谨慎解读。</translation>
    </message>
    <message>
        <source>Importance × performance</source>
        <translation>重要度 × 表现</translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation>配对数</translation>
    </message>
    <message>
        <source>Quadrant</source>
        <translation>象限</translation>
    </message>
    <message>
        <source>Importance needs at least %1 responses with both a dimension score and an overall score. Choose a longer period.</source>
        <translation>计算重要度至少需要 %1 条同时包含维度评分和总体评分的回复。请选择更长的时间范围。</translation>
    </message>
    <message>
        <source>Importance (correlation with overall score)</source>
        <translation>重要度（与总体评分的相关性）</translation>
    </message>
    <message>
        <source>Score, 0–100</source>
        <translation>评分（0–100）</translation>
    </message>
    <message>
        <source>Dashed lines: mean importance %1 and mean score %2. Top left (important, scored low) is where to concentrate.</source>
        <translation>虚线：平均重要度 %1，平均分 %2。左上区域（重要但得分低）为重点改进方向。</translation>
    </message>
    <message>
        <source>NPS by department</source>
        <translation>按科室统计净推荐值</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>科室</translation>
    </message>
    <message>
        <source>No responses name a department in this period.</source>
        <translation>本时间范围内没有注明科室的回复。</translation>
    </message>
    <message>
        <source>NPS by staff member</source>
        <translation>按工作人员统计净推荐值</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <source>No responses name a staff member in this period.</source>
        <translation>本时间范围内没有注明工作人员的回复。</translation>
    </message>
    <message>
        <source>No survey responses in this period.</source>
        <translation>本时间范围内没有满意度调查回复。</translation>
    </message>
    <message>
        <source>%1 responses · NPS %2 · CSAT %3 · site NPS %4 (the prior for NPS*)</source>
        <translation>%1 条回复 · 净推荐值 %2 · 满意度评分 %3 · 本机构净推荐值 %4（NPS* 的先验值）</translation>
    </message>
    <message>
        <source>Complaints by category</source>
        <translation>按类别统计投诉</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>No complaints were received in this period.</source>
        <translation>本时间范围内未受理投诉。</translation>
    </message>
    <message>
        <source>Complaints by severity</source>
        <translation>按严重程度统计投诉</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Handled within the time limit</source>
        <translation>时限内处理情况</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>已判定</translation>
    </message>
    <message>
        <source>Within limit</source>
        <translation>时限内</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>首次响应</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>解决</translation>
    </message>
    <message>
        <source>Median resolution time</source>
        <translation>解决时长中位数</translation>
    </message>
    <message>
        <source>P90 resolution time</source>
        <translation>解决时长 P90</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>已重新打开</translation>
    </message>
    <message>
        <source>No complaint in this period has reached a time limit yet.</source>
        <translation>本时间范围内尚无投诉到达时限。</translation>
    </message>
    <message>
        <source>% within limit</source>
        <translation>时限内占比（%）</translation>
    </message>
    <message>
        <source>% within the time limit</source>
        <translation>时限内完成占比（%）</translation>
    </message>
    <message>
        <source>Resolution time: median %1, P90 %2 (business hours). Reopen rate %3.</source>
        <translation>解决时长：中位数 %1，P90 %2（工作时间）。重新打开率 %3。</translation>
    </message>
    <message>
        <source>Root causes (Pareto)</source>
        <translation>根本原因（帕累托）</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>根本原因</translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation>累计</translation>
    </message>
    <message>
        <source>%1 complaints with a root cause recorded, %2 without (not yet investigated).</source>
        <translation>%1 条投诉已记录根本原因，%2 条未记录（尚未调查）。</translation>
    </message>
    <message>
        <source>No root causes recorded for complaints of this period yet.</source>
        <translation>本时间范围内的投诉尚未记录根本原因。</translation>
    </message>
    <message>
        <source>Cumulative share</source>
        <translation>累计占比</translation>
    </message>
    <message>
        <source>Cumulative %</source>
        <translation>累计 %</translation>
    </message>
    <message>
        <source>Complaints per month</source>
        <translation>每月投诉数</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已受理</translation>
    </message>
    <message>
        <source>Resolved by now</source>
        <translation>目前已解决</translation>
    </message>
    <message>
        <source>Repeat complainants</source>
        <translation>重复投诉客户</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Last received</source>
        <translation>最近受理</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>Customers with two or more complaints in the period. Enter or double-click opens the profile.</source>
        <translation>本时间范围内投诉两次及以上的客户。按 Enter 或双击可打开客户档案。</translation>
    </message>
    <message>
        <source>No customer complained more than once in this period.</source>
        <translation>本时间范围内没有客户重复投诉。</translation>
    </message>
    <message>
        <source>%1 complaints · first response within limit %2 · resolution within limit %3 · median %4, P90 %5 · reopened %6 · %7 repeat complainants</source>
        <translation>%1 条投诉 · 首次响应时限内 %2 · 解决时限内 %3 · 中位数 %4，P90 %5 · 重新打开 %6 · 重复投诉客户 %7 位</translation>
    </message>
    <message>
        <source>Members by tier</source>
        <translation>按会员等级统计会员</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>会员等级</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>会员数</translation>
    </message>
    <message>
        <source>No loyalty members yet. Points are earned when visits with an amount are recorded.</source>
        <translation>暂无会员。录入含金额的就诊记录后即可获得积分。</translation>
    </message>
    <message>
        <source>Points earned, redeemed and expired</source>
        <translation>积分获得、兑换与过期</translation>
    </message>
    <message>
        <source>Earned</source>
        <translation>获得</translation>
    </message>
    <message>
        <source>Redeemed</source>
        <translation>兑换</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>过期</translation>
    </message>
    <message>
        <source>Adjusted</source>
        <translation>调整</translation>
    </message>
    <message>
        <source>No points were earned, redeemed or expired in this period.</source>
        <translation>本时间范围内没有积分获得、兑换或过期。</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Redemption rate over the period: %1 (redeemed ÷ earned).</source>
        <translation>本期兑换率：%1（兑换 ÷ 获得）。</translation>
    </message>
    <message>
        <source>Points liability and redemption</source>
        <translation>积分负债与兑换</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Members holding points</source>
        <translation>持有积分的会员</translation>
    </message>
    <message>
        <source>Points outstanding on %1</source>
        <translation>截至 %1 未使用积分</translation>
    </message>
    <message>
        <source>Worth at the redemption value</source>
        <translation>按兑换价值折算金额</translation>
    </message>
    <message>
        <source>Past expiry, not yet written off</source>
        <translation>已过期但尚未核销</translation>
    </message>
    <message>
        <source>Earned in the period</source>
        <translation>本期获得</translation>
    </message>
    <message>
        <source>Redeemed in the period</source>
        <translation>本期兑换</translation>
    </message>
    <message>
        <source>Expired in the period</source>
        <translation>本期过期</translation>
    </message>
    <message>
        <source>Redemption rate</source>
        <translation>兑换率</translation>
    </message>
    <message>
        <source>No loyalty members yet.</source>
        <translation>暂无会员。</translation>
    </message>
    <message>
        <source>%1 members · %2 points outstanding (%3) · redemption rate %4</source>
        <translation>%1 位会员 · 未使用积分 %2（%3） · 兑换率 %4</translation>
    </message>
    <message>
        <source>Churn figures have not been computed yet. They are computed when this tab opens; press Refresh to try again.</source>
        <translation>尚未计算流失数据。打开此标签页时会自动计算；请按“刷新”重试。</translation>
    </message>
    <message>
        <source>Churn rate per month</source>
        <translation>每月流失率</translation>
    </message>
    <message>
        <source>Active at start</source>
        <translation>期初活跃</translation>
    </message>
    <message>
        <source>Lapsed</source>
        <translation>已流失</translation>
    </message>
    <message>
        <source>Came back</source>
        <translation>已回归</translation>
    </message>
    <message>
        <source>Churn rate</source>
        <translation>流失率</translation>
    </message>
    <message>
        <source>No visits yet, so no churn to show.</source>
        <translation>暂无就诊记录，无流失数据可显示。</translation>
    </message>
    <message>
        <source>% of active customers lapsing</source>
        <translation>活跃客户流失占比（%）</translation>
    </message>
    <message>
        <source>A customer lapses %1 days after a visit with no later one. Over the last 12 months %2 of active customers lapsed.</source>
        <translation>客户在某次就诊后 %1 天内无再次就诊即视为流失。过去 12 个月中，%2 的活跃客户已流失。</translation>
    </message>
    <message>
        <source>Cohort retention (by month of first visit)</source>
        <translation>同期群留存（按首次就诊月份）</translation>
    </message>
    <message>
        <source>First visit</source>
        <translation>首次就诊</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <source>M%1</source>
        <translation>M%1</translation>
    </message>
    <message>
        <source>Share of each month&apos;s new customers who visited again k months later (M0 is the first month). Darker is better.</source>
        <translation>每月新客户在 k 个月后再次就诊的占比（M0 为首月）。颜色越深越好。</translation>
    </message>
    <message>
        <source>No first visits in the last 12 months.</source>
        <translation>过去 12 个月内没有首次就诊记录。</translation>
    </message>
    <message>
        <source>Retention curves (Kaplan–Meier) by segment</source>
        <translation>按目标人群的留存曲线（卡普兰-迈耶）</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>目标人群</translation>
    </message>
    <message>
        <source>Median time to lapse</source>
        <translation>流失时间中位数</translation>
    </message>
    <message>
        <source>Retained after 1 year</source>
        <translation>1 年后留存</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>未达到</translation>
    </message>
    <message>
        <source>No visits yet, so no retention to show.</source>
        <translation>暂无就诊记录，无留存数据可显示。</translation>
    </message>
    <message>
        <source>Days since first visit</source>
        <translation>距首次就诊天数</translation>
    </message>
    <message>
        <source>% still retained</source>
        <translation>仍留存占比（%）</translation>
    </message>
    <message>
        <source>Time from the first visit to lapsing; customers still active are counted until today. The median is where a curve crosses 50%.</source>
        <translation>从首次就诊到流失的时间；仍活跃的客户计算至今天。中位数为曲线与 50% 的交点。</translation>
    </message>
    <message>
        <source>Customers by value segment (RFM)</source>
        <translation>按价值分群统计客户（RFM）</translation>
    </message>
    <message>
        <source>Average yearly spend</source>
        <translation>年均消费</translation>
    </message>
    <message>
        <source>Average lifetime value</source>
        <translation>平均客户终身价值</translation>
    </message>
    <message>
        <source>No customers with visits yet.</source>
        <translation>暂无有就诊记录的客户。</translation>
    </message>
    <message>
        <source>Recency, frequency and spend over the last 365 days, each scored 1–5 by quintile.</source>
        <translation>最近 365 天的最近消费、消费频率和消费金额，各按五分位计 1–5 分。</translation>
    </message>
    <message>
        <source>Customer lifetime value (estimate)</source>
        <translation>客户终身价值（估算）</translation>
    </message>
    <message>
        <source>Annual churn rate</source>
        <translation>年流失率</translation>
    </message>
    <message>
        <source>Expected remaining years</source>
        <translation>预计剩余年数</translation>
    </message>
    <message>
        <source>Customers with an estimate</source>
        <translation>有估算值的客户</translation>
    </message>
    <message>
        <source>Total lifetime value</source>
        <translation>客户终身价值合计</translation>
    </message>
    <message>
        <source>Yearly spend × expected remaining years (1 ÷ annual churn rate, at most %1). Lapsed customers count as 0.</source>
        <translation>年消费额 × 预计剩余年数（1 ÷ 年流失率，最多 %1 年）。已流失客户计为 0。</translation>
    </message>
    <message>
        <source>High risk %1 · medium %2 · low %3 · lapsed %4 · computed %5</source>
        <translation>高风险 %1 · 中风险 %2 · 低风险 %3 · 已流失 %4 · 计算于 %5</translation>
    </message>
    <message>
        <source>Median and P90 are read from a histogram of resolution times (quarter hours below 24 business hours, whole hours to 120, coarser beyond), so they are within one bucket of the exact value.</source>
        <translation>中位数和 P90 取自解决时长的分段统计（24 个工作小时以内按一刻钟分段，120 小时以内按整小时，更长则分段更粗），与精确值相差不超过一个分段。</translation>
    </message>
    <message>
        <source>%1 %2 days</source>
        <translation>%1 %2 天</translation>
    </message>
    <message>
        <source>%1 not reached</source>
        <translation>%1 未达到</translation>
    </message>
    <message>
        <source>Median time to lapse: %1.</source>
        <translation>流失时间中位数：%1。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <source>Root cause (by rank, see below)</source>
        <translation>根本原因（按排名，见下方）</translation>
    </message>
    <message>
        <source>%1*</source>
        <translation>%1*</translation>
    </message>
    <message>
        <source>* This month so far (to %1).</source>
        <translation>* 为本月截至目前（%1）的数据。</translation>
    </message>
</context>
<context>
    <name>caredesk::ui::DashboardTab</name>
    <message>
        <source>Computing…</source>
        <translation>正在计算…</translation>
    </message>
</context>
<context>
    <name>caredesk::ui::DashboardsPage</name>
    <message>
        <source>Dashboards</source>
        <translation>数据看板</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>最近 3 个月</translation>
    </message>
    <message>
        <source>Last 6 months</source>
        <translation>最近 6 个月</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>最近 12 个月</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>今年</translation>
    </message>
    <message>
        <source>Custom period</source>
        <translation>自定义期间</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>期间(&amp;P)：</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>起始日</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>截止日</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>科室(&amp;D)：</translation>
    </message>
    <message>
        <source>S&amp;taff:</source>
        <translation>工作人员(&amp;T)：</translation>
    </message>
    <message>
        <source>Visit &amp;kind:</source>
        <translation>就诊类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Compute the figures again (F5)</source>
        <translation>重新计算数据（F5）</translation>
    </message>
    <message>
        <source>&amp;Monthly report…</source>
        <translation>月度报告(&amp;M)…</translation>
    </message>
    <message>
        <source>Write the monthly management report as a PDF</source>
        <translation>将月度管理报告生成为 PDF</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>&amp;Satisfaction</source>
        <translation>满意度(&amp;S)</translation>
    </message>
    <message>
        <source>C&amp;hurn early warning</source>
        <translation>流失预警(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Complaints</source>
        <translation>投诉(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Loyalty and value</source>
        <translation>忠诚度与价值(&amp;L)</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>全部科室</translation>
    </message>
    <message>
        <source>All staff</source>
        <translation>全部工作人员</translation>
    </message>
    <message>
        <source>All visit kinds</source>
        <translation>全部就诊类型</translation>
    </message>
    <message>
        <source>Monthly report</source>
        <translation>月度报告</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>月份(&amp;M)：</translation>
    </message>
    <message>
        <source>Save monthly report</source>
        <translation>保存月度报告</translation>
    </message>
    <message>
        <source>management-report-%1.pdf</source>
        <translation>management-report-%1.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The report for %1 was saved to %2.</source>
        <translation>%1 的报告已保存到 %2。</translation>
    </message>
    <message>
        <source>Gathering the figures for %1…</source>
        <translation>正在汇总 %1 的数据…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>caredesk::ui::DimensionScoreTableModel</name>
    <message>
        <source>Fewer than %1 answers: treat this score with caution.</source>
        <translation>回答不足 %1 份：请谨慎看待此得分。</translation>
    </message>
    <message>
        <source>Dimension (weakest first)</source>
        <translation>维度（得分最低的在前）</translation>
    </message>
    <message>
        <source>Score (0–100)</source>
        <translation>得分（0–100）</translation>
    </message>
    <message>
        <source>n</source>
        <translation>回答数</translation>
    </message>
    <message>
        <source>Mean of the 1–5 answers on a 0–100 scale: 1 is 0, 3 is 50, 5 is 100</source>
        <translation>1–5 分回答的平均值，换算为 0–100 分：1 分为 0，3 分为 50，5 分为 100</translation>
    </message>
    <message>
        <source>Answers to this question in the period</source>
        <translation>本期间该题的回答数</translation>
    </message>
</context>
<context>
    <name>caredesk::ui::DuplicatePairTableModel</name>
    <message>
        <source>Likelihood that these are the same person, out of 100</source>
        <translation>两者为同一人的可能性（满分 100）</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>相似度</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>疑似重复</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>caredesk::ui::DuplicatesPage</name>
    <message>
        <source>Back to List</source>
        <translation>返回列表</translation>
    </message>
    <message>
        <source>← &amp;Back</source>
        <translation>← 返回(&amp;B)</translation>
    </message>
    <message>
        <source>Back to the customer list (%1)</source>
        <translation>返回客户列表（%1）</translation>
    </message>
    <message>
        <source>Possible Duplicates</source>
        <translation>疑似重复客户</translation>
    </message>
    <message>
        <source>&amp;Scan Again</source>
        <translation>重新扫描(&amp;S)</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>疑似重复客户</translation>
    </message>
    <message>
        <source>No possible duplicates found.</source>
        <translation>没有发现疑似重复的客户。</translation>
    </message>
    <message>
        <source>&amp;Open Customer</source>
        <translation>打开客户(&amp;O)</translation>
    </message>
    <message>
        <source>Open the first customer of the selected pair</source>
        <translation>打开所选一组中的第一位客户</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>合并(&amp;M)…</translation>
    </message>
    <message>
        <source>Compare the selected pair and merge them (Enter)</source>
        <translation>比较所选的两位客户并合并（回车）</translation>
    </message>
    <message>
        <source>1 pair of customers may be the same person.</source>
        <translation>有 1 组客户可能是同一个人。</translation>
    </message>
    <message>
        <source>%1 pairs of customers may be the same person. The most likely come first.</source>
        <translation>有 %1 组客户可能是同一个人，可能性最高的排在前面。</translation>
    </message>
</context>
<context>
    <name>caredesk::ui::EmptyStatePage</name>
    <message>
        <source>This part of CareDesk is not available yet.</source>
        <translation>CareDesk 的这一部分尚未推出。</translation>
    </message>
</context>
<context>
    <name>caredesk::ui::FeedbackPage</name>
    <message>
        <source>Period</source>
        <translation>时间范围</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>上月</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>近 3 个月</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>近 12 个月</translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation>自定义日期</translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Change a date to choose your own period</source>
        <translation>修改日期即可自定义时间范围</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>科室</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <source>Edit Survey &amp;Template…</source>
        <translation>编辑问卷模板(&amp;T)…</translation>
    </message>
    <message>
        <source>Add, rename, reorder or retire the questions of the survey</source>
        <translation>添加、重命名、调整顺序或停用问卷题目</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>时间范围(&amp;P)：</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>科室(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Staff:</source>
        <translation>工作人员(&amp;S)：</translation>
    </message>
    <message>
        <source>Net Promoter Score</source>
        <translation>净推荐值 (NPS)</translation>
    </message>
    <message>
        <source>% promoters (9–10) minus % detractors (0–6), with its 95% interval</source>
        <translation>推荐者（9–10 分）占比减去贬损者（0–6 分）占比，附 95% 置信区间</translation>
    </message>
    <message>
        <source>Customer satisfaction (CSAT)</source>
        <translation>客户满意度 (CSAT)</translation>
    </message>
    <message>
        <source>Dimension scores</source>
        <translation>各维度得分</translation>
    </message>
    <message>
        <source>Survey answers</source>
        <translation>调查结果</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>全部科室</translation>
    </message>
    <message>
        <source>All staff</source>
        <translation>全部工作人员</translation>
    </message>
    <message>
        <source>The period starts after it ends. Choose a first day on or before the last day.</source>
        <translation>起始日期晚于截止日期。请选择不晚于截止日期的起始日期。</translation>
    </message>
    <message>
        <source>No period chosen.</source>
        <translation>未选择时间范围。</translation>
    </message>
    <message>
        <source>The survey answers could not be read.</source>
        <translation>无法读取满意度调查结果。</translation>
    </message>
    <message>
        <source>No survey answers in this period. Enter paper forms from a customer&apos;s profile (Alt+S).</source>
        <translation>此期间没有满意度调查结果。可在客户资料页录入纸质问卷（Alt+S）。</translation>
    </message>
    <message>
        <source>No survey answers in this period for the chosen department or staff member. Choose &quot;All&quot; to see every answer, or enter paper forms from a customer&apos;s profile (Alt+S).</source>
        <translation>此期间所选科室或工作人员没有满意度调查结果。选择“全部”可查看所有调查结果，也可在客户资料页录入纸质问卷（Alt+S）。</translation>
    </message>
    <message>
        <source>Fewer than %1 answers: treat with caution.</source>
        <translation>回答不足 %1 份：请谨慎看待。</translation>
    </message>
    <message>
        <source>NPS: no answers</source>
        <translation>净推荐值：暂无回答</translation>
    </message>
    <message>
        <source>No one answered the recommend question in this period.</source>
        <translation>此期间无人回答推荐意愿题。</translation>
    </message>
    <message>
        <source>NPS %1 (%2 – %3), n = %4</source>
        <translation>净推荐值 %1（%2 – %3），回答数 %4</translation>
    </message>
    <message>
        <source>Promoters %1 · Passives %2 · Detractors %3</source>
        <translation>推荐者 %1 · 被动者 %2 · 贬损者 %3</translation>
    </message>
    <message>
        <source>CSAT: no answers</source>
        <translation>满意度：暂无回答</translation>
    </message>
    <message>
        <source>No one gave an overall score in this period.</source>
        <translation>此期间无人给出总体评分。</translation>
    </message>
    <message>
        <source>CSAT %1%, n = %2</source>
        <translation>满意度 %1%，回答数 %2</translation>
    </message>
    <message>
        <source>%1 of %2 answered 4 or 5 out of 5</source>
        <translation>%2 人中有 %1 人评为 4 分或 5 分（满分 5 分）</translation>
    </message>
    <message>
        <source>Answers in this period: %1 · detractors (NPS 0–6) in red</source>
        <translation>本期间调查结果：%1 · 贬损者（NPS 0–6 分）以红色显示</translation>
    </message>
</context>
<context>
    <name>caredesk::ui::FirstRunDialog</name>
    <message>
        <source>Set Up CareDesk</source>
        <translation>设置 CareDesk</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 上一步(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>下一步(&amp;N) &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>完成(&amp;F)</translation>
    </message>
    <message>
        <source>For example: Riverside Family Clinic</source>
        <translation>例如：河畔社区诊所</translation>
    </message>
    <message>
        <source>Clinic</source>
        <translation>诊所</translation>
    </message>
    <message>
        <source>Pharmacy</source>
        <translation>药店</translation>
    </message>
    <message>
        <source>The language changes the next time CareDesk starts.</source>
        <translation>语言将在下次启动 CareDesk 时生效。</translation>
    </message>
    <message>
        <source>&amp;Name of the clinic or pharmacy:</source>
        <translation>诊所或药店名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Type of site:</source>
        <translation>机构类型(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Welcome to CareDesk</source>
        <translation>欢迎使用 CareDesk</translation>
    </message>
    <message>
        <source>CareDesk keeps your customers, visits, feedback and follow-ups in an encrypted database on this computer. First, tell it about your site.</source>
        <translation>CareDesk 将客户、就诊、反馈和回访记录保存在这台电脑上的加密数据库中。首先，请填写机构信息。</translation>
    </message>
    <message>
        <source>The type of site chooses suitable defaults, such as survey questions and customer categories.</source>
        <translation>机构类型决定合适的默认设置，例如满意度调查题目和客户分类。</translation>
    </message>
    <message>
        <source>The two passwords do not match.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Confirm password:</source>
        <translation>确认密码(&amp;C)：</translation>
    </message>
    <message>
        <source>First administrator</source>
        <translation>第一位管理员</translation>
    </message>
    <message>
        <source>This account adds staff accounts, makes backups and reviews the audit trail. Its password unlocks the database: choose one that only you know.</source>
        <translation>该账户负责添加员工账户、备份数据和查看审计记录。它的密码用于解锁数据库：请选择只有您自己知道的密码。</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>I have &amp;stored the recovery key safely</source>
        <translation>我已妥善保存恢复密钥(&amp;S)</translation>
    </message>
    <message>
        <source>Store the recovery key and tick the box before you continue.</source>
        <translation>请先保存恢复密钥并勾选此项，然后再继续。</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>恢复密钥</translation>
    </message>
    <message>
        <source>The database has been created. This is its recovery key. It is shown only now: CareDesk keeps no copy and cannot show it again.</source>
        <translation>数据库已创建。下面是它的恢复密钥。它只在此时显示：CareDesk 不保留副本，也无法再次显示。</translation>
    </message>
    <message>
        <source>If every administrator password is lost, this key is the only way back to the data. Print it or write it down and keep it offline, for example in a safe. Never keep it in the same place as this computer, and never in a file, an email or a chat message.</source>
        <translation>如果所有管理员密码都丢失，这个密钥是找回数据的唯一途径。请将其打印或抄写下来并离线保存，例如放在保险柜里。切勿与这台电脑放在同一处，也不要存进文件、电子邮件或聊天消息。</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>第 %1 步，共 %2 步</translation>
    </message>
    <message>
        <source>&amp;Create Database</source>
        <translation>创建数据库(&amp;C)</translation>
    </message>
    <message>
        <source>The database could not be created.</source>
        <translation>无法创建数据库。</translation>
    </message>
    <message>
        <source>CareDesk recovery key</source>
        <translation>CareDesk 恢复密钥</translation>
    </message>
    <message>
        <source>Print Recovery Key</source>
        <translation>打印恢复密钥</translation>
    </message>
    <message>
        <source>Site: %1</source>
        <translation>机构：%1</translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation>创建日期：%1</translation>
    </message>
    <message>
        <source>This key opens the database if every administrator password is lost. Keep this page offline in a safe place, away from the computer.</source>
        <translation>如果所有管理员密码都丢失，可用此密钥打开数据库。请将此页离线保存在安全的地方，远离电脑。</translation>
    </message>
</context>
<context>
    <name>caredesk::ui::FollowUpFiguresTableModel</name>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>按时完成</translation>
    </message>
    <message>
        <source>Overdue now</source>
        <translation>当前逾期</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>完成率</translation>
    </message>
    <message>
        <source>On-time rate</source>
        <translation>按时完成率</translation>
    </message>
</context>
<context>
    <name>caredesk::ui::FollowUpOutcomeDialog</name>
    <message>
        <source>Record the call</source>
        <translation>记录通话</translation>
    </message>
    <message>
        <source>%1 (%2) · %3 · %4</source>
        <translation>%1（%2）· %3 · %4</translation>
    </message>
    <message>
        <source>Outcome (press 1–6)</source>
        <translation>结果（按 1–6）</translation>
    </message>
    <message>
        <source>&amp;%1  %2</source>
        <translation>&amp;%1  %2</translation>
    </message>
    <message>
        <source>What the customer said</source>
        <translation>客户反馈内容</translation>
    </message>
    <message>
        <source>Try &amp;again on</source>
        <translation>改日重拨(&amp;A)</translation>
    </message>
    <message>
        <source>Day to try again</source>
        <translation>重拨日期</translation>
    </message>
    <message>
        <source>&amp;Result:</source>
        <translation>结果说明(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Save and next</source>
        <translation>保存并下一条(&amp;S)</translation>
    </message>
    <message>
        <source>Choose how the call went: press 1 to 6.</source>
        <translation>请选择通话结果：按 1 到 6。</translation>
    </message>
</context>
<context>
    <name>caredesk::ui::FollowUpRescheduleDialog</name>
    <message>
        <source>Move the call to another day</source>
        <translation>将回访电话改到其他日期</translation>
    </message>
    <message>
        <source>For example: the customer asked to be called next week</source>
        <translation>例如：客户要求下周再来电</translation>
    </message>
    <message>
        <source>&amp;New day:</source>
        <translation>新日期(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>原因(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>改期(&amp;M)</translation>
    </message>
    <message>
        <source>Say why the call moves to another day.</source>
        <translation>请说明改期原因。</translation>
    </message>
</context>
<context>
    <name>caredesk::ui::FollowUpRuleDialog</name>
    <message>
        <source>Follow-up rule: %1</source>
        <translation>回访规则：%1</translation>
    </message>
    <message>
        <source>Rule is o&amp;n</source>
        <translation>启用规则(&amp;N)</translation>
    </message>
    <message>
        <source>Service desk default</source>
        <translation>客服中心默认</translation>
    </message>
    <message>
        <source>Trigger:</source>
        <translation>触发条件：</translation>
    </message>
    <message>
        <source>&amp;Days before it runs out:</source>
        <translation>用完前天数(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Days after:</source>
        <translation>延后天数(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Visit kinds:</source>
        <translation>就诊类型(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Calls go to:</source>
        <translation>电话分配给(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Account or fallback:</source>
        <translation>账号或备选(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>优先级(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Script:</source>
        <translation>话术(&amp;S)：</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>保存(&amp;V)</translation>
    </message>
    <message>
        <source>Leave empty for the standard script: %1</source>
        <translation>留空则使用标准话术：%1</translation>
    </message>
</context>
<context>
    <name>caredesk::ui::FollowUpRuleTableModel</name>
    <message>
        <source>On</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>service desk default</source>
        <translation>客服中心默认</translation>
    </message>
    <message>
        <source>%1, else %2</source>
        <translation>%1，否则 %2</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>规则说明</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Calls go to</source>
        <translation>分配给</translation>
    </message>
</context>
<context>
    <name>caredesk::ui::FollowUpTaskTableModel</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 (overdue %n day(s))</source>
        <translation>
            <numerusform>%1（逾期 %n 天）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Open the task (Enter) to see the whole number.</source>
        <translation>打开任务（Enter）查看完整号码。</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>话术</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>已改期</translation>
    </message>
</context>
<context>
    <name>caredesk::ui::FollowUpsPage</name>
    <message>
        <source>Follow-ups</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Ne&amp;w follow-up…</source>
        <translation>新建回访(&amp;W)…</translation>
    </message>
    <message>
        <source>J/K move · N next · Enter record the call · R another day · P profile</source>
        <translation>J/K 移动 · N 下一条 · Enter 记录通话 · R 改期 · P 客户档案</translation>
    </message>
    <message>
        <source>My follow-ups due today</source>
        <translation>我今日到期的回访</translation>
    </message>
    <message>
        <source>No follow-ups due today. New calls appear here by themselves after visits, unhappy survey answers, resolved complaints and refills; add one by hand with New follow-up (Alt+W).</source>
        <translation>今日没有到期的回访。就诊、满意度调查不满意、投诉解决和续药后，新的回访会自动出现在这里；也可以通过“新建回访”（Alt+W）手动添加。</translation>
    </message>
    <message>
        <source>&amp;Record outcome…</source>
        <translation>记录结果(&amp;R)…</translation>
    </message>
    <message>
        <source>Another &amp;day…</source>
        <translation>改期(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>客户档案(&amp;P)</translation>
    </message>
    <message>
        <source>Due &amp;from</source>
        <translation>到期日从(&amp;F)</translation>
    </message>
    <message>
        <source>t&amp;o</source>
        <translation>至(&amp;O)</translation>
    </message>
    <message>
        <source>Completion by staff</source>
        <translation>各工作人员完成情况</translation>
    </message>
    <message>
        <source>Overdue follow-ups of all staff</source>
        <translation>全体工作人员的逾期回访</translation>
    </message>
    <message>
        <source>Overdue, all staff:</source>
        <translation>逾期（全体工作人员）：</translation>
    </message>
    <message>
        <source>Follow-up rules</source>
        <translation>回访规则</translation>
    </message>
    <message>
        <source>&amp;Edit rule…</source>
        <translation>编辑规则(&amp;E)…</translation>
    </message>
    <message>
        <source>Only service officers, managers and administrators change the rules.</source>
        <translation>只有客服专员、经理和管理员可以修改规则。</translation>
    </message>
    <message>
        <source>&amp;My queue</source>
        <translation>我的队列(&amp;M)</translation>
    </message>
    <message>
        <source>S&amp;upervisor</source>
        <translation>主管视图(&amp;U)</translation>
    </message>
    <message>
        <source>Ru&amp;les</source>
        <translation>规则(&amp;L)</translation>
    </message>
    <message>
        <source>%1 due, %2 overdue</source>
        <translation>%1 条到期，%2 条逾期</translation>
    </message>
    <message>
        <source>Record the call</source>
        <translation>记录通话</translation>
    </message>
    <message>
        <source>Move the call</source>
        <translation>改期</translation>
    </message>
    <message>
        <source>Follow-up call, task %1</source>
        <translation>回访电话，任务 %1</translation>
    </message>
</context>
<context>
    <name>caredesk::ui::InteractionDialog</name>
    <message>
        <source>Log Contact — %1</source>
        <translation>记录沟通 — %1</translation>
    </message>
    <message>
        <source>A call, message or conversation with %1 (%2)</source>
        <translation>与 %1（%2）的通话、消息或交谈</translation>
    </message>
    <message>
        <source>What was said or agreed; Ctrl+Enter saves</source>
        <translation>沟通内容或约定事项；按 Ctrl+Enter 保存</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>渠道(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>方向(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>时间(&amp;T)：</translation>
    </message>
    <message>
        <source>St&amp;aff:</source>
        <translation>工作人员(&amp;A)：</translation>
    </message>
    <message>
        <source>S&amp;ummary:</source>
        <translation>摘要(&amp;U)：</translation>
    </message>
    <message>
        <source>About &amp;visit:</source>
        <translation>关联就诊(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Write a short summary of the contact.</source>
        <translation>请填写简短的沟通摘要。</translation>
    </message>
    <message>
        <source>The summary is too long; keep it under %1 characters.</source>
        <translation>摘要过长；请控制在 %1 个字符以内。</translation>
    </message>
</context>
<context>
    <name>caredesk::ui::LockScreenDialog</name>
    <message>
        <source>CareDesk Is Locked</source>
        <translation>CareDesk 已锁定</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Sign Out</source>
        <translation>退出登录(&amp;S)</translation>
    </message>
    <message>
        <source>Closes CareDesk. Entries that were not saved are discarded.</source>
        <translation>关闭 CareDesk。未保存的内容将被丢弃。</translation>
    </message>
    <message>
        <source>CareDesk is locked (after a while without use, or with Ctrl+L), so that patients&apos; details are not left on screen. %1 is signed in: enter the password to go on where you left off.</source>
        <translation>CareDesk 已锁定（一段时间无操作后，或按 Ctrl+L），以免患者信息留在屏幕上。%1 已登录：输入密码即可回到刚才的位置继续工作。</translation>
    </message>
</context>
<context>
    <name>caredesk::ui::LoyaltyPage</name>
    <message>
        <source>¥%1</source>
        <translation>¥%1</translation>
    </message>
    <message>
        <source>Loyalty and membership</source>
        <translation>会员与积分</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Count again from the points ledger</source>
        <translation>根据积分流水重新统计</translation>
    </message>
    <message>
        <source>Members with points</source>
        <translation>有积分的会员</translation>
    </message>
    <message>
        <source>Customers whose balance is above 0</source>
        <translation>积分余额大于 0 的客户</translation>
    </message>
    <message>
        <source>Outstanding points</source>
        <translation>未使用积分</translation>
    </message>
    <message>
        <source>Points earned and neither redeemed nor expired: what the site still owes its members</source>
        <translation>已获得但尚未兑换、也未过期的积分，即本机构仍欠会员的积分</translation>
    </message>
    <message>
        <source>Expiring in the next %1 days</source>
        <translation>未来 %1 天内过期</translation>
    </message>
    <message>
        <source>Points whose lot reaches its expiry day within the next %1 days: a reason to remind those members</source>
        <translation>将在未来 %1 天内到期的积分，可据此提醒相关会员</translation>
    </message>
    <message>
        <source>Earned, last 12 months</source>
        <translation>近 12 个月获得</translation>
    </message>
    <message>
        <source>Points earned on purchases and referral rewards, less the ones reversed</source>
        <translation>消费和推荐奖励获得的积分，扣除已冲正的部分</translation>
    </message>
    <message>
        <source>Redeemed, last 12 months</source>
        <translation>近 12 个月兑换</translation>
    </message>
    <message>
        <source>Points paid for drugs, devices or services, less redemptions reversed</source>
        <translation>用于兑换药品、器械或服务的积分，扣除已冲正的兑换</translation>
    </message>
    <message>
        <source>Expired, last 12 months</source>
        <translation>近 12 个月过期</translation>
    </message>
    <message>
        <source>Points that reached their expiry day unused</source>
        <translation>到期仍未使用的积分</translation>
    </message>
    <message>
        <source>Redemption rate</source>
        <translation>兑换率</translation>
    </message>
    <message>
        <source>Points redeemed ÷ points earned in the last 12 months. A low rate means members do not see value in their points; a high one, that the liability turns into cost.</source>
        <translation>近 12 个月兑换积分 ÷ 获得积分。兑换率低，说明会员觉得积分没有价值；兑换率高，说明积分负债正在转化为成本。</translation>
    </message>
    <message>
        <source>Members per tier</source>
        <translation>各等级会员数</translation>
    </message>
    <message>
        <source>Customers with points history, by their tier as last evaluated</source>
        <translation>有积分记录的客户，按最近一次评定的会员等级统计</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>概览(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Programme settings</source>
        <translation>方案设置(&amp;P)</translation>
    </message>
    <message>
        <source>At the end of %1; the last 12 months are %2 to %1.</source>
        <translation>截至 %1；近 12 个月指 %2 至 %1。</translation>
    </message>
    <message>
        <source>worth %1 at %2 points per ¥1</source>
        <translation>按每 %2 积分抵 ¥1 计，可抵 %1</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>redeemed ÷ earned</source>
        <translation>兑换 ÷ 获得</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>nothing earned in the last 12 months</source>
        <translation>近 12 个月没有获得积分</translation>
    </message>
    <message numerus="yes">
        <source>held by %n member(s)</source>
        <translation>
            <numerusform>由 %n 位会员持有</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n 位会员</numerusform>
        </translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1：</translation>
    </message>
    <message>
        <source>No member has earned points yet. Points are earned when a purchase or visit is recorded for a customer, under the programme settings.</source>
        <translation>还没有会员获得积分。为客户记录消费或就诊时，会按会员积分方案设置获得积分。</translation>
    </message>
</context>
<context>
    <name>caredesk::ui::LoyaltyProgramForm</name>
    <message>
        <source>Earning</source>
        <translation>获得积分</translation>
    </message>
    <message>
        <source> points per ¥1</source>
        <translation> 积分/¥1</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1：</translation>
    </message>
    <message>
        <source>Points per ¥1 spent on %1</source>
        <translation>%1 每消费 ¥1 获得的积分</translation>
    </message>
    <message>
        <source>Prescription drugs (Rx) neither earn nor pay with points</source>
        <translation>处方药 (Rx) 不获得积分，也不能用积分兑换</translation>
    </message>
    <message>
        <source>Pharmacy rules treat rewards on prescription medicines as an inducement to buy them: with this on, Rx lines earn no points, whatever their rate, and points cannot pay for Rx items. Turn it off only where the site&apos;s rules allow it.</source>
        <translation>药店相关规定将处方药的积分奖励视为诱导购药：开启此项后，无论积分比例如何，处方药项目都不获得积分，也不能用积分兑换处方药。仅在本机构的规定允许时才关闭此项。</translation>
    </message>
    <message>
        <source>Referrals and redemption</source>
        <translation>推荐与兑换</translation>
    </message>
    <message>
        <source> points</source>
        <translation> 积分</translation>
    </message>
    <message>
        <source>Paid once to the referrer when the referred customer completes a first visit</source>
        <translation>被推荐客户完成首次就诊后，向推荐人发放一次</translation>
    </message>
    <message>
        <source>Re&amp;ferral reward:</source>
        <translation>推荐奖励(&amp;F)：</translation>
    </message>
    <message>
        <source> points = ¥1</source>
        <translation> 积分 = ¥1</translation>
    </message>
    <message>
        <source>What points are worth when they pay for something, and so what the outstanding points are worth to the site</source>
        <translation>积分用于支付时的价值，也决定了未使用积分对本机构的价值</translation>
    </message>
    <message>
        <source>When re&amp;deemed:</source>
        <translation>兑换时(&amp;D)：</translation>
    </message>
    <message>
        <source>Expiry and tiers</source>
        <translation>有效期与会员等级</translation>
    </message>
    <message>
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>永不过期</translation>
    </message>
    <message>
        <source>Points expire this many months after the day they were earned; 0: never</source>
        <translation>积分自获得之日起经过此月数后过期；0 表示永不过期</translation>
    </message>
    <message>
        <source>Points e&amp;xpire after:</source>
        <translation>积分有效期(&amp;X)：</translation>
    </message>
    <message>
        <source>The tier is decided by the points earned on purchases within this many months up to the day</source>
        <translation>会员等级按截至当天、此月数内消费获得的积分确定</translation>
    </message>
    <message>
        <source>&amp;Qualification window:</source>
        <translation>定级周期(&amp;Q)：</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>会员等级</translation>
    </message>
    <message>
        <source>Tier id</source>
        <translation>等级标识</translation>
    </message>
    <message>
        <source>Shown as</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <source>Qualifying points</source>
        <translation>定级积分</translation>
    </message>
    <message>
        <source>Lowest tier first; it needs 0 points. Each tier needs more qualifying points than the one above it in the list.</source>
        <translation>最低等级排在最前，所需积分为 0。每个等级所需的定级积分必须多于列表中位于它上方的等级。</translation>
    </message>
    <message>
        <source>&amp;Add Tier</source>
        <translation>添加等级(&amp;A)</translation>
    </message>
    <message>
        <source>Re&amp;move Tier</source>
        <translation>删除等级(&amp;M)</translation>
    </message>
    <message>
        <source>Removes the highlighted tier; members in it move to the tier below when their tier is next evaluated</source>
        <translation>删除选中的等级；该等级的会员将在下次评定等级时降入下一级</translation>
    </message>
    <message>
        <source>&amp;Save Programme</source>
        <translation>保存方案(&amp;S)</translation>
    </message>
    <message>
        <source>Rever&amp;t</source>
        <translation>还原(&amp;T)</translation>
    </message>
    <message>
        <source>Show the saved settings again, dropping the changes</source>
        <translation>放弃更改，重新显示已保存的设置</translation>
    </message>
    <message>
        <source>Changes apply from the next purchase: points already earned keep their expiry day, and tiers use the new thresholds when they are next evaluated.</source>
        <translation>更改从下一笔消费起生效：已获得的积分保持原到期日，会员等级在下次评定时采用新的门槛。</translation>
    </message>
    <message>
        <source>Only an administrator or a manager can change the loyalty programme. You are signed in as %1 (%2), so these settings are shown read-only.</source>
        <translation>只有管理员或经理可以修改会员积分方案。您当前以 %1（%2）身份登录，因此这些设置仅供查看。</translation>
    </message>
    <message>
        <source>Tier %1 needs an id, such as “gold”.</source>
        <translation>第 %1 个会员等级缺少标识。请填写一个标识，例如“gold”。</translation>
    </message>
    <message>
        <source>There are two tiers with the id “%1”; give each tier its own.</source>
        <translation>有两个会员等级的标识都是“%1”；请为每个等级设置不同的标识。</translation>
    </message>
    <message>
        <source>Loyalty Programme Not Saved</source>
        <translation>未能保存会员积分方案</translation>
    </message>
    <message>
        <source>Saved. New purchases earn by these settings.</source>
        <translation>已保存。新消费将按这些设置获得积分。</translation>
    </message>
    <message>
        <source>The name people see; the built-in ids standard, silver, gold and vip are translated</source>
        <translation>显示给用户的名称；内置标识 standard、silver、gold 和 vip 会自动翻译</translation>
    </message>
    <message>
        <source>Prescription drugs are excluded from the programme (see below)</source>
        <translation>处方药不参与会员积分方案（见下方）</translation>
    </message>
</context>
<context>
    <name>caredesk::ui::LoyaltyTab</name>
    <message>
        <source>Members by tier</source>
        <translation>各会员等级人数</translation>
    </message>
    <message>
        <source>Points earned, redeemed and expired</source>
        <translation>积分获得、兑换与过期</translation>
    </message>
    <message>
        <source>Customers by value segment (RFM)</source>
        <translation>按价值分群的客户（RFM）</translation>
    </message>
    <message>
        <source>Points liability and redemption</source>
        <translation>积分负债与兑换</translation>
    </message>
    <message>
        <source>Customer lifetime value (estimate)</source>
        <translation>客户终身价值（估算）</translation>
    </message>
</context>
<context>
    <name>caredesk::ui::MainWindow</name>
    <message>
        <source>CareDesk — %1</source>
        <translation>CareDesk — %1</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>就诊与消费</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>反馈与满意度</translation>
    </message>
    <message>
        <source>Loyalty</source>
        <translation>会员与积分</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>营销活动</translation>
    </message>
    <message>
        <source>Dashboards</source>
        <translation>数据看板</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>系统管理</translation>
    </message>
    <message>
        <source>Individual and organisational customers: contact details, consent, tags and history, with quick search and duplicate checks.</source>
        <translation>个人客户和团体客户：联系方式、同意记录、标签和往来历史，支持快速搜索和重复检查。</translation>
    </message>
    <message>
        <source>Visits and purchases: consultations, examinations and pharmacy sales, with staff, items and amounts.</source>
        <translation>就诊和消费记录：门诊、检查和药品销售，包括接待员工、项目和金额。</translation>
    </message>
    <message>
        <source>Satisfaction surveys and feedback forms: overall score, likelihood to recommend and scores by service dimension.</source>
        <translation>满意度调查和反馈表：总体评分、推荐意愿以及各服务维度的评分。</translation>
    </message>
    <message>
        <source>Membership tiers and points: what each member earned, redeemed and has left, and when points expire.</source>
        <translation>会员等级和积分：每位会员获得、兑换和剩余的积分，以及积分到期时间。</translation>
    </message>
    <message>
        <source>Complaints from receipt to closure, with time limits, root cause, corrective action and the customer&apos;s satisfaction with the result.</source>
        <translation>投诉从受理到结案的闭环管理，包括处理时限、根本原因、整改措施以及客户对处理结果的满意度。</translation>
    </message>
    <message>
        <source>The follow-up queue: calls after visits, medication checks, surveys and win-back of dormant customers, with results and timeliness.</source>
        <translation>回访任务：就诊后回访、用药情况核查、满意度调查和沉睡客户唤回，并记录结果和及时性。</translation>
    </message>
    <message>
        <source>Campaigns and community activities such as health lectures and free check-ups: participants, responses and conversions.</source>
        <translation>营销活动和社区服务，如健康讲座和免费体检：参与者、响应和转化情况。</translation>
    </message>
    <message>
        <source>Trends in satisfaction, complaints, churn warnings and loyalty, by department, staff member and period, with printable reports.</source>
        <translation>按科室、员工和时段查看满意度、投诉、流失预警和会员忠诚度的趋势，并可打印报告。</translation>
    </message>
    <message>
        <source>Staff accounts and roles, backups, imports and the audit trail.</source>
        <translation>员工账户和角色、备份、导入以及审计记录。</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>功能区</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Vie&amp;w</source>
        <translation>查看(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About CareDesk</source>
        <translation>关于 CareDesk(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 &amp;Qt</translation>
    </message>
    <message>
        <source>Site: %1</source>
        <translation>机构：%1</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>当前用户：%1（%2）</translation>
    </message>
    <message>
        <source>CareDesk %1

Customer relationships for clinics and pharmacies, kept in an encrypted database on this computer.

Database engine: %2

CareDesk is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License, version 3 or (at your option) any later version (GPL-3.0-or-later). It comes with ABSOLUTELY NO WARRANTY.</source>
        <translation>CareDesk %1

面向诊所和药店的客户关系管理，数据保存在这台电脑上的加密数据库中。

数据库引擎：%2

CareDesk 是自由软件：您可以依据 GNU 通用公共许可证第 3 版或（由您选择）任何更高版本（GPL-3.0-or-later）的条款重新分发和/或修改它。本软件不提供任何担保。</translation>
    </message>
    <message>
        <source>About CareDesk</source>
        <translation>关于 CareDesk</translation>
    </message>
    <message>
        <source>&amp;Customers</source>
        <translation>客户(&amp;C)</translation>
    </message>
    <message>
        <source>Review &amp;Duplicates…</source>
        <translation>检查重复客户(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>锁定(&amp;L)</translation>
    </message>
    <message>
        <source>Hide every window until your password is entered again</source>
        <translation>隐藏所有窗口，直到重新输入密码</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s) need your attention</source>
        <translation>
            <numerusform>您有 %n 条投诉需要处理</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) due today or overdue for you</source>
        <translation>
            <numerusform>您有 %n 条回访今日到期或已逾期</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Back Up…</source>
        <translation>备份(&amp;B)…</translation>
    </message>
    <message>
        <source>Write an encrypted, checked copy of the database and its keyring</source>
        <translation>写入数据库及其密钥环的加密副本并校验</translation>
    </message>
    <message>
        <source>Only an administrator or a manager can make a backup.</source>
        <translation>只有管理员或经理可以备份。</translation>
    </message>
    <message>
        <source>No backup yet: File &gt; Back Up…</source>
        <translation>尚未备份：文件 &gt; 备份…</translation>
    </message>
    <message numerus="yes">
        <source>Last backup %1, %n day(s) ago: back up now (File &gt; Back Up…)</source>
        <translation>
            <numerusform>上次备份 %1，已过 %n 天：请立即备份（文件 &gt; 备份…）</numerusform>
        </translation>
    </message>
    <message>
        <source>Last backup %1</source>
        <translation>上次备份 %1</translation>
    </message>
    <message>
        <source>Back Up</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>CareDesk backups (*.cdbackup)</source>
        <translation>CareDesk 备份 (*.cdbackup)</translation>
    </message>
    <message>
        <source>The backup was saved to %1 and read back without errors. Keep a copy away from this computer; it opens only with a staff password of this site or the recovery key.</source>
        <translation>备份已保存到 %1，回读校验无误。请在其他地方另存一份副本；只有本机构工作人员的密码或恢复密钥才能打开它。</translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>Restore a backup into a new file, check it, then put it in place</source>
        <translation>将备份恢复到新文件，检查无误后再替换当前数据库</translation>
    </message>
    <message>
        <source>Only an administrator or a manager can restore a backup.</source>
        <translation>只有管理员或经理可以恢复备份。</translation>
    </message>
    <message>
        <source>Change &amp;Password…</source>
        <translation>修改密码(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Export Personal Data…</source>
        <translation>导出个人信息(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Anonymise Customer…</source>
        <translation>匿名化客户(&amp;A)…</translation>
    </message>
    <message>
        <source>Only a manager or an administrator handles privacy requests.</source>
        <translation>隐私请求只能由经理或管理员处理。</translation>
    </message>
    <message>
        <source>Open a customer&apos;s profile first.</source>
        <translation>请先打开客户档案。</translation>
    </message>
    <message>
        <source>Dashboards are for service officers, managers and administrators. Ask one of them for the figures you need.</source>
        <translation>数据看板仅供客服专员、经理和管理员使用。如需相关数据，请向他们索取。</translation>
    </message>
    <message>
        <source>Staff and security</source>
        <translation>工作人员与安全</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>审计记录</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>The backup was restored into %1 and checked. Put it in place of the current database now? CareDesk closes, keeps the current database aside and asks you to sign in again; you can still go back then.</source>
        <translation>备份已恢复到 %1 并检查完毕。现在用它替换当前数据库吗？CareDesk 将关闭，保留当前数据库备用，并要求您重新登录；届时仍可恢复原状。</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Audit trail: %1</source>
        <translation>审计记录：%1</translation>
    </message>
    <message>
        <source>The database file is damaged, so CareDesk opened it read-only: nothing can be changed. Restore the latest backup (File &gt; Restore from Backup…) or call your administrator.</source>
        <translation>数据库文件已损坏，CareDesk 已以只读方式打开：无法进行任何修改。请恢复最近的备份（文件 &gt; 从备份恢复…）或联系管理员。</translation>
    </message>
    <message>
        <source>Database Damaged</source>
        <translation>数据库已损坏</translation>
    </message>
    <message>
        <source>The integrity check found damage in the database file, so nothing can be changed now. Restore the latest backup? The damaged file is kept aside until you confirm.</source>
        <translation>完整性检查发现数据库文件已损坏，目前无法修改任何内容。要恢复最近的备份吗？在您确认之前，损坏的文件会被保留。</translation>
    </message>
    <message>
        <source>Loyalty expiries and tiers could not be brought up to date: %1</source>
        <translation>未能更新积分过期和会员等级：%1</translation>
    </message>
    <message>
        <source>Loyalty brought up to date (expired lots: %1, tier changes: %2).</source>
        <translation>积分与会员等级已更新（过期积分批次：%1，等级变动：%2）。</translation>
    </message>
</context>
<context>
    <name>caredesk::ui::MemberStatementPdf</name>
    <message>
        <source>Member points statement</source>
        <translation>会员积分对账单</translation>
    </message>
    <message>
        <source>Member: %1 (member no. %2)</source>
        <translation>会员：%1（会员号 %2）</translation>
    </message>
    <message>
        <source>Period: %1 to %2</source>
        <translation>期间：%1 至 %2</translation>
    </message>
    <message>
        <source>Tier: %1 (%2 qualifying points)</source>
        <translation>会员等级：%1（定级积分 %2）</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <source>Opening balance</source>
        <translation>期初余额</translation>
    </message>
    <message>
        <source>Closing balance</source>
        <translation>期末余额</translation>
    </message>
    <message>
        <source>No points were earned or used in this period.</source>
        <translation>本期间没有获得或使用积分。</translation>
    </message>
    <message>
        <source>Points expiring within 30 days: %1 · within 60 days: %2 · within 90 days: %3</source>
        <translation>30 天内过期积分：%1 · 60 天内：%2 · 90 天内：%3</translation>
    </message>
    <message>
        <source>The statement could not be saved to %1. Choose a folder you can write to.</source>
        <translation>无法将积分对账单保存到 %1。请选择您有写入权限的文件夹。</translation>
    </message>
    <message>
        <source>The statement could not be saved to %1. Check that the disk has space.</source>
        <translation>无法将积分对账单保存到 %1。请检查磁盘空间是否充足。</translation>
    </message>
</context>
<context>
    <name>caredesk::ui::MergeDialog</name>
    <message>
        <source>Merge Customers</source>
        <translation>合并客户</translation>
    </message>
    <message>
        <source>Keep one record and merge the other into it. Choose which record to keep and, where the two differ, which value is right.</source>
        <translation>保留一条记录，把另一条合并进来。请选择保留哪条记录；两条记录不一致的地方，请选择正确的值。</translation>
    </message>
    <message>
        <source>Record to keep:</source>
        <translation>保留的记录：</translation>
    </message>
    <message>
        <source>Moving to the kept record:</source>
        <translation>将转移到保留记录的内容：</translation>
    </message>
    <message>
        <source>Records that will move</source>
        <translation>将转移的记录</translation>
    </message>
    <message>
        <source>Nothing else is linked to the other record.</source>
        <translation>另一条记录没有其他关联内容。</translation>
    </message>
    <message>
        <source>The other record then no longer appears in lists or search. The merge can be undone from the kept customer&apos;s timeline.</source>
        <translation>合并后，另一条记录不再出现在列表和搜索中。可以在保留客户的时间线中撤销合并。</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>合并(&amp;M)</translation>
    </message>
    <message>
        <source>Keep %1 (%2, registered %3)</source>
        <translation>保留 %1（%2，%3 登记）</translation>
    </message>
    <message>
        <source>The two records have the same details.</source>
        <translation>两条记录的资料相同。</translation>
    </message>
    <message>
        <source>Where they differ</source>
        <translation>不一致的字段</translation>
    </message>
    <message>
        <source>Kept record (%1)</source>
        <translation>保留记录（%1）</translation>
    </message>
    <message>
        <source>Other record (%1)</source>
        <translation>另一条记录（%1）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1, given %2</source>
        <translation>%1，%2 同意</translation>
    </message>
    <message>
        <source>%1, withdrawn %2</source>
        <translation>%1，%2 撤回</translation>
    </message>
</context>
<context>
    <name>caredesk::ui::MessageBox</name>
    <message>
        <source>CareDesk</source>
        <translation>CareDesk</translation>
    </message>
</context>
<context>
    <name>caredesk::ui::MonthlyReportPdf</name>
    <message>
        <source>no complaint due yet</source>
        <translation>暂无到期的投诉</translation>
    </message>
    <message>
        <source>Repeat complainants</source>
        <translation>重复投诉客户</translation>
    </message>
    <message>
        <source>Complaints in the month</source>
        <translation>本月投诉数</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <source>Counts only; the names are in CareDesk under Dashboards → Complaints.</source>
        <translation>仅显示数量；客户姓名请在 CareDesk 的“数据看板 → 投诉”中查看。</translation>
    </message>
    <message>
        <source>No customer complained more than once this month.</source>
        <translation>本月没有客户投诉超过一次。</translation>
    </message>
    <message>
        <source>No one answered the recommend question this month.</source>
        <translation>本月无人回答推荐意愿问题。</translation>
    </message>
    <message>
        <source>NPS was %1 (n = %2); there were no answers the month before.</source>
        <translation>净推荐值为 %1（n = %2）；上月无回答。</translation>
    </message>
    <message>
        <source>NPS rose from %1 to %2 (n = %3).</source>
        <translation>净推荐值从 %1 上升至 %2（n = %3）。</translation>
    </message>
    <message>
        <source>NPS fell from %1 to %2 (n = %3).</source>
        <translation>净推荐值从 %1 下降至 %2（n = %3）。</translation>
    </message>
    <message>
        <source>NPS stayed at %1 (n = %2).</source>
        <translation>净推荐值保持在 %1（n = %2）。</translation>
    </message>
    <message>
        <source>Fewer than %1 answers: read with care.</source>
        <translation>回答少于 %1 份：请谨慎解读。</translation>
    </message>
    <message>
        <source>%1 of overall scores were 4 or 5 (CSAT).</source>
        <translation>%1 的总体评分为 4 或 5 分（满意度评分）。</translation>
    </message>
    <message>
        <source>CSAT (scores of 4 or 5) rose from %1 to %2.</source>
        <translation>满意度评分（4 或 5 分）从 %1 上升至 %2。</translation>
    </message>
    <message>
        <source>CSAT (scores of 4 or 5) fell from %1 to %2.</source>
        <translation>满意度评分（4 或 5 分）从 %1 下降至 %2。</translation>
    </message>
    <message>
        <source>CSAT (scores of 4 or 5) stayed at %1.</source>
        <translation>满意度评分（4 或 5 分）保持在 %1。</translation>
    </message>
    <message>
        <source>The weakest dimension was %1, scoring %2 of 100.</source>
        <translation>得分最低的维度是%1，得分 %2（满分 100）。</translation>
    </message>
    <message>
        <source>Important to customers but scored below average: %1.</source>
        <translation>对客户重要但得分低于平均水平：%1。</translation>
    </message>
    <message>
        <source>%1 complaints were received (%2 the month before).</source>
        <translation>本月受理投诉 %1 条（上月 %2 条）。</translation>
    </message>
    <message>
        <source>Within the first-response limit: %1 (was %2); within the resolution limit: %3 (was %4).</source>
        <translation>首次响应时限内完成：%1（上月 %2）；解决时限内完成：%3（上月 %4）。</translation>
    </message>
    <message>
        <source>Within the first-response limit: %1; within the resolution limit: %2.</source>
        <translation>首次响应时限内完成：%1；解决时限内完成：%2。</translation>
    </message>
    <message>
        <source>Resolution took %1 business hours at the median and %2 at P90.</source>
        <translation>解决用时中位数为 %1 个工作小时，P90 为 %2 个工作小时。</translation>
    </message>
    <message>
        <source>The most frequent root cause was %1 (%2 complaints, %3 of those with a cause).</source>
        <translation>最常见的根本原因是%1（%2 条投诉，占已确定原因投诉的 %3）。</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) complained more than once.</source>
        <translation>
            <numerusform>%n 位客户投诉超过一次。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 customers are at high churn risk and %2 at medium risk (as of %3).</source>
        <translation>%1 位客户有高流失风险，%2 位有中等流失风险（截至 %3）。</translation>
    </message>
    <message>
        <source>%1 of the customers active at the start of the month lapsed during it (%2 of %3).</source>
        <translation>月初活跃的客户中有 %1 在本月流失（%3 位中的 %2 位）。</translation>
    </message>
    <message>
        <source>Members earned %1 points and redeemed %2 (redemption rate %3); %4 points are outstanding, worth %5.</source>
        <translation>会员获得 %1 积分，兑换 %2 积分（兑换率 %3）；尚有 %4 积分未兑换，价值 %5。</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>The report could not be saved to %1. Choose a folder you can write to and check that the disk has space.</source>
        <translation>报告无法保存到 %1。请选择有写入权限的文件夹，并检查磁盘空间是否充足。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Choose another place for the report.</source>
        <translation>文件夹 %1 不存在。请为报告选择其他位置。</translation>
    </message>
    <message>
        <source>Monthly management report</source>
        <translation>月度管理报告</translation>
    </message>
    <message>
        <source>Month: %1 (compared with %2)</source>
        <translation>月份：%1（对比 %2）</translation>
    </message>
    <message>
        <source>Prepared %1</source>
        <translation>生成于 %1</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>主要变化</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Churn early warning</source>
        <translation>流失预警</translation>
    </message>
    <message>
        <source>Loyalty and value</source>
        <translation>忠诚度与价值</translation>
    </message>
    <message>
        <source>Figures only: this report names no customer. Days are counted in UTC for satisfaction and in local time for churn.</source>
        <translation>仅含统计数据：本报告不包含任何客户姓名。满意度按 UTC 计日，流失按本地时间计日。</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>The monthly report was cancelled.</source>
        <translation>月度报告已取消。</translation>
    </message>
    <message>
        <source>(Read from a histogram of resolution times: within one bucket, a quarter hour for times under a day, of exact.)</source>
        <translation>（取自解决时长的分段统计：与精确值相差不超过一个分段，一天以内为一刻钟。）</translation>
    </message>
    <message>
        <source>%1 customers moved into high risk this month, %2 recovered (no longer at risk).</source>
        <translation>本月有 %1 位客户进入高风险，%2 位已恢复（不再有流失风险）。</translation>
    </message>
</context>
<context>
    <name>caredesk::ui::NewFollowUpDialog</name>
    <message>
        <source>New follow-up</source>
        <translation>新建回访</translation>
    </message>
    <message>
        <source>Name, pinyin, phone or member number, then Enter</source>
        <translation>输入姓名、拼音、电话或会员号，然后按 Enter</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>What to ask or tell the customer</source>
        <translation>要询问或告知客户的内容</translation>
    </message>
    <message>
        <source>&amp;Find customer:</source>
        <translation>查找客户(&amp;F)：</translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation>客户(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>到期日(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Assigned to:</source>
        <translation>负责人(&amp;A)：</translation>
    </message>
    <message>
        <source>Sc&amp;ript:</source>
        <translation>话术(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>No customer matches %1.</source>
        <translation>没有与 %1 匹配的客户。</translation>
    </message>
    <message>
        <source>Find the customer first: type a name or phone and press Enter.</source>
        <translation>请先查找客户：输入姓名或电话后按 Enter。</translation>
    </message>
</context>
<context>
    <name>caredesk::ui::PasswordStrengthMeter</name>
    <message>
        <source>Password strength</source>
        <translation>密码强度</translation>
    </message>
    <message>
        <source>Strength: %1</source>
        <translation>强度：%1</translation>
    </message>
</context>
<context>
    <name>caredesk::ui::PermissionMatrixTableModel</name>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
</context>
<context>
    <name>caredesk::ui::PrivacyExportDialog</name>
    <message>
        <source>Export Personal Data</source>
        <translation>导出个人信息</translation>
    </message>
    <message>
        <source>%1 (member no. %2)</source>
        <translation>%1（会员号 %2）</translation>
    </message>
    <message>
        <source>customer %1</source>
        <translation>客户 %1</translation>
    </message>
    <message>
        <source>Writes everything CareDesk holds about %1 — profile, consent history, visits, contacts, surveys, complaints, follow-ups, loyalty points and campaigns — to a file, for the customer&apos;s request to see their data. The file is not encrypted: hand it over and delete your copy. The export is recorded in the audit trail.</source>
        <translation>将 CareDesk 保存的有关 %1 的全部信息（档案、授权记录、就诊、沟通记录、满意度调查、投诉、回访、会员积分和营销活动）写入文件，用于响应客户查阅本人数据的请求。该文件未加密：交付后请删除您的副本。本次导出将记入审计记录。</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Also write a readable &amp;PDF beside it</source>
        <translation>同时在旁边生成可阅读的 PDF(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;File (JSON):</source>
        <translation>文件（JSON）(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>请选择要写入的文件。</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) were written to %1 and %2.</source>
        <translation>
            <numerusform>已将 %n 条记录写入 %1 和 %2。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) were written to %1.</source>
        <translation>
            <numerusform>已将 %n 条记录写入 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>caredesk::ui::PrivacyExportPdf</name>
    <message numerus="yes">
        <source>(%n byte(s) of data)</source>
        <translation>
            <numerusform>（%n 字节数据）</numerusform>
        </translation>
    </message>
    <message>
        <source>Personal data held about customer %1</source>
        <translation>客户 %1 的个人信息</translation>
    </message>
    <message>
        <source>Exported on %1 by %2</source>
        <translation>由 %2 于 %1 导出</translation>
    </message>
    <message>
        <source>No records.</source>
        <translation>无记录。</translation>
    </message>
    <message>
        <source>The PDF could not be saved to %1. Choose a folder you can write to.</source>
        <translation>PDF 无法保存到 %1。请选择有写入权限的文件夹。</translation>
    </message>
    <message>
        <source>Personal data export</source>
        <translation>个人信息导出</translation>
    </message>
    <message>
        <source>The PDF could not be saved to %1. Check that the disk has space.</source>
        <translation>PDF 无法保存到 %1。请检查磁盘空间是否充足。</translation>
    </message>
</context>
<context>
    <name>caredesk::ui::RecordForm</name>
    <message>
        <source>¥%1</source>
        <translation>¥%1</translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Enter or Ctrl+Enter</source>
        <translation>回车或 Ctrl+Enter</translation>
    </message>
</context>
<context>
    <name>caredesk::ui::RedeemPointsDialog</name>
    <message>
        <source>Redeem Points — %1</source>
        <translation>兑换积分 — %1</translation>
    </message>
    <message>
        <source>Pay with the points of %1 (%2)</source>
        <translation>使用 %1（%2）的积分支付</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 积分</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>不详</translation>
    </message>
    <message>
        <source>%1 points, usable until %2</source>
        <translation>%1 积分，有效期至 %2</translation>
    </message>
    <message>
        <source>None: these points do not expire</source>
        <translation>无：这些积分永不过期</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>e.g. blood pressure monitor, health check</source>
        <translation>例如：血压计、体检</translation>
    </message>
    <message>
        <source>Balance:</source>
        <translation>积分余额：</translation>
    </message>
    <message>
        <source>Tier:</source>
        <translation>会员等级：</translation>
    </message>
    <message>
        <source>Expiring first:</source>
        <translation>最先过期：</translation>
    </message>
    <message>
        <source>&amp;Points to redeem:</source>
        <translation>兑换积分数(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>兑换用途(&amp;F)：</translation>
    </message>
    <message>
        <source>Product &amp;class:</source>
        <translation>商品类别(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Redeem</source>
        <translation>兑换(&amp;R)</translation>
    </message>
    <message>
        <source>Balance after: %1 (not enough points)</source>
        <translation>兑换后余额：%1（积分不足）</translation>
    </message>
    <message>
        <source>Balance after: %1 (these points are worth %2)</source>
        <translation>兑换后余额：%1（本次积分可抵 %2）</translation>
    </message>
    <message>
        <source>Balance after: %1</source>
        <translation>兑换后余额：%1</translation>
    </message>
    <message>
        <source>Enter how many points to redeem.</source>
        <translation>请输入要兑换的积分数。</translation>
    </message>
    <message>
        <source>Say what the points pay for.</source>
        <translation>请说明积分用于兑换什么。</translation>
    </message>
</context>
<context>
    <name>caredesk::ui::ResetPasswordDialog</name>
    <message>
        <source>Reset Password of %1</source>
        <translation>重置 %1 的密码</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>新密码(&amp;N)：</translation>
    </message>
    <message>
        <source>C&amp;onfirm password:</source>
        <translation>确认密码(&amp;O)：</translation>
    </message>
    <message>
        <source>%1 must choose their own password when they next sign in. Resetting also unlocks the account and re-enables it if it was disabled.</source>
        <translation>%1 下次登录时必须自行设置密码。重置密码还会解锁该账户，如账户已停用则会重新启用。</translation>
    </message>
    <message>
        <source>&amp;Reset Password</source>
        <translation>重置密码(&amp;R)</translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>两次输入的密码不一致。请输入相同的密码两次。</translation>
    </message>
</context>
<context>
    <name>caredesk::ui::RestoreDialog</name>
    <message>
        <source>Restore from Backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>The backup is restored into a new file beside the current database and checked with your password. Then CareDesk closes the current database, puts the restored one in its place and keeps the current one aside until you confirm, so you can still go back.</source>
        <translation>备份将恢复到当前数据库旁的新文件中，并用您的密码进行检查。随后 CareDesk 会关闭当前数据库，用恢复的数据库替换它，并保留当前数据库直至您确认，因此仍可恢复原状。</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Backup &amp;file:</source>
        <translation>备份文件(&amp;F)：</translation>
    </message>
    <message>
        <source>Your &amp;password (%1):</source>
        <translation>您的密码（%1）(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>CareDesk backups (*.cdbackup);;All files (*)</source>
        <translation>CareDesk 备份 (*.cdbackup);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Choose the backup file to restore.</source>
        <translation>请选择要恢复的备份文件。</translation>
    </message>
    <message>
        <source>Enter your password; the restored database is checked with it.</source>
        <translation>请输入您的密码；将用它检查恢复的数据库。</translation>
    </message>
</context>
<context>
    <name>caredesk::ui::RevealDialog</name>
    <message>
        <source>Reveal %1</source>
        <translation>查看完整%1</translation>
    </message>
    <message>
        <source>The full %1 is shown for this view only. Say why you need it; your name, the time and the reason go into the audit trail.</source>
        <translation>完整的%1仅在本次查看中显示。请说明查看原因；您的姓名、时间和原因将记入审计记录。</translation>
    </message>
    <message>
        <source>For example: calling back about the appointment</source>
        <translation>例如：就预约事宜回电</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>Re&amp;veal</source>
        <translation>查看完整信息(&amp;V)</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>电话号码</translation>
    </message>
    <message>
        <source>second phone number</source>
        <translation>第二电话号码</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
</context>
<context>
    <name>caredesk::ui::SatisfactionTab</name>
    <message>
        <source>NPS trend with 95% interval</source>
        <translation>净推荐值趋势（95% 置信区间）</translation>
    </message>
    <message>
        <source>CSAT trend (share scoring 4 or 5)</source>
        <translation>满意度评分趋势（4 或 5 分占比）</translation>
    </message>
    <message>
        <source>Dimension scores (0–100)</source>
        <translation>各维度得分（0–100）</translation>
    </message>
    <message>
        <source>Importance × performance</source>
        <translation>重要度 × 表现</translation>
    </message>
    <message>
        <source>NPS by department</source>
        <translation>各科室净推荐值</translation>
    </message>
    <message>
        <source>NPS by staff member</source>
        <translation>各工作人员净推荐值</translation>
    </message>
</context>
<context>
    <name>caredesk::ui::SegmentEditorWidget</name>
    <message>
        <source>Any</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Any region</source>
        <translation>全部地域</translation>
    </message>
    <message>
        <source>Any; several separated by commas</source>
        <translation>不限；多个请用逗号分隔</translation>
    </message>
    <message>
        <source>Any; e.g. %1</source>
        <translation>不限；例如 %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>Customers with at least one of these tags. Separate several with commas.</source>
        <translation>具有其中至少一个标签的客户。多个标签请用逗号分隔。</translation>
    </message>
    <message>
        <source>Dormant or lost</source>
        <translation>沉睡或流失</translation>
    </message>
    <message>
        <source>Any department</source>
        <translation>全部科室</translation>
    </message>
    <message>
        <source>Customer t&amp;ype:</source>
        <translation>客户类型(&amp;Y)：</translation>
    </message>
    <message>
        <source>Se&amp;x:</source>
        <translation>性别(&amp;X)：</translation>
    </message>
    <message>
        <source>up &amp;to</source>
        <translation>至(&amp;T)</translation>
    </message>
    <message>
        <source>Highest age</source>
        <translation>最高年龄</translation>
    </message>
    <message>
        <source>&amp;Age from:</source>
        <translation>年龄从(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>地域(&amp;R)：</translation>
    </message>
    <message>
        <source>Tag&amp;s:</source>
        <translation>标签(&amp;S)：</translation>
    </message>
    <message>
        <source>Sour&amp;ce:</source>
        <translation>来源(&amp;C)：</translation>
    </message>
    <message>
        <source>Acti&amp;vity:</source>
        <translation>活跃度(&amp;V)：</translation>
    </message>
    <message>
        <source>Loyalty ti&amp;er:</source>
        <translation>会员等级(&amp;E)：</translation>
    </message>
    <message>
        <source>Last visit &amp;before:</source>
        <translation>最近就诊早于(&amp;B)：</translation>
    </message>
    <message>
        <source>Last visit on or after (&amp;d):</source>
        <translation>最近就诊不早于(&amp;D)：</translation>
    </message>
    <message>
        <source>Visited depart&amp;ment:</source>
        <translation>就诊科室(&amp;M)：</translation>
    </message>
    <message>
        <source>Visit kind:</source>
        <translation>就诊类型：</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Visits until</source>
        <translation>就诊截止日期</translation>
    </message>
    <message>
        <source>Visits from:</source>
        <translation>就诊时间从：</translation>
    </message>
</context>
<context>
    <name>caredesk::ui::StaffTableModel</name>
    <message>
        <source>Removed</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Locked until %1</source>
        <translation>锁定至 %1</translation>
    </message>
    <message>
        <source>Must change password</source>
        <translation>须修改密码</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>上次登录</translation>
    </message>
    <message>
        <source>Failed sign-ins</source>
        <translation>登录失败次数</translation>
    </message>
</context>
<context>
    <name>caredesk::ui::SurveyResponseDialog</name>
    <message>
        <source>Enter Survey — %1</source>
        <translation>录入满意度调查 — %1</translation>
    </message>
    <message>
        <source>Satisfaction survey of %1 (%2)</source>
        <translation>%1（%2）的满意度调查</translation>
    </message>
    <message>
        <source>Type one digit per answer: the cursor moves on by itself. For 10 type 1 then 0; for 1 in that question type 1 and press Tab. Leave unanswered questions empty.</source>
        <translation>每个回答输入一位数字，光标会自动跳到下一项。输入 10 时先按 1 再按 0；该题若答 1，请输入 1 后按 Tab。未回答的题目请留空。</translation>
    </message>
    <message>
        <source>&amp;Overall satisfaction (1–5):</source>
        <translation>总体满意度（1–5）(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Likelihood to recommend (0–10):</source>
        <translation>推荐意愿（0–10）(&amp;L)：</translation>
    </message>
    <message>
        <source>%1 (1–5):</source>
        <translation>%1（1–5）：</translation>
    </message>
    <message>
        <source>Whose service was rated</source>
        <translation>被评价服务的工作人员</translation>
    </message>
    <message>
        <source>Co&amp;mment:</source>
        <translation>意见(&amp;M)：</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>渠道(&amp;H)：</translation>
    </message>
    <message>
        <source>About &amp;visit:</source>
        <translation>关联就诊(&amp;V)：</translation>
    </message>
    <message>
        <source>S&amp;taff:</source>
        <translation>工作人员(&amp;T)：</translation>
    </message>
    <message>
        <source>D&amp;epartment:</source>
        <translation>科室(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Ctrl+Enter, or Enter in the last field</source>
        <translation>Ctrl+Enter，或在最后一栏按回车</translation>
    </message>
    <message>
        <source>0 to 10; empty if not answered</source>
        <translation>0 到 10；未回答则留空</translation>
    </message>
    <message>
        <source>1 to 5; empty if not answered</source>
        <translation>1 到 5；未回答则留空</translation>
    </message>
    <message>
        <source>Answered o&amp;n:</source>
        <translation>填写日期(&amp;N)：</translation>
    </message>
</context>
<context>
    <name>caredesk::ui::SurveyResponseTableModel</name>
    <message>
        <source>Customer #%1</source>
        <translation>客户 #%1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Detractor (0–6)</source>
        <translation>贬损者（0–6）</translation>
    </message>
    <message>
        <source>Promoter (9–10)</source>
        <translation>推荐者（9–10）</translation>
    </message>
    <message>
        <source>Passive (7–8)</source>
        <translation>被动者（7–8）</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>推荐意愿</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>科室</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>意见</translation>
    </message>
    <message>
        <source>Overall satisfaction, 1 (very dissatisfied) to 5 (very satisfied)</source>
        <translation>总体满意度，1（非常不满意）到 5（非常满意）</translation>
    </message>
    <message>
        <source>Likelihood to recommend, 0 to 10; 0–6 are detractors</source>
        <translation>推荐意愿，0 到 10；0–6 为贬损者</translation>
    </message>
</context>
<context>
    <name>caredesk::ui::SurveyTemplateDialog</name>
    <message>
        <source>Survey Template</source>
        <translation>问卷模板</translation>
    </message>
    <message>
        <source>&amp;Questions asked, in order:</source>
        <translation>问卷题目（按提问顺序）(&amp;Q)：</translation>
    </message>
    <message>
        <source>Questions asked</source>
        <translation>问卷题目</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>Ask a new question, after the others</source>
        <translation>在末尾添加一道新题目</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>重命名(&amp;R)…</translation>
    </message>
    <message>
        <source>Change the wording of the question</source>
        <translation>修改题目的措辞</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Ask the question earlier</source>
        <translation>将此题提前</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>下移(&amp;D)</translation>
    </message>
    <message>
        <source>Ask the question later</source>
        <translation>将此题延后</translation>
    </message>
    <message>
        <source>Re&amp;tire…</source>
        <translation>停用(&amp;T)…</translation>
    </message>
    <message>
        <source>Stop asking the question; answers already given keep their scores</source>
        <translation>不再询问此题；已有的回答保留其评分</translation>
    </message>
    <message>
        <source>Version %1 · answers given on earlier versions keep their questions</source>
        <translation>版本 %1 · 按旧版本填写的回答保留原来的题目</translation>
    </message>
    <message>
        <source>No longer asked: %1</source>
        <translation>已停用：%1</translation>
    </message>
    <message>
        <source>Add Question</source>
        <translation>添加题目</translation>
    </message>
    <message>
        <source>What should customers rate (1–5)?</source>
        <translation>要请客户评价哪一方面（1–5 分）？</translation>
    </message>
    <message>
        <source>Rename Question</source>
        <translation>重命名题目</translation>
    </message>
    <message>
        <source>New wording for &quot;%1&quot;:</source>
        <translation>“%1”的新措辞：</translation>
    </message>
    <message>
        <source>Retire Question</source>
        <translation>停用题目</translation>
    </message>
    <message>
        <source>Stop asking &quot;%1&quot;? Answers already given keep their scores, and reports still show them.</source>
        <translation>停用题目“%1”吗？已有的回答保留其评分，报告中仍会显示。</translation>
    </message>
</context>
<context>
    <name>caredesk::ui::TimelineTableModel</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>caredesk::ui::UnlockDialog</name>
    <message>
        <source>Sign In to CareDesk</source>
        <translation>登录 CareDesk</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>Caps Lock is on.</source>
        <translation>大写锁定已打开。</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Sign In</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>The database could not be opened.</source>
        <translation>无法打开数据库。</translation>
    </message>
</context>
<context>
    <name>caredesk::ui::VisitEditDialog</name>
    <message>
        <source>Record Visit — %1</source>
        <translation>记录就诊 — %1</translation>
    </message>
    <message>
        <source>Visit or purchase of %1 (%2)</source>
        <translation>%1（%2）的就诊或消费</translation>
    </message>
    <message>
        <source>Department or specialty</source>
        <translation>科室或专科</translation>
    </message>
    <message>
        <source>Purchased items</source>
        <translation>购买项目</translation>
    </message>
    <message>
        <source>Add ite&amp;m</source>
        <translation>添加项目(&amp;M)</translation>
    </message>
    <message>
        <source>Adds a line and starts typing its name (Insert in the list does the same)</source>
        <translation>添加一行并开始输入名称（在列表中按 Insert 键效果相同）</translation>
    </message>
    <message>
        <source>Remo&amp;ve Item</source>
        <translation>删除项目(&amp;V)</translation>
    </message>
    <message>
        <source>Removes the selected line (Delete in the list does the same)</source>
        <translation>删除所选行（在列表中按 Delete 键效果相同）</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>选填</translation>
    </message>
    <message>
        <source>How many days the medication lasts; used for refill reminders</source>
        <translation>药品可服用的天数；用于续药提醒</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Date and time:</source>
        <translation>日期和时间(&amp;D)：</translation>
    </message>
    <message>
        <source>D&amp;epartment:</source>
        <translation>科室(&amp;E)：</translation>
    </message>
    <message>
        <source>S&amp;taff:</source>
        <translation>接诊人员(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Items:</source>
        <translation>项目(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Amount (¥):</source>
        <translation>金额（¥）(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Waiting minutes:</source>
        <translation>等候时间（分钟）(&amp;W)：</translation>
    </message>
    <message>
        <source>Days of s&amp;upply:</source>
        <translation>用药天数(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>合计：%1</translation>
    </message>
    <message>
        <source>Leave it empty to record the items&apos; total</source>
        <translation>留空则按各项目合计金额记录</translation>
    </message>
    <message>
        <source>Points earned: %1 (Rx items earn no points)</source>
        <translation>获得积分：%1（处方药不积分）</translation>
    </message>
    <message>
        <source>Points earned: %1</source>
        <translation>获得积分：%1</translation>
    </message>
    <message>
        <source>Enter the amount in yuan, for example 35 or 35.50.</source>
        <translation>请输入以元为单位的金额，例如 35 或 35.50。</translation>
    </message>
    <message>
        <source>Enter whole minutes or leave it empty.</source>
        <translation>请输入整数分钟，或留空。</translation>
    </message>
    <message>
        <source>Enter whole days or leave it empty.</source>
        <translation>请输入整数天数，或留空。</translation>
    </message>
</context>
<context>
    <name>caredesk::ui::VisitItemTableModel</name>
    <message>
        <source>Prescription drugs usually earn no loyalty points</source>
        <translation>处方药通常不获得会员积分</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit price (¥)</source>
        <translation>单价（¥）</translation>
    </message>
    <message>
        <source>Line total (¥)</source>
        <translation>小计（¥）</translation>
    </message>
</context>
<context>
    <name>caredesk::ui::VisitTableModel</name>
    <message>
        <source>¥%1</source>
        <translation>¥%1</translation>
    </message>
    <message>
        <source>%1 ×%2</source>
        <translation>%1 ×%2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 等，另有 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>Enter or double-click opens %1&apos;s profile</source>
        <translation>按回车或双击打开 %1 的客户资料</translation>
    </message>
    <message>
        <source>%1 × %2 — %3 (%4)</source>
        <translation>%1 × %2 — %3（%4）</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>日期和时间</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Member no.</source>
        <translation>会员号</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>科室</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>接诊人员</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Waited</source>
        <translation>等候时间</translation>
    </message>
</context>
<context>
    <name>caredesk::ui::VisitsPage</name>
    <message>
        <source>¥%1</source>
        <translation>¥%1</translation>
    </message>
    <message>
        <source>Visits and purchases</source>
        <translation>就诊与消费</translation>
    </message>
    <message>
        <source>Show one day or a period</source>
        <translation>显示单日或一段时间</translation>
    </message>
    <message>
        <source>One day</source>
        <translation>单日</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>时间范围</translation>
    </message>
    <message>
        <source>◀ &amp;Previous</source>
        <translation>◀ 向前(&amp;P)</translation>
    </message>
    <message>
        <source>N&amp;ext ▶</source>
        <translation>向后(&amp;E) ▶</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>今天(&amp;T)</translation>
    </message>
    <message>
        <source>Back to today</source>
        <translation>回到今天</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Kind of visit</source>
        <translation>就诊类型</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>科室</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>The day before (%1)</source>
        <translation>前一天（%1）</translation>
    </message>
    <message>
        <source>The period before, as long as this one (%1)</source>
        <translation>前一段等长的时间（%1）</translation>
    </message>
    <message>
        <source>The day after (%1)</source>
        <translation>后一天（%1）</translation>
    </message>
    <message>
        <source>The period after, as long as this one (%1)</source>
        <translation>后一段等长的时间（%1）</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>全部科室</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n 次就诊</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min (recorded for %2)</source>
        <translation>%1 分钟（%2 次有记录）</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>Total: %1 · revenue %2 · average wait %3</source>
        <translation>合计：%1 · 收入 %2 · 平均等候 %3</translation>
    </message>
    <message>
        <source>Every visit of the day that the filters select, not only the rows shown</source>
        <translation>当天所有符合筛选条件的就诊，而不仅是当前显示的行</translation>
    </message>
    <message>
        <source>Every visit of the period that the filters select, not only the rows shown</source>
        <translation>此期间所有符合筛选条件的就诊，而不仅是当前显示的行</translation>
    </message>
    <message>
        <source>No visits of this kind or department on this day. Choose “All kinds” and “All departments” to see every visit.</source>
        <translation>当天没有此类型或此科室的就诊。选择“全部类型”和“全部科室”可查看所有就诊。</translation>
    </message>
    <message>
        <source>No visits of this kind or department in this period. Choose “All kinds” and “All departments” to see every visit.</source>
        <translation>此期间没有此类型或此科室的就诊。选择“全部类型”和“全部科室”可查看所有就诊。</translation>
    </message>
    <message>
        <source>No visits recorded on this day. Record one from a customer&apos;s profile (Alt+V).</source>
        <translation>当天没有就诊记录。可在客户资料页记录就诊（Alt+V）。</translation>
    </message>
    <message>
        <source>No visits recorded in this period. Record one from a customer&apos;s profile (Alt+V).</source>
        <translation>此期间没有就诊记录。可在客户资料页记录就诊（Alt+V）。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Open or create the database FILE.</source>
        <translation>打开或创建数据库文件。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Use LANGUAGE (zh_CN or en) this time.</source>
        <translation>本次使用指定语言（zh_CN 或 en）。</translation>
    </message>
    <message>
        <source>LANGUAGE</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>CareDesk: customer relationships for clinics and pharmacies.</source>
        <translation>CareDesk：面向诊所和药店的客户关系管理。</translation>
    </message>
    <message>
        <source>Unknown language %1: use zh_CN or en.</source>
        <translation>未知语言 %1：请使用 zh_CN 或 en。</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>You are now working in the restored database. Keep it? Yes deletes the database it replaced (kept aside as %1); No puts that one back.</source>
        <translation>您现在正在使用恢复的数据库。保留它吗？选择“是”将删除被替换的数据库（备用保存为 %1）；选择“否”则恢复原数据库。</translation>
    </message>
</context>
</TS>
