// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/campaigns/CampaignEditDialog.h"

#include "core/campaigns/CampaignRepository.h"
#include "core/common/Clock.h"
#include "ui/campaigns/SegmentEditorWidget.h"
#include "ui/common/RecordForm.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

namespace caredesk::ui {

namespace {

QDateEdit *dateEdit(const QString &objectName, const QDate &date, QWidget *parent)
{
    auto *edit = new QDateEdit(date, parent);
    edit->setObjectName(objectName);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->setCalendarPopup(true);
    return edit;
}

} // namespace

CampaignEditDialog::CampaignEditDialog(core::CampaignRepository &repository, const core::Clock &clock,
                                       const QStringList &regions, const QStringList &tags, const QStringList &tiers,
                                       QWidget *parent)
    : QDialog(parent), m_repository(repository)
{
    setWindowTitle(tr("New campaign"));
    const QDate today = clock.today();

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("campaignName"));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("campaignKind"));
    for (core::CampaignKind k : core::allCampaignKinds()) {
        m_kind->addItem(core::campaignKindLabel(k), static_cast<int>(k));
    }
    m_goal = new QLineEdit(this);
    m_goal->setObjectName(QStringLiteral("campaignGoal"));
    m_goal->setPlaceholderText(tr("What it should achieve, e.g. more flu vaccinations among over-60s"));
    m_start = dateEdit(QStringLiteral("campaignStart"), today.addDays(7), this);
    m_end = dateEdit(QStringLiteral("campaignEnd"), today.addDays(21), this);
    m_channel = new QComboBox(this);
    m_channel->setObjectName(QStringLiteral("campaignChannel"));
    for (core::CampaignChannel c : core::allCampaignChannels()) {
        m_channel->addItem(core::campaignChannelLabel(c), static_cast<int>(c));
    }
    m_invite = new QComboBox(this);
    m_invite->setObjectName(QStringLiteral("campaignInviteChannel"));
    for (core::ContactChannel c : {core::ContactChannel::Sms, core::ContactChannel::Phone, core::ContactChannel::Email,
                                   core::ContactChannel::WeChat, core::ContactChannel::Mail}) {
        m_invite->addItem(core::channelName(c), static_cast<int>(c));
    }
    m_purpose = new QComboBox(this);
    m_purpose->setObjectName(QStringLiteral("campaignPurpose"));
    for (const QString &p : core::consentPurposes()) {
        m_purpose->addItem(core::purposeName(p), p);
    }
    m_cost = new QLineEdit(this);
    m_cost->setObjectName(QStringLiteral("campaignCost"));
    m_cost->setValidator(RecordForm::amountValidator(m_cost));
    m_cost->setPlaceholderText(QStringLiteral("0.00"));
    m_conversionDays = new QSpinBox(this);
    m_conversionDays->setObjectName(QStringLiteral("campaignConversionDays"));
    m_conversionDays->setRange(1, 365);
    m_conversionDays->setValue(30);
    m_conversionDays->setSuffix(tr(" days"));
    m_conversionDays->setToolTip(tr("A visit within this many days of the first day counts as a conversion."));
    m_holdout = new QSpinBox(this);
    m_holdout->setObjectName(QStringLiteral("campaignHoldout"));
    m_holdout->setRange(0, 50);
    m_holdout->setSuffix(tr(" %"));
    m_holdout->setToolTip(tr("A share of the audience that is deliberately not contacted, to measure what the "
                             "campaign changed. 0 keeps nobody back."));

    auto *form = new QFormLayout;
    RecordForm::addRow(form, tr("&Name:"), m_name,
                       RecordForm::withError(m_name, QStringLiteral("name"), &m_nameError, this));
    RecordForm::addRow(form, tr("&Kind:"), m_kind);
    RecordForm::addRow(form, tr("&Goal:"), m_goal);
    RecordForm::addRow(form, tr("&First day:"), m_start);
    RecordForm::addRow(form, tr("&Last day:"), m_end);
    RecordForm::addRow(form, tr("C&hannel:"), m_channel);
    RecordForm::addRow(form, tr("&Invite through:"), m_invite);
    RecordForm::addRow(form, tr("Consent &purpose:"), m_purpose);
    RecordForm::addRow(form, tr("C&ost (¥):"), m_cost);
    RecordForm::addRow(form, tr("Conversion &window:"), m_conversionDays);
    RecordForm::addRow(form, tr("Holdo&ut group:"), m_holdout);

    m_segment = new SegmentEditorWidget(regions, tags, tiers, this);
    m_segment->setObjectName(QStringLiteral("segmentEditor"));
    core::SegmentFilter individuals;
    individuals.kind = core::CustomerKind::Individual;
    m_segment->setFilter(individuals);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("segmentCount"));
    m_count->setTextFormat(Qt::PlainText);
    m_count->setWordWrap(true);
    QFont bold = m_count->font();
    bold.setBold(true);
    m_count->setFont(bold);
    auto *who = new QGroupBox(tr("Who it is for"), this);
    auto *whoLayout = new QVBoxLayout(who);
    // Earlier campaigns' segments are saved: a new campaign can start from one and change it.
    m_savedSegments = new QComboBox(this);
    m_savedSegments->setObjectName(QStringLiteral("savedSegments"));
    m_savedSegments->addItem(tr("A new segment"), 0);
    if (auto saved = m_repository.segments()) {
        for (const core::CampaignSegment &segment : std::as_const(*saved)) {
            m_savedSegments->addItem(segment.name, segment.id);
            m_segmentFilters.insert(segment.id, segment.filter);
        }
    }
    m_savedSegments->setEnabled(m_savedSegments->count() > 1);
    connect(m_savedSegments, &QComboBox::currentIndexChanged, this, [this](int index) {
        const qint64 id = m_savedSegments->itemData(index).toLongLong();
        if (m_segmentFilters.contains(id)) {
            m_segment->setFilter(m_segmentFilters.value(id));
        }
    });
    auto *savedRow = new QFormLayout;
    savedRow->addRow(tr("Start from:"), m_savedSegments);
    whoLayout->addLayout(savedRow);
    whoLayout->addWidget(m_segment);
    whoLayout->addWidget(m_count);
    whoLayout->addStretch(1);

    auto *columns = new QHBoxLayout;
    columns->addLayout(form, 1);
    columns->addWidget(who, 1);

    m_saveError = RecordForm::messageBar(this);
    QDialogButtonBox *buttons = RecordForm::saveCancelButtons(
        this, tr("Create campaign"), [this] { save(); }, &m_saveButton);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(m_saveError);
    layout->addWidget(buttons);

    QList<QWidget *> chain{m_name,   m_kind,    m_goal, m_start,          m_end,    m_channel,
                           m_invite, m_purpose, m_cost, m_conversionDays, m_holdout};
    chain << m_savedSegments;
    chain += m_segment->fields();
    chain << buttons->button(QDialogButtonBox::Ok) << buttons->button(QDialogButtonBox::Cancel);
    chain.removeAll(nullptr);
    RecordForm::setTabOrder(chain);

    m_countTimer = new QTimer(this);
    m_countTimer->setSingleShot(true);
    m_countTimer->setInterval(250);
    connect(m_countTimer, &QTimer::timeout, this, &CampaignEditDialog::updateCountNow);
    connect(m_segment, &SegmentEditorWidget::filterChanged, m_countTimer, qOverload<>(&QTimer::start));
    connect(m_channel, &QComboBox::currentIndexChanged, this, &CampaignEditDialog::onChannelChanged);
    for (QComboBox *c : {m_invite, m_purpose}) {
        connect(c, &QComboBox::currentIndexChanged, m_countTimer, qOverload<>(&QTimer::start));
    }
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        // Reminders are a service, not marketing: customers consent to them separately.
        const auto kind = static_cast<core::CampaignKind>(m_kind->currentData().toInt());
        m_purpose->setCurrentIndex(m_purpose->findData(
            kind == core::CampaignKind::Reminder ? QStringLiteral("service") : QStringLiteral("marketing")));
        if (kind == core::CampaignKind::HealthLecture || kind == core::CampaignKind::FreeCheckup ||
            kind == core::CampaignKind::PatientAssociation) {
            m_channel->setCurrentIndex(m_channel->findData(static_cast<int>(core::CampaignChannel::Event)));
        }
    });
    connect(m_name, &QLineEdit::textChanged, this, [this] { RecordForm::setError(m_nameError, {}); });
    onChannelChanged();
    updateCountNow();
    m_name->setFocus();
}

CampaignEditDialog::~CampaignEditDialog() = default;

void CampaignEditDialog::onChannelChanged()
{
    const auto channel = static_cast<core::CampaignChannel>(m_channel->currentData().toInt());
    const auto contact = core::contactChannelFor(channel);
    if (contact) {
        m_invite->setCurrentIndex(m_invite->findData(static_cast<int>(*contact)));
    }
    m_invite->setEnabled(!contact);
    m_countTimer->start();
}

void CampaignEditDialog::editCampaign(const core::Campaign &campaign)
{
    m_editing = campaign;
    setWindowTitle(tr("Edit campaign"));
    if (m_saveButton) {
        m_saveButton->setText(tr("Save changes"));
    }
    const auto select = [](QComboBox *box, const QVariant &value) {
        if (const int index = box->findData(value); index >= 0) {
            box->setCurrentIndex(index);
        }
    };
    m_name->setText(campaign.name);
    select(m_kind, static_cast<int>(campaign.kind));
    m_goal->setText(campaign.goal);
    m_start->setDate(campaign.startDate);
    m_end->setDate(campaign.endDate);
    select(m_channel, static_cast<int>(campaign.channel));
    select(m_invite, static_cast<int>(campaign.inviteChannel));
    select(m_purpose, campaign.purpose);
    m_cost->setText(QString::number(static_cast<double>(campaign.costCents) / 100.0, 'f', 2));
    m_conversionDays->setValue(campaign.conversionDays);
    m_holdout->setValue(campaign.holdoutPercent);
    if (campaign.segmentId) {
        if (auto segment = m_repository.segment(*campaign.segmentId)) {
            m_segment->setFilter(segment->filter);
        }
    }
    updateCountNow();
}

core::Campaign CampaignEditDialog::campaignFromForm() const
{
    core::Campaign c = m_editing; // keeps id, status and history when editing
    c.name = m_name->text().trimmed();
    c.kind = static_cast<core::CampaignKind>(m_kind->currentData().toInt());
    c.goal = m_goal->text().trimmed();
    c.startDate = m_start->date();
    c.endDate = m_end->date();
    c.setChannel(static_cast<core::CampaignChannel>(m_channel->currentData().toInt()));
    c.inviteChannel = static_cast<core::ContactChannel>(m_invite->currentData().toInt());
    c.purpose = m_purpose->currentData().toString();
    c.costCents = RecordForm::parseCents(m_cost->text()).value_or(-1);
    c.conversionDays = m_conversionDays->value();
    c.holdoutPercent = m_holdout->value();
    return c;
}

void CampaignEditDialog::updateCountNow()
{
    m_countTimer->stop();
    const core::Campaign c = campaignFromForm();
    auto preview = m_repository.previewSegment(m_segment->filter(), c.consentChannel(), c.purpose);
    if (!preview) {
        m_count->setText(preview.error().message);
        return;
    }
    const QLocale locale;
    m_count->setText(tr("%1 customers match, %2 can be contacted by %3 for %4.")
                         .arg(locale.toString(preview->matched), locale.toString(preview->eligible),
                              core::channelName(c.consentChannel()), core::purposeName(c.purpose).toLower()));
}

void CampaignEditDialog::save()
{
    RecordForm::setError(m_saveError, {});
    core::Campaign c = campaignFromForm();
    if (c.name.isEmpty()) {
        RecordForm::setError(m_nameError, tr("Give the campaign a name."));
        m_name->setFocus();
        return;
    }
    if (c.costCents < 0) {
        RecordForm::setError(m_saveError, tr("Enter the cost in yuan, e.g. 480 or 480.50."));
        m_cost->setFocus();
        return;
    }
    if (const QStringList problems = core::CampaignRepository::validate(c); !problems.isEmpty()) {
        RecordForm::setError(m_saveError, problems.join(QLatin1Char('\n')));
        return;
    }
    core::CampaignSegment segment;
    segment.id = m_editing.segmentId.value_or(0); // editing changes the campaign's own segment
    segment.name = tr("%1 — audience").arg(c.name);
    segment.filter = m_segment->filter();
    auto savedSegment = m_repository.saveSegment(segment);
    if (!savedSegment) {
        RecordForm::setError(m_saveError, savedSegment.error().message);
        return;
    }
    c.segmentId = savedSegment->id;
    auto saved = c.id != 0 ? m_repository.updateCampaign(c) : m_repository.addCampaign(c);
    if (!saved) {
        RecordForm::setError(m_saveError, saved.error().message);
        return;
    }
    m_saved = *saved;
    if (m_saved.status != core::CampaignStatus::Draft) {
        accept(); // a running campaign keeps the audience it started with
        return;
    }
    if (auto built = m_repository.buildAudience(m_saved.id); !built) {
        // The draft is saved; the audience can be built again from the page.
        RecordForm::setError(m_saveError, built.error().message);
    }
    accept();
}

} // namespace caredesk::ui
