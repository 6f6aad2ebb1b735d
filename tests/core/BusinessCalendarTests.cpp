// SPDX-License-Identifier: GPL-3.0-or-later
// Business-time arithmetic of the complaint SLA clocks, in the site's local time.
#include "core/complaints/BusinessCalendar.h"
#include "core/complaints/SlaPolicy.h"
#include "core/storage/Database.h"
#include "tests/support/TemporaryDatabase.h"

#include <catch2/catch.hpp>

using namespace caredesk;
using namespace caredesk::core;
using test::TemporaryDatabase;

namespace {

/** Local time on @p date (the calendar works in the site's local time). */
QDateTime at(const QDate &date, int hour, int minute = 0)
{
    return QDateTime(date, QTime(hour, minute));
}

const QDate monday(2026, 11, 23);

} // namespace

TEST_CASE("Business minutes skip the weekend", "[complaints][calendar]")
{
    const BusinessCalendar calendar;
    const QDate friday(2026, 11, 20);
    // Friday 16:30–17:30 is 60 minutes, Monday 08:30–09:30 the other 60.
    CHECK(calendar.addBusinessMinutes(at(friday, 16, 30), 120) == at(monday, 9, 30));
    CHECK(calendar.businessMinutesBetween(at(friday, 16, 30), at(monday, 9, 30)) == 120);
    CHECK(calendar.businessMinutesBetween(at(friday, 17, 30), at(monday, 8, 30)) == 0);
    // A deadline that ends exactly at closing time stays on that day.
    CHECK(calendar.addBusinessMinutes(at(friday, 16, 30), 60) == at(friday, 17, 30));
}

TEST_CASE("Business minutes stop over the lunch break", "[complaints][calendar]")
{
    const BusinessCalendar calendar;
    // 11:30–12:00 is 30 minutes, then lunch until 13:30, then 30 more.
    CHECK(calendar.addBusinessMinutes(at(monday, 11, 30), 60) == at(monday, 14, 0));
    CHECK(calendar.businessMinutesBetween(at(monday, 11, 0), at(monday, 14, 0)) == 90);
    CHECK(calendar.businessMinutesBetween(at(monday, 12, 15), at(monday, 13, 15)) == 0);
    // A whole day: 08:30–17:30 less 90 minutes of lunch.
    CHECK(calendar.businessMinutesBetween(at(monday, 0, 0), at(monday.addDays(1), 0, 0)) == 450);
}

TEST_CASE("A public holiday is skipped and a make-up Saturday counts", "[complaints][calendar]")
{
    BusinessCalendar calendar;
    const QDate tuesday = monday.addDays(1);
    const QDate wednesday = monday.addDays(2);
    calendar.setException({wednesday, false, QStringLiteral("假日")});
    CHECK_FALSE(calendar.isWorkingDay(wednesday));
    CHECK(calendar.addBusinessMinutes(at(tuesday, 17, 0), 60) == at(wednesday.addDays(1), 9, 0));

    const QDate friday(2026, 11, 27);
    const QDate saturday = friday.addDays(1);
    CHECK(calendar.addBusinessMinutes(at(friday, 17, 0), 60) == at(saturday.addDays(2), 9, 0));
    calendar.setException({saturday, true, QStringLiteral("调休上班")});
    CHECK(calendar.isWorkingDay(saturday));
    CHECK(calendar.addBusinessMinutes(at(friday, 17, 0), 60) == at(saturday, 9, 0));
    CHECK(calendar.businessMinutesBetween(at(friday, 0, 0), at(saturday.addDays(2), 0, 0)) == 900);
}

TEST_CASE("A 48-hour deadline spans the National Day week", "[complaints][calendar]")
{
    BusinessCalendar calendar;
    for (int day = 1; day <= 7; ++day) {
        calendar.setException({QDate(2026, 10, day), false, QStringLiteral("国庆节")});
    }
    calendar.setException({QDate(2026, 9, 27), true, QStringLiteral("调休上班")});
    calendar.setException({QDate(2026, 10, 10), true, QStringLiteral("调休上班")});
    // Wednesday 30 September 10:00: 360 minutes that day, then 8, 9, 10 (make-up Saturday), 12 and 13 October at
    // 450 each (2250), leaving 270 for Wednesday 14 October: 210 before lunch and 60 after it.
    const QDateTime received = at(QDate(2026, 9, 30), 10, 0);
    const QDateTime due = calendar.addBusinessMinutes(received, 48 * 60);
    CHECK(due == at(QDate(2026, 10, 14), 14, 30));
    CHECK(calendar.businessMinutesBetween(received, due) == 48 * 60);
}

TEST_CASE("Paused intervals stop the clock", "[complaints][calendar]")
{
    const BusinessCalendar calendar;
    const QDate tuesday = monday.addDays(1);
    const QList<TimeInterval> pauses{{at(monday, 10, 0), at(tuesday, 10, 0)}};
    // 60 minutes on Monday before the pause, 60 on Tuesday after it.
    CHECK(calendar.addBusinessMinutes(at(monday, 9, 0), 120, pauses) == at(tuesday, 11, 0));
    CHECK(calendar.businessMinutesBetween(at(monday, 9, 0), at(tuesday, 11, 0), pauses) == 120);
    CHECK(calendar.businessMinutesBetween(at(monday, 9, 0), at(tuesday, 11, 0)) == 120 + 450);
    // Overlapping pauses count once.
    const QList<TimeInterval> overlapping{{at(monday, 10, 0), at(monday, 11, 0)},
                                          {at(monday, 10, 30), at(monday, 11, 30)}};
    CHECK(calendar.businessMinutesBetween(at(monday, 9, 0), at(monday, 12, 0), overlapping) == 90);
    // A pause still open stops the clock for good.
    const QList<TimeInterval> open{{at(monday, 10, 0), {}}};
    CHECK(calendar.businessMinutesBetween(at(monday, 9, 0), at(tuesday, 17, 0), open) == 60);
    CHECK_FALSE(calendar.addBusinessMinutes(at(monday, 9, 0), 120, open).isValid());
}

TEST_CASE("A start outside the hours counts from the next opening", "[complaints][calendar]")
{
    const BusinessCalendar calendar;
    CHECK(calendar.addBusinessMinutes(at(monday, 7, 0), 30) == at(monday, 9, 0));
    CHECK(calendar.addBusinessMinutes(at(monday, 18, 0), 30) == at(monday.addDays(1), 9, 0));
    const QDate saturday(2026, 11, 21);
    CHECK(calendar.addBusinessMinutes(at(saturday, 10, 0), 30) == at(monday, 9, 0));
    CHECK(calendar.businessMinutesBetween(at(saturday, 10, 0), at(monday, 9, 0)) == 30);
    CHECK(calendar.businessMinutesBetween(at(monday, 18, 0), at(monday.addDays(1), 8, 0)) == 0);
    CHECK(calendar.businessMinutesBetween(at(monday, 10, 0), at(monday, 9, 0)) == 0);
}

TEST_CASE("The calendar and the SLA policy are saved by an administrator only", "[complaints][calendar]")
{
    TemporaryDatabase temp;
    auto loaded = BusinessCalendar::load(temp.db());
    REQUIRE(loaded.ok());
    CHECK(*loaded == BusinessCalendar());
    auto policy = SlaPolicy::load(temp.db());
    REQUIRE(policy.ok());
    CHECK(*policy == SlaPolicy());
    CHECK(policy->target(SlaClass::Urgent).resolutionMinutes == 24 * 60);
    CHECK(policy->target(SlaClass::General).resolutionMinutes == 48 * 60);
    CHECK(policy->target(SlaClass::Complex).resolutionMinutes == 72 * 60);
    CHECK(policy->target(SlaClass::Complex).firstResponseMinutes == 24 * 60);

    BusinessCalendar changed;
    changed.setHours(6, BusinessHours{true, 9 * 60, 12 * 60, 12 * 60, 12 * 60});
    changed.setException({QDate(2026, 10, 1), false, QStringLiteral("国庆节")});
    changed.setException({QDate(2026, 10, 10), true, QStringLiteral("调休上班")});
    REQUIRE(BusinessCalendar::save(temp.db(), changed).ok());
    CHECK(*BusinessCalendar::load(temp.db()) == changed);

    BusinessCalendar broken = changed;
    broken.setHours(1, BusinessHours{true, 17 * 60, 9 * 60, 12 * 60, 13 * 60});
    auto refused = BusinessCalendar::save(temp.db(), broken);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::Validation);
    broken = changed;
    broken.setHours(2, BusinessHours{true, 9 * 60, 17 * 60, 8 * 60, 13 * 60});
    CHECK(BusinessCalendar::save(temp.db(), broken).error().code == ErrorCode::Validation);

    SlaPolicy faster;
    faster.setTarget(SlaClass::General, SlaTarget{8 * 60, 24 * 60, 80});
    REQUIRE(SlaPolicy::save(temp.db(), faster).ok());
    CHECK(*SlaPolicy::load(temp.db()) == faster);
    SlaPolicy badPolicy;
    badPolicy.setTarget(SlaClass::Urgent, SlaTarget{0, 60, 100});
    CHECK(SlaPolicy::save(temp.db(), badPolicy).error().code == ErrorCode::Validation);

    REQUIRE(temp.db()
                .addUser(QStringLiteral("liufang"), Role::ServiceOfficer, QStringLiteral("Service-Desk-77"),
                         KdfParams::fastForTests())
                .ok());
    temp.close();
    auto officer = Database::open(temp.path(), QStringLiteral("liufang"), QStringLiteral("Service-Desk-77"));
    REQUIRE(officer.ok());
    CHECK(BusinessCalendar::save(**officer, BusinessCalendar()).error().code == ErrorCode::PermissionDenied);
    CHECK(SlaPolicy::save(**officer, SlaPolicy()).error().code == ErrorCode::PermissionDenied);
    CHECK(*BusinessCalendar::load(**officer) == changed);
    CHECK(*SlaPolicy::load(**officer) == faster);
}
