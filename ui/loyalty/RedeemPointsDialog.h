// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/customers/Customer.h"
#include "core/loyalty/LoyaltyEntry.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace caredesk::core {
class Clock;
class LoyaltyLedger;
} // namespace caredesk::core

namespace caredesk::ui {

/**
 * Pays with a customer's points: shows balance, tier and the points that expire first, takes the points, what
 * they pay for and the product class of the item, and shows the balance after the redemption while typing.
 * The ledger's rules decide (not more than the balance, no prescription drugs when excluded); its message shows
 * inline and nothing is saved.
 */
class RedeemPointsDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RedeemPointsDialog)

public:
    /**
     * @p staffName (the signed-in user) is recorded as the staff member of the redemption; @p clock says which
     * lots have expired already (the same clock as the ledger's).
     */
    RedeemPointsDialog(const core::Customer &customer, core::LoyaltyLedger &ledger, const core::Clock &clock,
                       const QString &staffName, QWidget *parent = nullptr);
    ~RedeemPointsDialog() override;

    /** The balance when the dialog opened (0 when it could not be read). */
    [[nodiscard]] qint64 balance() const { return m_balance; }
    /** The redeem entry as saved (valid once the dialog was accepted). */
    [[nodiscard]] const core::LoyaltyEntry &savedEntry() const { return m_saved; }

private:
    void updateBalanceAfter();
    void save();

    const core::Customer m_customer;
    core::LoyaltyLedger &m_ledger;
    const QString m_staffName;
    qint64 m_balance = 0;
    core::LoyaltyEntry m_saved;

    QLineEdit *m_points = nullptr;
    QLabel *m_pointsError = nullptr;
    QLabel *m_balanceAfter = nullptr;
    QLineEdit *m_reason = nullptr;
    QLabel *m_reasonError = nullptr;
    QComboBox *m_productClass = nullptr;
    QLabel *m_saveError = nullptr;
    QPushButton *m_saveButton = nullptr;
};

} // namespace caredesk::ui
