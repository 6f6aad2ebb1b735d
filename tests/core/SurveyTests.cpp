// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/customers/CustomerRepository.h"
#include "core/feedback/SatisfactionScore.h"
#include "core/feedback/SurveyRepository.h"
#include "core/visits/VisitRepository.h"
#include "tests/support/TemporaryDatabase.h"

#include <catch2/catch.hpp>

#include <QSqlQuery>

using namespace caredesk;
using namespace caredesk::core;
using test::TemporaryDatabase;

namespace {

const QDateTime fixedNow = QDateTime(QDate(2026, 11, 24), QTime(9, 30), Qt::UTC);

CustomerId addCustomer(CustomerRepository &repo, const QString &name, const QString &phone)
{
    Customer c;
    c.name = name;
    c.phone = phone;
    auto added = repo.add(c);
    REQUIRE(added.ok());
    return added->id;
}

QStringList keysOf(const QList<SurveyDimension> &dimensions)
{
    QStringList keys;
    for (const SurveyDimension &d : dimensions) {
        keys << d.key;
    }
    return keys;
}

DimensionScore byKey(const QString &key, int score)
{
    DimensionScore s;
    s.key = key;
    s.score = score;
    return s;
}

template <typename T> void requireOk(const Result<T> &result)
{
    INFO((result.ok() ? QString() : result.error().message + QStringLiteral(" | ") + result.error().detail)
             .toStdString());
    REQUIRE(result.ok());
}

} // namespace

TEST_CASE("The default templates carry the dimensions of DOMAIN.md", "[feedback][templates]")
{
    TemporaryDatabase temp;
    FixedClock clock(fixedNow);
    SurveyRepository surveys(temp.db(), clock);
    auto clinic = surveys.current(SiteProfile::Clinic);
    requireOk(clinic);
    CHECK(clinic->version == 1);
    CHECK(clinic->isCurrent());
    CHECK(keysOf(clinic->dimensions) == defaultDimensionKeys(SiteProfile::Clinic));
    CHECK(clinic->dimensions.first().displayLabel() == QStringLiteral("Registration convenience"));
    CHECK(clinic->displayName() == QStringLiteral("Clinic satisfaction survey"));
    auto pharmacy = surveys.current(SiteProfile::Pharmacy);
    requireOk(pharmacy);
    CHECK(keysOf(pharmacy->dimensions) == defaultDimensionKeys(SiteProfile::Pharmacy));
    CHECK(pharmacy->dimension(QStringLiteral("medication_guidance"))->displayLabel() ==
          QStringLiteral("Medication guidance"));
    CHECK(pharmacy->dimension(QStringLiteral("diagnosis_accuracy")) == nullptr);
}

TEST_CASE("Editing a template makes a new version and old responses keep their labels", "[feedback][templates]")
{
    TemporaryDatabase temp;
    FixedClock clock(fixedNow);
    CustomerRepository customers(temp.db(), clock);
    SurveyRepository surveys(temp.db(), clock);
    const CustomerId id = addCustomer(customers, QStringLiteral("张伟"), QStringLiteral("13800138000"));
    const SurveyTemplate v1 = *surveys.current(SiteProfile::Clinic);

    SurveyResponse old;
    old.customerId = id;
    old.at = fixedNow.addDays(-10);
    old.csat = 4;
    old.nps = 9;
    old.scores = {byKey(QStringLiteral("waiting_time"), 2), byKey(QStringLiteral("environment"), 5)};
    auto oldSaved = surveys.addResponse(old);
    requireOk(oldSaved);
    CHECK(oldSaved->templateId == v1.id); // templateId 0 means the current template of the site

    auto v2 = surveys.renameDimension(v1.id, QStringLiteral("waiting_time"), QStringLiteral("Queue length"));
    requireOk(v2);
    CHECK(v2->version == 2);
    CHECK(v2->dimension(QStringLiteral("waiting_time"))->displayLabel() == QStringLiteral("Queue length"));
    auto v3 = surveys.retireDimension(v2->id, QStringLiteral("environment"));
    requireOk(v3);
    CHECK(v3->activeDimensions().size() == 5);
    CHECK(v3->dimension(QStringLiteral("environment"))->retired);
    auto v4 = surveys.addDimension(v3->id, QStringLiteral("Parking"));
    requireOk(v4);
    CHECK(v4->dimension(QStringLiteral("custom_1"))->displayLabel() == QStringLiteral("Parking"));
    CHECK(keysOf(v4->activeDimensions()).last() == QStringLiteral("custom_1"));
    auto v5 = surveys.moveDimension(v4->id, QStringLiteral("custom_1"), 0);
    requireOk(v5);
    CHECK(keysOf(v5->activeDimensions()).first() == QStringLiteral("custom_1"));
    CHECK(v5->version == 5);
    CHECK(surveys.current(SiteProfile::Clinic)->id == v5->id);
    CHECK(surveys.versions(SiteProfile::Clinic)->size() == 5);

    // The old version is untouched and retired; editing it is a conflict.
    const SurveyTemplate v1Again = *surveys.byId(v1.id);
    CHECK_FALSE(v1Again.isCurrent());
    CHECK(v1Again.dimension(QStringLiteral("waiting_time"))->displayLabel() == QStringLiteral("Waiting time"));
    CHECK_FALSE(v1Again.dimension(QStringLiteral("environment"))->retired);
    CHECK(surveys.addDimension(v1.id, QStringLiteral("Food")).error().code == ErrorCode::Conflict);

    // The old response still reads with the labels it was answered under.
    auto responses = surveys.responsesOf(id);
    requireOk(responses);
    REQUIRE(responses->size() == 1);
    REQUIRE(responses->first().scores.size() == 2);
    CHECK(responses->first().scores[0].label == QStringLiteral("Waiting time"));
    CHECK(responses->first().scores[1].key == QStringLiteral("environment"));
    CHECK(responses->first().scores[1].label == QStringLiteral("Environment"));

    // A new response cannot score the retired dimension, but can score the new one.
    SurveyResponse fresh;
    fresh.customerId = id;
    fresh.nps = 6;
    fresh.scores = {byKey(QStringLiteral("environment"), 3)};
    CHECK(surveys.addResponse(fresh).error().code == ErrorCode::Validation);
    fresh.scores = {byKey(QStringLiteral("custom_1"), 3), byKey(QStringLiteral("waiting_time"), 4)};
    auto freshSaved = surveys.addResponse(fresh);
    requireOk(freshSaved);
    CHECK(freshSaved->templateId == v5->id);
    responses = surveys.responsesOf(id);
    CHECK(responses->first().scores[0].label == QStringLiteral("Parking")); // v5 order: custom_1 first
    CHECK(responses->first().scores[1].label == QStringLiteral("Queue length"));

    // Aggregated across versions by key, labelled from the newest version answered.
    const auto dims = SatisfactionScore::dimensions(*surveys.responsesIn({}));
    REQUIRE(dims.size() == 3);
    CHECK(dims[0].key == QStringLiteral("waiting_time"));
    CHECK(dims[0].label == QStringLiteral("Queue length"));
    CHECK(dims[0].score == Approx((25.0 + 75.0) / 2));
}

TEST_CASE("Template edits are validated and need an administrator", "[feedback][templates]")
{
    TemporaryDatabase temp;
    FixedClock clock(fixedNow);
    SurveyRepository surveys(temp.db(), clock);
    const SurveyTemplate v1 = *surveys.current(SiteProfile::Pharmacy);
    CHECK(surveys.addDimension(v1.id, QStringLiteral("  ")).error().code == ErrorCode::Validation);
    CHECK(surveys.addDimension(v1.id, QStringLiteral("waiting TIME")).error().code == ErrorCode::Validation);
    CHECK(surveys.renameDimension(v1.id, QStringLiteral("nope"), QStringLiteral("X")).error().code ==
          ErrorCode::Validation);
    CHECK(surveys.moveDimension(v1.id, QStringLiteral("environment"), 6).error().code == ErrorCode::Validation);
    CHECK(surveys.versions(SiteProfile::Pharmacy)->size() == 1); // nothing was saved
    // Renaming back to the default label stores no custom label.
    auto renamed = surveys.renameDimension(v1.id, QStringLiteral("environment"), QStringLiteral("Shop"));
    requireOk(renamed);
    auto back = surveys.renameDimension(renamed->id, QStringLiteral("environment"), QStringLiteral("Environment"));
    requireOk(back);
    CHECK(back->dimension(QStringLiteral("environment"))->label.isEmpty());

    REQUIRE(temp.db().addUser(QStringLiteral("li.na"), Role::Reception, QStringLiteral("Reception-Desk-77"),
                              KdfParams::fastForTests()));
    temp.close();
    {
        auto front = Database::open(temp.path(), QStringLiteral("li.na"), QStringLiteral("Reception-Desk-77"));
        requireOk(front);
        SurveyRepository asReception(**front, clock);
        const SurveyTemplate current = *asReception.current(SiteProfile::Pharmacy);
        CHECK(asReception.addDimension(current.id, QStringLiteral("Parking")).error().code ==
              ErrorCode::PermissionDenied);
        CHECK(asReception.versions(SiteProfile::Pharmacy)->size() == 3);
    }
    temp.reopen();
}

TEST_CASE("Survey responses are validated and filtered for reports", "[feedback][responses]")
{
    TemporaryDatabase temp;
    FixedClock clock(fixedNow);
    CustomerRepository customers(temp.db(), clock);
    VisitRepository visits(temp.db(), clock);
    SurveyRepository surveys(temp.db(), clock);
    const CustomerId a = addCustomer(customers, QStringLiteral("王芳"), QStringLiteral("13900139000"));
    const CustomerId b = addCustomer(customers, QStringLiteral("李娜"), QStringLiteral("13700137000"));

    SurveyResponse r;
    r.customerId = a;
    r.at = fixedNow.addDays(-1);
    r.csat = 6;
    CHECK(surveys.addResponse(r).error().code == ErrorCode::Validation);
    r.csat = 0;
    CHECK(surveys.addResponse(r).error().code == ErrorCode::Validation);
    r.csat = std::nullopt;
    r.nps = 11;
    CHECK(surveys.addResponse(r).error().code == ErrorCode::Validation);
    r.nps = -1;
    CHECK(surveys.addResponse(r).error().code == ErrorCode::Validation);
    r.nps = 10;
    r.scores = {byKey(QStringLiteral("staff_attitude"), 0)};
    CHECK(surveys.addResponse(r).error().code == ErrorCode::Validation);
    r.scores = {byKey(QStringLiteral("staff_attitude"), 6)};
    CHECK(surveys.addResponse(r).error().code == ErrorCode::Validation);
    r.scores = {byKey(QStringLiteral("staff_attitude"), 5), byKey(QStringLiteral("staff_attitude"), 4)};
    CHECK(surveys.addResponse(r).error().code == ErrorCode::Validation);
    r.scores = {};
    SurveyResponse empty;
    empty.customerId = a;
    CHECK(surveys.addResponse(empty).error().code == ErrorCode::Validation);
    SurveyResponse nobody = r;
    nobody.customerId = 9999;
    CHECK(surveys.addResponse(nobody).error().code == ErrorCode::NotFound);
    auto visitOfB = visits.addVisit(Visit{
        0, b, VisitKind::Consultation, fixedNow.addDays(-2), QStringLiteral("儿科"), {}, 0, {}, {}, {}, {}, {}, {}});
    REQUIRE(visitOfB.ok());
    SurveyResponse wrongVisit = r;
    wrongVisit.visitId = visitOfB->id;
    CHECK(surveys.addResponse(wrongVisit).error().code == ErrorCode::Validation);

    struct Row {
        CustomerId customer;
        int day;
        const char *department;
        const char *staff;
        int nps;
    };
    const Row rows[] = {{a, -40, "内科", "刘医生", 10},
                        {a, -5, "内科", "刘医生", 9},
                        {b, -4, "儿科", "陈医生", 3},
                        {b, -3, "内科", "陈医生", 8},
                        {a, -2, "口腔科", "刘医生", 10}};
    for (const Row &row : rows) {
        SurveyResponse s;
        s.customerId = row.customer;
        s.at = fixedNow.addDays(row.day);
        s.department = QString::fromUtf8(row.department);
        s.staff = QString::fromUtf8(row.staff);
        s.nps = row.nps;
        s.channel = SurveyChannel::Kiosk;
        requireOk(surveys.addResponse(s));
    }
    SurveyFilter filter;
    filter.from = fixedNow.addDays(-30);
    filter.to = fixedNow;
    CHECK(surveys.responsesIn(filter)->size() == 4);
    filter.department = QStringLiteral("内科");
    auto internal = surveys.responsesIn(filter);
    REQUIRE(internal->size() == 2);
    CHECK(internal->first().at < internal->last().at); // oldest first
    CHECK(internal->first().channel == SurveyChannel::Kiosk);
    filter.staff = QStringLiteral("陈医生");
    CHECK(surveys.responsesIn(filter)->size() == 1);
    filter.department.clear();
    CHECK(SatisfactionScore::nps(*surveys.responsesIn(filter)).detractors == 1);
    CHECK(surveys.responsesOf(a)->size() == 3);
}
