// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dashboard/DashboardTab.h"

#include "core/analytics/ChurnRiskService.h"
#include "ui/dashboard/ChartCard.h"

#include <QGridLayout>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

#include <algorithm>
#include <mutex>

namespace caredesk::ui {

DashboardTab::DashboardTab(core::Database &database, const core::Clock &clock, QWidget *parent)
    : QWidget(parent), m_database(database), m_clock(clock)
{
    m_status = new QLabel(tr("Computing…"), this);
    m_status->setObjectName(QStringLiteral("dashboardComputing"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setStyleSheet(QStringLiteral("QLabel { color: #0b4f8a; background-color: #e8f1fb; "
                                           "border: 1px solid #b6d2ef; border-radius: 4px; padding: 4px 8px; }"));
    m_status->hide();

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("dashboardError"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #8c1d18; background-color: #fdecea; "
                                          "border: 1px solid #f2b8b5; border-radius: 4px; padding: 6px 8px; }"));
    m_error->hide();

    m_gridHost = new QWidget(this);
    auto *grid = new QGridLayout(m_gridHost);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(10);
    grid->setVerticalSpacing(10);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("dashboardScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus);
    auto *content = new QWidget(scroll);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 4, 0);
    contentLayout->setSpacing(8);
    m_header = new QVBoxLayout;
    m_header->setSpacing(6);
    contentLayout->addLayout(m_header);
    contentLayout->addWidget(m_gridHost);
    contentLayout->addStretch(1);
    scroll->setWidget(content);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(6);
    layout->addWidget(m_status);
    layout->addWidget(m_error);
    layout->addWidget(scroll, 1);
}

DashboardTab::~DashboardTab()
{
    // The jobs hold a reference to the database; let them finish before it can go away.
    for (QFuture<void> &future : m_running) {
        future.waitForFinished();
    }
}

QString DashboardTab::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

ChartCard *DashboardTab::addCard(const QString &objectName, const QString &title, int row, int column, int columnSpan)
{
    auto *card = new ChartCard(title, m_gridHost);
    card->setObjectName(objectName);
    addGridWidget(card, row, column, 1, columnSpan);
    connect(card, &ChartCard::openRow, this, [this](qint64 id) { Q_EMIT openCustomer(id); });
    return card;
}

QLabel *DashboardTab::addSummary(const QString &objectName)
{
    auto *label = new QLabel(this);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    addHeaderWidget(label);
    return label;
}

void DashboardTab::addHeaderWidget(QWidget *widget)
{
    m_header->addWidget(widget);
}

void DashboardTab::addGridWidget(QWidget *widget, int row, int column, int rowSpan, int columnSpan)
{
    static_cast<QGridLayout *>(m_gridHost->layout())->addWidget(widget, row, column, rowSpan, columnSpan);
}

void DashboardTab::showError(const core::Error &error)
{
    m_error->setText(error.message);
    m_error->show();
}

int DashboardTab::beginJob()
{
    m_running.erase(std::remove_if(m_running.begin(), m_running.end(),
                                   [](const QFuture<void> &future) { return future.isFinished(); }),
                    m_running.end());
    ++m_pending;
    m_status->show();
    m_error->hide();
    return ++m_generation;
}

bool DashboardTab::endJob(int generation)
{
    --m_pending;
    if (m_pending <= 0) {
        m_pending = 0;
        m_status->hide();
    }
    return generation == m_generation;
}

void DashboardTab::finishJob()
{
    Q_EMIT computed();
}

core::Status DashboardTab::refreshChurnSnapshot(const QString &connectionName, const QString &userName,
                                                const core::Clock &clock)
{
    static std::mutex rebuilding;
    const std::lock_guard<std::mutex> lock(rebuilding);
    core::ChurnRiskService service(connectionName, userName, clock);
    auto stale = service.isStale();
    if (!stale) {
        return stale.error();
    }
    if (*stale) {
        if (auto rebuilt = service.rebuild(); !rebuilt) {
            return rebuilt.error();
        }
    }
    return {};
}

QString DashboardTab::nextConnectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("caredesk-dashboard-%1").arg(++counter);
}

} // namespace caredesk::ui
