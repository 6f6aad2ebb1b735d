// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/customers/Customer.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace caredesk::core {
class Clock;
class Database;
} // namespace caredesk::core

namespace caredesk::ui {

/**
 * "Export personal data…" from a customer's profile: everything held about them as JSON, and a readable PDF beside
 * it, to a file the user chooses. Audited in core ("privacy.export"); for administrators and managers.
 */
class PrivacyExportDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PrivacyExportDialog)

public:
    PrivacyExportDialog(core::Database &database, const core::Clock &clock, core::CustomerId customerId,
                        QWidget *parent = nullptr);
    ~PrivacyExportDialog() override;

    /** Where the JSON goes (tests set it instead of the file dialog). */
    void setJsonPath(const QString &path);
    /** The PDF's path for a JSON path: the same name with .pdf. */
    [[nodiscard]] static QString pdfPathFor(const QString &jsonPath);

private:
    void browse();
    void exportNow();

    core::Database &m_database;
    const core::Clock &m_clock;
    core::CustomerId m_customerId;
    QLineEdit *m_path = nullptr;
    QCheckBox *m_pdf = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_exportButton = nullptr;
};

} // namespace caredesk::ui
