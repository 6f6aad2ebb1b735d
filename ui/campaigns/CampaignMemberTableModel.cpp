// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/campaigns/CampaignMemberTableModel.h"

#include "core/campaigns/CampaignRepository.h"
#include "ui/customers/CustomerText.h"

#include <QScopedValueRollback>

#include <algorithm>

namespace caredesk::ui {

CampaignMemberTableModel::CampaignMemberTableModel(core::CampaignRepository &repository, QObject *parent)
    : QAbstractTableModel(parent), m_repository(repository)
{
}

CampaignMemberTableModel::~CampaignMemberTableModel() = default;

int CampaignMemberTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int CampaignMemberTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CampaignMemberTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const core::CampaignMember &m = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name: return m.name;
        case MemberNumber: return m.memberNumber;
        case Group: return core::campaignGroupLabel(m.group);
        case Contacted:
            if (m.group == core::CampaignGroup::Holdout) {
                return tr("kept back");
            }
            return m.contactedAt.isValid() ? CustomerText::dateTime(m.contactedAt) : QString();
        case Participation: {
            QStringList parts;
            if (m.respondedAt.isValid()) {
                parts << (m.response.isEmpty() ? tr("responded") : tr("responded: %1").arg(m.response));
            }
            if (m.attendedAt.isValid()) {
                parts << tr("attended");
            }
            return parts.join(tr(", "));
        }
        case Converted: return m.converted ? tr("yes") : tr("no");
        default: return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == Participation && m.respondedAt.isValid()) {
            return tr("Responded %1").arg(CustomerText::dateTime(m.respondedAt));
        }
        return {};
    case CustomerIdRole: return m.customerId;
    case GroupRole: return static_cast<int>(m.group);
    default: return {};
    }
}

QVariant CampaignMemberTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case Name: return tr("Name");
    case MemberNumber: return tr("Member no.");
    case Group: return tr("Group");
    case Contacted: return tr("Contacted");
    case Participation: return tr("Responded / attended");
    case Converted: return tr("Converted");
    default: return {};
    }
}

bool CampaignMemberTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_changing;
}

void CampaignMemberTableModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd || m_changing) {
        return;
    }
    const QScopedValueRollback<bool> guard(m_changing, true);
    const qint64 after = m_rows.isEmpty() ? 0 : m_rows.constLast().id;
    auto page = m_repository.memberPage(m_campaignId, after, m_pageSize);
    if (!page) {
        m_atEnd = true;
        m_lastError = page.error().message;
        Q_EMIT loadFailed(m_lastError);
        return;
    }
    m_atEnd = page->size() < m_pageSize;
    if (page->isEmpty()) {
        return;
    }
    beginInsertRows({}, static_cast<int>(m_rows.size()), static_cast<int>(m_rows.size() + page->size() - 1));
    m_rows.append(*page);
    endInsertRows();
}

void CampaignMemberTableModel::load(int atLeast)
{
    {
        const QScopedValueRollback<bool> guard(m_changing, true);
        beginResetModel();
        m_rows.clear();
        m_lastError.clear();
        m_atEnd = m_campaignId == 0;
        endResetModel();
    }
    while (!m_atEnd && (m_rows.isEmpty() || m_rows.size() < atLeast)) {
        fetchMore({});
        if (!m_lastError.isEmpty()) {
            break;
        }
    }
}

void CampaignMemberTableModel::setCampaign(core::CampaignId campaignId)
{
    m_campaignId = campaignId;
    load(0);
}

void CampaignMemberTableModel::setPageSize(int rows)
{
    m_pageSize = std::clamp(rows, 1, core::CampaignRepository::maxPageSize);
    load(0);
}

void CampaignMemberTableModel::refresh()
{
    load(static_cast<int>(m_rows.size()));
}

} // namespace caredesk::ui
