// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/feedback/SurveyResponseDialog.h"

#include "core/common/Clock.h"
#include "core/feedback/SurveyRepository.h"
#include "core/visits/VisitRepository.h"
#include "ui/common/RecordForm.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QShortcut>
#include <QVBoxLayout>

namespace caredesk::ui {

namespace {

constexpr int npsMax = 10;
constexpr int scaleMax = 5;

bool isPlainEnter(const QKeyEvent *key)
{
    return (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
           (key->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier;
}

std::optional<int> scoreOf(const QLineEdit *edit)
{
    bool ok = false;
    const int value = edit->text().toInt(&ok);
    return ok ? std::optional<int>(value) : std::nullopt;
}

} // namespace

SurveyResponseDialog::SurveyResponseDialog(const core::Customer &customer, core::SurveyRepository &surveys,
                                           core::SiteProfile profile, const core::Clock &clock,
                                           core::VisitRepository *visits, QWidget *parent)
    : QDialog(parent), m_customer(customer), m_surveys(surveys), m_clock(clock)
{
    setWindowTitle(tr("Enter Survey — %1").arg(customer.name));

    auto *intro = new QLabel(tr("Satisfaction survey of %1 (%2)").arg(customer.name, customer.memberNumber), this);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);
    QFont introFont = intro->font();
    introFont.setBold(true);
    intro->setFont(introFont);

    auto *hint = new QLabel(tr("Type one digit per answer: the cursor moves on by itself. For 10 type 1 then 0; for 1 "
                               "in that question type 1 and press Tab. Leave unanswered questions empty."),
                            this);
    hint->setObjectName(QStringLiteral("scoreHint"));
    hint->setTextFormat(Qt::PlainText);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);

    m_saveError = RecordForm::messageBar(this);

    auto loaded = surveys.current(profile);
    if (loaded) {
        m_template = *loaded;
    } else {
        RecordForm::setError(m_saveError, loaded.error().message);
    }

    auto *scores = new QFormLayout;
    scores->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    scores->setVerticalSpacing(8); // not the 24 between the columns, which a form would inherit
    scores->setLabelAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_csat = scoreField(QStringLiteral("csat"), scaleMax);
    RecordForm::addRow(scores, tr("&Overall satisfaction (1–5):"), m_csat);
    m_nps = scoreField(QStringLiteral("nps"), npsMax);
    RecordForm::addRow(scores, tr("&Likelihood to recommend (0–10):"), m_nps);
    m_order << m_csat << m_nps;
    for (const core::SurveyDimension &dimension : m_template.activeDimensions()) {
        QLineEdit *edit = scoreField(QStringLiteral("score_") + dimension.key, scaleMax);
        RecordForm::addRow(scores, tr("%1 (1–5):").arg(dimension.displayLabel()), edit);
        m_dimensions.append({dimension.key, edit});
        m_order << edit;
    }

    m_comment = new QPlainTextEdit(this);
    m_comment->setObjectName(QStringLiteral("comment"));
    m_comment->setTabChangesFocus(true);
    m_comment->setFixedHeight(m_comment->fontMetrics().lineSpacing() * 4 + 12);
    m_comment->setMinimumWidth(300);

    m_channel = new QComboBox(this);
    m_channel->setObjectName(QStringLiteral("channel"));
    for (auto channel : {core::SurveyChannel::Paper, core::SurveyChannel::Phone, core::SurveyChannel::Kiosk,
                         core::SurveyChannel::Interview}) {
        m_channel->addItem(core::surveyChannelLabel(channel), static_cast<int>(channel));
    }

    // Paper forms are often typed in days later; the answer counts on the day it was given.
    m_answeredOn = new QDateEdit(m_clock.today(), this);
    m_answeredOn->setObjectName(QStringLiteral("answeredOn"));
    m_answeredOn->setCalendarPopup(true);
    m_answeredOn->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_answeredOn->setMaximumDate(m_clock.today());

    if (visits) {
        if (auto recent = visits->visitsOf(customer.id)) {
            m_recentVisits = *recent;
        }
        m_visit = new QComboBox(this);
        m_visit->setObjectName(QStringLiteral("linkedVisit"));
        RecordForm::fillVisits(m_visit, m_recentVisits);
        connect(m_visit, &QComboBox::currentIndexChanged, this, &SurveyResponseDialog::visitChosen);
    }

    m_staff = new QLineEdit(this);
    m_staff->setObjectName(QStringLiteral("staff"));
    m_staff->setMaxLength(100);
    m_staff->setPlaceholderText(tr("Whose service was rated"));

    m_department = new QComboBox(this);
    m_department->setObjectName(QStringLiteral("department"));
    m_department->setEditable(true);
    m_department->setInsertPolicy(QComboBox::NoInsert);
    m_department->addItem(QString());
    m_department->addItems(RecordForm::departmentsOf(m_recentVisits));
    m_department->setCurrentIndex(0);
    m_department->lineEdit()->setMaxLength(100);

    auto *details = new QFormLayout;
    details->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    details->setVerticalSpacing(8);
    RecordForm::addRow(details, tr("Co&mment:"), m_comment);
    RecordForm::addRow(details, tr("C&hannel:"), m_channel);
    RecordForm::addRow(details, tr("Answered o&n:"), m_answeredOn);
    if (m_visit) {
        RecordForm::addRow(details, tr("About &visit:"), m_visit);
    }
    RecordForm::addRow(details, tr("S&taff:"), m_staff);
    RecordForm::addRow(details, tr("D&epartment:"), m_department);

    m_order << m_comment << m_channel << m_answeredOn;
    if (m_visit) {
        m_order << m_visit;
    }
    m_order << m_staff << m_department;
    for (QWidget *field : std::as_const(m_order)) {
        if (field != m_comment) {
            (field == m_department ? static_cast<QObject *>(m_department->lineEdit()) : field)
                ->installEventFilter(this);
        }
    }

    // Each column keeps its rows together at the top; the shorter one does not spread its rows apart.
    auto *scoresColumn = new QVBoxLayout;
    scoresColumn->addLayout(scores);
    scoresColumn->addStretch(1);
    auto *detailsColumn = new QVBoxLayout;
    detailsColumn->addLayout(details);
    detailsColumn->addStretch(1);
    auto *columns = new QHBoxLayout;
    columns->setSpacing(24);
    columns->addLayout(scoresColumn);
    columns->addLayout(detailsColumn, 1);

    auto *buttons = new QDialogButtonBox(this);
    m_saveButton = buttons->addButton(tr("&Save"), QDialogButtonBox::AcceptRole);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_saveButton->setDefault(true);
    m_saveButton->setToolTip(tr("Ctrl+Enter, or Enter in the last field"));
    m_saveButton->setEnabled(m_template.id != 0);
    auto *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    connect(m_saveButton, &QPushButton::clicked, this, &SurveyResponseDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (const QKeySequence &keys : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(keys, this);
        connect(shortcut, &QShortcut::activated, this, &SurveyResponseDialog::save);
    }

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 12);
    layout->setSpacing(10);
    layout->addWidget(intro);
    layout->addWidget(hint);
    layout->addLayout(columns);
    layout->addWidget(m_saveError);
    layout->addStretch(1);
    layout->addWidget(buttons);
    layout->setSizeConstraint(QLayout::SetMinimumSize);

    RecordForm::setTabOrder(QList<QWidget *>(m_order) << m_saveButton << cancel);
    m_csat->setFocus();
}

SurveyResponseDialog::~SurveyResponseDialog() = default;

QLineEdit *SurveyResponseDialog::scoreField(const QString &objectName, int maxScore)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(objectName);
    const QString pattern =
        maxScore == npsMax ? QStringLiteral("(10|[0-9])?") : QStringLiteral("[1-%1]?").arg(maxScore);
    edit->setValidator(new QRegularExpressionValidator(QRegularExpression(pattern), edit));
    edit->setMaxLength(maxScore == npsMax ? 2 : 1);
    edit->setAlignment(Qt::AlignCenter);
    edit->setInputMethodHints(Qt::ImhDigitsOnly);
    edit->setFixedWidth(edit->fontMetrics().horizontalAdvance(QStringLiteral("000")) + 16);
    edit->setToolTip(maxScore == npsMax ? tr("0 to 10; empty if not answered") : tr("1 to 5; empty if not answered"));
    connect(edit, &QLineEdit::textEdited, this, [this, edit, maxScore] { scoreEdited(edit, maxScore); });
    return edit;
}

void SurveyResponseDialog::scoreEdited(QLineEdit *edit, int maxScore)
{
    const QString text = edit->text();
    // "1" in the 0–10 question may be the start of "10": it waits for "0" or Tab.
    const bool complete = maxScore == npsMax ? (!text.isEmpty() && text != QLatin1String("1")) : text.size() == 1;
    if (complete) {
        advanceFrom(edit);
    }
}

void SurveyResponseDialog::advanceFrom(QWidget *field)
{
    const qsizetype at = m_order.indexOf(field);
    if (at >= 0 && at + 1 < m_order.size()) {
        // As Tab does: a score that was filled in before is selected, so the next digit replaces it.
        m_order.at(at + 1)->setFocus(Qt::TabFocusReason);
    }
}

bool SurveyResponseDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress && isPlainEnter(static_cast<QKeyEvent *>(event))) {
        // Enter moves on like Tab, so a half-typed form is never saved by accident; on the last field it saves.
        QWidget *field = watched == m_department->lineEdit() ? m_department : qobject_cast<QWidget *>(watched);
        if (field == m_order.constLast()) {
            save();
        } else {
            advanceFrom(field);
        }
        return true;
    }
    return QDialog::eventFilter(watched, event);
}

void SurveyResponseDialog::visitChosen()
{
    const core::VisitId id = m_visit->currentData().toLongLong();
    for (const core::Visit &visit : std::as_const(m_recentVisits)) {
        if (visit.id != id) {
            continue;
        }
        if (m_staff->text().trimmed().isEmpty()) {
            m_staff->setText(visit.staff);
        }
        if (m_department->currentText().trimmed().isEmpty()) {
            m_department->setEditText(visit.department);
        }
        return;
    }
}

void SurveyResponseDialog::save()
{
    if (m_saved.id != 0 || m_template.id == 0) {
        return;
    }
    RecordForm::setError(m_saveError, {});

    core::SurveyResponse response;
    response.customerId = m_customer.id;
    response.templateId = m_template.id;
    response.channel = static_cast<core::SurveyChannel>(m_channel->currentData().toInt());
    const QDate answered = m_answeredOn->date();
    // Today's answers keep the moment they were typed; an earlier form counts at noon of its day.
    response.at = answered == m_clock.today() ? m_clock.nowUtc() : QDateTime(answered, QTime(12, 0)).toUTC();
    response.csat = scoreOf(m_csat);
    response.nps = scoreOf(m_nps);
    for (const DimensionField &field : std::as_const(m_dimensions)) {
        if (const auto score = scoreOf(field.edit)) {
            core::DimensionScore dimensionScore;
            dimensionScore.key = field.key;
            dimensionScore.score = *score;
            if (const core::SurveyDimension *dimension = m_template.dimension(field.key)) {
                dimensionScore.dimensionId = dimension->id;
                dimensionScore.label = dimension->displayLabel();
            }
            response.scores << dimensionScore;
        }
    }
    response.comment = m_comment->toPlainText().trimmed();
    if (m_visit) {
        if (const qint64 visitId = m_visit->currentData().toLongLong(); visitId > 0) {
            response.visitId = visitId;
        }
    }
    response.staff = m_staff->text().simplified();
    response.department = m_department->currentText().simplified();

    const QStringList problems = core::SurveyRepository::validate(response, m_clock.nowUtc());
    if (!problems.isEmpty()) {
        RecordForm::setError(m_saveError, problems.join(QLatin1Char('\n')));
        m_csat->setFocus(Qt::OtherFocusReason);
        return;
    }
    auto saved = m_surveys.addResponse(response);
    if (!saved) {
        RecordForm::setError(m_saveError, saved.error().message);
        return;
    }
    m_saved = *saved;
    accept();
}

} // namespace caredesk::ui
