// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/customers/Customer.h"

#include <QWidget>

#include <memory>

class QAction;
class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QPushButton;
class QTreeView;
class QVBoxLayout;

namespace caredesk::core {
class Clock;
class CustomerRepository;
class ComplaintRepository;
class CustomerTimeline;
class FollowUpRepository;
class Database;
class LoyaltyLedger;
class SurveyRepository;
class VisitRepository;
} // namespace caredesk::core

namespace caredesk::ui {

class TimelineTableModel;

/**
 * The whole relationship on one page: who the customer is, how to reach them (phone masked until revealed),
 * consent per channel and purpose, activity status, organisation and referrer, and a timeline of what has been
 * recorded so far (registration, consent changes, merges with undo).
 */
class CustomerProfilePage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomerProfilePage)

public:
    CustomerProfilePage(core::Database &database, core::CustomerRepository &repository, const core::Clock &clock,
                        QWidget *parent = nullptr);
    ~CustomerProfilePage() override;

    /** Loads and shows @p id; phones start masked again. Returns false (and shows why) if it cannot be read. */
    bool showCustomer(core::CustomerId id);
    /** Reads the shown customer again (after an edit). */
    void reload();
    [[nodiscard]] core::CustomerId customerId() const { return m_customer.id; }
    [[nodiscard]] const core::Customer &customer() const { return m_customer; }

    [[nodiscard]] QAction *editAction() const { return m_editAction; }

    /** Writes the member's points statement for the last 12 months to @p path; false (and says why) on failure. */
    bool saveStatement(const QString &path);
    [[nodiscard]] QAction *backAction() const { return m_backAction; }

Q_SIGNALS:
    void backRequested();
    void editRequested(core::CustomerId id);
    void openCustomer(core::CustomerId id);
    /** Consent or a merge changed: lists showing customers should read again. */
    void customersChanged();
    /** The user wants to take a complaint from this customer (Alt+M); the Complaints area handles it. */
    void complaintRequested(core::CustomerId id);
    /** The user wants to plan a follow-up call for this customer (Alt+A); the Follow-ups area handles it. */
    void followUpRequested(core::CustomerId id);

private:
    void render();
    void renderDetails();
    void renderRelationship();
    void renderTimeline();
    void updateUndoMerge();
    [[nodiscard]] QString membershipText() const;
    void updatePhones();
    void togglePhones();
    void recordConsent();
    void recordVisit();
    void logContact();
    void recordSurvey();
    void redeemPoints();
    void chooseStatementFile();
    void undoMerge(qint64 journalId, const QString &survivorName, const QString &mergedName);
    [[nodiscard]] QString customerLink(core::CustomerId id, const QString &text) const;
    void onLinkActivated(const QString &link);

    core::Database &m_database;
    core::CustomerRepository &m_repository;
    const core::Clock &m_clock;
    std::unique_ptr<core::VisitRepository> m_visits;
    std::unique_ptr<core::SurveyRepository> m_surveys;
    std::unique_ptr<core::LoyaltyLedger> m_loyalty;
    std::unique_ptr<core::ComplaintRepository> m_complaints;
    std::unique_ptr<core::FollowUpRepository> m_followUps;
    std::unique_ptr<core::CustomerTimeline> m_history;
    core::Customer m_customer;
    bool m_phonesRevealed = false;

    QAction *m_editAction = nullptr;
    QAction *m_backAction = nullptr;
    QPushButton *m_editButton = nullptr;
    QPushButton *m_consentButton = nullptr;
    QList<QPushButton *> m_recordButtons;
    QLabel *m_mergedBanner = nullptr;
    QLabel *m_name = nullptr;
    QLabel *m_subtitle = nullptr;
    QLabel *m_phone = nullptr;
    QLabel *m_phone2 = nullptr;
    QPushButton *m_revealPhone = nullptr;
    QFormLayout *m_details = nullptr;
    QFormLayout *m_relationship = nullptr;
    QLabel *m_consent = nullptr;
    QWidget *m_timeline = nullptr;
    QComboBox *m_kindFilter = nullptr;
    QComboBox *m_periodFilter = nullptr;
    QPushButton *m_undoMerge = nullptr;
    TimelineTableModel *m_timelineModel = nullptr;
    QTreeView *m_timelineView = nullptr;
    QLabel *m_timelineEmpty = nullptr;
    QLabel *m_error = nullptr;
    QWidget *m_body = nullptr;
};

} // namespace caredesk::ui
