// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/common/Clock.h"
#include "core/customers/CustomerRepository.h"
#include "core/feedback/SurveyRepository.h"
#include "core/loyalty/LoyaltyLedger.h"
#include "core/storage/Database.h"
#include "core/visits/VisitRepository.h"
#include "tests/support/TemporaryDatabase.h"
#include "ui/common/MessageBox.h"
#include "ui/common/RecordForm.h"
#include "ui/feedback/SurveyResponseDialog.h"
#include "ui/loyalty/RedeemPointsDialog.h"
#include "ui/visits/InteractionDialog.h"
#include "ui/visits/VisitEditDialog.h"
#include "ui/visits/VisitItemTableModel.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using caredesk::core::Customer;
using caredesk::core::CustomerRepository;
using caredesk::core::FixedClock;
using caredesk::core::LoyaltyLedger;
using caredesk::core::ProductClass;
using caredesk::core::SiteProfile;
using caredesk::core::SurveyRepository;
using caredesk::core::VisitKind;
using caredesk::core::VisitRepository;
using caredesk::test::TemporaryDatabase;
using caredesk::ui::InteractionDialog;
using caredesk::ui::MessageBox;
using caredesk::ui::RecordForm;
using caredesk::ui::RedeemPointsDialog;
using caredesk::ui::SurveyResponseDialog;
using caredesk::ui::VisitEditDialog;
using caredesk::ui::VisitItemTableModel;

namespace {

QDateTime fixedNow()
{
    return QDateTime(QDate(2025, 3, 3), QTime(9, 30), Qt::UTC);
}

template <typename T> T *child(const QObject &parent, const char *name)
{
    auto *found = parent.findChild<T *>(QString::fromLatin1(name));
    INFO("child " << name);
    REQUIRE(found != nullptr);
    return found;
}

Customer addCustomer(TemporaryDatabase &temp, const FixedClock &clock)
{
    CustomerRepository customers(temp.db(), clock);
    Customer customer;
    customer.name = QStringLiteral("王小明");
    customer.phone = QStringLiteral("13812345678");
    auto added = customers.add(customer);
    INFO((added ? std::string() : added.error().message.toStdString()));
    REQUIRE(added.ok());
    return *added;
}

/** Shows @p dialog as the active window, so mnemonics and focus work as at a real desk. */
void showActive(QWidget &dialog)
{
    dialog.show();
    QApplication::setActiveWindow(&dialog);
    REQUIRE(QTest::qWaitForWindowActive(&dialog));
}

QWidget *focused()
{
    QWidget *widget = QApplication::focusWidget();
    REQUIRE(widget != nullptr);
    return widget;
}

/** Types into whatever has the focus, as a person at the keyboard does. */
void type(const QString &text)
{
    QTest::keyClicks(focused(), text);
}

void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QTest::keyClick(focused(), key, modifiers);
    // An item editor commits on Enter through a queued call, as it does between a person's key presses.
    QCoreApplication::processEvents();
}

/** Alt+M on "Add ite&m": a button's mnemonic clicks it after a short animation, so wait for the new line. */
void addItemLine(const QTableView &view)
{
    const int before = view.model()->rowCount();
    press(Qt::Key_M, Qt::AltModifier);
    REQUIRE(QTest::qWaitFor([&] { return view.model()->rowCount() == before + 1; }));
}

/** Answers every modal message while it lives, so no test can hang on one. */
class ScopedResponder final {
public:
    ScopedResponder()
    {
        MessageBox::setTestResponder([this](const QString &, const QString &) {
            ++calls;
            return QMessageBox::Ok;
        });
    }
    ~ScopedResponder() { MessageBox::setTestResponder({}); }
    ScopedResponder(const ScopedResponder &) = delete;
    ScopedResponder &operator=(const ScopedResponder &) = delete;
    int calls = 0;
};

} // namespace

TEST_CASE("RecordForm reads yuan amounts into cents", "[ui][records]")
{
    CHECK(RecordForm::parseCents(QString()) == 0);
    CHECK(RecordForm::parseCents(QStringLiteral("35")) == 3500);
    CHECK(RecordForm::parseCents(QStringLiteral("35.5")) == 3550);
    CHECK(RecordForm::parseCents(QStringLiteral("35.05")) == 3505);
    CHECK(RecordForm::parseCents(QStringLiteral(".5")) == 50);
    CHECK_FALSE(RecordForm::parseCents(QStringLiteral(".")).has_value());
    CHECK_FALSE(RecordForm::parseCents(QStringLiteral("3.555")).has_value());
    CHECK_FALSE(RecordForm::parseCents(QStringLiteral("-3")).has_value());
    CHECK(RecordForm::amount(3505) == QStringLiteral("35.05"));
    CHECK(RecordForm::amount(7) == QStringLiteral("0.07"));
    CHECK(RecordForm::plainLabel(QStringLiteral("&Amount (¥):")) == QStringLiteral("Amount (¥)"));
    CHECK(RecordForm::plainLabel(QStringLiteral("金额(&A)：")) == QStringLiteral("金额"));
}

TEST_CASE("VisitItemTableModel edits items and passes the model tester", "[ui][records]")
{
    VisitItemTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    caredesk::core::VisitItem rx;
    rx.name = QStringLiteral("Amlodipine 5 mg");
    rx.productClass = ProductClass::Rx;
    rx.quantity = 2;
    rx.unitPriceCents = 3000;
    CHECK(model.appendItem(rx) == 0);
    CHECK(model.appendItem({}) == 1);
    CHECK(model.rowCount() == 2);
    CHECK(model.columnCount() == VisitItemTableModel::ColumnCount);

    CHECK(model.index(0, VisitItemTableModel::TotalColumn).data().toString() == QStringLiteral("60.00"));
    CHECK_FALSE(model.flags(model.index(0, VisitItemTableModel::TotalColumn)).testFlag(Qt::ItemIsEditable));
    CHECK(model.setData(model.index(1, VisitItemTableModel::NameColumn), QStringLiteral("  Vitamin C  ")));
    CHECK(model.setData(model.index(1, VisitItemTableModel::UnitPriceColumn), QStringLiteral("15.5")));
    CHECK(model.setData(model.index(1, VisitItemTableModel::QuantityColumn), 3));
    CHECK(model.setData(model.index(1, VisitItemTableModel::ClassColumn), static_cast<int>(ProductClass::Device)));
    CHECK_FALSE(model.setData(model.index(1, VisitItemTableModel::QuantityColumn), 0));
    CHECK_FALSE(model.setData(model.index(1, VisitItemTableModel::UnitPriceColumn), QStringLiteral("abc")));
    CHECK_FALSE(model.setData(model.index(1, VisitItemTableModel::ClassColumn), 42));
    CHECK_FALSE(model.setData(model.index(1, VisitItemTableModel::TotalColumn), QStringLiteral("1")));
    CHECK(model.itemAt(1).name == QStringLiteral("Vitamin C"));
    CHECK(model.itemAt(1).productClass == ProductClass::Device);
    CHECK(model.index(1, VisitItemTableModel::TotalColumn).data(VisitItemTableModel::CentsRole).toLongLong() == 4650);
    CHECK(model.totalCents() == 6000 + 4650);

    CHECK(model.removeRow(0));
    CHECK_FALSE(model.removeRow(5));
    CHECK(model.rowCount() == 1);
    CHECK(model.totalCents() == 4650);
}

TEST_CASE("VisitEditDialog records a clinic visit by keyboard", "[ui][records]")
{
    TemporaryDatabase temp(SiteProfile::Clinic);
    FixedClock clock(fixedNow());
    const Customer customer = addCustomer(temp, clock);
    VisitRepository visits(temp.db(), clock);

    VisitEditDialog dialog(customer, visits, clock, SiteProfile::Clinic, QStringLiteral("Dr. Li"));
    showActive(dialog);
    auto *kind = child<QComboBox>(dialog, "visitKind");
    CHECK(focused() == kind);
    CHECK(kind->currentData().toInt() == static_cast<int>(VisitKind::Consultation));
    CHECK_FALSE(child<QWidget>(dialog, "itemsPanel")->isVisible());

    // Alt+A is the amount; Enter saves.
    press(Qt::Key_A, Qt::AltModifier);
    REQUIRE(focused() == child<QLineEdit>(dialog, "amount"));
    type(QStringLiteral("128.5"));
    press(Qt::Key_Return);

    REQUIRE(dialog.result() == QDialog::Accepted);
    auto saved = visits.visitsOf(customer.id);
    REQUIRE(saved.ok());
    REQUIRE(saved->size() == 1);
    const caredesk::core::Visit visit = saved->first();
    CHECK(visit.id == dialog.savedVisit().id);
    CHECK(visit.amountCents == 12850);
    CHECK(visit.kind == VisitKind::Consultation);
    CHECK(visit.staff == QStringLiteral("Dr. Li"));
    CHECK(visit.at == fixedNow());
    CHECK_FALSE(visit.waitingMinutes.has_value());

    CustomerRepository customers(temp.db(), clock);
    auto reread = customers.findById(customer.id);
    REQUIRE(reread.ok());
    CHECK(reread->lastActivityAt == fixedNow());
}

TEST_CASE("VisitEditDialog keeps the form open and says why when the visit cannot be saved", "[ui][records]")
{
    TemporaryDatabase temp(SiteProfile::Clinic);
    FixedClock clock(fixedNow());
    const Customer customer = addCustomer(temp, clock);
    VisitRepository visits(temp.db(), clock);

    VisitEditDialog dialog(customer, visits, clock, SiteProfile::Clinic, QStringLiteral("admin"));
    showActive(dialog);
    // A time an hour ahead: core refuses it, the dialog stays open with what was typed.
    child<QDateTimeEdit>(dialog, "visitAt")->setDateTime(fixedNow().addSecs(3600).toLocalTime());
    auto *amount = child<QLineEdit>(dialog, "amount");
    amount->setFocus();
    type(QStringLiteral("20"));
    press(Qt::Key_Return);
    CHECK(dialog.isVisible());
    CHECK(dialog.result() != QDialog::Accepted);
    auto *error = child<QLabel>(dialog, "saveError");
    CHECK(error->isVisible());
    CHECK(error->text().contains(QStringLiteral("future")));
    CHECK_FALSE(error->text().contains(QStringLiteral("SQL")));
    CHECK(amount->text() == QStringLiteral("20"));
    CHECK(visits.visitsOf(customer.id)->isEmpty());
}

TEST_CASE("VisitEditDialog records a pharmacy purchase whose Rx item earns no points", "[ui][records]")
{
    TemporaryDatabase temp(SiteProfile::Pharmacy);
    FixedClock clock(fixedNow());
    const Customer customer = addCustomer(temp, clock);
    VisitRepository visits(temp.db(), clock);
    LoyaltyLedger ledger(temp.db(), clock);
    REQUIRE(ledger.program().rxExcluded());

    VisitEditDialog dialog(customer, visits, clock, SiteProfile::Pharmacy, QStringLiteral("admin"), &ledger);
    showActive(dialog);
    CHECK(child<QComboBox>(dialog, "visitKind")->currentData().toInt() == static_cast<int>(VisitKind::Purchase));
    REQUIRE(child<QWidget>(dialog, "itemsPanel")->isVisible());
    auto *view = child<QTableView>(dialog, "items");

    // Alt+M adds a line and opens its name; Tab goes cell to cell: name, class, quantity, price.
    addItemLine(*view);
    type(QStringLiteral("Amlodipine 5 mg"));
    press(Qt::Key_Tab);
    press(Qt::Key_Down); // OTC is first, Rx second
    press(Qt::Key_Tab);
    type(QStringLiteral("2"));
    press(Qt::Key_Tab);
    type(QStringLiteral("30"));
    press(Qt::Key_Return); // commits the cell; the focus is back on the list

    addItemLine(*view);
    type(QStringLiteral("Vitamin C"));
    press(Qt::Key_Tab);
    press(Qt::Key_Tab); // OTC as it is
    press(Qt::Key_Tab); // quantity 1 as it is
    type(QStringLiteral("15.50"));
    press(Qt::Key_Return);

    REQUIRE(view->model()->rowCount() == 2);
    auto *items = qobject_cast<VisitItemTableModel *>(view->model());
    REQUIRE(items != nullptr);
    CHECK(items->itemAt(0).name == QStringLiteral("Amlodipine 5 mg"));
    CHECK(items->itemAt(0).productClass == ProductClass::Rx);
    CHECK(items->itemAt(0).quantity == 2);
    CHECK(items->itemAt(0).unitPriceCents == 3000);
    CHECK(items->itemAt(1).productClass == ProductClass::Otc);
    CHECK(items->itemAt(1).unitPriceCents == 1550);

    CHECK(child<QLabel>(dialog, "itemsTotal")->text().contains(QStringLiteral("¥75.50")));
    CHECK(child<QLabel>(dialog, "pointsEarned")->text() ==
          QStringLiteral("Points earned: 15 (Rx items earn no points)"));
    CHECK(dialog.expectedPoints() == 15);

    press(Qt::Key_Return); // Enter on the list (not editing) saves
    REQUIRE(dialog.result() == QDialog::Accepted);
    const caredesk::core::Visit saved = dialog.savedVisit();
    CHECK(saved.amountCents == 7550); // empty amount: the items' total
    CHECK(saved.items.size() == 2);
    CHECK(dialog.pointsEarned() == 15);
    CHECK(ledger.balance(customer.id).value() == 15);
    auto entries = ledger.entries(customer.id);
    REQUIRE(entries.ok());
    REQUIRE(entries->size() == 1);
    CHECK(entries->first().sourceKind == QStringLiteral("visit"));
    CHECK(entries->first().sourceId == saved.id);
}

TEST_CASE("VisitEditDialog removes an item with Delete and updates the total", "[ui][records]")
{
    TemporaryDatabase temp(SiteProfile::Pharmacy);
    FixedClock clock(fixedNow());
    const Customer customer = addCustomer(temp, clock);
    VisitRepository visits(temp.db(), clock);
    LoyaltyLedger ledger(temp.db(), clock);

    VisitEditDialog dialog(customer, visits, clock, SiteProfile::Pharmacy, QStringLiteral("admin"), &ledger);
    showActive(dialog);
    auto *view = child<QTableView>(dialog, "items");
    addItemLine(*view);
    type(QStringLiteral("Bandage"));
    press(Qt::Key_Tab);
    press(Qt::Key_Tab);
    press(Qt::Key_Tab);
    type(QStringLiteral("8"));
    press(Qt::Key_Return);
    CHECK(child<QLabel>(dialog, "itemsTotal")->text().contains(QStringLiteral("¥8.00")));
    CHECK(child<QLabel>(dialog, "pointsEarned")->text() == QStringLiteral("Points earned: 8"));
    REQUIRE(focused() == view);
    press(Qt::Key_Delete);
    CHECK(view->model()->rowCount() == 0);
    CHECK(child<QLabel>(dialog, "itemsTotal")->text().contains(QStringLiteral("¥0.00")));
    CHECK(child<QLabel>(dialog, "pointsEarned")->text() == QStringLiteral("Points earned: 0"));
}

TEST_CASE("InteractionDialog needs a summary and links a visit", "[ui][records]")
{
    TemporaryDatabase temp(SiteProfile::Clinic);
    FixedClock clock(fixedNow());
    const Customer customer = addCustomer(temp, clock);
    VisitRepository visits(temp.db(), clock);
    caredesk::core::Visit visit;
    visit.customerId = customer.id;
    visit.department = QStringLiteral("Cardiology");
    auto added = visits.addVisit(visit);
    REQUIRE(added.ok());

    InteractionDialog dialog(customer, visits, clock, QStringLiteral("admin"));
    showActive(dialog);
    CHECK(focused() == child<QComboBox>(dialog, "channel"));
    press(Qt::Key_Return);
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(child<QLabel>(dialog, "error_summary")->isVisible());
    CHECK(focused() == child<QPlainTextEdit>(dialog, "summary"));
    CHECK(visits.interactionsOf(customer.id)->isEmpty());

    type(QStringLiteral("Asked about the test results"));
    press(Qt::Key_Tab);
    auto *linked = child<QComboBox>(dialog, "linkedVisit");
    REQUIRE(focused() == linked);
    CHECK(linked->count() == 2);
    press(Qt::Key_Down);
    press(Qt::Key_Return, Qt::ControlModifier);
    REQUIRE(dialog.result() == QDialog::Accepted);
    auto saved = visits.interactionsOf(customer.id);
    REQUIRE(saved.ok());
    REQUIRE(saved->size() == 1);
    CHECK(saved->first().summary == QStringLiteral("Asked about the test results"));
    CHECK(saved->first().visitId == added->id);
    CHECK(saved->first().staff == QStringLiteral("admin"));
}

TEST_CASE("SurveyResponseDialog takes a paper form as digits and moves on by itself", "[ui][records]")
{
    TemporaryDatabase temp(SiteProfile::Clinic);
    FixedClock clock(fixedNow());
    const Customer customer = addCustomer(temp, clock);
    SurveyRepository surveys(temp.db(), clock);
    VisitRepository visits(temp.db(), clock);

    SurveyResponseDialog dialog(customer, surveys, SiteProfile::Clinic, clock, &visits);
    showActive(dialog);
    const QList<caredesk::core::SurveyDimension> dimensions = dialog.surveyTemplate().activeDimensions();
    REQUIRE(dimensions.size() >= 3);
    auto *csat = child<QLineEdit>(dialog, "csat");
    auto *nps = child<QLineEdit>(dialog, "nps");
    REQUIRE(focused() == csat);

    SECTION("A form typed in days later counts on the day it was answered")
    {
        type(QStringLiteral("2"));
        auto *answeredOn = child<QDateEdit>(dialog, "answeredOn");
        CHECK(answeredOn->date() == clock.today());
        CHECK(answeredOn->maximumDate() == clock.today()); // no answers from the future
        answeredOn->setDate(clock.today().addDays(-3));
        press(Qt::Key_Return, Qt::ControlModifier);
        REQUIRE(dialog.result() == QDialog::Accepted);
        auto responses = surveys.responsesOf(customer.id);
        REQUIRE(responses.ok());
        REQUIRE(responses->size() == 1);
        CHECK(responses->first().csat == 2);
        CHECK(responses->first().at.toLocalTime().date() == clock.today().addDays(-3));
    }
    SECTION("Digits fill the form and save")
    {
        type(QStringLiteral("4"));
        CHECK(csat->text() == QStringLiteral("4"));
        REQUIRE(focused() == nps);
        type(QStringLiteral("9"));
        CHECK(nps->text() == QStringLiteral("9"));
        QList<int> typed;
        for (qsizetype i = 0; i < dimensions.size(); ++i) {
            const QString name = QStringLiteral("score_") + dimensions.at(i).key;
            REQUIRE(focused()->objectName() == name);
            const int score = static_cast<int>(1 + (i % 5));
            typed << score;
            type(QString::number(score));
        }
        REQUIRE(focused() == child<QPlainTextEdit>(dialog, "comment"));
        type(QStringLiteral("Friendly nurse"));
        press(Qt::Key_Return, Qt::ControlModifier);

        REQUIRE(dialog.result() == QDialog::Accepted);
        auto responses = surveys.responsesOf(customer.id);
        REQUIRE(responses.ok());
        REQUIRE(responses->size() == 1);
        const caredesk::core::SurveyResponse response = responses->first();
        CHECK(response.csat == 4);
        CHECK(response.nps == 9);
        CHECK(response.comment == QStringLiteral("Friendly nurse"));
        CHECK(response.channel == caredesk::core::SurveyChannel::Paper);
        CHECK(response.at == fixedNow()); // typed in on the day it was answered
        REQUIRE(response.scores.size() == dimensions.size());
        for (qsizetype i = 0; i < dimensions.size(); ++i) {
            bool found = false;
            for (const caredesk::core::DimensionScore &score : response.scores) {
                if (score.key == dimensions.at(i).key) {
                    CHECK(score.score == typed.at(i));
                    found = true;
                }
            }
            CHECK(found);
        }
    }

    SECTION("An invalid NPS character is rejected and 1 waits for 10")
    {
        press(Qt::Key_Tab);
        REQUIRE(focused() == nps);
        type(QStringLiteral("x"));
        CHECK(nps->text().isEmpty());
        CHECK(focused() == nps);
        type(QStringLiteral("1"));
        CHECK(nps->text() == QStringLiteral("1"));
        CHECK(focused() == nps); // may still become 10
        type(QStringLiteral("5"));
        CHECK(nps->text() == QStringLiteral("1")); // 15 is not an answer
        type(QStringLiteral("0"));
        CHECK(nps->text() == QStringLiteral("10"));
        CHECK(focused()->objectName() == QStringLiteral("score_") + dimensions.first().key);
    }

    SECTION("Scores outside 1 to 5 are rejected and Enter moves on without saving")
    {
        type(QStringLiteral("7"));
        CHECK(csat->text().isEmpty());
        CHECK(focused() == csat);
        press(Qt::Key_Return);
        CHECK(focused() == nps);
        CHECK(dialog.isVisible());
    }

    SECTION("An empty form is not saved")
    {
        press(Qt::Key_Return, Qt::ControlModifier);
        CHECK(dialog.result() != QDialog::Accepted);
        CHECK(child<QLabel>(dialog, "saveError")->isVisible());
        CHECK(surveys.responsesOf(customer.id)->isEmpty());
    }
}

TEST_CASE("RedeemPointsDialog refuses more than the balance and redeems within it", "[ui][records]")
{
    TemporaryDatabase temp(SiteProfile::Pharmacy);
    FixedClock clock(fixedNow());
    const Customer customer = addCustomer(temp, clock);
    LoyaltyLedger ledger(temp.db(), clock);
    auto earned = ledger.earnForPurchase(customer.id, QStringLiteral("visit"), 1,
                                         {caredesk::core::PurchaseLine{ProductClass::Otc, 50000}});
    REQUIRE(earned.ok());
    REQUIRE(*earned == 500);

    RedeemPointsDialog dialog(customer, ledger, clock, QStringLiteral("admin"));
    showActive(dialog);
    CHECK(dialog.balance() == 500);
    CHECK(child<QLabel>(dialog, "balance")->text().contains(QStringLiteral("500")));
    CHECK(child<QLabel>(dialog, "tier")->text() == QStringLiteral("Standard"));
    CHECK(child<QLabel>(dialog, "expiring")->text().contains(QStringLiteral("2026-03-02")));
    auto *points = child<QLineEdit>(dialog, "points");
    REQUIRE(focused() == points);

    type(QStringLiteral("600"));
    CHECK(child<QLabel>(dialog, "balanceAfter")->text().contains(QStringLiteral("-100")));
    press(Qt::Key_Tab);
    type(QStringLiteral("Blood pressure monitor"));
    press(Qt::Key_Return);
    CHECK(dialog.result() != QDialog::Accepted);
    auto *saveError = child<QLabel>(dialog, "saveError");
    CHECK(saveError->isVisible());
    CHECK(saveError->text().contains(QStringLiteral("500")));
    CHECK(focused() == points);
    CHECK(ledger.balance(customer.id).value() == 500);
    CHECK(ledger.entries(customer.id)->size() == 1);

    SECTION("Prescription drugs cannot be paid with points")
    {
        type(QStringLiteral("100"));
        auto *productClass = child<QComboBox>(dialog, "productClass");
        productClass->setFocus();
        productClass->setCurrentIndex(productClass->findData(static_cast<int>(ProductClass::Rx)));
        press(Qt::Key_Return);
        CHECK(dialog.result() != QDialog::Accepted);
        CHECK(child<QLabel>(dialog, "saveError")->text().contains(QStringLiteral("Rx")));
        CHECK(focused() == productClass);
        CHECK(ledger.balance(customer.id).value() == 500);
    }

    SECTION("Within the balance the points are redeemed")
    {
        type(QStringLiteral("200")); // the refused amount is selected, so this replaces it
        CHECK(points->text() == QStringLiteral("200"));
        CHECK(child<QLabel>(dialog, "balanceAfter")->text().startsWith(QStringLiteral("Balance after: 300")));
        press(Qt::Key_Return);
        REQUIRE(dialog.result() == QDialog::Accepted);
        CHECK(dialog.savedEntry().points == -200);
        CHECK(ledger.balance(customer.id).value() == 300);
    }
}

TEST_CASE("RedeemPointsDialog needs a reason", "[ui][records]")
{
    TemporaryDatabase temp(SiteProfile::Pharmacy);
    FixedClock clock(fixedNow());
    const Customer customer = addCustomer(temp, clock);
    LoyaltyLedger ledger(temp.db(), clock);
    REQUIRE(ledger
                .earnForPurchase(customer.id, QStringLiteral("visit"), 1,
                                 {caredesk::core::PurchaseLine{ProductClass::Otc, 10000}})
                .ok());
    RedeemPointsDialog dialog(customer, ledger, clock, QStringLiteral("admin"));
    showActive(dialog);
    type(QStringLiteral("50"));
    press(Qt::Key_Return);
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(child<QLabel>(dialog, "error_reason")->isVisible());
    CHECK(focused() == child<QLineEdit>(dialog, "reason"));
    CHECK(ledger.balance(customer.id).value() == 100);
}
