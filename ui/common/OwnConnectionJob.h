// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/storage/Database.h"

#include <QFuture>
#include <QSqlDatabase>
#include <QString>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <utility>

namespace caredesk::ui {

/**
 * The pool every background job of the app runs on (start-up checks and catch-ups, badge counts, sweeps,
 * dashboards). Not QThreadPool::globalInstance(): Qt's raster painting hands parts of large fills to the global
 * pool and waits for them, so while two jobs of several seconds held its threads (on a two-core machine it has
 * two) the window could not paint and start-up at 1M customers took 20-30 s instead of 2.5.
 */
[[nodiscard]] QThreadPool *backgroundPool();

/**
 * Runs @p work on a worker thread over a connection of its own to @p database, named @p name, with a page cache
 * of @p cacheKib (0: the app's usual one), and removes the connection afterwards. @p work gets the connection name
 * and returns a core::Result<T>; a connection that cannot be opened (the screen is locked, the file went away)
 * comes back as that Result's error. The caller keeps the future and waits for it before @p database closes.
 */
template <typename T, typename Work>
QFuture<core::Result<T>> runOnOwnConnection(core::Database &database, QString name, int cacheKib, Work work)
{
    core::Database *db = &database;
    return QtConcurrent::run(backgroundPool(), [db, name = std::move(name), cacheKib,
                                                work = std::move(work)]() -> core::Result<T> {
        auto opened = db->openExtraConnection(name, cacheKib);
        if (!opened) {
            return opened.error();
        }
        core::Result<T> result = work(name);
        QSqlDatabase::database(name, false).close();
        QSqlDatabase::removeDatabase(name);
        return result;
    });
}

} // namespace caredesk::ui
