// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/loyalty/LoyaltyProgram.h"

#include <QStringList>
#include <QWidget>

#include <array>

class QCheckBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace caredesk::core {
class Database;
}

namespace caredesk::ui {

/**
 * The loyalty programme's settings (LoyaltyProgram): points per ¥1 by product class, the Rx exclusion, expiry,
 * the tier window and table, the referral reward and the redemption value. Editable for administrators and
 * managers only; for anyone else it is read-only and says who may change it (and core refuses them anyway).
 */
class LoyaltyProgramForm final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoyaltyProgramForm)

public:
    explicit LoyaltyProgramForm(core::Database &database, QWidget *parent = nullptr);
    ~LoyaltyProgramForm() override;

    /** Whether the signed-in role may change the programme (administrator or manager). */
    [[nodiscard]] bool isEditable() const { return m_editable; }
    /** The settings as the form shows them now. */
    [[nodiscard]] core::LoyaltyProgram program() const;
    /** Shows @p program (not saved). */
    void setProgram(const core::LoyaltyProgram &program);
    /** Reads the saved settings again, dropping unsaved changes. */
    void reload();
    /**
     * Checks the form (tier ids, LoyaltyProgram::validate()) and saves it with LoyaltyProgram::save(). Problems with
     * the input show in the form; a refusal or a database failure in a message box. Returns whether it was saved.
     */
    bool save();

Q_SIGNALS:
    /** The settings were saved. */
    void saved();

private:
    [[nodiscard]] QStringList formProblems() const;
    void addTierRow(const QString &id, qint64 threshold);
    void addTier();
    void removeTier();
    void updateTierNames();
    void updateRxRate();
    void setMessage(const QString &error);
    void applyEditable();

    core::Database &m_database;
    bool m_editable = false;
    core::LoyaltyProgram m_loaded;
    std::array<QDoubleSpinBox *, 4> m_rates{}; ///< by core::ProductClass
    QCheckBox *m_rxExcluded = nullptr;
    QSpinBox *m_expiryMonths = nullptr;
    QSpinBox *m_qualificationMonths = nullptr;
    QTableWidget *m_tiers = nullptr;
    QPushButton *m_addTier = nullptr;
    QPushButton *m_removeTier = nullptr;
    QSpinBox *m_referralReward = nullptr;
    QSpinBox *m_redeemRate = nullptr;
    QLabel *m_note = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_revert = nullptr;
};

} // namespace caredesk::ui
