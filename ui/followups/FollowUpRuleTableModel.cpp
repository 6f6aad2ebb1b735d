// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/followups/FollowUpRuleTableModel.h"

namespace caredesk::ui {

FollowUpRuleTableModel::FollowUpRuleTableModel(QObject *parent) : QAbstractTableModel(parent)
{
}

int FollowUpRuleTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rules.size());
}

int FollowUpRuleTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FollowUpRuleTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rules.size() || index.column() >= ColumnCount) {
        return {};
    }
    const core::FollowUpRule &r = m_rules.at(index.row());
    if (role == RuleIdRole) {
        return r.id;
    }
    if (role == Qt::ToolTipRole && index.column() == Summary) {
        return r.script.trimmed().isEmpty() ? core::followUpDefaultScript(r.taskKind) : r.script;
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (index.column()) {
    case Name: return core::followUpRuleDisplayName(r);
    case Enabled: return r.enabled ? tr("On") : tr("Off");
    case Summary: return core::followUpRuleSummary(r);
    case Kind: return core::followUpKindLabel(r.taskKind);
    case Assignee: {
        const QString account = r.assignee.isEmpty() ? tr("service desk default") : r.assignee;
        return r.assigneeRule == core::FollowUpAssigneeRule::Fixed
                   ? account
                   : tr("%1, else %2").arg(core::followUpAssigneeRuleLabel(r.assigneeRule), account);
    }
    default: return {};
    }
}

QVariant FollowUpRuleTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Name: return tr("Rule");
    case Enabled: return tr("State");
    case Summary: return tr("What it does");
    case Kind: return tr("Task");
    case Assignee: return tr("Calls go to");
    default: return {};
    }
}

void FollowUpRuleTableModel::setRules(const QList<core::FollowUpRule> &rules)
{
    beginResetModel();
    m_rules = rules;
    endResetModel();
}

} // namespace caredesk::ui
