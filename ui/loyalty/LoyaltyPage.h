// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Clock.h"

#include <QString>
#include <QWidget>

class QFormLayout;
class QGroupBox;
class QLabel;
class QPushButton;
class QTabWidget;

namespace caredesk::core {
class Database;
struct LoyaltyOverview;
} // namespace caredesk::core

namespace caredesk::ui {

class LoyaltyProgramForm;

/**
 * The Loyalty area (会员与积分): the programme overview computed in core (members with points, the outstanding
 * liability and its value, twelve months of earning, redeeming and expiry, members per tier, points about to expire)
 * and the programme settings, which administrators and managers may change.
 */
class LoyaltyPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoyaltyPage)

public:
    explicit LoyaltyPage(core::Database &database, const core::Clock &clock = core::Clock::system(),
                         QWidget *parent = nullptr);
    ~LoyaltyPage() override;

    [[nodiscard]] LoyaltyProgramForm *programForm() const { return m_form; }
    /** Reads the overview again (as of today). */
    void refreshOverview();
    void showOverview();
    void showSettings();

protected:
    void showEvent(QShowEvent *event) override;

private:
    QLabel *addFigure(const QString &objectName, const QString &caption, const QString &toolTip, int row, int column,
                      QLabel **detail);
    void showFigures(const core::LoyaltyOverview &overview);

    core::Database &m_database;
    const core::Clock &m_clock;
    QTabWidget *m_tabs = nullptr;
    LoyaltyProgramForm *m_form = nullptr;
    QWidget *m_figures = nullptr;
    QLabel *m_asOf = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_note = nullptr;
    QPushButton *m_refresh = nullptr;
    QLabel *m_membersWithPoints = nullptr;
    QLabel *m_outstanding = nullptr;
    QLabel *m_outstandingDetail = nullptr;
    QLabel *m_earned = nullptr;
    QLabel *m_redeemed = nullptr;
    QLabel *m_expired = nullptr;
    QLabel *m_rate = nullptr;
    QLabel *m_rateDetail = nullptr;
    QLabel *m_expiring = nullptr;
    QLabel *m_expiringDetail = nullptr;
    QGroupBox *m_tierBox = nullptr;
    QFormLayout *m_tierForm = nullptr;
};

} // namespace caredesk::ui
