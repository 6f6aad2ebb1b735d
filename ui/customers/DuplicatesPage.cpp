// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/customers/DuplicatesPage.h"

#include "core/customers/CustomerRepository.h"
#include "ui/customers/DuplicatePairTableModel.h"
#include "ui/customers/MergeDialog.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QKeySequence>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace caredesk::ui {

DuplicatesPage::DuplicatesPage(core::CustomerRepository &repository, QWidget *parent)
    : QWidget(parent), m_repository(repository)
{
    m_backAction = new QAction(tr("Back to List"), this);
    m_backAction->setShortcut(QKeySequence(Qt::Key_Escape));
    m_backAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_backAction, &QAction::triggered, this, &DuplicatesPage::backRequested);
    addAction(m_backAction);

    auto *back = new QPushButton(tr("← &Back"), this);
    back->setObjectName(QStringLiteral("backButton"));
    back->setToolTip(
        tr("Back to the customer list (%1)").arg(m_backAction->shortcut().toString(QKeySequence::NativeText)));
    connect(back, &QPushButton::clicked, m_backAction, &QAction::trigger);

    auto *title = new QLabel(tr("Possible Duplicates"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);

    auto *rescan = new QPushButton(tr("&Scan Again"), this);
    rescan->setObjectName(QStringLiteral("rescanButton"));
    connect(rescan, &QPushButton::clicked, this, &DuplicatesPage::scan);

    auto *topBar = new QHBoxLayout;
    topBar->addWidget(back);
    topBar->addSpacing(12);
    topBar->addWidget(title);
    topBar->addStretch(1);
    topBar->addWidget(rescan);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("duplicateSummary"));
    m_summary->setWordWrap(true);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("scanError"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #8c1d18; background-color: #fdecea; "
                                          "border: 1px solid #f2b8b5; border-radius: 4px; padding: 6px 8px; }"));
    m_error->hide();

    m_model = new DuplicatePairTableModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("duplicatePairs"));
    m_table->setAccessibleName(tr("Possible duplicates"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    QHeaderView *header = m_table->horizontalHeader();
    // Both customers' summaries must show whole (name, phone, birth date, member number); the reasons take the rest.
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(DuplicatePairTableModel::Reasons, QHeaderView::Stretch);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    connect(m_table, &QTableView::doubleClicked, this, &DuplicatesPage::mergeSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &DuplicatesPage::updateButtons);

    m_empty = new QLabel(tr("No possible duplicates found."), this);
    m_empty->setObjectName(QStringLiteral("duplicatesEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_content = new QStackedWidget(this);
    m_content->addWidget(m_table);
    m_content->addWidget(m_empty);

    m_openFirst = new QPushButton(tr("&Open Customer"), this);
    m_openFirst->setObjectName(QStringLiteral("openPairCustomer"));
    m_openFirst->setToolTip(tr("Open the first customer of the selected pair"));
    connect(m_openFirst, &QPushButton::clicked, this, [this] {
        const core::DuplicatePair pair = m_model->pairAt(m_table->currentIndex());
        if (pair.first.id != 0) {
            Q_EMIT openCustomer(pair.first.id);
        }
    });
    m_mergeButton = new QPushButton(tr("&Merge…"), this);
    m_mergeButton->setObjectName(QStringLiteral("mergeButton"));
    m_mergeButton->setToolTip(tr("Compare the selected pair and merge them (Enter)"));
    connect(m_mergeButton, &QPushButton::clicked, this, &DuplicatesPage::mergeSelected);
    auto *bottomBar = new QHBoxLayout;
    bottomBar->addStretch(1);
    bottomBar->addWidget(m_openFirst);
    bottomBar->addWidget(m_mergeButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(8);
    layout->addLayout(topBar);
    layout->addWidget(m_summary);
    layout->addWidget(m_error);
    layout->addWidget(m_content, 1);
    layout->addLayout(bottomBar);

    // Enter on a pair opens the merge dialog, as the Merge button says.
    auto *mergeAction = new QAction(this);
    mergeAction->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    mergeAction->setShortcutContext(Qt::WidgetShortcut);
    connect(mergeAction, &QAction::triggered, this, &DuplicatesPage::mergeSelected);
    m_table->addAction(mergeAction);

    updateButtons();
}

DuplicatesPage::~DuplicatesPage() = default;

void DuplicatesPage::scan()
{
    m_error->hide();
    auto pairs = m_repository.scanDuplicates();
    if (!pairs) {
        m_model->setPairs({});
        m_error->setText(pairs.error().message);
        m_error->show();
        m_summary->clear();
        updateButtons();
        return;
    }
    m_model->setPairs(*pairs);
    const int count = m_model->rowCount();
    m_summary->setText(count == 0   ? QString()
                       : count == 1 ? tr("1 pair of customers may be the same person.")
                                    : tr("%1 pairs of customers may be the same person. The most likely "
                                         "come first.")
                                          .arg(count));
    m_content->setCurrentWidget(count == 0 ? static_cast<QWidget *>(m_empty) : m_table);
    if (count > 0) {
        m_table->selectionModel()->setCurrentIndex(m_model->index(0, 0),
                                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_table->setFocus(Qt::OtherFocusReason);
    }
    updateButtons();
}

void DuplicatesPage::updateButtons()
{
    const bool selected = m_table->currentIndex().isValid();
    m_mergeButton->setEnabled(selected);
    m_openFirst->setEnabled(selected);
}

void DuplicatesPage::mergeSelected()
{
    const core::DuplicatePair pair = m_model->pairAt(m_table->currentIndex());
    if (pair.first.id == 0) {
        return;
    }
    // open(), not exec(): no nested event loop, and tests can drive the dialog.
    auto *dialog = new MergeDialog(m_repository, pair.first.id, pair.second.id, this);
    dialog->setObjectName(QStringLiteral("mergeDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &MergeDialog::merged, this, [this] {
        scan();
        Q_EMIT customersChanged();
    });
    dialog->open();
}

} // namespace caredesk::ui
