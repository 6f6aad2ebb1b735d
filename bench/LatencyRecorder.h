// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <benchmark/benchmark.h>

#include <QElapsedTimer>

#include <vector>

namespace caredesk::bench {

/** Collects one duration per operation and reports p50_ms and p95_ms as user counters. */
class LatencyRecorder final {
public:
    void start() { m_timer.start(); }
    void stop() { m_samples.push_back(static_cast<double>(m_timer.nsecsElapsed()) / 1e6); }
    void add(double ms) { m_samples.push_back(ms); }
    [[nodiscard]] double percentile(double p) const;
    [[nodiscard]] bool isEmpty() const { return m_samples.empty(); }
    /** Sets p50_ms and p95_ms (with @p prefix) on @p state. */
    void report(benchmark::State &state, const char *prefix = "") const;

private:
    QElapsedTimer m_timer;
    std::vector<double> m_samples;
};

} // namespace caredesk::bench
