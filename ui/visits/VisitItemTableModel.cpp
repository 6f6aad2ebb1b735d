// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/visits/VisitItemTableModel.h"

#include "ui/common/RecordForm.h"

namespace caredesk::ui {

namespace {

constexpr int maxQuantity = 9999;

bool isProductClass(int value)
{
    return value >= static_cast<int>(core::ProductClass::Rx) && value <= static_cast<int>(core::ProductClass::Service);
}

} // namespace

VisitItemTableModel::VisitItemTableModel(QObject *parent) : QAbstractTableModel(parent)
{
}

VisitItemTableModel::~VisitItemTableModel() = default;

int VisitItemTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_items.size());
}

int VisitItemTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant VisitItemTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const core::VisitItem &item = m_items.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn: return item.name;
        case ClassColumn: return core::productClassLabel(item.productClass);
        case QuantityColumn: return item.quantity;
        case UnitPriceColumn: return RecordForm::amount(item.unitPriceCents);
        case TotalColumn: return RecordForm::amount(item.totalCents());
        default: return {};
        }
    case Qt::EditRole:
        switch (column) {
        case NameColumn: return item.name;
        case ClassColumn: return static_cast<int>(item.productClass);
        case QuantityColumn: return item.quantity;
        case UnitPriceColumn: return RecordForm::amount(item.unitPriceCents);
        default: return {};
        }
    case ProductClassRole: return static_cast<int>(item.productClass);
    case CentsRole:
        if (column == UnitPriceColumn) {
            return item.unitPriceCents;
        }
        if (column == TotalColumn) {
            return item.totalCents();
        }
        return {};
    case Qt::TextAlignmentRole:
        if (column == QuantityColumn || column == UnitPriceColumn || column == TotalColumn) {
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        }
        return {};
    case Qt::ToolTipRole:
        if (column == ClassColumn && item.productClass == core::ProductClass::Rx) {
            return tr("Prescription drugs usually earn no loyalty points");
        }
        return {};
    default: return {};
    }
}

bool VisitItemTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid)) {
        return false;
    }
    core::VisitItem &item = m_items[index.row()];
    bool totalChanges = false;
    switch (index.column()) {
    case NameColumn: item.name = value.toString().simplified(); break;
    case ClassColumn: {
        bool ok = false;
        const int productClass = value.toInt(&ok);
        if (!ok || !isProductClass(productClass)) {
            return false;
        }
        item.productClass = static_cast<core::ProductClass>(productClass);
        break;
    }
    case QuantityColumn: {
        bool ok = false;
        const int quantity = value.toInt(&ok);
        if (!ok || quantity < 1 || quantity > maxQuantity) {
            return false;
        }
        item.quantity = quantity;
        totalChanges = true;
        break;
    }
    case UnitPriceColumn: {
        const std::optional<qint64> cents = RecordForm::parseCents(value.toString());
        if (!cents) {
            return false;
        }
        item.unitPriceCents = *cents;
        totalChanges = true;
        break;
    }
    default: return false;
    }
    Q_EMIT dataChanged(index, index);
    if (totalChanges) {
        const QModelIndex total = this->index(index.row(), TotalColumn);
        Q_EMIT dataChanged(total, total);
    }
    Q_EMIT itemsChanged();
    return true;
}

Qt::ItemFlags VisitItemTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid)) {
        return Qt::NoItemFlags;
    }
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (index.column() != TotalColumn) {
        f |= Qt::ItemIsEditable;
    }
    return f;
}

QVariant VisitItemTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case NameColumn: return tr("Item");
    case ClassColumn: return tr("Class");
    case QuantityColumn: return tr("Qty");
    case UnitPriceColumn: return tr("Unit price (¥)");
    case TotalColumn: return tr("Line total (¥)");
    default: return {};
    }
}

bool VisitItemTableModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || count <= 0 || row + count > m_items.size()) {
        return false;
    }
    beginRemoveRows({}, row, row + count - 1);
    m_items.remove(row, count);
    endRemoveRows();
    Q_EMIT itemsChanged();
    return true;
}

int VisitItemTableModel::appendItem(const core::VisitItem &item)
{
    const int row = static_cast<int>(m_items.size());
    beginInsertRows({}, row, row);
    m_items.append(item);
    endInsertRows();
    Q_EMIT itemsChanged();
    return row;
}

qint64 VisitItemTableModel::totalCents() const
{
    qint64 total = 0;
    for (const core::VisitItem &item : m_items) {
        total += item.totalCents();
    }
    return total;
}

} // namespace caredesk::ui
