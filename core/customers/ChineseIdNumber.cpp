// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/customers/ChineseIdNumber.h"

#include "core/common/Tr.h"

#include <array>

namespace caredesk::core {

namespace ChineseIdNumber {

namespace {

constexpr qsizetype idLength = 18;
constexpr qsizetype oldIdLength = 15; // first-generation cards, no check character
constexpr qsizetype birthDateStart = 6;
constexpr qsizetype sequenceDigit = 16;
constexpr int earliestBirthYear = 1900;

bool isAsciiDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

Error invalid(const QString &message, const char *detail)
{
    return makeError(ErrorCode::Validation, message, QString::fromLatin1(detail));
}

} // namespace

QChar checkCharacter(const QString &first17)
{
    // GB 11643-1999 / ISO 7064 MOD 11-2: weight of position i is 2^(17-i) mod 11.
    static constexpr std::array<int, 17> weights{7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    static constexpr std::array<char, 11> checkCharacters{'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
    if (first17.size() < static_cast<qsizetype>(weights.size())) {
        return {};
    }
    int sum = 0;
    for (std::size_t i = 0; i < weights.size(); ++i) {
        const QChar c = first17.at(static_cast<qsizetype>(i));
        if (!isAsciiDigit(c)) {
            return {};
        }
        sum += (c.unicode() - u'0') * weights[i];
    }
    return QLatin1Char(checkCharacters[static_cast<std::size_t>(sum % 11)]);
}

Result<Parsed> parse(const QString &input, const QDate &today)
{
    // NFKC turns full-width digits and "Ｘ" into ASCII; people copy numbers with spaces in them.
    QString id = input.normalized(QString::NormalizationForm_KC).toUpper();
    id.removeIf([](QChar c) { return c.isSpace(); });

    if (id.isEmpty()) {
        return invalid(CustomersTr::tr("Enter the 18-character ID number from the resident identity card."),
                       "id-number: empty");
    }
    for (qsizetype i = 0; i < id.size(); ++i) {
        const QChar c = id.at(i);
        const bool lastAndX = i == idLength - 1 && c == QLatin1Char('X');
        if (!isAsciiDigit(c) && !lastAndX) {
            if (c == QLatin1Char('X')) {
                return invalid(CustomersTr::tr("An X can only be the last character of an ID number. Check the "
                                               "number on the card again."),
                               "id-number: misplaced X");
            }
            return invalid(CustomersTr::tr("\"%1\" cannot be part of an ID number. Type the 18 characters from "
                                           "the card: 17 digits, then a digit or X.")
                               .arg(c.isHighSurrogate() ? id.mid(i, 2) : QString(c)),
                           "id-number: bad character");
        }
    }
    if (id.size() == oldIdLength) {
        return invalid(CustomersTr::tr("This is an old 15-digit ID number. Type the 18-character number from the "
                                       "customer's current card."),
                       "id-number: 15-digit");
    }
    if (id.size() != idLength) {
        return invalid(CustomersTr::tr("An ID number has 18 characters, not %1. Check for a missing or extra digit.")
                           .arg(id.size()),
                       "id-number: length");
    }

    const QString datePart = id.mid(birthDateStart, 8);
    const QDate birthDate = QDate::fromString(datePart, QStringLiteral("yyyyMMdd"));
    const QString shownDate = QStringLiteral("%1-%2-%3").arg(datePart.left(4), datePart.mid(4, 2), datePart.mid(6));
    if (!birthDate.isValid()) {
        return invalid(CustomersTr::tr("Characters 7 to 14 of an ID number are the date of birth, but %1 is not a "
                                       "real date. Check those digits against the card.")
                           .arg(shownDate),
                       "id-number: impossible birth date");
    }
    if (birthDate > today) {
        return invalid(CustomersTr::tr("The ID number gives the date of birth %1, which is in the future. Check "
                                       "characters 7 to 14 against the card.")
                           .arg(shownDate),
                       "id-number: birth date in the future");
    }
    if (birthDate.year() < earliestBirthYear) {
        return invalid(CustomersTr::tr("The ID number gives the date of birth %1, before 1900. Check characters 7 "
                                       "to 14 against the card.")
                           .arg(shownDate),
                       "id-number: birth date before 1900");
    }
    if (checkCharacter(id) != id.at(idLength - 1)) {
        // Not saying which character is expected: the mistake is as likely to be in the first 17 characters.
        return invalid(CustomersTr::tr("This ID number does not add up: one of its characters is probably mistyped. "
                                       "Compare it with the card again, character by character."),
                       "id-number: check character");
    }

    Parsed parsed;
    parsed.normalized = id;
    parsed.birthDate = birthDate;
    parsed.male = (id.at(sequenceDigit).unicode() - u'0') % 2 == 1;
    return parsed;
}

QString masked(const QString &normalized)
{
    constexpr qsizetype visibleHead = 3;
    constexpr qsizetype visibleTail = 4;
    if (normalized.size() <= visibleHead + visibleTail) {
        return QString(normalized.size(), QLatin1Char('*'));
    }
    return normalized.left(visibleHead) + QString(normalized.size() - visibleHead - visibleTail, QLatin1Char('*')) +
           normalized.right(visibleTail);
}

} // namespace ChineseIdNumber

} // namespace caredesk::core
