// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/common/Clock.h"

namespace caredesk::core {

namespace {
class SystemClock final : public Clock {
public:
    [[nodiscard]] QDateTime nowUtc() const override { return QDateTime::currentDateTimeUtc(); }
};
} // namespace

const Clock &Clock::system()
{
    static const SystemClock clock;
    return clock;
}

} // namespace caredesk::core
