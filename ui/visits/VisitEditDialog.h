// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/customers/Customer.h"
#include "core/storage/Database.h"
#include "core/visits/Visit.h"

#include <QDialog>

class QComboBox;
class QDateTimeEdit;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace caredesk::core {
class Clock;
class LoyaltyLedger;
class VisitRepository;
} // namespace caredesk::core

namespace caredesk::ui {

class VisitItemTableModel;

/**
 * Records a visit or purchase for one customer, keyboard first: the kind is chosen already (consultation at a
 * clinic, purchase at a pharmacy) and focused, Alt+A jumps to the amount and Enter saves. A pharmacy purchase
 * lists its items (Insert or Alt+M adds one, Delete removes the current one) with a live total and, when a loyalty
 * ledger is given, the points the purchase earns; saving earns them.
 */
class VisitEditDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VisitEditDialog)

public:
    /**
     * @p staffName (the signed-in user) is the default attending staff member. With @p ledger, purchases earn
     * points (source kind "visit", source id the new visit's id).
     */
    VisitEditDialog(const core::Customer &customer, core::VisitRepository &visits, const core::Clock &clock,
                    core::SiteProfile profile, const QString &staffName, core::LoyaltyLedger *ledger = nullptr,
                    QWidget *parent = nullptr);
    ~VisitEditDialog() override;

    /** The visit as saved, with its id (valid once the dialog was accepted). */
    [[nodiscard]] const core::Visit &savedVisit() const { return m_saved; }
    /** The points the saved purchase earned (0 when none or without a ledger). */
    [[nodiscard]] qint64 pointsEarned() const { return m_pointsEarned; }
    /** The points the items entered so far would earn. */
    [[nodiscard]] qint64 expectedPoints() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    [[nodiscard]] core::VisitKind currentKind() const;
    void updateKind();
    void updateTotals();
    void addItem();
    void removeItem();
    void clearErrors();
    void save();

    const core::Customer m_customer;
    core::VisitRepository &m_visits;
    const core::Clock &m_clock;
    core::LoyaltyLedger *m_ledger = nullptr;
    core::Visit m_saved;
    qint64 m_pointsEarned = 0;

    QFormLayout *m_form = nullptr;
    QComboBox *m_kind = nullptr;
    QDateTimeEdit *m_at = nullptr;
    QComboBox *m_department = nullptr;
    QLineEdit *m_staff = nullptr;
    QWidget *m_itemsPanel = nullptr;
    VisitItemTableModel *m_items = nullptr;
    QTableView *m_itemsView = nullptr;
    QPushButton *m_addItem = nullptr;
    QPushButton *m_removeItem = nullptr;
    QLabel *m_itemsTotal = nullptr;
    QLabel *m_points = nullptr;
    QLineEdit *m_amount = nullptr;
    QLabel *m_amountError = nullptr;
    QLineEdit *m_waiting = nullptr;
    QLabel *m_waitingError = nullptr;
    QWidget *m_daysSupplyRow = nullptr;
    QLineEdit *m_daysSupply = nullptr;
    QLabel *m_daysSupplyError = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QLabel *m_saveError = nullptr;
    QPushButton *m_saveButton = nullptr;
};

} // namespace caredesk::ui
