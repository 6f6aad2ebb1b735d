// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

namespace caredesk::cli {

/** Translation context for the command-line tool. */
struct CliTr {
    Q_DECLARE_TR_FUNCTIONS(caredesk::cli::CliTr)
};

} // namespace caredesk::cli
