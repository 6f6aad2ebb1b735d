// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/customers/SearchTokenizer.h"

#include "core/customers/PhoneNumber.h"

#include <QList>
#include <QRegularExpression>
#include <QSet>
#include <QtGlobal>

#include <unicode/translit.h>
#include <unicode/unistr.h>
#include <unicode/utypes.h>

#include <algorithm>
#include <array>
#include <memory>
#include <mutex>
#include <utility>

namespace caredesk::core {

namespace SearchTokenizer {

namespace {

// Bounds on what one search can cost, far above anything typed at a counter. They also keep the MATCH expression
// well inside FTS's limit on the depth of its expression tree.
constexpr qsizetype maxQueryLength = 100;
constexpr qsizetype maxTerms = 16;
constexpr qsizetype tailLength = 4;
constexpr qsizetype idLength = 18;

/**
 * ICU transliterators: one prototype of each, created once, and a clone of it for each thread that uses it, because
 * Transliterator::transliterate() is not safe on one instance from several threads. With a clone per thread an
 * import can work out the pinyin of its names on one core while it writes rows on the other, and the UI thread
 * never waits for it.
 *
 * Han-Latin is the costly step of a customer row (about 60 microseconds for a three-character name), and a row
 * transliterates its name for the sort key, the pinyin key and the index document one after the other, so each
 * thread keeps its last reading of each kind: the second and third ask cost nothing. Only the last one, so no list
 * of names builds up in memory.
 *
 * - "Han-Latin/Names" is Han-Latin with the surname readings for the first character of a name, which is what
 *   receptionists type: 曾 -> zeng (plain Han-Latin: ceng), 单 -> shan (dan), 解 -> xie (jie), 仇 -> qiu (chou),
 *   翟 -> zhai (di), 万俟 -> mo qi. Used for pinyin() and so for sorting and duplicate checks.
 * - plain "Han-Latin" gives the dictionary reading; document() indexes that too where it differs.
 * Both continue with "Latin-ASCII; Lower": tone marks go (zhāng -> zhang), ü becomes u (吕 -> lu, 女 -> nu),
 * é -> e, ß -> ss, and everything is lower-cased.
 */
class Transliterators final {
public:
    enum Variant { Names, Plain };

    static QString run(Variant variant, const QString &text)
    {
        thread_local PerThread mine;
        return mine.run(variant, text);
    }

private:
    /** The prototypes; only cloned (under the mutex), never used to transliterate. */
    struct Prototypes {
        Prototypes()
            : names(create("Han-Latin/Names; Latin-ASCII; Lower")), plain(create("Han-Latin; Latin-ASCII; Lower"))
        {
            if (!names) {
                names = create("Han-Latin; Latin-ASCII; Lower");
            }
        }

        std::unique_ptr<icu::Transliterator> clone(Variant variant)
        {
            const std::lock_guard lock(mutex);
            const icu::Transliterator *prototype = variant == Names ? names.get() : plain.get();
            return prototype ? std::unique_ptr<icu::Transliterator>(prototype->clone()) : nullptr;
        }

        std::mutex mutex;
        std::unique_ptr<icu::Transliterator> names;
        std::unique_ptr<icu::Transliterator> plain;
    };

    static Prototypes &prototypes()
    {
        static Prototypes instance;
        return instance;
    }

    static std::unique_ptr<icu::Transliterator> create(const char *id)
    {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::Transliterator> transliterator(
            icu::Transliterator::createInstance(icu::UnicodeString::fromUTF8(id), UTRANS_FORWARD, status));
        if (U_FAILURE(status) || !transliterator) {
            // Without ICU's data Chinese names get no pinyin tokens; search by characters and digits still works.
            qWarning("CareDesk: ICU transliterator \"%s\" is not available (%s)", id, u_errorName(status));
            return nullptr;
        }
        return transliterator;
    }

    /** One thread's clones (made on first use) and its last reading of each kind. */
    struct PerThread {
        QString run(Variant variant, const QString &text)
        {
            Slot &slot = byVariant[variant];
            if (slot.hasLast && slot.lastText == text) {
                return slot.lastResult;
            }
            if (!slot.made) {
                slot.transliterator = prototypes().clone(variant);
                slot.made = true;
            }
            QString result;
            if (!slot.transliterator) {
                result = text.toLower();
            } else {
                icu::UnicodeString buffer(reinterpret_cast<const char16_t *>(text.utf16()),
                                          static_cast<int32_t>(text.size()));
                slot.transliterator->transliterate(buffer);
                result = QString::fromUtf16(buffer.getBuffer(), buffer.length());
            }
            slot.lastText = text;
            slot.lastResult = result;
            slot.hasLast = true;
            return result;
        }

        struct Slot {
            bool made = false;
            std::unique_ptr<icu::Transliterator> transliterator;
            bool hasLast = false;
            QString lastText;
            QString lastResult;
        };
        std::array<Slot, 2> byVariant;
    };
};

bool isCjkCodePoint(char32_t u)
{
    return (u >= 0x3400 && u <= 0x4DBF)       // extension A
           || (u >= 0x4E00 && u <= 0x9FFF)    // unified ideographs
           || (u >= 0xF900 && u <= 0xFAFF)    // compatibility ideographs
           || (u >= 0x20000 && u <= 0x2EBEF)  // extensions B to F (rare characters in personal names)
           || (u >= 0x2F800 && u <= 0x2FA1F)  // compatibility supplement
           || (u >= 0x30000 && u <= 0x323AF); // extensions G and H
}

bool isAsciiLetter(QChar c)
{
    return c >= QLatin1Char('a') && c <= QLatin1Char('z');
}

bool isAsciiDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

bool isAsciiAlnum(QChar c)
{
    return isAsciiLetter(c) || isAsciiDigit(c);
}

/** One code point of @p text at @p i: its value and how many UTF-16 units it takes. */
std::pair<char32_t, qsizetype> codePointAt(const QString &text, qsizetype i)
{
    const QChar c = text.at(i);
    if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
        return {QChar::surrogateToUcs4(c, text.at(i + 1)), 2};
    }
    return {c.unicode(), 1};
}

/**
 * The runs of consecutive CJK characters in @p text, each as a list of characters (one or two UTF-16 units).
 * White space inside a run does not end it: "张 伟" is the name 张伟 typed with a space.
 */
QList<QStringList> cjkRuns(const QString &text)
{
    QList<QStringList> runs;
    QStringList run;
    for (qsizetype i = 0; i < text.size();) {
        const auto [codePoint, length] = codePointAt(text, i);
        if (isCjkCodePoint(codePoint)) {
            run.append(text.mid(i, length));
        } else if (text.at(i).isSpace()) {
            // Let the next character decide: another CJK one continues the run, anything else ends it.
        } else if (!run.isEmpty()) {
            runs.append(run);
            run.clear();
        }
        i += length;
    }
    if (!run.isEmpty()) {
        runs.append(run);
    }
    return runs;
}

/**
 * Transliterated text as parts made of words. In a transliterated Chinese name a space separates syllables and
 * anything else that is not [a-z0-9] separates parts ("a yi gu li·mai mai ti" -> [a yi gu li] [mai mai ti]); in a
 * Latin name a space separates parts and punctuation separates words ("mary-jane o'neil" -> [mary jane] [o neil]).
 */
QList<QStringList> partsOf(const QString &latin, bool chinese)
{
    QList<QStringList> parts;
    QStringList words;
    QString word;
    const auto endWord = [&] {
        if (!word.isEmpty()) {
            words.append(word);
            word.clear();
        }
    };
    const auto endPart = [&] {
        endWord();
        if (!words.isEmpty()) {
            parts.append(words);
            words.clear();
        }
    };
    for (const QChar c : latin) {
        if (isAsciiAlnum(c)) {
            word.append(c);
        } else if (c.isSpace() == chinese) { // a space in Chinese, punctuation in Latin
            endWord();
        } else {
            endPart();
        }
    }
    endPart();
    return parts;
}

QStringList wordsOf(const QString &latin)
{
    QStringList words;
    for (const QStringList &part : partsOf(latin, true)) {
        words.append(part);
    }
    return words;
}

QString initialsOf(const QStringList &words)
{
    QString initials;
    for (const QString &word : words) {
        initials.append(word.front());
    }
    return initials;
}

/** Only [a-z0-9] of @p text, lower-cased (member and ID numbers). */
QString asciiAlnum(const QString &text)
{
    QString result;
    for (const QChar c : text.normalized(QString::NormalizationForm_KC).toLower()) {
        if (isAsciiAlnum(c)) {
            result.append(c);
        }
    }
    return result;
}

/** Tokens in first-seen order, each once. */
class TokenList {
public:
    void add(const QString &token)
    {
        if (!token.isEmpty() && !m_seen.contains(token)) {
            m_seen.insert(token);
            m_tokens.append(token);
        }
    }
    void add(const QStringList &tokens)
    {
        for (const QString &token : tokens) {
            add(token);
        }
    }
    [[nodiscard]] QStringList tokens() const { return m_tokens; }

private:
    QStringList m_tokens;
    QSet<QString> m_seen;
};

/**
 * Tokens of one reading of a name: its words (pinyin syllables), each part joined, the whole name joined and, for
 * Chinese names, initials.
 */
void addNameTokens(TokenList &tokens, const QString &latin, bool chinese)
{
    const QList<QStringList> parts = partsOf(latin, chinese);
    QStringList all;
    for (const QStringList &part : parts) {
        all.append(part);
    }
    tokens.add(all);
    for (const QStringList &part : parts) {
        tokens.add(part.join(QString()));
    }
    tokens.add(all.join(QString()));
    if (!chinese) {
        return;
    }
    if (parts.size() > 1) {
        for (const QStringList &part : parts) {
            if (part.size() > 1) {
                tokens.add(initialsOf(part));
            }
        }
    }
    if (all.size() > 1) {
        tokens.add(initialsOf(all));
    }
}

/** A MATCH term and whether it is too broad to search for on its own. */
struct Term {
    QString text;
    bool weak = false;
};

Term termForWord(const QString &word)
{
    if (word.isEmpty()) {
        return {QString(), true};
    }
    const bool hasLetter = std::any_of(word.cbegin(), word.cend(), isAsciiLetter);
    const bool hasDigit = std::any_of(word.cbegin(), word.cend(), isAsciiDigit);
    const QString prefix = word + QLatin1Char('*');
    if (!hasDigit) {
        return {prefix, word.size() == 1};
    }
    // A whole ID number, 17 digits and a digit or x: the index holds only its last four characters.
    const QChar last = word.back();
    const bool allButLastDigits = std::all_of(word.cbegin(), word.cend() - 1, isAsciiDigit);
    if (word.size() == idLength && allButLastDigits && (isAsciiDigit(last) || last == QLatin1Char('x'))) {
        return {QStringLiteral("(\"i%1\")").arg(word.right(tailLength))};
    }
    if (!hasLetter) {
        if (word.size() == tailLength) {
            return {QStringLiteral("(\"t%1\" OR %1*)").arg(word)};
        }
        return {prefix, word.size() < 3};
    }
    if (word.size() == tailLength && allButLastDigits && last == QLatin1Char('x')) { // an ID tail: "123x"
        return {QStringLiteral("(\"i%1\")").arg(word)};
    }
    return {prefix}; // letters and digits: a member number
}

/** Phone-like input: only digits and what people put between them ("+86 138-0013 8000", "(010) 8888"). */
bool isPhoneLike(const QString &text)
{
    bool hasDigit = false;
    for (const QChar c : text) {
        if (isAsciiDigit(c)) {
            hasDigit = true;
        } else if (!c.isSpace() && c != QLatin1Char('+') && c != QLatin1Char('-') && c != QLatin1Char('(') &&
                   c != QLatin1Char(')') && c != QLatin1Char('.')) {
            return false;
        }
    }
    return hasDigit;
}

QString phoneQueryDigits(const QString &text)
{
    if (auto normalized = PhoneNumber::normalize(text); normalized) {
        return PhoneNumber::digits(*normalized);
    }
    QString digits = PhoneNumber::digits(text);
    const QString compact = text.simplified().remove(QLatin1Char(' '));
    if (compact.startsWith(QLatin1String("+86")) || compact.startsWith(QLatin1String("0086"))) {
        digits = digits.mid(compact.startsWith(QLatin1Char('+')) ? 2 : 4); // a partial number after +86
    }
    return digits;
}

} // namespace

bool isCjk(QChar c)
{
    return isCjkCodePoint(c.unicode());
}

QString pinyin(const QString &text)
{
    return wordsOf(Transliterators::run(Transliterators::Names, text.normalized(QString::NormalizationForm_KC)))
        .join(QLatin1Char(' '));
}

QString pinyinInitials(const QString &text)
{
    return initialsOf(pinyin(text).split(QLatin1Char(' '), Qt::SkipEmptyParts));
}

QString document(const Input &input)
{
    TokenList tokens;
    const QString name = input.name.normalized(QString::NormalizationForm_KC);

    const QList<QStringList> runs = cjkRuns(name);
    for (const QStringList &run : runs) {
        tokens.add(run);
    }
    for (const QStringList &run : runs) {
        for (qsizetype i = 0; i + 1 < run.size(); ++i) {
            tokens.add(run.at(i) + run.at(i + 1));
        }
    }

    const bool chinese = !runs.isEmpty();
    const QString reading = Transliterators::run(Transliterators::Names, name);
    addNameTokens(tokens, reading, chinese);
    if (chinese) {
        // The dictionary reading as well, for the odd organisation name the surname reading gets wrong
        // (乐山 -> yue shan with /Names; le shan here).
        const QString dictionaryReading = Transliterators::run(Transliterators::Plain, name);
        if (dictionaryReading != reading) {
            addNameTokens(tokens, dictionaryReading, true);
        }
    }

    for (const QString &phone : input.phones) {
        const QString digits = PhoneNumber::digits(phone);
        tokens.add(digits);
        if (digits.size() >= tailLength) {
            tokens.add(QLatin1Char('t') + digits.right(tailLength));
        }
    }

    const QString member = asciiAlnum(input.memberNumber);
    tokens.add(member);
    tokens.add(PhoneNumber::digits(member));

    const QString id = asciiAlnum(input.idNumber);
    if (id.size() >= tailLength) {
        tokens.add(QLatin1Char('i') + id.right(tailLength));
    }

    return tokens.tokens().join(QLatin1Char(' '));
}

QString matchExpression(const QString &query)
{
    QString text = query.left(maxQueryLength);
    if (!text.isEmpty() && text.back().isHighSurrogate()) {
        text.chop(1);
    }
    text = text.normalized(QString::NormalizationForm_KC);

    QList<Term> terms;
    if (isPhoneLike(text)) {
        // Digits in groups are one number: "138 0013 8000" searches 13800138000, not three numbers.
        terms.append(termForWord(phoneQueryDigits(text)));
    } else {
        QString other; // text between CJK runs: Latin words, digits, punctuation, emoji
        QStringList run;
        const auto endOther = [&] {
            // Here too digits in groups are one number: "张伟 138 0013" searches 1380013.
            static const QRegularExpression digitGroupSeparator(QStringLiteral("(?<=[0-9])[\\s.()-]+(?=[0-9])"));
            other.remove(digitGroupSeparator);
            for (const QString &word : wordsOf(Transliterators::run(Transliterators::Names, other))) {
                terms.append(termForWord(word));
            }
            other.clear();
        };
        const auto endRun = [&] {
            if (run.size() == 1) {
                terms.append({run.front()});
            }
            for (qsizetype i = 0; i + 1 < run.size(); ++i) {
                terms.append({run.at(i) + run.at(i + 1)});
            }
            run.clear();
        };
        for (qsizetype i = 0; i < text.size();) {
            const auto [codePoint, length] = codePointAt(text, i);
            if (isCjkCodePoint(codePoint)) {
                endOther();
                run.append(text.mid(i, length));
            } else {
                endRun();
                other.append(QStringView(text).mid(i, length));
            }
            i += length;
        }
        endOther();
        endRun();
    }

    const bool anyStrong = std::any_of(terms.cbegin(), terms.cend(), [](const Term &term) { return !term.weak; });
    QStringList parts;
    for (const Term &term : std::as_const(terms)) {
        if (!term.text.isEmpty() && (anyStrong || !term.weak) && !parts.contains(term.text) &&
            parts.size() < maxTerms) {
            parts.append(term.text);
        }
    }
    return parts.join(QLatin1Char(' '));
}

} // namespace SearchTokenizer

} // namespace caredesk::core
