// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Clock.h"
#include "core/customers/Customer.h"
#include "core/followups/FollowUpRuleEngine.h"
#include "core/followups/FollowUpTask.h"

#include <QFuture>
#include <QWidget>

#include <memory>

class QDateEdit;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTableView;

namespace caredesk::core {
class Database;
class FollowUpRepository;
} // namespace caredesk::core

namespace caredesk::ui {

class FollowUpFiguresTableModel;
class FollowUpRuleTableModel;
class FollowUpTaskTableModel;

/**
 * The Follow-ups area (回访). "My queue": the signed-in user's calls due today or overdue, worked by keyboard
 * (J/K or Down/Up move, N next task, Enter or O record the outcome, R another day, P the customer's profile).
 * "Supervisor" (service officers, managers, administrators only): overdue calls across staff and each person's
 * completion and on-time rate for a period. "Rules": the follow-up rules, editable by supervisors. The rule sweep
 * runs whenever the page is shown or reloaded (cheap: the rules keep watermarks).
 */
class FollowUpsPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FollowUpsPage)

public:
    explicit FollowUpsPage(core::Database &database, const core::Clock &clock = core::Clock::system(),
                           QWidget *parent = nullptr);
    ~FollowUpsPage() override;

    /** The hook that opens a complaint for a detractor survey (ComplaintRepository::openFromSurvey when unset). It
     * is called on the sweep's thread, with the sweep's connection's transaction open. */
    void setComplaintOpener(core::FollowUpRuleEngine::ComplaintOpener opener);
    /**
     * Reads the queue, the supervisor's lists and the rules again, and runs the rules (the catch-up sweep) on a
     * connection of its own off the UI thread; when the sweep created or cancelled tasks the lists are read again.
     * A reload while a sweep runs asks for one more sweep after it.
     */
    void reload();
    /** True while the sweep (started by the constructor or reload()) runs (tests wait for it). */
    [[nodiscard]] bool isSweeping() const { return m_sweepJob.isRunning(); }
    /** Opens the New follow-up dialog for customer @p id (a profile's action). */
    void newFollowUpFor(core::CustomerId id);

    [[nodiscard]] FollowUpTaskTableModel *queueModel() const { return m_queueModel; }
    [[nodiscard]] FollowUpTaskTableModel *overdueModel() const { return m_overdueModel; }
    [[nodiscard]] FollowUpFiguresTableModel *figuresModel() const { return m_figuresModel; }
    [[nodiscard]] FollowUpRuleTableModel *rulesModel() const { return m_rulesModel; }
    /** The highlighted task of the queue, 0 when none. */
    [[nodiscard]] core::FollowUpTaskId currentTaskId() const;

Q_SIGNALS:
    void openCustomer(core::CustomerId id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void loadQueue(core::FollowUpTaskId select = 0);
    void loadSupervisor();
    void loadRules();
    void selectRow(int row);
    void moveBy(int delta);
    void goToNext();
    void recordOutcome();
    void rescheduleCurrent();
    void openProfile();
    void newFollowUp(core::CustomerId id);
    void editRule();
    void showError(const QString &message);
    void startSweep();

    core::Database &m_database;
    const core::Clock &m_clock;
    std::unique_ptr<core::FollowUpRepository> m_repository;
    core::FollowUpRuleEngine::ComplaintOpener m_opener;
    QFuture<void> m_sweepJob;
    bool m_sweepAgain = false;
    QTabWidget *m_tabs = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_counter = nullptr;
    QStackedWidget *m_queueStack = nullptr;
    QTableView *m_queue = nullptr;
    QLabel *m_empty = nullptr;
    FollowUpTaskTableModel *m_queueModel = nullptr;
    QWidget *m_supervisorTab = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QTableView *m_figures = nullptr;
    FollowUpFiguresTableModel *m_figuresModel = nullptr;
    QTableView *m_overdue = nullptr;
    FollowUpTaskTableModel *m_overdueModel = nullptr;
    QTableView *m_rules = nullptr;
    FollowUpRuleTableModel *m_rulesModel = nullptr;
    QPushButton *m_editRule = nullptr;
};

} // namespace caredesk::ui
