// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/complaints/ComplaintDetailWidget.h"

#include "core/audit/AuditLog.h"
#include "core/complaints/ComplaintRepository.h"
#include "core/customers/CustomerRepository.h"
#include "core/storage/Database.h"
#include "ui/common/MessageBox.h"
#include "ui/complaints/AdrReportPdf.h"
#include "ui/complaints/ComplaintEventTableModel.h"
#include "ui/complaints/ComplaintStepDialog.h"
#include "ui/complaints/ComplaintTableModel.h"
#include "ui/customers/CustomerText.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace caredesk::ui {

namespace {

QString roleRefusal()
{
    return ComplaintDetailWidget::tr("Only customer-service officers, managers and administrators can do this.");
}

const QList<core::ComplaintState> &forwardStates()
{
    static const QList<core::ComplaintState> states{core::ComplaintState::Acknowledged,
                                                    core::ComplaintState::Investigating, core::ComplaintState::Resolved,
                                                    core::ComplaintState::OutcomeTold, core::ComplaintState::Closed};
    return states;
}

QString buttonText(core::ComplaintState state)
{
    switch (state) {
    case core::ComplaintState::Acknowledged: return ComplaintDetailWidget::tr("&Acknowledge");
    case core::ComplaintState::Investigating: return ComplaintDetailWidget::tr("Start &investigation");
    case core::ComplaintState::Resolved: return ComplaintDetailWidget::tr("Re&solve…");
    case core::ComplaintState::OutcomeTold: return ComplaintDetailWidget::tr("Record &outcome call…");
    case core::ComplaintState::Closed: return ComplaintDetailWidget::tr("C&lose");
    case core::ComplaintState::Received: return {};
    }
    return {};
}

} // namespace

ComplaintDetailWidget::ComplaintDetailWidget(core::Database &database, core::ComplaintRepository &repository,
                                             const core::Clock &clock, QWidget *parent)
    : QWidget(parent), m_database(database), m_repository(repository), m_clock(clock)
{
    m_placeholder = new QLabel(tr("Choose a complaint in the queue to see it here."), this);
    m_placeholder->setObjectName(QStringLiteral("complaintDetailPlaceholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);

    m_content = new QWidget(this);
    m_title = new QLabel(m_content);
    m_title->setObjectName(QStringLiteral("complaintTitle"));
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_openCustomer = new QPushButton(tr("Open &customer"), m_content);
    m_openCustomer->setObjectName(QStringLiteral("complaintOpenCustomer"));
    connect(m_openCustomer, &QPushButton::clicked, this, [this] {
        if (m_complaint.customerId != 0) {
            Q_EMIT openCustomer(m_complaint.customerId);
        }
    });
    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(m_title, 1);
    titleRow->addWidget(m_openCustomer);

    auto *form = new QFormLayout;
    m_form = form;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    addField(form, tr("Category:"), QStringLiteral("category"));
    addField(form, tr("Severity / SLA:"), QStringLiteral("severity"));
    addField(form, tr("Received:"), QStringLiteral("received"));
    addField(form, tr("State:"), QStringLiteral("state"));
    addField(form, tr("Owner:"), QStringLiteral("owner"));
    addField(form, tr("First response:"), QStringLiteral("firstResponse"));
    addField(form, tr("Resolution due:"), QStringLiteral("resolutionClock"));
    addField(form, tr("About:"), QStringLiteral("about"));
    addField(form, tr("Complaint:"), QStringLiteral("description"));
    addField(form, tr("Root cause:"), QStringLiteral("rootCause"));
    addField(form, tr("Corrective action:"), QStringLiteral("correctiveAction"));
    addField(form, tr("Responsible:"), QStringLiteral("responsible"));
    addField(form, tr("Resolution:"), QStringLiteral("resolution"));
    addField(form, tr("Outcome call:"), QStringLiteral("outcome"));
    addField(form, tr("Adverse reaction:"), QStringLiteral("adr"));

    m_note = new QLineEdit(m_content);
    m_note->setObjectName(QStringLiteral("complaintNote"));
    m_note->setMaxLength(core::ComplaintRepository::maxTextLength);
    m_note->setPlaceholderText(tr("Goes with the next step, pause, reopen or note"));
    auto *noteLabel = new QLabel(tr("Ne&xt-step note:"), m_content);
    noteLabel->setBuddy(m_note);

    auto *steps = new QGridLayout;
    int column = 0;
    int line = 0;
    for (core::ComplaintState state : forwardStates()) {
        auto *button = new QPushButton(buttonText(state), m_content);
        button->setObjectName(QStringLiteral("transition_") + core::complaintStateId(state));
        connect(button, &QPushButton::clicked, this, [this, state] { runTransition(state); });
        m_transitions.insert(state, button);
        steps->addWidget(button, line, column);
        if (++column == 3) {
            column = 0;
            ++line;
        }
    }
    m_reopen = new QPushButton(tr("R&eopen"), m_content);
    m_reopen->setObjectName(QStringLiteral("complaintReopen"));
    connect(m_reopen, &QPushButton::clicked, this, &ComplaintDetailWidget::reopen);
    steps->addWidget(m_reopen, line, column);

    m_pause = new QPushButton(m_content);
    m_pause->setObjectName(QStringLiteral("complaintPause"));
    connect(m_pause, &QPushButton::clicked, this, &ComplaintDetailWidget::togglePause);
    m_addNote = new QPushButton(tr("A&dd note"), m_content);
    m_addNote->setObjectName(QStringLiteral("complaintAddNote"));
    connect(m_addNote, &QPushButton::clicked, this, &ComplaintDetailWidget::addNote);
    m_findings = new QPushButton(tr("Investigation &findings…"), m_content);
    m_findings->setObjectName(QStringLiteral("complaintFindings"));
    connect(m_findings, &QPushButton::clicked, this,
            [this] { runStep(static_cast<int>(ComplaintStepDialog::Mode::Findings)); });
    auto *more = new QHBoxLayout;
    more->addWidget(m_pause);
    more->addWidget(m_addNote);
    more->addWidget(m_findings);
    more->addStretch(1);

    m_owner = new QComboBox(m_content);
    m_owner->setObjectName(QStringLiteral("complaintOwner"));
    m_owner->setAccessibleName(tr("Owner"));
    m_assign = new QPushButton(tr("Assi&gn"), m_content);
    m_assign->setObjectName(QStringLiteral("complaintAssign"));
    connect(m_assign, &QPushButton::clicked, this, &ComplaintDetailWidget::assign);
    auto *assignRow = new QHBoxLayout;
    assignRow->addWidget(new QLabel(tr("Owner:"), m_content));
    assignRow->addWidget(m_owner, 1);
    assignRow->addWidget(m_assign);

    m_adrRow = new QWidget(m_content);
    m_printAdr = new QPushButton(tr("&Print ADR report…"), m_adrRow);
    m_printAdr->setObjectName(QStringLiteral("complaintPrintAdr"));
    connect(m_printAdr, &QPushButton::clicked, this, &ComplaintDetailWidget::chooseAdrFile);
    m_reportManufacturer = new QPushButton(tr("Reported to man&ufacturer"), m_adrRow);
    m_reportManufacturer->setObjectName(QStringLiteral("complaintReportManufacturer"));
    connect(m_reportManufacturer, &QPushButton::clicked, this, [this] { markReported(false); });
    m_reportRegulator = new QPushButton(tr("&Reported to regulator"), m_adrRow);
    m_reportRegulator->setObjectName(QStringLiteral("complaintReportRegulator"));
    connect(m_reportRegulator, &QPushButton::clicked, this, [this] { markReported(true); });
    auto *adrLayout = new QHBoxLayout(m_adrRow);
    adrLayout->setContentsMargins(0, 0, 0, 0);
    adrLayout->addWidget(m_printAdr);
    adrLayout->addWidget(m_reportManufacturer);
    adrLayout->addWidget(m_reportRegulator);
    adrLayout->addStretch(1);

    m_error = new QLabel(m_content);
    m_error->setObjectName(QStringLiteral("complaintError"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #8c1d18; background-color: #fdecea; "
                                          "border: 1px solid #f2b8b5; border-radius: 4px; padding: 6px 8px; }"));
    m_error->hide();

    m_history = new ComplaintEventTableModel(this);
    m_historyView = new QTableView(m_content);
    m_historyView->setObjectName(QStringLiteral("complaintHistory"));
    m_historyView->setAccessibleName(tr("History"));
    m_historyView->setModel(m_history);
    m_historyView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_historyView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_historyView->setTabKeyNavigation(false);
    m_historyView->setWordWrap(false);
    m_historyView->verticalHeader()->hide();
    m_historyView->horizontalHeader()->setStretchLastSection(true);
    m_historyView->horizontalHeader()->resizeSection(
        ComplaintEventTableModel::Time,
        m_historyView->fontMetrics().horizontalAdvance(QStringLiteral("0000-00-00 00:00")) + 16);
    m_historyView->setMinimumHeight(m_historyView->fontMetrics().height() * 8);
    auto *historyLabel = new QLabel(tr("&History"), m_content);
    historyLabel->setBuddy(m_historyView);

    auto *noteRow = new QHBoxLayout;
    noteRow->addWidget(noteLabel);
    noteRow->addWidget(m_note, 1);

    auto *content = new QVBoxLayout(m_content);
    content->setContentsMargins(0, 0, 0, 0);
    content->addLayout(titleRow);
    content->addLayout(form);
    content->addWidget(m_error);
    content->addLayout(noteRow);
    content->addLayout(steps);
    content->addLayout(more);
    content->addLayout(assignRow);
    content->addWidget(m_adrRow);
    content->addWidget(historyLabel);
    content->addWidget(m_historyView, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 0, 0, 0);
    layout->addWidget(m_placeholder, 1);
    layout->addWidget(m_content, 1);
    m_content->hide();

    m_owner->addItem(tr("(unassigned)"), QString());
    if (auto staff = m_repository.handlers()) {
        for (const core::ComplaintStaff &s : std::as_const(*staff)) {
            m_owner->addItem(tr("%1 (%2)").arg(s.userName, core::roleDisplayName(s.role)), s.userName);
        }
    }
}

ComplaintDetailWidget::~ComplaintDetailWidget() = default;

QLabel *ComplaintDetailWidget::addField(QFormLayout *form, const QString &label, const QString &objectName)
{
    auto *value = new QLabel(m_content);
    value->setObjectName(QStringLiteral("complaintField_") + objectName);
    value->setTextFormat(Qt::PlainText);
    value->setWordWrap(true);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(label, value);
    m_fields.insert(objectName, value);
    return value;
}

QPushButton *ComplaintDetailWidget::transitionButton(core::ComplaintState state) const
{
    return m_transitions.value(state);
}

void ComplaintDetailWidget::showComplaint(core::ComplaintId id)
{
    m_complaint = core::Complaint{};
    m_complaint.id = id;
    m_error->hide();
    m_note->clear();
    refresh();
}

void ComplaintDetailWidget::refresh()
{
    const core::ComplaintId id = m_complaint.id;
    auto found = id > 0 ? m_repository.findById(id)
                        : core::Result<core::Complaint>(core::makeError(core::ErrorCode::NotFound, {}));
    auto events =
        id > 0 ? m_repository.history(id) : core::Result<QList<core::ComplaintEvent>>(QList<core::ComplaintEvent>{});
    if (!found || !events) {
        m_complaint = core::Complaint{};
        m_history->setEvents({});
        m_content->hide();
        m_placeholder->show();
        return;
    }
    m_complaint = *found;
    m_history->setEvents(*events);
    m_historyView->scrollToBottom();
    m_sla.reset();
    if (auto engine = m_repository.slaEngine()) {
        m_sla = engine->evaluate(m_complaint, *events, m_clock.nowUtc());
    }
    m_customerName.clear();
    if (auto customer = core::CustomerRepository(m_database, m_clock).findById(m_complaint.customerId)) {
        m_customerName = tr("%1 (member no. %2)").arg(customer->name, customer->memberNumber);
    }
    const core::Complaint &c = m_complaint;
    m_title->setText(tr("Complaint no. %1 — %2").arg(c.id).arg(m_customerName));
    m_fields.value(QStringLiteral("category"))
        ->setText(tr("%1 · %2 · via %3")
                      .arg(core::complaintCategoryLabel(c.category), core::needsPriorityLabel(c.needsPriority),
                           core::complaintChannelLabel(c.channel)));
    m_fields.value(QStringLiteral("severity"))
        ->setText(
            tr("%1 severity · %2 time limits").arg(core::severityLabel(c.severity), core::slaClassLabel(c.slaClass)));
    m_fields.value(QStringLiteral("received"))
        ->setText(tr("%1 by %2").arg(CustomerText::dateTime(c.receivedAt), c.createdBy));
    m_fields.value(QStringLiteral("state"))
        ->setText(
            c.waitingOnCustomer && c.isOpen()
                ? tr("%1 — waiting on the customer, the clocks are stopped").arg(core::complaintStateLabel(c.state))
            : c.reopenCount > 0
                ? tr("%1 (reopened %n time(s))", nullptr, c.reopenCount).arg(core::complaintStateLabel(c.state))
                : core::complaintStateLabel(c.state));
    m_fields.value(QStringLiteral("owner"))->setText(c.owner.isEmpty() ? tr("unassigned") : c.owner);
    const auto clockText = [](const core::SlaClockState &clock) {
        const QString left = ComplaintTableModel::leftText(clock);
        if (clock.running()) {
            return tr("due %1 · %2 (%3)")
                .arg(CustomerText::dateTime(clock.due), left, core::slaStatusLabel(clock.status));
        }
        return tr("%1 on %2").arg(left, CustomerText::dateTime(clock.metAt));
    };
    m_fields.value(QStringLiteral("firstResponse"))->setText(m_sla ? clockText(m_sla->firstResponse) : QString());
    m_fields.value(QStringLiteral("resolutionClock"))->setText(m_sla ? clockText(m_sla->resolution) : QString());
    QStringList about;
    if (!c.department.isEmpty()) {
        about << c.department;
    }
    if (!c.staff.isEmpty()) {
        about << c.staff;
    }
    if (c.visitId) {
        about << tr("visit no. %1").arg(*c.visitId);
    }
    if (c.sourceSurveyId) {
        about << tr("from survey response no. %1").arg(*c.sourceSurveyId);
    }
    m_fields.value(QStringLiteral("about"))->setText(about.isEmpty() ? tr("–") : about.join(tr(" · ")));
    m_fields.value(QStringLiteral("description"))->setText(c.description);
    const auto orDash = [](const QString &text) { return text.isEmpty() ? tr("–") : text; };
    m_fields.value(QStringLiteral("rootCause"))->setText(orDash(c.rootCause));
    m_fields.value(QStringLiteral("correctiveAction"))->setText(orDash(c.correctiveAction));
    m_fields.value(QStringLiteral("responsible"))
        ->setText(orDash(QStringList{c.responsibleDepartment, c.responsibleStaff}.join(QLatin1Char(' ')).trimmed()));
    m_fields.value(QStringLiteral("resolution"))->setText(orDash(c.resolution));
    m_fields.value(QStringLiteral("outcome"))
        ->setText(
            c.outcomeCallResult.isEmpty()
                ? tr("–")
                : tr("%1 (satisfaction %2 of 5)").arg(c.outcomeCallResult).arg(c.outcomeSatisfaction.value_or(0)));
    const bool adr = c.category == core::ComplaintCategory::AdverseDrugReaction;
    QLabel *adrField = m_fields.value(QStringLiteral("adr"));
    adrField->setVisible(adr);
    m_form->setRowVisible(adrField, adr);
    if (adr) {
        adrField->setText(
            tr("%1 · began %2 · manufacturer: %3 · regulator: %4")
                .arg(orDash(c.adrDrug), c.adrOnsetDate.isValid() ? CustomerText::date(c.adrOnsetDate) : tr("unknown"),
                     c.adrReportedManufacturerAt.isValid() ? CustomerText::dateTime(c.adrReportedManufacturerAt)
                                                           : tr("not reported"),
                     c.adrReportedRegulatorAt.isValid() ? CustomerText::dateTime(c.adrReportedRegulatorAt)
                                                        : tr("not reported")));
    }
    m_owner->setCurrentIndex(std::max(0, m_owner->findData(c.owner)));
    m_placeholder->hide();
    m_content->show();
    updateButtons();
}

void ComplaintDetailWidget::updateButtons()
{
    const core::Complaint &c = m_complaint;
    const bool handler = core::ComplaintRepository::canHandle(m_database.session().role);
    for (core::ComplaintState state : forwardStates()) {
        // Texts the step dialogs ask for do not count here: only the order of states and closing's outcome call.
        core::TransitionDetails placeholder;
        if (state == core::ComplaintState::Resolved) {
            placeholder = {QStringLiteral("-"), QStringLiteral("-"), QStringLiteral("-"), {}, std::nullopt};
        } else if (state == core::ComplaintState::OutcomeTold) {
            placeholder = {{}, {}, {}, QStringLiteral("-"), 3};
        }
        const QString problem = core::ComplaintRepository::transitionProblem(c, state, placeholder);
        QPushButton *button = m_transitions.value(state);
        const bool allowed = handler && problem.isEmpty();
        button->setEnabled(allowed);
        button->setToolTip(!handler ? roleRefusal()
                           : !problem.isEmpty()
                               ? problem
                               : tr("Moves the complaint to \"%1\"").arg(core::complaintStateLabel(state)));
    }
    const bool reopenable = c.state == core::ComplaintState::Resolved || c.state == core::ComplaintState::OutcomeTold ||
                            c.state == core::ComplaintState::Closed;
    m_reopen->setEnabled(handler && reopenable);
    m_reopen->setToolTip(!handler     ? roleRefusal()
                         : reopenable ? tr("Back to investigating; write the reason in the note field first")
                                      : tr("Only a resolved or closed complaint can be reopened."));
    m_pause->setText(c.waitingOnCustomer ? tr("Customer ans&wered") : tr("&Wait on customer"));
    m_pause->setEnabled(handler && c.isOpen());
    m_pause->setToolTip(!handler      ? roleRefusal()
                        : !c.isOpen() ? tr("The complaint is closed.")
                        : c.waitingOnCustomer
                            ? tr("Starts the clocks again")
                            : tr("Stops the clocks while you wait for the customer (a document, a call back)"));
    m_assign->setEnabled(handler && c.isOpen());
    m_owner->setEnabled(handler && c.isOpen());
    m_assign->setToolTip(handler ? tr("Gives the complaint to the chosen owner") : roleRefusal());
    m_findings->setEnabled(handler && c.isOpen());
    m_findings->setToolTip(handler ? tr("Root cause, corrective action and who was responsible") : roleRefusal());
    m_addNote->setToolTip(tr("Adds the note field's text to the history"));
    const bool adr = c.category == core::ComplaintCategory::AdverseDrugReaction;
    m_adrRow->setVisible(adr);
    const bool canReport = handler && !c.adrDrug.isEmpty();
    m_reportManufacturer->setEnabled(canReport && !c.adrReportedManufacturerAt.isValid());
    m_reportRegulator->setEnabled(canReport && !c.adrReportedRegulatorAt.isValid());
    const QString reportTip = !handler              ? roleRefusal()
                              : c.adrDrug.isEmpty() ? tr("Record the suspected drug first.")
                                                    : tr("Stamps the report with the time now");
    m_reportManufacturer->setToolTip(c.adrReportedManufacturerAt.isValid() ? tr("Already reported.") : reportTip);
    m_reportRegulator->setToolTip(c.adrReportedRegulatorAt.isValid() ? tr("Already reported.") : reportTip);
}

void ComplaintDetailWidget::focusFirstAction()
{
    for (core::ComplaintState state : forwardStates()) {
        if (m_transitions.value(state)->isEnabled()) {
            m_transitions.value(state)->setFocus(Qt::OtherFocusReason);
            return;
        }
    }
    m_note->setFocus(Qt::OtherFocusReason);
}

void ComplaintDetailWidget::fail(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void ComplaintDetailWidget::done()
{
    m_note->clear();
    fail({});
    refresh();
    Q_EMIT changed(m_complaint.id);
}

void ComplaintDetailWidget::runTransition(core::ComplaintState to)
{
    if (to == core::ComplaintState::Resolved) {
        runStep(static_cast<int>(ComplaintStepDialog::Mode::Resolve));
        return;
    }
    if (to == core::ComplaintState::OutcomeTold) {
        runStep(static_cast<int>(ComplaintStepDialog::Mode::OutcomeCall));
        return;
    }
    auto moved = m_repository.transition(m_complaint.id, to, m_note->text());
    if (!moved) {
        fail(moved.error().message);
        return;
    }
    done();
}

void ComplaintDetailWidget::runStep(int mode)
{
    ComplaintStepDialog dialog(static_cast<ComplaintStepDialog::Mode>(mode), m_complaint, m_repository, this);
    if (dialog.exec() == QDialog::Accepted) {
        done();
    }
}

void ComplaintDetailWidget::togglePause()
{
    auto result = m_complaint.waitingOnCustomer ? m_repository.resume(m_complaint.id, m_note->text())
                                                : m_repository.pause(m_complaint.id, m_note->text());
    if (!result) {
        fail(result.error().message);
        return;
    }
    done();
}

void ComplaintDetailWidget::reopen()
{
    if (m_note->text().trimmed().isEmpty()) {
        fail(tr("Write why the complaint is reopened in the note field, then choose Reopen again."));
        m_note->setFocus(Qt::OtherFocusReason);
        return;
    }
    auto reopened = m_repository.reopen(m_complaint.id, m_note->text());
    if (!reopened) {
        fail(reopened.error().message);
        return;
    }
    done();
}

void ComplaintDetailWidget::assign()
{
    auto assigned = m_repository.assign(m_complaint.id, m_owner->currentData().toString(), m_note->text());
    if (!assigned) {
        fail(assigned.error().message);
        return;
    }
    done();
}

void ComplaintDetailWidget::addNote()
{
    const core::Status added = m_repository.addNote(m_complaint.id, m_note->text());
    if (!added) {
        fail(added.error().message);
        m_note->setFocus(Qt::OtherFocusReason);
        return;
    }
    done();
}

void ComplaintDetailWidget::markReported(bool regulator)
{
    auto marked = m_repository.markAdrReported(
        m_complaint.id, regulator ? core::AdrRecipient::Regulator : core::AdrRecipient::Manufacturer, m_note->text());
    if (!marked) {
        fail(marked.error().message);
        return;
    }
    done();
}

void ComplaintDetailWidget::chooseAdrFile()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QDir(folder).filePath(tr("adr-report-%1.pdf").arg(m_complaint.id));
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save ADR Report"), suggested, tr("PDF documents (*.pdf)"));
    if (!path.isEmpty()) {
        saveAdrReport(path);
    }
}

bool ComplaintDetailWidget::saveAdrReport(const QString &path)
{
    auto report = m_repository.adrReport(m_complaint.id, m_database.session().userName, m_database.siteName());
    if (!report) {
        MessageBox::error(this, tr("Report Not Saved"), report.error());
        return false;
    }
    // The file leaves the encrypted database: the audit trail records who wrote which report (no names).
    core::AuditLog audit(m_database, m_clock);
    if (const core::Status logged =
            audit.record(QStringLiteral("complaints.adr_report"), QStringLiteral("complaint:%1").arg(m_complaint.id));
        !logged) {
        MessageBox::error(this, tr("Report Not Saved"), logged.error());
        return false;
    }
    const core::Status written = AdrReportPdf::write(*report, path);
    if (!written) {
        MessageBox::error(this, tr("Report Not Saved"), written.error());
        return false;
    }
    return true;
}

} // namespace caredesk::ui
