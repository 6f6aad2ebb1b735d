// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/session/FirstRunDialog.h"

#include "core/common/SecureBytes.h"
#include "core/storage/Database.h"
#include "ui/session/SessionStyle.h"
#include "ui/widgets/PasswordStrengthMeter.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QLoggingCategory>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QTextDocument>
#include <QVBoxLayout>

namespace caredesk::ui {

namespace {

Q_LOGGING_CATEGORY(lcFirstRun, "caredesk.ui.firstrun")

const QString languageKey = QStringLiteral("ui/language");
const QString englishId = QStringLiteral("en");
const QString chineseId = QStringLiteral("zh_CN");

QLabel *makeHeading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setFont(SessionStyle::headingFont(label->font()));
    label->setWordWrap(true);
    return label;
}

QLabel *makeParagraph(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}

// Two lines of seven groups: short enough to fit the dialog in a large font, easier to copy by hand. The line
// break stands where a dash would, and RecoveryKey::decode() reads either.
QString displayedRecoveryKey(const QString &key)
{
    QStringList groups = key.split(u'-');
    if (groups.size() != 14) {
        return key;
    }
    return groups.mid(0, 7).join(u'-') + u'\n' + groups.mid(7).join(u'-');
}

QString runningLanguageId()
{
    return QLocale().language() == QLocale::Chinese ? chineseId : englishId;
}

} // namespace

FirstRunDialog::FirstRunDialog(const QString &databasePath, const core::KdfParams &kdf, QWidget *parent)
    : QDialog(parent), m_path(databasePath), m_kdf(kdf)
{
    setWindowTitle(tr("Set Up CareDesk"));

    m_stepLabel = new QLabel(this);
    m_stepLabel->setObjectName(QStringLiteral("stepLabel"));
    m_stepLabel->setForegroundRole(QPalette::PlaceholderText);

    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("steps"));
    m_pages->addWidget(createSitePage());
    m_pages->addWidget(createAdministratorPage());
    m_pages->addWidget(createRecoveryKeyPage());

    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setTextFormat(Qt::PlainText);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_errorLabel->setStyleSheet(SessionStyle::errorStyleSheet());
    m_errorLabel->hide();

    auto *buttons = new QDialogButtonBox(this);
    m_backButton = buttons->addButton(tr("< &Back"), QDialogButtonBox::ActionRole);
    m_backButton->setObjectName(QStringLiteral("backButton"));
    m_nextButton = buttons->addButton(tr("&Next >"), QDialogButtonBox::ActionRole);
    m_nextButton->setObjectName(QStringLiteral("nextButton"));
    m_finishButton = buttons->addButton(tr("&Finish"), QDialogButtonBox::ActionRole);
    m_finishButton->setObjectName(QStringLiteral("finishButton"));
    m_cancelButton = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    connect(m_backButton, &QPushButton::clicked, this, &FirstRunDialog::back);
    connect(m_nextButton, &QPushButton::clicked, this, &FirstRunDialog::next);
    connect(m_finishButton, &QPushButton::clicked, this, &FirstRunDialog::finish);
    connect(m_cancelButton, &QPushButton::clicked, this, &FirstRunDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->setSpacing(10);
    layout->addWidget(m_stepLabel);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_errorLabel);
    layout->addWidget(buttons);
    // Not setMinimumWidth() on the dialog: an explicit minimum size stops the layout from growing the dialog when
    // a later step needs more height than the first.
    m_pages->setMinimumWidth(560);
    layout->setSizeConstraint(QLayout::SetMinimumSize);

    goToStep(Step::Site);
}

FirstRunDialog::~FirstRunDialog()
{
    m_recoveryKeyLabel->clear();
    core::wipe(m_recoveryKey);
}

QWidget *FirstRunDialog::createSitePage()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("sitePage"));

    m_siteName = new QLineEdit(page);
    m_siteName->setObjectName(QStringLiteral("siteName"));
    m_siteName->setMaxLength(120);
    m_siteName->setPlaceholderText(tr("For example: Riverside Family Clinic"));

    m_profile = new QComboBox(page);
    m_profile->setObjectName(QStringLiteral("profile"));
    m_profile->addItem(tr("Clinic"), core::siteProfileId(core::SiteProfile::Clinic));
    m_profile->addItem(tr("Pharmacy"), core::siteProfileId(core::SiteProfile::Pharmacy));

    // Each language is offered in its own name so that people can find theirs whatever the current language is.
    m_language = new QComboBox(page);
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(QStringLiteral("English"), englishId);
    m_language->addItem(QStringLiteral("简体中文"), chineseId);
    m_language->setCurrentIndex(m_language->findData(runningLanguageId()));

    m_languageNote = new QLabel(tr("The language changes the next time CareDesk starts."), page);
    m_languageNote->setObjectName(QStringLiteral("languageNote"));
    m_languageNote->setWordWrap(true);
    m_languageNote->setStyleSheet(SessionStyle::hintStyleSheet());
    m_languageNote->setVisible(false);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Name of the clinic or pharmacy:"), m_siteName);
    form->addRow(tr("&Type of site:"), m_profile);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), m_languageNote);

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    layout->addWidget(makeHeading(tr("Welcome to CareDesk"), page));
    layout->addWidget(makeParagraph(tr("CareDesk keeps your customers, visits, feedback and follow-ups in an encrypted "
                                       "database on this computer. First, tell it about your site."),
                                    page));
    layout->addSpacing(6);
    layout->addLayout(form);
    layout->addWidget(makeParagraph(tr("The type of site chooses suitable defaults, such as survey questions and "
                                       "customer categories."),
                                    page));
    layout->addStretch(1);

    connect(m_siteName, &QLineEdit::textChanged, this, &FirstRunDialog::updateButtons);
    connect(m_language, &QComboBox::activated, this, [this] {
        m_languageNote->setVisible(m_language->currentData().toString() != runningLanguageId());
        SessionStyle::growToFit(this);
        rememberLanguage();
    });
    return page;
}

QWidget *FirstRunDialog::createAdministratorPage()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("administratorPage"));

    m_adminUser = new QLineEdit(page);
    m_adminUser->setObjectName(QStringLiteral("adminUser"));
    m_adminUser->setMaxLength(64);
    m_adminUser->setInputMethodHints(Qt::ImhNoAutoUppercase | Qt::ImhNoPredictiveText);

    m_password = new QLineEdit(page);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);

    m_confirmPassword = new QLineEdit(page);
    m_confirmPassword->setObjectName(QStringLiteral("confirmPassword"));
    m_confirmPassword->setEchoMode(QLineEdit::Password);

    m_strength = new PasswordStrengthMeter(page);
    m_strength->setObjectName(QStringLiteral("strengthMeter"));

    m_mismatchLabel = new QLabel(tr("The two passwords do not match."), page);
    m_mismatchLabel->setObjectName(QStringLiteral("mismatchLabel"));
    m_mismatchLabel->setStyleSheet(SessionStyle::hintStyleSheet());
    m_mismatchLabel->setWordWrap(true);
    m_mismatchLabel->hide();

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&User name:"), m_adminUser);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(QString(), m_strength);
    form->addRow(tr("&Confirm password:"), m_confirmPassword);
    form->addRow(QString(), m_mismatchLabel);

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    layout->addWidget(makeHeading(tr("First administrator"), page));
    layout->addWidget(makeParagraph(tr("This account adds staff accounts, makes backups and reviews the audit trail. "
                                       "Its password unlocks the database: choose one that only you know."),
                                    page));
    layout->addSpacing(6);
    layout->addLayout(form);
    layout->addStretch(1);

    connect(m_adminUser, &QLineEdit::textChanged, this, &FirstRunDialog::updatePasswordFeedback);
    connect(m_password, &QLineEdit::textChanged, this, &FirstRunDialog::updatePasswordFeedback);
    connect(m_confirmPassword, &QLineEdit::textChanged, this, &FirstRunDialog::updatePasswordFeedback);
    return page;
}

QWidget *FirstRunDialog::createRecoveryKeyPage()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("recoveryKeyPage"));

    m_recoveryKeyLabel = new QLabel(page);
    m_recoveryKeyLabel->setObjectName(QStringLiteral("recoveryKey"));
    m_recoveryKeyLabel->setTextFormat(Qt::PlainText);
    m_recoveryKeyLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_recoveryKeyLabel->setAlignment(Qt::AlignCenter);
    m_recoveryKeyLabel->setFrameShape(QFrame::StyledPanel);
    m_recoveryKeyLabel->setMargin(12);
    m_recoveryKeyLabel->setBackgroundRole(QPalette::Base);
    m_recoveryKeyLabel->setAutoFillBackground(true);
    QFont keyFont = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    keyFont.setPointSizeF(font().pointSizeF() * 1.5);
    keyFont.setBold(true);
    m_recoveryKeyLabel->setFont(keyFont);

    auto *printButton = new QPushButton(tr("&Print…"), page);
    printButton->setObjectName(QStringLiteral("printRecoveryKey"));
    connect(printButton, &QPushButton::clicked, this, &FirstRunDialog::printRecoveryKey);

    m_storedConfirm = new QCheckBox(tr("I have &stored the recovery key safely"), page);
    m_storedConfirm->setObjectName(QStringLiteral("storedConfirm"));
    connect(m_storedConfirm, &QCheckBox::toggled, this, [this] {
        m_storeFirstNote->hide();
        updateButtons();
    });

    m_storeFirstNote = new QLabel(tr("Store the recovery key and tick the box before you continue."), page);
    m_storeFirstNote->setObjectName(QStringLiteral("storeFirstNote"));
    m_storeFirstNote->setStyleSheet(SessionStyle::hintStyleSheet());
    m_storeFirstNote->setWordWrap(true);
    m_storeFirstNote->hide();

    auto *printRow = new QHBoxLayout;
    printRow->addWidget(printButton);
    printRow->addStretch(1);

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    layout->addWidget(makeHeading(tr("Recovery key"), page));
    layout->addWidget(makeParagraph(tr("The database has been created. This is its recovery key. It is shown only "
                                       "now: CareDesk keeps no copy and cannot show it again."),
                                    page));
    layout->addWidget(m_recoveryKeyLabel);
    layout->addWidget(makeParagraph(tr("If every administrator password is lost, this key is the only way back to "
                                       "the data. Print it or write it down and keep it offline, for example in a "
                                       "safe. Never keep it in the same place as this computer, and never in a file, "
                                       "an email or a chat message."),
                                    page));
    layout->addLayout(printRow);
    layout->addSpacing(6);
    layout->addWidget(m_storedConfirm);
    layout->addWidget(m_storeFirstNote);
    layout->addStretch(1);
    return page;
}

FirstRunDialog::Step FirstRunDialog::step() const
{
    return static_cast<Step>(m_pages->currentIndex());
}

std::unique_ptr<core::Database> FirstRunDialog::takeDatabase()
{
    return std::move(m_database);
}

QString FirstRunDialog::adminUserName() const
{
    return m_adminUser->text().trimmed();
}

void FirstRunDialog::reject()
{
    if (step() == Step::RecoveryKey) {
        // The database exists now; leaving without the key stored would risk losing the data for good.
        if (m_storedConfirm->isChecked()) {
            finish();
        } else {
            m_storeFirstNote->show();
            SessionStyle::growToFit(this);
            m_storedConfirm->setFocus();
        }
        return;
    }
    QDialog::reject();
}

void FirstRunDialog::goToStep(Step step)
{
    const int index = static_cast<int>(step);
    m_pages->setCurrentIndex(index);
    m_stepLabel->setText(tr("Step %1 of %2").arg(index + 1).arg(m_pages->count()));
    m_errorLabel->hide();
    m_backButton->setVisible(step == Step::Administrator);
    m_nextButton->setVisible(step != Step::RecoveryKey);
    m_nextButton->setText(step == Step::Administrator ? tr("&Create Database") : tr("&Next >"));
    m_finishButton->setVisible(step == Step::RecoveryKey);
    m_cancelButton->setVisible(step != Step::RecoveryKey);
    (step == Step::RecoveryKey ? m_finishButton : m_nextButton)->setDefault(true);
    updateButtons();
    SessionStyle::growToFit(this);
    switch (step) {
    case Step::Site: m_siteName->setFocus(); break;
    case Step::Administrator: m_adminUser->setFocus(); break;
    case Step::RecoveryKey: m_storedConfirm->setFocus(); break;
    }
}

void FirstRunDialog::next()
{
    if (!m_nextButton->isEnabled()) {
        return;
    }
    switch (step()) {
    case Step::Site: goToStep(Step::Administrator); break;
    case Step::Administrator: createDatabase(); break;
    case Step::RecoveryKey: break;
    }
}

void FirstRunDialog::back()
{
    if (step() == Step::Administrator) {
        goToStep(Step::Site);
    }
}

void FirstRunDialog::finish()
{
    if (step() != Step::RecoveryKey || !m_storedConfirm->isChecked() || !m_database) {
        return;
    }
    rememberLanguage();
    // The key has been shown; it need not stay in this process's memory any longer.
    m_recoveryKeyLabel->clear();
    core::wipe(m_recoveryKey);
    accept();
}

void FirstRunDialog::updateButtons()
{
    switch (step()) {
    case Step::Site: m_nextButton->setEnabled(!m_siteName->text().trimmed().isEmpty()); break;
    case Step::Administrator:
        m_nextButton->setEnabled(!m_adminUser->text().trimmed().isEmpty() && m_strength->isAcceptable() &&
                                 m_password->text() == m_confirmPassword->text());
        break;
    case Step::RecoveryKey: m_finishButton->setEnabled(m_storedConfirm->isChecked() && m_database); break;
    }
}

void FirstRunDialog::updatePasswordFeedback()
{
    m_strength->setPassword(m_password->text(), m_adminUser->text().trimmed());
    m_mismatchLabel->setVisible(!m_confirmPassword->text().isEmpty() &&
                                m_password->text() != m_confirmPassword->text());
    SessionStyle::growToFit(this);
    updateButtons();
}

void FirstRunDialog::rememberLanguage()
{
    // The language is not a secret and must be known before any database is unlocked, so it lives in QSettings.
    QSettings settings;
    settings.setValue(languageKey, m_language->currentData().toString());
}

void FirstRunDialog::setBusy(bool busy)
{
    m_pages->setEnabled(!busy);
    m_backButton->setEnabled(!busy);
    m_nextButton->setEnabled(!busy);
    m_cancelButton->setEnabled(!busy);
    if (busy) {
        QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    } else {
        QGuiApplication::restoreOverrideCursor();
    }
}

void FirstRunDialog::createDatabase()
{
    core::Database::CreateOptions options;
    options.path = m_path;
    options.adminUser = adminUserName();
    options.password = m_password->text();
    options.siteName = m_siteName->text().trimmed();
    options.profile = core::siteProfileFromId(m_profile->currentData().toString()).value_or(core::SiteProfile::Clinic);
    options.kdf = m_kdf;

    m_errorLabel->hide();
    setBusy(true);
    // Argon2id and the first writes take a moment; let the wait cursor paint. Database::create must run on this
    // thread: the database's QSqlDatabase connection belongs to the thread that opens it.
    QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
    auto created = core::Database::create(options);
    setBusy(false);

    if (!created) {
        core::wipe(options.password); // shared with the field: drops this reference only
        const core::Error &error = created.error();
        qCInfo(lcFirstRun).noquote() << "create failed:" << static_cast<int>(error.code) << error.detail;
        m_errorLabel->setText(error.message.isEmpty() ? tr("The database could not be created.") : error.message);
        m_errorLabel->show();
        SessionStyle::growToFit(this);
        updateButtons();
        return;
    }

    // Clear the fields first so that this copy is the last one and wipe() overwrites the characters.
    m_password->clear();
    m_confirmPassword->clear();
    core::wipe(options.password);

    m_database = std::move(created->database);
    m_recoveryKey = std::move(created->recoveryKey);
    m_createdSiteName = options.siteName;
    m_recoveryKeyLabel->setText(displayedRecoveryKey(m_recoveryKey));
    goToStep(Step::RecoveryKey);
}

void FirstRunDialog::printRecoveryKey()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(tr("CareDesk recovery key"));
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print Recovery Key"));
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    renderRecoveryKey(&printer);
}

void FirstRunDialog::renderRecoveryKey(QPrinter *printer) const
{
    const QString date = QLocale().toString(QDate::currentDate(), QLocale::LongFormat);
    const QString html =
        QStringLiteral("<h1>%1</h1><p><b>%2</b></p><p>%3</p>"
                       "<p style=\"font-family: monospace; font-size: 16pt; font-weight: bold\">%4</p><p>%5</p>")
            .arg(tr("CareDesk recovery key").toHtmlEscaped(), tr("Site: %1").arg(m_createdSiteName).toHtmlEscaped(),
                 tr("Created: %1").arg(date).toHtmlEscaped(), m_recoveryKey.toHtmlEscaped(),
                 tr("This key opens the database if every administrator password is lost. Keep this page offline "
                    "in a safe place, away from the computer.")
                     .toHtmlEscaped());
    QTextDocument document;
    document.setHtml(html);
    document.print(printer);
}

} // namespace caredesk::ui
