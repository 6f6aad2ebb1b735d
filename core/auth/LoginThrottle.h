// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace caredesk::core {

/** Failed sign-ins of one account, kept in the keyring file (plain, not secret: the database is still locked). */
struct LoginAttempts {
    QString userName;
    int failures = 0;      ///< consecutive wrong passwords since the last successful sign-in
    QDateTime lastFailure; ///< UTC
    QDateTime lockedUntil; ///< UTC; invalid when not locked
};

/** A wrong password not yet written to the audit trail; Database::open flushes these on the next good sign-in. */
struct PendingLoginFailure {
    QString userName;
    QDateTime at; ///< UTC
};

/**
 * The sign-in back-off: the first 3 wrong passwords cost nothing; from the 3rd on, the next attempt must wait
 * 5 s, then 10 s, 20 s, ... doubling up to 5 minutes; the 10th wrong password in a row locks the account for
 * 15 minutes (or until an administrator resets its password). A good sign-in starts the count again; so does the
 * end of a lock. Refused attempts are not counted and do not run the password hash at all.
 *
 * This slows guessing at the sign-in screen; it cannot stop an offline attack on a copied keyring, which Argon2id
 * makes expensive instead.
 */
namespace LoginThrottle {

inline constexpr int freeFailures = 3;
inline constexpr int lockAfterFailures = 10;
inline constexpr int firstDelaySeconds = 5;
inline constexpr int maxDelaySeconds = 300;
inline constexpr int lockMinutes = 15;

/** Seconds the next attempt must wait after @p failures consecutive failures (0 when none). */
[[nodiscard]] int delaySeconds(int failures);
/** When the next attempt is allowed; invalid (or in the past) when it is allowed now. */
[[nodiscard]] QDateTime nextAttemptAt(const LoginAttempts &attempts, const QDateTime &nowUtc);
/** Counts one more failure at @p nowUtc (restarting after an expired lock) and locks at lockAfterFailures. */
void registerFailure(LoginAttempts &attempts, const QDateTime &nowUtc);

} // namespace LoginThrottle

} // namespace caredesk::core
