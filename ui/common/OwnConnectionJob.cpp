// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/OwnConnectionJob.h"

#include <QCoreApplication>

namespace caredesk::ui {

QThreadPool *backgroundPool()
{
    // Owned by the application, so it is gone (its threads joined) with it; the pages wait for their own jobs
    // before the database closes. Four: the start-up jobs (check, loyalty catch-up, follow-up sweep, badges) can
    // all run at once, and they mostly wait on the disk and on decryption, not on each other.
    static QThreadPool *const pool = [] {
        auto *p = new QThreadPool(QCoreApplication::instance());
        p->setObjectName(QStringLiteral("caredesk-background"));
        p->setMaxThreadCount(4);
        return p;
    }();
    return pool;
}

} // namespace caredesk::ui
