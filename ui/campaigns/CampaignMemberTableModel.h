// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/campaigns/CampaignMember.h"

#include <QAbstractTableModel>
#include <QList>

namespace caredesk::core {
class CampaignRepository;
}

namespace caredesk::ui {

/**
 * The audience of one campaign, paged from CampaignRepository::memberPage() (keyset on the member row), so a
 * campaign to every customer of a big site never loads whole.
 */
class CampaignMemberTableModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CampaignMemberTableModel)

public:
    enum Column { Name, MemberNumber, Group, Contacted, Participation, Converted, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        CustomerIdRole = Qt::UserRole,
        GroupRole, ///< int of core::CampaignGroup
    };

    static constexpr int defaultPageSize = 200;

    explicit CampaignMemberTableModel(core::CampaignRepository &repository, QObject *parent = nullptr);
    ~CampaignMemberTableModel() override;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;
    [[nodiscard]] bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    /** Shows the members of @p campaignId (0: none), from the start. */
    void setCampaign(core::CampaignId campaignId);
    [[nodiscard]] core::CampaignId campaignId() const { return m_campaignId; }
    void setPageSize(int rows);
    /** Reads again, keeping as many rows loaded as before. */
    void refresh();
    [[nodiscard]] const core::CampaignMember &memberAt(int row) const { return m_rows.at(row); }
    [[nodiscard]] QString lastError() const { return m_lastError; }

Q_SIGNALS:
    void loadFailed(const QString &message);

private:
    void load(int atLeast);

    core::CampaignRepository &m_repository;
    core::CampaignId m_campaignId = 0;
    QList<core::CampaignMember> m_rows;
    int m_pageSize = defaultPageSize;
    bool m_atEnd = true;
    bool m_changing = false; ///< inside a reset or insertion: no nested fetch from the views' handlers
    QString m_lastError;
};

} // namespace caredesk::ui
