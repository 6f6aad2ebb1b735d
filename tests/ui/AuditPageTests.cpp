// SPDX-License-Identifier: GPL-3.0-or-later
// The audit page, driven on the offscreen platform: filters, Enter to a customer, export, Verify integrity.
#include "core/audit/AuditChanges.h"
#include "core/audit/AuditLog.h"
#include "core/common/Clock.h"
#include "core/storage/Database.h"
#include "tests/support/TemporaryDatabase.h"
#include "ui/admin/AuditEventTableModel.h"
#include "ui/admin/AuditPage.h"
#include "ui/common/MessageBox.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace caredesk;
using namespace caredesk::core;
using caredesk::test::TemporaryDatabase;
using caredesk::ui::AuditEventTableModel;
using caredesk::ui::AuditPage;
using caredesk::ui::MessageBox;

namespace {

const QDateTime fixedNow = QDateTime(QDate(2026, 11, 24), QTime(9, 30), Qt::UTC);

template <typename T> T *child(QWidget &parent, const char *name)
{
    T *widget = parent.findChild<T *>(QString::fromLatin1(name));
    INFO("missing widget " << name);
    REQUIRE(widget != nullptr);
    return widget;
}

class AnswerOk final {
public:
    AnswerOk()
    {
        MessageBox::setTestResponder([](const QString &, const QString &) { return QMessageBox::Ok; });
    }
    ~AnswerOk() { MessageBox::setTestResponder({}); }
    AnswerOk(const AnswerOk &) = delete;
    AnswerOk &operator=(const AnswerOk &) = delete;
};

void fill(Database &db)
{
    for (int i = 0; i < 30; ++i) {
        FixedClock at(fixedNow.addSecs(-3600 * i));
        AuditLog audit(db, at);
        const bool customer = i % 3 != 0;
        REQUIRE(audit
                    .record(customer ? QStringLiteral("customer.view") : QStringLiteral("visit.add"),
                            customer ? QStringLiteral("customer:%1").arg(i + 1) : QStringLiteral("visit:%1").arg(i))
                    .ok());
    }
}

} // namespace

TEST_CASE("The audit page filters by record and action, pages, and Enter opens the customer", "[ui][audit]")
{
    TemporaryDatabase temp;
    FixedClock clock(fixedNow);
    fill(temp.db());
    AuditPage page(temp.db(), clock);
    page.setPageSize(7);
    page.resize(1000, 600);
    page.show();

    auto *table = child<QTableView>(page, "auditTable");
    auto *entity = child<QComboBox>(page, "auditEntityFilter");
    auto *action = child<QComboBox>(page, "auditActionFilter");
    // Pages of 7 (the view may already have asked for more), not all 30 and more at once.
    CHECK(page.model()->rowCount() % 7 == 0);
    CHECK(page.model()->rowCount() < 30);
    CHECK(page.model()->canFetchMore({}));

    entity->setCurrentIndex(entity->findData(QStringLiteral("visit")));
    emit entity->activated(entity->currentIndex());
    while (page.model()->canFetchMore({})) {
        page.model()->fetchMore({});
    }
    CHECK(page.model()->rowCount() == 10);
    for (int row = 0; row < page.model()->rowCount(); ++row) {
        CHECK(page.model()->eventAt(row).entity == QStringLiteral("visit"));
    }
    // Newest first, by entry number.
    CHECK(page.model()->eventAt(0).seq > page.model()->eventAt(1).seq);

    entity->setCurrentIndex(entity->findData(QStringLiteral("customer")));
    emit entity->activated(entity->currentIndex());
    action->setCurrentIndex(action->findData(QStringLiteral("customer.view")));
    emit action->activated(action->currentIndex());
    REQUIRE(page.model()->rowCount() > 0);
    QSignalSpy opened(&page, &AuditPage::openCustomer);
    table->setFocus();
    table->setCurrentIndex(page.model()->index(0, 0));
    QTest::keyClick(table, Qt::Key_Return);
    REQUIRE(opened.count() == 1);
    CHECK(opened.first().first().value<CustomerId>() == page.model()->eventAt(0).entityId.toLongLong());

    SECTION("a filter that matches nothing says so and what to do")
    {
        auto *user = child<QComboBox>(page, "auditUserFilter");
        CHECK(user->findData(QStringLiteral("admin")) >= 0);
        entity->setCurrentIndex(entity->findData(QStringLiteral("visit")));
        emit entity->activated(entity->currentIndex());
        CHECK(page.model()->rowCount() == 0);
        auto *empty = child<QLabel>(page, "auditEmptyLabel");
        CHECK(empty->isVisible());
        CHECK(empty->text().contains(QStringLiteral("No audit entries")));
    }
}

TEST_CASE("The audit event model passes the model tester while paging and filtering", "[ui][audit]")
{
    TemporaryDatabase temp;
    FixedClock clock(fixedNow);
    fill(temp.db());
    AuditLog audit(temp.db(), clock);
    AuditEventTableModel model(audit);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setPageSize(4);
    CHECK(model.rowCount() == 4);
    while (model.canFetchMore({})) {
        model.fetchMore({});
    }
    CHECK(model.rowCount() >= 30);
    AuditFilter visits;
    visits.entity = QStringLiteral("visit");
    model.setFilter(visits);
    CHECK(model.rowCount() == 4);
    CHECK(model.data(model.index(0, AuditEventTableModel::Entity)).toString() == QStringLiteral("visit"));
    CHECK(model.data(model.index(0, AuditEventTableModel::Seq), AuditEventTableModel::SeqRole).toLongLong() > 0);
}

TEST_CASE("Verify integrity on the audit page says intact or which entry was changed", "[ui][audit]")
{
    TemporaryDatabase temp;
    FixedClock clock(fixedNow);
    fill(temp.db());
    AuditPage page(temp.db(), clock);
    page.show();
    auto *verify = child<QPushButton>(page, "auditVerifyButton");
    auto *result = child<QLabel>(page, "auditVerifyResult");
    QTest::mouseClick(verify, Qt::LeftButton);
    CHECK(result->text().contains(QStringLiteral("intact")));
    CHECK(result->property("intact").toBool());

    QSqlQuery q(temp.db().connection());
    REQUIRE(q.exec(QStringLiteral("UPDATE audit_event SET user_name = 'nobody' WHERE seq = 12")));
    QTest::mouseClick(verify, Qt::LeftButton);
    CHECK(result->text().contains(QStringLiteral("entry 12 was changed")));
    CHECK_FALSE(result->property("intact").toBool());
    CHECK_FALSE(temp.db().auditWarning().isEmpty());
}

TEST_CASE("An audit warning is acknowledged from the audit page with a reason", "[ui][audit]")
{
    TemporaryDatabase temp;
    FixedClock clock(fixedNow);
    fill(temp.db());
    AuditPage page(temp.db(), clock);
    page.show();
    auto *acknowledge = child<QPushButton>(page, "auditAcknowledgeButton");
    CHECK_FALSE(acknowledge->isVisible()); // no warning, nothing to acknowledge

    QSqlQuery q(temp.db().connection());
    REQUIRE(q.exec(QStringLiteral("UPDATE audit_event SET user_name = 'nobody' WHERE seq = 12")));
    q.finish();
    CHECK_FALSE(page.verifyIntegrity());
    CHECK(acknowledge->isVisible());
    QSignalSpy acknowledged(&page, &AuditPage::auditWarningAcknowledged);
    {
        AnswerOk ok;
        CHECK_FALSE(page.acknowledgeWarning(QStringLiteral("ok"))); // too short: refused with a message
    }
    CHECK(acknowledged.isEmpty());
    CHECK(page.acknowledgeWarning(QStringLiteral("Looked into it: a test edit")));
    CHECK(acknowledged.size() == 1);
    CHECK_FALSE(acknowledge->isVisible());
    CHECK(temp.db().auditWarning().isEmpty());
    // The acknowledgement is in the trail; the edited entry is still reported by a full check.
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM audit_event WHERE action = 'audit.acknowledge'")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 1);
    q.finish();
    CHECK_FALSE(page.verifyIntegrity());
}

TEST_CASE("Exporting from the audit page writes the filtered entries and records the export", "[ui][audit]")
{
    TemporaryDatabase temp;
    FixedClock clock(fixedNow);
    fill(temp.db());
    AuditPage page(temp.db(), clock);
    auto *entity = child<QComboBox>(page, "auditEntityFilter");
    entity->setCurrentIndex(entity->findData(QStringLiteral("visit")));
    emit entity->activated(entity->currentIndex());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("audit.csv"));
    {
        AnswerOk ok;
        REQUIRE(page.exportTo(path));
        CHECK(MessageBox::lastText().contains(QStringLiteral("10 entries")));
    }
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    CHECK(bytes.count("visit.add") == 10);
    const auto exports = AuditLog(temp.db(), clock).recent(QStringLiteral("audit.export"));
    REQUIRE(exports.ok());
    CHECK(exports->size() == 1);
}

TEST_CASE("The audit page is closed to everyone but administrators", "[ui][audit]")
{
    TemporaryDatabase temp;
    FixedClock clock(fixedNow);
    const QString password = QStringLiteral("Desk-Password-2026");
    REQUIRE(temp.db().addUser(QStringLiteral("zhaomin"), Role::Manager, password, KdfParams::fastForTests()));
    temp.close();
    auto manager = Database::open(temp.path(), QStringLiteral("zhaomin"), password);
    REQUIRE(manager.ok());
    AuditPage page(**manager, clock);
    page.show();
    CHECK_FALSE(child<QPushButton>(page, "auditExportButton")->isEnabled());
    CHECK(page.model()->rowCount() == 0);
    CHECK(child<QLabel>(page, "auditEmptyLabel")->text().contains(QStringLiteral("Only an administrator")));
}

TEST_CASE("The audit page shows field changes in words, identifying fields without their values", "[ui][audit]")
{
    const QString json = AuditChanges()
                             .value(QStringLiteral("state"), QStringLiteral("resolved"), QStringLiteral("closed"))
                             .value(QStringLiteral("points"), QVariant(), 120)
                             .identifying(QStringLiteral("phone"), QStringLiteral("13800000000"),
                                          QStringLiteral("13900000000"))
                             .toJson();
    const QStringList lines = AuditEventTableModel::readableChanges(json);
    CHECK(lines == QStringList{QStringLiteral("phone changed"), QStringLiteral("points: — → 120"),
                               QStringLiteral("state: resolved → closed")});
    CHECK(AuditEventTableModel::readableChanges(QString()).isEmpty());
    CHECK(AuditEventTableModel::readableChanges(QStringLiteral("not json")) == QStringList{QStringLiteral("not json")});
}
