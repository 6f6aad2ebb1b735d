// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/desktop/BenchStartup.h"

#include "core/common/SecureBytes.h"
#include "core/storage/Database.h"

#include <QAbstractItemModel>
#include <QAbstractItemView>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>
#include <QTimer>
#include <QWidget>

#include <cstdio>

namespace caredesk::app::BenchStartup {

namespace {

/** Started before main() runs: "ready" counts from (almost) process start. */
const QElapsedTimer &sinceStart()
{
    static const QElapsedTimer timer = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return timer;
}
[[maybe_unused]] const QElapsedTimer &startedEarly = sinceStart();

double peakMegabytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) {
        return 0;
    }
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:")) {
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
        }
    }
    return 0;
}

void report(const char *what, double value)
{
    std::fprintf(stdout, "%s %.1f\n", what, value);
    std::fflush(stdout);
}

} // namespace

bool isRequested()
{
    return qEnvironmentVariable("CAREDESK_BENCH_STARTUP") == QLatin1String("1");
}

std::unique_ptr<core::Database> unlockFromStdin(const QString &path)
{
    QTextStream in(stdin);
    const QString user = in.readLine();
    QString password = in.readLine();
    auto opened = core::Database::open(path, user, password);
    core::wipe(password);
    if (!opened) {
        std::fprintf(stderr, "caredesk: %s\n", opened.error().message.toLocal8Bit().constData());
        return nullptr;
    }
    // Argon2id takes its 256 MiB only while it derives the key; that peak is reported on its own, and the peak from
    // here on (VmHWM reset through clear_refs) is what the app needs with the database open.
    report("unlock_peak_mb", peakMegabytes());
    QFile clearRefs(QStringLiteral("/proc/self/clear_refs"));
    if (clearRefs.open(QIODevice::WriteOnly)) {
        clearRefs.write("5");
    }
    return std::move(opened.value());
}

void watch(QWidget *window)
{
    auto *timer = new QTimer(window);
    timer->setInterval(5);
    QObject::connect(timer, &QTimer::timeout, window, [window, timer] {
        auto *table = window->findChild<QAbstractItemView *>(QStringLiteral("customerTable"));
        QAbstractItemModel *model = table ? table->model() : nullptr;
        if (!model || model->rowCount() == 0 || !table->isVisible()) {
            return;
        }
        timer->stop();
        report("ready", static_cast<double>(sinceStart().nsecsElapsed()) / 1e6);
        QElapsedTimer scrolling;
        scrolling.start();
        while (model->canFetchMore(QModelIndex())) {
            model->fetchMore(QModelIndex());
        }
        table->scrollToBottom();
        QCoreApplication::processEvents();
        report("rows", model->rowCount());
        report("scrolled", static_cast<double>(scrolling.nsecsElapsed()) / 1e6);
        report("peak_mb", peakMegabytes());
        QCoreApplication::quit();
    });
    timer->start();
}

} // namespace caredesk::app::BenchStartup
