// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <QDate>
#include <QString>

namespace caredesk::core {

/**
 * Chinese resident identity card numbers (GB 11643-1999): 18 characters, 6-digit region, 8-digit birth date
 * (YYYYMMDD), 3-digit sequence (odd = male, even = female), and an ISO 7064 MOD 11-2 check character (0-9 or X).
 */
namespace ChineseIdNumber {

struct Parsed {
    QString normalized; ///< upper-case X, no spaces
    QDate birthDate;
    bool male = false;
};

/** Validates length, characters, birth date (real, not in the future, not before 1900) and the check digit. */
[[nodiscard]] Result<Parsed> parse(const QString &input, const QDate &today);

/** The check character for the first 17 digits. */
[[nodiscard]] QChar checkCharacter(const QString &first17);

/** Masked: first 3 and last 4 characters visible: "110***********123X". */
[[nodiscard]] QString masked(const QString &normalized);

} // namespace ChineseIdNumber

} // namespace caredesk::core
