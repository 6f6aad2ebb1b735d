// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/feedback/SurveyResponseTableModel.h"

#include "ui/customers/CustomerText.h"

#include <QCollator>
#include <QColor>
#include <QFont>
#include <QLocale>

#include <algorithm>

namespace caredesk::ui {

namespace {

const QColor detractorColour(0x8c, 0x1d, 0x18);

QVariant optionalNumber(const std::optional<int> &value)
{
    return value ? QVariant(QLocale().toString(*value)) : QVariant();
}

} // namespace

SurveyResponseTableModel::SurveyResponseTableModel(QObject *parent) : QAbstractTableModel(parent)
{
}

SurveyResponseTableModel::~SurveyResponseTableModel() = default;

int SurveyResponseTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int SurveyResponseTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool SurveyResponseTableModel::isDetractor(const core::SurveyResponse &response)
{
    return response.nps && *response.nps <= 6;
}

QString SurveyResponseTableModel::customerText(const core::SurveyResponse &response) const
{
    const auto it = m_respondents.constFind(response.customerId);
    if (it == m_respondents.constEnd()) {
        return tr("Customer #%1").arg(response.customerId);
    }
    return tr("%1 (%2)").arg(it->name, it->memberNumber);
}

QVariant SurveyResponseTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const core::SurveyResponse &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Date: return CustomerText::localDate(r.at);
        case Customer: return customerText(r);
        case Channel: return core::surveyChannelLabel(r.channel);
        case Csat: return optionalNumber(r.csat);
        case Nps: return optionalNumber(r.nps);
        case Department: return r.department;
        case Staff: return r.staff;
        // One line in the table; the whole comment is in the tooltip.
        case Comment: return r.comment.simplified();
        default: return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == Date) {
            return CustomerText::dateTime(r.at);
        }
        if (index.column() == Comment && !r.comment.isEmpty()) {
            return r.comment;
        }
        if (index.column() == Nps && r.nps) {
            return isDetractor(r) ? tr("Detractor (0–6)") : *r.nps >= 9 ? tr("Promoter (9–10)") : tr("Passive (7–8)");
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Csat || index.column() == Nps) {
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        }
        return {};
    case Qt::ForegroundRole:
        if (isDetractor(r)) {
            return detractorColour;
        }
        return {};
    case Qt::FontRole:
        if (index.column() == Nps && isDetractor(r)) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case ResponseIdRole: return r.id;
    case CustomerIdRole: return r.customerId;
    case DetractorRole: return isDetractor(r);
    case SortRole: return sortValue(r, index.column());
    default: return {};
    }
}

QVariant SurveyResponseTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Date: return tr("Date");
        case Customer: return tr("Customer");
        case Channel: return tr("Channel");
        case Csat: return tr("CSAT");
        case Nps: return tr("NPS");
        case Department: return tr("Department");
        case Staff: return tr("Staff");
        case Comment: return tr("Comment");
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Csat: return tr("Overall satisfaction, 1 (very dissatisfied) to 5 (very satisfied)");
        case Nps: return tr("Likelihood to recommend, 0 to 10; 0–6 are detractors");
        default: return {};
        }
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

QVariant SurveyResponseTableModel::sortValue(const core::SurveyResponse &r, int column) const
{
    switch (column) {
    case Date: return r.at;
    case Customer: return customerText(r);
    case Channel: return core::surveyChannelLabel(r.channel);
    // Unanswered sorts below every answer.
    case Csat: return r.csat.value_or(-1);
    case Nps: return r.nps.value_or(-1);
    case Department: return r.department;
    case Staff: return r.staff;
    case Comment: return r.comment;
    default: return {};
    }
}

void SurveyResponseTableModel::applySort()
{
    const int column = m_sortColumn;
    const bool ascending = m_sortOrder == Qt::AscendingOrder;
    QCollator collator;
    collator.setNumericMode(true);
    const auto less = [&](const core::SurveyResponse &a, const core::SurveyResponse &b) {
        const QVariant va = sortValue(a, column);
        const QVariant vb = sortValue(b, column);
        int c = 0;
        if (va.typeId() == QMetaType::QString) {
            c = collator.compare(va.toString(), vb.toString());
        } else if (va.typeId() == QMetaType::QDateTime) {
            c = va.toDateTime() < vb.toDateTime() ? -1 : va.toDateTime() > vb.toDateTime() ? 1 : 0;
        } else {
            c = va.toInt() - vb.toInt();
        }
        if (c == 0) {
            // Ties in answer order, so the list is stable between refreshes.
            return ascending ? a.id < b.id : a.id > b.id;
        }
        return ascending ? c < 0 : c > 0;
    };
    std::sort(m_rows.begin(), m_rows.end(), less);
}

void SurveyResponseTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount) {
        return;
    }
    m_sortColumn = column;
    m_sortOrder = order;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<core::SurveyResponseId> ids;
    ids.reserve(before.size());
    for (const QModelIndex &index : before) {
        ids << m_rows.at(index.row()).id;
    }
    applySort();
    QHash<core::SurveyResponseId, int> rowOfId;
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        rowOfId.insert(m_rows.at(i).id, static_cast<int>(i));
    }
    QModelIndexList after;
    after.reserve(before.size());
    for (qsizetype i = 0; i < before.size(); ++i) {
        after << index(rowOfId.value(ids.at(i)), before.at(i).column());
    }
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void SurveyResponseTableModel::setResponses(const QList<core::SurveyResponse> &responses,
                                            const QHash<core::CustomerId, core::SurveyRespondent> &respondents)
{
    beginResetModel();
    m_rows = responses;
    m_respondents = respondents;
    applySort();
    endResetModel();
}

core::SurveyResponse SurveyResponseTableModel::responseAt(int row) const
{
    return m_rows.value(row);
}

} // namespace caredesk::ui
