// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Clock.h"
#include "core/customers/Customer.h"

#include <QDate>
#include <QWidget>

#include <memory>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace caredesk::core {
class Database;
class SurveyRepository;
struct SurveyFilter;
} // namespace caredesk::core

namespace caredesk::ui {

class DimensionScoreTableModel;
class SurveyResponseTableModel;

/**
 * Feedback and satisfaction for a manager or service officer: choose a period, department and staff member and
 * read NPS with its 95% interval, top-two-box CSAT, the dimension scores weakest first, and the answers behind them
 * with detractors marked. Administrators also edit the survey template here.
 */
class FeedbackPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FeedbackPage)

public:
    /** The period choices, in the order of the period list. */
    enum class Period { ThisMonth, LastMonth, Last3Months, Last12Months, Custom };
    Q_ENUM(Period)

    explicit FeedbackPage(core::Database &database, const core::Clock &clock = core::Clock::system(),
                          QWidget *parent = nullptr);
    ~FeedbackPage() override;

    /** Reads the filter choices and the figures again, keeping the filters. */
    void refresh();
    /** Opens the survey template editor (administrators only; does nothing for others). */
    void editTemplate();

    void setPeriod(Period period);
    [[nodiscard]] Period period() const;
    /** Switches to a custom period of whole local days, @p from to @p to inclusive. */
    void setCustomPeriod(const QDate &from, const QDate &to);
    /** The filter the figures were computed for (UTC, [from, to)). */
    [[nodiscard]] core::SurveyFilter currentFilter() const;

    [[nodiscard]] SurveyResponseTableModel *responseModel() const { return m_responses; }
    [[nodiscard]] DimensionScoreTableModel *dimensionModel() const { return m_dimensions; }
    /** How often the figures were computed since construction: one per filter change. */
    [[nodiscard]] int recomputeCount() const { return m_recomputeCount; }

Q_SIGNALS:
    /** The user asked to open the profile of the customer who gave the highlighted answer. */
    void openCustomer(core::CustomerId id);

protected:
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onPeriodChanged();
    void onDateEdited();
    void setDateEdits(const QDate &from, const QDate &to);
    void reloadFilterChoices();
    void recompute();
    void showError(const QString &message);
    void fitDimensionTable();
    void openCurrentCustomer();

    core::Database &m_database;
    const core::Clock &m_clock;
    std::unique_ptr<core::SurveyRepository> m_surveys;
    QComboBox *m_period = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_department = nullptr;
    QComboBox *m_staff = nullptr;
    QPushButton *m_editTemplate = nullptr;
    QLabel *m_error = nullptr;
    QStackedWidget *m_content = nullptr;
    QLabel *m_emptyState = nullptr;
    QLabel *m_npsValue = nullptr;
    QLabel *m_npsBreakdown = nullptr;
    QLabel *m_npsWarning = nullptr;
    QLabel *m_csatValue = nullptr;
    QLabel *m_csatDetail = nullptr;
    QLabel *m_csatWarning = nullptr;
    QLabel *m_responseCount = nullptr;
    QTableView *m_dimensionTable = nullptr;
    QTableView *m_responseTable = nullptr;
    DimensionScoreTableModel *m_dimensions = nullptr;
    SurveyResponseTableModel *m_responses = nullptr;
    int m_recomputeCount = 0;
    bool m_shownOnce = false; ///< recompute() waits for the first show
};

} // namespace caredesk::ui
