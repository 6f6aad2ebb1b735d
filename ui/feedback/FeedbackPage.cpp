// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/feedback/FeedbackPage.h"

#include "core/feedback/SatisfactionScore.h"
#include "core/feedback/SurveyRepository.h"
#include "core/storage/Database.h"
#include "ui/customers/CustomerText.h"
#include "ui/feedback/DimensionScoreTableModel.h"
#include "ui/feedback/SurveyResponseTableModel.h"
#include "ui/feedback/SurveyTemplateDialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFontMetrics>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QShowEvent>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace caredesk::ui {

namespace {

const QString warningStyle = QStringLiteral("QLabel { color: #8a5a00; background-color: #fff4e0; "
                                            "border: 1px solid #f0d08a; border-radius: 4px; padding: 4px 8px; }");
const QString errorStyle = QStringLiteral("QLabel { color: #8c1d18; background-color: #fdecea; "
                                          "border: 1px solid #f2b8b5; border-radius: 4px; padding: 6px 8px; }");

QString number(double value)
{
    return QLocale().toString(value, 'f', 1);
}

QLabel *makeLabel(const char *objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(objectName));
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}

QLabel *makeWarning(const char *objectName, QWidget *parent)
{
    QLabel *label = makeLabel(objectName, parent);
    label->setStyleSheet(warningStyle);
    label->hide();
    return label;
}

QFrame *makeCard(QWidget *parent)
{
    auto *card = new QFrame(parent);
    card->setFrameShape(QFrame::StyledPanel);
    card->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    return card;
}

QFont scaledFont(const QFont &base, double factor, bool bold)
{
    QFont font = base;
    font.setPointSizeF(font.pointSizeF() * factor);
    font.setBold(bold);
    return font;
}

QTableView *makeTable(const char *objectName, const QString &accessibleName, QWidget *parent)
{
    auto *table = new QTableView(parent);
    table->setObjectName(QString::fromLatin1(objectName));
    table->setAccessibleName(accessibleName);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->setTabKeyNavigation(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 10);
    table->horizontalHeader()->setHighlightSections(false);
    return table;
}

QDateEdit *makeDateEdit(const char *objectName, const QString &accessibleName, QWidget *parent)
{
    auto *edit = new QDateEdit(parent);
    edit->setObjectName(QString::fromLatin1(objectName));
    edit->setAccessibleName(accessibleName);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    return edit;
}

QDateTime startOfLocalDay(const QDate &date)
{
    return date.startOfDay().toUTC();
}

} // namespace

FeedbackPage::FeedbackPage(core::Database &database, const core::Clock &clock, QWidget *parent)
    : QWidget(parent), m_database(database), m_clock(clock),
      m_surveys(std::make_unique<core::SurveyRepository>(database, clock))
{
    m_period = new QComboBox(this);
    m_period->setObjectName(QStringLiteral("periodFilter"));
    m_period->setAccessibleName(tr("Period"));
    m_period->addItem(tr("This month"), static_cast<int>(Period::ThisMonth));
    m_period->addItem(tr("Last month"), static_cast<int>(Period::LastMonth));
    m_period->addItem(tr("Last 3 months"), static_cast<int>(Period::Last3Months));
    m_period->addItem(tr("Last 12 months"), static_cast<int>(Period::Last12Months));
    m_period->addItem(tr("Custom dates"), static_cast<int>(Period::Custom));
    m_period->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    // Three months give most sites enough answers for a figure to mean something.
    m_period->setCurrentIndex(static_cast<int>(Period::Last3Months));

    m_from = makeDateEdit("periodFrom", tr("First day of the period"), this);
    m_to = makeDateEdit("periodTo", tr("Last day of the period"), this);
    m_from->setToolTip(tr("Change a date to choose your own period"));
    m_to->setToolTip(m_from->toolTip());

    m_department = new QComboBox(this);
    m_department->setObjectName(QStringLiteral("departmentFilter"));
    m_department->setAccessibleName(tr("Department"));
    m_department->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_department->setMaxVisibleItems(20);
    m_staff = new QComboBox(this);
    m_staff->setObjectName(QStringLiteral("staffFilter"));
    m_staff->setAccessibleName(tr("Staff member"));
    m_staff->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_staff->setMaxVisibleItems(20);

    m_editTemplate = new QPushButton(tr("Edit Survey &Template…"), this);
    m_editTemplate->setObjectName(QStringLiteral("editSurveyTemplateButton"));
    m_editTemplate->setToolTip(tr("Add, rename, reorder or retire the questions of the survey"));
    // The core refuses everyone else anyway; the button only hides what would fail.
    const bool admin = database.session().role == core::Role::Administrator;
    m_editTemplate->setVisible(admin);
    m_editTemplate->setEnabled(admin);
    connect(m_editTemplate, &QPushButton::clicked, this, &FeedbackPage::editTemplate);

    auto *periodLabel = new QLabel(tr("&Period:"), this);
    periodLabel->setBuddy(m_period);
    auto *dashLabel = new QLabel(tr("to"), this);
    auto *departmentLabel = new QLabel(tr("&Department:"), this);
    departmentLabel->setBuddy(m_department);
    auto *staffLabel = new QLabel(tr("&Staff:"), this);
    staffLabel->setBuddy(m_staff);

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(periodLabel);
    filterRow->addWidget(m_period);
    filterRow->addWidget(m_from);
    filterRow->addWidget(dashLabel);
    filterRow->addWidget(m_to);
    filterRow->addSpacing(16);
    filterRow->addWidget(departmentLabel);
    filterRow->addWidget(m_department);
    filterRow->addSpacing(8);
    filterRow->addWidget(staffLabel);
    filterRow->addWidget(m_staff);
    filterRow->addStretch(1);
    filterRow->addWidget(m_editTemplate);

    m_error = makeLabel("feedbackError", this);
    m_error->setStyleSheet(errorStyle);
    m_error->hide();

    // NPS card
    QFrame *npsCard = makeCard(this);
    auto *npsTitle = new QLabel(tr("Net Promoter Score"), npsCard);
    npsTitle->setForegroundRole(QPalette::PlaceholderText);
    m_npsValue = makeLabel("npsValue", npsCard);
    m_npsValue->setFont(scaledFont(m_npsValue->font(), 1.5, true));
    m_npsValue->setToolTip(tr("% promoters (9–10) minus % detractors (0–6), with its 95% interval"));
    m_npsBreakdown = makeLabel("npsBreakdown", npsCard);
    m_npsWarning = makeWarning("npsSmallSample", npsCard);
    auto *npsLayout = new QVBoxLayout(npsCard);
    npsLayout->addWidget(npsTitle);
    npsLayout->addWidget(m_npsValue);
    npsLayout->addWidget(m_npsBreakdown);
    npsLayout->addWidget(m_npsWarning);

    // CSAT card
    QFrame *csatCard = makeCard(this);
    auto *csatTitle = new QLabel(tr("Customer satisfaction (CSAT)"), csatCard);
    csatTitle->setForegroundRole(QPalette::PlaceholderText);
    m_csatValue = makeLabel("csatValue", csatCard);
    m_csatValue->setFont(scaledFont(m_csatValue->font(), 1.5, true));
    m_csatDetail = makeLabel("csatDetail", csatCard);
    m_csatWarning = makeWarning("csatSmallSample", csatCard);
    auto *csatLayout = new QVBoxLayout(csatCard);
    csatLayout->addWidget(csatTitle);
    csatLayout->addWidget(m_csatValue);
    csatLayout->addWidget(m_csatDetail);
    csatLayout->addWidget(m_csatWarning);

    auto *cards = new QVBoxLayout;
    cards->addWidget(npsCard);
    cards->addWidget(csatCard);
    cards->addStretch(1);

    m_dimensions = new DimensionScoreTableModel(this);
    m_dimensionTable = makeTable("dimensionTable", tr("Dimension scores"), this);
    m_dimensionTable->setModel(m_dimensions);
    m_dimensionTable->setSelectionMode(QAbstractItemView::NoSelection);
    QHeaderView *dimensionHeader = m_dimensionTable->horizontalHeader();
    dimensionHeader->setSectionResizeMode(DimensionScoreTableModel::Dimension, QHeaderView::Stretch);
    dimensionHeader->setSectionResizeMode(DimensionScoreTableModel::Score, QHeaderView::ResizeToContents);
    dimensionHeader->setSectionResizeMode(DimensionScoreTableModel::Answers, QHeaderView::ResizeToContents);
    m_dimensionTable->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    auto *dimensionColumn = new QVBoxLayout;
    dimensionColumn->addWidget(m_dimensionTable);
    dimensionColumn->addStretch(1);

    auto *summaryRow = new QHBoxLayout;
    summaryRow->addLayout(cards, 2);
    summaryRow->addLayout(dimensionColumn, 3);

    m_responseCount = makeLabel("responseCount", this);
    m_responseCount->setFont(scaledFont(m_responseCount->font(), 1.0, true));

    m_responses = new SurveyResponseTableModel(this);
    m_responseTable = makeTable("responseTable", tr("Survey answers"), this);
    m_responseTable->setModel(m_responses);
    QHeaderView *header = m_responseTable->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    // Wide enough for typical values in the running font and language; the comment takes the rest.
    const QFontMetrics metrics = m_responseTable->fontMetrics();
    const auto fit = [&](int column, const QStringList &samples) {
        // Room for the sort indicator beside the header text.
        int width =
            header->fontMetrics().horizontalAdvance(m_responses->headerData(column, Qt::Horizontal).toString()) +
            metrics.height() + 12;
        for (const QString &sample : samples) {
            width = std::max(width, metrics.horizontalAdvance(sample) + 16);
        }
        header->resizeSection(column, width);
    };
    fit(SurveyResponseTableModel::Date, {CustomerText::date(QDate(2026, 12, 28))});
    fit(SurveyResponseTableModel::Customer,
        {tr("%1 (%2)").arg(QStringLiteral("欧阳晓华"), QStringLiteral("M00000000"))});
    QStringList channels;
    for (auto channel : {core::SurveyChannel::Paper, core::SurveyChannel::Phone, core::SurveyChannel::Kiosk,
                         core::SurveyChannel::Interview}) {
        channels << core::surveyChannelLabel(channel);
    }
    fit(SurveyResponseTableModel::Channel, channels);
    fit(SurveyResponseTableModel::Csat, {QStringLiteral("5")});
    fit(SurveyResponseTableModel::Nps, {QStringLiteral("10")});
    fit(SurveyResponseTableModel::Department, {QStringLiteral("康复医学科")});
    fit(SurveyResponseTableModel::Staff, {QStringLiteral("Dr. Margaret")});
    header->setSortIndicator(SurveyResponseTableModel::Date, Qt::DescendingOrder);
    m_responseTable->setSortingEnabled(true);
    connect(m_responseTable, &QTableView::doubleClicked, this, &FeedbackPage::openCurrentCustomer);
    m_responseTable->installEventFilter(this);

    auto *results = new QWidget(this);
    auto *resultsLayout = new QVBoxLayout(results);
    resultsLayout->setContentsMargins(0, 0, 0, 0);
    resultsLayout->setSpacing(8);
    resultsLayout->addLayout(summaryRow);
    resultsLayout->addSpacing(4);
    resultsLayout->addWidget(m_responseCount);
    resultsLayout->addWidget(m_responseTable, 1);

    // A narrow centred column reads better than a line across a wide window.
    auto *emptyPage = new QWidget(this);
    emptyPage->setObjectName(QStringLiteral("emptyStatePage"));
    m_emptyState = makeLabel("emptyState", emptyPage);
    m_emptyState->setAlignment(Qt::AlignCenter);
    m_emptyState->setMargin(24);
    m_emptyState->setMaximumWidth(600);
    m_emptyState->setFont(scaledFont(m_emptyState->font(), 1.2, false));
    auto *emptyLayout = new QHBoxLayout(emptyPage);
    emptyLayout->addStretch(1);
    emptyLayout->addWidget(m_emptyState, 4);
    emptyLayout->addStretch(1);

    m_content = new QStackedWidget(this);
    m_content->setObjectName(QStringLiteral("feedbackContent"));
    m_content->addWidget(results);
    m_content->addWidget(emptyPage);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 12);
    layout->setSpacing(8);
    layout->addLayout(filterRow);
    layout->addWidget(m_error);
    layout->addWidget(m_content, 1);

    setTabOrder(m_period, m_from);
    setTabOrder(m_from, m_to);
    setTabOrder(m_to, m_department);
    setTabOrder(m_department, m_staff);
    setTabOrder(m_staff, m_editTemplate);
    setTabOrder(m_editTemplate, m_responseTable);
    setFocusProxy(m_period);

    // The figures (all responses of the period: seconds at 1M customers) are read when the page is first shown,
    // not while the main window is being built; onPeriodChanged() only sets the dates until then.
    onPeriodChanged();

    connect(m_period, &QComboBox::currentIndexChanged, this, &FeedbackPage::onPeriodChanged);
    connect(m_from, &QDateEdit::dateChanged, this, &FeedbackPage::onDateEdited);
    connect(m_to, &QDateEdit::dateChanged, this, &FeedbackPage::onDateEdited);
    connect(m_department, &QComboBox::currentIndexChanged, this, &FeedbackPage::recompute);
    connect(m_staff, &QComboBox::currentIndexChanged, this, &FeedbackPage::recompute);
}

FeedbackPage::~FeedbackPage() = default;

void FeedbackPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Coming to the page after surveys were entered elsewhere (a profile, another window): show them.
    if (!event->spontaneous()) {
        m_shownOnce = true;
        refresh();
    }
}

bool FeedbackPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_responseTable && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && key->modifiers() == Qt::NoModifier) {
            openCurrentCustomer();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

FeedbackPage::Period FeedbackPage::period() const
{
    return static_cast<Period>(m_period->currentData().toInt());
}

void FeedbackPage::setPeriod(Period period)
{
    m_period->setCurrentIndex(m_period->findData(static_cast<int>(period)));
}

void FeedbackPage::setCustomPeriod(const QDate &from, const QDate &to)
{
    {
        const QSignalBlocker blockPeriod(m_period);
        m_period->setCurrentIndex(m_period->findData(static_cast<int>(Period::Custom)));
    }
    setDateEdits(from, to);
    recompute();
}

void FeedbackPage::setDateEdits(const QDate &from, const QDate &to)
{
    const QSignalBlocker blockFrom(m_from);
    const QSignalBlocker blockTo(m_to);
    m_from->setDate(from);
    m_to->setDate(to);
}

void FeedbackPage::onPeriodChanged()
{
    const QDate today = m_clock.today();
    const QDate monthStart(today.year(), today.month(), 1);
    switch (period()) {
    case Period::ThisMonth: setDateEdits(monthStart, monthStart.addMonths(1).addDays(-1)); break;
    case Period::LastMonth: setDateEdits(monthStart.addMonths(-1), monthStart.addDays(-1)); break;
    case Period::Last3Months: setDateEdits(today.addMonths(-3).addDays(1), today); break;
    case Period::Last12Months: setDateEdits(today.addMonths(-12).addDays(1), today); break;
    case Period::Custom: break; // keeps the dates shown, ready to be changed
    }
    recompute();
}

void FeedbackPage::onDateEdited()
{
    {
        const QSignalBlocker blockPeriod(m_period);
        m_period->setCurrentIndex(m_period->findData(static_cast<int>(Period::Custom)));
    }
    recompute();
}

core::SurveyFilter FeedbackPage::currentFilter() const
{
    core::SurveyFilter filter;
    filter.from = startOfLocalDay(m_from->date());
    filter.to = startOfLocalDay(m_to->date().addDays(1));
    filter.department = m_department->currentData().toString();
    filter.staff = m_staff->currentData().toString();
    return filter;
}

void FeedbackPage::reloadFilterChoices()
{
    const auto refill = [](QComboBox *combo, const QString &allText, const QStringList &values) {
        const QString current = combo->currentData().toString();
        const QSignalBlocker blocker(combo);
        combo->clear();
        combo->addItem(allText);
        for (const QString &value : values) {
            combo->addItem(value, value);
        }
        // A value no longer in use stays choosable, so a refresh never changes the filter under the user.
        if (!current.isEmpty() && combo->findData(current) < 0) {
            combo->addItem(current, current);
        }
        combo->setCurrentIndex(std::max(0, combo->findData(current)));
    };
    auto departments = m_surveys->departmentsInUse();
    refill(m_department, tr("All departments"), departments ? *departments : QStringList());
    auto staff = m_surveys->staffInUse();
    refill(m_staff, tr("All staff"), staff ? *staff : QStringList());
    if (!departments) {
        showError(departments.error().message);
    } else if (!staff) {
        showError(staff.error().message);
    }
}

void FeedbackPage::refresh()
{
    m_error->hide();
    reloadFilterChoices();
    if (period() != Period::Custom) {
        // "This month" follows the calendar if the page stays open past midnight.
        onPeriodChanged();
    } else {
        recompute();
    }
}

void FeedbackPage::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

void FeedbackPage::recompute()
{
    if (!m_shownOnce) {
        return; // the first show reads everything
    }
    ++m_recomputeCount;
    m_error->hide();
    if (m_from->date() > m_to->date()) {
        showError(tr("The period starts after it ends. Choose a first day on or before the last day."));
        m_responses->setResponses({});
        m_dimensions->setResults({});
        m_emptyState->setText(tr("No period chosen."));
        m_content->setCurrentWidget(m_emptyState->parentWidget());
        return;
    }
    const core::SurveyFilter filter = currentFilter();
    auto responses = m_surveys->responsesIn(filter);
    if (!responses) {
        showError(responses.error().message);
        m_responses->setResponses({});
        m_dimensions->setResults({});
        m_emptyState->setText(tr("The survey answers could not be read."));
        m_content->setCurrentWidget(m_emptyState->parentWidget());
        return;
    }
    // Names are a convenience: without them the list still shows the customer ids.
    auto respondents = m_surveys->respondentsIn(filter);
    m_responses->setResponses(*responses,
                              respondents ? *respondents : QHash<core::CustomerId, core::SurveyRespondent>());
    m_dimensions->setResults(core::SatisfactionScore::dimensions(*responses));
    fitDimensionTable();

    if (responses->isEmpty()) {
        QString text = tr("No survey answers in this period. Enter paper forms from a customer's profile (Alt+S).");
        if (!filter.department.isEmpty() || !filter.staff.isEmpty()) {
            text = tr("No survey answers in this period for the chosen department or staff member. Choose "
                      "\"All\" to see every answer, or enter paper forms from a customer's profile (Alt+S).");
        }
        m_emptyState->setText(text);
        m_content->setCurrentWidget(m_emptyState->parentWidget());
        m_npsWarning->hide();
        m_csatWarning->hide();
        return;
    }
    m_content->setCurrentWidget(m_content->widget(0));

    const QString caution =
        tr("Fewer than %1 answers: treat with caution.").arg(core::SatisfactionScore::smallSampleThreshold);
    const core::NpsResult nps = core::SatisfactionScore::nps(*responses);
    if (nps.n == 0) {
        m_npsValue->setText(tr("NPS: no answers"));
        m_npsBreakdown->setText(tr("No one answered the recommend question in this period."));
    } else {
        m_npsValue->setText(tr("NPS %1 (%2 – %3), n = %4")
                                .arg(number(nps.nps), number(nps.low), number(nps.high), QLocale().toString(nps.n)));
        m_npsBreakdown->setText(tr("Promoters %1 · Passives %2 · Detractors %3")
                                    .arg(QLocale().toString(nps.promoters), QLocale().toString(nps.passives),
                                         QLocale().toString(nps.detractors)));
    }
    m_npsWarning->setText(caution);
    m_npsWarning->setVisible(nps.n > 0 && nps.smallSample);

    const core::CsatResult csat = core::SatisfactionScore::csat(*responses);
    if (csat.n == 0) {
        m_csatValue->setText(tr("CSAT: no answers"));
        m_csatDetail->setText(tr("No one gave an overall score in this period."));
    } else {
        m_csatValue->setText(tr("CSAT %1%, n = %2").arg(number(csat.percent), QLocale().toString(csat.n)));
        m_csatDetail->setText(
            tr("%1 of %2 answered 4 or 5 out of 5").arg(QLocale().toString(csat.topTwo), QLocale().toString(csat.n)));
    }
    m_csatWarning->setText(caution);
    m_csatWarning->setVisible(csat.n > 0 && csat.smallSample);

    m_responseCount->setText(
        tr("Answers in this period: %1 · detractors (NPS 0–6) in red").arg(QLocale().toString(responses->size())));
}

void FeedbackPage::fitDimensionTable()
{
    // As tall as its rows, so nothing empty sits under the scores; beyond ten dimensions it scrolls.
    constexpr int maxVisibleRows = 10;
    const int rows = std::clamp(m_dimensions->rowCount(), 1, maxVisibleRows);
    m_dimensionTable->setFixedHeight(m_dimensionTable->verticalHeader()->defaultSectionSize() * rows +
                                     m_dimensionTable->horizontalHeader()->sizeHint().height() +
                                     2 * m_dimensionTable->frameWidth());
}

void FeedbackPage::openCurrentCustomer()
{
    const QModelIndex index = m_responseTable->currentIndex();
    if (!index.isValid()) {
        return;
    }
    Q_EMIT openCustomer(index.data(SurveyResponseTableModel::CustomerIdRole).toLongLong());
}

void FeedbackPage::editTemplate()
{
    if (m_database.session().role != core::Role::Administrator) {
        return;
    }
    SurveyTemplateDialog dialog(*m_surveys, m_database.profile(), this);
    dialog.exec();
    refresh();
}

} // namespace caredesk::ui
