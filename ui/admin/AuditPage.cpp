// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/admin/AuditPage.h"

#include "core/storage/Database.h"
#include "ui/admin/AuditEventTableModel.h"
#include "ui/common/MessageBox.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace caredesk::ui {

AuditPage::AuditPage(core::Database &database, const core::Clock &clock, QWidget *parent)
    : QWidget(parent), m_database(database), m_clock(clock), m_audit(std::make_unique<core::AuditLog>(database, clock))
{
    m_allowed = database.session().role == core::Role::Administrator;
    auto *layout = new QVBoxLayout(this);

    auto *filters = new QHBoxLayout;
    const auto addFilter = [&](const QString &label, QWidget *field) {
        auto *caption = new QLabel(label, this);
        caption->setBuddy(field);
        filters->addWidget(caption);
        filters->addWidget(field);
    };
    m_user = new QComboBox(this);
    m_user->setObjectName(QStringLiteral("auditUserFilter"));
    addFilter(tr("&User:"), m_user);
    m_entity = new QComboBox(this);
    m_entity->setObjectName(QStringLiteral("auditEntityFilter"));
    addFilter(tr("&Record:"), m_entity);
    m_action = new QComboBox(this);
    m_action->setObjectName(QStringLiteral("auditActionFilter"));
    addFilter(tr("&Action:"), m_action);
    const QDate today = clock.today();
    m_from = new QDateEdit(today.addDays(-30), this);
    m_from->setObjectName(QStringLiteral("auditFromDate"));
    m_from->setCalendarPopup(true);
    m_from->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    addFilter(tr("&From:"), m_from);
    m_to = new QDateEdit(today, this);
    m_to->setObjectName(QStringLiteral("auditToDate"));
    m_to->setCalendarPopup(true);
    m_to->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    addFilter(tr("&To:"), m_to);
    filters->addStretch();
    layout->addLayout(filters);

    auto *actions = new QHBoxLayout;
    m_export = new QPushButton(tr("&Export…"), this);
    m_export->setObjectName(QStringLiteral("auditExportButton"));
    m_verify = new QPushButton(tr("&Verify integrity"), this);
    m_verify->setObjectName(QStringLiteral("auditVerifyButton"));
    m_acknowledge = new QPushButton(tr("Ac&knowledge warning…"), this);
    m_acknowledge->setObjectName(QStringLiteral("auditAcknowledgeButton"));
    m_acknowledge->setToolTip(tr("After you have looked into the warning: say what you found, and CareDesk watches "
                                 "the trail from its newest entry on. The trail itself is not changed."));
    m_acknowledge->hide();
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("auditVerifyResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    actions->addWidget(m_export);
    actions->addWidget(m_verify);
    actions->addWidget(m_acknowledge);
    actions->addWidget(m_result, 1);
    layout->addLayout(actions);

    m_stack = new QStackedWidget(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_model = new AuditEventTableModel(*m_audit, this);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    // Actions such as "complaint.transition" are read in full; the changes get the rest of the width.
    m_table->horizontalHeader()->setSectionResizeMode(AuditEventTableModel::Action, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(AuditEventTableModel::Entity, QHeaderView::ResizeToContents);
    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("auditEmptyLabel"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_empty);
    layout->addWidget(m_stack, 1);

    if (!m_allowed) {
        for (QWidget *w :
             {static_cast<QWidget *>(m_user), static_cast<QWidget *>(m_entity), static_cast<QWidget *>(m_action),
              static_cast<QWidget *>(m_from), static_cast<QWidget *>(m_to), static_cast<QWidget *>(m_export),
              static_cast<QWidget *>(m_verify)}) {
            w->setEnabled(false);
        }
        m_empty->setText(tr("Only an administrator can read the audit trail. Ask your administrator."));
        m_stack->setCurrentWidget(m_empty);
        return;
    }

    connect(m_user, &QComboBox::activated, this, &AuditPage::applyFilter);
    connect(m_entity, &QComboBox::activated, this, &AuditPage::applyFilter);
    connect(m_action, &QComboBox::activated, this, &AuditPage::applyFilter);
    connect(m_from, &QDateEdit::dateChanged, this, &AuditPage::applyFilter);
    connect(m_to, &QDateEdit::dateChanged, this, &AuditPage::applyFilter);
    connect(m_export, &QPushButton::clicked, this, &AuditPage::chooseExportFile);
    connect(m_verify, &QPushButton::clicked, this, [this] { verifyIntegrity(); });
    connect(m_acknowledge, &QPushButton::clicked, this, &AuditPage::askAcknowledgement);
    connect(m_table, &QTableView::activated, this, &AuditPage::activateRow);
    connect(m_model, &AuditEventTableModel::loadFailed, this,
            [this](const QString &message) { MessageBox::warning(this, tr("Audit Trail"), message); });
    reload();
    updateAcknowledge();
}

AuditPage::~AuditPage() = default;

void AuditPage::fillCombo(QComboBox *combo, const QStringList &values, const QString &anyText)
{
    const QString current = combo->currentData().toString();
    combo->clear();
    combo->addItem(anyText, QString());
    for (const QString &value : values) {
        combo->addItem(value, value);
    }
    const int index = combo->findData(current);
    combo->setCurrentIndex(index < 0 ? 0 : index);
}

void AuditPage::reload()
{
    if (!m_allowed) {
        return;
    }
    const auto users = m_audit->userNames();
    const auto entities = m_audit->entities();
    const auto actionList = m_audit->actions();
    fillCombo(m_user, users ? *users : QStringList(), tr("Everyone"));
    fillCombo(m_entity, entities ? *entities : QStringList(), tr("Any record"));
    fillCombo(m_action, actionList ? *actionList : QStringList(), tr("Any action"));
    applyFilter();
}

core::AuditFilter AuditPage::currentFilter() const
{
    core::AuditFilter filter;
    filter.userName = m_user->currentData().toString();
    filter.entity = m_entity->currentData().toString();
    filter.action = m_action->currentData().toString();
    const QDate from = std::min(m_from->date(), m_to->date());
    const QDate to = std::max(m_from->date(), m_to->date());
    filter.from = QDateTime(from, QTime(0, 0)).toUTC();
    filter.to = QDateTime(to.addDays(1), QTime(0, 0)).toUTC();
    return filter;
}

void AuditPage::applyFilter()
{
    m_model->setFilter(currentFilter());
    if (m_model->rowCount() == 0) {
        m_empty->setText(m_model->lastError().isEmpty()
                             ? tr("No audit entries match these filters. Choose a longer period or \"Everyone\", "
                                  "\"Any record\" and \"Any action\".")
                             : m_model->lastError());
        m_stack->setCurrentWidget(m_empty);
    } else {
        m_stack->setCurrentWidget(m_table);
    }
}

void AuditPage::setPageSize(int rows)
{
    m_model->setPageSize(rows);
}

void AuditPage::chooseExportFile()
{
    const QString suggested =
        QDir::home().filePath(QStringLiteral("audit-%1.csv").arg(m_clock.today().toString(QStringLiteral("yyyyMMdd"))));
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export Audit Trail"), suggested, tr("CSV files (*.csv)"));
    if (!path.isEmpty()) {
        exportTo(path);
    }
}

bool AuditPage::exportTo(const QString &path)
{
    auto written = m_audit->exportCsv(currentFilter(), path);
    if (!written) {
        MessageBox::error(this, tr("Audit Trail Not Exported"), written.error());
        return false;
    }
    MessageBox::information(
        this, tr("Audit Trail Exported"),
        tr("%n entries were written to %1.", nullptr, int(*written)).arg(QDir::toNativeSeparators(path)));
    reload(); // the export is an entry of its own
    return true;
}

bool AuditPage::verifyIntegrity()
{
    auto result = m_database.verifyAudit();
    if (!result) {
        MessageBox::error(this, tr("Audit Trail"), result.error());
        return false;
    }
    const bool intact = result->intact();
    m_result->setText(result->message);
    m_result->setProperty("intact", intact);
    m_result->setStyleSheet(intact ? QStringLiteral("color: #1b7f3b; font-weight: bold;")
                                   : QStringLiteral("color: #b3261e; font-weight: bold;"));
    updateAcknowledge();
    return intact;
}

void AuditPage::updateAcknowledge()
{
    m_acknowledge->setVisible(m_database.session().role == core::Role::Administrator &&
                              !m_database.auditWarning().isEmpty());
}

void AuditPage::askAcknowledgement()
{
    QInputDialog dialog(this);
    dialog.setObjectName(QStringLiteral("auditAcknowledgeDialog"));
    dialog.setWindowTitle(tr("Acknowledge Audit Warning"));
    dialog.setLabelText(tr("%1\n\nWhat did you find, and why may work go on? (For example: \"the copy of 1 "
                           "December was put back after a disk failure\".) This is kept in the audit trail.")
                            .arg(m_database.auditWarning()));
    dialog.setInputMode(QInputDialog::TextInput);
    dialog.setOkButtonText(tr("Acknowledge"));
    dialog.setCancelButtonText(tr("Cancel"));
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    acknowledgeWarning(dialog.textValue());
}

bool AuditPage::acknowledgeWarning(const QString &reason)
{
    if (const core::Status status = m_database.acknowledgeAuditWarning(reason); !status) {
        MessageBox::error(this, tr("Acknowledge Audit Warning"), status.error());
        return false;
    }
    m_result->setText(tr("Warning acknowledged: the trail is watched from its newest entry on."));
    m_result->setProperty("intact", true);
    m_result->setStyleSheet(QStringLiteral("color: #1b7f3b; font-weight: bold;"));
    updateAcknowledge();
    reload();
    emit auditWarningAcknowledged();
    return true;
}

void AuditPage::activateRow(const QModelIndex &index)
{
    const core::AuditEvent event = m_model->eventAt(index.row());
    bool ok = false;
    const qlonglong id = event.entityId.toLongLong(&ok);
    if (event.entity == QLatin1String("customer") && ok) {
        emit openCustomer(id);
    }
}

} // namespace caredesk::ui
