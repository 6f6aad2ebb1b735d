// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/customers/Customer.h"
#include "core/feedback/SurveyTemplate.h"
#include "core/storage/Database.h"
#include "core/visits/Visit.h"

#include <QDialog>
#include <QList>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace caredesk::core {
class Clock;
class SurveyRepository;
class VisitRepository;
} // namespace caredesk::core

namespace caredesk::ui {

/**
 * Types in a completed satisfaction survey, in the order of the paper form: overall satisfaction (1–5), likelihood
 * to recommend (0–10), one 1–5 score per active dimension of the site's current template, comment, channel, the
 * visit it is about, staff member and department.
 *
 * Made for paper forms: each score field takes only its allowed digits and one valid digit moves on to the next
 * field by itself. The 0–10 question waits after "1" (it may become "10"): type "0" for 10, or Tab (or Enter) to
 * keep 1. Tab and Enter move on too, so unanswered questions stay empty; Enter on the last field or Ctrl+Enter
 * anywhere saves.
 */
class SurveyResponseDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SurveyResponseDialog)

public:
    /**
     * Loads the current template of @p profile from @p surveys. With @p visits the response can name the visit it
     * is about (the customer's recent visits; choosing one fills staff and department when they are empty).
     * The staff field names whose service was rated, so it does not default to the signed-in user (who is
     * recorded as createdBy anyway).
     */
    SurveyResponseDialog(const core::Customer &customer, core::SurveyRepository &surveys, core::SiteProfile profile,
                         const core::Clock &clock, core::VisitRepository *visits = nullptr, QWidget *parent = nullptr);
    ~SurveyResponseDialog() override;

    /** The template the form asks (id 0 when it could not be loaded). */
    [[nodiscard]] const core::SurveyTemplate &surveyTemplate() const { return m_template; }
    /** The response as saved, with its id (valid once the dialog was accepted). */
    [[nodiscard]] const core::SurveyResponse &savedResponse() const { return m_saved; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct DimensionField {
        QString key;
        QLineEdit *edit = nullptr;
    };

    QLineEdit *scoreField(const QString &objectName, int maxScore);
    void scoreEdited(QLineEdit *edit, int maxScore);
    void advanceFrom(QWidget *field);
    void visitChosen();
    void save();

    const core::Customer m_customer;
    core::SurveyRepository &m_surveys;
    const core::Clock &m_clock;
    core::SurveyTemplate m_template;
    QList<core::Visit> m_recentVisits;
    core::SurveyResponse m_saved;

    QLineEdit *m_csat = nullptr;
    QLineEdit *m_nps = nullptr;
    QList<DimensionField> m_dimensions;
    QPlainTextEdit *m_comment = nullptr;
    QComboBox *m_channel = nullptr;
    QComboBox *m_visit = nullptr;
    QLineEdit *m_staff = nullptr;
    QComboBox *m_department = nullptr;
    QDateEdit *m_answeredOn = nullptr;
    QList<QWidget *> m_order; ///< the fields in paper-form order, for moving on by itself
    QLabel *m_saveError = nullptr;
    QPushButton *m_saveButton = nullptr;
};

} // namespace caredesk::ui
