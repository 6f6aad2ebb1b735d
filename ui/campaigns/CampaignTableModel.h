// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/campaigns/Campaign.h"
#include "core/campaigns/CampaignEvaluation.h"

#include <QAbstractTableModel>
#include <QList>

namespace caredesk::ui {

/** The site's campaigns with their headline results, newest start first. Campaigns are few: loaded whole. */
class CampaignTableModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CampaignTableModel)

public:
    enum Column { Name, Kind, Period, Channel, Status, Audience, ConversionRate, CostPerConversion, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        CampaignIdRole = Qt::UserRole,
        StatusRole, ///< int of core::CampaignStatus
    };

    struct Row {
        core::Campaign campaign;
        core::CampaignEvaluation evaluation;
    };

    explicit CampaignTableModel(QObject *parent = nullptr);
    ~CampaignTableModel() override;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

    void setRows(const QList<Row> &rows);
    [[nodiscard]] const Row &rowAt(int row) const { return m_rows.at(row); }
    /** The row of campaign @p id, -1 when it is not listed. */
    [[nodiscard]] int rowOf(core::CampaignId id) const;

    /** "12.5%", or "–" when there is nothing to divide by. */
    [[nodiscard]] static QString percent(const std::optional<double> &ratio);
    /** "¥60.00" with a note on the basis ("per added conversion"), or "–". */
    [[nodiscard]] static QString costPerConversion(const core::CampaignEvaluation &evaluation);

private:
    QList<Row> m_rows;
};

} // namespace caredesk::ui
