// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/customers/Customer.h"
#include "core/customers/CustomerRepository.h"
#include "core/storage/Database.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QWidget;

namespace caredesk::core {
class Clock;
struct FieldError;
} // namespace caredesk::core

namespace caredesk::ui {

/**
 * Registers a new customer or edits one. Problems show next to their field; before a new customer is saved (or
 * when name, phones, birth date or ID number change) possible duplicates are listed, and saving anyway needs a
 * reason, which goes into the notes.
 */
class CustomerEditDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomerEditDialog)

public:
    /** @p customer with id 0 registers a new customer (its values pre-fill the form). */
    CustomerEditDialog(core::CustomerRepository &repository, const core::Clock &clock, core::SiteProfile profile,
                       const core::Customer &customer = {}, QWidget *parent = nullptr);
    ~CustomerEditDialog() override;

    [[nodiscard]] bool isNew() const { return m_original.id == 0; }
    /** The customer as saved (valid after saved() was emitted). */
    [[nodiscard]] const core::Customer &savedCustomer() const { return m_saved; }

Q_SIGNALS:
    void saved(core::CustomerId id);
    /** The person chose an existing customer from the duplicate warning instead of saving. */
    void openExisting(core::CustomerId id);

private:
    QWidget *fieldWithError(QWidget *field, const QString &fieldKey);
    void save();
    void saveAnyway();
    void openSelectedExisting();
    [[nodiscard]] core::Customer customerFromForm(bool *birthDateOk) const;
    /** Validates @p customer in place and shows the problems; true when there are none. */
    bool checkFields(core::Customer &customer);
    void showFieldErrors(const QList<core::FieldError> &errors);
    void clearErrors();
    void showSaveError(const QString &message);
    [[nodiscard]] bool needsDuplicateCheck(const core::Customer &draft) const;
    void showDuplicates(const QList<core::DuplicateCandidate> &candidates);
    void hideDuplicates();
    void fitDuplicateList();
    void updateKind();
    void updateSaveAnyway();
    void store(core::Customer customer);

    core::CustomerRepository &m_repository;
    const core::Clock &m_clock;
    core::SiteProfile m_profile;
    core::Customer m_original;
    core::Customer m_saved;
    QList<core::DuplicateCandidate> m_candidates;

    QFormLayout *m_personForm = nullptr;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_sex = nullptr;
    QLineEdit *m_birthDate = nullptr;
    QLineEdit *m_phone = nullptr;
    QLineEdit *m_phone2 = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_idNumber = nullptr;
    QComboBox *m_region = nullptr;
    QLineEdit *m_address = nullptr;
    QComboBox *m_source = nullptr;
    QComboBox *m_channel = nullptr;
    QLineEdit *m_tags = nullptr;
    QLineEdit *m_categories = nullptr;
    QCheckBox *m_chronic = nullptr;
    QComboBox *m_lifecycle = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QHash<QString, QLabel *> m_errorLabels;
    QHash<QString, QWidget *> m_fieldWidgets;
    QHash<QString, QWidget *> m_rows;
    QLabel *m_saveError = nullptr;

    QWidget *m_duplicatePanel = nullptr;
    QLabel *m_duplicateHeading = nullptr;
    QListWidget *m_duplicateList = nullptr;
    QLineEdit *m_duplicateReason = nullptr;
    QPushButton *m_openExisting = nullptr;
    QPushButton *m_saveAnyway = nullptr;
    QPushButton *m_saveButton = nullptr;
};

} // namespace caredesk::ui
