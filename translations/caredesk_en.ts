<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>caredesk::cli::CliTr</name>
    <message numerus="yes">
        <source>The database has %n integrity problem(s). Restore the latest backup and keep this copy for inspection.</source>
        <translation>
            <numerusform>The database has %n integrity problem. Restore the latest backup and keep this copy for inspection.</numerusform>
            <numerusform>The database has %n integrity problems. Restore the latest backup and keep this copy for inspection.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n record(s) about customer %1 to %2.</source>
        <translation>
            <numerusform>Wrote %n record about customer %1 to %2.</numerusform>
            <numerusform>Wrote %n records about customer %1 to %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>caredesk::core::AuthTr</name>
    <message numerus="yes">
        <source>Too many wrong passwords. Wait %n second(s), then try again; check Caps Lock and the input method.</source>
        <translation>
            <numerusform>Too many wrong passwords. Wait %n second, then try again; check Caps Lock and the input method.</numerusform>
            <numerusform>Too many wrong passwords. Wait %n seconds, then try again; check Caps Lock and the input method.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>caredesk::core::CampaignsTr</name>
    <message numerus="yes">
        <source>%n criterion/criteria this version cannot use</source>
        <translation>
            <numerusform>%n criterion this version cannot use</numerusform>
            <numerusform>%n criteria this version cannot use</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>caredesk::core::FollowUpsTr</name>
    <message numerus="yes">
        <source>%n day(s) after a visit: %1</source>
        <translation>
            <numerusform>%n day after a visit: %1</numerusform>
            <numerusform>%n days after a visit: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>NPS 0–6 or CSAT 1–2 opens a complaint, call within %n day(s)</source>
        <translation>
            <numerusform>NPS 0–6 or CSAT 1–2 opens a complaint, call within %n day</numerusform>
            <numerusform>NPS 0–6 or CSAT 1–2 opens a complaint, call within %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Verification call %n day(s) after a complaint is resolved</source>
        <translation>
            <numerusform>Verification call %n day after a complaint is resolved</numerusform>
            <numerusform>Verification call %n days after a complaint is resolved</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Win-back call %n day(s) after a customer turns dormant</source>
        <translation>
            <numerusform>Win-back call %n day after a customer turns dormant</numerusform>
            <numerusform>Win-back call %n days after a customer turns dormant</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reminder %n day(s) before a purchase's supply runs out</source>
        <translation>
            <numerusform>Reminder %n day before a purchase's supply runs out</numerusform>
            <numerusform>Reminder %n days before a purchase's supply runs out</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>caredesk::ui::AuditPage</name>
    <message numerus="yes">
        <source>%n entries were written to %1.</source>
        <translation>
            <numerusform>%n entry was written to %1.</numerusform>
            <numerusform>%n entries were written to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>caredesk::ui::CampaignsPage</name>
    <message numerus="yes">
        <source>Consent needed: %1 for %2. Conversion: a visit within %n day(s) of the first day.</source>
        <translation>
            <numerusform>Consent needed: %1 for %2. Conversion: a visit within %n day of the first day.</numerusform>
            <numerusform>Consent needed: %1 for %2. Conversion: a visit within %n days of the first day.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Satisfaction of participants: %1 of 5 from %n survey response(s).</source>
        <translation>
            <numerusform>Satisfaction of participants: %1 of 5 from %n survey response.</numerusform>
            <numerusform>Satisfaction of participants: %1 of 5 from %n survey responses.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) written to %1.</source>
        <translation>
            <numerusform>%n customer written to %1.</numerusform>
            <numerusform>%n customers written to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>caredesk::ui::ComplaintDetailWidget</name>
    <message numerus="yes">
        <source>%1 (reopened %n time(s))</source>
        <translation>
            <numerusform>%1 (reopened %n time)</numerusform>
            <numerusform>%1 (reopened %n times)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>caredesk::ui::ComplaintsPage</name>
    <message numerus="yes">
        <source>Escalations for you: %n complaint(s) need attention</source>
        <translation>
            <numerusform>Escalations for you: %n complaint needs attention</numerusform>
            <numerusform>Escalations for you: %n complaints need attention</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>caredesk::ui::FollowUpTaskTableModel</name>
    <message numerus="yes">
        <source>%1 (overdue %n day(s))</source>
        <translation>
            <numerusform>%1 (overdue %n day)</numerusform>
            <numerusform>%1 (overdue %n days)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>caredesk::ui::LoyaltyPage</name>
    <message numerus="yes">
        <source>held by %n member(s)</source>
        <translation>
            <numerusform>held by %n member</numerusform>
            <numerusform>held by %n members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n member</numerusform>
            <numerusform>%n members</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>caredesk::ui::MainWindow</name>
    <message numerus="yes">
        <source>%n complaint(s) need your attention</source>
        <translation>
            <numerusform>%n complaint needs your attention</numerusform>
            <numerusform>%n complaints need your attention</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) due today or overdue for you</source>
        <translation>
            <numerusform>%n follow-up due today or overdue for you</numerusform>
            <numerusform>%n follow-ups due today or overdue for you</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last backup %1, %n day(s) ago: back up now (File &gt; Back Up…)</source>
        <translation>
            <numerusform>Last backup %1, %n day ago: back up now (File &gt; Back Up…)</numerusform>
            <numerusform>Last backup %1, %n days ago: back up now (File &gt; Back Up…)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>caredesk::ui::MonthlyReportPdf</name>
    <message numerus="yes">
        <source>%n customer(s) complained more than once.</source>
        <translation>
            <numerusform>%n customer complained more than once.</numerusform>
            <numerusform>%n customers complained more than once.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>caredesk::ui::PrivacyExportDialog</name>
    <message numerus="yes">
        <source>%n record(s) were written to %1 and %2.</source>
        <translation>
            <numerusform>%n record was written to %1 and %2.</numerusform>
            <numerusform>%n records were written to %1 and %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) were written to %1.</source>
        <translation>
            <numerusform>%n record was written to %1.</numerusform>
            <numerusform>%n records were written to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>caredesk::ui::PrivacyExportPdf</name>
    <message numerus="yes">
        <source>(%n byte(s) of data)</source>
        <translation>
            <numerusform>(%n byte of data)</numerusform>
            <numerusform>(%n bytes of data)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>caredesk::ui::VisitTableModel</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>caredesk::ui::VisitsPage</name>
    <message numerus="yes">
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n visit</numerusform>
            <numerusform>%n visits</numerusform>
        </translation>
    </message>
</context>
</TS>
