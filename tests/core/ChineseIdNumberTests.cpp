// SPDX-License-Identifier: GPL-3.0-or-later
#include <catch2/catch.hpp>

#include "core/customers/ChineseIdNumber.h"

#include <QDate>
#include <QString>

#include <array>

using namespace caredesk::core;

namespace {

const QDate today(2025, 6, 1);

/** An independent implementation of GB 11643's check character, to build test numbers with. */
QString withCheckCharacter(const QString &first17)
{
    const std::array<int, 17> weights{7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 17; ++i) {
        sum += first17.at(i).digitValue() * weights[static_cast<std::size_t>(i)];
    }
    return first17 + QStringLiteral("10X98765432").at(sum % 11);
}

QString rejection(const QString &input)
{
    INFO("input: " << input.toStdString());
    auto result = ChineseIdNumber::parse(input, today);
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().code == ErrorCode::Validation);
    CHECK_FALSE(result.error().message.isEmpty());
    CHECK_FALSE(result.error().message.contains(QLatin1Char('%')));
    if (input.size() > 6) {
        CHECK_FALSE(result.error().detail.contains(input.left(6))); // detail never carries the number
    }
    return result.error().message;
}

} // namespace

TEST_CASE("Known valid ID numbers parse, with sex and birth date", "[customers][idnumber]")
{
    // The example from GB 11643-1999 itself: born 1949-12-31, sequence 002 (even: female), check character X.
    auto classic = ChineseIdNumber::parse(QStringLiteral("11010519491231002X"), today);
    REQUIRE(classic.ok());
    CHECK(classic->normalized == QStringLiteral("11010519491231002X"));
    CHECK(classic->birthDate == QDate(1949, 12, 31));
    CHECK_FALSE(classic->male);

    // Numbers whose check characters were worked out by hand, outside this code base.
    auto man = ChineseIdNumber::parse(QStringLiteral("110101199003070011"), today);
    REQUIRE(man.ok());
    CHECK(man->birthDate == QDate(1990, 3, 7));
    CHECK(man->male);

    auto woman = ChineseIdNumber::parse(QStringLiteral("310115198512070328"), today);
    REQUIRE(woman.ok());
    CHECK(woman->birthDate == QDate(1985, 12, 7));
    CHECK_FALSE(woman->male);

    auto leapDay = ChineseIdNumber::parse(QStringLiteral("510107200002291232"), today);
    REQUIRE(leapDay.ok());
    CHECK(leapDay->birthDate == QDate(2000, 2, 29));
    CHECK(leapDay->male);

    auto checkX = ChineseIdNumber::parse(QStringLiteral("44030619991231000X"), today);
    REQUIRE(checkX.ok());
    CHECK(checkX->birthDate == QDate(1999, 12, 31));
}

TEST_CASE("ID numbers are accepted as people type them", "[customers][idnumber]")
{
    SECTION("lower-case x")
    {
        auto parsed = ChineseIdNumber::parse(QStringLiteral("11010519491231002x"), today);
        REQUIRE(parsed.ok());
        CHECK(parsed->normalized == QStringLiteral("11010519491231002X"));
    }
    SECTION("spaces")
    {
        auto parsed = ChineseIdNumber::parse(QStringLiteral(" 110105 19491231 002X "), today);
        REQUIRE(parsed.ok());
        CHECK(parsed->normalized == QStringLiteral("11010519491231002X"));
    }
    SECTION("full-width characters")
    {
        auto parsed = ChineseIdNumber::parse(QString::fromUtf16(u"１１０１０５１９４９１２３１００２Ｘ"), today);
        REQUIRE(parsed.ok());
        CHECK(parsed->normalized == QStringLiteral("11010519491231002X"));
    }
    SECTION("born today")
    {
        const QString id = withCheckCharacter(QStringLiteral("110105") + today.toString(QStringLiteral("yyyyMMdd")) +
                                              QStringLiteral("123"));
        auto parsed = ChineseIdNumber::parse(id, today);
        REQUIRE(parsed.ok());
        CHECK(parsed->birthDate == today);
        CHECK(parsed->male);
    }
}

TEST_CASE("Wrong ID numbers are rejected with a helpful message", "[customers][idnumber]")
{
    SECTION("wrong check character")
    {
        CHECK(rejection(QStringLiteral("110105194912310021")).contains(QStringLiteral("mistyped")));
        rejection(QStringLiteral("110101199003070012"));
        // One digit typed wrong in the middle is caught too.
        rejection(QStringLiteral("11010519491231003X"));
    }
    SECTION("impossible birth date")
    {
        const QString id = withCheckCharacter(QStringLiteral("11010519990230123")); // 30 February 1999
        CHECK(rejection(id).contains(QStringLiteral("1999-02-30")));
        rejection(withCheckCharacter(QStringLiteral("11010519991301123"))); // month 13
        rejection(withCheckCharacter(QStringLiteral("11010520010229123"))); // 2001 is not a leap year
    }
    SECTION("birth date in the future")
    {
        const QString id = withCheckCharacter(
            QStringLiteral("110105") + today.addDays(1).toString(QStringLiteral("yyyyMMdd")) + QStringLiteral("123"));
        CHECK(rejection(id).contains(QStringLiteral("future")));
    }
    SECTION("birth date before 1900")
    {
        // The second example of GB 11643: its check character is right, but nobody alive was born in 1880.
        CHECK(rejection(QStringLiteral("440524188001010014")).contains(QStringLiteral("1900")));
    }
    SECTION("wrong length")
    {
        CHECK(rejection(QStringLiteral("11010519491231002")).contains(QStringLiteral("not 17")));
        CHECK(rejection(QStringLiteral("1101051949123100211")).contains(QStringLiteral("not 19")));
        CHECK(rejection(QStringLiteral("110105491231002")).contains(QStringLiteral("15-digit")));
        rejection(QStringLiteral("1234"));
    }
    SECTION("letters and symbols")
    {
        CHECK(rejection(QStringLiteral("11010519491231A02X")).contains(QStringLiteral("\"A\"")));
        rejection(QStringLiteral("X1010519491231002X"));
        rejection(QStringLiteral("110105-19491231-002X"));
        rejection(QString::fromUtf16(u"11010519491231002😀"));
    }
    SECTION("empty")
    {
        rejection(QString());
        rejection(QStringLiteral("   "));
    }
}

TEST_CASE("ID check character", "[customers][idnumber]")
{
    // Known answers, not computed by this code base.
    CHECK(ChineseIdNumber::checkCharacter(QStringLiteral("11010519491231002")) == QLatin1Char('X'));
    CHECK(ChineseIdNumber::checkCharacter(QStringLiteral("44052418800101001")) == QLatin1Char('4'));
    CHECK(ChineseIdNumber::checkCharacter(QStringLiteral("11010119900307001")) == QLatin1Char('1'));
    CHECK(ChineseIdNumber::checkCharacter(QStringLiteral("31011519851207032")) == QLatin1Char('8'));

    // Agrees with the independent implementation above on a spread of numbers.
    for (const char *first17 : {"11010519491231002", "32058319800101456", "65010219751111999", "00000000000000000",
                                "99999999999999999", "12345678901234567"}) {
        const QString digits = QString::fromLatin1(first17);
        CHECK(ChineseIdNumber::checkCharacter(digits) == withCheckCharacter(digits).back());
    }

    CHECK(ChineseIdNumber::checkCharacter(QStringLiteral("1101051949123100")).isNull());  // too short
    CHECK(ChineseIdNumber::checkCharacter(QStringLiteral("1101051949123100A")).isNull()); // not a digit
}

TEST_CASE("Masked ID numbers show the first 3 and last 4 characters", "[customers][idnumber]")
{
    CHECK(ChineseIdNumber::masked(QStringLiteral("11010519491231002X")) == QStringLiteral("110***********002X"));
    CHECK(ChineseIdNumber::masked(QStringLiteral("1234567")) == QStringLiteral("*******"));
    CHECK(ChineseIdNumber::masked(QString()).isEmpty());
}
