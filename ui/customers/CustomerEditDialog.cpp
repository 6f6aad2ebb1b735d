// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/customers/CustomerEditDialog.h"

#include "core/common/Clock.h"
#include "core/customers/CustomerValidator.h"
#include "ui/customers/CustomerText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace caredesk::ui {

namespace {

QString errorStyleSheet()
{
    return QStringLiteral("QLabel { color: #8c1d18; }");
}

/** "a, b，c；d" -> {a, b, c, d}: staff type Chinese and Latin separators alike. */
QStringList splitList(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[,;\\x{FF0C}\\x{FF1B}\\x{3001}]"));
    QStringList items;
    for (const QString &part : text.split(separators, Qt::SkipEmptyParts)) {
        const QString item = part.simplified();
        if (!item.isEmpty() && !items.contains(item)) {
            items << item;
        }
    }
    return items;
}

/** yyyy-MM-dd, also with / or . and without leading zeros, or yyyyMMdd; invalid date for anything else. */
QDate parseDate(const QString &text)
{
    const QString trimmed = text.trimmed();
    static const QRegularExpression compact(QStringLiteral("^(\\d{4})(\\d{2})(\\d{2})$"));
    static const QRegularExpression separated(QStringLiteral("^(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})$"));
    QRegularExpressionMatch match = compact.match(trimmed);
    if (!match.hasMatch()) {
        match = separated.match(trimmed);
    }
    if (!match.hasMatch()) {
        return {};
    }
    return QDate(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
}

template <typename E> void selectData(QComboBox *combo, E value)
{
    combo->setCurrentIndex(std::max(0, combo->findData(static_cast<int>(value))));
}

template <typename E> E currentEnum(const QComboBox *combo)
{
    return static_cast<E>(combo->currentData().toInt());
}

} // namespace

CustomerEditDialog::CustomerEditDialog(core::CustomerRepository &repository, const core::Clock &clock,
                                       core::SiteProfile profile, const core::Customer &customer, QWidget *parent)
    : QDialog(parent), m_repository(repository), m_clock(clock), m_profile(profile), m_original(customer)
{
    setWindowTitle(isNew() ? tr("New Customer") : tr("Edit Customer — %1").arg(customer.name));

    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kind"));
    m_kind->addItem(core::kindName(core::CustomerKind::Individual), static_cast<int>(core::CustomerKind::Individual));
    m_kind->addItem(core::kindName(core::CustomerKind::Organisation),
                    static_cast<int>(core::CustomerKind::Organisation));

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setMaxLength(100);
    m_name->setMinimumWidth(260);

    m_sex = new QComboBox(this);
    m_sex->setObjectName(QStringLiteral("sex"));
    for (auto sex : {core::Sex::Unknown, core::Sex::Female, core::Sex::Male}) {
        m_sex->addItem(core::sexName(sex), static_cast<int>(sex));
    }

    m_birthDate = new QLineEdit(this);
    m_birthDate->setObjectName(QStringLiteral("birthDate"));
    m_birthDate->setPlaceholderText(tr("YYYY-MM-DD, empty if not known"));
    m_birthDate->setToolTip(tr("For example 1980-05-17. Leave it empty when the date of birth is not known."));

    m_idNumber = new QLineEdit(this);
    m_idNumber->setObjectName(QStringLiteral("idNumber"));
    m_idNumber->setMaxLength(20);
    m_idNumber->setPlaceholderText(tr("Only if the customer gives it"));

    m_phone = new QLineEdit(this);
    m_phone->setObjectName(QStringLiteral("phone"));
    m_phone->setPlaceholderText(tr("Mobile or landline with area code"));
    m_phone->setInputMethodHints(Qt::ImhDialableCharactersOnly);
    m_phone2 = new QLineEdit(this);
    m_phone2->setObjectName(QStringLiteral("phone2"));
    m_phone2->setInputMethodHints(Qt::ImhDialableCharactersOnly);
    m_email = new QLineEdit(this);
    m_email->setObjectName(QStringLiteral("email"));
    m_email->setInputMethodHints(Qt::ImhEmailCharactersOnly);

    m_region = new QComboBox(this);
    m_region->setObjectName(QStringLiteral("region"));
    m_region->setEditable(true);
    m_region->setInsertPolicy(QComboBox::NoInsert);
    m_region->addItem(QString());
    if (auto regions = repository.regionsInUse()) {
        m_region->addItems(*regions);
    }
    m_region->setMinimumWidth(240);
    m_address = new QLineEdit(this);
    m_address->setObjectName(QStringLiteral("address"));

    m_source = new QComboBox(this);
    m_source->setObjectName(QStringLiteral("source"));
    for (auto source : {core::SourceChannel::Unknown, core::SourceChannel::WalkIn, core::SourceChannel::Referral,
                        core::SourceChannel::Campaign, core::SourceChannel::Online}) {
        m_source->addItem(core::sourceName(source), static_cast<int>(source));
    }
    m_channel = new QComboBox(this);
    m_channel->setObjectName(QStringLiteral("preferredChannel"));
    for (auto channel : {core::ContactChannel::None, core::ContactChannel::Phone, core::ContactChannel::Sms,
                         core::ContactChannel::WeChat, core::ContactChannel::Email, core::ContactChannel::Mail}) {
        m_channel->addItem(core::channelName(channel), static_cast<int>(channel));
    }

    m_tags = new QLineEdit(this);
    m_tags->setObjectName(QStringLiteral("tags"));
    m_tags->setToolTip(tr("Separate tags with commas"));
    m_tags->setPlaceholderText(tr("e.g. VIP, hypertension"));
    if (auto tags = repository.tagsInUse(); tags && !tags->isEmpty()) {
        m_tags->setToolTip(tr("Separate tags with commas. Tags in use: %1").arg(tags->join(QStringLiteral(", "))));
    }

    m_lifecycle = new QComboBox(this);
    m_lifecycle->setObjectName(QStringLiteral("lifecycle"));
    for (auto stage : {core::LifecycleStage::Potential, core::LifecycleStage::Intending, core::LifecycleStage::Deciding,
                       core::LifecycleStage::Active, core::LifecycleStage::Lost}) {
        m_lifecycle->addItem(core::lifecycleName(stage), static_cast<int>(stage));
    }

    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 4 + 12);

    m_personForm = new QFormLayout;
    m_personForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_personForm->addRow(tr("&Type:"), m_kind);
    m_personForm->addRow(tr("&Name:"), fieldWithError(m_name, QStringLiteral("name")));
    m_personForm->addRow(tr("&Sex:"), fieldWithError(m_sex, QStringLiteral("sex")));
    m_personForm->addRow(tr("Date of &birth:"), fieldWithError(m_birthDate, QStringLiteral("birthDate")));
    m_personForm->addRow(tr("&ID number:"), fieldWithError(m_idNumber, QStringLiteral("idNumber")));
    m_personForm->addRow(tr("&Phone:"), fieldWithError(m_phone, QStringLiteral("phone")));
    m_personForm->addRow(tr("Second p&hone:"), fieldWithError(m_phone2, QStringLiteral("phone2")));
    m_personForm->addRow(tr("&Email:"), fieldWithError(m_email, QStringLiteral("email")));

    auto *memberNumber = new QLabel(isNew() ? tr("Assigned when saved") : customer.memberNumber, this);
    memberNumber->setObjectName(QStringLiteral("memberNumber"));
    memberNumber->setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (isNew()) {
        memberNumber->setForegroundRole(QPalette::PlaceholderText);
    }

    auto *detailsForm = new QFormLayout;
    detailsForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    detailsForm->addRow(tr("Member number:"), memberNumber);
    detailsForm->addRow(tr("&Region:"), m_region);
    detailsForm->addRow(tr("&Address:"), m_address);
    detailsForm->addRow(tr("Sou&rce:"), m_source);
    detailsForm->addRow(tr("Pre&ferred channel:"), m_channel);
    detailsForm->addRow(tr("T&ags:"), m_tags);
    if (m_profile == core::SiteProfile::Clinic) {
        m_categories = new QLineEdit(this);
        m_categories->setObjectName(QStringLiteral("categories"));
        m_categories->setPlaceholderText(tr("e.g. internal medicine, diabetes"));
        m_categories->setToolTip(tr("Specialties and condition categories, separated with commas"));
        detailsForm->addRow(tr("Spe&cialties:"), m_categories);
    } else {
        m_chronic = new QCheckBox(tr("Needs regular (chronic) &medication"), this);
        m_chronic->setObjectName(QStringLiteral("chronicMedication"));
        detailsForm->addRow(QString(), m_chronic);
    }
    detailsForm->addRow(tr("&Lifecycle:"), m_lifecycle);

    auto *columns = new QHBoxLayout;
    columns->setSpacing(24);
    columns->addLayout(m_personForm, 1);
    columns->addLayout(detailsForm, 1);

    auto *notesLabel = new QLabel(tr("N&otes:"), this);
    notesLabel->setBuddy(m_notes);

    m_saveError = new QLabel(this);
    m_saveError->setObjectName(QStringLiteral("saveError"));
    m_saveError->setTextFormat(Qt::PlainText);
    m_saveError->setWordWrap(true);
    m_saveError->setStyleSheet(QStringLiteral("QLabel { color: #8c1d18; background-color: #fdecea; "
                                              "border: 1px solid #f2b8b5; border-radius: 4px; padding: 6px 8px; }"));
    m_saveError->hide();

    // The duplicate warning: shown instead of saving when the person may already be registered.
    auto *panel = new QFrame(this);
    panel->setObjectName(QStringLiteral("duplicateWarning"));
    panel->setStyleSheet(QStringLiteral("QFrame#duplicateWarning { background-color: #fff4e5; "
                                        "border: 1px solid #f0c36d; border-radius: 4px; }"
                                        "QFrame#duplicateWarning QLabel { background: transparent; }"));
    m_duplicatePanel = panel;
    m_duplicateHeading = new QLabel(panel);
    m_duplicateHeading->setObjectName(QStringLiteral("duplicateHeading"));
    m_duplicateHeading->setTextFormat(Qt::PlainText);
    m_duplicateHeading->setWordWrap(true);
    QFont headingFont = m_duplicateHeading->font();
    headingFont.setBold(true);
    m_duplicateHeading->setFont(headingFont);
    m_duplicateList = new QListWidget(panel);
    m_duplicateList->setObjectName(QStringLiteral("duplicateCandidates"));
    m_duplicateList->setAccessibleName(tr("Possible duplicates"));
    m_duplicateList->setWordWrap(true);
    connect(m_duplicateList, &QListWidget::itemActivated, this, &CustomerEditDialog::openSelectedExisting);
    m_openExisting = new QPushButton(tr("&Open Existing Customer"), panel);
    m_openExisting->setObjectName(QStringLiteral("openExisting"));
    m_openExisting->setToolTip(tr("Close this form and open the selected customer"));
    connect(m_openExisting, &QPushButton::clicked, this, &CustomerEditDialog::openSelectedExisting);
    auto *reasonLabel = new QLabel(tr("Or save a new customer anyway. Why is this a different person?"), panel);
    reasonLabel->setWordWrap(true);
    m_duplicateReason = new QLineEdit(panel);
    m_duplicateReason->setObjectName(QStringLiteral("duplicateReason"));
    m_duplicateReason->setPlaceholderText(tr("For example: mother and daughter share this phone"));
    reasonLabel->setBuddy(m_duplicateReason);
    m_saveAnyway = new QPushButton(tr("Save &Anyway"), panel);
    m_saveAnyway->setObjectName(QStringLiteral("saveAnyway"));
    m_saveAnyway->setToolTip(tr("Enter the reason first; it is kept in the customer's notes"));
    m_saveAnyway->setAutoDefault(false);
    connect(m_saveAnyway, &QPushButton::clicked, this, &CustomerEditDialog::saveAnyway);
    connect(m_duplicateReason, &QLineEdit::textChanged, this, &CustomerEditDialog::updateSaveAnyway);

    auto *openRow = new QHBoxLayout;
    openRow->addStretch(1);
    openRow->addWidget(m_openExisting);
    auto *reasonRow = new QHBoxLayout;
    reasonRow->addWidget(m_duplicateReason, 1);
    reasonRow->addWidget(m_saveAnyway);
    auto *panelLayout = new QVBoxLayout(panel);
    panelLayout->setContentsMargins(12, 10, 12, 10);
    panelLayout->addWidget(m_duplicateHeading);
    panelLayout->addWidget(m_duplicateList);
    panelLayout->addLayout(openRow);
    panelLayout->addWidget(reasonLabel);
    panelLayout->addLayout(reasonRow);
    panel->hide();

    auto *buttons = new QDialogButtonBox(this);
    m_saveButton = buttons->addButton(isNew() ? tr("&Register") : tr("&Save"), QDialogButtonBox::AcceptRole);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_saveButton->setDefault(true);
    auto *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    // Not buttons->accepted: the dialog closes only once the customer is saved.
    connect(m_saveButton, &QPushButton::clicked, this, &CustomerEditDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 12);
    layout->setSpacing(10);
    layout->addLayout(columns);
    layout->addWidget(notesLabel);
    layout->addWidget(m_notes);
    layout->addWidget(m_saveError);
    layout->addWidget(panel);
    layout->addStretch(1); // spare height stays below the form instead of spreading its rows apart
    layout->addWidget(buttons);
    layout->setSizeConstraint(QLayout::SetMinimumSize);

    // Pre-fill from the customer (new customers may come with what was typed in the search box).
    selectData(m_kind, customer.kind);
    m_name->setText(customer.name);
    selectData(m_sex, customer.sex);
    m_birthDate->setText(customer.birthDate.isValid() ? CustomerText::date(customer.birthDate) : QString());
    m_idNumber->setText(customer.idNumber);
    m_phone->setText(customer.phone);
    m_phone2->setText(customer.phone2);
    m_email->setText(customer.email);
    m_region->setCurrentText(customer.region);
    m_address->setText(customer.address);
    selectData(m_source, customer.source);
    selectData(m_channel, customer.preferredChannel);
    m_tags->setText(customer.tags.join(QStringLiteral(", ")));
    if (m_categories) {
        m_categories->setText(customer.categories.join(QStringLiteral(", ")));
    }
    if (m_chronic) {
        m_chronic->setChecked(customer.chronicMedication);
    }
    selectData(m_lifecycle, customer.lifecycle);
    m_notes->setPlainText(customer.notes);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &CustomerEditDialog::updateKind);
    // A change to what the duplicate check looks at makes the warning stale; Save checks again.
    for (QLineEdit *edit : {m_name, m_birthDate, m_idNumber, m_phone, m_phone2}) {
        connect(edit, &QLineEdit::textEdited, this, &CustomerEditDialog::hideDuplicates);
    }
    updateKind();
    m_name->setFocus();
}

CustomerEditDialog::~CustomerEditDialog() = default;

QWidget *CustomerEditDialog::fieldWithError(QWidget *field, const QString &fieldKey)
{
    auto *container = new QWidget(this);
    auto *layout = new QVBoxLayout(container);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    auto *error = new QLabel(container);
    error->setObjectName(QStringLiteral("error_") + fieldKey);
    error->setTextFormat(Qt::PlainText);
    error->setWordWrap(true);
    error->setStyleSheet(errorStyleSheet());
    error->hide();
    layout->addWidget(error);
    m_errorLabels.insert(fieldKey, error);
    m_fieldWidgets.insert(fieldKey, field);
    m_rows.insert(fieldKey, container);
    return container;
}

void CustomerEditDialog::updateKind()
{
    const bool individual = currentEnum<core::CustomerKind>(m_kind) == core::CustomerKind::Individual;
    for (const QString &key : {QStringLiteral("sex"), QStringLiteral("birthDate"), QStringLiteral("idNumber")}) {
        m_personForm->setRowVisible(m_rows.value(key), individual);
    }
    m_name->setPlaceholderText(individual ? tr("Full name as on the ID card") : tr("Organisation name"));
    if (m_chronic) {
        m_chronic->setEnabled(individual);
    }
    hideDuplicates();
}

core::Customer CustomerEditDialog::customerFromForm(bool *birthDateOk) const
{
    core::Customer c = m_original; // keeps what this form does not edit (organisation, referrer, activity)
    c.kind = currentEnum<core::CustomerKind>(m_kind);
    c.name = m_name->text();
    const bool individual = c.kind == core::CustomerKind::Individual;
    c.sex = individual ? currentEnum<core::Sex>(m_sex) : core::Sex::Unknown;
    *birthDateOk = true;
    c.birthDate = {};
    if (individual && !m_birthDate->text().trimmed().isEmpty()) {
        c.birthDate = parseDate(m_birthDate->text());
        *birthDateOk = c.birthDate.isValid();
    }
    c.idNumber = individual ? m_idNumber->text() : QString();
    c.phone = m_phone->text();
    c.phone2 = m_phone2->text();
    c.email = m_email->text();
    c.region = m_region->currentText().trimmed();
    c.address = m_address->text();
    c.source = currentEnum<core::SourceChannel>(m_source);
    c.preferredChannel = currentEnum<core::ContactChannel>(m_channel);
    c.tags = splitList(m_tags->text());
    if (m_categories) {
        c.categories = splitList(m_categories->text());
    }
    if (m_chronic) {
        c.chronicMedication = individual && m_chronic->isChecked();
    }
    c.lifecycle = currentEnum<core::LifecycleStage>(m_lifecycle);
    c.notes = m_notes->toPlainText().trimmed();
    return c;
}

void CustomerEditDialog::clearErrors()
{
    for (QLabel *label : std::as_const(m_errorLabels)) {
        label->clear();
        label->hide();
    }
    m_saveError->hide();
}

void CustomerEditDialog::showFieldErrors(const QList<core::FieldError> &errors)
{
    QWidget *first = nullptr;
    for (const core::FieldError &error : errors) {
        QLabel *label = m_errorLabels.value(error.field);
        if (!label) {
            showSaveError(error.message);
            continue;
        }
        label->setText(label->text().isEmpty() ? error.message : tr("%1\n%2").arg(label->text(), error.message));
        label->show();
        if (!first) {
            first = m_fieldWidgets.value(error.field);
        }
    }
    if (first) {
        first->setFocus(Qt::OtherFocusReason);
    }
}

void CustomerEditDialog::showSaveError(const QString &message)
{
    m_saveError->setText(message);
    m_saveError->show();
}

bool CustomerEditDialog::checkFields(core::Customer &customer)
{
    clearErrors();
    bool birthDateOk = true;
    customer = customerFromForm(&birthDateOk);
    QList<core::FieldError> errors;
    if (!birthDateOk) {
        errors.append({QStringLiteral("birthDate"),
                       tr("Enter the date as YYYY-MM-DD, for example 1980-05-17, or leave it empty if not known.")});
    }
    errors.append(core::CustomerValidator::validate(customer, m_clock.today()));
    showFieldErrors(errors);
    return errors.isEmpty();
}

bool CustomerEditDialog::needsDuplicateCheck(const core::Customer &draft) const
{
    if (isNew()) {
        return true;
    }
    return draft.name != m_original.name || draft.phone != m_original.phone || draft.phone2 != m_original.phone2 ||
           draft.birthDate != m_original.birthDate || draft.idNumber != m_original.idNumber;
}

void CustomerEditDialog::save()
{
    core::Customer draft;
    if (!checkFields(draft)) {
        return;
    }
    if (needsDuplicateCheck(draft)) {
        auto candidates = m_repository.findDuplicates(draft);
        if (!candidates) {
            showSaveError(candidates.error().message);
            return;
        }
        if (!candidates->isEmpty()) {
            showDuplicates(*candidates);
            return;
        }
    }
    store(draft);
}

void CustomerEditDialog::saveAnyway()
{
    const QString reason = m_duplicateReason->text().simplified();
    if (reason.isEmpty() || m_candidates.isEmpty()) {
        return;
    }
    core::Customer draft;
    if (!checkFields(draft)) {
        return;
    }
    QStringList numbers;
    for (const core::DuplicateCandidate &candidate : std::as_const(m_candidates)) {
        numbers << candidate.customer.memberNumber;
    }
    const QString note =
        tr("[Saved despite possible duplicate of %1: %2]").arg(numbers.join(QStringLiteral(", ")), reason);
    draft.notes = draft.notes.isEmpty() ? note : note + QLatin1Char('\n') + draft.notes;
    store(draft);
}

void CustomerEditDialog::showDuplicates(const QList<core::DuplicateCandidate> &candidates)
{
    m_candidates = candidates;
    m_duplicateHeading->setText(candidates.size() == 1
                                    ? tr("This person may already be registered:")
                                    : tr("These %1 customers may be the same person:").arg(candidates.size()));
    m_duplicateList->clear();
    for (const core::DuplicateCandidate &candidate : candidates) {
        auto *item = new QListWidgetItem(
            tr("%1\n%2").arg(CustomerText::summaryLine(candidate.customer), CustomerText::reasons(candidate.reasons)),
            m_duplicateList);
        item->setData(Qt::UserRole, candidate.customer.id);
        item->setToolTip(tr("Likelihood %1 of 100").arg(candidate.score));
    }
    m_duplicateList->setCurrentRow(0);
    m_duplicateReason->clear();
    m_duplicatePanel->show();
    fitDuplicateList();
    updateSaveAnyway();
    // While the warning stands, Enter opens the existing customer: the safe choice at a busy desk.
    m_saveButton->setEnabled(false);
    m_saveButton->setDefault(false);
    m_saveButton->setToolTip(tr("Open the existing customer or save anyway below, or change the details"));
    m_openExisting->setDefault(true);
    m_duplicateList->setFocus(Qt::OtherFocusReason);
}

void CustomerEditDialog::fitDuplicateList()
{
    // Each candidate shows whole: its summary and every reason, wrapped to the list's width; up to three show at
    // once, more scroll.
    layout()->activate();
    const int width = std::max(200, m_duplicateList->viewport()->width() - 2 * m_duplicateList->spacing() - 8);
    const QFontMetrics metrics = m_duplicateList->fontMetrics();
    int height = 0;
    for (int row = 0; row < m_duplicateList->count(); ++row) {
        QListWidgetItem *item = m_duplicateList->item(row);
        const QRect text = metrics.boundingRect(QRect(0, 0, width, 10000), Qt::TextWordWrap, item->text());
        item->setSizeHint(QSize(width, text.height() + 8));
        if (row < 3) {
            height += text.height() + 8;
        }
    }
    m_duplicateList->setFixedHeight(height + 2 * m_duplicateList->frameWidth());
}

void CustomerEditDialog::hideDuplicates()
{
    if (!m_duplicatePanel->isVisible() && m_candidates.isEmpty()) {
        return;
    }
    m_candidates.clear();
    m_duplicatePanel->hide();
    m_openExisting->setDefault(false);
    m_saveButton->setEnabled(true);
    m_saveButton->setDefault(true);
    m_saveButton->setToolTip(QString());
}

void CustomerEditDialog::updateSaveAnyway()
{
    const bool haveReason = !m_duplicateReason->text().simplified().isEmpty();
    m_saveAnyway->setEnabled(haveReason);
    // Someone who typed a reason means to save: Enter in the reason field must not open the other customer.
    if (m_duplicatePanel->isVisible()) {
        (haveReason ? m_saveAnyway : m_openExisting)->setDefault(true);
    }
}

void CustomerEditDialog::openSelectedExisting()
{
    const QListWidgetItem *item = m_duplicateList->currentItem();
    if (!item) {
        return;
    }
    const core::CustomerId id = item->data(Qt::UserRole).toLongLong();
    Q_EMIT openExisting(id);
    reject();
}

void CustomerEditDialog::store(core::Customer customer)
{
    auto result = isNew() ? m_repository.add(std::move(customer)) : m_repository.update(std::move(customer));
    if (!result) {
        // Only the message: it says what to do; the technical detail is for logs, never for this form.
        showSaveError(result.error().message);
        return;
    }
    m_saved = *result;
    Q_EMIT saved(m_saved.id);
    accept();
}

} // namespace caredesk::ui
