// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/auth/PasswordPolicy.h"

#include <catch2/catch.hpp>

#include <QStringList>

using caredesk::core::PasswordAssessment;
namespace PasswordPolicy = caredesk::core::PasswordPolicy;

namespace {

PasswordAssessment assess(const char *password, const char *userName = "")
{
    return PasswordPolicy::assess(QString::fromUtf8(password), QString::fromUtf8(userName));
}

} // namespace

TEST_CASE("Passwords shorter than the minimum are refused", "[password]")
{
    for (const char *password : {"", "a", "Ab1!", "Xq7#mP2", "Xq7#mP2$k"}) {
        INFO(password);
        const PasswordAssessment result = assess(password);
        CHECK_FALSE(result.acceptable);
        CHECK(result.score <= 1);
        CHECK(result.problem.contains(QString::number(PasswordPolicy::minimumLength)));
    }
    CHECK(assess("Xq7#mP2$kL").acceptable); // exactly the minimum
}

TEST_CASE("Common passwords are refused, also with small changes", "[password]")
{
    for (const char *password :
         {"password123", "1234567890", "qwertyuiop", "woaini1314", "abc123456", "iloveyou1314", "1qaz2wsx3edc",
          "Password123!", "P@ssw0rd2024", "!!Password!!", "Woaini1314!", "Qwerty2024!", "Zz5201314!", "Zhang123456!",
          "a123456789", "qq123456789", "Caredesk123!"}) {
        INFO(password);
        const PasswordAssessment result = assess(password);
        CHECK_FALSE(result.acceptable);
        CHECK_FALSE(result.problem.isEmpty());
        CHECK(result.score <= 1);
    }
    // A common word inside a longer password is allowed; the rest carries the strength.
    CHECK(assess("Sneaky-Admin-123").acceptable);
}

TEST_CASE("Keyboard rows, number runs and repeats are refused", "[password]")
{
    for (const char *password :
         {"1234567890123", "Ab12345678", "Abcdefgh1!", "aaaaaaaaaaaa", "AAAAaaaa1111", "asdfghjkl;'", "zxcvbnm,./1",
          "987654321Aa", "abcABCabcABC", "Hello!Hello!", "1q2w3e4r5t6y7u", "abcdefghijklmnopqrstuvwxyz"}) {
        INFO(password);
        const PasswordAssessment result = assess(password);
        CHECK_FALSE(result.acceptable);
        CHECK(result.score <= 1);
    }
    const PasswordAssessment run = assess("Xy34567890");
    CHECK(run.problem.contains(QStringLiteral("keyboard")));
}

TEST_CASE("A password may not contain the user name", "[password]")
{
    const PasswordAssessment result = assess("Zhangwei-Blue-77", "zhangwei");
    CHECK_FALSE(result.acceptable);
    CHECK(result.problem.contains(QStringLiteral("user name")));
    CHECK(result.score <= 1);

    CHECK_FALSE(assess("Blue-ZHANGWEI-77", "zhangwei").acceptable); // any case
    CHECK_FALSE(assess("Blue-Lina-Lamp-77", "li.na").acceptable);   // without the dot
    CHECK(assess("Blue-Ocean-Lamp-77", "zhangwei").acceptable);
    // Two-letter names turn up inside ordinary words, so they are not held against the password.
    CHECK(assess("Reliable-Tea-42", "li").acceptable);
}

TEST_CASE("Short passwords need three kinds of character but passphrases do not", "[password]")
{
    const PasswordAssessment lowerOnly = assess("gardenlamps");
    CHECK_FALSE(lowerOnly.acceptable);
    CHECK(lowerOnly.problem.contains(QStringLiteral("16")));
    CHECK_FALSE(assess("gardenlamps42").acceptable);          // two kinds
    CHECK(assess("Gardenlamps42").acceptable);                // three kinds
    CHECK(assess("garden-lamps-42").acceptable);              // lower, symbol, digit
    CHECK(assess("春天的诊所Clinic2024").acceptable);         // Chinese characters count as a kind
    CHECK_FALSE(assess("我们的诊所在城市的东边").acceptable); // one kind, 11 characters

    // 16 characters or more: any kinds will do.
    const PasswordAssessment passphrase = assess("correct horse battery staple");
    CHECK(passphrase.acceptable);
    CHECK(passphrase.problem.isEmpty());
    CHECK(passphrase.score == 4);
    CHECK(assess("purple tigers sing").acceptable);
    CHECK(assess("我们的诊所在城市的东边靠近河流和公园").acceptable);
}

TEST_CASE("Passwords the rest of CareDesk relies on are acceptable", "[password]")
{
    for (const char *password :
         {"Correct-Horse-42", "Front-Desk-2026!", "Another-Pass-99", "Another-Pass-77", "Brand-New-Pass-88",
          "Wrong-Horse-42", "Counter-Staff-55", "Reception-Desk-77", "Sneaky-Admin-123"}) {
        INFO(password);
        const PasswordAssessment result = assess(password, "li.na");
        CHECK(result.acceptable);
        CHECK(result.problem.isEmpty());
    }
    CHECK(assess("Correct-Horse-42", "admin").acceptable);
    CHECK_FALSE(assess("Sneaky-Admin-123", "admin").acceptable);
    CHECK_FALSE(assess("12345678").acceptable);
}

TEST_CASE("The score rises with strength and agrees with acceptance", "[password]")
{
    const char *const ordered[] = {
        "123",                            // very weak
        "summer24",                       // short
        "Summer-Hat-24",                  // acceptable
        "Summer-Hat-Lake-Tree-24",        // longer
        "wind-Copper-Seven-Lantern-Moss", // long and mixed
    };
    int previous = -1;
    for (const char *password : ordered) {
        INFO(password);
        const PasswordAssessment result = assess(password);
        CHECK(result.score >= previous);
        CHECK(result.score >= 0);
        CHECK(result.score <= 4);
        CHECK(result.acceptable == (result.score >= 2));
        CHECK(result.acceptable == result.problem.isEmpty());
        previous = result.score;
    }
    CHECK(assess("123").score == 0);
    CHECK(assess("password").score == 0);
    CHECK(assess("wind-Copper-Seven-Lantern-Moss").score == 4);
    CHECK(assess("Summer-Hat-24").score >= 2);
}

TEST_CASE("Score labels are words", "[password]")
{
    QStringList labels;
    for (int score = 0; score <= 4; ++score) {
        labels << PasswordPolicy::scoreLabel(score);
    }
    CHECK(labels == QStringList{QStringLiteral("Very weak"), QStringLiteral("Weak"), QStringLiteral("Fair"),
                                QStringLiteral("Good"), QStringLiteral("Strong")});
    CHECK(PasswordPolicy::scoreLabel(-3) == QStringLiteral("Very weak"));
    CHECK(PasswordPolicy::scoreLabel(9) == QStringLiteral("Strong"));
}
