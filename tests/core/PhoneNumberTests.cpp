// SPDX-License-Identifier: GPL-3.0-or-later
#include <catch2/catch.hpp>

#include "core/customers/PhoneNumber.h"

#include <QRegularExpression>
#include <QString>

#include <utility>
#include <vector>

using namespace caredesk::core;

namespace {

/** The message of a rejected number, after checking that it was rejected as a Validation error. */
QString rejection(const QString &input)
{
    INFO("input: " << input.toStdString());
    auto result = PhoneNumber::normalize(input);
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().code == ErrorCode::Validation);
    CHECK_FALSE(result.error().message.isEmpty());
    CHECK_FALSE(result.error().message.contains(QLatin1Char('%'))); // every placeholder filled
    // The technical detail goes to logs, so it never carries the number.
    CHECK_FALSE(result.error().detail.contains(QRegularExpression(QStringLiteral("[0-9]{3}"))));
    return result.error().message;
}

} // namespace

TEST_CASE("Phone numbers in every accepted form are normalised", "[customers][phone]")
{
    const std::vector<std::pair<const char16_t *, const char16_t *>> accepted{
        // mainland mobile
        {u"13800138000", u"13800138000"},
        {u"138 0013 8000", u"13800138000"},
        {u"138-0013-8000", u"13800138000"},
        {u"  138 0013 8000  ", u"13800138000"},
        {u"+86 138 0013 8000", u"13800138000"},
        {u"+86-138-0013-8000", u"13800138000"},
        {u"+8613800138000", u"13800138000"},
        {u"0086 138 0013 8000", u"13800138000"},
        {u"86 138 0013 8000", u"13800138000"},
        {u"8613800138000", u"13800138000"},
        {u"(+86) 199 1111 2222", u"19911112222"},
        {u"１３８００１３８０００", u"13800138000"},  // full-width digits from a Chinese input method
        {u"139\u20141111\u20142222", u"13911112222"}, // em dashes
        // mainland landline with area code
        {u"010-8888 6666", u"010-88886666"},
        {u"01088886666", u"010-88886666"},
        {u"(0755) 2345 6789", u"0755-23456789"},
        {u"（0755）2345 6789", u"0755-23456789"}, // full-width brackets
        {u"0755-2345678", u"0755-2345678"},       // 7-digit local number
        {u"021 6123 4567", u"021-61234567"},
        {u"+86 10 8888 6666", u"010-88886666"},
        {u"+86 755 2345 6789", u"0755-23456789"},
        {u"0086 21 6123 4567", u"021-61234567"},
        // international
        {u"+44 20 7946 0958", u"+442079460958"},
        {u"0044 20 7946 0958", u"+442079460958"},
        {u"+1 (650) 555-0123", u"+16505550123"},
        {u"+852 2345 6789", u"+85223456789"},
        {u"+886 2 2345 6789", u"+886223456789"},
    };
    for (const auto &[input, expected] : accepted) {
        INFO("input: " << QString::fromUtf16(input).toStdString());
        auto result = PhoneNumber::normalize(QString::fromUtf16(input));
        REQUIRE(result.ok());
        CHECK(*result == QString::fromUtf16(expected));
    }
}

TEST_CASE("Phone numbers that cannot be right are rejected with a helpful message", "[customers][phone]")
{
    SECTION("empty")
    {
        CHECK(rejection(QString()).contains(QStringLiteral("138 0013 8000")));
        rejection(QStringLiteral("   "));
        rejection(QStringLiteral(" - ( ) "));
    }
    SECTION("too short")
    {
        CHECK(rejection(QStringLiteral("12345")).contains(QStringLiteral("too short")));
        rejection(QStringLiteral("010-888"));
        rejection(QStringLiteral("+86 138"));
    }
    SECTION("letters and symbols")
    {
        CHECK(rejection(QStringLiteral("138 0013 800a")).contains(QStringLiteral("\"a\"")));
        rejection(QStringLiteral("phone"));
        rejection(QStringLiteral("010-8888 6666 ext 12"));
        rejection(QStringLiteral("13800138000#"));
        rejection(QString::fromUtf16(u"138 0013 8000 😀"));
    }
    SECTION("mobile numbers with a wrong length or prefix")
    {
        CHECK(rejection(QStringLiteral("138001380001")).contains(QStringLiteral("not 12")));
        CHECK(rejection(QStringLiteral("1380013800")).contains(QStringLiteral("not 10")));
        rejection(QStringLiteral("12800138000"));
        rejection(QStringLiteral("+86 128 0013 8000"));
        rejection(QStringLiteral("+86 138 0013 80001"));
        // A leading 0 before a mobile number: the message gives the number to type instead.
        CHECK(rejection(QStringLiteral("0138 0013 8000")).contains(QStringLiteral("13800138000")));
    }
    SECTION("landline without area code")
    {
        CHECK(rejection(QStringLiteral("8888 6666")).contains(QStringLiteral("area code")));
        rejection(QStringLiteral("2345678"));
        CHECK(rejection(QStringLiteral("+86 8888 6666")).contains(QStringLiteral("area code")));
    }
    SECTION("+86 with a landline that keeps its trunk 0")
    {
        // After +86 the 0 of the area code is not dialled; the message says what to type instead.
        CHECK(rejection(QStringLiteral("+86 010 8888 6666")).contains(QStringLiteral("010-88886666")));
        rejection(QStringLiteral("0086 (0755) 2345 6789"));
    }
    SECTION("landlines with a wrong length or area code")
    {
        rejection(QStringLiteral("010-8888 66661"));
        rejection(QStringLiteral("0755-0234 5678"));
        rejection(QStringLiteral("0111 2345 678"));
    }
    SECTION("international numbers")
    {
        rejection(QStringLiteral("+0 123 4567"));
        rejection(QStringLiteral("+44 1234"));
        rejection(QStringLiteral("+44 1234 5678 9012 3456"));
        rejection(QStringLiteral("1+3800138000"));
        rejection(QStringLiteral("++44 20 7946 0958"));
    }
    SECTION("other forms")
    {
        rejection(QStringLiteral("2345 6789 0123"));
    }
}

TEST_CASE("Phone digits for search tokens", "[customers][phone]")
{
    CHECK(PhoneNumber::digits(QStringLiteral("010-88886666")) == QStringLiteral("01088886666"));
    CHECK(PhoneNumber::digits(QStringLiteral("+442079460958")) == QStringLiteral("442079460958"));
    CHECK(PhoneNumber::digits(QStringLiteral("13800138000")) == QStringLiteral("13800138000"));
    CHECK(PhoneNumber::digits(QString::fromUtf16(u"（１３８）")) == QStringLiteral("138"));
    CHECK(PhoneNumber::digits(QString()).isEmpty());
    CHECK(PhoneNumber::digits(QStringLiteral("abc")).isEmpty());
}

TEST_CASE("Masked phone numbers show only what the header promises", "[customers][phone]")
{
    CHECK(PhoneNumber::masked(QStringLiteral("13800138000")) == QStringLiteral("138****8000"));
    CHECK(PhoneNumber::masked(QStringLiteral("010-88886666")) == QStringLiteral("010-****6666"));
    // Fixed-width masks: the number of stars does not tell how many digits are hidden.
    CHECK(PhoneNumber::masked(QStringLiteral("0755-2345678")) == QStringLiteral("0755-****5678"));
    CHECK(PhoneNumber::masked(QStringLiteral("+442079460958")) == QStringLiteral("+44*******0958"));
    CHECK(PhoneNumber::masked(QStringLiteral("+16505550123")) == QStringLiteral("+1*******0123"));
    CHECK(PhoneNumber::masked(QStringLiteral("+85223456789")) == QStringLiteral("+852*******6789"));
    CHECK(PhoneNumber::masked(QString()).isEmpty());
    // Anything that is not a normalised number shows at most its last four digits.
    CHECK(PhoneNumber::masked(QStringLiteral("12")) == QStringLiteral("****"));
    CHECK(PhoneNumber::masked(QStringLiteral("987654321")) == QStringLiteral("****4321"));

    // Every accepted form round-trips through masking without showing the middle digits.
    for (const char16_t *input : {u"138 0013 8000", u"(0755) 2345 6789", u"+44 20 7946 0958"}) {
        auto normalized = PhoneNumber::normalize(QString::fromUtf16(input));
        REQUIRE(normalized.ok());
        const QString masked = PhoneNumber::masked(*normalized);
        CHECK(masked.contains(QStringLiteral("****")));
        CHECK(masked.endsWith(normalized->right(4)));
        CHECK_FALSE(masked.contains(normalized->mid(normalized->size() - 8, 4)));
    }
}
