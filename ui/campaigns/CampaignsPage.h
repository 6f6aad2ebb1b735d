// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Clock.h"
#include "core/customers/Customer.h"

#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace caredesk::core {
class CampaignRepository;
struct Campaign;
class CustomerRepository;
class Database;
} // namespace caredesk::core

namespace caredesk::ui {

class CampaignMemberTableModel;
class CampaignTableModel;

/**
 * The Campaigns area (营销活动 / 社区服务): the campaigns with their headline results; for the one highlighted its
 * evaluation (target against holdout, exclusions by reason, participation, satisfaction, cost per conversion) and
 * its members, who can be marked contacted, responded or attended by keyboard; new campaigns with a segment
 * editor; the audited contact-list export (service officers, managers and administrators only).
 */
class CampaignsPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CampaignsPage)

public:
    explicit CampaignsPage(core::Database &database, const core::Clock &clock = core::Clock::system(),
                           QWidget *parent = nullptr);
    ~CampaignsPage() override;

    [[nodiscard]] CampaignTableModel *model() const { return m_model; }
    [[nodiscard]] CampaignMemberTableModel *memberModel() const { return m_members; }
    /** Reads the campaigns again, keeping the highlighted one. */
    void reload();
    /** Highlights campaign @p id (false when it is not listed). */
    bool selectCampaign(qint64 id);
    /**
     * Asks for confirmation (the file holds personal data in plain text and is recorded in the audit trail) and
     * writes the highlighted campaign's contact list to @p path. The button asks for the path first.
     */
    void exportContactList(const QString &path);
    /** Opens the new-campaign dialog (modal). */
    void newCampaign();

Q_SIGNALS:
    void openCustomer(core::CustomerId id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    [[nodiscard]] qint64 currentCampaignId() const;
    void showCurrent();
    void markSelected(int what);
    void changeStatus();
    void buildAudience();
    void editCurrent();
    void openDialog(const core::Campaign *editing);
    void chooseExportFile();

    core::Database &m_database;
    const core::Clock &m_clock;
    std::unique_ptr<core::CampaignRepository> m_repository;
    std::unique_ptr<core::CustomerRepository> m_customers;
    CampaignTableModel *m_model = nullptr;
    CampaignMemberTableModel *m_members = nullptr;
    QStackedWidget *m_content = nullptr;
    QLabel *m_emptyState = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_evaluation = nullptr;
    QLabel *m_error = nullptr;
    QTableView *m_memberTable = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_build = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_status = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_contacted = nullptr;
    QPushButton *m_responded = nullptr;
    QPushButton *m_attended = nullptr;
};

} // namespace caredesk::ui
