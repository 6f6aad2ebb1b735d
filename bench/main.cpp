// SPDX-License-Identifier: GPL-3.0-or-later
// caredesk-bench: Google Benchmark over cached databases from the deterministic generator.
//   --quick            small scale (10k customers), for CI's smoke check
//   --scale small|large|N   10k, 1M or N customers (default: large unless --quick)
//   --seed N           generator seed (default 1)
//   --cache-dir DIR    where generated databases are kept between runs (default build/bench-cache)
// Remaining arguments go to Google Benchmark (--benchmark_filter=…, --benchmark_format=json, …).
#include "bench/BenchFixture.h"
#include "core/storage/SqlCipherDriver.h"

#include <benchmark/benchmark.h>

#include <QCoreApplication>

#include <cstring>
#include <string>
#include <vector>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    caredesk::core::registerSqlCipherDriver();
    int customers = 1000000;
    bool quick = false;
    quint64 seed = 1;
    QString cacheDir = QStringLiteral("build/bench-cache");
    std::vector<char *> rest{argv[0]};
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        auto value = [&]() -> std::string { return i + 1 < argc ? argv[++i] : std::string(); };
        if (arg == "--quick") {
            quick = true;
            customers = 10000;
        } else if (arg == "--scale") {
            const std::string scale = value();
            customers = scale == "small" ? 10000 : scale == "large" ? 1000000 : std::stoi(scale);
        } else if (arg == "--seed") {
            seed = std::stoull(value());
        } else if (arg == "--cache-dir") {
            cacheDir = QString::fromStdString(value());
        } else {
            rest.push_back(argv[i]);
        }
    }
    if (!caredesk::bench::BenchFixture::prepare(cacheDir, customers, seed)) {
        caredesk::bench::BenchFixture::shutdown();
        return 1;
    }
    std::fprintf(stderr, "bench: %d customers%s\n", customers, quick ? " (quick)" : "");
    int restCount = static_cast<int>(rest.size());
    benchmark::Initialize(&restCount, rest.data());
    benchmark::AddCustomContext("customers", std::to_string(customers));
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    caredesk::bench::BenchFixture::shutdown();
    return 0;
}
