// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/feedback/SurveyRepository.h"
#include "core/feedback/SurveyTemplate.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace caredesk::ui {

/**
 * The survey responses of a period for a table view, newest first by default; sortable by any column. Detractors
 * (NPS 0–6) show in a warning colour. The customer column shows name and member number when the respondents were
 * given, otherwise the customer id.
 */
class SurveyResponseTableModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SurveyResponseTableModel)

public:
    enum Column { Date, Customer, Channel, Csat, Nps, Department, Staff, Comment, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        ResponseIdRole = Qt::UserRole,
        CustomerIdRole,
        DetractorRole, ///< bool: NPS answered and 0–6
        SortRole,      ///< the raw value a column sorts by
    };

    explicit SurveyResponseTableModel(QObject *parent = nullptr);
    ~SurveyResponseTableModel() override;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    /** Replaces the rows; keeps the current sort column and order. */
    void setResponses(const QList<core::SurveyResponse> &responses,
                      const QHash<core::CustomerId, core::SurveyRespondent> &respondents = {});
    [[nodiscard]] core::SurveyResponse responseAt(int row) const;
    [[nodiscard]] static bool isDetractor(const core::SurveyResponse &response);

private:
    [[nodiscard]] QString customerText(const core::SurveyResponse &response) const;
    [[nodiscard]] QVariant sortValue(const core::SurveyResponse &response, int column) const;
    void applySort();

    QList<core::SurveyResponse> m_rows;
    QHash<core::CustomerId, core::SurveyRespondent> m_respondents;
    int m_sortColumn = Date;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
};

} // namespace caredesk::ui
