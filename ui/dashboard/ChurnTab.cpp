// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dashboard/ChurnTab.h"

#include "core/analytics/ChurnRiskService.h"
#include "ui/dashboard/AtRiskTableModel.h"
#include "ui/dashboard/ChartCard.h"
#include "ui/dashboard/ChartNumbersTableModel.h"
#include "ui/dashboard/CohortHeatmapDelegate.h"
#include "ui/dashboard/DashboardCharts.h"

#include <QComboBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <utility>

namespace caredesk::ui {

ChurnTab::ChurnTab(core::Database &database, const core::Clock &clock, QWidget *parent)
    : DashboardTab(database, clock, parent), m_service(std::make_unique<core::ChurnRiskService>(database, clock))
{
    m_summary = addSummary(QStringLiteral("churnSummary"));

    auto *listFrame = new QFrame(this);
    listFrame->setObjectName(QStringLiteral("atRiskCard"));
    listFrame->setFrameShape(QFrame::StyledPanel);
    auto *listTitle = new QLabel(tr("Customers at risk of leaving"), listFrame);
    QFont titleFont = listTitle->font();
    titleFont.setBold(true);
    listTitle->setFont(titleFont);

    m_band = new QComboBox(listFrame);
    m_band->setObjectName(QStringLiteral("atRiskBandFilter"));
    m_band->addItem(tr("Early warning (low to high)"));
    for (core::ChurnBand band :
         {core::ChurnBand::High, core::ChurnBand::Medium, core::ChurnBand::Low, core::ChurnBand::Lapsed}) {
        m_band->addItem(core::churnBandLabel(band), static_cast<int>(band));
    }
    auto *bandLabel = new QLabel(tr("&Band:"), listFrame);
    bandLabel->setBuddy(m_band);

    m_winBack = new QPushButton(tr("Cr&eate win-back follow-up"), listFrame);
    m_winBack->setObjectName(QStringLiteral("createWinBackButton"));
    m_winBack->setToolTip(tr("A follow-up task to call the highlighted customer, with the reasons in its note"));

    m_notice = new QLabel(listFrame);
    m_notice->setObjectName(QStringLiteral("atRiskNotice"));
    m_notice->setTextFormat(Qt::PlainText);
    m_notice->setWordWrap(true);
    m_notice->hide();

    m_model = new AtRiskTableModel(*m_service, this);
    m_table = new QTableView(listFrame);
    m_table->setObjectName(QStringLiteral("atRiskTable"));
    m_table->setAccessibleName(tr("Customers at risk of leaving"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->setMinimumHeight(260);
    QHeaderView *header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(AtRiskTableModel::Reasons, QHeaderView::Stretch);
    const int charWidth = m_table->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    header->resizeSection(AtRiskTableModel::Customer, charWidth * 9);
    header->resizeSection(AtRiskTableModel::MemberNumber, charWidth * 8);
    header->resizeSection(AtRiskTableModel::Band, charWidth * 8);
    header->resizeSection(AtRiskTableModel::Score, charWidth * 4);
    header->resizeSection(AtRiskTableModel::LastVisit, charWidth * 10);
    m_table->installEventFilter(this);
    connect(m_table, &QTableView::doubleClicked, this, &ChurnTab::openCurrent);

    m_emptyList = new QLabel(listFrame);
    m_emptyList->setObjectName(QStringLiteral("atRiskEmptyState"));
    m_emptyList->setTextFormat(Qt::PlainText);
    m_emptyList->setWordWrap(true);
    m_emptyList->setText(tr("No customers in this band. Everyone is visiting at their usual rhythm."));
    m_emptyList->hide();

    auto *top = new QHBoxLayout;
    top->addWidget(listTitle);
    top->addStretch(1);
    top->addWidget(bandLabel);
    top->addWidget(m_band);
    top->addWidget(m_winBack);
    auto *listLayout = new QVBoxLayout(listFrame);
    listLayout->setContentsMargins(8, 6, 8, 6);
    listLayout->addLayout(top);
    listLayout->addWidget(m_notice);
    listLayout->addWidget(m_emptyList);
    listLayout->addWidget(m_table, 1);
    addGridWidget(listFrame, 0, 0, 1, 2);

    m_trend = addCard(QStringLiteral("churnTrendCard"), tr("Churn rate per month"), 1, 0);
    m_curves = addCard(QStringLiteral("retentionCurvesCard"), tr("Retention curves (Kaplan–Meier) by segment"), 1, 1);
    m_cohorts =
        addCard(QStringLiteral("cohortRetentionCard"), tr("Cohort retention (by month of first visit)"), 2, 0, 2);
    for (ChartCard *card : {m_trend, m_curves}) {
        card->setFigureHeight(300);
    }
    m_cohorts->setFigureHeight(360);

    m_cohortModel = new ChartNumbersTableModel(this);
    auto *heatmap = new QTableView;
    heatmap->setObjectName(QStringLiteral("cohortHeatmap"));
    heatmap->setAccessibleName(tr("Cohort retention"));
    heatmap->setModel(m_cohortModel);
    heatmap->setItemDelegate(new CohortHeatmapDelegate(heatmap));
    heatmap->setEditTriggers(QAbstractItemView::NoEditTriggers);
    heatmap->setTabKeyNavigation(false);
    heatmap->setShowGrid(false);
    heatmap->verticalHeader()->hide();
    heatmap->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_cohorts->setFigure(heatmap);

    connect(m_model, &AtRiskTableModel::loadFailed, this,
            [this](const QString &message) { showError(core::makeError(core::ErrorCode::Internal, message)); });
    connect(m_model, &AtRiskTableModel::reloaded, this, &ChurnTab::updateButtons);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ChurnTab::updateButtons);
    connect(m_band, &QComboBox::currentIndexChanged, this, [this] {
        const QVariant band = m_band->currentData();
        m_model->setBand(band.isValid() ? std::optional<core::ChurnBand>(static_cast<core::ChurnBand>(band.toInt()))
                                        : std::nullopt);
    });
    connect(m_winBack, &QPushButton::clicked, this, &ChurnTab::createWinBack);
    updateButtons();
}

ChurnTab::~ChurnTab() = default;

void ChurnTab::load(const core::DashboardFilter &)
{
    // The churn figures are as of today (a snapshot), not of the chosen period.
    const QString user = database().session().userName;
    const core::Clock *clockPtr = &clock();
    using Figures = std::pair<core::ChurnDashboardData, core::ChurnBandMoves>;
    run<Figures>(
        [user, clockPtr](const QString &connection) -> core::Result<Figures> {
            if (auto refreshed = refreshChurnSnapshot(connection, user, *clockPtr); !refreshed) {
                return refreshed.error();
            }
            auto dashboard = core::ChurnDashboard::build(connection);
            if (!dashboard) {
                return dashboard.error();
            }
            // Who moved band this calendar month, from the history each rebuild keeps.
            const QDate today = clockPtr->today();
            auto moves = core::ChurnRiskService(connection, user, *clockPtr)
                             .bandMoves(QDate(today.year(), today.month(), 1), today);
            if (!moves) {
                return moves.error();
            }
            return Figures{*dashboard, *moves};
        },
        [this](const Figures &figures) { showData(figures.first, figures.second); });
}

void ChurnTab::showData(const core::ChurnDashboardData &d, const core::ChurnBandMoves &moves)
{
    m_current = d;
    QString summary = DashboardCharts::churnSummary(d);
    if (d.computedAt.isValid()) {
        summary += QLatin1Char('\n') +
                   tr("This month so far: %1 moved into high risk, %2 recovered (no longer at risk).")
                       .arg(DashboardCharts::integer(moves.intoHigh), DashboardCharts::integer(moves.recovered));
    }
    m_summary->setText(summary);
    DashboardCharts::show(m_trend, DashboardCharts::churnTrend(d));
    DashboardCharts::show(m_curves, DashboardCharts::retentionCurves(d));
    const ChartSpec cohorts = DashboardCharts::cohortRetention(d);
    m_cohortModel->setNumbers(cohorts.numbers);
    m_cohorts->setNumbers(cohorts.numbers);
    m_cohorts->setCaption(cohorts.caption);
    m_cohorts->setEmptyText(cohorts.emptyText);
    m_model->reload();
}

bool ChurnTab::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            openCurrent();
            return true;
        }
    }
    return DashboardTab::eventFilter(watched, event);
}

void ChurnTab::openCurrent()
{
    if (const core::ChurnRiskRow *row = m_model->rowAt(m_table->currentIndex())) {
        Q_EMIT openCustomer(row->risk.customerId);
    }
}

void ChurnTab::updateButtons()
{
    const bool empty = m_model->rowCount() == 0;
    m_emptyList->setVisible(empty);
    m_table->setVisible(!empty);
    if (!empty && !m_table->currentIndex().isValid()) {
        m_table->setCurrentIndex(m_model->index(0, 0));
    }
    m_winBack->setEnabled(m_model->rowAt(m_table->currentIndex()) != nullptr);
}

void ChurnTab::createWinBack()
{
    const core::ChurnRiskRow *row = m_model->rowAt(m_table->currentIndex());
    if (!row) {
        return;
    }
    const QDate due = clock().today().addDays(2);
    auto task = m_service->createWinBack(row->risk.customerId, database().session().userName, due);
    if (!task) {
        m_notice->setStyleSheet(QStringLiteral("QLabel { color: #8c1d18; }"));
        m_notice->setText(task.error().message);
    } else {
        m_notice->setStyleSheet(QStringLiteral("QLabel { color: #1e5d2b; }"));
        m_notice->setText(tr("Win-back follow-up created for %1, due %2. It is in the Follow-ups queue.")
                              .arg(row->customerName, QLocale().toString(due, QLocale::ShortFormat)));
    }
    m_notice->show();
}

} // namespace caredesk::ui
