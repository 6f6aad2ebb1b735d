// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/campaigns/SegmentEditorWidget.h"

#include "core/loyalty/LoyaltyProgram.h"
#include "ui/common/RecordForm.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSpinBox>

namespace caredesk::ui {

namespace {

/** The earliest date a date field can show; it stands for "any" (shown as the special value text). */
const QDate anyDate(2000, 1, 1);

QDate dateOf(const QDateEdit *edit)
{
    return edit->date() == anyDate ? QDate() : edit->date();
}

QComboBox *combo(const QString &objectName, QWidget *parent)
{
    auto *c = new QComboBox(parent);
    c->setObjectName(objectName);
    return c;
}

} // namespace

SegmentEditorWidget::SegmentEditorWidget(const QStringList &regions, const QStringList &tags, const QStringList &tiers,
                                         QWidget *parent)
    : QWidget(parent)
{
    m_kind = combo(QStringLiteral("segmentKind"), this);
    m_kind->addItem(tr("Any"));
    for (core::CustomerKind k : {core::CustomerKind::Individual, core::CustomerKind::Organisation}) {
        m_kind->addItem(core::kindName(k), static_cast<int>(k));
    }
    m_sex = combo(QStringLiteral("segmentSex"), this);
    m_sex->addItem(tr("Any"));
    for (core::Sex s : {core::Sex::Female, core::Sex::Male}) {
        m_sex->addItem(core::sexName(s), static_cast<int>(s));
    }
    m_minAge = new QSpinBox(this);
    m_minAge->setObjectName(QStringLiteral("segmentMinAge"));
    m_maxAge = new QSpinBox(this);
    m_maxAge->setObjectName(QStringLiteral("segmentMaxAge"));
    for (QSpinBox *age : {m_minAge, m_maxAge}) {
        age->setRange(-1, 120);
        age->setValue(-1);
        age->setSpecialValueText(tr("Any"));
    }
    m_region = combo(QStringLiteral("segmentRegion"), this);
    m_region->setEditable(true);
    m_region->addItem(QString());
    m_region->addItems(regions);
    m_region->lineEdit()->setPlaceholderText(tr("Any region"));
    m_tags = new QLineEdit(this);
    m_tags->setObjectName(QStringLiteral("segmentTags"));
    m_tags->setPlaceholderText(tags.isEmpty() ? tr("Any; several separated by commas")
                                              : tr("Any; e.g. %1").arg(tags.mid(0, 3).join(tr(", "))));
    m_tags->setToolTip(tr("Customers with at least one of these tags. Separate several with commas."));
    m_source = combo(QStringLiteral("segmentSource"), this);
    m_source->addItem(tr("Any"));
    for (core::SourceChannel s : {core::SourceChannel::WalkIn, core::SourceChannel::Referral,
                                  core::SourceChannel::Campaign, core::SourceChannel::Online}) {
        m_source->addItem(core::sourceName(s), static_cast<int>(s));
    }
    m_activity = combo(QStringLiteral("segmentActivity"), this);
    m_activity->addItem(tr("Any"));
    for (core::ActivityStatus s :
         {core::ActivityStatus::Active, core::ActivityStatus::Dormant, core::ActivityStatus::Lost}) {
        m_activity->addItem(core::statusName(s), QVariantList{static_cast<int>(s)});
    }
    m_activity->addItem(tr("Dormant or lost"), QVariantList{static_cast<int>(core::ActivityStatus::Dormant),
                                                            static_cast<int>(core::ActivityStatus::Lost)});
    m_tier = combo(QStringLiteral("segmentTier"), this);
    m_tier->addItem(tr("Any"));
    for (const QString &t : tiers) {
        m_tier->addItem(core::LoyaltyProgram::tierName(t), t);
    }
    m_lastBefore = makeDate(QStringLiteral("segmentLastVisitBefore"));
    m_lastSince = makeDate(QStringLiteral("segmentLastVisitSince"));
    m_department = combo(QStringLiteral("segmentDepartment"), this);
    m_department->setEditable(true);
    m_department->lineEdit()->setPlaceholderText(tr("Any department"));
    m_visitKind = combo(QStringLiteral("segmentVisitKind"), this);
    m_visitKind->addItem(tr("Any"));
    for (core::VisitKind k : core::allVisitKinds()) {
        m_visitKind->addItem(core::visitKindLabel(k), static_cast<int>(k));
    }
    m_visitFrom = makeDate(QStringLiteral("segmentVisitFrom"));
    m_visitTo = makeDate(QStringLiteral("segmentVisitTo"));

    m_form = new QFormLayout(this);
    m_form->setContentsMargins(0, 0, 0, 0);
    RecordForm::addRow(m_form, tr("Customer t&ype:"), m_kind);
    RecordForm::addRow(m_form, tr("Se&x:"), m_sex);
    auto *ages = new QWidget(this);
    auto *agesLayout = new QHBoxLayout(ages);
    agesLayout->setContentsMargins(0, 0, 0, 0);
    agesLayout->addWidget(m_minAge);
    auto *toLabel = new QLabel(tr("up &to"), ages);
    toLabel->setBuddy(m_maxAge);
    m_maxAge->setAccessibleName(tr("Highest age"));
    agesLayout->addWidget(toLabel);
    agesLayout->addWidget(m_maxAge);
    agesLayout->addStretch(1);
    RecordForm::addRow(m_form, tr("&Age from:"), m_minAge, ages);
    RecordForm::addRow(m_form, tr("&Region:"), m_region);
    RecordForm::addRow(m_form, tr("Tag&s:"), m_tags);
    RecordForm::addRow(m_form, tr("Sour&ce:"), m_source);
    RecordForm::addRow(m_form, tr("Acti&vity:"), m_activity);
    RecordForm::addRow(m_form, tr("Loyalty ti&er:"), m_tier);
    RecordForm::addRow(m_form, tr("Last visit &before:"), m_lastBefore);
    RecordForm::addRow(m_form, tr("Last visit on or after (&d):"), m_lastSince);
    RecordForm::addRow(m_form, tr("Visited depart&ment:"), m_department);
    RecordForm::addRow(m_form, tr("Visit kind:"), m_visitKind);
    auto *period = new QWidget(this);
    auto *periodLayout = new QHBoxLayout(period);
    periodLayout->setContentsMargins(0, 0, 0, 0);
    periodLayout->addWidget(m_visitFrom);
    periodLayout->addWidget(new QLabel(tr("to"), period));
    m_visitTo->setAccessibleName(tr("Visits until"));
    periodLayout->addWidget(m_visitTo);
    periodLayout->addStretch(1);
    RecordForm::addRow(m_form, tr("Visits from:"), m_visitFrom, period);

    for (QComboBox *c : {m_kind, m_sex, m_source, m_activity, m_tier, m_visitKind}) {
        connect(c, &QComboBox::currentIndexChanged, this, &SegmentEditorWidget::filterChanged);
    }
    for (QComboBox *c : {m_region, m_department}) {
        connect(c, &QComboBox::currentTextChanged, this, &SegmentEditorWidget::filterChanged);
    }
    for (QSpinBox *s : {m_minAge, m_maxAge}) {
        connect(s, &QSpinBox::valueChanged, this, &SegmentEditorWidget::filterChanged);
    }
    connect(m_tags, &QLineEdit::textChanged, this, &SegmentEditorWidget::filterChanged);
    for (QDateEdit *d : {m_lastBefore, m_lastSince, m_visitFrom, m_visitTo}) {
        connect(d, &QDateEdit::dateChanged, this, &SegmentEditorWidget::filterChanged);
    }
}

SegmentEditorWidget::~SegmentEditorWidget() = default;

QDateEdit *SegmentEditorWidget::makeDate(const QString &objectName)
{
    auto *edit = new QDateEdit(this);
    edit->setObjectName(objectName);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->setCalendarPopup(true);
    edit->setMinimumDate(anyDate);
    edit->setSpecialValueText(tr("Any"));
    edit->setDate(anyDate);
    return edit;
}

QWidget *SegmentEditorWidget::firstField() const
{
    return m_kind;
}

QList<QWidget *> SegmentEditorWidget::fields() const
{
    return {m_kind, m_sex,        m_minAge,    m_maxAge,     m_region,    m_tags,      m_source, m_activity,
            m_tier, m_lastBefore, m_lastSince, m_department, m_visitKind, m_visitFrom, m_visitTo};
}

core::SegmentFilter SegmentEditorWidget::filter() const
{
    core::SegmentFilter f = m_kept;
    if (m_kind->currentData().isValid()) {
        f.kind = static_cast<core::CustomerKind>(m_kind->currentData().toInt());
    }
    if (m_sex->currentData().isValid()) {
        f.sex = static_cast<core::Sex>(m_sex->currentData().toInt());
    }
    if (m_minAge->value() >= 0) {
        f.minAge = m_minAge->value();
    }
    if (m_maxAge->value() >= 0) {
        f.maxAge = m_maxAge->value();
    }
    if (const QString region = m_region->currentText().trimmed(); !region.isEmpty()) {
        f.regions = {region};
    }
    const QString separators = QStringLiteral("[,，、;；]");
    for (const QString &tag : m_tags->text().split(QRegularExpression(separators), Qt::SkipEmptyParts)) {
        if (!tag.trimmed().isEmpty()) {
            f.tags << tag.trimmed();
        }
    }
    if (m_source->currentData().isValid()) {
        f.sources = {static_cast<core::SourceChannel>(m_source->currentData().toInt())};
    }
    for (const QVariant &s : m_activity->currentData().toList()) {
        f.activity << static_cast<core::ActivityStatus>(s.toInt());
    }
    if (m_tier->currentData().isValid()) {
        f.loyaltyTiers = {m_tier->currentData().toString()};
    }
    f.lastVisitBefore = dateOf(m_lastBefore);
    f.lastVisitSince = dateOf(m_lastSince);
    f.visitDepartment = m_department->currentText().trimmed();
    if (m_visitKind->currentData().isValid()) {
        f.visitKinds = {static_cast<core::VisitKind>(m_visitKind->currentData().toInt())};
    }
    f.visitFrom = dateOf(m_visitFrom);
    f.visitTo = dateOf(m_visitTo);
    return f;
}

void SegmentEditorWidget::setFilter(const core::SegmentFilter &f)
{
    // What the form cannot show is kept as it is and saved back unchanged.
    m_kept = {};
    m_kept.unsupported = f.unsupported;
    m_kind->setCurrentIndex(f.kind ? std::max(0, m_kind->findData(static_cast<int>(*f.kind))) : 0);
    m_sex->setCurrentIndex(f.sex ? std::max(0, m_sex->findData(static_cast<int>(*f.sex))) : 0);
    m_minAge->setValue(f.minAge.value_or(-1));
    m_maxAge->setValue(f.maxAge.value_or(-1));
    m_region->setCurrentText(f.regions.value(0));
    if (f.regions.size() > 1) {
        m_kept.regions = f.regions;
    }
    m_tags->setText(f.tags.join(tr(", ")));
    m_source->setCurrentIndex(f.sources.size() == 1 ? std::max(0, m_source->findData(static_cast<int>(f.sources[0])))
                                                    : 0);
    if (f.sources.size() > 1) {
        m_kept.sources = f.sources;
    }
    QVariantList activity;
    for (core::ActivityStatus s : f.activity) {
        activity << static_cast<int>(s);
    }
    m_activity->setCurrentIndex(activity.isEmpty() ? 0 : std::max(0, m_activity->findData(activity)));
    m_tier->setCurrentIndex(f.loyaltyTiers.isEmpty() ? 0 : std::max(0, m_tier->findData(f.loyaltyTiers.value(0))));
    m_lastBefore->setDate(f.lastVisitBefore.isValid() ? f.lastVisitBefore : anyDate);
    m_lastSince->setDate(f.lastVisitSince.isValid() ? f.lastVisitSince : anyDate);
    m_department->setCurrentText(f.visitDepartment);
    m_visitKind->setCurrentIndex(
        f.visitKinds.size() == 1 ? std::max(0, m_visitKind->findData(static_cast<int>(f.visitKinds[0]))) : 0);
    m_visitFrom->setDate(f.visitFrom.isValid() ? f.visitFrom : anyDate);
    m_visitTo->setDate(f.visitTo.isValid() ? f.visitTo : anyDate);
}

} // namespace caredesk::ui
