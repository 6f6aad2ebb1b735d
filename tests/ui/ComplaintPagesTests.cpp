// SPDX-License-Identifier: GPL-3.0-or-later
// The Complaints area: intake by keyboard, the queue in order of time to breach with SLA colours, the detail's
// step buttons and history, escalations, the settings dialog's permissions, the ADR report PDF, the models.
#include "core/audit/AuditLog.h"
#include "core/common/Clock.h"
#include "core/complaints/ComplaintRepository.h"
#include "core/complaints/ComplaintsDemo.h"
#include "core/customers/CustomerRepository.h"
#include "core/storage/Database.h"
#include "core/visits/VisitRepository.h"
#include "tests/support/TemporaryDatabase.h"
#include "ui/complaints/AdrReportPdf.h"
#include "ui/complaints/BusinessCalendarDialog.h"
#include "ui/complaints/ComplaintAlertTableModel.h"
#include "ui/complaints/ComplaintDetailWidget.h"
#include "ui/complaints/ComplaintEventTableModel.h"
#include "ui/complaints/ComplaintIntakeDialog.h"
#include "ui/complaints/ComplaintStepDialog.h"
#include "ui/complaints/ComplaintTableModel.h"
#include "ui/complaints/ComplaintsPage.h"

#include <catch2/catch.hpp>

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QBrush>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QGroupBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTimer>

using namespace caredesk::core;
using caredesk::test::TemporaryDatabase;
using caredesk::ui::BusinessCalendarDialog;
using caredesk::ui::ComplaintAlertTableModel;
using caredesk::ui::ComplaintDetailWidget;
using caredesk::ui::ComplaintEventTableModel;
using caredesk::ui::ComplaintIntakeDialog;
using caredesk::ui::ComplaintsPage;
using caredesk::ui::ComplaintStepDialog;
using caredesk::ui::ComplaintTableModel;

namespace {

const QDate monday(2026, 11, 23);

QDateTime local(const QDate &day, int hour, int minute = 0)
{
    return QDateTime(day, QTime(hour, minute));
}

template <typename T> T *child(const QObject &parent, const char *name)
{
    auto *found = parent.findChild<T *>(QString::fromLatin1(name));
    INFO("child " << name);
    REQUIRE(found != nullptr);
    return found;
}

template <typename T> T must(Result<T> result)
{
    INFO((result ? QString() : result.error().message + QStringLiteral(" | ") + result.error().detail).toStdString());
    REQUIRE(result.ok());
    return std::move(result).value();
}

CustomerId addCustomer(Database &db, const Clock &clock, const QString &name, const QString &phone)
{
    CustomerRepository customers(db, clock);
    Customer c;
    c.name = name;
    c.phone = phone;
    return must(customers.add(c)).id;
}

Complaint draft(CustomerId customer, ComplaintCategory category = ComplaintCategory::ServiceProcess)
{
    Complaint c;
    c.customerId = customer;
    c.category = category;
    c.severity = defaultSeverity(category);
    c.slaClass = defaultSlaClass(c.severity);
    c.description = QStringLiteral("取药排队等了四十分钟。");
    return c;
}

std::unique_ptr<Database> openAs(TemporaryDatabase &temp, const QString &user, Role role)
{
    const QString password = QStringLiteral("Desk-Password-2026");
    REQUIRE(temp.db().addUser(user, role, password, KdfParams::fastForTests()));
    temp.close();
    return must(Database::open(temp.path(), user, password));
}

/** The mnemonic letters of the visible buttons, buddied labels and group boxes under @p root, with repeats. */
QStringList duplicateMnemonics(const QWidget &root)
{
    QStringList texts;
    for (const QAbstractButton *b : root.findChildren<QAbstractButton *>()) {
        if (b->isVisibleTo(&root)) {
            texts << b->text();
        }
    }
    for (const QLabel *l : root.findChildren<QLabel *>()) {
        if (l->buddy() != nullptr && l->isVisibleTo(&root)) {
            texts << l->text();
        }
    }
    for (const QGroupBox *g : root.findChildren<QGroupBox *>()) {
        if (g->isVisibleTo(&root)) {
            texts << g->title();
        }
    }
    QMap<QChar, QStringList> byLetter;
    for (const QString &text : std::as_const(texts)) {
        for (qsizetype i = 0; i + 1 < text.size(); ++i) {
            if (text.at(i) == QLatin1Char('&')) {
                if (text.at(i + 1) != QLatin1Char('&')) {
                    byLetter[text.at(i + 1).toLower()] << text;
                }
                ++i;
            }
        }
    }
    QStringList duplicates;
    for (auto it = byLetter.cbegin(); it != byLetter.cend(); ++it) {
        if (it.value().size() > 1) {
            duplicates << it.value().join(QStringLiteral(" / "));
        }
    }
    return duplicates;
}

} // namespace

TEST_CASE("Every complaints page and dialog has unique mnemonics", "[ui][complaints]")
{
    TemporaryDatabase temp;
    FixedClock clock(local(monday, 9));
    const CustomerId wang = addCustomer(temp.db(), clock, QStringLiteral("王芳"), QStringLiteral("13800138000"));
    ComplaintRepository complaints(temp.db(), clock);
    Complaint adr = draft(wang, ComplaintCategory::AdverseDrugReaction);
    adr.adrDrug = QStringLiteral("阿莫西林胶囊");
    const Complaint saved = must(complaints.create(adr));
    QWidget probe;
    new QPushButton(QStringLiteral("&Save"), &probe);
    new QPushButton(QStringLiteral("&Send"), &probe);
    new QPushButton(QStringLiteral("Fish && &chips"), &probe);
    CHECK(duplicateMnemonics(probe).size() == 1); // the check itself finds a clash

    ComplaintsPage page(temp.db(), clock);
    page.show(); // the page reads its figures when it is first shown
    REQUIRE(page.detail()->complaintId() == saved.id);
    CHECK(duplicateMnemonics(page).join(QLatin1Char('\n')).toStdString() == "");
    ComplaintIntakeDialog intake(temp.db(), complaints, clock);
    CHECK(duplicateMnemonics(intake).join(QLatin1Char('\n')).toStdString() == "");
    BusinessCalendarDialog settings(temp.db());
    CHECK(duplicateMnemonics(settings).join(QLatin1Char('\n')).toStdString() == "");
    for (auto mode : {ComplaintStepDialog::Mode::Resolve, ComplaintStepDialog::Mode::OutcomeCall,
                      ComplaintStepDialog::Mode::Findings}) {
        ComplaintStepDialog step(mode, saved, complaints);
        CHECK(duplicateMnemonics(step).join(QLatin1Char('\n')).toStdString() == "");
    }
}

TEST_CASE("The resolve step asks for what is missing and then resolves", "[ui][complaints]")
{
    TemporaryDatabase temp;
    FixedClock clock(local(monday, 9));
    const CustomerId wang = addCustomer(temp.db(), clock, QStringLiteral("王芳"), QStringLiteral("13800138000"));
    ComplaintRepository complaints(temp.db(), clock);
    const ComplaintId id = must(complaints.create(draft(wang))).id;
    must(complaints.transition(id, ComplaintState::Acknowledged));
    const Complaint investigating = must(complaints.transition(id, ComplaintState::Investigating));

    ComplaintStepDialog step(ComplaintStepDialog::Mode::Resolve, investigating, complaints);
    step.show();
    REQUIRE(QTest::qWaitForWindowExposed(&step));
    child<QPlainTextEdit>(step, "stepResolution")->setPlainText(QStringLiteral("增开窗口"));
    auto *staff = child<QLineEdit>(step, "stepResponsibleStaff");
    QTest::keyClick(staff, Qt::Key_Return);
    CHECK(step.isVisible());
    auto *error = child<QLabel>(step, "saveError");
    CHECK(error->isVisible());
    CHECK(error->text().contains(QStringLiteral("root cause")));
    CHECK(must(complaints.findById(id)).state == ComplaintState::Investigating);
    child<QPlainTextEdit>(step, "stepRootCause")->setPlainText(QStringLiteral("排班不足"));
    child<QPlainTextEdit>(step, "stepCorrectiveAction")->setPlainText(QStringLiteral("高峰增派人手"));
    QTest::keyClicks(staff, QStringLiteral("Li"));
    QTest::keyClick(staff, Qt::Key_Return);
    REQUIRE(step.result() == QDialog::Accepted);
    const Complaint resolved = must(complaints.findById(id));
    CHECK(resolved.state == ComplaintState::Resolved);
    CHECK(resolved.rootCause == QStringLiteral("排班不足"));
    CHECK(resolved.responsibleStaff == QStringLiteral("Li"));
    CHECK(resolved.resolvedAt == clock.nowUtc());
}

TEST_CASE("The intake dialog taken by keyboard saves a complaint", "[ui][complaints]")
{
    TemporaryDatabase temp;
    FixedClock clock(local(monday, 10));
    const CustomerId wang = addCustomer(temp.db(), clock, QStringLiteral("王芳"), QStringLiteral("13800138000"));
    VisitRepository visits(temp.db(), clock);
    Visit v;
    v.customerId = wang;
    v.kind = VisitKind::Purchase;
    v.at = local(monday, 9);
    v.department = QStringLiteral("药房");
    v.staff = QStringLiteral("李药师");
    const VisitId visit = must(visits.addVisit(v)).id;
    ComplaintRepository complaints(temp.db(), clock);

    ComplaintIntakeDialog dialog(temp.db(), complaints, clock);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    auto *search = child<QLineEdit>(dialog, "complaintCustomerSearch");
    CHECK(search->hasFocus());
    QTest::keyClicks(search, QStringLiteral("13800138000"));
    auto *customer = child<QComboBox>(dialog, "complaintCustomer");
    REQUIRE(customer->currentData().toLongLong() == wang);

    auto *category = child<QComboBox>(dialog, "complaintCategory");
    auto *severity = child<QComboBox>(dialog, "complaintSeverity");
    auto *slaClass = child<QComboBox>(dialog, "complaintSlaClass");
    category->setFocus();
    QTest::keyClick(category, Qt::Key_Home); // medication error: high, urgent
    CHECK(severity->currentData().toInt() == static_cast<int>(ComplaintSeverity::High));
    CHECK(slaClass->currentData().toInt() == static_cast<int>(SlaClass::Urgent));
    QTest::keyClick(category, Qt::Key_End); // other: low, general
    CHECK(severity->currentData().toInt() == static_cast<int>(ComplaintSeverity::Low));
    CHECK(slaClass->currentData().toInt() == static_cast<int>(SlaClass::General));
    // Once the person picks a severity, the category no longer changes it.
    severity->setFocus();
    QTest::keyClick(severity, Qt::Key_Up);
    CHECK(severity->currentData().toInt() == static_cast<int>(ComplaintSeverity::Medium));
    QTest::keyClick(category, Qt::Key_Home);
    CHECK(category->currentData().toInt() == static_cast<int>(ComplaintCategory::MedicationError));
    CHECK(severity->currentData().toInt() == static_cast<int>(ComplaintSeverity::Medium));

    auto *visitChoice = child<QComboBox>(dialog, "complaintVisit");
    visitChoice->setFocus();
    QTest::keyClick(visitChoice, Qt::Key_Down);
    REQUIRE(visitChoice->currentData().toLongLong() == visit);
    auto *staff = child<QLineEdit>(dialog, "complaintStaff");
    CHECK(staff->text() == QStringLiteral("李药师"));
    CHECK(child<QLineEdit>(dialog, "complaintDepartment")->text() == QStringLiteral("药房"));

    // Enter without a description is refused inline.
    QTest::keyClick(staff, Qt::Key_Return);
    CHECK(dialog.isVisible());
    CHECK(child<QLabel>(dialog, "error_description")->isVisible());
    auto *description = child<QPlainTextEdit>(dialog, "complaintDescription");
    CHECK(description->hasFocus());
    description->insertPlainText(QStringLiteral("发错了药：缬沙坦换成了氯沙坦")); // QTest types ASCII only
    QTest::keyClick(staff, Qt::Key_Return);
    REQUIRE(dialog.result() == QDialog::Accepted);

    const Complaint saved = must(complaints.findById(dialog.savedComplaint().id));
    CHECK(saved.customerId == wang);
    CHECK(saved.category == ComplaintCategory::MedicationError);
    CHECK(saved.severity == ComplaintSeverity::Medium);
    CHECK(saved.visitId == visit);
    CHECK(saved.staff == QStringLiteral("李药师"));
    CHECK(saved.description == QStringLiteral("发错了药：缬沙坦换成了氯沙坦"));
    CHECK(saved.owner == QStringLiteral("admin")); // the signed-in handler by default
    CHECK(saved.createdBy == QStringLiteral("admin"));
}

TEST_CASE("The complaint queue runs in order of time to breach with SLA colours", "[ui][complaints]")
{
    TemporaryDatabase temp;
    FixedClock clock(local(monday, 9));
    const CustomerId wang = addCustomer(temp.db(), clock, QStringLiteral("王芳"), QStringLiteral("13800138000"));
    ComplaintRepository complaints(temp.db(), clock);
    const ComplaintId general = must(complaints.create(draft(wang))).id;
    clock.set(local(monday, 10));
    const ComplaintId urgent = must(complaints.create(draft(wang, ComplaintCategory::MedicationError))).id;
    clock.set(local(monday, 11));
    const ComplaintId paused = must(complaints.create(draft(wang))).id;
    must(complaints.transition(general, ComplaintState::Acknowledged));
    must(complaints.transition(paused, ComplaintState::Acknowledged));
    must(complaints.pause(paused));

    // Friday 17:00: the urgent one is long overdue, the general one has used 2190 of its 2880 resolution minutes
    // (due soon), the paused one is grey.
    clock.set(local(monday.addDays(4), 17));
    ComplaintsPage page(temp.db(), clock);
    page.show(); // the page reads its figures when it is first shown
    QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    ComplaintTableModel *model = page.model();
    REQUIRE(model->rowCount() == 3);
    CHECK(model->index(0, 0).data(ComplaintTableModel::ComplaintIdRole).toLongLong() == urgent);
    CHECK(model->index(1, 0).data(ComplaintTableModel::ComplaintIdRole).toLongLong() == general);
    CHECK(model->index(2, 0).data(ComplaintTableModel::ComplaintIdRole).toLongLong() == paused);
    CHECK(model->index(0, 0).data(ComplaintTableModel::SlaStatusRole).toInt() == static_cast<int>(SlaStatus::Breached));
    CHECK(model->index(1, 0).data(ComplaintTableModel::SlaStatusRole).toInt() == static_cast<int>(SlaStatus::Warning));
    const QColor breached = model->index(0, 0).data(Qt::BackgroundRole).value<QBrush>().color();
    const QColor warning = model->index(1, 0).data(Qt::BackgroundRole).value<QBrush>().color();
    const QColor grey = model->index(2, 0).data(Qt::BackgroundRole).value<QBrush>().color();
    CHECK(breached.red() > breached.green());
    CHECK(warning.red() > warning.blue());
    CHECK(warning.green() > breached.green());
    CHECK(std::abs(grey.red() - grey.blue()) < 10); // a neutral grey
    CHECK(std::abs(grey.green() - grey.blue()) < 10);
    CHECK(model->index(0, ComplaintTableModel::ResolutionLeft).data().toString().contains(QStringLiteral("overdue")));
    CHECK(model->index(1, ComplaintTableModel::FirstResponseLeft).data().toString() == QStringLiteral("met"));

    // Closed ones appear in the period view only.
    auto *category = child<QComboBox>(page, "complaintsCategoryFilter");
    category->setCurrentIndex(category->findData(static_cast<int>(ComplaintCategory::MedicationError)));
    REQUIRE(model->rowCount() == 1);
    category->setCurrentIndex(0);
    CHECK(model->rowCount() == 3);
}

TEST_CASE("A step button on the detail moves the complaint and the history shows it", "[ui][complaints]")
{
    TemporaryDatabase temp;
    FixedClock clock(local(monday, 9));
    const CustomerId wang = addCustomer(temp.db(), clock, QStringLiteral("王芳"), QStringLiteral("13800138000"));
    ComplaintRepository complaints(temp.db(), clock);
    const ComplaintId id = must(complaints.create(draft(wang))).id;
    clock.set(local(monday, 9, 40));

    ComplaintsPage page(temp.db(), clock);
    page.show(); // the page reads its figures when it is first shown
    page.resize(1400, 860);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    ComplaintDetailWidget *detail = page.detail();
    REQUIRE(detail->complaintId() == id);
    QAbstractItemModelTester tester(detail->historyModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(detail->historyModel()->rowCount() == 1);

    QPushButton *acknowledge = detail->transitionButton(ComplaintState::Acknowledged);
    QPushButton *close = detail->transitionButton(ComplaintState::Closed);
    QPushButton *investigate = detail->transitionButton(ComplaintState::Investigating);
    CHECK(acknowledge->isEnabled());
    CHECK_FALSE(investigate->isEnabled());
    CHECK(investigate->toolTip().contains(complaintStateLabel(ComplaintState::Acknowledged)));
    CHECK_FALSE(close->isEnabled());
    CHECK(close->toolTip().contains(QStringLiteral("outcome call")));

    // Enter on the queue moves to the first step the complaint can take.
    auto *table = child<QTableView>(page, "complaintsTable");
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Return);
    CHECK(acknowledge->hasFocus());
    child<QLineEdit>(*detail, "complaintNote")->insert(QStringLiteral("已致电客户")); // QTest types ASCII only
    QTest::keyClick(acknowledge, Qt::Key_Space);

    const Complaint after = must(complaints.findById(id));
    CHECK(after.state == ComplaintState::Acknowledged);
    CHECK(after.firstResponseAt == local(monday, 9, 40).toUTC());
    REQUIRE(detail->historyModel()->rowCount() == 2);
    const QString line = detail->historyModel()->index(1, ComplaintEventTableModel::What).data().toString();
    CHECK(line.contains(complaintStateLabel(ComplaintState::Acknowledged)));
    CHECK(line.contains(QStringLiteral("已致电客户")));
    CHECK(detail->historyModel()->index(1, ComplaintEventTableModel::User).data().toString() ==
          QStringLiteral("admin"));
    CHECK(child<QLineEdit>(*detail, "complaintNote")->text().isEmpty());
    CHECK_FALSE(acknowledge->isEnabled());
    CHECK(investigate->isEnabled());
    CHECK(page.model()->index(0, ComplaintTableModel::FirstResponseLeft).data().toString() == QStringLiteral("met"));

    // Waiting on the customer from the detail greys the row.
    QTest::mouseClick(child<QPushButton>(*detail, "complaintPause"), Qt::LeftButton);
    CHECK(must(complaints.findById(id)).waitingOnCustomer);
    CHECK(page.model()->index(0, 0).data(ComplaintTableModel::PausedRole).toBool());
}

TEST_CASE("Reception sees the complaint but every step is disabled with the reason", "[ui][complaints]")
{
    TemporaryDatabase temp;
    FixedClock clock(local(monday, 9));
    const CustomerId wang = addCustomer(temp.db(), clock, QStringLiteral("王芳"), QStringLiteral("13800138000"));
    must(ComplaintRepository(temp.db(), clock).create(draft(wang)));
    auto desk = openAs(temp, QStringLiteral("sunli"), Role::Reception);
    ComplaintsPage page(*desk, clock);
    page.show(); // the page reads its figures when it is first shown
    ComplaintDetailWidget *detail = page.detail();
    REQUIRE(detail->complaintId() != 0);
    QPushButton *acknowledge = detail->transitionButton(ComplaintState::Acknowledged);
    CHECK_FALSE(acknowledge->isEnabled());
    CHECK(acknowledge->toolTip().contains(QStringLiteral("officers")));
    CHECK_FALSE(child<QPushButton>(*detail, "complaintAssign")->isEnabled());
    CHECK(child<QPushButton>(*detail, "complaintAddNote")->isEnabled());

    BusinessCalendarDialog settings(*desk);
    CHECK_FALSE(settings.isEditable());
    CHECK_FALSE(child<QDoubleSpinBox>(settings, "resolution_general")->isEnabled());
    CHECK(child<QLabel>(settings, "calendarReadOnly")->isVisibleTo(&settings));
}

TEST_CASE("The administrator saves time limits in the settings dialog", "[ui][complaints]")
{
    TemporaryDatabase temp;
    BusinessCalendarDialog settings(temp.db());
    settings.show();
    REQUIRE(QTest::qWaitForWindowExposed(&settings));
    CHECK(settings.isEditable());
    auto *resolution = child<QDoubleSpinBox>(settings, "resolution_general");
    CHECK(resolution->value() == Approx(48.0));
    resolution->setValue(40.0);
    QTest::keyClick(resolution, Qt::Key_Return);
    REQUIRE(settings.result() == QDialog::Accepted);
    CHECK(must(SlaPolicy::load(temp.db())).target(SlaClass::General).resolutionMinutes == 40 * 60);
}

TEST_CASE("Escalations list the alerts for the signed-in user", "[ui][complaints]")
{
    TemporaryDatabase temp;
    FixedClock clock(local(monday, 9));
    const CustomerId wang = addCustomer(temp.db(), clock, QStringLiteral("王芳"), QStringLiteral("13800138000"));
    ComplaintRepository complaints(temp.db(), clock);
    Complaint mine = draft(wang);
    mine.owner = QStringLiteral("admin");
    const ComplaintId warning = must(complaints.create(mine)).id;
    must(complaints.create(draft(wang))); // unassigned, on track

    const BusinessCalendar calendar;
    clock.set(calendar.addBusinessMinutes(local(monday, 9), 1100)); // 76 % of the first-response time
    ComplaintsPage page(temp.db(), clock);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    QAbstractItemModelTester tester(page.alertModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(page.alertModel()->rowCount() == 1);
    CHECK(page.alertModel()->index(0, 0).data(ComplaintAlertTableModel::ComplaintIdRole).toLongLong() == warning);
    CHECK(page.alertModel()->index(0, 0).data(ComplaintAlertTableModel::LevelRole).toInt() ==
          static_cast<int>(EscalationLevel::Owner));
    CHECK(child<QLabel>(page, "complaintsAlertsTitle")->text().contains(QStringLiteral("1")));

    auto *alerts = child<QTableView>(page, "complaintsAlerts");
    alerts->setFocus();
    alerts->setCurrentIndex(page.alertModel()->index(0, 0));
    QTest::keyClick(alerts, Qt::Key_Return);
    CHECK(page.detail()->complaintId() == warning);
}

TEST_CASE("Ctrl+N opens the intake and the empty queue says what to do", "[ui][complaints]")
{
    TemporaryDatabase temp;
    FixedClock clock(local(monday, 9));
    ComplaintsPage page(temp.db(), clock);
    page.show();
    page.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&page));
    CHECK(child<QLabel>(page, "complaintsEmptyState")->text().contains(QStringLiteral("Ctrl+N")));
    bool sawDialog = false;
    QTimer poll;
    poll.setInterval(20);
    QObject::connect(&poll, &QTimer::timeout, &page, [&sawDialog, &poll] {
        auto *dialog = qobject_cast<ComplaintIntakeDialog *>(QApplication::activeModalWidget());
        if (dialog == nullptr || !dialog->isVisible()) {
            return;
        }
        poll.stop();
        sawDialog = true;
        dialog->reject();
    });
    poll.start();
    QTest::keyClick(child<QTableView>(page, "complaintsTable"), Qt::Key_N, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(!poll.isActive(), 2000);
    CHECK(sawDialog);
}

TEST_CASE("The ADR report is written as a PDF with an audit entry", "[ui][complaints]")
{
    TemporaryDatabase temp;
    FixedClock clock(local(monday, 9));
    const CustomerId wang = addCustomer(temp.db(), clock, QStringLiteral("王芳"), QStringLiteral("13800138000"));
    ComplaintRepository complaints(temp.db(), clock);
    Complaint adr = draft(wang, ComplaintCategory::AdverseDrugReaction);
    adr.adrDrug = QStringLiteral("阿莫西林胶囊");
    const ComplaintId id = must(complaints.create(adr)).id;
    ComplaintsPage page(temp.db(), clock);
    page.show(); // the page reads its figures when it is first shown
    REQUIRE(page.detail()->complaintId() == id);
    CHECK(child<QPushButton>(*page.detail(), "complaintPrintAdr")->isVisibleTo(page.detail()));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("adr.pdf"));
    REQUIRE(page.detail()->saveAdrReport(path));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.read(4) == QByteArray("%PDF"));
    const QList<AuditEvent> audit = must(AuditLog(temp.db(), clock).recent(QStringLiteral("complaints.adr_report")));
    REQUIRE(audit.size() == 1);
    CHECK(audit.at(0).subject == QStringLiteral("complaint:%1").arg(id));
}

TEST_CASE("Screenshot of the complaints page with demo data", "[.screenshot]")
{
    TemporaryDatabase temp;
    FixedClock clock(local(QDate(2026, 11, 25), 15, 20));
    CustomerRepository customers(temp.db(), clock);
    QList<Customer> batch;
    const QStringList surnames{QStringLiteral("王"), QStringLiteral("李"), QStringLiteral("张"),
                               QStringLiteral("刘"), QStringLiteral("陈"), QStringLiteral("杨")};
    const QStringList given{QStringLiteral("芳"), QStringLiteral("伟"), QStringLiteral("娜"), QStringLiteral("敏"),
                            QStringLiteral("静"), QStringLiteral("强"), QStringLiteral("磊")};
    for (int i = 0; i < 800; ++i) {
        Customer c;
        c.name = surnames.at(i % surnames.size()) + given.at((i / 6) % given.size());
        c.phone = QStringLiteral("139%1").arg(10000000 + i);
        batch << c;
    }
    REQUIRE(customers.addBulk(batch));
    REQUIRE(temp.db().addUser(QStringLiteral("liufang"), Role::ServiceOfficer, QStringLiteral("Desk-Password-2026"),
                              KdfParams::fastForTests()));
    REQUIRE(temp.db().addUser(QStringLiteral("zhaomin"), Role::Manager, QStringLiteral("Desk-Password-2026"),
                              KdfParams::fastForTests()));
    must(ComplaintsDemo::generate(temp.db().connectionName(), QStringLiteral("admin"), clock, 1));
    ComplaintsPage page(temp.db(), clock);
    page.show(); // the page reads its figures when it is first shown
    page.resize(1600, 900);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    QTest::qWait(50);
    REQUIRE(page.grab().save(QStringLiteral("/tmp/complaints-page.png")));
    page.selectComplaint(page.model()->index(2, 0).data(ComplaintTableModel::ComplaintIdRole).toLongLong());
    QTest::qWait(50);
    REQUIRE(page.grab().save(QStringLiteral("/tmp/complaints-page-2.png")));
    BusinessCalendarDialog settings(temp.db());
    settings.show();
    REQUIRE(QTest::qWaitForWindowExposed(&settings));
    REQUIRE(settings.grab().save(QStringLiteral("/tmp/complaints-settings.png")));
    ComplaintRepository repository(temp.db(), clock);
    ComplaintIntakeDialog intake(temp.db(), repository, clock);
    intake.show();
    REQUIRE(QTest::qWaitForWindowExposed(&intake));
    REQUIRE(intake.grab().save(QStringLiteral("/tmp/complaints-intake.png")));
    // The ADR report as the PDF lays it out.
    for (const ComplaintQueueRow &row : must(repository.queue({false, {}, {}, {}, {}, {}}, clock.nowUtc()))) {
        if (row.complaint.adrReportedRegulatorAt.isValid()) {
            QTextDocument document;
            document.setHtml(caredesk::ui::AdrReportPdf::html(
                must(repository.adrReport(row.complaint.id, QStringLiteral("liufang"), QStringLiteral("示范诊所")))));
            document.setTextWidth(700);
            QImage image(700, static_cast<int>(document.size().height()) + 20, QImage::Format_RGB32);
            image.fill(Qt::white);
            QPainter painter(&image);
            document.drawContents(&painter);
            painter.end();
            REQUIRE(image.save(QStringLiteral("/tmp/complaints-adr.png")));
        }
    }
}
