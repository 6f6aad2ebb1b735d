// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/KeyRing.h"

#include <QDialog>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPrinter;
class QPushButton;
class QStackedWidget;

namespace caredesk::core {
class Database;
}

namespace caredesk::ui {

class PasswordStrengthMeter;

/**
 * Creates a new database in three steps: the site (name, clinic or pharmacy, language), the first administrator,
 * and the recovery key, shown once and confirmed as stored before Finish. takeDatabase() hands over the open
 * database after the dialog was accepted.
 */
class FirstRunDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FirstRunDialog)

public:
    enum class Step { Site, Administrator, RecoveryKey };

    /** @p kdf is the Argon2id cost of the first account's slot; tests pass core::KdfParams::fastForTests(). */
    explicit FirstRunDialog(const QString &databasePath, const core::KdfParams &kdf = core::KdfParams::production(),
                            QWidget *parent = nullptr);
    ~FirstRunDialog() override;

    [[nodiscard]] Step step() const;
    /** The new database once it exists (from the recovery-key step on); null after the first call. */
    [[nodiscard]] std::unique_ptr<core::Database> takeDatabase();
    [[nodiscard]] QString adminUserName() const;

    /** Once the database exists, closing is refused until the recovery key is confirmed as stored. */
    void reject() override;

private:
    QWidget *createSitePage();
    QWidget *createAdministratorPage();
    QWidget *createRecoveryKeyPage();
    void goToStep(Step step);
    void next();
    void back();
    void finish();
    void createDatabase();
    void updateButtons();
    void updatePasswordFeedback();
    void rememberLanguage();
    void printRecoveryKey();
    void renderRecoveryKey(QPrinter *printer) const;
    void setBusy(bool busy);

    QString m_path;
    core::KdfParams m_kdf;
    std::unique_ptr<core::Database> m_database;
    QString m_recoveryKey;
    QString m_createdSiteName;

    QLabel *m_stepLabel = nullptr;
    QStackedWidget *m_pages = nullptr;
    QLineEdit *m_siteName = nullptr;
    QComboBox *m_profile = nullptr;
    QComboBox *m_language = nullptr;
    QLabel *m_languageNote = nullptr;
    QLineEdit *m_adminUser = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_confirmPassword = nullptr;
    PasswordStrengthMeter *m_strength = nullptr;
    QLabel *m_mismatchLabel = nullptr;
    QLabel *m_errorLabel = nullptr;
    QLabel *m_recoveryKeyLabel = nullptr;
    QCheckBox *m_storedConfirm = nullptr;
    QLabel *m_storeFirstNote = nullptr;
    QPushButton *m_backButton = nullptr;
    QPushButton *m_nextButton = nullptr;
    QPushButton *m_finishButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
};

} // namespace caredesk::ui
