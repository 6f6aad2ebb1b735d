// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/visits/VisitItemDelegate.h"

#include "core/common/ProductClass.h"
#include "ui/common/RecordForm.h"
#include "ui/visits/VisitItemTableModel.h"

#include <QComboBox>
#include <QLineEdit>
#include <QSpinBox>

namespace caredesk::ui {

VisitItemDelegate::VisitItemDelegate(QObject *parent) : QStyledItemDelegate(parent)
{
}

VisitItemDelegate::~VisitItemDelegate() = default;

QWidget *VisitItemDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                         const QModelIndex &index) const
{
    switch (index.column()) {
    case VisitItemTableModel::NameColumn: {
        auto *edit = new QLineEdit(parent);
        edit->setObjectName(QStringLiteral("itemNameEditor"));
        edit->setMaxLength(200);
        edit->setFrame(false);
        return edit;
    }
    case VisitItemTableModel::ClassColumn: {
        auto *combo = new QComboBox(parent);
        combo->setObjectName(QStringLiteral("itemClassEditor"));
        for (auto productClass : {core::ProductClass::Otc, core::ProductClass::Rx, core::ProductClass::Device,
                                  core::ProductClass::Service}) {
            combo->addItem(core::productClassLabel(productClass), static_cast<int>(productClass));
        }
        return combo;
    }
    case VisitItemTableModel::QuantityColumn: {
        auto *spin = new QSpinBox(parent);
        spin->setObjectName(QStringLiteral("itemQuantityEditor"));
        spin->setRange(1, 9999);
        spin->setFrame(false);
        spin->setButtonSymbols(QAbstractSpinBox::NoButtons);
        spin->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        return spin;
    }
    case VisitItemTableModel::UnitPriceColumn: {
        auto *edit = new QLineEdit(parent);
        edit->setObjectName(QStringLiteral("itemPriceEditor"));
        edit->setValidator(RecordForm::amountValidator(edit));
        edit->setFrame(false);
        edit->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        return edit;
    }
    default: return QStyledItemDelegate::createEditor(parent, option, index);
    }
}

void VisitItemDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        combo->setCurrentIndex(std::max(0, combo->findData(index.data(Qt::EditRole).toInt())));
        return;
    }
    if (auto *edit = qobject_cast<QLineEdit *>(editor);
        edit && index.column() == VisitItemTableModel::UnitPriceColumn) {
        // A new line's price starts empty, so the first digit typed is the price and not "0.005".
        const qint64 cents = index.data(VisitItemTableModel::CentsRole).toLongLong();
        edit->setText(cents == 0 ? QString() : index.data(Qt::EditRole).toString());
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void VisitItemDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        model->setData(index, combo->currentData(), Qt::EditRole);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace caredesk::ui
