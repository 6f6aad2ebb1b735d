// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analytics/ChurnRiskService.h"

#include <QAbstractTableModel>
#include <QList>

#include <optional>

namespace caredesk::ui {

/**
 * The at-risk list of churn early warning (流失预警): highest score first, with band and the top reasons in words.
 * Pages from ChurnRiskService (keyset: score, customer id) as the view scrolls.
 */
class AtRiskTableModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AtRiskTableModel)

public:
    enum Column { Customer, MemberNumber, Band, Score, LastVisit, Reasons, ColumnCount };
    enum Role {
        CustomerIdRole = Qt::UserRole, ///< qint64
        BandRole,                      ///< int (core::ChurnBand)
    };

    explicit AtRiskTableModel(core::ChurnRiskService &service, QObject *parent = nullptr);

    void setBand(std::optional<core::ChurnBand> band);
    [[nodiscard]] std::optional<core::ChurnBand> band() const { return m_filter.band; }
    void setPageSize(int rows);
    /** Reads the first page again. */
    void reload();
    [[nodiscard]] const core::ChurnRiskRow *rowAt(const QModelIndex &index) const;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;
    [[nodiscard]] bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    void loadFailed(const QString &message);
    void reloaded();

private:
    core::ChurnRiskService &m_service;
    core::ChurnListFilter m_filter;
    QList<core::ChurnRiskRow> m_rows;
    int m_pageSize = 100;
    bool m_atEnd = true;
};

} // namespace caredesk::ui
