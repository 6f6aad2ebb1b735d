// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/visits/InteractionDialog.h"

#include "core/common/Clock.h"
#include "core/visits/VisitRepository.h"
#include "ui/common/RecordForm.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace caredesk::ui {

namespace {

constexpr int maxSummaryLength = 4000;

} // namespace

InteractionDialog::InteractionDialog(const core::Customer &customer, core::VisitRepository &visits,
                                     const core::Clock &clock, const QString &staffName, QWidget *parent)
    : QDialog(parent), m_customer(customer), m_visits(visits), m_clock(clock)
{
    setWindowTitle(tr("Log Contact — %1").arg(customer.name));

    auto *intro =
        new QLabel(tr("A call, message or conversation with %1 (%2)").arg(customer.name, customer.memberNumber), this);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);

    const core::Interaction defaults;
    m_channel = new QComboBox(this);
    m_channel->setObjectName(QStringLiteral("channel"));
    for (core::InteractionChannel channel : core::allInteractionChannels()) {
        m_channel->addItem(core::interactionChannelLabel(channel), static_cast<int>(channel));
    }
    m_channel->setCurrentIndex(std::max(0, m_channel->findData(static_cast<int>(defaults.channel))));

    m_direction = new QComboBox(this);
    m_direction->setObjectName(QStringLiteral("direction"));
    for (core::Direction direction : {core::Direction::Inbound, core::Direction::Outbound}) {
        m_direction->addItem(core::directionLabel(direction), static_cast<int>(direction));
    }
    m_direction->setCurrentIndex(std::max(0, m_direction->findData(static_cast<int>(defaults.direction))));

    m_at = RecordForm::dateTimeEdit(clock.nowUtc(), this);
    m_at->setObjectName(QStringLiteral("interactionAt"));

    m_staff = new QLineEdit(staffName, this);
    m_staff->setObjectName(QStringLiteral("staff"));
    m_staff->setMaxLength(100);

    m_summary = new QPlainTextEdit(this);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setTabChangesFocus(true);
    m_summary->setPlaceholderText(tr("What was said or agreed; Ctrl+Enter saves"));
    m_summary->setFixedHeight(m_summary->fontMetrics().lineSpacing() * 4 + 12);
    m_summary->setMinimumWidth(380);

    m_visit = new QComboBox(this);
    m_visit->setObjectName(QStringLiteral("linkedVisit"));
    if (auto recent = visits.visitsOf(customer.id)) {
        RecordForm::fillVisits(m_visit, *recent);
    } else {
        RecordForm::fillVisits(m_visit, {});
    }

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    RecordForm::addRow(form, tr("&Channel:"), m_channel);
    RecordForm::addRow(form, tr("&Direction:"), m_direction);
    RecordForm::addRow(form, tr("&Time:"), m_at);
    RecordForm::addRow(form, tr("St&aff:"), m_staff);
    RecordForm::addRow(form, tr("S&ummary:"), m_summary,
                       RecordForm::withError(m_summary, QStringLiteral("summary"), &m_summaryError, this));
    RecordForm::addRow(form, tr("About &visit:"), m_visit);

    m_saveError = RecordForm::messageBar(this);

    QDialogButtonBox *buttons = RecordForm::saveCancelButtons(
        this, tr("&Save"), [this] { save(); }, &m_saveButton);
    QWidget *cancel = buttons->button(QDialogButtonBox::Cancel);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 12);
    layout->setSpacing(10);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_saveError);
    layout->addStretch(1);
    layout->addWidget(buttons);
    layout->setSizeConstraint(QLayout::SetMinimumSize);

    RecordForm::setTabOrder({m_channel, m_direction, m_at, m_staff, m_summary, m_visit, m_saveButton, cancel});
    m_channel->setFocus();
}

InteractionDialog::~InteractionDialog() = default;

void InteractionDialog::setLinkedVisit(core::VisitId visitId)
{
    m_visit->setCurrentIndex(std::max(0, m_visit->findData(visitId)));
}

void InteractionDialog::save()
{
    if (m_saved.id != 0) {
        return;
    }
    RecordForm::setError(m_summaryError, {});
    RecordForm::setError(m_saveError, {});

    core::Interaction interaction;
    interaction.customerId = m_customer.id;
    interaction.channel = static_cast<core::InteractionChannel>(m_channel->currentData().toInt());
    interaction.direction = static_cast<core::Direction>(m_direction->currentData().toInt());
    interaction.at = m_at->dateTime().toUTC();
    interaction.staff = m_staff->text().simplified();
    interaction.summary = m_summary->toPlainText().trimmed();
    if (const qint64 visitId = m_visit->currentData().toLongLong(); visitId > 0) {
        interaction.visitId = visitId;
    }

    if (interaction.summary.isEmpty()) {
        RecordForm::setError(m_summaryError, tr("Write a short summary of the contact."));
        m_summary->setFocus(Qt::OtherFocusReason);
        return;
    }
    if (interaction.summary.size() > maxSummaryLength) {
        RecordForm::setError(m_summaryError,
                             tr("The summary is too long; keep it under %1 characters.").arg(maxSummaryLength));
        m_summary->setFocus(Qt::OtherFocusReason);
        return;
    }
    const QStringList problems = core::VisitRepository::validate(interaction, m_clock.nowUtc());
    if (!problems.isEmpty()) {
        RecordForm::setError(m_saveError, problems.join(QLatin1Char('\n')));
        return;
    }
    auto saved = m_visits.addInteraction(interaction);
    if (!saved) {
        RecordForm::setError(m_saveError, saved.error().message);
        return;
    }
    m_saved = *saved;
    accept();
}

} // namespace caredesk::ui
