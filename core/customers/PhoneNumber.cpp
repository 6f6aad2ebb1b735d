// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/customers/PhoneNumber.h"

#include "core/common/Tr.h"

#include <array>

namespace caredesk::core {

namespace PhoneNumber {

namespace {

constexpr qsizetype mobileLength = 11;
constexpr qsizetype shortestNumber = 7; // a local landline number without its area code
constexpr qsizetype minInternationalSubscriber = 6;
constexpr qsizetype maxInternationalSubscriber = 14;
constexpr qsizetype maskedTail = 4;

// Masks have a fixed width so that they do not reveal how long the hidden part is.
constexpr QLatin1String domesticMask("****");
constexpr QLatin1String internationalMask("*******");

Error invalid(const QString &message, const char *detail)
{
    return makeError(ErrorCode::Validation, message, QString::fromLatin1(detail));
}

bool isSeparator(QChar c)
{
    switch (c.unicode()) {
    case u' ':
    case u'\t':
    case u'-':
    case u'(':
    case u')':
    case u'.':
    case u'\u2010': // hyphen
    case u'\u2011': // non-breaking hyphen
    case u'\u2012': // figure dash
    case u'\u2013': // en dash
    case u'\u2014': // em dash, as some Chinese input methods type "-"
    case u'\u2015': // horizontal bar
    case u'\u2212': // minus sign
        return true;
    default: return c.isSpace();
    }
}

bool isMobile(const QString &digits)
{
    return digits.size() == mobileLength && digits.at(0) == QLatin1Char('1') && digits.at(1) >= QLatin1Char('3') &&
           digits.at(1) <= QLatin1Char('9');
}

/**
 * Length of the ITU-T E.164 country code that starts @p digits. Country codes are prefix-free: 1 and 7 have one
 * digit, the listed ones two, and every other code three.
 */
qsizetype countryCodeLength(const QString &digits)
{
    if (digits.startsWith(QLatin1Char('1')) || digits.startsWith(QLatin1Char('7'))) {
        return 1;
    }
    static constexpr std::array twoDigitCodes{20, 27, 30, 31, 32, 33, 34, 36, 39, 40, 41, 43, 44, 45, 46,
                                              47, 48, 49, 51, 52, 53, 54, 55, 56, 57, 58, 60, 61, 62, 63,
                                              64, 65, 66, 81, 82, 84, 86, 90, 91, 92, 93, 94, 95, 98};
    const int firstTwo = QStringView(digits).left(2).toInt();
    for (int code : twoDigitCodes) {
        if (code == firstTwo) {
            return 2;
        }
    }
    return 3;
}

/** Mainland landline with its trunk 0: 010 / 02x have two-digit area codes, every other one three. */
Result<QString> landline(const QString &digits)
{
    qsizetype areaLength = 0; // including the leading 0
    if (digits.size() >= 3 && digits.at(1) == QLatin1Char('1') && digits.at(2) == QLatin1Char('0')) {
        areaLength = 3;
    } else if (digits.size() >= 2 && digits.at(1) == QLatin1Char('2')) {
        areaLength = 3;
    } else if (digits.size() >= 2 && digits.at(1) >= QLatin1Char('3') && digits.at(1) <= QLatin1Char('9')) {
        areaLength = 4;
    } else if (isMobile(digits.mid(1))) {
        return invalid(CustomersTr::tr("Mobile numbers do not start with 0. Type the 11 digits without the 0: %1.")
                           .arg(digits.mid(1)),
                       "phone: mobile with a leading 0");
    } else {
        return invalid(CustomersTr::tr("The number starts with an area code that does not exist. Check the first "
                                       "digits; a landline looks like 010-8888 6666 or 0755-2345 6789."),
                       "phone: bad area code");
    }
    const QString area = digits.left(areaLength);
    const QString local = digits.mid(areaLength);
    if (local.size() < 7 || local.size() > 8) {
        return invalid(CustomersTr::tr("After the area code %1, a landline number has 7 or 8 digits, not %2. Check "
                                       "for a missing or extra digit, for example %1-8888 6666.")
                           .arg(area)
                           .arg(local.size()),
                       "phone: landline length");
    }
    if (local.startsWith(QLatin1Char('0'))) {
        return invalid(CustomersTr::tr("A landline number does not start with 0 after the area code %1. Check the "
                                       "digits, for example %1-8888 6666.")
                           .arg(area),
                       "phone: landline starts with 0");
    }
    return QString(area + QLatin1Char('-') + local);
}

/** What follows +86. */
Result<QString> afterChinaCode(const QString &national)
{
    if (national.size() < shortestNumber) {
        return invalid(CustomersTr::tr("The number after +86 is too short. Type a mobile number with 11 digits, such "
                                       "as +86 138 0013 8000, or a landline with its area code, such as "
                                       "+86 10 8888 6666."),
                       "phone: +86 too short");
    }
    if (isMobile(national)) {
        return national;
    }
    if (national.startsWith(QLatin1Char('0'))) {
        auto domestic = landline(national);
        if (domestic) {
            return invalid(CustomersTr::tr("After +86, leave out the 0 at the start of the area code. Type %1 "
                                           "instead.")
                               .arg(*domestic),
                           "phone: +86 followed by trunk 0");
        }
        return domestic;
    }
    if (national.startsWith(QLatin1Char('1')) && !national.startsWith(QLatin1String("10"))) { // 10 is Beijing
        return invalid(CustomersTr::tr("A mobile number has 11 digits starting with 13 to 19, such as +86 138 0013 "
                                       "8000. Check for a missing or extra digit."),
                       "phone: +86 bad mobile");
    }
    if (national.size() <= 8) { // a local number alone
        return invalid(CustomersTr::tr("Add the area code after +86, for example +86 10 8888 6666 for Beijing, or "
                                       "type the number as 010-8888 6666."),
                       "phone: +86 landline without area code");
    }
    return landline(QLatin1Char('0') + national);
}

Result<QString> international(const QString &digits)
{
    if (digits.startsWith(QLatin1String("86"))) {
        return afterChinaCode(digits.mid(2));
    }
    if (digits.isEmpty() || digits.startsWith(QLatin1Char('0'))) {
        return invalid(CustomersTr::tr("After + comes the country code, which never starts with 0, for example "
                                       "+44 20 7946 0958. For a number in China, leave out the +."),
                       "phone: bad country code");
    }
    const qsizetype subscriber = digits.size() - countryCodeLength(digits);
    if (subscriber < minInternationalSubscriber || subscriber > maxInternationalSubscriber) {
        return invalid(CustomersTr::tr("An international number has the country code and then 6 to 14 digits, for "
                                       "example +44 20 7946 0958. Check for a missing or extra digit."),
                       "phone: international length");
    }
    return QString(QLatin1Char('+') + digits);
}

} // namespace

Result<QString> normalize(const QString &input)
{
    // NFKC turns full-width digits, "＋" and "（）" typed with a Chinese input method into ASCII.
    const QString text = input.normalized(QString::NormalizationForm_KC).trimmed();
    if (text.isEmpty()) {
        return invalid(CustomersTr::tr("Enter a phone number, such as 138 0013 8000 or 010-8888 6666."),
                       "phone: empty");
    }

    QString digits;
    bool plus = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9')) {
            digits.append(c);
        } else if (c == QLatin1Char('+')) {
            if (plus || !digits.isEmpty()) {
                return invalid(CustomersTr::tr("A + can only come first, before the country code, as in "
                                               "+44 20 7946 0958."),
                               "phone: misplaced +");
            }
            plus = true;
        } else if (!isSeparator(c)) {
            return invalid(CustomersTr::tr("\"%1\" cannot be part of a phone number. Type only digits, for example "
                                           "138 0013 8000 or 010-8888 6666; spaces, dashes and brackets are fine.")
                               .arg(c.isHighSurrogate() ? text.mid(i, 2) : QString(c)),
                           "phone: bad character");
        }
    }

    if (digits.isEmpty()) {
        return invalid(CustomersTr::tr("The phone number has no digits. Type it like 138 0013 8000 or "
                                       "010-8888 6666."),
                       "phone: no digits");
    }
    if (plus) {
        return international(digits);
    }
    if (digits.startsWith(QLatin1String("00"))) { // the international prefix dialled from China
        return international(digits.mid(2));
    }
    if (digits.size() == mobileLength + 2 && digits.startsWith(QLatin1String("86")) && isMobile(digits.mid(2))) {
        return digits.mid(2);
    }
    if (digits.size() < shortestNumber) {
        return invalid(CustomersTr::tr("The phone number is too short. Type a mobile number with 11 digits, such as "
                                       "138 0013 8000, or a landline with its area code, such as 010-8888 6666."),
                       "phone: too short");
    }
    if (digits.startsWith(QLatin1Char('1'))) {
        if (digits.size() != mobileLength) {
            return invalid(CustomersTr::tr("A mobile number has 11 digits, not %1. Check for a missing or extra "
                                           "digit; it looks like 138 0013 8000.")
                               .arg(digits.size()),
                           "phone: mobile length");
        }
        if (!isMobile(digits)) {
            return invalid(CustomersTr::tr("A mobile number starts with 13 to 19, such as 138 0013 8000. Check the "
                                           "first digits."),
                           "phone: mobile prefix");
        }
        return digits;
    }
    if (digits.startsWith(QLatin1Char('0'))) {
        return landline(digits);
    }
    if (digits.size() <= 8) {
        return invalid(CustomersTr::tr("Add the area code in front of the landline number, for example "
                                       "010-8888 6666 for Beijing or 0755-2345 6789 for Shenzhen."),
                       "phone: landline without area code");
    }
    return invalid(CustomersTr::tr("This is not a phone number CareDesk knows. Type a mobile number such as "
                                   "138 0013 8000, a landline with its area code such as 010-8888 6666, or a "
                                   "foreign number with + and the country code such as +44 20 7946 0958."),
                   "phone: unknown form");
}

QString digits(const QString &number)
{
    QString result;
    result.reserve(number.size());
    for (const QChar c : number) {
        const int value = c.digitValue(); // full-width and other decimal digits too
        if (c.isDigit() && value >= 0 && value <= 9) {
            result.append(QLatin1Char(static_cast<char>('0' + value)));
        }
    }
    return result;
}

QString masked(const QString &normalized)
{
    if (normalized.isEmpty()) {
        return {};
    }
    const QString all = digits(normalized);
    if (normalized.startsWith(QLatin1Char('+')) && !all.isEmpty()) {
        const QString countryCode = all.left(countryCodeLength(all));
        const QString subscriber = all.mid(countryCode.size());
        const QString tail = subscriber.size() > maskedTail ? subscriber.right(maskedTail) : QString();
        return QLatin1Char('+') + countryCode + internationalMask + tail;
    }
    const qsizetype dash = normalized.indexOf(QLatin1Char('-'));
    if (dash > 0) {
        const QString local = digits(normalized.mid(dash + 1));
        const QString tail = local.size() > maskedTail ? local.right(maskedTail) : QString();
        return normalized.left(dash) + QLatin1Char('-') + domesticMask + tail;
    }
    if (isMobile(all)) {
        return all.left(3) + domesticMask + all.right(maskedTail);
    }
    // Not a normalised number: show no more than the last four digits.
    return domesticMask + (all.size() > maskedTail ? all.right(maskedTail) : QString());
}

} // namespace PhoneNumber

} // namespace caredesk::core
