// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace caredesk::core {

/** How strong a password is, with the first problem in words. */
struct PasswordAssessment {
    int score = 0;           ///< 0 (very weak) .. 4 (strong)
    bool acceptable = false; ///< meets the policy; new passwords must
    QString problem;         ///< translated; empty when acceptable
};

/**
 * The site's password rules: at least 10 characters; not a common password or a keyboard/number run; must not
 * contain the user name; at least three kinds of character (lower, upper, digit, symbol, CJK) unless 16 or more long.
 */
namespace PasswordPolicy {

inline constexpr int minimumLength = 10;

[[nodiscard]] PasswordAssessment assess(const QString &password, const QString &userName = {});
/** Translated label for a score: very weak, weak, fair, good, strong. */
[[nodiscard]] QString scoreLabel(int score);

} // namespace PasswordPolicy

} // namespace caredesk::core
