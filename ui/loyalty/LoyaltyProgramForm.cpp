// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/loyalty/LoyaltyProgramForm.h"

#include "core/auth/Role.h"
#include "core/storage/Database.h"
#include "ui/common/MessageBox.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace caredesk::ui {

namespace {

constexpr std::array productClasses{core::ProductClass::Rx, core::ProductClass::Otc, core::ProductClass::Device,
                                    core::ProductClass::Service};

enum TierColumn { TierId, TierShownAs, TierThreshold, TierColumnCount };

std::size_t slot(core::ProductClass productClass)
{
    return static_cast<std::size_t>(productClass);
}

QLabel *messageLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}

} // namespace

LoyaltyProgramForm::LoyaltyProgramForm(core::Database &database, QWidget *parent)
    : QWidget(parent), m_database(database)
{
    const core::Role role = m_database.session().role;
    m_editable = role == core::Role::Administrator || role == core::Role::Manager;

    // Earning.
    auto *earning = new QGroupBox(tr("Earning"), this);
    auto *earningForm = new QFormLayout(earning);
    earningForm->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    for (core::ProductClass productClass : productClasses) {
        auto *rate = new QDoubleSpinBox(earning);
        rate->setObjectName(QStringLiteral("pointsPerUnit_%1").arg(core::productClassId(productClass)));
        rate->setRange(0, 1000);
        rate->setDecimals(2);
        rate->setSingleStep(0.5);
        rate->setSuffix(tr(" points per ¥1"));
        auto *label = new QLabel(tr("%1:").arg(core::productClassLabel(productClass)), earning);
        label->setBuddy(rate);
        rate->setAccessibleName(tr("Points per ¥1 spent on %1").arg(core::productClassLabel(productClass)));
        earningForm->addRow(label, rate);
        m_rates.at(slot(productClass)) = rate;
    }
    m_rxExcluded = new QCheckBox(tr("Prescription drugs (Rx) neither earn nor pay with points"), earning);
    m_rxExcluded->setObjectName(QStringLiteral("rxExcluded"));
    m_rxExcluded->setToolTip(
        tr("Pharmacy rules treat rewards on prescription medicines as an inducement to buy them: with this on, Rx "
           "lines earn no points, whatever their rate, and points cannot pay for Rx items. Turn it off only where "
           "the site's rules allow it."));
    earningForm->addRow(m_rxExcluded);
    connect(m_rxExcluded, &QCheckBox::toggled, this, &LoyaltyProgramForm::updateRxRate);

    // Referrals and redemption.
    auto *other = new QGroupBox(tr("Referrals and redemption"), this);
    auto *otherForm = new QFormLayout(other);
    otherForm->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    m_referralReward = new QSpinBox(other);
    m_referralReward->setObjectName(QStringLiteral("referralReward"));
    m_referralReward->setRange(0, 1000000);
    m_referralReward->setSingleStep(50);
    m_referralReward->setSuffix(tr(" points"));
    m_referralReward->setToolTip(tr("Paid once to the referrer when the referred customer completes a first visit"));
    auto *referralLabel = new QLabel(tr("Re&ferral reward:"), other);
    referralLabel->setBuddy(m_referralReward);
    otherForm->addRow(referralLabel, m_referralReward);
    m_redeemRate = new QSpinBox(other);
    m_redeemRate->setObjectName(QStringLiteral("pointsPerUnitRedeemed"));
    m_redeemRate->setRange(1, 1000000);
    m_redeemRate->setSingleStep(10);
    m_redeemRate->setSuffix(tr(" points = ¥1"));
    m_redeemRate->setToolTip(tr("What points are worth when they pay for something, and so what the outstanding "
                                "points are worth to the site"));
    auto *redeemLabel = new QLabel(tr("When re&deemed:"), other);
    redeemLabel->setBuddy(m_redeemRate);
    otherForm->addRow(redeemLabel, m_redeemRate);

    // Expiry and tiers.
    auto *tiers = new QGroupBox(tr("Expiry and tiers"), this);
    auto *tiersLayout = new QVBoxLayout(tiers);
    auto *tiersForm = new QFormLayout;
    tiersForm->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    m_expiryMonths = new QSpinBox(tiers);
    m_expiryMonths->setObjectName(QStringLiteral("expiryMonths"));
    m_expiryMonths->setRange(0, 120);
    m_expiryMonths->setSuffix(tr(" months"));
    m_expiryMonths->setSpecialValueText(tr("Never"));
    m_expiryMonths->setToolTip(tr("Points expire this many months after the day they were earned; 0: never"));
    auto *expiryLabel = new QLabel(tr("Points e&xpire after:"), tiers);
    expiryLabel->setBuddy(m_expiryMonths);
    tiersForm->addRow(expiryLabel, m_expiryMonths);
    m_qualificationMonths = new QSpinBox(tiers);
    m_qualificationMonths->setObjectName(QStringLiteral("qualificationMonths"));
    m_qualificationMonths->setRange(1, 60);
    m_qualificationMonths->setSuffix(tr(" months"));
    m_qualificationMonths->setToolTip(tr("The tier is decided by the points earned on purchases within this many "
                                         "months up to the day"));
    auto *qualificationLabel = new QLabel(tr("&Qualification window:"), tiers);
    qualificationLabel->setBuddy(m_qualificationMonths);
    tiersForm->addRow(qualificationLabel, m_qualificationMonths);
    tiersLayout->addLayout(tiersForm);

    m_tiers = new QTableWidget(0, TierColumnCount, tiers);
    m_tiers->setObjectName(QStringLiteral("tierTable"));
    m_tiers->setAccessibleName(tr("Tiers"));
    m_tiers->setHorizontalHeaderLabels({tr("Tier id"), tr("Shown as"), tr("Qualifying points")});
    m_tiers->verticalHeader()->hide();
    m_tiers->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tiers->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tiers->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_tiers->setToolTip(tr("Lowest tier first; it needs 0 points. Each tier needs more qualifying points than the "
                           "one above it in the list."));
    connect(m_tiers, &QTableWidget::itemChanged, this, &LoyaltyProgramForm::updateTierNames);
    tiersLayout->addWidget(m_tiers, 1);
    m_addTier = new QPushButton(tr("&Add Tier"), tiers);
    m_addTier->setObjectName(QStringLiteral("addTierButton"));
    connect(m_addTier, &QPushButton::clicked, this, &LoyaltyProgramForm::addTier);
    m_removeTier = new QPushButton(tr("Re&move Tier"), tiers);
    m_removeTier->setObjectName(QStringLiteral("removeTierButton"));
    m_removeTier->setToolTip(tr("Removes the highlighted tier; members in it move to the tier below when their tier "
                                "is next evaluated"));
    connect(m_removeTier, &QPushButton::clicked, this, &LoyaltyProgramForm::removeTier);
    auto *tierButtons = new QHBoxLayout;
    tierButtons->addWidget(m_addTier);
    tierButtons->addWidget(m_removeTier);
    tierButtons->addStretch(1);
    tiersLayout->addLayout(tierButtons);

    m_note = messageLabel(QStringLiteral("programNote"), this);
    m_note->setForegroundRole(QPalette::PlaceholderText);
    m_error = messageLabel(QStringLiteral("programError"), this);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #8c1d18; background-color: #fdecea; "
                                          "border: 1px solid #f2b8b5; border-radius: 4px; padding: 6px 8px; }"));
    m_error->hide();
    m_status = messageLabel(QStringLiteral("programStatus"), this);

    m_save = new QPushButton(tr("&Save Programme"), this);
    m_save->setObjectName(QStringLiteral("saveProgramButton"));
    m_save->setDefault(true);
    connect(m_save, &QPushButton::clicked, this, &LoyaltyProgramForm::save);
    m_revert = new QPushButton(tr("Rever&t"), this);
    m_revert->setObjectName(QStringLiteral("revertProgramButton"));
    m_revert->setToolTip(tr("Show the saved settings again, dropping the changes"));
    connect(m_revert, &QPushButton::clicked, this, &LoyaltyProgramForm::reload);

    auto *left = new QVBoxLayout;
    left->addWidget(earning);
    left->addWidget(other);
    left->addStretch(1);
    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addWidget(tiers, 1);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_note);
    layout->addLayout(columns, 1);
    layout->addWidget(m_error);
    layout->addLayout(buttons);

    applyEditable();
    reload();
}

LoyaltyProgramForm::~LoyaltyProgramForm() = default;

void LoyaltyProgramForm::applyEditable()
{
    const core::Session &session = m_database.session();
    if (m_editable) {
        m_note->setText(tr("Changes apply from the next purchase: points already earned keep their expiry day, and "
                           "tiers use the new thresholds when they are next evaluated."));
    } else {
        // Not a hint but the reason nothing here can be changed: it must read as a message, not as grey small print.
        m_note->setForegroundRole(QPalette::WindowText);
        m_note->setStyleSheet(QStringLiteral("QLabel { background-color: #eef4fb; border: 1px solid #c5d9ef; "
                                             "border-radius: 4px; padding: 6px 8px; }"));
        m_note->setText(tr("Only an administrator or a manager can change the loyalty programme. You are signed in "
                           "as %1 (%2), so these settings are shown read-only.")
                            .arg(session.userName, core::roleDisplayName(session.role)));
    }
    for (QDoubleSpinBox *rate : m_rates) {
        rate->setReadOnly(!m_editable);
        rate->setButtonSymbols(m_editable ? QAbstractSpinBox::UpDownArrows : QAbstractSpinBox::NoButtons);
    }
    for (QSpinBox *box : {m_expiryMonths, m_qualificationMonths, m_referralReward, m_redeemRate}) {
        box->setReadOnly(!m_editable);
        box->setButtonSymbols(m_editable ? QAbstractSpinBox::UpDownArrows : QAbstractSpinBox::NoButtons);
    }
    m_rxExcluded->setEnabled(m_editable);
    m_tiers->setEditTriggers(m_editable ? QAbstractItemView::DoubleClicked | QAbstractItemView::SelectedClicked |
                                              QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed
                                        : QAbstractItemView::NoEditTriggers);
    for (QPushButton *button : {m_addTier, m_removeTier, m_save, m_revert}) {
        button->setVisible(m_editable);
        button->setEnabled(m_editable);
    }
}

core::LoyaltyProgram LoyaltyProgramForm::program() const
{
    core::LoyaltyProgram program = m_loaded;
    for (core::ProductClass productClass : productClasses) {
        program.setPointsPerUnit(productClass, m_rates.at(slot(productClass))->value());
    }
    program.setRxExcluded(m_rxExcluded->isChecked());
    program.setExpiryMonths(m_expiryMonths->value());
    program.setQualificationMonths(m_qualificationMonths->value());
    QList<core::LoyaltyTier> tiers;
    for (int row = 0; row < m_tiers->rowCount(); ++row) {
        const QTableWidgetItem *id = m_tiers->item(row, TierId);
        const QTableWidgetItem *threshold = m_tiers->item(row, TierThreshold);
        tiers.append(
            {id ? id->text().trimmed() : QString(), threshold ? threshold->data(Qt::EditRole).toLongLong() : 0});
    }
    program.setTiers(tiers);
    program.setReferralReward(m_referralReward->value());
    program.setPointsPerCurrencyUnitRedeemed(m_redeemRate->value());
    return program;
}

void LoyaltyProgramForm::setProgram(const core::LoyaltyProgram &program)
{
    for (core::ProductClass productClass : productClasses) {
        m_rates.at(slot(productClass))->setValue(program.pointsPerUnit(productClass));
    }
    m_rxExcluded->setChecked(program.rxExcluded());
    m_expiryMonths->setValue(program.expiryMonths());
    m_qualificationMonths->setValue(program.qualificationMonths());
    {
        const QSignalBlocker blocker(m_tiers);
        m_tiers->setRowCount(0);
        for (const core::LoyaltyTier &tier : program.tiers()) {
            addTierRow(tier.id, tier.threshold);
        }
    }
    updateTierNames();
    m_referralReward->setValue(static_cast<int>(std::min<qint64>(program.referralReward(), 1000000)));
    m_redeemRate->setValue(static_cast<int>(std::min<qint64>(program.pointsPerCurrencyUnitRedeemed(), 1000000)));
    updateRxRate();
}

void LoyaltyProgramForm::reload()
{
    setMessage({});
    m_status->clear();
    auto loaded = core::LoyaltyProgram::load(m_database);
    if (!loaded) {
        setMessage(loaded.error().message);
        m_loaded = core::LoyaltyProgram();
    } else {
        m_loaded = *loaded;
    }
    setProgram(m_loaded);
}

QStringList LoyaltyProgramForm::formProblems() const
{
    QStringList problems;
    QSet<QString> seen;
    for (int row = 0; row < m_tiers->rowCount(); ++row) {
        const QTableWidgetItem *item = m_tiers->item(row, TierId);
        const QString id = item ? item->text().trimmed() : QString();
        if (id.isEmpty()) {
            problems << tr("Tier %1 needs an id, such as “gold”.").arg(row + 1);
        } else if (seen.contains(id)) {
            problems << tr("There are two tiers with the id “%1”; give each tier its own.").arg(id);
        }
        seen.insert(id);
    }
    return problems;
}

bool LoyaltyProgramForm::save()
{
    setMessage({});
    m_status->clear();
    if (const QStringList problems = formProblems(); !problems.isEmpty()) {
        setMessage(problems.join(QLatin1Char('\n')));
        return false;
    }
    const core::LoyaltyProgram changed = program();
    if (core::Status valid = changed.validate(); !valid) {
        setMessage(valid.error().message);
        return false;
    }
    if (core::Status stored = core::LoyaltyProgram::save(m_database, changed); !stored) {
        MessageBox::error(this, tr("Loyalty Programme Not Saved"), stored.error());
        return false;
    }
    m_loaded = changed;
    m_status->setText(tr("Saved. New purchases earn by these settings."));
    Q_EMIT saved();
    return true;
}

void LoyaltyProgramForm::addTierRow(const QString &id, qint64 threshold)
{
    const int row = m_tiers->rowCount();
    m_tiers->insertRow(row);
    m_tiers->setItem(row, TierId, new QTableWidgetItem(id));
    auto *shownAs = new QTableWidgetItem(core::LoyaltyProgram::tierName(id));
    shownAs->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    shownAs->setToolTip(tr("The name people see; the built-in ids standard, silver, gold and vip are translated"));
    m_tiers->setItem(row, TierShownAs, shownAs);
    auto *points = new QTableWidgetItem;
    // An int, so the table edits it with a spin box.
    points->setData(Qt::EditRole, static_cast<int>(std::clamp<qint64>(threshold, 0, 1000000000)));
    points->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_tiers->setItem(row, TierThreshold, points);
}

void LoyaltyProgramForm::addTier()
{
    qint64 highest = 0;
    for (int row = 0; row < m_tiers->rowCount(); ++row) {
        if (const QTableWidgetItem *item = m_tiers->item(row, TierThreshold)) {
            highest = std::max(highest, item->data(Qt::EditRole).toLongLong());
        }
    }
    {
        const QSignalBlocker blocker(m_tiers);
        addTierRow(QString(), m_tiers->rowCount() == 0 ? 0 : highest * 2 + 1000);
    }
    const int row = m_tiers->rowCount() - 1;
    m_tiers->setCurrentCell(row, TierId);
    m_tiers->editItem(m_tiers->item(row, TierId));
}

void LoyaltyProgramForm::removeTier()
{
    const int row = m_tiers->currentRow();
    if (row >= 0) {
        m_tiers->removeRow(row);
    }
}

void LoyaltyProgramForm::updateTierNames()
{
    const QSignalBlocker blocker(m_tiers);
    for (int row = 0; row < m_tiers->rowCount(); ++row) {
        const QTableWidgetItem *id = m_tiers->item(row, TierId);
        if (QTableWidgetItem *shownAs = m_tiers->item(row, TierShownAs)) {
            shownAs->setText(core::LoyaltyProgram::tierName(id ? id->text().trimmed() : QString()));
        }
    }
}

void LoyaltyProgramForm::updateRxRate()
{
    // Excluded Rx earns nothing whatever its rate; an editable rate would suggest otherwise.
    QDoubleSpinBox *rx = m_rates.at(slot(core::ProductClass::Rx));
    rx->setEnabled(!m_rxExcluded->isChecked());
    rx->setToolTip(m_rxExcluded->isChecked() ? tr("Prescription drugs are excluded from the programme (see below)")
                                             : QString());
}

void LoyaltyProgramForm::setMessage(const QString &error)
{
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
}

} // namespace caredesk::ui
