// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/feedback/SurveyTemplateDialog.h"

#include "core/feedback/SurveyRepository.h"
#include "ui/common/MessageBox.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace caredesk::ui {

namespace {

constexpr int keyRole = Qt::UserRole;

QPushButton *makeButton(const QString &text, const char *objectName, const QString &toolTip, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(QString::fromLatin1(objectName));
    button->setToolTip(toolTip);
    button->setAutoDefault(false);
    return button;
}

} // namespace

SurveyTemplateDialog::SurveyTemplateDialog(core::SurveyRepository &surveys, core::SiteProfile profile, QWidget *parent)
    : QDialog(parent), m_surveys(surveys), m_profile(profile)
{
    setObjectName(QStringLiteral("surveyTemplateDialog"));
    setWindowTitle(tr("Survey Template"));

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("templateName"));
    m_title->setTextFormat(Qt::PlainText);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    m_version = new QLabel(this);
    m_version->setObjectName(QStringLiteral("templateVersion"));
    m_version->setTextFormat(Qt::PlainText);
    m_version->setWordWrap(true);
    m_version->setForegroundRole(QPalette::PlaceholderText);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("templateError"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #8c1d18; background-color: #fdecea; "
                                          "border: 1px solid #f2b8b5; border-radius: 4px; padding: 6px 8px; }"));
    m_error->hide();

    auto *listLabel = new QLabel(tr("&Questions asked, in order:"), this);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("dimensionList"));
    m_list->setAccessibleName(tr("Questions asked"));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    listLabel->setBuddy(m_list);
    connect(m_list, &QListWidget::currentRowChanged, this, &SurveyTemplateDialog::updateButtons);
    connect(m_list, &QListWidget::itemActivated, this, &SurveyTemplateDialog::renameDimension);

    m_retired = new QLabel(this);
    m_retired->setObjectName(QStringLiteral("retiredDimensions"));
    m_retired->setTextFormat(Qt::PlainText);
    m_retired->setWordWrap(true);
    m_retired->setForegroundRole(QPalette::PlaceholderText);

    m_add = makeButton(tr("&Add…"), "addDimensionButton", tr("Ask a new question, after the others"), this);
    m_rename = makeButton(tr("&Rename…"), "renameDimensionButton", tr("Change the wording of the question"), this);
    m_up = makeButton(tr("Move &Up"), "moveDimensionUpButton", tr("Ask the question earlier"), this);
    m_down = makeButton(tr("Move &Down"), "moveDimensionDownButton", tr("Ask the question later"), this);
    m_retire = makeButton(tr("Re&tire…"), "retireDimensionButton",
                          tr("Stop asking the question; answers already given keep their scores"), this);
    connect(m_add, &QPushButton::clicked, this, &SurveyTemplateDialog::addDimension);
    connect(m_rename, &QPushButton::clicked, this, &SurveyTemplateDialog::renameDimension);
    connect(m_up, &QPushButton::clicked, this, &SurveyTemplateDialog::moveUp);
    connect(m_down, &QPushButton::clicked, this, &SurveyTemplateDialog::moveDown);
    connect(m_retire, &QPushButton::clicked, this, &SurveyTemplateDialog::retireDimension);

    auto *buttonColumn = new QVBoxLayout;
    for (QPushButton *button : {m_add, m_rename, m_up, m_down, m_retire}) {
        buttonColumn->addWidget(button);
    }
    buttonColumn->addStretch(1);

    auto *listRow = new QHBoxLayout;
    listRow->addWidget(m_list, 1);
    listRow->addLayout(buttonColumn);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("templateButtons"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_version);
    layout->addWidget(m_error);
    layout->addWidget(listLabel);
    layout->addLayout(listRow, 1);
    layout->addWidget(m_retired);
    layout->addWidget(buttons);

    resize(520, 420);
    reload({});
    m_list->setFocus(Qt::OtherFocusReason);
}

SurveyTemplateDialog::~SurveyTemplateDialog() = default;

void SurveyTemplateDialog::setNamePrompt(NamePrompt prompt)
{
    m_prompt = std::move(prompt);
}

QString SurveyTemplateDialog::currentKey() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item == nullptr ? QString() : item->data(keyRole).toString();
}

void SurveyTemplateDialog::setCurrentKey(const QString &key)
{
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(keyRole).toString() == key) {
            m_list->setCurrentRow(row);
            return;
        }
    }
}

void SurveyTemplateDialog::reload(const QString &selectKey)
{
    auto current = m_surveys.current(m_profile);
    if (!current) {
        m_error->setText(current.error().message);
        m_error->show();
        m_template = {};
        showTemplate(m_template, {});
        return;
    }
    showTemplate(*current, selectKey);
}

void SurveyTemplateDialog::showTemplate(const core::SurveyTemplate &surveyTemplate, const QString &selectKey)
{
    m_template = surveyTemplate;
    m_title->setText(m_template.id == 0 ? QString() : m_template.displayName());
    m_version->setText(m_template.id == 0 ? QString()
                                          : tr("Version %1 · answers given on earlier versions keep their questions")
                                                .arg(QLocale().toString(m_template.version)));
    m_list->clear();
    QStringList retired;
    for (const core::SurveyDimension &d : std::as_const(m_template.dimensions)) {
        if (d.retired) {
            retired << d.displayLabel();
            continue;
        }
        auto *item = new QListWidgetItem(d.displayLabel(), m_list);
        item->setData(keyRole, d.key);
    }
    m_retired->setText(retired.isEmpty() ? QString()
                                         : tr("No longer asked: %1").arg(QLocale().createSeparatedList(retired)));
    m_retired->setVisible(!retired.isEmpty());
    if (!selectKey.isEmpty()) {
        setCurrentKey(selectKey);
    }
    if (m_list->currentRow() < 0 && m_list->count() > 0) {
        m_list->setCurrentRow(0);
    }
    updateButtons();
}

void SurveyTemplateDialog::updateButtons()
{
    const int row = m_list->currentRow();
    const bool loaded = m_template.id != 0;
    const bool selected = loaded && row >= 0;
    m_add->setEnabled(loaded);
    m_rename->setEnabled(selected);
    m_up->setEnabled(selected && row > 0);
    m_down->setEnabled(selected && row < m_list->count() - 1);
    // A survey without questions would leave only CSAT and NPS; keep at least one dimension.
    m_retire->setEnabled(selected && m_list->count() > 1);
}

std::optional<QString> SurveyTemplateDialog::askName(const QString &title, const QString &prompt, const QString &text)
{
    if (m_prompt) {
        return m_prompt(title, prompt, text);
    }
    QInputDialog input(this);
    input.setObjectName(QStringLiteral("dimensionNameDialog"));
    input.setWindowTitle(title);
    input.setLabelText(prompt);
    input.setTextValue(text);
    input.setInputMode(QInputDialog::TextInput);
    if (input.exec() != QDialog::Accepted) {
        return std::nullopt;
    }
    return input.textValue();
}

void SurveyTemplateDialog::apply(const core::Result<core::SurveyTemplate> &result, const QString &selectKey)
{
    if (result) {
        m_error->hide();
        showTemplate(*result, selectKey);
        return;
    }
    const core::Error &error = result.error();
    if (error.code == core::ErrorCode::Validation) {
        m_error->setText(error.message);
        m_error->show();
        return;
    }
    MessageBox::error(this, tr("Survey Template"), error);
    // After a conflict (someone else changed it) show what is there now.
    reload(selectKey);
}

void SurveyTemplateDialog::addDimension()
{
    const auto name = askName(tr("Add Question"), tr("What should customers rate (1–5)?"), {});
    if (!name) {
        return;
    }
    const QStringList before = [this] {
        QStringList keys;
        for (const core::SurveyDimension &d : std::as_const(m_template.dimensions)) {
            keys << d.key;
        }
        return keys;
    }();
    auto result = m_surveys.addDimension(m_template.id, *name);
    QString added;
    if (result) {
        for (const core::SurveyDimension &d : std::as_const(result->dimensions)) {
            if (!before.contains(d.key)) {
                added = d.key;
            }
        }
    }
    apply(result, added);
}

void SurveyTemplateDialog::renameDimension()
{
    const QString key = currentKey();
    const core::SurveyDimension *dimension = m_template.dimension(key);
    if (dimension == nullptr) {
        return;
    }
    const auto name = askName(tr("Rename Question"), tr("New wording for \"%1\":").arg(dimension->displayLabel()),
                              dimension->displayLabel());
    if (!name || *name == dimension->displayLabel()) {
        return;
    }
    apply(m_surveys.renameDimension(m_template.id, key, *name), key);
}

void SurveyTemplateDialog::move(int delta)
{
    const QString key = currentKey();
    const int row = m_list->currentRow();
    if (key.isEmpty() || row + delta < 0 || row + delta >= m_list->count()) {
        return;
    }
    apply(m_surveys.moveDimension(m_template.id, key, row + delta), key);
}

void SurveyTemplateDialog::moveUp()
{
    move(-1);
}

void SurveyTemplateDialog::moveDown()
{
    move(1);
}

void SurveyTemplateDialog::retireDimension()
{
    const QString key = currentKey();
    const core::SurveyDimension *dimension = m_template.dimension(key);
    if (dimension == nullptr) {
        return;
    }
    const auto answer = MessageBox::question(
        this, tr("Retire Question"),
        tr("Stop asking \"%1\"? Answers already given keep their scores, and reports still show them.")
            .arg(dimension->displayLabel()));
    if (answer != QMessageBox::Yes) {
        return;
    }
    const int row = m_list->currentRow();
    auto result = m_surveys.retireDimension(m_template.id, key);
    // Keep the cursor where it was: on the question that moved up into the retired one's place.
    QString next;
    if (result) {
        const QList<core::SurveyDimension> active = result->activeDimensions();
        if (!active.isEmpty()) {
            next = active.at(std::min<qsizetype>(row, active.size() - 1)).key;
        }
    }
    apply(result, next);
}

} // namespace caredesk::ui
