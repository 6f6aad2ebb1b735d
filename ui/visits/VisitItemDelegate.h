// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace caredesk::ui {

/**
 * Editors for VisitItemTableModel: a product-class combo, a quantity spin box and a price field that takes only
 * yuan with two decimals; the name uses the default line edit.
 */
class VisitItemDelegate final : public QStyledItemDelegate {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VisitItemDelegate)

public:
    explicit VisitItemDelegate(QObject *parent = nullptr);
    ~VisitItemDelegate() override;

    [[nodiscard]] QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                        const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
};

} // namespace caredesk::ui
