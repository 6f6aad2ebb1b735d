// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>

namespace caredesk::core {

/** Where "now" comes from, so that SLA, expiry and churn logic can be tested with a fixed date. */
class Clock {
public:
    virtual ~Clock() = default;
    /** Current time in UTC. */
    [[nodiscard]] virtual QDateTime nowUtc() const = 0;
    /** Today's date in local time. */
    [[nodiscard]] QDate today() const { return nowUtc().toLocalTime().date(); }
    /** The real clock. */
    static const Clock &system();
};

/** A clock that says what it is told; for tests and reproducible reports. */
class FixedClock final : public Clock {
public:
    explicit FixedClock(QDateTime now) : m_now(std::move(now)) {}
    [[nodiscard]] QDateTime nowUtc() const override { return m_now.toUTC(); }
    void set(const QDateTime &now) { m_now = now; }
    void advanceDays(int days) { m_now = m_now.addDays(days); }

private:
    QDateTime m_now;
};

} // namespace caredesk::core
