// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/complaints/ComplaintTableModel.h"

#include "ui/customers/CustomerText.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace caredesk::ui {

namespace {

QString hours(qint64 minutes)
{
    return QLocale().toString(static_cast<double>(minutes) / 60.0, 'f', 1);
}

/** Light tints with dark text: readable whatever the palette. */
QVariant background(const core::ComplaintQueueRow &row)
{
    if (row.sla.paused) {
        return QBrush(QColor(0xe4, 0xe6, 0xea));
    }
    switch (row.sla.worstStatus()) {
    case core::SlaStatus::Breached: return QBrush(QColor(0xfb, 0xd5, 0xd2));
    case core::SlaStatus::Warning: return QBrush(QColor(0xff, 0xe7, 0xb3));
    case core::SlaStatus::Met:
    case core::SlaStatus::MetLate:
        return row.complaint.isOpen() && row.sla.resolution.running() ? QVariant()
                                                                      : QVariant(QBrush(QColor(0xd9, 0xf0, 0xdc)));
    case core::SlaStatus::OnTrack: return {};
    }
    return {};
}

} // namespace

ComplaintTableModel::ComplaintTableModel(QObject *parent) : QAbstractTableModel(parent)
{
}

ComplaintTableModel::~ComplaintTableModel() = default;

int ComplaintTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ComplaintTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ComplaintTableModel::leftText(const core::SlaClockState &clock)
{
    switch (clock.status) {
    case core::SlaStatus::Met: return tr("met");
    case core::SlaStatus::MetLate: return tr("met late");
    case core::SlaStatus::Breached: return tr("overdue %1 h").arg(hours(-clock.leftMinutes));
    case core::SlaStatus::OnTrack:
    case core::SlaStatus::Warning: return tr("%1 h left").arg(hours(clock.leftMinutes));
    }
    return {};
}

QVariant ComplaintTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const core::ComplaintQueueRow &row = m_rows.at(index.row());
    const core::Complaint &c = row.complaint;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Id: return c.id;
        case Received: return CustomerText::dateTime(c.receivedAt);
        case Customer: return row.customerName;
        case Category: return core::complaintCategoryLabel(c.category);
        case Severity: return core::severityLabel(c.severity);
        case State:
            return c.waitingOnCustomer && c.isOpen()
                       ? tr("%1 (waiting on customer)").arg(core::complaintStateLabel(c.state))
                       : core::complaintStateLabel(c.state);
        case Owner: return c.owner.isEmpty() ? tr("unassigned") : c.owner;
        case FirstResponseDue:
            return row.sla.firstResponse.running() ? CustomerText::dateTime(row.sla.firstResponse.due) : QString();
        case FirstResponseLeft: return leftText(row.sla.firstResponse);
        case ResolutionDue:
            return row.sla.resolution.running() ? CustomerText::dateTime(row.sla.resolution.due) : QString();
        case ResolutionLeft: return leftText(row.sla.resolution);
        default: return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == Customer) {
            return tr("%1 (member no. %2)").arg(row.customerName, row.memberNumber);
        }
        if (row.sla.paused) {
            return tr("Waiting on the customer: the clocks are stopped.");
        }
        return c.description.left(300);
    case Qt::BackgroundRole: return background(row);
    case Qt::ForegroundRole: return background(row).isValid() ? QVariant(QBrush(QColor(0x1f, 0x1f, 0x1f))) : QVariant();
    case Qt::TextAlignmentRole:
        if (index.column() == Id || index.column() == FirstResponseLeft || index.column() == ResolutionLeft) {
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        }
        return {};
    case ComplaintIdRole: return c.id;
    case CustomerIdRole: return c.customerId;
    case SlaStatusRole: return static_cast<int>(row.sla.worstStatus());
    case MinutesToBreachRole: return row.sla.minutesToBreach();
    case PausedRole: return row.sla.paused;
    default: return {};
    }
}

QVariant ComplaintTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Id: return tr("No.");
    case Received: return tr("Received");
    case Customer: return tr("Customer");
    case Category: return tr("Category");
    case Severity: return tr("Severity");
    case State: return tr("State");
    case Owner: return tr("Owner");
    case FirstResponseDue: return tr("First response due");
    case FirstResponseLeft: return tr("Left");
    case ResolutionDue: return tr("Resolution due");
    case ResolutionLeft: return tr("Left");
    default: return {};
    }
}

void ComplaintTableModel::setRows(QList<core::ComplaintQueueRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int ComplaintTableModel::rowOf(core::ComplaintId id) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).complaint.id == id) {
            return static_cast<int>(i);
        }
    }
    return -1;
}

} // namespace caredesk::ui
