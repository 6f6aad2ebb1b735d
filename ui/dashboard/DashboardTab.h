// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analytics/DashboardFilter.h"
#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/customers/Customer.h"
#include "core/storage/Database.h"
#include "ui/common/OwnConnectionJob.h"

#include <QFuture>
#include <QFutureWatcher>
#include <QList>
#include <QSqlDatabase>
#include <QWidget>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <functional>
#include <optional>

class QLabel;
class QVBoxLayout;

namespace caredesk::ui {

class ChartCard;

/**
 * What every dashboard tab shares: figures computed off the UI thread on a connection of their own, a visible
 * "Computing…" state, results of an older filter thrown away, and failures shown in words in a message bar.
 *
 * A job runs on a pool thread; it opens an extra connection there (a Qt SQL connection belongs to the thread that
 * opened it), computes, and removes the connection before it returns. The tab waits for running jobs when it is
 * destroyed, so a job never outlives the database.
 */
class DashboardTab : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardTab)

public:
    DashboardTab(core::Database &database, const core::Clock &clock, QWidget *parent = nullptr);
    ~DashboardTab() override;

    /** Computes the figures for @p filter again (in the background). */
    virtual void load(const core::DashboardFilter &filter) = 0;
    /** A job is running whose result will be shown. */
    [[nodiscard]] bool isComputing() const { return m_pending > 0; }
    /** The message bar's text; empty when the last load worked. */
    [[nodiscard]] QString errorText() const;

    /**
     * Rebuilds the churn snapshot on @p connectionName when it is stale (for the worker thread). Rebuilds from
     * several tabs take turns, so two never write at once.
     */
    [[nodiscard]] static core::Status refreshChurnSnapshot(const QString &connectionName, const QString &userName,
                                                           const core::Clock &clock);

Q_SIGNALS:
    /** The latest load has finished (shown or failed). */
    void computed();
    /** The user asked to see a customer's profile. */
    void openCustomer(core::CustomerId id);

protected:
    /**
     * Runs @p job(connectionName) on a pool thread; on the UI thread then calls @p show with its value, or shows its
     * error, unless a later run() has started meanwhile. @p job must only use the connection it is given.
     */
    template <typename T>
    void run(std::function<core::Result<T>(const QString &connectionName)> job, std::function<void(const T &)> show)
    {
        const int generation = beginJob();
        const QString name = nextConnectionName();
        const core::Database *database = &m_database;
        auto *watcher = new QFutureWatcher<std::optional<core::Result<T>>>(this);
        connect(watcher, &QFutureWatcher<std::optional<core::Result<T>>>::finished, this,
                [this, watcher, generation, show] {
                    watcher->deleteLater();
                    const std::optional<core::Result<T>> result = watcher->result();
                    if (!endJob(generation)) {
                        return; // a newer filter is being computed: this result is stale
                    }
                    if (!result->ok()) {
                        showError(result->error());
                    } else {
                        show(result->value());
                    }
                    finishJob();
                });
        QFuture<std::optional<core::Result<T>>> future =
            QtConcurrent::run(backgroundPool(), [database, name, job]() -> std::optional<core::Result<T>> {
                auto opened = database->openExtraConnection(name);
                if (!opened) {
                    return core::Result<T>(opened.error());
                }
                std::optional<core::Result<T>> result = job(name);
                QSqlDatabase::database(name, false).close();
                QSqlDatabase::removeDatabase(name);
                return result;
            });
        m_running.append(QFuture<void>(future));
        watcher->setFuture(future);
    }

    /** A card in the tab's grid at @p row, @p column (spanning @p columnSpan columns). */
    ChartCard *addCard(const QString &objectName, const QString &title, int row, int column, int columnSpan = 1);
    /** A bold one-line summary above the grid. */
    QLabel *addSummary(const QString &objectName);
    /** Adds @p widget above the grid (summary lines, toolbars). */
    void addHeaderWidget(QWidget *widget);
    /** Adds @p widget to the grid. */
    void addGridWidget(QWidget *widget, int row, int column, int rowSpan = 1, int columnSpan = 1);
    void showError(const core::Error &error);

    core::Database &database() { return m_database; }
    const core::Clock &clock() const { return m_clock; }

private:
    int beginJob();
    bool endJob(int generation);
    void finishJob();
    QString nextConnectionName();

    core::Database &m_database;
    const core::Clock &m_clock;
    QLabel *m_status = nullptr;
    QLabel *m_error = nullptr;
    QVBoxLayout *m_header = nullptr;
    QWidget *m_gridHost = nullptr;
    int m_generation = 0;
    int m_pending = 0;
    QList<QFuture<void>> m_running;
};

} // namespace caredesk::ui
