// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <QString>

namespace caredesk::core {

/**
 * Phone numbers as reception staff type them, normalised for storage, search and duplicate checks.
 *
 * Accepted and normalised forms:
 * - mainland mobile: 11 digits starting 1[3-9], optionally prefixed +86 / 0086 / 86, with spaces or dashes
 *   ("138 0013 8000", "+86-138-0013-8000") -> "13800138000"
 * - mainland landline with area code: 0 + 2-3 digit area code + 7-8 digit number ("010-8888 6666",
 *   "(0755) 2345 6789", "+86 10 8888 6666") -> "010-88886666"
 * - international: + country code and 6-14 further digits, not +86 ("+44 20 7946 0958") -> "+442079460958"
 */
namespace PhoneNumber {

/** The normalised form, or a Validation error whose message says what form is expected. */
[[nodiscard]] Result<QString> normalize(const QString &input);

/** Only the digits of a normalised (or raw) number, for search tokens: "010-88886666" -> "01088886666". */
[[nodiscard]] QString digits(const QString &number);

/** Masked for roles without the reveal right: "138****8000", "010-****6666", "+44*******0958". */
[[nodiscard]] QString masked(const QString &normalized);

} // namespace PhoneNumber

} // namespace caredesk::core
