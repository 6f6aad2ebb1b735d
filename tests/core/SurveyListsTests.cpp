// SPDX-License-Identifier: GPL-3.0-or-later
// The small reads behind the feedback page's filter lists and its customer column.
#include "core/customers/CustomerRepository.h"
#include "core/feedback/SurveyRepository.h"
#include "tests/support/TemporaryDatabase.h"

#include <catch2/catch.hpp>

using namespace caredesk;
using namespace caredesk::core;
using test::TemporaryDatabase;

namespace {

const QDateTime listsNow = QDateTime(QDate(2026, 5, 20), QTime(10, 0), Qt::UTC);

CustomerId addPerson(CustomerRepository &repo, const QString &name, const QString &phone)
{
    Customer c;
    c.name = name;
    c.phone = phone;
    auto added = repo.add(c);
    REQUIRE(added.ok());
    return added->id;
}

void addAnswer(SurveyRepository &surveys, CustomerId customer, int daysAgo, const QString &department,
               const QString &staff)
{
    SurveyResponse r;
    r.customerId = customer;
    r.at = listsNow.addDays(-daysAgo);
    r.nps = 8;
    r.department = department;
    r.staff = staff;
    auto saved = surveys.addResponse(r);
    INFO((saved ? QString() : saved.error().message).toStdString());
    REQUIRE(saved.ok());
}

} // namespace

TEST_CASE("Survey filter lists hold the distinct departments and staff in use", "[feedback][lists]")
{
    TemporaryDatabase temp;
    FixedClock clock(listsNow);
    CustomerRepository customers(temp.db(), clock);
    SurveyRepository surveys(temp.db(), clock);

    CHECK(surveys.departmentsInUse()->isEmpty());
    CHECK(surveys.staffInUse()->isEmpty());

    const CustomerId a = addPerson(customers, QStringLiteral("王芳"), QStringLiteral("13900139000"));
    addAnswer(surveys, a, 3, QStringLiteral("内科"), QStringLiteral("Dr Zhou"));
    addAnswer(surveys, a, 2, QStringLiteral("眼科"), QStringLiteral("Dr Zhou"));
    addAnswer(surveys, a, 1, QStringLiteral("内科"), QString());
    addAnswer(surveys, a, 1, QString(), QStringLiteral("Nurse Li"));

    auto departments = surveys.departmentsInUse();
    REQUIRE(departments.ok());
    CHECK(*departments == QStringList{QStringLiteral("内科"), QStringLiteral("眼科")});
    auto staff = surveys.staffInUse();
    REQUIRE(staff.ok());
    CHECK(*staff == QStringList{QStringLiteral("Dr Zhou"), QStringLiteral("Nurse Li")});
}

TEST_CASE("Respondents of a filter come with member number and name in one read", "[feedback][lists]")
{
    TemporaryDatabase temp;
    FixedClock clock(listsNow);
    CustomerRepository customers(temp.db(), clock);
    SurveyRepository surveys(temp.db(), clock);
    const CustomerId a = addPerson(customers, QStringLiteral("王芳"), QStringLiteral("13900139000"));
    const CustomerId b = addPerson(customers, QStringLiteral("李娜"), QStringLiteral("13700137000"));
    const CustomerId c = addPerson(customers, QStringLiteral("张伟"), QStringLiteral("13600136000"));
    addAnswer(surveys, a, 40, QStringLiteral("内科"), {});
    addAnswer(surveys, b, 5, QStringLiteral("内科"), {});
    addAnswer(surveys, c, 5, QStringLiteral("眼科"), {});

    SurveyFilter filter;
    filter.from = listsNow.addDays(-10);
    filter.to = listsNow;
    auto respondents = surveys.respondentsIn(filter);
    REQUIRE(respondents.ok());
    CHECK(respondents->size() == 2);
    REQUIRE(respondents->contains(b));
    CHECK(respondents->value(b).name == QStringLiteral("李娜"));
    CHECK(respondents->value(b).memberNumber == customers.findById(b)->memberNumber);
    CHECK_FALSE(respondents->contains(a));

    filter.department = QStringLiteral("眼科");
    respondents = surveys.respondentsIn(filter);
    REQUIRE(respondents.ok());
    CHECK(respondents->keys() == QList<CustomerId>{c});
    // The filter selects the same responses as responsesIn.
    CHECK(surveys.responsesIn(filter)->size() == 1);
}
