// SPDX-License-Identifier: GPL-3.0-or-later
// The desktop app itself: start to a usable main window (the customer list's first page shown), then the list
// scrolled to its end, and the app's peak memory (VmHWM) with the database open. Runs the real `caredesk` binary on
// the offscreen platform with CAREDESK_BENCH_STARTUP=1 (credentials on stdin, see app/desktop/BenchStartup.h), on
// a copy of the encrypted database so the app's start-up catch-up (expiry, tiers) never changes the cached data.
#include "bench/BenchFixture.h"
#include "bench/LatencyRecorder.h"
#include "core/storage/KeyRing.h"

#include <benchmark/benchmark.h>

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>

#include <map>
#include <string>

using caredesk::bench::BenchFixture;
using caredesk::bench::LatencyRecorder;

namespace {

/** A copy of the encrypted database and its keyring for the app to open, made once per cache entry. */
QString appCopy()
{
    BenchFixture &fixture = BenchFixture::instance();
    const QString copy = fixture.appCopyPath();
    if (!QFile::exists(copy)) {
        fixture.closeDatabase(); // a consistent file: the WAL is checkpointed when the last connection closes
        QFile::copy(fixture.encryptedPath(), copy);
        QFile::copy(caredesk::core::KeyRing::pathFor(fixture.encryptedPath()), caredesk::core::KeyRing::pathFor(copy));
        fixture.reopenDatabase();
    }
    return copy;
}

/** One run of the app: the figures it printed ("ready", "rows", "scrolled", "peak_mb"), empty on failure. */
std::map<std::string, double> runApp(const QString &database, QString &error)
{
    QProcess app;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("CAREDESK_BENCH_STARTUP"), QStringLiteral("1"));
    app.setProcessEnvironment(environment);
    app.start(QStringLiteral(CAREDESK_APP_PATH),
              {QStringLiteral("--db"), database, QStringLiteral("--lang"), QStringLiteral("en")});
    if (!app.waitForStarted(10000)) {
        error = QStringLiteral("caredesk did not start: ") + app.errorString();
        return {};
    }
    app.write(QByteArray(BenchFixture::user) + '\n' + QByteArray(BenchFixture::password) + '\n');
    app.closeWriteChannel();
    if (!app.waitForFinished(30 * 60 * 1000) || app.exitCode() != 0) {
        error = QStringLiteral("caredesk failed: ") + QString::fromLocal8Bit(app.readAllStandardError());
        app.kill();
        return {};
    }
    std::map<std::string, double> figures;
    for (const QByteArray &line : app.readAllStandardOutput().split('\n')) {
        const QList<QByteArray> parts = line.trimmed().split(' ');
        if (parts.size() == 2) {
            figures[parts.at(0).toStdString()] = parts.at(1).toDouble();
        }
    }
    if (!figures.count("ready")) {
        error = QStringLiteral("caredesk never showed the customer list");
        return {};
    }
    return figures;
}

void BM_AppStartup(benchmark::State &state)
{
    const QString database = appCopy();
    LatencyRecorder ready;
    LatencyRecorder wall;
    LatencyRecorder scrolled;
    double peak = 0;
    double unlockPeak = 0;
    double rows = 0;
    for (auto _ : state) {
        QString error;
        QElapsedTimer timer;
        timer.start();
        const auto figures = runApp(database, error);
        wall.add(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        if (figures.empty()) {
            state.SkipWithError(error.toStdString().c_str());
            break;
        }
        ready.add(figures.at("ready"));
        scrolled.add(figures.count("scrolled") ? figures.at("scrolled") : 0);
        peak = std::max(peak, figures.count("peak_mb") ? figures.at("peak_mb") : 0);
        unlockPeak = std::max(unlockPeak, figures.count("unlock_peak_mb") ? figures.at("unlock_peak_mb") : 0);
        rows = figures.count("rows") ? figures.at("rows") : 0;
    }
    ready.report(state);
    state.counters["scroll_to_end_ms"] = scrolled.percentile(50);
    state.counters["process_wall_ms"] = wall.percentile(50);
    state.counters["peak_mb"] = peak; // after the unlock: the app with the database open
    state.counters["unlock_peak_mb"] = unlockPeak; // during the unlock (Argon2id's 256 MiB)
    state.counters["rows_listed"] = rows;
    state.SetLabel("process start to first page shown; then the whole list paged in (no plain equivalent)");
}

} // namespace

BENCHMARK(BM_AppStartup)->Unit(benchmark::kMillisecond)->Iterations(2)->UseRealTime();
