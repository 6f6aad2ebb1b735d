// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/visits/VisitEditDialog.h"

#include "core/common/Clock.h"
#include "core/loyalty/LoyaltyLedger.h"
#include "core/visits/VisitRepository.h"
#include "ui/common/RecordForm.h"
#include "ui/visits/VisitItemDelegate.h"
#include "ui/visits/VisitItemTableModel.h"

#include <QApplication>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

namespace caredesk::ui {

namespace {

constexpr int visibleItemRows = 5;

bool isPlainEnter(const QKeyEvent *key)
{
    return (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
           (key->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier;
}

} // namespace

VisitEditDialog::VisitEditDialog(const core::Customer &customer, core::VisitRepository &visits,
                                 const core::Clock &clock, core::SiteProfile profile, const QString &staffName,
                                 core::LoyaltyLedger *ledger, QWidget *parent)
    : QDialog(parent), m_customer(customer), m_visits(visits), m_clock(clock), m_ledger(ledger)
{
    setWindowTitle(tr("Record Visit — %1").arg(customer.name));

    auto *intro = new QLabel(tr("Visit or purchase of %1 (%2)").arg(customer.name, customer.memberNumber), this);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);

    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("visitKind"));
    for (core::VisitKind kind : core::allVisitKinds()) {
        m_kind->addItem(core::visitKindLabel(kind), static_cast<int>(kind));
    }
    const core::VisitKind defaultKind =
        profile == core::SiteProfile::Pharmacy ? core::VisitKind::Purchase : core::VisitKind::Consultation;
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(static_cast<int>(defaultKind))));

    m_at = RecordForm::dateTimeEdit(clock.nowUtc(), this);
    m_at->setObjectName(QStringLiteral("visitAt"));

    m_department = new QComboBox(this);
    m_department->setObjectName(QStringLiteral("department"));
    m_department->setEditable(true);
    m_department->setInsertPolicy(QComboBox::NoInsert);
    m_department->addItem(QString());
    // The customer's own departments are cheap to get and usually the right ones; the inline completion does the rest.
    if (auto previous = visits.visitsOf(customer.id)) {
        m_department->addItems(RecordForm::departmentsOf(*previous));
    }
    m_department->setCurrentIndex(0);
    m_department->setMinimumWidth(340);
    m_department->lineEdit()->setMaxLength(100);
    m_department->lineEdit()->setPlaceholderText(tr("Department or specialty"));
    m_department->lineEdit()->installEventFilter(this);

    m_staff = new QLineEdit(staffName, this);
    m_staff->setObjectName(QStringLiteral("staff"));
    m_staff->setMaxLength(100);

    // Items of a pharmacy purchase.
    m_itemsPanel = new QWidget(this);
    m_itemsPanel->setObjectName(QStringLiteral("itemsPanel"));
    m_items = new VisitItemTableModel(this);
    m_itemsView = new QTableView(m_itemsPanel);
    m_itemsView->setObjectName(QStringLiteral("items"));
    m_itemsView->setAccessibleName(tr("Purchased items"));
    m_itemsView->setModel(m_items);
    m_itemsView->setItemDelegate(new VisitItemDelegate(m_itemsView));
    m_itemsView->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_itemsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_itemsView->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                                 QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    // Tab leaves the table (to the amount): inside it the arrow keys move and an open editor's Tab goes to the next
    // cell, so the items are typed as name Tab class Tab quantity Tab price.
    m_itemsView->setTabKeyNavigation(false);
    m_itemsView->verticalHeader()->hide();
    m_itemsView->setWordWrap(false);
    m_itemsView->setTextElideMode(Qt::ElideMiddle);
    m_itemsView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_itemsView->horizontalHeader()->setSectionResizeMode(VisitItemTableModel::NameColumn, QHeaderView::Stretch);
    m_itemsView->horizontalHeader()->setMinimumSectionSize(60);
    m_itemsView->setFixedHeight(m_itemsView->horizontalHeader()->sizeHint().height() +
                                m_itemsView->verticalHeader()->defaultSectionSize() * visibleItemRows +
                                2 * m_itemsView->frameWidth());
    m_itemsView->setMinimumWidth(600);
    auto *insertShortcut = new QShortcut(QKeySequence(Qt::Key_Insert), m_itemsView);
    insertShortcut->setContext(Qt::WidgetShortcut);
    connect(insertShortcut, &QShortcut::activated, this, &VisitEditDialog::addItem);
    auto *deleteShortcut = new QShortcut(QKeySequence::Delete, m_itemsView);
    deleteShortcut->setContext(Qt::WidgetShortcut);
    connect(deleteShortcut, &QShortcut::activated, this, &VisitEditDialog::removeItem);

    m_addItem = new QPushButton(tr("Add ite&m"), m_itemsPanel);
    m_addItem->setObjectName(QStringLiteral("addItem"));
    m_addItem->setToolTip(tr("Adds a line and starts typing its name (Insert in the list does the same)"));
    m_addItem->setAutoDefault(false);
    connect(m_addItem, &QPushButton::clicked, this, &VisitEditDialog::addItem);
    m_removeItem = new QPushButton(tr("Remo&ve Item"), m_itemsPanel);
    m_removeItem->setObjectName(QStringLiteral("removeItem"));
    m_removeItem->setToolTip(tr("Removes the selected line (Delete in the list does the same)"));
    m_removeItem->setAutoDefault(false);
    connect(m_removeItem, &QPushButton::clicked, this, &VisitEditDialog::removeItem);
    m_itemsTotal = new QLabel(m_itemsPanel);
    m_itemsTotal->setObjectName(QStringLiteral("itemsTotal"));
    m_itemsTotal->setTextFormat(Qt::PlainText);
    m_points = new QLabel(m_itemsPanel);
    m_points->setObjectName(QStringLiteral("pointsEarned"));
    m_points->setTextFormat(Qt::PlainText);
    m_points->setVisible(m_ledger != nullptr);

    m_itemsTotal->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    QFont totalFont = m_itemsTotal->font();
    totalFont.setBold(true);
    m_itemsTotal->setFont(totalFont);
    m_points->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    auto *itemButtons = new QHBoxLayout;
    itemButtons->addWidget(m_addItem);
    itemButtons->addWidget(m_removeItem);
    itemButtons->addStretch(1);
    itemButtons->addWidget(m_itemsTotal);
    auto *itemsLayout = new QVBoxLayout(m_itemsPanel);
    itemsLayout->setContentsMargins(0, 0, 0, 0);
    itemsLayout->setSpacing(4);
    itemsLayout->addWidget(m_itemsView);
    itemsLayout->addLayout(itemButtons);
    itemsLayout->addWidget(m_points);

    m_amount = new QLineEdit(this);
    m_amount->setObjectName(QStringLiteral("amount"));
    m_amount->setValidator(RecordForm::amountValidator(m_amount));
    m_amount->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_amount->setMaximumWidth(160);
    m_amount->setInputMethodHints(Qt::ImhFormattedNumbersOnly);

    m_waiting = new QLineEdit(this);
    m_waiting->setObjectName(QStringLiteral("waitingMinutes"));
    m_waiting->setValidator(RecordForm::digitsValidator(4, m_waiting));
    m_waiting->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_waiting->setMaximumWidth(80);
    m_waiting->setPlaceholderText(tr("optional"));
    m_waiting->setInputMethodHints(Qt::ImhDigitsOnly);

    m_daysSupply = new QLineEdit(this);
    m_daysSupply->setObjectName(QStringLiteral("daysSupply"));
    m_daysSupply->setValidator(RecordForm::digitsValidator(3, m_daysSupply));
    m_daysSupply->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_daysSupply->setMaximumWidth(80);
    m_daysSupply->setPlaceholderText(tr("optional"));
    m_daysSupply->setToolTip(tr("How many days the medication lasts; used for refill reminders"));
    m_daysSupply->setInputMethodHints(Qt::ImhDigitsOnly);

    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 3 + 12);

    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    RecordForm::addRow(m_form, tr("&Kind:"), m_kind);
    RecordForm::addRow(m_form, tr("&Date and time:"), m_at);
    RecordForm::addRow(m_form, tr("D&epartment:"), m_department);
    RecordForm::addRow(m_form, tr("S&taff:"), m_staff);
    auto *itemsLabel = new QLabel(tr("&Items:"), this);
    itemsLabel->setBuddy(m_itemsView);
    m_form->addRow(itemsLabel, m_itemsPanel);
    RecordForm::addRow(m_form, tr("&Amount (¥):"), m_amount,
                       RecordForm::withError(m_amount, QStringLiteral("amount"), &m_amountError, this));
    RecordForm::addRow(m_form, tr("&Waiting minutes:"), m_waiting,
                       RecordForm::withError(m_waiting, QStringLiteral("waitingMinutes"), &m_waitingError, this));
    m_daysSupplyRow = RecordForm::withError(m_daysSupply, QStringLiteral("daysSupply"), &m_daysSupplyError, this);
    RecordForm::addRow(m_form, tr("Days of s&upply:"), m_daysSupply, m_daysSupplyRow);
    RecordForm::addRow(m_form, tr("&Notes:"), m_notes);

    m_saveError = RecordForm::messageBar(this);

    QDialogButtonBox *buttons = RecordForm::saveCancelButtons(
        this, tr("&Save"), [this] { save(); }, &m_saveButton);
    QWidget *cancel = buttons->button(QDialogButtonBox::Cancel);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 12);
    layout->setSpacing(10);
    layout->addWidget(intro);
    layout->addLayout(m_form);
    layout->addWidget(m_saveError);
    layout->addStretch(1);
    layout->addWidget(buttons);
    layout->setSizeConstraint(QLayout::SetMinimumSize);

    RecordForm::setTabOrder({m_kind, m_at, m_department, m_staff, m_itemsView, m_addItem, m_removeItem, m_amount,
                             m_waiting, m_daysSupply, m_notes, m_saveButton, cancel});

    connect(m_kind, &QComboBox::currentIndexChanged, this, &VisitEditDialog::updateKind);
    connect(m_items, &VisitItemTableModel::itemsChanged, this, &VisitEditDialog::updateTotals);
    updateKind();
    updateTotals();
    m_kind->setFocus();
}

VisitEditDialog::~VisitEditDialog() = default;

core::VisitKind VisitEditDialog::currentKind() const
{
    return static_cast<core::VisitKind>(m_kind->currentData().toInt());
}

void VisitEditDialog::updateKind()
{
    const bool purchase = currentKind() == core::VisitKind::Purchase;
    m_form->setRowVisible(m_itemsPanel, purchase);
    m_form->setRowVisible(m_daysSupplyRow, purchase);
    updateTotals();
}

qint64 VisitEditDialog::expectedPoints() const
{
    if (!m_ledger || currentKind() != core::VisitKind::Purchase) {
        return 0;
    }
    qint64 points = 0;
    for (const core::VisitItem &item : m_items->items()) {
        points += m_ledger->program().pointsFor(item.productClass, item.totalCents());
    }
    return points;
}

void VisitEditDialog::updateTotals()
{
    const qint64 total = m_items->totalCents();
    m_itemsTotal->setText(tr("Total: %1").arg(RecordForm::money(total)));
    m_removeItem->setEnabled(m_items->rowCount() > 0);
    const bool purchase = currentKind() == core::VisitKind::Purchase;
    // An empty amount is saved as the items' total: the placeholder shows that number.
    m_amount->setPlaceholderText(purchase && total > 0 ? RecordForm::amount(total) : QString());
    m_amount->setToolTip(purchase ? tr("Leave it empty to record the items' total") : QString());
    if (!m_ledger) {
        return;
    }
    bool hasExcludedRx = false;
    for (const core::VisitItem &item : m_items->items()) {
        hasExcludedRx =
            hasExcludedRx || (item.productClass == core::ProductClass::Rx && m_ledger->program().rxExcluded());
    }
    const qint64 points = expectedPoints();
    m_points->setText(hasExcludedRx ? tr("Points earned: %1 (Rx items earn no points)").arg(points)
                                    : tr("Points earned: %1").arg(points));
}

void VisitEditDialog::addItem()
{
    core::VisitItem item;
    item.productClass = core::ProductClass::Otc;
    const int row = m_items->appendItem(item);
    const QModelIndex name = m_items->index(row, VisitItemTableModel::NameColumn);
    m_itemsView->setFocus(Qt::OtherFocusReason);
    m_itemsView->setCurrentIndex(name);
    m_itemsView->edit(name);
}

void VisitEditDialog::removeItem()
{
    const QModelIndex current = m_itemsView->currentIndex();
    if (!current.isValid()) {
        return;
    }
    const int row = current.row();
    m_items->removeRow(row);
    if (m_items->rowCount() > 0) {
        m_itemsView->setCurrentIndex(m_items->index(std::min(row, m_items->rowCount() - 1), current.column()));
        m_itemsView->setFocus(Qt::OtherFocusReason);
    } else {
        m_addItem->setFocus(Qt::OtherFocusReason);
    }
}

bool VisitEditDialog::eventFilter(QObject *watched, QEvent *event)
{
    // An editable combo keeps Enter to itself; here Enter in the department saves like in every other field.
    if (watched == m_department->lineEdit() && event->type() == QEvent::KeyPress &&
        isPlainEnter(static_cast<QKeyEvent *>(event))) {
        save();
        return true;
    }
    return QDialog::eventFilter(watched, event);
}

void VisitEditDialog::clearErrors()
{
    for (QLabel *label : {m_amountError, m_waitingError, m_daysSupplyError, m_saveError}) {
        RecordForm::setError(label, {});
    }
}

void VisitEditDialog::save()
{
    if (m_saved.id != 0) {
        return; // saved already; a second Enter while closing must not record the visit twice
    }
    // An open cell editor holds what was typed last; commit it before reading the items.
    if (QWidget *focus = QApplication::focusWidget();
        focus && focus != m_itemsView && m_itemsView->isAncestorOf(focus)) {
        m_itemsView->setFocus(Qt::OtherFocusReason);
    }
    clearErrors();
    const bool purchase = currentKind() == core::VisitKind::Purchase;

    core::Visit visit;
    visit.customerId = m_customer.id;
    visit.kind = currentKind();
    visit.at = m_at->dateTime().toUTC();
    visit.department = m_department->currentText().simplified();
    visit.staff = m_staff->text().simplified();
    visit.notes = m_notes->toPlainText().trimmed();

    QWidget *firstBad = nullptr;
    if (const auto cents = RecordForm::parseCents(m_amount->text())) {
        visit.amountCents = *cents;
    } else {
        RecordForm::setError(m_amountError, tr("Enter the amount in yuan, for example 35 or 35.50."));
        firstBad = m_amount;
    }
    if (!RecordForm::parseOptionalInt(m_waiting->text(), &visit.waitingMinutes)) {
        RecordForm::setError(m_waitingError, tr("Enter whole minutes or leave it empty."));
        firstBad = firstBad ? firstBad : m_waiting;
    }
    if (purchase) {
        if (!RecordForm::parseOptionalInt(m_daysSupply->text(), &visit.daysSupply)) {
            RecordForm::setError(m_daysSupplyError, tr("Enter whole days or leave it empty."));
            firstBad = firstBad ? firstBad : m_daysSupply;
        }
        for (const core::VisitItem &item : m_items->items()) {
            // A line added by mistake and left blank is not an item.
            if (!item.name.isEmpty() || item.unitPriceCents != 0) {
                visit.items << item;
            }
        }
    }
    if (firstBad) {
        firstBad->setFocus(Qt::OtherFocusReason);
        return;
    }
    const QStringList problems = core::VisitRepository::validate(visit, m_clock.nowUtc());
    if (!problems.isEmpty()) {
        RecordForm::setError(m_saveError, problems.join(QLatin1Char('\n')));
        return;
    }
    // The visit, the points it earns and a referrer's first-visit reward are saved together or not at all.
    qint64 earnedPoints = 0;
    const auto alongside = [this, purchase, &earnedPoints](const core::Visit &savedVisit) -> core::Status {
        if (!m_ledger) {
            return {};
        }
        if (purchase && !savedVisit.items.isEmpty()) {
            QList<core::PurchaseLine> lines;
            for (const core::VisitItem &item : savedVisit.items) {
                lines << core::PurchaseLine{item.productClass, item.totalCents()};
            }
            auto earned = m_ledger->earnForPurchase(savedVisit.customerId, QStringLiteral("visit"), savedVisit.id,
                                                    lines, savedVisit.staff);
            if (!earned) {
                return earned.error();
            }
            earnedPoints = *earned;
        }
        auto referral = m_ledger->rewardReferralAfterVisit(savedVisit.customerId, savedVisit.id, savedVisit.staff);
        if (!referral) {
            return referral.error();
        }
        return {};
    };
    auto saved = m_visits.addVisit(visit, alongside);
    if (!saved) {
        RecordForm::setError(m_saveError, saved.error().message);
        return;
    }
    m_saved = *saved;
    m_pointsEarned = earnedPoints;
    accept();
}

} // namespace caredesk::ui
