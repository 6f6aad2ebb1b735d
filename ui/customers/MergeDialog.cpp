// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/customers/MergeDialog.h"

#include "ui/customers/CustomerText.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace caredesk::ui {

namespace {

constexpr int maxValueLength = 48;

QString shortened(const QString &value)
{
    QString line = value.section(QLatin1Char('\n'), 0, 0);
    if (line.size() > maxValueLength || line.size() < value.size()) {
        line = line.left(maxValueLength - 1) + QChar(0x2026);
    }
    return line;
}

void bold(QWidget *label)
{
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
}

} // namespace

MergeDialog::MergeDialog(core::CustomerRepository &repository, core::CustomerId firstId, core::CustomerId secondId,
                         QWidget *parent)
    : QDialog(parent), m_repository(repository), m_firstId(std::min(firstId, secondId)),
      m_secondId(std::max(firstId, secondId))
{
    setWindowTitle(tr("Merge Customers"));

    auto *intro = new QLabel(tr("Keep one record and merge the other into it. Choose which record to keep and, where "
                                "the two differ, which value is right."),
                             this);
    intro->setWordWrap(true);

    auto *keepLabel = new QLabel(tr("Record to keep:"), this);
    bold(keepLabel);
    m_keepFirst = new QRadioButton(this);
    m_keepFirst->setObjectName(QStringLiteral("survivorFirst"));
    m_keepSecond = new QRadioButton(this);
    m_keepSecond->setObjectName(QStringLiteral("survivorSecond"));
    auto *keepGroup = new QButtonGroup(this);
    keepGroup->addButton(m_keepFirst);
    keepGroup->addButton(m_keepSecond);
    m_keepFirst->setChecked(true);
    connect(m_keepFirst, &QRadioButton::toggled, this,
            [this](bool checked) { setSurvivor(checked ? m_firstId : m_secondId); });

    m_choiceArea = new QWidget(this);
    m_choiceArea->setObjectName(QStringLiteral("fieldChoices"));
    m_choiceLayout = new QVBoxLayout(m_choiceArea);
    m_choiceLayout->setContentsMargins(0, 0, 0, 0);

    auto *movingLabel = new QLabel(tr("Moving to the kept record:"), this);
    bold(movingLabel);
    m_moving = new QListWidget(this);
    m_moving->setObjectName(QStringLiteral("movingRecords"));
    m_moving->setAccessibleName(tr("Records that will move"));
    m_moving->setMinimumWidth(600); // the dialog's layout sets its minimum size, so the width is set here
    m_movingEmpty = new QLabel(tr("Nothing else is linked to the other record."), this);
    m_movingEmpty->setForegroundRole(QPalette::PlaceholderText);

    auto *undoNote = new QLabel(tr("The other record then no longer appears in lists or search. The merge can be "
                                   "undone from the kept customer's timeline."),
                                this);
    undoNote->setWordWrap(true);
    undoNote->setForegroundRole(QPalette::PlaceholderText);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("mergeError"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #8c1d18; background-color: #fdecea; "
                                          "border: 1px solid #f2b8b5; border-radius: 4px; padding: 6px 8px; }"));
    m_error->hide();

    auto *buttons = new QDialogButtonBox(this);
    m_mergeButton = buttons->addButton(tr("&Merge"), QDialogButtonBox::AcceptRole);
    m_mergeButton->setObjectName(QStringLiteral("confirmMerge"));
    m_mergeButton->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    connect(m_mergeButton, &QPushButton::clicked, this, &MergeDialog::doMerge);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 12);
    layout->setSpacing(8);
    layout->addWidget(intro);
    layout->addSpacing(4);
    layout->addWidget(keepLabel);
    layout->addWidget(m_keepFirst);
    layout->addWidget(m_keepSecond);
    layout->addSpacing(6);
    layout->addWidget(m_choiceArea);
    layout->addSpacing(6);
    layout->addWidget(movingLabel);
    layout->addWidget(m_moving);
    layout->addWidget(m_movingEmpty);
    layout->addWidget(undoNote);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    layout->setSizeConstraint(QLayout::SetMinimumSize);

    m_survivorId = m_firstId;
    m_mergedId = m_secondId;
    loadPreview();
}

MergeDialog::~MergeDialog() = default;

void MergeDialog::setSurvivor(core::CustomerId id)
{
    if (id != m_firstId && id != m_secondId) {
        return;
    }
    if (id == m_survivorId) {
        return;
    }
    m_survivorId = id;
    m_mergedId = id == m_firstId ? m_secondId : m_firstId;
    {
        const QSignalBlocker blocker(m_keepFirst);
        m_keepFirst->setChecked(id == m_firstId);
        m_keepSecond->setChecked(id != m_firstId);
    }
    loadPreview();
}

void MergeDialog::loadPreview()
{
    m_error->hide();
    auto preview = m_repository.previewMerge(m_survivorId, m_mergedId);
    if (!preview) {
        m_preview = {};
        m_error->setText(preview.error().message);
        m_error->show();
        m_mergeButton->setEnabled(false);
        rebuildChoices();
        rebuildMoving();
        return;
    }
    m_preview = *preview;
    m_mergeButton->setEnabled(true);
    const core::Customer &first = m_survivorId == m_firstId ? m_preview.survivor : m_preview.merged;
    const core::Customer &second = m_survivorId == m_firstId ? m_preview.merged : m_preview.survivor;
    const auto keepText = [](const core::Customer &c) {
        return tr("Keep %1 (%2, registered %3)").arg(c.name, c.memberNumber, CustomerText::localDate(c.createdAt));
    };
    m_keepFirst->setText(keepText(first));
    m_keepSecond->setText(keepText(second));
    rebuildChoices();
    rebuildMoving();
}

void MergeDialog::rebuildChoices()
{
    while (QLayoutItem *item = m_choiceLayout->takeAt(0)) {
        if (QWidget *widget = item->widget()) {
            widget->hide();
            widget->deleteLater();
        }
        delete item;
    }
    for (QButtonGroup *group : std::as_const(m_choices)) {
        group->deleteLater();
    }
    m_choices.clear();
    if (m_preview.survivor.id == 0) {
        return;
    }
    if (m_preview.differingFields.isEmpty()) {
        auto *same = new QLabel(tr("The two records have the same details."), m_choiceArea);
        m_choiceLayout->addWidget(same);
        return;
    }
    auto *grid = new QWidget(m_choiceArea);
    auto *layout = new QGridLayout(grid);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setHorizontalSpacing(16);
    layout->setVerticalSpacing(4);
    const auto header = [grid](const QString &text) {
        auto *label = new QLabel(text, grid);
        label->setTextFormat(Qt::PlainText);
        bold(label);
        return label;
    };
    layout->addWidget(header(tr("Where they differ")), 0, 0);
    layout->addWidget(header(tr("Kept record (%1)").arg(m_preview.survivor.memberNumber)), 0, 1);
    layout->addWidget(header(tr("Other record (%1)").arg(m_preview.merged.memberNumber)), 0, 2);
    int row = 1;
    for (const QString &field : std::as_const(m_preview.differingFields)) {
        auto *label = new QLabel(CustomerText::fieldLabel(field), grid);
        const QString keptValue = CustomerText::fieldValue(m_preview.survivor, field);
        const QString otherValue = CustomerText::fieldValue(m_preview.merged, field);
        auto *kept = new QRadioButton(shortened(keptValue), grid);
        kept->setObjectName(QStringLiteral("choice_%1_survivor").arg(field));
        kept->setToolTip(keptValue);
        auto *other = new QRadioButton(shortened(otherValue), grid);
        other->setObjectName(QStringLiteral("choice_%1_merged").arg(field));
        other->setToolTip(otherValue);
        auto *group = new QButtonGroup(this);
        group->setObjectName(QStringLiteral("choice_") + field);
        group->addButton(kept, 0);
        group->addButton(other, 1);
        kept->setChecked(true);
        m_choices.insert(field, group);
        layout->addWidget(label, row, 0);
        layout->addWidget(kept, row, 1);
        layout->addWidget(other, row, 2);
        ++row;
    }
    layout->setColumnStretch(1, 1);
    layout->setColumnStretch(2, 1);
    m_choiceLayout->addWidget(grid);
}

QString MergeDialog::describe(const core::LinkedRecord &record) const
{
    // The repository's one-line description of a consent record is technical ("sms / marketing / granted …");
    // the consent history gives the same row in words.
    if (record.table == QLatin1String("consent_event")) {
        auto history = m_repository.consentHistory(m_mergedId);
        if (history) {
            for (const core::ConsentEvent &event : std::as_const(*history)) {
                if (event.id == record.rowId) {
                    const QString key = CustomerText::consentKey(event.channel, event.purpose);
                    const QString date = CustomerText::localDate(event.at);
                    return tr("%1: %2").arg(record.kindLabel, event.granted ? tr("%1, given %2").arg(key, date)
                                                                            : tr("%1, withdrawn %2").arg(key, date));
                }
            }
        }
    }
    return tr("%1: %2").arg(record.kindLabel, record.description);
}

void MergeDialog::rebuildMoving()
{
    m_moving->clear();
    for (const core::LinkedRecord &record : std::as_const(m_preview.moving)) {
        m_moving->addItem(describe(record));
    }
    const bool any = m_moving->count() > 0;
    m_moving->setVisible(any);
    if (any) {
        // Tall enough for what moves (up to eight lines; more scroll).
        const int rows = std::min(m_moving->count(), 8);
        m_moving->setFixedHeight(rows * m_moving->sizeHintForRow(0) + 2 * m_moving->frameWidth() + 2);
    }
    m_movingEmpty->setVisible(!any && m_preview.survivor.id != 0);
}

QSet<QString> MergeDialog::fieldsFromMerged() const
{
    QSet<QString> fields;
    for (auto it = m_choices.cbegin(); it != m_choices.cend(); ++it) {
        if (it.value()->checkedId() == 1) {
            fields.insert(it.key());
        }
    }
    return fields;
}

void MergeDialog::doMerge()
{
    m_error->hide();
    auto journal = m_repository.merge(m_survivorId, m_mergedId, fieldsFromMerged());
    if (!journal) {
        m_error->setText(journal.error().message);
        m_error->show();
        return;
    }
    Q_EMIT merged(*journal);
    accept();
}

} // namespace caredesk::ui
