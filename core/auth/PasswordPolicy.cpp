// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/auth/PasswordPolicy.h"

#include "core/common/SecureBytes.h"
#include "core/common/Tr.h"

#include <QList>

#include <sodium.h>

#include <algorithm>
#include <cmath>
#include <iterator>
#include <string>
#include <vector>

namespace caredesk::core::PasswordPolicy {

namespace {

constexpr int passphraseLength = 16; // long enough to need only one kind of character
constexpr int minimumKinds = 3;
// A password is "mostly" a common password when fewer than this many characters remain besides it.
constexpr int commonRemainderMinimum = 6;

/** Lower-case common passwords, worldwide and Chinese-speaking (pinyin, numeric puns), plus the clinic's own words. */
const std::vector<std::u32string> &commonPasswords()
{
    static const std::vector<std::u32string> list = [] {
        static const char *const words[] = {
            // Worldwide lists (leaked-password top lists).
            "password",
            "password1",
            "password12",
            "password123",
            "passw0rd",
            "p@ssw0rd",
            "p@ssword",
            "pass1234",
            "123456",
            "1234567",
            "12345678",
            "123456789",
            "1234567890",
            "0123456789",
            "987654321",
            "0987654321",
            "111111",
            "1111111111",
            "000000",
            "0000000000",
            "123123",
            "123123123",
            "123321",
            "654321",
            "112233",
            "121212",
            "qwerty",
            "qwerty123",
            "qwertyuiop",
            "qwer1234",
            "1q2w3e4r",
            "1q2w3e4r5t",
            "1qaz2wsx",
            "1qaz2wsx3edc",
            "qazwsx",
            "qazwsxedc",
            "zxcvbnm",
            "zxcvbnm123",
            "asdfghjkl",
            "asdf1234",
            "abc123",
            "abcd1234",
            "abc12345",
            "iloveyou",
            "letmein",
            "welcome",
            "welcome1",
            "welcome123",
            "admin",
            "admin123",
            "administrator",
            "root",
            "monkey",
            "dragon",
            "football",
            "baseball",
            "sunshine",
            "princess",
            "shadow",
            "master",
            "superman",
            "michael",
            "charlie",
            "trustno1",
            "hello123",
            "starwars",
            "whatever",
            "freedom",
            "changeme",
            "default",
            "secret",
            "test1234",
            "computer",
            "internet",
            "access",
            "login",
            "mustang",
            // Chinese-speaking users: numeric puns, pinyin and QQ-era favourites.
            "woaini",
            "woaini1314",
            "woaini520",
            "woainima",
            "woainimama",
            "woaiwojia",
            "aini1314",
            "5201314",
            "1314520",
            "520520",
            "521521",
            "5211314",
            "147258369",
            "147258",
            "258369",
            "159357",
            "741852963",
            "789456123",
            "a123456",
            "a12345678",
            "a123456789",
            "aa123456",
            "abc123456",
            "qq123456",
            "qq123456789",
            "zxc123456",
            "asd123456",
            "qwe123456",
            "iloveyou1314",
            "nihao",
            "nihao123",
            "zhangsan",
            "lisi",
            "wangwu",
            "zhang123",
            "zhang",
            "wang123",
            "wang",
            "li123456",
            "liu123",
            "liu",
            "chen123",
            "chen",
            "yang123",
            "huang123",
            "zhao123",
            "zhou123",
            "88888888",
            "66666666",
            "168168",
            "888888",
            "666666",
            // The workplace.
            "caredesk",
            "caredesk123",
            "clinic",
            "clinic123",
            "hospital",
            "pharmacy",
            "doctor",
            "nurse",
            "patient",
            "medical",
            "health",
        };
        std::vector<std::u32string> out;
        for (const char *word : words) {
            std::u32string text;
            for (const char *c = word; *c != '\0'; ++c) {
                text.push_back(static_cast<char32_t>(static_cast<unsigned char>(*c)));
            }
            out.push_back(std::move(text));
        }
        return out;
    }();
    return list;
}

/** Keyboard rows and columns, the alphabet and number pads: three or more neighbours in a row form a run. */
const std::vector<std::u32string> &lines()
{
    static const std::vector<std::u32string> list{
        U"abcdefghijklmnopqrstuvwxyz",
        U"01234567890",
        U"qwertyuiop",
        U"asdfghjkl",
        U"zxcvbnm",
        U"1qaz",
        U"2wsx",
        U"3edc",
        U"4rfv",
        U"5tgb",
        U"6yhn",
        U"7ujm",
        U"8ik,",
        U"9ol.",
        U"0p;/",
        U"!@#$%^&*()",
        U"1q2w3e4r5t6y7u8i9o0p",
        U"qazwsxedcrfvtgbyhnujmikolp",
        U"147258369",
        U"789456123",
    };
    return list;
}

/** Zeroes a buffer holding a copy of the password when it goes out of scope. */
struct Wiper {
    std::u32string &text;
    ~Wiper()
    {
        if (!text.empty()) {
            sodium_memzero(text.data(), text.size() * sizeof(char32_t));
        }
    }
};

std::u32string toCodePoints(const QString &text)
{
    std::u32string out;
    out.reserve(static_cast<std::size_t>(text.size()));
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            out.push_back(QChar::surrogateToUcs4(c, text.at(i + 1)));
            ++i;
        } else {
            out.push_back(c.unicode());
        }
    }
    return out;
}

std::u32string toLowerCodePoints(const QString &text)
{
    std::u32string out = toCodePoints(text);
    for (char32_t &c : out) {
        c = QChar::toLower(c);
    }
    return out;
}

/** Ways two neighbouring characters relate: 0 = the same character, 1 + 2*line + direction = keyboard/run step. */
std::vector<int> stepKinds(char32_t a, char32_t b)
{
    std::vector<int> kinds;
    if (a == b) {
        kinds.push_back(0);
        return kinds;
    }
    const auto &all = lines();
    for (std::size_t line = 0; line < all.size(); ++line) {
        const std::u32string &row = all[line];
        for (std::size_t p = 0; p < row.size(); ++p) {
            if (row[p] != a) {
                continue;
            }
            if (p + 1 < row.size() && row[p + 1] == b) {
                kinds.push_back(static_cast<int>(1 + 2 * line + 1));
            }
            if (p > 0 && row[p - 1] == b) {
                kinds.push_back(static_cast<int>(1 + 2 * line));
            }
        }
    }
    return kinds;
}

/** How many characters only continue a run of three or more (repeats, abc/123 sequences, keyboard rows). */
int runCharacters(const std::u32string &s)
{
    const std::size_t n = s.size();
    if (n < 3) {
        return 0;
    }
    std::vector<std::vector<int>> steps(n - 1);
    for (std::size_t i = 0; i + 1 < n; ++i) {
        steps[i] = stepKinds(s[i], s[i + 1]);
    }
    std::vector<bool> covered(n, false);
    for (std::size_t i = 0; i + 1 < n; ++i) {
        for (int kind : steps[i]) {
            std::size_t j = i + 1; // last character of the run
            while (j + 1 < n && std::find(steps[j].begin(), steps[j].end(), kind) != steps[j].end()) {
                ++j;
            }
            if (j - i + 1 >= 3) {
                std::fill(covered.begin() + static_cast<std::ptrdiff_t>(i) + 1,
                          covered.begin() + static_cast<std::ptrdiff_t>(j) + 1, true);
            }
        }
    }
    return static_cast<int>(std::count(covered.begin(), covered.end(), true));
}

/** True when the whole text is one shorter piece said again and again ("abcabcabc", "Hello!Hello!"). */
bool isRepeatedUnit(const std::u32string &s)
{
    const std::size_t n = s.size();
    for (std::size_t unit = 1; unit * 2 <= n; ++unit) {
        bool repeats = true;
        for (std::size_t k = unit; k < n && repeats; ++k) {
            repeats = s[k] == s[k % unit];
        }
        if (repeats) {
            return true;
        }
    }
    return false;
}

/** The common-password look of @p lower with digits and symbols read as letters (p@ssw0rd -> password). */
std::u32string unLeet(const std::u32string &lower, char32_t one)
{
    std::u32string out = lower;
    for (char32_t &c : out) {
        switch (c) {
        case U'0': c = U'o'; break;
        case U'1': c = one; break;
        case U'3': c = U'e'; break;
        case U'4': c = U'a'; break;
        case U'5': c = U's'; break;
        case U'7': c = U't'; break;
        case U'@': c = U'a'; break;
        case U'$': c = U's'; break;
        case U'!': c = U'i'; break;
        default: break;
        }
    }
    return out;
}

/** @p lower without the digits and symbols at either end ("!!password2024" -> "password"). */
std::u32string letterCore(const std::u32string &lower)
{
    std::size_t begin = 0;
    std::size_t end = lower.size();
    while (begin < end && !QChar::isLetter(lower[begin])) {
        ++begin;
    }
    while (end > begin && !QChar::isLetter(lower[end - 1])) {
        --end;
    }
    return lower.substr(begin, end - begin);
}

struct CommonMatch {
    bool whole = false; ///< the password is a common password, or one with digits/symbols around it
    int longest = 0;    ///< length of the longest common password (4 or more characters) inside it
};

CommonMatch findCommon(const std::u32string &lower)
{
    CommonMatch match;
    std::u32string leetI = unLeet(lower, U'i');
    std::u32string leetL = unLeet(lower, U'l');
    std::u32string core = letterCore(lower);
    const Wiper wipeI{leetI};
    const Wiper wipeL{leetL};
    const Wiper wipeCore{core};
    const std::u32string *variants[] = {&lower, &leetI, &leetL};
    for (const std::u32string &word : commonPasswords()) {
        if (word == lower || word == leetI || word == leetL || word == core) {
            match.whole = true;
        }
        if (word.size() < 4) {
            continue;
        }
        for (const std::u32string *variant : variants) {
            if (variant->find(word) != std::u32string::npos) {
                match.longest = std::max(match.longest, static_cast<int>(word.size()));
            }
        }
    }
    return match;
}

/** Length of the user name (or its letters and digits alone) if the password contains it, else 0. */
int containedUserName(const std::u32string &lower, const QString &userName)
{
    std::u32string name = toLowerCodePoints(userName.trimmed());
    std::u32string compact;
    std::copy_if(name.begin(), name.end(), std::back_inserter(compact),
                 [](char32_t c) { return c != U'.' && c != U'_' && c != U'-' && !QChar::isSpace(c); });
    // Two-letter names ("li") turn up inside ordinary words; only longer names are checked.
    for (const std::u32string *candidate : {&name, &compact}) {
        if (candidate->size() >= 3 && lower.find(*candidate) != std::u32string::npos) {
            return static_cast<int>(candidate->size());
        }
    }
    return 0;
}

struct Kinds {
    bool lower = false;
    bool upper = false;
    bool digit = false;
    bool symbol = false;
    bool other = false; ///< letters without case: Chinese characters, kana, ...
    [[nodiscard]] int count() const { return int{lower} + int{upper} + int{digit} + int{symbol} + int{other}; }
    [[nodiscard]] int poolSize() const
    {
        return (lower ? 26 : 0) + (upper ? 26 : 0) + (digit ? 10 : 0) + (symbol ? 33 : 0) + (other ? 500 : 0);
    }
};

Kinds kindsOf(const std::u32string &text)
{
    Kinds kinds;
    for (char32_t c : text) {
        if (QChar::isLower(c)) {
            kinds.lower = true;
        } else if (QChar::isUpper(c)) {
            kinds.upper = true;
        } else if (QChar::isDigit(c)) {
            kinds.digit = true;
        } else if (QChar::isLetter(c)) {
            kinds.other = true;
        } else {
            kinds.symbol = true;
        }
    }
    return kinds;
}

int scoreForBits(double bits)
{
    if (bits < 30) {
        return 0;
    }
    if (bits < 50) {
        return 1;
    }
    if (bits < 70) {
        return 2;
    }
    if (bits < 90) {
        return 3;
    }
    return 4;
}

} // namespace

PasswordAssessment assess(const QString &password, const QString &userName)
{
    std::u32string original = toCodePoints(password);
    std::u32string lower = toLowerCodePoints(password);
    const Wiper wipeOriginal{original};
    const Wiper wipeLower{lower};
    const int length = static_cast<int>(original.size());

    const Kinds kinds = kindsOf(original);
    const int runs = runCharacters(lower);
    const bool repeated = isRepeatedUnit(lower);
    const CommonMatch common = findCommon(lower);
    const int userNameLength = containedUserName(lower, userName);

    // A rough guess at the work an attacker needs, in bits: characters that continue a run or belong to a common
    // password or the user name are worth almost nothing.
    const double perCharacter = kinds.poolSize() > 1 ? std::log2(static_cast<double>(kinds.poolSize())) : 0.0;
    double bits = (length - runs) * perCharacter + runs * 1.0;
    if (common.longest > 0) {
        bits -= std::max(0.0, common.longest * perCharacter - 10.0);
    }
    if (userNameLength > 0) {
        bits -= std::max(0.0, userNameLength * perCharacter - 4.0);
    }
    bits = std::max(0.0, bits);

    PasswordAssessment result;
    if (length < minimumLength) {
        result.problem = AuthTr::tr("Use at least %1 characters. A few unrelated words are long and still easy to "
                                    "remember.")
                             .arg(minimumLength);
    } else if (common.whole || length - common.longest < commonRemainderMinimum) {
        result.problem = AuthTr::tr("This is one of the most common passwords, or a small change to one, so it is "
                                    "guessed first. Use a few unrelated words that others would not guess.");
    } else if (repeated || (length - runs) * 2 <= length) {
        result.problem = AuthTr::tr("This password is mostly a keyboard row, a run of letters or numbers, or "
                                    "repeated characters, which are guessed first. Use a few unrelated words "
                                    "instead.");
    } else if (userNameLength > 0) {
        result.problem = AuthTr::tr("The password must not contain the user name. Choose one that has nothing to do "
                                    "with the account.");
    } else if (kinds.count() < minimumKinds && length < passphraseLength) {
        result.problem = AuthTr::tr("Mix at least three kinds of character (small letters, capitals, digits, symbols "
                                    "or Chinese characters), or use a passphrase of %1 or more characters.")
                             .arg(passphraseLength);
    }
    result.acceptable = result.problem.isEmpty();
    result.score = scoreForBits(bits);
    if (common.whole || repeated) {
        result.score = 0;
    }
    // The meter agrees with the rules: "fair" or better exactly when the password may be used.
    result.score = result.acceptable ? std::max(result.score, 2) : std::min(result.score, 1);
    return result;
}

QString scoreLabel(int score)
{
    switch (std::clamp(score, 0, 4)) {
    case 0: return AuthTr::tr("Very weak");
    case 1: return AuthTr::tr("Weak");
    case 2: return AuthTr::tr("Fair");
    case 3: return AuthTr::tr("Good");
    default: return AuthTr::tr("Strong");
    }
}

} // namespace caredesk::core::PasswordPolicy
