// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/customers/Customer.h"

#include <QWidget>

class QAction;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace caredesk::core {
class CustomerRepository;
}

namespace caredesk::ui {

class DuplicatePairTableModel;

/** Information hygiene: customers that look registered twice, best candidates first, merged one pair at a time. */
class DuplicatesPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DuplicatesPage)

public:
    explicit DuplicatesPage(core::CustomerRepository &repository, QWidget *parent = nullptr);
    ~DuplicatesPage() override;

    /** Runs the scan again. */
    void scan();
    [[nodiscard]] DuplicatePairTableModel *model() const { return m_model; }
    [[nodiscard]] QAction *backAction() const { return m_backAction; }

Q_SIGNALS:
    void backRequested();
    void openCustomer(core::CustomerId id);
    /** A merge happened: lists showing customers should read again. */
    void customersChanged();

private:
    void mergeSelected();
    void updateButtons();

    core::CustomerRepository &m_repository;
    DuplicatePairTableModel *m_model = nullptr;
    QAction *m_backAction = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_empty = nullptr;
    QLabel *m_error = nullptr;
    QStackedWidget *m_content = nullptr;
    QPushButton *m_mergeButton = nullptr;
    QPushButton *m_openFirst = nullptr;
};

} // namespace caredesk::ui
