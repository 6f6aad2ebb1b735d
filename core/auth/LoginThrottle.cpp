// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/auth/LoginThrottle.h"

#include <algorithm>

namespace caredesk::core::LoginThrottle {

int delaySeconds(int failures)
{
    if (failures < freeFailures) {
        return 0;
    }
    const int doublings = std::min(failures - freeFailures, 16);
    return std::min(firstDelaySeconds << doublings, maxDelaySeconds);
}

QDateTime nextAttemptAt(const LoginAttempts &attempts, const QDateTime &nowUtc)
{
    if (attempts.lockedUntil.isValid() && attempts.lockedUntil > nowUtc) {
        return attempts.lockedUntil;
    }
    if (attempts.lockedUntil.isValid() || attempts.failures <= 0 || !attempts.lastFailure.isValid()) {
        return {}; // a lock that has run out: the count starts again
    }
    const int delay = delaySeconds(attempts.failures);
    return delay > 0 ? attempts.lastFailure.addSecs(delay) : QDateTime();
}

void registerFailure(LoginAttempts &attempts, const QDateTime &nowUtc)
{
    if (attempts.lockedUntil.isValid() && attempts.lockedUntil <= nowUtc) {
        attempts.failures = 0;
        attempts.lockedUntil = QDateTime();
    }
    ++attempts.failures;
    attempts.lastFailure = nowUtc;
    if (attempts.failures >= lockAfterFailures) {
        attempts.lockedUntil = nowUtc.addSecs(qint64(lockMinutes) * 60);
    }
}

} // namespace caredesk::core::LoginThrottle
