// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/RecordForm.h"

#include "ui/customers/CustomerText.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QKeySequence>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QShortcut>
#include <QVBoxLayout>

namespace caredesk::ui {

QWidget *RecordForm::withError(QWidget *field, const QString &key, QLabel **errorLabel, QWidget *parent)
{
    auto *container = new QWidget(parent);
    auto *layout = new QVBoxLayout(container);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    auto *error = new QLabel(container);
    error->setObjectName(QStringLiteral("error_") + key);
    error->setTextFormat(Qt::PlainText);
    error->setWordWrap(true);
    error->setStyleSheet(QStringLiteral("QLabel { color: #8c1d18; }"));
    error->hide();
    layout->addWidget(error);
    if (errorLabel) {
        *errorLabel = error;
    }
    return container;
}

void RecordForm::setError(QLabel *label, const QString &message)
{
    label->setText(message);
    label->setVisible(!message.isEmpty());
}

QLabel *RecordForm::messageBar(QWidget *parent)
{
    auto *bar = new QLabel(parent);
    bar->setObjectName(QStringLiteral("saveError"));
    bar->setTextFormat(Qt::PlainText);
    bar->setWordWrap(true);
    bar->setStyleSheet(QStringLiteral("QLabel { color: #8c1d18; background-color: #fdecea; "
                                      "border: 1px solid #f2b8b5; border-radius: 4px; padding: 6px 8px; }"));
    bar->hide();
    return bar;
}

QLabel *RecordForm::addRow(QFormLayout *form, const QString &labelText, QWidget *field, QWidget *row)
{
    auto *label = new QLabel(labelText, field->parentWidget()); // the form may not have its widget yet
    label->setBuddy(field);
    if (field->accessibleName().isEmpty()) {
        field->setAccessibleName(plainLabel(labelText));
    }
    form->addRow(label, row ? row : field);
    return label;
}

QDialogButtonBox *RecordForm::saveCancelButtons(QDialog *dialog, const QString &saveText,
                                                const std::function<void()> &save, QPushButton **saveButton)
{
    auto *buttons = new QDialogButtonBox(dialog);
    QPushButton *button = buttons->addButton(saveText, QDialogButtonBox::AcceptRole);
    button->setObjectName(QStringLiteral("saveButton"));
    button->setDefault(true);
    button->setToolTip(tr("Enter or Ctrl+Enter"));
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    QObject::connect(button, &QPushButton::clicked, dialog, save);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    for (const QKeySequence &keys : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(keys, dialog);
        QObject::connect(shortcut, &QShortcut::activated, dialog, save);
    }
    *saveButton = button;
    return buttons;
}

void RecordForm::setTabOrder(const QList<QWidget *> &widgets)
{
    for (qsizetype i = 1; i < widgets.size(); ++i) {
        QWidget::setTabOrder(widgets.at(i - 1), widgets.at(i));
    }
}

QString RecordForm::plainLabel(const QString &labelText)
{
    static const QRegularExpression cjkMnemonic(QStringLiteral("\\(&\\w\\)"));
    QString text = labelText;
    text.remove(cjkMnemonic);
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QLatin1Char('\x01'), QLatin1Char('&'));
    text = text.trimmed();
    while (text.endsWith(QLatin1Char(':')) || text.endsWith(QChar(0xFF1A))) {
        text.chop(1);
    }
    return text.trimmed();
}

QValidator *RecordForm::amountValidator(QObject *parent)
{
    return new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{0,7}(\\.\\d{0,2})?")), parent);
}

QValidator *RecordForm::digitsValidator(int maxDigits, QObject *parent)
{
    return new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{0,%1}").arg(maxDigits)), parent);
}

std::optional<qint64> RecordForm::parseCents(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        return qint64(0);
    }
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,9})(?:\\.(\\d{0,2}))?$|^\\.(\\d{1,2})$"));
    const QRegularExpressionMatch match = pattern.match(trimmed);
    if (!match.hasMatch()) {
        return std::nullopt;
    }
    const qint64 yuan = match.captured(1).toLongLong();
    QString fraction = match.captured(2).isEmpty() ? match.captured(3) : match.captured(2);
    while (fraction.size() < 2) {
        fraction.append(QLatin1Char('0'));
    }
    return yuan * 100 + fraction.toLongLong();
}

bool RecordForm::parseOptionalInt(const QString &text, std::optional<int> *value)
{
    const QString trimmed = text.trimmed();
    value->reset();
    if (trimmed.isEmpty()) {
        return true;
    }
    bool ok = false;
    const int number = trimmed.toInt(&ok);
    if (ok) {
        *value = number;
    }
    return ok;
}

QString RecordForm::amount(qint64 cents)
{
    const QString sign = cents < 0 ? QStringLiteral("-") : QString();
    const qint64 magnitude = cents < 0 ? -cents : cents;
    return QStringLiteral("%1%2.%3").arg(sign).arg(magnitude / 100).arg(magnitude % 100, 2, 10, QLatin1Char('0'));
}

QString RecordForm::money(qint64 cents)
{
    return tr("¥%1").arg(amount(cents));
}

QDateTimeEdit *RecordForm::dateTimeEdit(const QDateTime &utc, QWidget *parent)
{
    auto *edit = new QDateTimeEdit(parent);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    edit->setTimeSpec(Qt::LocalTime);
    edit->setDateTime(utc.toLocalTime());
    edit->setCalendarPopup(false); // typed, not clicked: the arrow keys and digits change the part under the cursor
    edit->setCurrentSection(QDateTimeEdit::DaySection);
    return edit;
}

QString RecordForm::visitLine(const core::Visit &visit)
{
    QStringList parts;
    parts << CustomerText::dateTime(visit.at) << core::visitKindLabel(visit.kind);
    if (!visit.department.isEmpty()) {
        parts << visit.department;
    }
    if (visit.amountCents > 0) {
        parts << money(visit.amountCents);
    }
    return parts.join(tr(" · "));
}

void RecordForm::fillVisits(QComboBox *combo, const QList<core::Visit> &visits)
{
    combo->clear();
    combo->addItem(tr("None"), qint64(0));
    for (qsizetype i = 0; i < visits.size() && i < recentVisitLimit; ++i) {
        combo->addItem(visitLine(visits.at(i)), visits.at(i).id);
    }
}

QStringList RecordForm::departmentsOf(const QList<core::Visit> &visits)
{
    QStringList departments;
    for (const core::Visit &visit : visits) {
        if (!visit.department.isEmpty() && !departments.contains(visit.department)) {
            departments << visit.department;
        }
    }
    return departments;
}

} // namespace caredesk::ui
