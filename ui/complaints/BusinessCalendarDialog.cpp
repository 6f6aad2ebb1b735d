// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/complaints/BusinessCalendarDialog.h"

#include "core/storage/Database.h"
#include "ui/common/RecordForm.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace caredesk::ui {

namespace {

QTimeEdit *timeEdit(QWidget *parent)
{
    auto *edit = new QTimeEdit(parent);
    edit->setDisplayFormat(QStringLiteral("HH:mm"));
    return edit;
}

QTime timeOf(int minute)
{
    return minute >= 24 * 60 ? QTime(23, 59) : QTime(minute / 60, minute % 60);
}

int minuteOf(const QTime &time)
{
    return time == QTime(23, 59) ? 24 * 60 : time.hour() * 60 + time.minute();
}

QDoubleSpinBox *hoursBox(QWidget *parent)
{
    auto *box = new QDoubleSpinBox(parent);
    box->setRange(0.5, 2000);
    box->setSingleStep(0.5);
    box->setDecimals(1);
    box->setSuffix(BusinessCalendarDialog::tr(" h"));
    return box;
}

} // namespace

BusinessCalendarDialog::BusinessCalendarDialog(core::Database &database, QWidget *parent)
    : QDialog(parent), m_database(database), m_editable(database.session().role == core::Role::Administrator)
{
    setWindowTitle(tr("Business Hours and Complaint Time Limits"));

    auto *week = new QGroupBox(tr("Working &week"), this);
    auto *weekGrid = new QGridLayout(week);
    const QStringList headers{tr("Day"), tr("Working"), tr("Opens"), tr("Closes"), tr("Lunch from"), tr("Lunch to")};
    for (int column = 0; column < headers.size(); ++column) {
        auto *header = new QLabel(headers.at(column), week);
        QFont bold = header->font();
        bold.setBold(true);
        header->setFont(bold);
        weekGrid->addWidget(header, 0, column);
    }
    for (int weekday = 1; weekday <= 7; ++weekday) {
        DayRow row;
        row.working = new QCheckBox(week);
        row.working->setObjectName(QStringLiteral("working_%1").arg(weekday));
        row.working->setAccessibleName(tr("%1 is a working day").arg(QLocale().dayName(weekday)));
        row.open = timeEdit(week);
        row.open->setObjectName(QStringLiteral("open_%1").arg(weekday));
        row.close = timeEdit(week);
        row.close->setObjectName(QStringLiteral("close_%1").arg(weekday));
        row.lunchStart = timeEdit(week);
        row.lunchEnd = timeEdit(week);
        weekGrid->addWidget(new QLabel(QLocale().dayName(weekday), week), weekday, 0);
        weekGrid->addWidget(row.working, weekday, 1);
        weekGrid->addWidget(row.open, weekday, 2);
        weekGrid->addWidget(row.close, weekday, 3);
        weekGrid->addWidget(row.lunchStart, weekday, 4);
        weekGrid->addWidget(row.lunchEnd, weekday, 5);
        m_days << row;
    }
    auto *weekNote = new QLabel(tr("A make-up working day (调休) uses the hours of its weekday. Lunch from = lunch to "
                                   "means no break."),
                                week);
    weekNote->setWordWrap(true);
    weekGrid->addWidget(weekNote, 8, 0, 1, 6);

    auto *days = new QGroupBox(tr("&Holidays and make-up days"), this);
    m_exceptions = new QTableWidget(0, 3, days);
    m_exceptions->setObjectName(QStringLiteral("calendarExceptions"));
    m_exceptions->setHorizontalHeaderLabels({tr("Date"), tr("Kind"), tr("Name")});
    m_exceptions->horizontalHeader()->setStretchLastSection(true);
    m_exceptions->verticalHeader()->hide();
    m_exceptions->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_exceptions->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_exceptions->setTabKeyNavigation(false);
    m_exceptions->setMinimumHeight(m_exceptions->fontMetrics().height() * 7);
    m_exceptionDate = new QDateEdit(QDate::currentDate(), days);
    m_exceptionDate->setObjectName(QStringLiteral("exceptionDate"));
    m_exceptionDate->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_exceptionDate->setCalendarPopup(true);
    m_exceptionKind = new QComboBox(days);
    m_exceptionKind->setObjectName(QStringLiteral("exceptionKind"));
    m_exceptionKind->addItem(tr("Public holiday"), false);
    m_exceptionKind->addItem(tr("Make-up working day"), true);
    m_exceptionName = new QLineEdit(days);
    m_exceptionName->setObjectName(QStringLiteral("exceptionName"));
    m_exceptionName->setPlaceholderText(tr("e.g. 国庆节"));
    m_exceptionName->setMaxLength(80);
    m_exceptionName->setMinimumWidth(m_exceptionName->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 10);
    m_add = new QPushButton(tr("&Add day"), days);
    m_add->setObjectName(QStringLiteral("exceptionAdd"));
    m_remove = new QPushButton(tr("Re&move day"), days);
    m_remove->setObjectName(QStringLiteral("exceptionRemove"));
    connect(m_add, &QPushButton::clicked, this, &BusinessCalendarDialog::addException);
    connect(m_remove, &QPushButton::clicked, this, &BusinessCalendarDialog::removeException);
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_exceptionDate);
    addRow->addWidget(m_exceptionKind);
    addRow->addWidget(m_exceptionName, 1);
    addRow->addWidget(m_add);
    addRow->addWidget(m_remove);
    auto *daysLayout = new QVBoxLayout(days);
    daysLayout->addWidget(m_exceptions);
    daysLayout->addLayout(addRow);

    auto *limits = new QGroupBox(tr("Complaint &time limits (business hours)"), this);
    auto *limitsGrid = new QGridLayout(limits);
    const QStringList slaHeaders{tr("Class"), tr("First response"), tr("Resolution"), tr("Warn at")};
    for (int column = 0; column < slaHeaders.size(); ++column) {
        auto *header = new QLabel(slaHeaders.at(column), limits);
        QFont bold = header->font();
        bold.setBold(true);
        header->setFont(bold);
        limitsGrid->addWidget(header, 0, column);
    }
    int line = 1;
    for (core::SlaClass slaClass : core::allSlaClasses()) {
        SlaRow row;
        row.firstResponse = hoursBox(limits);
        row.firstResponse->setObjectName(QStringLiteral("firstResponse_") + core::slaClassId(slaClass));
        row.resolution = hoursBox(limits);
        row.resolution->setObjectName(QStringLiteral("resolution_") + core::slaClassId(slaClass));
        row.warning = new QSpinBox(limits);
        row.warning->setRange(1, 99);
        row.warning->setSuffix(tr(" %"));
        limitsGrid->addWidget(new QLabel(core::slaClassLabel(slaClass), limits), line, 0);
        limitsGrid->addWidget(row.firstResponse, line, 1);
        limitsGrid->addWidget(row.resolution, line, 2);
        limitsGrid->addWidget(row.warning, line, 3);
        m_sla << row;
        ++line;
    }

    auto *readOnly = new QLabel(tr("Only an administrator can change these settings."), this);
    readOnly->setObjectName(QStringLiteral("calendarReadOnly"));
    readOnly->setVisible(!m_editable);
    m_saveError = RecordForm::messageBar(this);

    QDialogButtonBox *buttons = nullptr;
    if (m_editable) {
        buttons = RecordForm::saveCancelButtons(
            this, tr("&Save"), [this] { save(); }, &m_saveButton);
    } else {
        buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
        connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    }

    auto *columns = new QHBoxLayout;
    auto *left = new QVBoxLayout;
    left->addWidget(week);
    left->addWidget(limits);
    left->addStretch(1);
    columns->addLayout(left);
    columns->addWidget(days, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(readOnly);
    layout->addLayout(columns);
    layout->addWidget(m_saveError);
    layout->addWidget(buttons);

    load();
    for (QWidget *editor : findChildren<QWidget *>()) {
        if (qobject_cast<QTimeEdit *>(editor) || qobject_cast<QCheckBox *>(editor) ||
            qobject_cast<QAbstractSpinBox *>(editor) || qobject_cast<QLineEdit *>(editor) ||
            qobject_cast<QComboBox *>(editor)) {
            editor->setEnabled(m_editable);
        }
    }
    m_add->setEnabled(m_editable);
    m_remove->setEnabled(m_editable);
}

BusinessCalendarDialog::~BusinessCalendarDialog() = default;

void BusinessCalendarDialog::load()
{
    auto calendar = core::BusinessCalendar::load(m_database);
    auto policy = core::SlaPolicy::load(m_database);
    if (!calendar || !policy) {
        RecordForm::setError(m_saveError, (!calendar ? calendar.error() : policy.error()).message);
        return;
    }
    for (int weekday = 1; weekday <= 7; ++weekday) {
        const core::BusinessHours &h = calendar->hours(weekday);
        DayRow &row = m_days[weekday - 1];
        row.working->setChecked(h.working);
        row.open->setTime(timeOf(h.openMinute));
        row.close->setTime(timeOf(h.closeMinute));
        row.lunchStart->setTime(timeOf(h.lunchStart));
        row.lunchEnd->setTime(timeOf(h.lunchEnd));
    }
    m_exceptions->setRowCount(0);
    for (const core::CalendarException &e : calendar->exceptions()) {
        const int row = m_exceptions->rowCount();
        m_exceptions->insertRow(row);
        auto *date = new QTableWidgetItem(e.date.toString(Qt::ISODate));
        date->setData(Qt::UserRole, e.date);
        auto *kind = new QTableWidgetItem(e.working ? tr("Make-up working day") : tr("Public holiday"));
        kind->setData(Qt::UserRole, e.working);
        m_exceptions->setItem(row, 0, date);
        m_exceptions->setItem(row, 1, kind);
        m_exceptions->setItem(row, 2, new QTableWidgetItem(e.name));
    }
    int i = 0;
    for (core::SlaClass slaClass : core::allSlaClasses()) {
        const core::SlaTarget &t = policy->target(slaClass);
        m_sla[i].firstResponse->setValue(t.firstResponseMinutes / 60.0);
        m_sla[i].resolution->setValue(t.resolutionMinutes / 60.0);
        m_sla[i].warning->setValue(t.warningPercent);
        ++i;
    }
}

core::BusinessCalendar BusinessCalendarDialog::calendar() const
{
    core::BusinessCalendar calendar;
    for (int weekday = 1; weekday <= 7; ++weekday) {
        const DayRow &row = m_days.at(weekday - 1);
        calendar.setHours(weekday, core::BusinessHours{row.working->isChecked(), minuteOf(row.open->time()),
                                                       minuteOf(row.close->time()), minuteOf(row.lunchStart->time()),
                                                       minuteOf(row.lunchEnd->time())});
    }
    for (int row = 0; row < m_exceptions->rowCount(); ++row) {
        calendar.setException(core::CalendarException{m_exceptions->item(row, 0)->data(Qt::UserRole).toDate(),
                                                      m_exceptions->item(row, 1)->data(Qt::UserRole).toBool(),
                                                      m_exceptions->item(row, 2)->text()});
    }
    return calendar;
}

core::SlaPolicy BusinessCalendarDialog::policy() const
{
    core::SlaPolicy policy;
    int i = 0;
    for (core::SlaClass slaClass : core::allSlaClasses()) {
        const SlaRow &row = m_sla.at(i++);
        policy.setTarget(slaClass, core::SlaTarget{static_cast<int>(std::lround(row.firstResponse->value() * 60)),
                                                   static_cast<int>(std::lround(row.resolution->value() * 60)),
                                                   row.warning->value()});
    }
    return policy;
}

void BusinessCalendarDialog::addException()
{
    const QDate date = m_exceptionDate->date();
    for (int row = 0; row < m_exceptions->rowCount(); ++row) {
        if (m_exceptions->item(row, 0)->data(Qt::UserRole).toDate() == date) {
            m_exceptions->removeRow(row);
            break;
        }
    }
    const bool working = m_exceptionKind->currentData().toBool();
    const int row = m_exceptions->rowCount();
    m_exceptions->insertRow(row);
    auto *dateItem = new QTableWidgetItem(date.toString(Qt::ISODate));
    dateItem->setData(Qt::UserRole, date);
    auto *kind = new QTableWidgetItem(m_exceptionKind->currentText());
    kind->setData(Qt::UserRole, working);
    m_exceptions->setItem(row, 0, dateItem);
    m_exceptions->setItem(row, 1, kind);
    m_exceptions->setItem(row, 2, new QTableWidgetItem(m_exceptionName->text().trimmed()));
    m_exceptions->sortItems(0);
    m_exceptionDate->setDate(date.addDays(1));
}

void BusinessCalendarDialog::removeException()
{
    const int row = m_exceptions->currentRow();
    if (row >= 0) {
        m_exceptions->removeRow(row);
    }
}

void BusinessCalendarDialog::save()
{
    RecordForm::setError(m_saveError, {});
    const core::BusinessCalendar c = calendar();
    const core::SlaPolicy p = policy();
    QStringList problems = c.validate();
    problems << p.validate();
    if (!problems.isEmpty()) {
        RecordForm::setError(m_saveError, problems.join(QLatin1Char('\n')));
        return;
    }
    if (const core::Status saved = core::BusinessCalendar::save(m_database, c); !saved) {
        RecordForm::setError(m_saveError, saved.error().message);
        return;
    }
    if (const core::Status saved = core::SlaPolicy::save(m_database, p); !saved) {
        RecordForm::setError(m_saveError, saved.error().message);
        return;
    }
    accept();
}

} // namespace caredesk::ui
