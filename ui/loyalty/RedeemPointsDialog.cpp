// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/loyalty/RedeemPointsDialog.h"

#include "core/common/Clock.h"
#include "core/loyalty/LoyaltyLedger.h"
#include "ui/common/RecordForm.h"
#include "ui/customers/CustomerText.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace caredesk::ui {

namespace {

constexpr int maxPointDigits = 9;

/** The lot that expires first among those still usable with points left; nullptr when none expires. */
const core::LoyaltyLot *soonestExpiring(const QList<core::LoyaltyLot> &lots, const QDate &today)
{
    const core::LoyaltyLot *soonest = nullptr;
    for (const core::LoyaltyLot &lot : lots) {
        // A lot is expired on its expiry day even before runExpiry() wrote the expire entry.
        if (lot.remaining > 0 && !lot.reversed && lot.expiresOn.isValid() && lot.expiresOn > today &&
            (!soonest || lot.expiresOn < soonest->expiresOn)) {
            soonest = &lot;
        }
    }
    return soonest;
}

} // namespace

RedeemPointsDialog::RedeemPointsDialog(const core::Customer &customer, core::LoyaltyLedger &ledger,
                                       const core::Clock &clock, const QString &staffName, QWidget *parent)
    : QDialog(parent), m_customer(customer), m_ledger(ledger), m_staffName(staffName)
{
    setWindowTitle(tr("Redeem Points — %1").arg(customer.name));
    const QLocale locale;

    auto *intro = new QLabel(tr("Pay with the points of %1 (%2)").arg(customer.name, customer.memberNumber), this);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);

    m_saveError = RecordForm::messageBar(this);
    QStringList readErrors;

    auto *balanceLabel = new QLabel(this);
    balanceLabel->setObjectName(QStringLiteral("balance"));
    balanceLabel->setTextFormat(Qt::PlainText);
    if (auto balance = ledger.balance(customer.id)) {
        m_balance = *balance;
        balanceLabel->setText(tr("%1 points").arg(locale.toString(m_balance)));
        QFont bold = balanceLabel->font();
        bold.setBold(true);
        balanceLabel->setFont(bold);
    } else {
        balanceLabel->setText(tr("Not known"));
        readErrors << balance.error().message;
    }

    auto *tierLabel = new QLabel(this);
    tierLabel->setObjectName(QStringLiteral("tier"));
    tierLabel->setTextFormat(Qt::PlainText);
    if (auto tier = ledger.currentTier(customer.id)) {
        tierLabel->setText(core::LoyaltyProgram::tierName(*tier));
    } else {
        tierLabel->setText(tr("Not known"));
        readErrors << tier.error().message;
    }

    auto *expiringLabel = new QLabel(this);
    expiringLabel->setObjectName(QStringLiteral("expiring"));
    expiringLabel->setTextFormat(Qt::PlainText);
    expiringLabel->setWordWrap(true);
    if (auto lots = ledger.lots(customer.id)) {
        if (const core::LoyaltyLot *lot = soonestExpiring(*lots, clock.today())) {
            // Usable through the day before expiresOn (LoyaltyLedger's expiry boundary).
            expiringLabel->setText(
                tr("%1 points, usable until %2")
                    .arg(locale.toString(lot->remaining), CustomerText::date(lot->expiresOn.addDays(-1))));
        } else {
            expiringLabel->setText(m_balance > 0 ? tr("None: these points do not expire") : tr("None"));
        }
    } else {
        expiringLabel->setText(tr("Not known"));
        readErrors << lots.error().message;
    }
    readErrors.removeDuplicates();
    RecordForm::setError(m_saveError, readErrors.join(QLatin1Char('\n')));

    m_points = new QLineEdit(this);
    m_points->setObjectName(QStringLiteral("points"));
    m_points->setValidator(RecordForm::digitsValidator(maxPointDigits, m_points));
    m_points->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_points->setMaximumWidth(140);
    m_points->setInputMethodHints(Qt::ImhDigitsOnly);

    m_balanceAfter = new QLabel(this);
    m_balanceAfter->setObjectName(QStringLiteral("balanceAfter"));
    m_balanceAfter->setTextFormat(Qt::PlainText);

    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->setMaxLength(200);
    m_reason->setPlaceholderText(tr("e.g. blood pressure monitor, health check"));
    m_reason->setMinimumWidth(300);

    m_productClass = new QComboBox(this);
    m_productClass->setObjectName(QStringLiteral("productClass"));
    for (auto productClass :
         {core::ProductClass::Otc, core::ProductClass::Device, core::ProductClass::Service, core::ProductClass::Rx}) {
        m_productClass->addItem(core::productClassLabel(productClass), static_cast<int>(productClass));
    }

    auto *status = new QFormLayout;
    status->addRow(tr("Balance:"), balanceLabel);
    status->addRow(tr("Tier:"), tierLabel);
    status->addRow(tr("Expiring first:"), expiringLabel);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    RecordForm::addRow(form, tr("&Points to redeem:"), m_points,
                       RecordForm::withError(m_points, QStringLiteral("points"), &m_pointsError, this));
    form->addRow(QString(), m_balanceAfter);
    RecordForm::addRow(form, tr("&For:"), m_reason,
                       RecordForm::withError(m_reason, QStringLiteral("reason"), &m_reasonError, this));
    RecordForm::addRow(form, tr("Product &class:"), m_productClass);

    QDialogButtonBox *buttons = RecordForm::saveCancelButtons(
        this, tr("&Redeem"), [this] { save(); }, &m_saveButton);
    QWidget *cancel = buttons->button(QDialogButtonBox::Cancel);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 12);
    layout->setSpacing(10);
    layout->addWidget(intro);
    layout->addLayout(status);
    layout->addLayout(form);
    layout->addWidget(m_saveError);
    layout->addStretch(1);
    layout->addWidget(buttons);
    layout->setSizeConstraint(QLayout::SetMinimumSize);

    RecordForm::setTabOrder({m_points, m_reason, m_productClass, m_saveButton, cancel});
    connect(m_points, &QLineEdit::textChanged, this, &RedeemPointsDialog::updateBalanceAfter);
    updateBalanceAfter();
    m_points->setFocus();
}

RedeemPointsDialog::~RedeemPointsDialog() = default;

void RedeemPointsDialog::updateBalanceAfter()
{
    const QLocale locale;
    const qint64 points = m_points->text().toLongLong();
    const qint64 after = m_balance - points;
    if (after < 0) {
        m_balanceAfter->setText(tr("Balance after: %1 (not enough points)").arg(locale.toString(after)));
        m_balanceAfter->setStyleSheet(QStringLiteral("QLabel { color: #8c1d18; }"));
        return;
    }
    m_balanceAfter->setStyleSheet(QString());
    const qint64 value = m_ledger.program().valueCents(points);
    m_balanceAfter->setText(
        points > 0
            ? tr("Balance after: %1 (these points are worth %2)").arg(locale.toString(after), RecordForm::money(value))
            : tr("Balance after: %1").arg(locale.toString(after)));
}

void RedeemPointsDialog::save()
{
    if (m_saved.id != 0) {
        return;
    }
    for (QLabel *label : {m_pointsError, m_reasonError, m_saveError}) {
        RecordForm::setError(label, {});
    }
    const qint64 points = m_points->text().toLongLong();
    const QString reason = m_reason->text().simplified();
    QWidget *firstBad = nullptr;
    if (points <= 0) {
        RecordForm::setError(m_pointsError, tr("Enter how many points to redeem."));
        firstBad = m_points;
    }
    if (reason.isEmpty()) {
        RecordForm::setError(m_reasonError, tr("Say what the points pay for."));
        firstBad = firstBad ? firstBad : m_reason;
    }
    if (firstBad) {
        firstBad->setFocus(Qt::OtherFocusReason);
        return;
    }
    const auto productClass = static_cast<core::ProductClass>(m_productClass->currentData().toInt());
    auto saved = m_ledger.redeem(m_customer.id, points, reason, productClass, m_staffName);
    if (!saved) {
        // The ledger says why (not enough points, Rx excluded); its messages are long, so they go in the
        // full-width bar, and the focus goes to the field to change.
        const core::Error &error = saved.error();
        RecordForm::setError(m_saveError, error.message);
        if (error.code == core::ErrorCode::Conflict) {
            m_points->setFocus(Qt::OtherFocusReason);
            m_points->selectAll();
        } else if (error.code == core::ErrorCode::Validation && !m_ledger.program().canRedeemFor(productClass)) {
            m_productClass->setFocus(Qt::OtherFocusReason);
        }
        return;
    }
    m_saved = *saved;
    accept();
}

} // namespace caredesk::ui
