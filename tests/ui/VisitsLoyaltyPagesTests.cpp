// SPDX-License-Identifier: GPL-3.0-or-later
// The Visits area (the site's visits by day or period, totals, paging, opening a customer) and the Loyalty area
// (the programme overview and who may change the programme settings).
#include "core/common/Clock.h"
#include "core/customers/CustomerRepository.h"
#include "core/loyalty/LoyaltyLedger.h"
#include "core/loyalty/LoyaltyProgram.h"
#include "core/storage/Database.h"
#include "core/visits/VisitRepository.h"
#include "tests/support/TemporaryDatabase.h"
#include "ui/common/MessageBox.h"
#include "ui/loyalty/LoyaltyPage.h"
#include "ui/loyalty/LoyaltyProgramForm.h"
#include "ui/visits/VisitTableModel.h"
#include "ui/visits/VisitsPage.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using caredesk::core::Customer;
using caredesk::core::CustomerRepository;
using caredesk::core::Database;
using caredesk::core::FixedClock;
using caredesk::core::LoyaltyLedger;
using caredesk::core::LoyaltyProgram;
using caredesk::core::ProductClass;
using caredesk::core::Role;
using caredesk::core::Visit;
using caredesk::core::VisitKind;
using caredesk::core::VisitRepository;
using caredesk::test::TemporaryDatabase;
using caredesk::ui::LoyaltyPage;
using caredesk::ui::LoyaltyProgramForm;
using caredesk::ui::MessageBox;
using caredesk::ui::VisitsPage;
using caredesk::ui::VisitTableModel;

namespace {

const QDate today(2026, 3, 3);

/** Local time on @p day, so the page's local days are the days meant whatever the time zone. */
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

template <typename T> T must(caredesk::core::Result<T> result)
{
    INFO((result ? QString() : result.error().message + QStringLiteral(" | ") + result.error().detail).toStdString());
    REQUIRE(result.ok());
    return std::move(result).value();
}

/** Answers every modal message with Ok while it lives, counting them. */
class ScopedResponder final {
public:
    ScopedResponder()
    {
        MessageBox::setTestResponder([this](const QString &, const QString &) {
            ++m_calls;
            return QMessageBox::Ok;
        });
    }
    ~ScopedResponder() { MessageBox::setTestResponder({}); }
    ScopedResponder(const ScopedResponder &) = delete;
    ScopedResponder &operator=(const ScopedResponder &) = delete;
    [[nodiscard]] int calls() const { return m_calls; }

private:
    int m_calls = 0;
};

struct VisitsFixture {
    TemporaryDatabase temp;
    FixedClock clock{local(today, 17, 0)};
    CustomerRepository customers{temp.db(), clock};
    VisitRepository visits{temp.db(), clock};
    Customer wang;
    Customer li;

    VisitsFixture()
    {
        clock.set(local(today.addDays(-400), 12)); // registered long before the visits below
        Customer c;
        c.name = QStringLiteral("王芳");
        wang = must(customers.add(c));
        c.name = QStringLiteral("Li Wei");
        li = must(customers.add(c));
        clock.set(local(today, 17, 0));
    }

    Visit add(const Customer &who, const QDateTime &at, VisitKind kind, qint64 cents,
              std::optional<int> waiting = std::nullopt, const QString &department = {})
    {
        Visit v;
        v.customerId = who.id;
        v.at = at;
        v.kind = kind;
        v.amountCents = cents;
        v.waitingMinutes = waiting;
        v.department = department;
        return must(visits.addVisit(v));
    }

    /** One visit the day before yesterday, two yesterday, three today. */
    void addThreeDays()
    {
        add(li, local(today.addDays(-2), 10), VisitKind::Consultation, 8000, 5, QStringLiteral("内科"));
        add(wang, local(today.addDays(-1), 9), VisitKind::Examination, 15000, 30, QStringLiteral("眼科"));
        add(li, local(today.addDays(-1), 16), VisitKind::Purchase, 4200);
        add(wang, local(today, 9, 15), VisitKind::Consultation, 12000, 10, QStringLiteral("内科"));
        add(li, local(today, 11, 40), VisitKind::Purchase, 3550);
        add(wang, local(today, 14, 5), VisitKind::Examination, 20000, 20, QStringLiteral("眼科"));
    }
};

QStringList column(const QAbstractItemModel &model, int column)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row) {
        out << model.index(row, column).data().toString();
    }
    return out;
}

void showActive(QWidget &widget)
{
    widget.resize(1240, 760);
    widget.show();
    QApplication::setActiveWindow(&widget);
    REQUIRE(QTest::qWaitForWindowActive(&widget));
}

} // namespace

TEST_CASE("The visits page shows exactly the chosen day and steps through days by keyboard", "[ui][visits]")
{
    VisitsFixture f;
    f.addThreeDays();
    VisitsPage page(f.temp.db(), f.clock);
    showActive(page);
    auto *table = child<QTableView>(page, "visitsTable");
    auto *date = child<QDateEdit>(page, "visitsDate");
    QAbstractItemModelTester tester(table->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);

    CHECK(date->date() == today);
    // Today, newest first.
    CHECK(column(*table->model(), VisitTableModel::Time) ==
          QStringList{QStringLiteral("14:05"), QStringLiteral("11:40"), QStringLiteral("09:15")});
    CHECK(column(*table->model(), VisitTableModel::Customer) ==
          QStringList{QStringLiteral("王芳"), QStringLiteral("Li Wei"), QStringLiteral("王芳")});
    CHECK(table->model()->index(0, VisitTableModel::MemberNumber).data().toString() == f.wang.memberNumber);

    table->setFocus();
    QTest::keyClick(table, Qt::Key_Left, Qt::AltModifier);
    CHECK(date->date() == today.addDays(-1));
    CHECK(column(*table->model(), VisitTableModel::Time) ==
          QStringList{QStringLiteral("16:00"), QStringLiteral("09:00")});
    QTest::keyClick(table, Qt::Key_Left, Qt::AltModifier);
    CHECK(table->model()->rowCount() == 1);
    CHECK(table->model()->index(0, VisitTableModel::Department).data().toString() == QStringLiteral("内科"));

    // Nothing on the day before: an honest empty state, not an empty grid.
    QTest::keyClick(table, Qt::Key_Left, Qt::AltModifier);
    CHECK(table->model()->rowCount() == 0);
    auto *empty = child<QLabel>(page, "visitsEmptyState");
    CHECK(empty->isVisible());
    CHECK(empty->text().contains(QStringLiteral("No visits recorded on this day")));
    CHECK(empty->text().contains(QStringLiteral("Alt+V")));
    CHECK_FALSE(child<QLabel>(page, "visitsTotals")->isVisible());

    for (int i = 0; i < 3; ++i) {
        QTest::keyClick(&page, Qt::Key_Right, Qt::AltModifier);
    }
    CHECK(date->date() == today);
    CHECK(table->model()->rowCount() == 3);
    CHECK(table->isVisible());

    // The buttons do the same; the date edit chooses any day.
    QTest::mouseClick(child<QPushButton>(page, "visitsPreviousButton"), Qt::LeftButton);
    CHECK(table->model()->rowCount() == 2);
    date->setDate(today.addDays(-2));
    CHECK(table->model()->rowCount() == 1);
    QTest::mouseClick(child<QPushButton>(page, "visitsTodayButton"), Qt::LeftButton);
    CHECK(date->date() == today);
    CHECK(table->model()->rowCount() == 3);
}

TEST_CASE("The visits page filters by kind and department and its totals match hand-computed values", "[ui][visits]")
{
    VisitsFixture f;
    f.addThreeDays();
    VisitsPage page(f.temp.db(), f.clock);
    showActive(page);
    auto *table = child<QTableView>(page, "visitsTable");
    auto *totals = child<QLabel>(page, "visitsTotals");
    QAbstractItemModelTester tester(table->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);

    // Today: ¥120 + ¥35.50 + ¥200 = ¥355.50; waits 10 and 20 recorded, one not: 15.0 minutes on average.
    INFO(totals->text().toStdString());
    CHECK(totals->isVisible());
    CHECK(totals->text().contains(QStringLiteral("3 visit")));
    CHECK(totals->text().contains(QStringLiteral("355.50")));
    CHECK(totals->text().contains(QStringLiteral("15.0 min (recorded for 2)")));

    auto *kind = child<QComboBox>(page, "visitsKindFilter");
    kind->setCurrentIndex(kind->findData(static_cast<int>(VisitKind::Purchase)));
    CHECK(column(*table->model(), VisitTableModel::Time) == QStringList{QStringLiteral("11:40")});
    CHECK(totals->text().contains(QStringLiteral("1 visit")));
    CHECK(totals->text().contains(QStringLiteral("35.50")));
    CHECK(totals->text().contains(QStringLiteral("not recorded")));
    kind->setCurrentIndex(kind->findData(static_cast<int>(VisitKind::Event)));
    CHECK(table->model()->rowCount() == 0);
    CHECK(child<QLabel>(page, "visitsEmptyState")->text().contains(QStringLiteral("All kinds")));
    kind->setCurrentIndex(0);

    auto *department = child<QComboBox>(page, "visitsDepartmentFilter");
    REQUIRE(department->findData(QStringLiteral("眼科")) > 0);
    department->setCurrentIndex(department->findData(QStringLiteral("眼科")));
    CHECK(column(*table->model(), VisitTableModel::Time) == QStringList{QStringLiteral("14:05")});
    CHECK(totals->text().contains(QStringLiteral("200.00")));
    department->setCurrentIndex(0);

    // The three days as a period: six visits, ¥80 + ¥150 + ¥42 + ¥355.50 = ¥627.50, waits 5, 30, 10, 20: 16.3.
    page.showPeriod(today.addDays(-2), today);
    CHECK(table->model()->rowCount() == 6);
    CHECK(table->model()->index(0, VisitTableModel::Time).data().toString().startsWith(QStringLiteral("2026-03-03")));
    CHECK(totals->text().contains(QStringLiteral("6 visit")));
    CHECK(totals->text().contains(QStringLiteral("627.50")));
    CHECK(totals->text().contains(QStringLiteral("16.3 min (recorded for 4)")));
    // Back by the period's own length: nothing in the three days before.
    QTest::keyClick(table, Qt::Key_Left, Qt::AltModifier);
    CHECK(page.fromDate() == today.addDays(-5));
    CHECK(page.toDate() == today.addDays(-3));
    CHECK(table->model()->rowCount() == 0);
    CHECK(child<QLabel>(page, "visitsEmptyState")->text().contains(QStringLiteral("in this period")));
}

TEST_CASE("The visit list loads page by page and its totals count every row", "[ui][visits]")
{
    VisitsFixture f;
    for (int i = 0; i < 25; ++i) {
        f.add(i % 2 ? f.li : f.wang, local(today, 8).addSecs(i * 60 * 17), VisitKind::Purchase, 1000 + i);
    }

    SECTION("the model reads ten rows at a time")
    {
        VisitTableModel model(f.visits);
        model.setPageSize(10);
        caredesk::core::VisitListFilter filter;
        filter.from = local(today, 0).toUTC();
        filter.to = local(today.addDays(1), 0).toUTC();
        model.setFilter(filter);
        CHECK(model.rowCount() == 10);
        REQUIRE(model.canFetchMore({}));
        model.fetchMore({});
        CHECK(model.rowCount() == 20);
        model.fetchMore({});
        CHECK(model.rowCount() == 25);
        CHECK_FALSE(model.canFetchMore({}));
        // Newest first throughout, no row twice.
        QList<qint64> ids;
        for (int row = 0; row < model.rowCount(); ++row) {
            ids << model.index(row, 0).data(VisitTableModel::VisitIdRole).toLongLong();
            if (row > 0) {
                CHECK(model.rowAt(row).visit.at <= model.rowAt(row - 1).visit.at);
            }
        }
        CHECK(QSet<qint64>(ids.cbegin(), ids.cend()).size() == 25);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.refresh();
        CHECK(model.rowCount() >= 10);
    }

    SECTION("the page fetches more as the table scrolls, and the totals are for the whole day")
    {
        VisitsPage page(f.temp.db(), f.clock);
        page.setPageSize(5);
        showActive(page);
        auto *table = child<QTableView>(page, "visitsTable");
        QAbstractItemModelTester tester(table->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        CHECK(child<QLabel>(page, "visitsTotals")->text().contains(QStringLiteral("25 visit")));
        // 25 visits of ¥10.00 + 0…24 cents: ¥250.00 + ¥3.00.
        CHECK(child<QLabel>(page, "visitsTotals")->text().contains(QStringLiteral("253.00")));
        for (int i = 0; i < 10 && table->model()->rowCount() < 25; ++i) {
            table->scrollToBottom();
            QTest::qWait(20);
        }
        CHECK(table->model()->rowCount() == 25);
    }
}

TEST_CASE("Enter or a double-click on a visit asks for that customer's profile", "[ui][visits]")
{
    VisitsFixture f;
    f.addThreeDays();
    VisitsPage page(f.temp.db(), f.clock);
    showActive(page);
    auto *table = child<QTableView>(page, "visitsTable");
    QSignalSpy opened(&page, &VisitsPage::openCustomer);

    table->setFocus();
    table->setCurrentIndex(table->model()->index(1, VisitTableModel::Kind)); // 11:40, Li Wei
    QTest::keyClick(table, Qt::Key_Return);
    REQUIRE(opened.count() == 1);
    CHECK(opened.at(0).at(0).toLongLong() == f.li.id);

    QTest::keyClick(table, Qt::Key_Down);
    QTest::keyClick(table, Qt::Key_Enter, Qt::KeypadModifier);
    REQUIRE(opened.count() == 2);
    CHECK(opened.at(1).at(0).toLongLong() == f.wang.id);

    const QRect cell = table->visualRect(table->model()->index(1, VisitTableModel::Customer));
    // A click first, as a person's double-click starts with one: the view only opens the row it pressed.
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    REQUIRE(opened.count() == 3);
    CHECK(opened.at(2).at(0).toLongLong() == f.li.id);
}

namespace {

/** Opens the fixture's database as a new staff account with @p role (the administrator adds it). */
std::unique_ptr<Database> openAs(TemporaryDatabase &temp, const QString &user, Role role)
{
    const QString password = QStringLiteral("Desk-Password-2026");
    REQUIRE(temp.db().addUser(user, role, password, caredesk::core::KdfParams::fastForTests()));
    temp.close();
    return must(Database::open(temp.path(), user, password));
}

QString labelText(const QWidget &page, const char *name)
{
    return child<QLabel>(page, name)->text();
}

} // namespace

TEST_CASE("The loyalty overview shows the ledger's figures as worked out by hand", "[ui][loyalty]")
{
    TemporaryDatabase temp;
    FixedClock clock(local(today, 12));
    CustomerRepository customers(temp.db(), clock);
    Customer c;
    c.name = QStringLiteral("王芳");
    const Customer wang = must(customers.add(c));
    c.name = QStringLiteral("Li Wei");
    const Customer li = must(customers.add(c));
    LoyaltyLedger ledger(temp.db(), clock);

    {
        LoyaltyPage empty(temp.db(), clock);
        empty.show();
        CHECK(labelText(empty, "overviewOutstandingPoints") == QStringLiteral("0"));
        CHECK(child<QLabel>(empty, "overviewNote")->isVisible());
        CHECK(labelText(empty, "overviewRedemptionRate") == QStringLiteral("–"));
    }

    clock.set(local(today.addDays(-40), 12));
    REQUIRE(must(ledger.earnForPurchase(wang.id, QStringLiteral("purchase"), 1, {{ProductClass::Otc, 50000}})) == 500);
    // The Rx line earns nothing under the default programme.
    REQUIRE(must(ledger.earnForPurchase(li.id, QStringLiteral("purchase"), 2,
                                        {{ProductClass::Otc, 30000}, {ProductClass::Rx, 20000}})) == 300);
    clock.set(local(today, 12));
    must(ledger.redeem(wang.id, 200, QStringLiteral("体温计"), ProductClass::Device));

    LoyaltyPage page(temp.db(), clock);
    showActive(page);
    // 500 + 300 earned, 200 redeemed: 600 left (wang 300, li 300), worth ¥6.00 at 100 points per ¥1; 25.0 %.
    CHECK(labelText(page, "overviewMembersWithPoints") == QStringLiteral("2"));
    CHECK(labelText(page, "overviewOutstandingPoints") == QStringLiteral("600"));
    CHECK(labelText(page, "overviewOutstandingValue").contains(QStringLiteral("6.00")));
    CHECK(labelText(page, "overviewOutstandingValue").contains(QStringLiteral("100 points per ¥1")));
    CHECK(labelText(page, "overviewEarned") == QStringLiteral("800"));
    CHECK(labelText(page, "overviewRedeemed") == QStringLiteral("200"));
    CHECK(labelText(page, "overviewExpired") == QStringLiteral("0"));
    CHECK(labelText(page, "overviewRedemptionRate") == QStringLiteral("25.0%"));
    CHECK(labelText(page, "overviewExpiring") == QStringLiteral("0"));
    CHECK(labelText(page, "overviewTier_standard") == QStringLiteral("2 member(s)"));
    CHECK(labelText(page, "overviewTier_silver") == QStringLiteral("0 member(s)"));
    CHECK_FALSE(child<QLabel>(page, "overviewNote")->isVisible());

    // Eleven and a half months on, the 500 and 300 lots (earned 40 days before today) are due within 30 days.
    clock.set(local(today.addDays(-40).addMonths(12).addDays(-10), 12));
    page.refreshOverview();
    CHECK(labelText(page, "overviewExpiring") == QStringLiteral("600"));
    CHECK(labelText(page, "overviewExpiringMembers") == QStringLiteral("held by 2 member(s)"));
}

TEST_CASE("A manager changes the OTC points per ¥1 and the programme keeps it", "[ui][loyalty]")
{
    TemporaryDatabase temp;
    FixedClock clock(local(today, 12));
    const auto manager = openAs(temp, QStringLiteral("zhang.manager"), Role::Manager);
    LoyaltyPage page(*manager, clock);
    showActive(page);
    page.showSettings();
    LoyaltyProgramForm *form = page.programForm();
    REQUIRE(form->isEditable());
    CHECK_FALSE(child<QLabel>(*form, "programNote")->text().contains(QStringLiteral("Only an administrator")));
    auto *otc = child<QDoubleSpinBox>(*form, "pointsPerUnit_otc");
    CHECK_FALSE(otc->isReadOnly());
    CHECK(otc->value() == Approx(1.0));
    CHECK_FALSE(child<QDoubleSpinBox>(*form, "pointsPerUnit_rx")->isEnabled()); // Rx is excluded
    CHECK_FALSE(child<QCheckBox>(*form, "rxExcluded")->toolTip().isEmpty());

    SECTION("a valid change is saved")
    {
        otc->setValue(2.5);
        QTest::mouseClick(child<QPushButton>(*form, "saveProgramButton"), Qt::LeftButton);
        CHECK(child<QLabel>(*form, "programStatus")->text().startsWith(QStringLiteral("Saved")));
        const LoyaltyProgram saved = must(LoyaltyProgram::load(*manager));
        CHECK(saved.pointsPerUnit(ProductClass::Otc) == Approx(2.5));
        CHECK(saved.pointsPerUnit(ProductClass::Device) == Approx(1.0));
        CHECK(saved.tiers().size() == 4);
    }

    SECTION("tiers can be added and a broken tier table is refused with the reason")
    {
        auto *tiers = child<QTableWidget>(*form, "tierTable");
        REQUIRE(tiers->rowCount() == 4);
        QTest::mouseClick(child<QPushButton>(*form, "addTierButton"), Qt::LeftButton);
        REQUIRE(tiers->rowCount() == 5);
        // No id yet: the form says so before anything reaches the database.
        ScopedResponder responder;
        CHECK_FALSE(form->save());
        CHECK(child<QLabel>(*form, "programError")->text().contains(QStringLiteral("needs an id")));
        tiers->item(4, 0)->setText(QStringLiteral("diamond"));
        tiers->item(4, 2)->setData(Qt::EditRole, 100); // below VIP's 20000
        CHECK_FALSE(form->save());
        CHECK(child<QLabel>(*form, "programError")->isVisible());
        CHECK(child<QLabel>(*form, "programError")->text().contains(QStringLiteral("more points")));
        CHECK(must(LoyaltyProgram::load(*manager)).tiers().size() == 4);
        tiers->item(4, 2)->setData(Qt::EditRole, 50000);
        CHECK(form->save());
        CHECK_FALSE(child<QLabel>(*form, "programError")->isVisible());
        const LoyaltyProgram saved = must(LoyaltyProgram::load(*manager));
        REQUIRE(saved.tiers().size() == 5);
        CHECK(saved.tiers().at(4).id == QStringLiteral("diamond"));
        CHECK(saved.tiers().at(4).threshold == 50000);
        CHECK(responder.calls() == 0);
        // The overview lists the new tier too.
        CHECK(labelText(page, "overviewTier_diamond") == QStringLiteral("0 member(s)"));
    }
}

TEST_CASE("For reception the programme settings are read-only and core refuses them anyway", "[ui][loyalty]")
{
    TemporaryDatabase temp;
    FixedClock clock(local(today, 12));
    const auto reception = openAs(temp, QStringLiteral("li.na"), Role::Reception);
    LoyaltyPage page(*reception, clock);
    showActive(page);
    page.showSettings();
    LoyaltyProgramForm *form = page.programForm();
    CHECK_FALSE(form->isEditable());
    const QString note = child<QLabel>(*form, "programNote")->text();
    CHECK(note.contains(QStringLiteral("Only an administrator or a manager")));
    CHECK(note.contains(QStringLiteral("li.na")));
    auto *otc = child<QDoubleSpinBox>(*form, "pointsPerUnit_otc");
    CHECK(otc->isReadOnly());
    CHECK_FALSE(child<QCheckBox>(*form, "rxExcluded")->isEnabled());
    CHECK_FALSE(child<QPushButton>(*form, "saveProgramButton")->isVisible());
    CHECK_FALSE(child<QPushButton>(*form, "addTierButton")->isVisible());
    CHECK(child<QTableWidget>(*form, "tierTable")->editTriggers() == QAbstractItemView::NoEditTriggers);

    // Typing does nothing; a save forced past the form is refused by core and said so.
    otc->setFocus();
    QTest::keyClicks(otc, QStringLiteral("9"));
    CHECK(otc->value() == Approx(1.0));
    otc->setValue(3.0);
    ScopedResponder responder;
    CHECK_FALSE(form->save());
    CHECK(responder.calls() == 1);
    CHECK(MessageBox::lastText().contains(QStringLiteral("Only an administrator or a manager")));
    CHECK(must(LoyaltyProgram::load(*reception)).pointsPerUnit(ProductClass::Otc) == Approx(1.0));
}
