// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dashboard/AtRiskTableModel.h"

#include <QLocale>

#include <algorithm>

namespace caredesk::ui {

AtRiskTableModel::AtRiskTableModel(core::ChurnRiskService &service, QObject *parent)
    : QAbstractTableModel(parent), m_service(service)
{
}

void AtRiskTableModel::setBand(std::optional<core::ChurnBand> band)
{
    m_filter.band = band;
    reload();
}

void AtRiskTableModel::setPageSize(int rows)
{
    m_pageSize = std::clamp(rows, 1, core::ChurnRiskService::maxPageSize);
}

void AtRiskTableModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_atEnd = true;
    auto page = m_service.atRiskAfter(m_filter, std::nullopt, m_pageSize);
    if (page) {
        m_rows = *page;
        m_atEnd = m_rows.size() < m_pageSize;
    }
    endResetModel();
    if (!page) {
        Q_EMIT loadFailed(page.error().message);
    }
    Q_EMIT reloaded();
}

const core::ChurnRiskRow *AtRiskTableModel::rowAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.row() < 0 || index.row() >= m_rows.size()) {
        return nullptr;
    }
    return &m_rows.at(index.row());
}

int AtRiskTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int AtRiskTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AtRiskTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const core::ChurnRiskRow &row = m_rows.at(index.row());
    const core::ChurnRisk &risk = row.risk;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Customer: return row.customerName;
        case MemberNumber: return row.memberNumber;
        case Band: return core::churnBandLabel(risk.band);
        case Score: return risk.score;
        case LastVisit:
            return risk.lastVisitOn.isValid() ? QLocale().toString(risk.lastVisitOn, QLocale::ShortFormat) : QString();
        case Reasons: return core::reasonTexts(risk, 3).join(QStringLiteral("; "));
        default: return {};
        }
    case Qt::ToolTipRole:
        return index.column() == Reasons ? core::reasonTexts(risk, -1).join(QLatin1Char('\n')) : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == Score ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case CustomerIdRole: return static_cast<qint64>(risk.customerId);
    case BandRole: return static_cast<int>(risk.band);
    default: return {};
    }
}

QVariant AtRiskTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case Customer: return tr("Customer");
    case MemberNumber: return tr("Member no.");
    case Band: return tr("Risk");
    case Score: return tr("Score");
    case LastVisit: return tr("Last visit");
    case Reasons: return tr("Why");
    default: return {};
    }
}

bool AtRiskTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void AtRiskTableModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd || m_rows.isEmpty()) {
        return;
    }
    auto page = m_service.atRiskAfter(m_filter, core::ChurnRiskService::cursorFor(m_rows.last()), m_pageSize);
    if (!page) {
        m_atEnd = true;
        Q_EMIT loadFailed(page.error().message);
        return;
    }
    m_atEnd = page->size() < m_pageSize;
    if (page->isEmpty()) {
        return;
    }
    beginInsertRows({}, static_cast<int>(m_rows.size()), static_cast<int>(m_rows.size() + page->size() - 1));
    m_rows += *page;
    endInsertRows();
}

} // namespace caredesk::ui
