// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/complaints/ComplaintIntakeDialog.h"

#include "core/common/Clock.h"
#include "core/complaints/ComplaintRepository.h"
#include "core/customers/CustomerRepository.h"
#include "core/storage/Database.h"
#include "core/visits/VisitRepository.h"
#include "ui/common/RecordForm.h"
#include "ui/customers/CustomerText.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace caredesk::ui {

namespace {

template <typename T> void fill(QComboBox *combo, const QList<T> &values, QString (*label)(T))
{
    for (T value : values) {
        combo->addItem(label(value), static_cast<int>(value));
    }
}

template <typename T> void select(QComboBox *combo, T value)
{
    combo->setCurrentIndex(std::max(0, combo->findData(static_cast<int>(value))));
}

template <typename T> T current(const QComboBox *combo)
{
    return static_cast<T>(combo->currentData().toInt());
}

constexpr int searchLimit = 20;

} // namespace

ComplaintIntakeDialog::ComplaintIntakeDialog(core::Database &database, core::ComplaintRepository &complaints,
                                             const core::Clock &clock, core::CustomerId customerId, QWidget *parent)
    : QDialog(parent), m_database(database), m_complaints(complaints), m_clock(clock),
      m_customers(std::make_unique<core::CustomerRepository>(database, clock)),
      m_visits(std::make_unique<core::VisitRepository>(database, clock))
{
    setWindowTitle(tr("New Complaint"));

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("complaintCustomerSearch"));
    m_search->setPlaceholderText(tr("Name, pinyin, phone or member number"));
    m_search->setClearButtonEnabled(true);
    m_customer = new QComboBox(this);
    m_customer->setObjectName(QStringLiteral("complaintCustomer"));
    m_customer->setMinimumContentsLength(30);
    m_customer->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_customer->addItem(tr("Type to search for the customer"), qint64(0));
    connect(m_search, &QLineEdit::textEdited, this, &ComplaintIntakeDialog::search);
    connect(m_customer, &QComboBox::currentIndexChanged, this,
            [this] { setCustomer(m_customer->currentData().toLongLong()); });

    m_channel = new QComboBox(this);
    m_channel->setObjectName(QStringLiteral("complaintChannel"));
    fill(m_channel, core::allComplaintChannels(), core::complaintChannelLabel);
    m_category = new QComboBox(this);
    m_category->setObjectName(QStringLiteral("complaintCategory"));
    fill(m_category, core::allComplaintCategories(), core::complaintCategoryLabel);
    select(m_category, core::ComplaintCategory::ServiceProcess);
    m_severity = new QComboBox(this);
    m_severity->setObjectName(QStringLiteral("complaintSeverity"));
    fill(m_severity, core::allSeverities(), core::severityLabel);
    m_slaClass = new QComboBox(this);
    m_slaClass->setObjectName(QStringLiteral("complaintSlaClass"));
    fill(m_slaClass, core::allSlaClasses(), core::slaClassLabel);
    m_priority = new QComboBox(this);
    m_priority->setObjectName(QStringLiteral("complaintPriority"));
    fill(m_priority, core::allNeedsPriorities(), core::needsPriorityLabel);
    select(m_priority, core::NeedsPriority::General);
    connect(m_category, &QComboBox::currentIndexChanged, this, &ComplaintIntakeDialog::onCategoryChanged);
    // activated: only a person's choice stops the severity and SLA class from following the category.
    connect(m_severity, &QComboBox::activated, this, [this] {
        m_severityTouched = true;
        onSeverityChanged();
    });
    connect(m_slaClass, &QComboBox::activated, this, [this] { m_slaTouched = true; });

    m_received = RecordForm::dateTimeEdit(clock.nowUtc(), this);
    m_received->setObjectName(QStringLiteral("complaintReceived"));

    m_description = new QPlainTextEdit(this);
    m_description->setObjectName(QStringLiteral("complaintDescription"));
    m_description->setTabChangesFocus(true);
    m_description->setPlaceholderText(tr("What happened, in the customer's words; Ctrl+Enter saves"));
    m_description->setFixedHeight(m_description->fontMetrics().lineSpacing() * 4 + 12);
    m_description->setMinimumWidth(420);

    m_visit = new QComboBox(this);
    m_visit->setObjectName(QStringLiteral("complaintVisit"));
    RecordForm::fillVisits(m_visit, {});
    connect(m_visit, &QComboBox::currentIndexChanged, this, &ComplaintIntakeDialog::onVisitChanged);
    m_staff = new QLineEdit(this);
    m_staff->setObjectName(QStringLiteral("complaintStaff"));
    m_staff->setMaxLength(100);
    m_department = new QLineEdit(this);
    m_department->setObjectName(QStringLiteral("complaintDepartment"));
    m_department->setMaxLength(100);
    m_adrDrug = new QLineEdit(this);
    m_adrDrug->setObjectName(QStringLiteral("complaintAdrDrug"));
    m_adrDrug->setMaxLength(200);
    m_adrDrug->setPlaceholderText(tr("For adverse drug reactions"));

    m_owner = new QComboBox(this);
    m_owner->setObjectName(QStringLiteral("complaintOwnerChoice"));
    m_owner->addItem(tr("(unassigned)"), QString());
    if (auto staff = m_complaints.handlers()) {
        for (const core::ComplaintStaff &s : std::as_const(*staff)) {
            m_owner->addItem(tr("%1 (%2)").arg(s.userName, core::roleDisplayName(s.role)), s.userName);
        }
    }
    if (core::ComplaintRepository::canHandle(database.session().role)) {
        m_owner->setCurrentIndex(std::max(0, m_owner->findData(database.session().userName)));
    }

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    QLabel *searchLabel = RecordForm::addRow(form, tr("&Find customer:"), m_search);
    RecordForm::addRow(form, tr("C&ustomer:"), m_customer,
                       RecordForm::withError(m_customer, QStringLiteral("customer"), &m_customerError, this));
    RecordForm::addRow(form, tr("C&hannel:"), m_channel);
    RecordForm::addRow(form, tr("&Category:"), m_category);
    RecordForm::addRow(form, tr("Se&verity:"), m_severity);
    RecordForm::addRow(form, tr("&Time limits:"), m_slaClass);
    RecordForm::addRow(form, tr("&Needs:"), m_priority);
    RecordForm::addRow(form, tr("&Received:"), m_received);
    RecordForm::addRow(form, tr("&Description:"), m_description,
                       RecordForm::withError(m_description, QStringLiteral("description"), &m_descriptionError, this));
    RecordForm::addRow(form, tr("About vis&it:"), m_visit);
    RecordForm::addRow(form, tr("&Staff member:"), m_staff);
    RecordForm::addRow(form, tr("De&partment:"), m_department);
    RecordForm::addRow(form, tr("Suspected dru&g:"), m_adrDrug);
    RecordForm::addRow(form, tr("&Owner:"), m_owner);

    m_saveError = RecordForm::messageBar(this);
    QDialogButtonBox *buttons = RecordForm::saveCancelButtons(
        this, tr("Save co&mplaint"), [this] { save(); }, &m_saveButton);
    QWidget *cancel = buttons->button(QDialogButtonBox::Cancel);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 12);
    layout->setSpacing(10);
    layout->addLayout(form);
    layout->addWidget(m_saveError);
    layout->addStretch(1);
    layout->addWidget(buttons);
    layout->setSizeConstraint(QLayout::SetMinimumSize);

    RecordForm::setTabOrder({m_search, m_customer, m_channel, m_category, m_severity, m_slaClass, m_priority,
                             m_received, m_description, m_visit, m_staff, m_department, m_adrDrug, m_owner,
                             m_saveButton, cancel});
    onCategoryChanged();
    if (customerId > 0) {
        if (auto customer = m_customers->findById(customerId)) {
            m_customer->clear();
            m_customer->addItem(CustomerText::summaryLine(*customer), customer->id);
            m_search->hide();
            searchLabel->hide();
            setWindowTitle(tr("New Complaint — %1").arg(customer->name));
            m_channel->setFocus();
            return;
        }
    }
    m_search->setFocus();
}

ComplaintIntakeDialog::~ComplaintIntakeDialog() = default;

void ComplaintIntakeDialog::search(const QString &text)
{
    const QSignalBlocker blocker(m_customer);
    m_customer->clear();
    const QString query = text.trimmed();
    if (query.isEmpty()) {
        m_customer->addItem(tr("Type to search for the customer"), qint64(0));
    } else if (auto result = m_customers->search(query, {}, searchLimit)) {
        for (const core::SearchHit &hit : std::as_const(result->hits)) {
            m_customer->addItem(CustomerText::summaryLine(hit.customer), hit.customer.id);
        }
        if (result->hits.isEmpty()) {
            m_customer->addItem(tr("No customer matches \"%1\". Register the customer first.").arg(query), qint64(0));
        }
    } else {
        m_customer->addItem(result.error().message, qint64(0));
    }
    m_customer->setCurrentIndex(0);
    setCustomer(m_customer->currentData().toLongLong());
}

void ComplaintIntakeDialog::setCustomer(core::CustomerId id)
{
    if (id == m_customerId) {
        return;
    }
    m_customerId = id;
    RecordForm::setError(m_customerError, {});
    m_recentVisits.clear();
    if (id > 0) {
        if (auto visits = m_visits->visitsOf(id)) {
            m_recentVisits = *visits;
        }
    }
    const QSignalBlocker blocker(m_visit);
    RecordForm::fillVisits(m_visit, m_recentVisits);
    onVisitChanged();
}

void ComplaintIntakeDialog::onCategoryChanged()
{
    const auto category = current<core::ComplaintCategory>(m_category);
    if (!m_severityTouched) {
        select(m_severity, core::defaultSeverity(category));
    }
    onSeverityChanged();
    m_adrDrug->setEnabled(category == core::ComplaintCategory::AdverseDrugReaction);
}

void ComplaintIntakeDialog::onSeverityChanged()
{
    if (!m_slaTouched) {
        select(m_slaClass, core::defaultSlaClass(current<core::ComplaintSeverity>(m_severity)));
    }
}

void ComplaintIntakeDialog::onVisitChanged()
{
    const qint64 visitId = m_visit->currentData().toLongLong();
    QString staff;
    QString department;
    for (const core::Visit &v : std::as_const(m_recentVisits)) {
        if (v.id == visitId) {
            staff = v.staff;
            department = v.department;
        }
    }
    // Fill in from the visit, but never over what the person typed.
    if (m_staff->text() == m_prefilledStaff) {
        m_staff->setText(staff);
        m_prefilledStaff = staff;
    }
    if (m_department->text() == m_prefilledDepartment) {
        m_department->setText(department);
        m_prefilledDepartment = department;
    }
}

void ComplaintIntakeDialog::save()
{
    if (m_saved.id != 0) {
        return;
    }
    RecordForm::setError(m_customerError, {});
    RecordForm::setError(m_descriptionError, {});
    RecordForm::setError(m_saveError, {});
    core::Complaint c;
    c.customerId = m_customer->currentData().toLongLong();
    c.channel = current<core::ComplaintChannel>(m_channel);
    c.category = current<core::ComplaintCategory>(m_category);
    c.severity = current<core::ComplaintSeverity>(m_severity);
    c.slaClass = current<core::SlaClass>(m_slaClass);
    c.needsPriority = current<core::NeedsPriority>(m_priority);
    c.receivedAt = m_received->dateTime().toUTC();
    c.description = m_description->toPlainText().trimmed();
    if (const qint64 visitId = m_visit->currentData().toLongLong(); visitId > 0) {
        c.visitId = visitId;
    }
    c.staff = m_staff->text().simplified();
    c.department = m_department->text().simplified();
    c.owner = m_owner->currentData().toString();
    if (c.category == core::ComplaintCategory::AdverseDrugReaction) {
        c.adrDrug = m_adrDrug->text().simplified();
    }
    if (c.customerId <= 0) {
        RecordForm::setError(m_customerError, tr("Find the customer who complained: type a name, phone or member "
                                                 "number above."));
        (m_search->isVisible() ? static_cast<QWidget *>(m_search) : m_customer)->setFocus(Qt::OtherFocusReason);
        return;
    }
    if (c.description.isEmpty()) {
        RecordForm::setError(m_descriptionError, tr("Describe the complaint in the customer's words."));
        m_description->setFocus(Qt::OtherFocusReason);
        return;
    }
    auto saved = m_complaints.create(c);
    if (!saved) {
        RecordForm::setError(m_saveError, saved.error().message);
        return;
    }
    m_saved = *saved;
    accept();
}

} // namespace caredesk::ui
