// SPDX-License-Identifier: GPL-3.0-or-later
// The site-wide visit list (VisitRepository::visitPage, visitTotals, visitDepartments): filters, keyset paging
// with ties on the time, and totals computed in the database.
#include "core/customers/CustomerRepository.h"
#include "core/visits/VisitRepository.h"
#include "tests/support/TemporaryDatabase.h"

#include <catch2/catch.hpp>

using namespace caredesk;
using namespace caredesk::core;
using test::TemporaryDatabase;

namespace {

const QDateTime listNow = QDateTime(QDate(2026, 5, 20), QTime(18, 0), Qt::UTC);

template <typename T> T must(Result<T> result)
{
    INFO((result ? QString() : result.error().message + QStringLiteral(" | ") + result.error().detail).toStdString());
    REQUIRE(result.ok());
    return std::move(result).value();
}

struct ListFixture {
    TemporaryDatabase temp;
    FixedClock clock{listNow};
    CustomerRepository customers{temp.db(), clock};
    VisitRepository visits{temp.db(), clock};
    Customer wang;
    Customer li;

    ListFixture()
    {
        Customer c;
        c.name = QStringLiteral("王芳");
        wang = must(customers.add(c));
        c.name = QStringLiteral("Li Wei");
        li = must(customers.add(c));
    }

    Visit add(const Customer &who, const QDateTime &at, VisitKind kind, const QString &department, qint64 cents,
              std::optional<int> waiting = std::nullopt, const QList<VisitItem> &items = {})
    {
        Visit v;
        v.customerId = who.id;
        v.at = at;
        v.kind = kind;
        v.department = department;
        v.amountCents = cents;
        v.waitingMinutes = waiting;
        v.items = items;
        return must(visits.addVisit(v));
    }
};

QList<VisitId> ids(const QList<VisitListRow> &rows)
{
    QList<VisitId> out;
    for (const VisitListRow &row : rows) {
        out << row.visit.id;
    }
    return out;
}

} // namespace

TEST_CASE("The site's visit list pages newest first with ties on the time and joins the customer",
          "[core][visits][list]")
{
    ListFixture f;
    const QDateTime day = QDateTime(QDate(2026, 5, 19), QTime(0, 0), Qt::UTC);
    const Visit early = f.add(f.wang, day.addSecs(9 * 3600), VisitKind::Consultation, QStringLiteral("内科"), 5000, 10);
    const Visit tieA = f.add(f.li, day.addSecs(10 * 3600), VisitKind::Purchase, QString(), 0, std::nullopt,
                             {{0, QStringLiteral("布洛芬"), ProductClass::Otc, 2, 1550},
                              {0, QStringLiteral("血压计"), ProductClass::Device, 1, 19900}});
    const Visit tieB = f.add(f.wang, day.addSecs(10 * 3600), VisitKind::Purchase, QString(), 3000, 0);
    const Visit late = f.add(f.li, day.addSecs(15 * 3600), VisitKind::Examination, QStringLiteral("眼科"), 12000, 35);
    const Visit otherDay =
        f.add(f.li, day.addDays(-1).addSecs(11 * 3600), VisitKind::Consultation, QStringLiteral("内科"), 8000, 20);

    VisitListFilter filter;
    filter.from = day;
    filter.to = day.addDays(1);

    SECTION("one day, newest first, higher id first on the same minute")
    {
        const auto rows = must(f.visits.visitPage(filter, std::nullopt, 50));
        CHECK(ids(rows) == QList<VisitId>{late.id, tieB.id, tieA.id, early.id});
        CHECK(rows.at(0).customerName == QStringLiteral("Li Wei"));
        CHECK(rows.at(0).memberNumber == f.li.memberNumber);
        CHECK(rows.at(1).customerName == QStringLiteral("王芳"));
        REQUIRE(rows.at(2).visit.items.size() == 2);
        CHECK(rows.at(2).visit.items.at(0).name == QStringLiteral("布洛芬"));
        CHECK(rows.at(2).visit.amountCents == 2 * 1550 + 19900);
        CHECK(rows.at(3).visit.waitingMinutes == 10);
    }

    SECTION("pages of two continue exactly where the last one ended")
    {
        QList<VisitId> seen;
        std::optional<VisitCursor> cursor;
        int pages = 0;
        for (;;) {
            const auto rows = must(f.visits.visitPage(filter, cursor, 2));
            ++pages;
            seen << ids(rows);
            if (rows.size() < 2) {
                break;
            }
            cursor = VisitRepository::cursorFor(rows.constLast());
        }
        CHECK(seen == QList<VisitId>{late.id, tieB.id, tieA.id, early.id});
        CHECK(pages == 3);
    }

    SECTION("kind and department narrow the list")
    {
        filter.kind = VisitKind::Purchase;
        CHECK(ids(must(f.visits.visitPage(filter, std::nullopt, 50))) == QList<VisitId>{tieB.id, tieA.id});
        filter.kind.reset();
        filter.department = QStringLiteral("内科");
        CHECK(ids(must(f.visits.visitPage(filter, std::nullopt, 50))) == QList<VisitId>{early.id});
        filter.from = {};
        filter.to = {};
        CHECK(ids(must(f.visits.visitPage(filter, std::nullopt, 50))) == QList<VisitId>{early.id, otherDay.id});
    }

    SECTION("totals cover the whole filter, not one page")
    {
        const VisitTotals totals = must(f.visits.visitTotals(filter));
        CHECK(totals.count == 4);
        CHECK(totals.revenueCents == 5000 + (2 * 1550 + 19900) + 3000 + 12000);
        CHECK(totals.withWaitingTime == 3);
        REQUIRE(totals.averageWaitingMinutes.has_value());
        CHECK(*totals.averageWaitingMinutes == Approx((10.0 + 0.0 + 35.0) / 3.0));

        filter.kind = VisitKind::Purchase;
        filter.department.clear();
        const VisitTotals purchases = must(f.visits.visitTotals(filter));
        CHECK(purchases.count == 2);
        CHECK(purchases.withWaitingTime == 1);
        filter.kind = VisitKind::Event;
        const VisitTotals none = must(f.visits.visitTotals(filter));
        CHECK(none.count == 0);
        CHECK(none.revenueCents == 0);
        CHECK_FALSE(none.averageWaitingMinutes.has_value());
    }

    SECTION("departments in use, sorted, without the empty one")
    {
        CHECK(must(f.visits.visitDepartments()) == QStringList{QStringLiteral("内科"), QStringLiteral("眼科")});
    }

    SECTION("an empty day is an empty list")
    {
        filter.from = day.addDays(1);
        filter.to = day.addDays(2);
        CHECK(must(f.visits.visitPage(filter, std::nullopt, 50)).isEmpty());
    }
}
