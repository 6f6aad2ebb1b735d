// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/common/Clock.h"
#include "core/customers/CustomerRepository.h"
#include "core/customers/PhoneNumber.h"
#include "core/customers/SearchTokenizer.h"
#include "core/demo/BulkGenerator.h"
#include "core/demo/DemoGenerator.h"
#include "core/loyalty/LoyaltyLedger.h"
#include "core/storage/Database.h"
#include "tests/support/TemporaryDatabase.h"
#include "ui/common/MessageBox.h"
#include "ui/customers/CustomerEditDialog.h"
#include "ui/customers/CustomerListPage.h"
#include "ui/customers/CustomerProfilePage.h"
#include "ui/customers/CustomerTableModel.h"
#include "ui/customers/CustomersPage.h"
#include "ui/customers/DuplicatePairTableModel.h"
#include "ui/customers/DuplicatesPage.h"
#include "ui/customers/MergeDialog.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QButtonGroup>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSet>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QTranslator>
#include <QTreeView>

using caredesk::core::BulkGenerator;
using caredesk::core::Customer;
using caredesk::core::CustomerFilter;
using caredesk::core::CustomerId;
using caredesk::core::CustomerKind;
using caredesk::core::CustomerRepository;
using caredesk::core::CustomerSort;
using caredesk::core::DemoGenerator;
using caredesk::core::FixedClock;
using caredesk::test::TemporaryDatabase;
using caredesk::ui::CustomerEditDialog;
using caredesk::ui::CustomerListPage;
using caredesk::ui::CustomerProfilePage;
using caredesk::ui::CustomersPage;
using caredesk::ui::CustomerTableModel;
using caredesk::ui::DuplicatePairTableModel;
using caredesk::ui::DuplicatesPage;
using caredesk::ui::MergeDialog;
using caredesk::ui::MessageBox;

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

void generate(TemporaryDatabase &temp, const FixedClock &clock, int customers, int duplicatePercent = 2)
{
    DemoGenerator generator(temp.db(), clock);
    DemoGenerator::Options options;
    options.seed = 20250303;
    options.customers = customers;
    options.duplicatePercent = duplicatePercent;
    auto stats = generator.generate(options);
    INFO((stats ? std::string() : QString(stats.error().message + u" / " + stats.error().detail).toStdString()));
    REQUIRE(stats.ok());
}

/** Collects what QAbstractItemModelTester complains about, so a test can require that it said nothing. */
class ModelTestWarnings final {
public:
    ModelTestWarnings()
    {
        s_messages.clear();
        m_previous = qInstallMessageHandler(&ModelTestWarnings::handle);
        s_previous = m_previous;
    }
    ~ModelTestWarnings() { qInstallMessageHandler(m_previous); }
    ModelTestWarnings(const ModelTestWarnings &) = delete;
    ModelTestWarnings &operator=(const ModelTestWarnings &) = delete;
    [[nodiscard]] QString text() const { return s_messages.join(u'\n'); }
    [[nodiscard]] bool empty() const { return s_messages.isEmpty(); }

private:
    static void handle(QtMsgType type, const QMessageLogContext &context, const QString &message)
    {
        if (context.category && QByteArrayView(context.category) == "qt.modeltest") {
            s_messages << message;
            return;
        }
        if (s_previous) {
            s_previous(type, context, message);
        }
    }
    static inline QStringList s_messages;
    static inline QtMessageHandler s_previous = nullptr;
    QtMessageHandler m_previous = nullptr;
};

/** Answers every modal message with @p answer while it lives, so no test can hang on a dialog. */
class ScopedResponder final {
public:
    explicit ScopedResponder(QMessageBox::StandardButton answer = QMessageBox::Ok)
    {
        MessageBox::setTestResponder([this, answer](const QString &, const QString &) {
            ++calls;
            return answer;
        });
    }
    ~ScopedResponder() { MessageBox::setTestResponder({}); }
    ScopedResponder(const ScopedResponder &) = delete;
    ScopedResponder &operator=(const ScopedResponder &) = delete;
    int calls = 0;
};

QList<CustomerId> idsIn(const CustomerTableModel &model)
{
    QList<CustomerId> ids;
    for (int row = 0; row < model.rowCount(); ++row) {
        ids << model.customerAt(row).id;
    }
    return ids;
}

/**
 * Types @p text into @p widget key by key. typeText() handles only Latin-1; a Chinese character arrives as a
 * key event carrying its text, as an input method's commit does for a line edit.
 */
void typeText(QWidget *widget, const QString &text)
{
    for (const QChar ch : text) {
        if (ch.unicode() < 0x80) {
            QTest::keyClick(widget, ch.toLatin1());
        } else {
            QTest::sendKeyEvent(QTest::Press, widget, Qt::Key_unknown, QString(ch), Qt::NoModifier);
            QTest::sendKeyEvent(QTest::Release, widget, Qt::Key_unknown, QString(ch), Qt::NoModifier);
        }
    }
}

void fetchAll(CustomerTableModel &model)
{
    while (model.canFetchMore({})) {
        model.fetchMore({});
    }
}

Customer someIndividualWithPhone(CustomerRepository &repository)
{
    CustomerFilter individuals;
    individuals.kind = CustomerKind::Individual;
    auto page = repository.page(individuals, CustomerSort::Created, true, std::nullopt, 50);
    REQUIRE(page.ok());
    for (const Customer &customer : std::as_const(*page)) {
        if (!customer.phone.isEmpty() && customer.birthDate.isValid()) {
            return customer;
        }
    }
    FAIL("no individual with a phone in the demo data");
    return {};
}

} // namespace

TEST_CASE("CustomerTableModel pages the list with keyset cursors and passes the model tester", "[ui][customers]")
{
    TemporaryDatabase temp;
    FixedClock clock(fixedNow());
    generate(temp, clock, 250);
    CustomerRepository repository(temp.db(), clock);

    {
        // Page by page, as a view scrolling down asks for them.
        CustomerTableModel paged(repository, clock);
        CHECK(paged.totalCount() == 250);
        CHECK(paged.rowCount() == CustomerTableModel::pageSize);
        REQUIRE(paged.canFetchMore({}));
        paged.fetchMore({});
        CHECK(paged.rowCount() == 2 * CustomerTableModel::pageSize);
        REQUIRE(paged.canFetchMore({}));
        paged.fetchMore({});
        CHECK(paged.rowCount() == 250);
        CHECK_FALSE(paged.canFetchMore({}));
        const QList<CustomerId> ids = idsIn(paged);
        CHECK(QSet<CustomerId>(ids.cbegin(), ids.cend()).size() == 250);
    }

    ModelTestWarnings warnings;
    CustomerTableModel model(repository, clock);
    // The tester calls fetchMore() after every insertion, so it walks through all pages itself.
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
    REQUIRE(model.mode() == CustomerTableModel::Mode::List);
    CHECK(model.columnCount() == CustomerTableModel::ColumnCount);
    fetchAll(model);
    CHECK(model.rowCount() == 250);

    // Same order as the repository's own name order (pinyin).
    auto firstPage = repository.page({}, CustomerSort::Name, true, std::nullopt, 10);
    REQUIRE(firstPage.ok());
    for (int row = 0; row < 10; ++row) {
        CHECK(model.customerAt(row).id == firstPage->at(row).id);
    }

    // Phone is masked; the id role carries the id.
    const QModelIndex phone = model.index(0, CustomerTableModel::Phone);
    const Customer first = model.customerAt(0);
    CHECK(phone.data().toString() == caredesk::core::PhoneNumber::masked(first.phone));
    CHECK(phone.data().toString() != first.phone);
    CHECK(model.index(0, 0).data(CustomerTableModel::CustomerIdRole).toLongLong() == first.id);

    SECTION("sorting by member number descending pages again from the start")
    {
        model.sort(CustomerTableModel::MemberNumber, Qt::DescendingOrder);
        CHECK(model.rowCount() == CustomerTableModel::pageSize);
        fetchAll(model);
        REQUIRE(model.rowCount() == 250);
        for (int row = 1; row < model.rowCount(); ++row) {
            REQUIRE(model.customerAt(row - 1).memberNumber > model.customerAt(row).memberNumber);
        }
        CHECK(model.sortColumn() == CustomerTableModel::MemberNumber);
        CHECK(model.sortOrder() == Qt::DescendingOrder);
    }

    SECTION("columns without a repository order are not sortable")
    {
        const CustomerId before = model.customerAt(0).id;
        model.sort(CustomerTableModel::Age, Qt::DescendingOrder);
        CHECK(model.customerAt(0).id == before);
        CHECK(model.sortColumn() == CustomerTableModel::Name);
        CHECK_FALSE(CustomerTableModel::isSortable(CustomerTableModel::Phone));
        CHECK(CustomerTableModel::isSortable(CustomerTableModel::LastActivity));
    }

    SECTION("a filter selects in the database")
    {
        CustomerFilter organisations;
        organisations.kind = CustomerKind::Organisation;
        model.setFilter(organisations);
        auto count = repository.count(organisations);
        REQUIRE(count.ok());
        CHECK(model.totalCount() == *count);
        CHECK(model.rowCount() == *count);
        for (int row = 0; row < model.rowCount(); ++row) {
            CHECK(model.customerAt(row).kind == CustomerKind::Organisation);
        }
    }

    INFO(warnings.text().toStdString());
    CHECK(warnings.empty());
}

TEST_CASE("CustomerTableModel shows ranked search results and passes the model tester", "[ui][customers]")
{
    TemporaryDatabase temp;
    FixedClock clock(fixedNow());
    generate(temp, clock, 250);
    CustomerRepository repository(temp.db(), clock);

    ModelTestWarnings warnings;
    CustomerTableModel model(repository, clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);

    model.setSearchText(QStringLiteral("伟"));
    REQUIRE(model.mode() == CustomerTableModel::Mode::Search);
    REQUIRE(model.rowCount() > 0);
    CHECK_FALSE(model.canFetchMore({}));
    auto expected = repository.search(QStringLiteral("伟"));
    REQUIRE(expected.ok());
    REQUIRE(model.rowCount() == expected->hits.size());
    for (int row = 0; row < model.rowCount(); ++row) {
        CHECK(model.customerAt(row).name.contains(QStringLiteral("伟")));
        CHECK(model.customerAt(row).id == expected->hits.at(row).customer.id);
    }

    // The member number of a customer finds exactly that customer, first.
    const Customer target = model.customerAt(model.rowCount() - 1);
    model.setSearchText(target.memberNumber);
    REQUIRE(model.rowCount() >= 1);
    CHECK(model.customerAt(0).id == target.id);
    CHECK(model.index(0, 0).data(CustomerTableModel::SearchTierRole).toInt() == 0);

    model.setSearchText(QStringLiteral("   "));
    CHECK(model.mode() == CustomerTableModel::Mode::List);
    CHECK(model.totalCount() == 250);

    INFO(warnings.text().toStdString());
    CHECK(warnings.empty());
}

namespace {

/** The whole list as the repository pages it, for comparing with what the model shows. */
QList<Customer> everyCustomer(const CustomerRepository &repository, const CustomerFilter &filter, CustomerSort sort,
                              bool ascending)
{
    QList<Customer> all;
    std::optional<caredesk::core::CustomerCursor> after;
    for (;;) {
        auto page = repository.page(filter, sort, ascending, after, 500);
        REQUIRE(page.ok());
        all << *page;
        if (page->size() < 500) {
            return all;
        }
        after = CustomerRepository::cursorFor(page->constLast(), sort);
    }
}

/** Asks for every row in order, checking each against @p expected, and that the window stays bounded all along. */
void requireRowsAre(const CustomerTableModel &model, const QList<Customer> &expected)
{
    REQUIRE(model.rowCount() == expected.size());
    for (int row = 0; row < model.rowCount(); ++row) {
        INFO("row " << row);
        REQUIRE(model.index(row, CustomerTableModel::Name).data(CustomerTableModel::CustomerIdRole).toLongLong() ==
                expected.at(row).id);
        REQUIRE(model.index(row, CustomerTableModel::MemberNumber).data().toString() == expected.at(row).memberNumber);
        REQUIRE(model.cachedRowCount() <= CustomerTableModel::cachedPages * CustomerTableModel::pageSize);
    }
}

} // namespace

TEST_CASE("CustomerTableModel holds a window of pages and reads dropped pages again", "[ui][customers]")
{
    constexpr int window = CustomerTableModel::cachedPages * CustomerTableModel::pageSize;
    constexpr int lastPageRows = 37;
    constexpr int customers = window + 5 * CustomerTableModel::pageSize + lastPageRows; // 6 pages more than it holds
    TemporaryDatabase temp;
    FixedClock clock(fixedNow());
    // Customers only, written in bulk: the demo generator takes half a minute for this many.
    BulkGenerator::Options options;
    options.seed = 20250303;
    options.customers = customers;
    options.visitsPerCustomer = 0;
    options.surveysPerThousand = 0;
    options.complaintsPerThousand = 0;
    auto generated = BulkGenerator::generate(temp.db(), clock, options);
    INFO((generated ? std::string()
                    : QString(generated.error().message + u" / " + generated.error().detail).toStdString()));
    REQUIRE(generated.ok());
    CustomerRepository repository(temp.db(), clock);

    ModelTestWarnings warnings;
    CustomerTableModel model(repository, clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
    fetchAll(model);
    REQUIRE(model.rowCount() == customers);
    CHECK(model.totalCount() == customers);
    // The 30 pages fetched last: 29 full ones and the short last page.
    CHECK(model.cachedRowCount() == window - CustomerTableModel::pageSize + lastPageRows);

    const QList<Customer> byName = everyCustomer(repository, {}, CustomerSort::Name, true);
    REQUIRE(byName.size() == customers);
    // The first pages were dropped while fetching on (but the first: the tester reads row 0 on every change).
    // rowOf() looks only among the pages held.
    CHECK(model.rowOf(byName.at(CustomerTableModel::pageSize).id) == -1);
    CHECK(model.rowOf(byName.constLast().id) == customers - 1);

    // Start, middle and end: a dropped page is read again from its own cursor, the rows as the repository has them.
    for (const int row : {0, 1, 99, 100, 250, customers / 2, customers - 101, customers - 1}) {
        INFO("row " << row);
        CHECK(model.customerAt(row).id == byName.at(row).id);
        CHECK(model.index(row, CustomerTableModel::Name).data().toString() == byName.at(row).name);
    }
    CHECK(model.rowOf(byName.at(CustomerTableModel::pageSize).id) == CustomerTableModel::pageSize);
    CHECK(model.cachedRowCount() <= window);

    SECTION("every row in order, down and up again")
    {
        requireRowsAre(model, byName);
        CHECK(model.rowOf(byName.constFirst().id) == -1);
        for (int row = customers - 1; row >= 0; row -= 7) {
            REQUIRE(model.customerAt(row).id == byName.at(row).id);
        }
        CHECK(model.cachedRowCount() <= window);
    }

    SECTION("sorting by member number descending keeps the window and the order")
    {
        model.sort(CustomerTableModel::MemberNumber, Qt::DescendingOrder);
        CHECK(model.cachedRowCount() == CustomerTableModel::pageSize);
        fetchAll(model);
        requireRowsAre(model, everyCustomer(repository, {}, CustomerSort::MemberNumber, false));
        for (int row = 1; row < model.rowCount(); ++row) {
            REQUIRE(model.customerAt(row - 1).memberNumber > model.customerAt(row).memberNumber);
        }
    }

    SECTION("a filter pages its own customers through the window")
    {
        CustomerFilter individuals;
        individuals.kind = CustomerKind::Individual;
        model.setFilter(individuals);
        fetchAll(model);
        const QList<Customer> expected = everyCustomer(repository, individuals, CustomerSort::Name, true);
        REQUIRE(expected.size() > window);
        requireRowsAre(model, expected);
        CHECK(model.customerAt(0).kind == CustomerKind::Individual);
    }

    SECTION("rows merged away after their page was read come back empty until a refresh")
    {
        // Drop pages 0 and 1 from the window, then merge away a row inside page 0 and the row that ends page 1.
        for (int row = customers - 1; row >= 5 * CustomerTableModel::pageSize; row -= CustomerTableModel::pageSize) {
            REQUIRE(model.customerAt(row).id == byName.at(row).id);
        }
        REQUIRE(model.rowOf(byName.at(10).id) == -1);
        REQUIRE(model.rowOf(byName.at(150).id) == -1);
        REQUIRE(repository.merge(byName.at(10).id, byName.at(50).id, {}).ok());
        REQUIRE(repository.merge(byName.at(150).id, byName.at(199).id, {}).ok());

        CHECK(model.rowCount() == customers);
        CHECK(model.customerAt(49).id == byName.at(49).id);
        CHECK(model.customerAt(50).id == byName.at(51).id);
        CHECK(model.customerAt(98).id == byName.at(99).id);
        // Each page shows one row fewer, and not the first row of the page after it twice.
        CHECK(model.customerAt(99).id == 0);
        CHECK_FALSE(model.index(99, CustomerTableModel::Name).data().isValid());
        CHECK(model.customerAt(100).id == byName.at(100).id);
        CHECK(model.customerAt(198).id == byName.at(198).id);
        CHECK(model.customerAt(199).id == 0);
        CHECK(model.customerAt(200).id == byName.at(200).id);
        CHECK(model.rowOf(byName.at(100).id) == 100);
        CHECK(model.rowOf(byName.at(200).id) == 200);

        model.refresh();
        CHECK(model.totalCount() == customers - 2);
        fetchAll(model);
        QList<Customer> remaining = byName;
        remaining.removeAt(199);
        remaining.removeAt(50);
        requireRowsAre(model, remaining);
    }

    SECTION("search mode holds its hits, and back in the list the window starts again")
    {
        model.setSearchText(byName.at(customers / 2).memberNumber);
        REQUIRE(model.mode() == CustomerTableModel::Mode::Search);
        REQUIRE(model.rowCount() >= 1);
        CHECK(model.cachedRowCount() == model.rowCount());
        CHECK(model.customerAt(0).id == byName.at(customers / 2).id);
        CHECK(model.rowOf(byName.at(customers / 2).id) == 0);
        model.setSearchText({});
        CHECK(model.rowCount() == CustomerTableModel::pageSize);
        CHECK(model.cachedRowCount() == CustomerTableModel::pageSize);
        CHECK(model.customerAt(0).id == byName.constFirst().id);
    }

    INFO(warnings.text().toStdString());
    CHECK(warnings.empty());
}

TEST_CASE("Typing into the search box narrows the table at once", "[ui][customers]")
{
    TemporaryDatabase temp;
    FixedClock clock(fixedNow());
    generate(temp, clock, 250);
    CustomerRepository repository(temp.db(), clock);
    CustomerListPage page(repository, clock);
    page.resize(1280, 800);
    page.show();

    auto *search = child<QLineEdit>(page, "customerSearch");
    auto *table = child<QTableView>(page, "customerTable");
    auto *count = child<QLabel>(page, "customerCount");
    CHECK(search->placeholderText().contains(QStringLiteral("F3")));
    CHECK(count->text().contains(QStringLiteral("250")));
    CHECK(table->model()->rowCount() == CustomerTableModel::pageSize);
    const QString before = count->text();

    SECTION("a Chinese character")
    {
        typeText(search, QStringLiteral("伟"));
        QTRY_COMPARE(page.model()->searchText(), QStringLiteral("伟"));
        const int rows = table->model()->rowCount();
        REQUIRE(rows > 0);
        REQUIRE(rows < 250);
        for (int row = 0; row < rows; ++row) {
            CHECK(
                table->model()->index(row, CustomerTableModel::Name).data().toString().contains(QStringLiteral("伟")));
        }
        CHECK(count->text() != before);
        CHECK(count->text().contains(QString::number(rows)));
        // The best match is highlighted, so Enter opens it.
        CHECK(table->currentIndex().row() == 0);
    }

    SECTION("pinyin initials")
    {
        // "wy": 王英, 吴怡, 吴玉 … typed without switching to a Chinese input method.
        typeText(search, QStringLiteral("wy"));
        QTRY_COMPARE(page.model()->searchText(), QStringLiteral("wy"));
        const int rows = table->model()->rowCount();
        REQUIRE(rows > 0);
        for (int row = 0; row < rows; ++row) {
            const QString name = page.model()->customerAt(row).name;
            INFO(name.toStdString());
            const QString initials = caredesk::core::SearchTokenizer::pinyinInitials(name);
            const QStringList syllables = caredesk::core::SearchTokenizer::pinyin(name).split(u' ');
            const bool syllableMatches = std::any_of(syllables.cbegin(), syllables.cend(), [](const QString &s) {
                return s.startsWith(QStringLiteral("wy"));
            });
            CHECK((initials.startsWith(QStringLiteral("wy")) || syllableMatches));
        }
        CHECK(count->text() != before);
    }

    SECTION("a search that finds nothing says so")
    {
        typeText(search, QStringLiteral("Xyzzyq"));
        QTRY_COMPARE(page.model()->searchText(), QStringLiteral("Xyzzyq"));
        CHECK(table->model()->rowCount() == 0);
        auto *empty = child<QLabel>(page, "emptyState");
        CHECK(empty->isVisible());
        CHECK(empty->text().contains(QStringLiteral("Xyzzyq")));
        CHECK(count->text().startsWith(u'0'));
    }

    SECTION("one letter asks for more instead of claiming nothing matches")
    {
        typeText(search, QStringLiteral("w"));
        QTRY_COMPARE(page.model()->searchText(), QStringLiteral("w"));
        auto *empty = child<QLabel>(page, "emptyState");
        CHECK(empty->isVisible());
        CHECK(empty->text().contains(QStringLiteral("Keep typing")));
        typeText(search, QStringLiteral("a"));
        QTRY_VERIFY(table->model()->rowCount() > 0);
        CHECK(table->isVisible());
    }

    SECTION("filters combine with the list")
    {
        auto *kind = child<QComboBox>(page, "filterKind");
        kind->setCurrentIndex(kind->findData(static_cast<int>(CustomerKind::Organisation)));
        CustomerFilter organisations;
        organisations.kind = CustomerKind::Organisation;
        auto expected = repository.count(organisations);
        REQUIRE(expected.ok());
        CHECK(table->model()->rowCount() == *expected);
        for (const char *name : {"filterStatus", "filterTag", "filterRegion", "filterConsent"}) {
            auto *combo = child<QComboBox>(page, name);
            CHECK(combo->count() > 1);
        }
    }
}

TEST_CASE("The search box and the table work from the keyboard", "[ui][customers]")
{
    TemporaryDatabase temp;
    FixedClock clock(fixedNow());
    generate(temp, clock, 120);
    CustomerRepository repository(temp.db(), clock);
    CustomerListPage page(repository, clock);
    page.resize(1280, 800);
    page.show();
    QApplication::setActiveWindow(&page);
    REQUIRE(QTest::qWaitForWindowActive(&page));

    auto *search = child<QLineEdit>(page, "customerSearch");
    auto *table = child<QTableView>(page, "customerTable");
    QSignalSpy opened(&page, &CustomerListPage::openCustomer);
    page.focusSearch();
    QTRY_VERIFY(search->hasFocus());

    typeText(search, QStringLiteral("王"));
    QTRY_COMPARE(page.model()->searchText(), QStringLiteral("王"));
    REQUIRE(page.model()->rowCount() > 1);

    QTest::keyClick(search, Qt::Key_Down);
    CHECK(table->hasFocus());
    QTest::keyClick(table, Qt::Key_Down);
    CHECK(table->currentIndex().row() == 1);
    QTest::keyClick(table, Qt::Key_Return);
    REQUIRE(opened.count() == 1);
    CHECK(opened.at(0).at(0).toLongLong() == page.model()->customerAt(1).id);

    // Esc clears the search; a second Esc returns to the search box.
    QTest::keyClick(table, Qt::Key_Escape);
    CHECK(search->text().isEmpty());
    CHECK(page.model()->mode() == CustomerTableModel::Mode::List);
    CHECK(search->hasFocus());

    // Enter in the search box opens the highlighted best match.
    typeText(search, page.model()->customerAt(5).memberNumber);
    QTest::keyClick(search, Qt::Key_Return);
    REQUIRE(opened.count() == 2);
    CHECK(opened.at(1).at(0).toLongLong() == page.model()->customerAt(0).id);
    QTest::keyClick(search, Qt::Key_Escape);
    CHECK(search->text().isEmpty());
}

TEST_CASE("An empty database says how to register the first customer", "[ui][customers]")
{
    TemporaryDatabase temp;
    FixedClock clock(fixedNow());
    CustomersPage page(temp.db(), clock);
    page.resize(1280, 800);
    page.show();
    auto *empty = child<QLabel>(page, "emptyState");
    CHECK(empty->isVisible());
    CHECK(empty->text().contains(QStringLiteral("No customers yet")));
    CHECK(empty->text().contains(page.newCustomerAction()->shortcut().toString(QKeySequence::NativeText)));
    CHECK(page.newCustomerAction()->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_N));
    CHECK(page.findAction()->shortcuts().contains(QKeySequence(Qt::Key_F3)));
    CHECK(page.findAction()->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_F)));
    CHECK(child<QLabel>(page, "customerCount")->text().startsWith(u'0'));
}

TEST_CASE("Registering a customer whose phone is known warns of a duplicate", "[ui][customers]")
{
    TemporaryDatabase temp;
    FixedClock clock(fixedNow());
    generate(temp, clock, 60, 0);
    CustomerRepository repository(temp.db(), clock);
    const Customer existing = someIndividualWithPhone(repository);
    const qint64 before = repository.count({}).value();

    CustomerEditDialog dialog(repository, clock, caredesk::core::SiteProfile::Clinic);
    dialog.show();
    QSignalSpy saved(&dialog, &CustomerEditDialog::saved);
    QSignalSpy openExisting(&dialog, &CustomerEditDialog::openExisting);
    typeText(child<QLineEdit>(dialog, "name"), QStringLiteral("林小梅"));
    typeText(child<QLineEdit>(dialog, "phone"), existing.phone);
    child<QPushButton>(dialog, "saveButton")->click();

    auto *warning = child<QWidget>(dialog, "duplicateWarning");
    REQUIRE(warning->isVisible());
    CHECK(saved.isEmpty());
    auto *candidates = child<QListWidget>(dialog, "duplicateCandidates");
    REQUIRE(candidates->count() >= 1);
    const QString line = candidates->item(0)->text();
    CHECK(line.contains(existing.name));
    CHECK(line.contains(existing.memberNumber));
    CHECK(line.contains(caredesk::core::PhoneNumber::masked(existing.phone)));
    CHECK_FALSE(line.contains(existing.phone));
    CHECK(line.contains(existing.birthDate.toString(Qt::ISODate)));
    CHECK(line.contains(QStringLiteral("same phone number")));

    auto *saveAnyway = child<QPushButton>(dialog, "saveAnyway");
    CHECK_FALSE(saveAnyway->isEnabled());
    CHECK_FALSE(child<QPushButton>(dialog, "saveButton")->isEnabled());

    SECTION("Save anyway needs a reason and keeps it in the notes")
    {
        typeText(child<QLineEdit>(dialog, "duplicateReason"), QStringLiteral("daughter shares the phone"));
        REQUIRE(saveAnyway->isEnabled());
        saveAnyway->click();
        REQUIRE(saved.count() == 1);
        CHECK(dialog.result() == QDialog::Accepted);
        const Customer added = dialog.savedCustomer();
        CHECK(added.notes.startsWith(QStringLiteral("[Saved despite possible duplicate of %1: daughter shares the "
                                                    "phone]")
                                         .arg(existing.memberNumber)));
        CHECK(repository.count({}).value() == before + 1);
    }

    SECTION("Open existing closes the form without saving")
    {
        child<QPushButton>(dialog, "openExisting")->click();
        REQUIRE(openExisting.count() == 1);
        CHECK(openExisting.at(0).at(0).toLongLong() == existing.id);
        CHECK(dialog.result() == QDialog::Rejected);
        CHECK(repository.count({}).value() == before);
    }

    SECTION("Changing the phone withdraws the warning")
    {
        auto *phone = child<QLineEdit>(dialog, "phone");
        phone->selectAll();
        typeText(phone, QStringLiteral("13912345670"));
        CHECK_FALSE(warning->isVisible());
        CHECK(child<QPushButton>(dialog, "saveButton")->isEnabled());
    }
}

TEST_CASE("The customer form shows field problems next to the field", "[ui][customers]")
{
    TemporaryDatabase temp;
    FixedClock clock(fixedNow());
    CustomerRepository repository(temp.db(), clock);
    CustomerEditDialog dialog(repository, clock, caredesk::core::SiteProfile::Pharmacy);
    dialog.show();
    QSignalSpy saved(&dialog, &CustomerEditDialog::saved);

    auto *phoneError = child<QLabel>(dialog, "error_phone");
    CHECK_FALSE(phoneError->isVisible());
    typeText(child<QLineEdit>(dialog, "name"), QStringLiteral("Mary Smith"));
    typeText(child<QLineEdit>(dialog, "phone"), QStringLiteral("12345"));
    typeText(child<QLineEdit>(dialog, "birthDate"), QStringLiteral("1980-13-45"));
    child<QPushButton>(dialog, "saveButton")->click();

    CHECK(saved.isEmpty());
    CHECK(phoneError->isVisible());
    CHECK_FALSE(phoneError->text().isEmpty());
    CHECK(child<QLabel>(dialog, "error_birthDate")->isVisible());
    CHECK_FALSE(child<QLabel>(dialog, "error_name")->isVisible());
    CHECK_FALSE(child<QWidget>(dialog, "duplicateWarning")->isVisible());
    // The first field in the form with a problem gets the cursor.
    CHECK(dialog.focusWidget() == child<QLineEdit>(dialog, "birthDate"));
    CHECK(repository.count({}).value() == 0);
    // Pharmacy profile: the chronic-medication checkbox instead of clinic specialties.
    CHECK(dialog.findChild<QWidget *>(QStringLiteral("chronicMedication")) != nullptr);
    CHECK(dialog.findChild<QWidget *>(QStringLiteral("categories")) == nullptr);

    // An organisation has no sex, birth date or ID number.
    auto *kind = child<QComboBox>(dialog, "kind");
    kind->setCurrentIndex(kind->findData(static_cast<int>(CustomerKind::Organisation)));
    CHECK_FALSE(child<QLineEdit>(dialog, "birthDate")->isVisible());
    CHECK_FALSE(child<QLineEdit>(dialog, "idNumber")->isVisible());

    auto *phone = child<QLineEdit>(dialog, "phone");
    phone->clear();
    typeText(phone, QStringLiteral("010-8888 6666"));
    child<QPushButton>(dialog, "saveButton")->click();
    REQUIRE(saved.count() == 1);
    CHECK(dialog.savedCustomer().kind == CustomerKind::Organisation);
    CHECK(dialog.savedCustomer().phone == QStringLiteral("010-88886666"));
    CHECK_FALSE(dialog.savedCustomer().birthDate.isValid());
}

TEST_CASE("The profile masks the phone until revealed and lists what is recorded", "[ui][customers]")
{
    TemporaryDatabase temp;
    FixedClock clock(fixedNow());
    generate(temp, clock, 60, 0);
    CustomerRepository repository(temp.db(), clock);
    const Customer customer = someIndividualWithPhone(repository);
    CustomerProfilePage profile(temp.db(), repository, clock);
    profile.resize(1280, 800);
    profile.show();
    REQUIRE(profile.showCustomer(customer.id));

    auto *phone = child<QLabel>(profile, "profilePhone");
    CHECK(phone->text().contains(caredesk::core::PhoneNumber::masked(customer.phone)));
    CHECK_FALSE(phone->text().contains(customer.phone));
    // Revealing asks for a reason (RevealDialog) and is audited.
    QTimer::singleShot(50, &profile, [] {
        if (auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget())) {
            auto *reason = dialog->findChild<QLineEdit *>(QStringLiteral("revealReason"));
            QTest::keyClicks(reason, QStringLiteral("calling back"));
            QTest::keyClick(reason, Qt::Key_Return);
        }
    });
    child<QPushButton>(profile, "revealPhone")->click();
    CHECK(phone->text().contains(customer.phone));

    CHECK(child<QLabel>(profile, "profileName")->text() == customer.name);
    caredesk::core::LoyaltyLedger ledger(temp.db(), clock);
    const QString tierText = child<QLabel>(profile, "profileTier")->text();
    CHECK(tierText.contains(caredesk::core::LoyaltyProgram::tierName(*ledger.currentTier(customer.id))));
    CHECK(tierText.contains(QString::number(*ledger.balance(customer.id))));
    CHECK(child<QLabel>(profile, "profileMemberNumber")->text() == customer.memberNumber);
    auto *timeline = child<QTreeView>(profile, "timelineView");
    QAbstractItemModelTester tester(timeline->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(timeline->model()->rowCount() >= 1);
    // Newest first, and registration is the oldest thing there is.
    const int last = timeline->model()->rowCount() - 1;
    CHECK(timeline->model()->index(last, 1).data().toString() == QStringLiteral("Registered"));
    CHECK_FALSE(child<QPushButton>(profile, "unmergeButton")->isVisible());

    // Showing a customer again starts masked.
    REQUIRE(profile.showCustomer(customer.id));
    CHECK_FALSE(phone->text().contains(customer.phone));

    QSignalSpy back(&profile, &CustomerProfilePage::backRequested);
    QSignalSpy edit(&profile, &CustomerProfilePage::editRequested);
    profile.editAction()->trigger();
    profile.backAction()->trigger();
    CHECK(edit.count() == 1);
    CHECK(back.count() == 1);
    CHECK(profile.editAction()->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_E));
    CHECK(profile.backAction()->shortcut() == QKeySequence(Qt::Key_Escape));
}

TEST_CASE("Merging from the duplicates page hides the merged customer and undo on the profile brings it back",
          "[ui][customers]")
{
    TemporaryDatabase temp;
    FixedClock clock(fixedNow());
    generate(temp, clock, 300, 4);
    ScopedResponder yes(QMessageBox::Yes);
    CustomersPage page(temp.db(), clock);
    page.resize(1280, 800);
    page.show();
    CustomerRepository &repository = page.repository();
    const qint64 before = repository.count({}).value();

    page.showDuplicates();
    DuplicatesPage *duplicates = page.duplicatesPage();
    REQUIRE(duplicates->isVisible());
    QAbstractItemModelTester tester(duplicates->model(), QAbstractItemModelTester::FailureReportingMode::Warning);
    REQUIRE(duplicates->model()->rowCount() > 0);
    auto *pairs = child<QTableView>(*duplicates, "duplicatePairs");
    pairs->setCurrentIndex(duplicates->model()->index(0, 0));
    const caredesk::core::DuplicatePair pair = duplicates->model()->pairAt(0);
    REQUIRE(pair.first.id < pair.second.id);
    CHECK(pair.score > 0);
    CHECK_FALSE(pair.reasons.isEmpty());

    child<QPushButton>(*duplicates, "mergeButton")->click();
    MergeDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = duplicates->findChild<MergeDialog *>()) != nullptr);
    REQUIRE(dialog->isVisible());
    // The older record survives unless chosen otherwise; every differing field offers both values.
    CHECK(dialog->survivorId() == pair.first.id);
    CHECK(dialog->mergedId() == pair.second.id);
    for (const QString &field : dialog->preview().differingFields) {
        auto *group = dialog->findChild<QButtonGroup *>(QStringLiteral("choice_") + field);
        INFO(field.toStdString());
        REQUIRE(group != nullptr);
        CHECK(group->checkedId() == 0);
    }
    CHECK(dialog->fieldsFromMerged().isEmpty());
    QSignalSpy merged(dialog, &MergeDialog::merged);
    child<QPushButton>(*dialog, "confirmMerge")->click();
    REQUIRE(merged.count() == 1);

    // Back on the list: the merged customer is gone.
    page.showList();
    CustomerTableModel *model = page.listPage()->model();
    CHECK(model->totalCount() == before - 1);
    fetchAll(*model);
    CHECK(model->rowOf(pair.second.id) == -1);
    CHECK(model->rowOf(pair.first.id) >= 0);
    page.listPage()->setSearchText(pair.second.memberNumber);
    for (int row = 0; row < model->rowCount(); ++row) {
        CHECK(model->customerAt(row).id != pair.second.id);
    }
    page.listPage()->setSearchText(QString());

    // The survivor's profile shows the merge with an undo button.
    page.openCustomer(pair.first.id);
    CustomerProfilePage *profile = page.profilePage();
    REQUIRE(profile->isVisible());
    auto *undo = child<QPushButton>(*profile, "unmergeButton");
    undo->click();
    CHECK(yes.calls == 1);
    QTRY_VERIFY(!undo->isVisible());

    page.showList();
    CHECK(model->totalCount() == before);
    fetchAll(*model);
    CHECK(model->rowOf(pair.second.id) >= 0);
}

TEST_CASE("Back from a profile returns to the list as it was left", "[ui][customers]")
{
    TemporaryDatabase temp;
    FixedClock clock(fixedNow());
    generate(temp, clock, 120);
    CustomersPage page(temp.db(), clock);
    page.resize(1280, 800);
    page.show();
    CustomerListPage *list = page.listPage();
    list->setSearchText(QStringLiteral("李"));
    REQUIRE(list->model()->rowCount() > 2);
    const CustomerId chosen = list->model()->customerAt(2).id;
    REQUIRE(list->selectCustomer(chosen));
    page.openCustomer(chosen);
    REQUIRE(page.profilePage()->isVisible());
    page.profilePage()->backAction()->trigger();
    REQUIRE(list->isVisible());
    CHECK(list->searchText() == QStringLiteral("李"));
    CHECK(list->currentCustomerId() == chosen);

    // The same with real keys: Esc leaves the profile, F3 and Ctrl+F find, Ctrl+N registers.
    QApplication::setActiveWindow(&page);
    REQUIRE(QTest::qWaitForWindowActive(&page));
    auto *search = child<QLineEdit>(page, "customerSearch");
    page.openCustomer(chosen);
    QTest::keyClick(page.profilePage(), Qt::Key_Escape);
    CHECK(list->isVisible());
    CHECK(list->currentCustomerId() == chosen);
    page.openCustomer(chosen);
    QTest::keyClick(page.profilePage(), Qt::Key_F3);
    CHECK(list->isVisible());
    CHECK(search->hasFocus());
    page.openCustomer(chosen);
    QTest::keyClick(page.profilePage(), Qt::Key_F, Qt::ControlModifier);
    CHECK(search->hasFocus());

    // Ctrl+N with a Chinese name typed in the search carries it into the form.
    list->setSearchText(QStringLiteral("欧阳娜娜"));
    QTest::keyClick(search, Qt::Key_N, Qt::ControlModifier);
    CustomerEditDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = page.findChild<CustomerEditDialog *>()) != nullptr);
    CHECK(child<QLineEdit>(*dialog, "name")->text() == QStringLiteral("欧阳娜娜"));
    dialog->reject();
}

namespace {

QString screenshotDir()
{
    QString dir = qEnvironmentVariable("CAREDESK_SCREENSHOT_DIR");
    if (dir.isEmpty()) {
        dir = QDir::temp().filePath(QStringLiteral("caredesk-screenshots"));
    }
    QDir().mkpath(dir);
    return dir;
}

void saveShot(QWidget &widget, const QString &name)
{
    for (int i = 0; i < 3; ++i) {
        QCoreApplication::processEvents();
    }
    const QString path = QDir(screenshotDir()).filePath(name);
    INFO(path.toStdString());
    REQUIRE(widget.grab().save(path));
}

void showAtNaturalSize(QWidget &dialog)
{
    dialog.show();
    QCoreApplication::processEvents();
    dialog.resize(dialog.sizeHint().expandedTo(dialog.minimumSizeHint()));
}

} // namespace

// Not part of the suite: renders the customer pages for review and for docs/screenshots.
// Run: CAREDESK_SCREENSHOT_DIR=/some/dir caredesk_ui_tests "[.screenshots]"
TEST_CASE("Render customer pages for review", "[.screenshots]")
{
    for (const bool chinese : {false, true}) {
        const QString suffix = chinese ? QStringLiteral("zh") : QStringLiteral("en");
        // As the application does: CareDesk's own strings and Qt's (standard buttons such as Cancel).
        QTranslator translator;
        QTranslator qtTranslator;
        if (chinese) {
            REQUIRE(translator.load(QStringLiteral(":/i18n/caredesk_zh_CN.qm")));
            QCoreApplication::installTranslator(&translator);
            if (qtTranslator.load(QStringLiteral("qtbase_zh_CN"), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
                QCoreApplication::installTranslator(&qtTranslator);
            }
        }
        TemporaryDatabase temp;
        FixedClock clock(fixedNow());
        {
            CustomersPage emptyPage(temp.db(), clock);
            emptyPage.resize(1280, 800);
            emptyPage.show();
            saveShot(emptyPage, QStringLiteral("customers-empty-%1.png").arg(suffix));
        }
        generate(temp, clock, 300, 3);
        CustomerRepository repository(temp.db(), clock);
        ScopedResponder yes(QMessageBox::Yes);

        // A profile with a history: a merged duplicate and a consent change.
        auto pairs = repository.scanDuplicates();
        REQUIRE(pairs.ok());
        REQUIRE(pairs->size() >= 2);
        const caredesk::core::DuplicatePair merged = pairs->at(0);
        REQUIRE(repository.merge(merged.first.id, merged.second.id, {}).ok());
        caredesk::core::ConsentEvent withdrawal;
        withdrawal.customerId = merged.first.id;
        withdrawal.channel = caredesk::core::ContactChannel::Sms;
        withdrawal.purpose = QStringLiteral("marketing");
        withdrawal.granted = false;
        withdrawal.note = chinese ? QStringLiteral("电话中要求不再发送促销短信") : QStringLiteral("Asked on the phone");
        REQUIRE(repository.recordConsent(withdrawal).ok());

        CustomersPage page(temp.db(), clock);
        page.resize(1280, 800);
        page.show();
        saveShot(page, QStringLiteral("customers-list-%1.png").arg(suffix));

        auto *search = child<QLineEdit>(page, "customerSearch");
        page.focusSearch();
        typeText(search, chinese ? QStringLiteral("王") : QStringLiteral("wangy"));
        QTRY_VERIFY(!page.listPage()->model()->searchText().isEmpty());
        saveShot(page, chinese ? QStringLiteral("customers-search-zh.png")
                               : QStringLiteral("customers-search-pinyin-en.png"));
        search->clear();
        typeText(search, QStringLiteral("Xyzzyq"));
        QTRY_COMPARE(page.listPage()->model()->searchText(), QStringLiteral("Xyzzyq"));
        saveShot(page, QStringLiteral("customers-search-nothing-%1.png").arg(suffix));
        search->clear();
        QTRY_VERIFY(page.listPage()->model()->searchText().isEmpty());

        page.openCustomer(merged.first.id);
        saveShot(page, QStringLiteral("customer-profile-%1.png").arg(suffix));

        page.showDuplicates();
        saveShot(page, QStringLiteral("customer-duplicates-%1.png").arg(suffix));

        {
            const caredesk::core::DuplicatePair pair = pairs->at(1);
            MergeDialog dialog(repository, pair.first.id, pair.second.id, &page);
            showAtNaturalSize(dialog);
            saveShot(dialog, QStringLiteral("merge-dialog-%1.png").arg(suffix));
        }
        {
            const Customer existing = someIndividualWithPhone(repository);
            CustomerEditDialog dialog(repository, clock, caredesk::core::SiteProfile::Clinic, {}, &page);
            showAtNaturalSize(dialog);
            typeText(child<QLineEdit>(dialog, "name"), existing.name);
            typeText(child<QLineEdit>(dialog, "birthDate"), existing.birthDate.toString(Qt::ISODate));
            typeText(child<QLineEdit>(dialog, "phone"), existing.phone);
            child<QPushButton>(dialog, "saveButton")->click();
            REQUIRE(child<QWidget>(dialog, "duplicateWarning")->isVisible());
            showAtNaturalSize(dialog);
            saveShot(dialog, QStringLiteral("customer-duplicate-warning-%1.png").arg(suffix));
        }
        {
            CustomerEditDialog dialog(repository, clock, caredesk::core::SiteProfile::Pharmacy, {}, &page);
            showAtNaturalSize(dialog);
            typeText(child<QLineEdit>(dialog, "name"), QStringLiteral("Mary Smith"));
            typeText(child<QLineEdit>(dialog, "phone"), QStringLiteral("12345"));
            typeText(child<QLineEdit>(dialog, "birthDate"), QStringLiteral("1980-13-45"));
            typeText(child<QLineEdit>(dialog, "idNumber"), QStringLiteral("110105198001011234"));
            child<QPushButton>(dialog, "saveButton")->click();
            showAtNaturalSize(dialog);
            saveShot(dialog, QStringLiteral("customer-field-errors-%1.png").arg(suffix));
        }
        if (chinese) {
            QCoreApplication::removeTranslator(&translator);
            QCoreApplication::removeTranslator(&qtTranslator);
        }
    }
}
