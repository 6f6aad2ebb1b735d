// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/visits/Visit.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class QComboBox;
class QDialog;
class QDialogButtonBox;
class QPushButton;
class QDateTimeEdit;
class QFormLayout;
class QLabel;
class QValidator;
class QWidget;

namespace caredesk::ui {

/**
 * What the record-entry dialogs (visit, interaction, survey, redemption) share: the inline error look, money in
 * yuan with two decimals over cents, the date-time editor and the list of a customer's recent visits. Shared so
 * the four dialogs look and read the same.
 */
class RecordForm final {
    Q_DECLARE_TR_FUNCTIONS(caredesk::ui::RecordForm)

public:
    RecordForm() = delete;

    /** How many of a customer's visits the "linked visit" choices offer. */
    static constexpr int recentVisitLimit = 20;

    /** @p field with an error line under it (objectName "error_" + @p key), hidden until setError(). */
    [[nodiscard]] static QWidget *withError(QWidget *field, const QString &key, QLabel **errorLabel, QWidget *parent);
    /** Shows @p message in @p label, or hides it when the message is empty. */
    static void setError(QLabel *label, const QString &message);
    /** The message bar above the buttons (objectName "saveError") for problems that belong to no one field. */
    [[nodiscard]] static QLabel *messageBar(QWidget *parent);

    /**
     * Adds a row with a label whose buddy is @p field (so its mnemonic focuses it) and names @p field for
     * assistive technology after the label. @p row is what goes into the form (the field itself when null).
     */
    static QLabel *addRow(QFormLayout *form, const QString &labelText, QWidget *field, QWidget *row = nullptr);
    /** Chains @p widgets in this order for Tab (Qt 6.4 has no list overload of QWidget::setTabOrder). */
    static void setTabOrder(const QList<QWidget *> &widgets);
    /**
     * The Save (default, labelled @p saveText) and Cancel buttons of @p dialog, with Ctrl+Enter also saving;
     * @p save runs on either, Cancel and Esc reject. The save button is returned through @p saveButton.
     */
    [[nodiscard]] static QDialogButtonBox *saveCancelButtons(QDialog *dialog, const QString &saveText,
                                                             const std::function<void()> &save,
                                                             QPushButton **saveButton);
    /** A label text without its mnemonic marker and trailing colon: "&Amount (¥):" -> "Amount (¥)". */
    [[nodiscard]] static QString plainLabel(const QString &labelText);

    /** A validator for yuan amounts with up to two decimals ("35", "35.5", "35.50"). */
    [[nodiscard]] static QValidator *amountValidator(QObject *parent);
    /** Digits only, up to @p maxDigits of them (empty allowed). */
    [[nodiscard]] static QValidator *digitsValidator(int maxDigits, QObject *parent);
    /** Cents of a yuan amount as typed; 0 for empty text, nullopt for anything else that is not an amount. */
    [[nodiscard]] static std::optional<qint64> parseCents(const QString &text);
    /** An optional whole number as typed into @p value (nullopt for empty text); false when it is not one. */
    [[nodiscard]] static bool parseOptionalInt(const QString &text, std::optional<int> *value);
    /** "35.50" */
    [[nodiscard]] static QString amount(qint64 cents);
    /** "¥35.50" */
    [[nodiscard]] static QString money(qint64 cents);

    /** A keyboard-friendly date and time editor in local time, showing @p utc. */
    [[nodiscard]] static QDateTimeEdit *dateTimeEdit(const QDateTime &utc, QWidget *parent);

    /** One line for a visit: "2025-03-01 09:30 · Consultation · Cardiology · ¥120.00". */
    [[nodiscard]] static QString visitLine(const core::Visit &visit);
    /** Fills @p combo with "None" (data 0) and then @p visits (data: the visit id), up to recentVisitLimit. */
    static void fillVisits(QComboBox *combo, const QList<core::Visit> &visits);
    /** The distinct departments of @p visits, newest first. */
    [[nodiscard]] static QStringList departmentsOf(const QList<core::Visit> &visits);
};

} // namespace caredesk::ui
