// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace caredesk::core {

/**
 * The tokens of CareDesk's own customer search index and the FTS4 MATCH expressions that query it.
 *
 * FTS4's "simple" tokenizer cannot split Chinese text, so we index space-separated tokens we made ourselves;
 * "simple" keeps ASCII letters/digits and every non-ASCII character as token characters and lower-cases ASCII.
 * Token kinds (the one-letter prefixes keep kinds apart):
 *  - CJK name: every character (unigram) and every adjacent pair (bigram), as-is: 张 伟 张伟
 *  - pinyin of a Chinese name (ICU Han-Latin, tones removed): full "zhangwei", each syllable "zhang" "wei",
 *    initials "zw"
 *  - Latin name: each word lower-cased, and the words joined: "mary" "smith" "marysmith"
 *  - phone: all digits "13800138000" and the last four with prefix "t8000"
 *  - member number: lower-cased alphanumerics "m00012345" and its digits "00012345"
 *  - ID number: last four with prefix "i123x"
 */
namespace SearchTokenizer {

struct Input {
    QString name;
    QStringList phones; ///< normalised numbers
    QString memberNumber;
    QString idNumber; ///< normalised, may be empty
};

/** The index document for one customer: tokens joined by single spaces, no duplicates. */
[[nodiscard]] QString document(const Input &input);

/**
 * The FTS4 MATCH expression for what a receptionist typed, or an empty string when there is nothing to search
 * (only punctuation, or a single Latin letter). Every whitespace-separated part must match (implicit AND):
 *  - CJK run of length 1 -> the unigram; longer -> all its bigrams
 *  - letters -> prefix match "zhangw*" (covers full pinyin, syllables, initials and Latin words)
 *  - digits: 4 -> ("t1234" OR 1234*), 3 or 5+ -> prefix 13800*; mixed letters+digits (member numbers) -> m00*
 *  - ID tails like "123x" -> ("i123x")
 * Never produces syntax FTS4 would reject, whatever is typed (quotes, *, -, parentheses are dropped).
 */
[[nodiscard]] QString matchExpression(const QString &query);

/** The pinyin of @p text without tones, syllables separated by single spaces ("张伟" -> "zhang wei"); Latin text
 * is lower-cased and kept. Uses ICU's Han-Latin transliteration (cached, thread-safe). */
[[nodiscard]] QString pinyin(const QString &text);

/** Initials of pinyin(text): "张伟" -> "zw"; "Mary Smith" -> "ms". */
[[nodiscard]] QString pinyinInitials(const QString &text);

/** True if @p c is a CJK unified ideograph (basic block, extension A, compatibility). */
[[nodiscard]] bool isCjk(QChar c);

} // namespace SearchTokenizer

} // namespace caredesk::core
