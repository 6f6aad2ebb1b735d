// SPDX-License-Identifier: GPL-3.0-or-later
#include "bench/LatencyRecorder.h"

#include <algorithm>
#include <cmath>
#include <string>

namespace caredesk::bench {

double LatencyRecorder::percentile(double p) const
{
    if (m_samples.empty()) {
        return 0;
    }
    std::vector<double> sorted = m_samples;
    std::sort(sorted.begin(), sorted.end());
    // Nearest-rank percentile.
    const auto rank = static_cast<std::size_t>(std::ceil(p / 100.0 * static_cast<double>(sorted.size())));
    return sorted[std::clamp<std::size_t>(rank, 1, sorted.size()) - 1];
}

void LatencyRecorder::report(benchmark::State &state, const char *prefix) const
{
    state.counters[std::string(prefix) + "p50_ms"] = percentile(50);
    state.counters[std::string(prefix) + "p95_ms"] = percentile(95);
}

} // namespace caredesk::bench
