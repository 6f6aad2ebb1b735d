// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/campaigns/CampaignTableModel.h"

#include <QLocale>

namespace caredesk::ui {

CampaignTableModel::CampaignTableModel(QObject *parent) : QAbstractTableModel(parent)
{
}

CampaignTableModel::~CampaignTableModel() = default;

int CampaignTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int CampaignTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CampaignTableModel::percent(const std::optional<double> &ratio)
{
    if (!ratio) {
        return tr("–");
    }
    return tr("%1%").arg(QLocale().toString(*ratio * 100.0, 'f', 1));
}

QString CampaignTableModel::costPerConversion(const core::CampaignEvaluation &e)
{
    const auto cents = e.costPerConversionCents();
    if (!cents) {
        return tr("–");
    }
    const QString money = tr("¥%1").arg(QLocale().toString(*cents / 100.0, 'f', 2));
    return e.costBasis() == core::CampaignEvaluation::CostBasis::Incremental ? tr("%1 per added conversion").arg(money)
                                                                             : money;
}

QVariant CampaignTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Row &row = m_rows.at(index.row());
    const core::Campaign &c = row.campaign;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name: return c.name;
        case Kind: return core::campaignKindLabel(c.kind);
        case Period:
            return c.startDate == c.endDate
                       ? c.startDate.toString(Qt::ISODate)
                       : tr("%1 – %2").arg(c.startDate.toString(Qt::ISODate), c.endDate.toString(Qt::ISODate));
        case Channel:
            return c.channel == core::CampaignChannel::Event
                       ? tr("%1, invited by %2")
                             .arg(core::campaignChannelLabel(c.channel), core::channelName(c.inviteChannel))
                       : core::campaignChannelLabel(c.channel);
        case Status: return core::campaignStatusLabel(c.status);
        case Audience:
            if (!c.audienceBuiltAt.isValid()) {
                return tr("not built");
            }
            return QLocale().toString(row.evaluation.audience());
        case ConversionRate:
            return c.status == core::CampaignStatus::Draft ? QString() : percent(row.evaluation.targetConversionRate());
        case CostPerConversion:
            return c.status == core::CampaignStatus::Draft ? QString() : costPerConversion(row.evaluation);
        default: return {};
        }
    case Qt::TextAlignmentRole:
        if (index.column() == Audience || index.column() == ConversionRate || index.column() == CostPerConversion) {
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Name && !c.goal.isEmpty()) {
            return c.goal;
        }
        return {};
    case CampaignIdRole: return c.id;
    case StatusRole: return static_cast<int>(c.status);
    default: return {};
    }
}

QVariant CampaignTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case Name: return tr("Campaign");
    case Kind: return tr("Kind");
    case Period: return tr("Period");
    case Channel: return tr("Channel");
    case Status: return tr("Status");
    case Audience: return tr("Audience");
    case ConversionRate: return tr("Conversion");
    case CostPerConversion: return tr("Cost per conversion");
    default: return {};
    }
}

void CampaignTableModel::setRows(const QList<Row> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int CampaignTableModel::rowOf(core::CampaignId id) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).campaign.id == id) {
            return static_cast<int>(i);
        }
    }
    return -1;
}

} // namespace caredesk::ui
