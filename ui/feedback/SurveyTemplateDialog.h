// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/feedback/SurveyTemplate.h"
#include "core/storage/Database.h"

#include <QDialog>

#include <functional>
#include <optional>

class QLabel;
class QListWidget;
class QPushButton;

namespace caredesk::core {
class SurveyRepository;
struct Error;
} // namespace caredesk::core

namespace caredesk::ui {

/**
 * The administrator's editor of the site's survey template: the current version's questions with Add, Rename,
 * Move Up, Move Down and Retire. Every change is saved at once as a new template version, so answers given on
 * earlier versions keep the questions they were asked.
 */
class SurveyTemplateDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SurveyTemplateDialog)

public:
    /** Asks for a dimension name: (title, prompt, initial text) → the text, or nothing when cancelled. */
    using NamePrompt = std::function<std::optional<QString>(const QString &, const QString &, const QString &)>;

    SurveyTemplateDialog(core::SurveyRepository &surveys, core::SiteProfile profile, QWidget *parent = nullptr);
    ~SurveyTemplateDialog() override;

    /** The version shown (and edited next). */
    [[nodiscard]] const core::SurveyTemplate &surveyTemplate() const { return m_template; }
    /** Key of the highlighted active dimension, or empty. */
    [[nodiscard]] QString currentKey() const;
    void setCurrentKey(const QString &key);

    /** Replaces the name input dialog (tests answer without a person). Pass {} for the real dialog. */
    void setNamePrompt(NamePrompt prompt);

    void addDimension();
    void renameDimension();
    void moveUp();
    void moveDown();
    void retireDimension();

private:
    void reload(const QString &selectKey);
    void showTemplate(const core::SurveyTemplate &surveyTemplate, const QString &selectKey);
    void updateButtons();
    void move(int delta);
    /** Shows @p result's error (validation inline, the rest in a message box) or the new version. */
    void apply(const core::Result<core::SurveyTemplate> &result, const QString &selectKey);
    [[nodiscard]] std::optional<QString> askName(const QString &title, const QString &prompt, const QString &text);

    core::SurveyRepository &m_surveys;
    core::SiteProfile m_profile;
    core::SurveyTemplate m_template;
    NamePrompt m_prompt;
    QLabel *m_title = nullptr;
    QLabel *m_version = nullptr;
    QLabel *m_retired = nullptr;
    QLabel *m_error = nullptr;
    QListWidget *m_list = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_rename = nullptr;
    QPushButton *m_up = nullptr;
    QPushButton *m_down = nullptr;
    QPushButton *m_retire = nullptr;
};

} // namespace caredesk::ui
