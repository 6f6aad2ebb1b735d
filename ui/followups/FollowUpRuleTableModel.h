// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/followups/FollowUpRule.h"

#include <QAbstractTableModel>
#include <QList>

namespace caredesk::ui {

/** The follow-up rules: on or off, what triggers them, who gets the calls. */
class FollowUpRuleTableModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FollowUpRuleTableModel)

public:
    enum Column { Name, Enabled, Summary, Kind, Assignee, ColumnCount };
    Q_ENUM(Column)
    enum Role { RuleIdRole = Qt::UserRole };

    explicit FollowUpRuleTableModel(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

    void setRules(const QList<core::FollowUpRule> &rules);
    [[nodiscard]] const core::FollowUpRule &ruleAt(int row) const { return m_rules.at(row); }

private:
    QList<core::FollowUpRule> m_rules;
};

} // namespace caredesk::ui
