// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/privacy/PrivacyExportDialog.h"

#include "core/customers/CustomerRepository.h"
#include "core/privacy/PrivacyService.h"
#include "core/storage/Database.h"
#include "ui/common/MessageBox.h"
#include "ui/common/RecordForm.h"
#include "ui/privacy/PrivacyExportPdf.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace caredesk::ui {

PrivacyExportDialog::PrivacyExportDialog(core::Database &database, const core::Clock &clock,
                                         core::CustomerId customerId, QWidget *parent)
    : QDialog(parent), m_database(database), m_clock(clock), m_customerId(customerId)
{
    setWindowTitle(tr("Export Personal Data"));
    auto customer = core::CustomerRepository(database, clock).findById(customerId);
    const QString who = customer ? tr("%1 (member no. %2)").arg(customer->name, customer->memberNumber)
                                 : tr("customer %1").arg(customerId);
    auto *explanation = new QLabel(
        tr("Writes everything CareDesk holds about %1 — profile, consent history, visits, contacts, surveys, "
           "complaints, follow-ups, loyalty points and campaigns — to a file, for the customer's request to see "
           "their data. The file is not encrypted: hand it over and delete your copy. The export is recorded in "
           "the audit trail.")
            .arg(who),
        this);
    explanation->setWordWrap(true);

    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("jsonPath"));
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    m_path->setText(QDir(folder).filePath(QStringLiteral("customer-%1-data.json").arg(customerId)));
    auto *browseButton = new QPushButton(tr("&Browse…"), this);
    browseButton->setObjectName(QStringLiteral("browse"));
    connect(browseButton, &QPushButton::clicked, this, &PrivacyExportDialog::browse);
    auto *pathRow = new QWidget(this);
    auto *pathLayout = new QHBoxLayout(pathRow);
    pathLayout->setContentsMargins(0, 0, 0, 0);
    pathLayout->addWidget(m_path, 1);
    pathLayout->addWidget(browseButton);

    m_pdf = new QCheckBox(tr("Also write a readable &PDF beside it"), this);
    m_pdf->setObjectName(QStringLiteral("writePdf"));
    m_pdf->setChecked(true);

    auto *form = new QFormLayout;
    RecordForm::addRow(form, tr("&File (JSON):"), m_path, pathRow);
    form->addRow(QString(), m_pdf);
    m_error = RecordForm::messageBar(this);
    QDialogButtonBox *buttons = RecordForm::saveCancelButtons(
        this, tr("&Export"), [this] { exportNow(); }, &m_exportButton);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(520);
    m_path->setFocus();
}

PrivacyExportDialog::~PrivacyExportDialog() = default;

void PrivacyExportDialog::setJsonPath(const QString &path)
{
    m_path->setText(path);
}

QString PrivacyExportDialog::pdfPathFor(const QString &jsonPath)
{
    const QFileInfo info(jsonPath);
    return info.absoluteDir().filePath(info.completeBaseName() + QStringLiteral(".pdf"));
}

void PrivacyExportDialog::browse()
{
    const QString chosen =
        QFileDialog::getSaveFileName(this, tr("Export Personal Data"), m_path->text(), tr("JSON files (*.json)"));
    if (!chosen.isEmpty()) {
        m_path->setText(chosen);
    }
}

void PrivacyExportDialog::exportNow()
{
    const QString path = m_path->text().trimmed();
    if (path.isEmpty()) {
        RecordForm::setError(m_error, tr("Choose the file to write."));
        return;
    }
    const bool withPdf = m_pdf->isChecked();
    const QString pdfPath = pdfPathFor(path);
    auto written = core::PrivacyService(m_database, m_clock)
                       .exportTo(m_customerId, path, [&](const core::PrivacyExport &collected) -> core::Status {
                           return withPdf ? PrivacyExportPdf::write(collected, pdfPath) : core::Status{};
                       });
    if (!written) {
        RecordForm::setError(m_error, written.error().message);
        return;
    }
    RecordForm::setError(m_error, {});
    MessageBox::information(
        this, tr("Export Personal Data"),
        withPdf
            ? tr("%n record(s) were written to %1 and %2.", nullptr, written->rowCount())
                  .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(pdfPath))
            : tr("%n record(s) were written to %1.", nullptr, written->rowCount()).arg(QDir::toNativeSeparators(path)));
    accept();
}

} // namespace caredesk::ui
