// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/Database.h"

#include "core/audit/AuditChain.h"
#include "core/audit/AuditLog.h"
#include "core/audit/AuditVerifier.h"
#include "core/auth/LoginThrottle.h"
#include "core/auth/PasswordPolicy.h"
#include "core/auth/Permission.h"
#include "core/common/Tr.h"
#include "core/storage/Backup.h"
#include "core/storage/Migrator.h"
#include "core/storage/RecoveryKey.h"
#include "core/storage/SqlCipherDriver.h"
#include "core/storage/SqlErrors.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QLockFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <sodium.h>
#include <sqlcipher/sqlite3.h>

#include <algorithm>
#include <atomic>
#include <mutex>

namespace caredesk::core {

namespace {

/** PRAGMA application_id of every CareDesk database: "CDSK". */
constexpr int applicationId = 0x4344534B;
const QByteArray plainSqliteHeader("SQLite format 3\0", 16);

QString lockPathFor(const QString &path)
{
    return path + QStringLiteral(".lock");
}

QString newConnectionName()
{
    return QStringLiteral("caredesk-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

Status validateUserName(const QString &userName)
{
    static const QRegularExpression pattern(QStringLiteral("^[\\p{L}\\p{N}][\\p{L}\\p{N}._-]{1,31}$"));
    if (!pattern.match(userName).hasMatch()) {
        return makeError(ErrorCode::Validation,
                         AuthTr::tr("A user name has 2 to 32 letters or digits and may contain '.', '_' or '-' "
                                    "after the first character; no spaces."));
    }
    return {};
}

Status validateNewPassword(const QString &password, const QString &userName)
{
    const PasswordAssessment assessment = PasswordPolicy::assess(password, userName);
    if (!assessment.acceptable) {
        return makeError(ErrorCode::Validation, assessment.problem);
    }
    return {};
}

/** Checks that we can write where the database lives, before anything is created or changed. */
Status checkWritable(const QString &path)
{
    const QFileInfo info(path);
    const QFileInfo folder(info.absolutePath());
    if (!folder.exists()) {
        return makeError(ErrorCode::NotFound, StorageTr::tr("The folder %1 does not exist. Choose an existing folder.")
                                                  .arg(QDir::toNativeSeparators(folder.absoluteFilePath())));
    }
    if (!folder.isWritable() || (info.exists() && !info.isWritable())) {
        return makeError(ErrorCode::ReadOnly,
                         StorageTr::tr("CareDesk cannot write to %1. Move the database and its keyring to a folder "
                                       "you can write to (for example your Documents folder) and open it there.")
                             .arg(QDir::toNativeSeparators(folder.absoluteFilePath())));
    }
    return {};
}

Result<std::unique_ptr<QLockFile>> acquireLock(const QString &path)
{
    auto lock = std::make_unique<QLockFile>(lockPathFor(path));
    lock->setStaleLockTime(0); // only a lock whose process is gone is stale
    if (lock->tryLock(0)) {
        return lock;
    }
    if (lock->error() == QLockFile::LockFailedError) {
        qint64 pid = 0;
        QString host;
        QString app;
        lock->getLockInfo(&pid, &host, &app);
        return makeError(ErrorCode::Locked,
                         StorageTr::tr("This database is already open in another CareDesk (process %1 on %2). Close "
                                       "it there first, then try again.")
                             .arg(pid)
                             .arg(host));
    }
    if (lock->error() == QLockFile::PermissionError) {
        return makeError(ErrorCode::ReadOnly,
                         StorageTr::tr("CareDesk cannot write to the folder that holds the database. Move the "
                                       "database and its keyring to a folder you can write to."));
    }
    return makeError(ErrorCode::Io, StorageTr::tr("The database could not be locked for use. Try again."),
                     QStringLiteral("QLockFile error %1").arg(int(lock->error())));
}

bool exec(QSqlQuery &query, const QString &sql)
{
    return query.exec(sql);
}

Error tooManyAttemptsError(const LoginAttempts &attempts, const QDateTime &next, const QDateTime &now)
{
    const QString detail = QStringLiteral("sign-in refused: %1 failures, next attempt at %2")
                               .arg(attempts.failures)
                               .arg(next.toString(Qt::ISODate));
    if (attempts.lockedUntil.isValid() && attempts.lockedUntil > now) {
        return makeError(ErrorCode::TooManyAttempts,
                         AuthTr::tr("This account is locked after %1 wrong passwords in a row. Try again after %2, "
                                    "or ask an administrator to reset the password.")
                             .arg(attempts.failures)
                             .arg(QLocale().toString(next.toLocalTime().time(), QLocale::ShortFormat)),
                         detail);
    }
    const qint64 seconds = std::max<qint64>(1, now.secsTo(next));
    return makeError(ErrorCode::TooManyAttempts,
                     AuthTr::tr("Too many wrong passwords. Wait %n second(s), then try again; check Caps Lock and "
                                "the input method.",
                                nullptr, int(seconds)),
                     detail);
}

} // namespace

QString siteProfileId(SiteProfile profile)
{
    return profile == SiteProfile::Pharmacy ? QStringLiteral("pharmacy") : QStringLiteral("clinic");
}

std::optional<SiteProfile> siteProfileFromId(const QString &id)
{
    if (id == QLatin1String("clinic")) {
        return SiteProfile::Clinic;
    }
    if (id == QLatin1String("pharmacy")) {
        return SiteProfile::Pharmacy;
    }
    return std::nullopt;
}

class DatabasePrivate {
public:
    /**
     * Ends an account change: the keyring with the new slot is saved first (atomically), then the transaction with the
     * staff row commits. A failed commit puts the old keyring back, so the two never disagree for long: at worst, after
     * a crash between the two, an account cannot sign in, never one that should not.
     */
    Status commitWithKeyRing(QSqlDatabase &db, KeyRing updated, const QString &failed)
    {
        if (auto status = updated.save(KeyRing::pathFor(path)); !status) {
            db.rollback();
            return status;
        }
        if (!db.commit()) {
            const QSqlError error = db.lastError();
            db.rollback();
            (void)keyRing.save(KeyRing::pathFor(path));
            return databaseError(error, failed);
        }
        keyRing = std::move(updated);
        return {};
    }
    ~DatabasePrivate() { closeConnection(); }

    /** Opens the named connection with the data key; does not read the file. */
    Status openConnection(const QString &name, bool mayCreate) const
    {
        auto *driver = new SqlCipherDriver;
        driver->setKey(SecureBytes(dataKey.data(), dataKey.size()));
        driver->setCipherSettings(keyRing.cipherSettings());
        QSqlDatabase db = QSqlDatabase::addDatabase(driver, name); // takes ownership of driver
        db.setDatabaseName(path);
        db.setConnectOptions(mayCreate ? QString() : QStringLiteral("QSQLCIPHER_NO_CREATE"));
        if (!db.open()) {
            const QSqlError error = db.lastError();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(name);
            return databaseError(error, StorageTr::tr("The database could not be opened."));
        }
        return {};
    }

    /** The first read: fails on a wrong key, a truncated or a damaged file, and writes nothing. */
    Status probe(const QSqlDatabase &db) const
    {
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !query.next()) {
            const int code = sqliteCode(query.lastError()) & 0xff;
            if (code == 26 || code == 11) {
                return makeError(ErrorCode::Corrupt,
                                 StorageTr::tr("The database could not be decrypted: the file is damaged or "
                                               "truncated, or its keyring belongs to another database. Restore both "
                                               "files from the latest backup; the file was not changed."),
                                 query.lastError().databaseText());
            }
            return databaseError(query.lastError(), StorageTr::tr("The database could not be read."));
        }
        return {};
    }

    /** Per-connection settings (the storage floor) and a check that SQLCipher is what we talk to. */
    Status configure(const QSqlDatabase &db) const
    {
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("PRAGMA cipher_version")) || !query.next() ||
            query.value(0).toString().isEmpty()) {
            return makeError(ErrorCode::Internal,
                             StorageTr::tr("This CareDesk was built without database encryption and will not open "
                                           "patient data. Reinstall CareDesk."));
        }
        query.finish();
        if (!query.exec(QStringLiteral("PRAGMA compile_options"))) {
            return databaseError(query.lastError(), StorageTr::tr("The database engine could not be checked."));
        }
        bool hasCodec = false;
        while (query.next()) {
            hasCodec = hasCodec || query.value(0).toString() == QLatin1String("HAS_CODEC");
        }
        query.finish();
        if (!hasCodec) {
            return makeError(ErrorCode::Internal,
                             StorageTr::tr("This CareDesk was built without database encryption and will not open "
                                           "patient data. Reinstall CareDesk."),
                             QStringLiteral("HAS_CODEC missing from compile_options"));
        }
        const QStringList pragmas{
            QStringLiteral("PRAGMA foreign_keys = ON"),
            QStringLiteral("PRAGMA journal_mode = WAL"),
            QStringLiteral("PRAGMA synchronous = FULL"),
            QStringLiteral("PRAGMA secure_delete = ON"),
            QStringLiteral("PRAGMA temp_store = MEMORY"),
            // 32 MiB of decrypted pages: SQLCipher decrypts on every cache miss, so a small cache costs most.
            QStringLiteral("PRAGMA cache_size = -32768"),
            readOnly ? QStringLiteral("PRAGMA query_only = ON") : QStringLiteral("PRAGMA query_only = OFF"),
        };
        for (const QString &pragma : pragmas) {
            if (!query.exec(pragma)) {
                return databaseError(query.lastError(), StorageTr::tr("The database could not be set up."));
            }
            query.finish();
        }
        return {};
    }

    /** Gives the main connection and the extra ones the audit chain (key derived from the data key). */
    void startAudit()
    {
        audit = std::make_shared<AuditChain>(dataKey);
        AuditChain::attach(connectionName, audit);
        for (const QString &name : extraNames()) {
            AuditChain::attach(name, audit);
        }
        audit->setCommitListener(connectionName, [this] { (void)flushAuditHead(false); });
        auditFlushed.start();
    }

    /** The cheap check at unlock: the keyring's head entry and every entry after it. Never refuses the open. */
    void checkAuditAtOpen()
    {
        auto checked =
            AuditVerifier::verify(QSqlDatabase::database(connectionName, false), *audit, keyRing.auditSequence(),
                                  keyRing.auditHead(), AuditVerifier::Scope::FromHead);
        auditWarning = !checked ? checked.error().message : (checked->intact() ? QString() : checked->message);
    }

    /**
     * Saves the newest committed entry as the keyring's audit head (at most every few seconds unless @p force).
     * Never moves the head back or off its entry: when the recorded head entry is gone or different, the keyring
     * keeps the evidence and auditWarning says so.
     */
    Status flushAuditHead(bool force)
    {
        constexpr qint64 intervalMs = 5000;
        if (!audit || suspended || !auditWarning.isEmpty()) {
            return {};
        }
        if (!force && auditFlushed.isValid() && auditFlushed.elapsed() < intervalMs) {
            return {};
        }
        QSqlDatabase db = QSqlDatabase::database(connectionName, false);
        if (!db.isOpen() || inTransaction(db)) {
            return {}; // our own uncommitted rows would be visible here
        }
        auditFlushed.restart();
        QSqlQuery q(db);
        if (!execPrepared(q, QStringLiteral("SELECT seq, hmac FROM audit_event ORDER BY seq DESC LIMIT 1"))) {
            return databaseError(q.lastError(), AuditTr::tr("The audit trail could not be read."));
        }
        if (!q.next()) {
            return {};
        }
        const qint64 seq = q.value(0).toLongLong();
        const QByteArray hmac = q.value(1).toByteArray();
        q.finish();
        if (seq == keyRing.auditSequence() && hmac == keyRing.auditHead()) {
            return {};
        }
        if (keyRing.auditSequence() > 0) {
            if (!execPrepared(q, QStringLiteral("SELECT hmac FROM audit_event WHERE seq = ?"),
                              {keyRing.auditSequence()}) ||
                !q.next() || q.value(0).toByteArray() != keyRing.auditHead()) {
                auditWarning = AuditTr::tr("The audit trail no longer holds the entry the keyring recorded (entry "
                                           "%1): entries were removed or the database file was replaced. Run "
                                           "\"Verify integrity\" on the audit page.")
                                   .arg(keyRing.auditSequence());
                return {};
            }
            q.finish();
        }
        KeyRing updated = keyRing;
        updated.setAuditHead(seq, hmac);
        if (auto saved = updated.save(KeyRing::pathFor(path)); !saved) {
            return saved;
        }
        keyRing = std::move(updated);
        return {};
    }

    /** Saves the head, then forgets the audit key on every connection (close, suspend). */
    void stopAudit()
    {
        if (!audit) {
            return;
        }
        (void)flushAuditHead(true);
        audit->setCommitListener(QString(), {});
        AuditChain::detach(connectionName);
        for (const QString &name : extraNames()) {
            AuditChain::detach(name);
        }
        audit.reset();
    }

    void closeConnection()
    {
        if (connectionName.isEmpty()) {
            return;
        }
        stopAudit();
        {
            QSqlDatabase db = QSqlDatabase::database(connectionName, false);
            if (db.isOpen()) {
                db.close();
            }
        }
        QSqlDatabase::removeDatabase(connectionName);
        connectionName.clear();
    }

    QString path;
    QString connectionName;
    KeyRing keyRing;
    SecureBytes dataKey;
    Session session;
    SiteProfile profile = SiteProfile::Clinic;
    QString siteName;
    int schemaVersion = 0;
    std::unique_ptr<QLockFile> lock;
    bool readOnly = false;      ///< setReadOnly(): query_only on every connection
    bool suspended = false;     ///< suspend(): connections closed, data key wiped
    /** openExtraConnection() names, closed by suspend() while they exist. Worker threads add to it, so it is only
     * read and written through extraNames(), addExtra() and setExtras(), under extrasMutex. */
    mutable QStringList extras;
    mutable std::mutex extrasMutex;

    [[nodiscard]] QStringList extraNames() const
    {
        const std::lock_guard<std::mutex> guard(extrasMutex);
        return extras;
    }
    void addExtra(const QString &name) const
    {
        const std::lock_guard<std::mutex> guard(extrasMutex);
        // Names whose connections their owners removed are dropped here, so the list does not grow with every job.
        extras.removeIf([](const QString &old) { return !QSqlDatabase::contains(old); });
        if (!extras.contains(name)) {
            extras << name;
        }
    }
    void setExtras(const QStringList &names) const
    {
        const std::lock_guard<std::mutex> guard(extrasMutex);
        extras = names;
    }
    const Clock *clock = &Clock::system();
    bool mustChangePassword = false;
    std::shared_ptr<AuditChain> audit; ///< the audit key for this database's connections; null while suspended
    QString auditWarning;              ///< what the audit check found wrong; empty when the chain is intact
    QElapsedTimer auditFlushed;        ///< since the keyring's audit head was last brought up to date
    /** quickCheck()'s connection while it runs, for stopQuickCheck(); the flag stops later checks too. */
    mutable std::mutex checkMutex;
    mutable sqlite3 *checkHandle = nullptr;
    mutable bool checksStopped = false;
    /** stopBackgroundWork(): every extra connection's progress handler reads it and interrupts its statement. */
    std::atomic<bool> backgroundStopped{false};
};

namespace {

/** The progress handler of extra connections: non-zero interrupts the running statement (SQLITE_INTERRUPT). */
int stopWhenAsked(void *stopped)
{
    return static_cast<const std::atomic<bool> *>(stopped)->load(std::memory_order_relaxed) ? 1 : 0;
}

} // namespace

Database::Database(std::unique_ptr<DatabasePrivate> dd) : d(std::move(dd))
{
    d->startAudit();
    d->checkAuditAtOpen();
}

Database::~Database() = default;

Result<Database::Created> Database::create(const CreateOptions &options)
{
    registerSqlCipherDriver();
    if (options.siteName.trimmed().isEmpty()) {
        return makeError(ErrorCode::Validation, StorageTr::tr("Enter the name of the clinic or pharmacy."));
    }
    if (auto status = validateUserName(options.adminUser); !status) {
        return status.error();
    }
    if (auto status = validateNewPassword(options.password, options.adminUser); !status) {
        return status.error();
    }
    const QString path = QFileInfo(options.path).absoluteFilePath();
    const QString keyRingPath = KeyRing::pathFor(path);
    if (QFileInfo::exists(path) || QFileInfo::exists(keyRingPath)) {
        return makeError(ErrorCode::Conflict,
                         StorageTr::tr("%1 already exists. Open it instead, or choose another file name for the new "
                                       "database.")
                             .arg(QDir::toNativeSeparators(QFileInfo::exists(path) ? path : keyRingPath)));
    }
    if (auto status = checkWritable(path); !status) {
        return status.error();
    }
    auto lock = acquireLock(path);
    if (!lock) {
        return lock.error();
    }

    auto d = std::make_unique<DatabasePrivate>();
    d->path = path;
    d->lock = std::move(lock.value());
    d->dataKey = SecureBytes::random(32);
    d->keyRing = KeyRing::createNew(options.siteName.trimmed());
    d->keyRing.setKeyCheck(d->dataKey);
    if (auto status =
            d->keyRing.addSlot(options.adminUser, Role::Administrator, options.password, d->dataKey, options.kdf);
        !status) {
        return status.error();
    }
    d->session = {options.adminUser, Role::Administrator};
    d->profile = options.profile;
    d->siteName = options.siteName.trimmed();

    auto removeCreatedFiles = [&path] {
        for (const QString &suffix :
             {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")}) {
            QFile::remove(path + suffix);
        }
    };

    const QString name = newConnectionName();
    if (auto status = d->openConnection(name, true); !status) {
        removeCreatedFiles();
        return status.error();
    }
    d->connectionName = name;
    QSqlDatabase db = QSqlDatabase::database(name, false);
    auto fail = [&](const Error &error) -> Result<Created> {
        db = QSqlDatabase();
        d->closeConnection();
        removeCreatedFiles();
        return error;
    };
    QSqlQuery query(db);
    if (!exec(query, QStringLiteral("PRAGMA application_id = %1").arg(applicationId))) {
        return fail(databaseError(query.lastError(), StorageTr::tr("The new database could not be written.")));
    }
    query.finish();
    if (auto status = d->configure(db); !status) {
        return fail(status.error());
    }
    if (auto status = Migrator::migrate(db); !status) {
        return fail(status.error());
    }
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    if (!db.transaction()) {
        return fail(databaseError(db.lastError(), StorageTr::tr("The new database could not be written.")));
    }
    const QList<std::pair<QString, QString>> meta{
        {QStringLiteral("database_id"), d->keyRing.databaseId()},
        {QStringLiteral("site_name"), d->siteName},
        {QStringLiteral("profile"), siteProfileId(options.profile)},
        {QStringLiteral("created_at"), now},
    };
    bool ok = true;
    for (const auto &[key, value] : meta) {
        ok = ok && execPrepared(query, QStringLiteral("INSERT INTO meta(key, value) VALUES (?, ?)"), {key, value});
    }
    ok = ok && execPrepared(query, QStringLiteral("INSERT INTO staff(user_name, role, created_at) VALUES (?, ?, ?)"),
                            {options.adminUser, roleId(Role::Administrator), now});
    if (!ok || !db.commit()) {
        const QSqlError error = ok ? db.lastError() : query.lastError();
        db.rollback();
        return fail(databaseError(error, StorageTr::tr("The new database could not be written.")));
    }
    query.finish();
    d->schemaVersion = Migrator::latestVersion();
    if (auto status = d->keyRing.save(keyRingPath); !status) {
        return fail(status.error());
    }
    QString recoveryKey = RecoveryKey::encode(d->dataKey);
    return Created{std::unique_ptr<Database>(new Database(std::move(d))), recoveryKey};
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, const QString &userName, const QString &password)
{
    return open(path, userName, password, Clock::system());
}

Result<std::unique_ptr<Database>> Database::open(const QString &pathIn, const QString &userName,
                                                 const QString &password, const Clock &clock)
{
    registerSqlCipherDriver();
    const QString path = QFileInfo(pathIn).absoluteFilePath();
    const QFileInfo info(path);
    if (!info.exists() || !info.isFile()) {
        return makeError(ErrorCode::NotFound,
                         StorageTr::tr("There is no database at %1. Check the file name, or create a new database.")
                             .arg(QDir::toNativeSeparators(path)));
    }
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            return makeError(ErrorCode::Io,
                             StorageTr::tr("%1 cannot be read. Check its permissions, then try again.")
                                 .arg(QDir::toNativeSeparators(path)),
                             file.errorString());
        }
        const QByteArray head = file.read(16);
        if (head == plainSqliteHeader) {
            return makeError(ErrorCode::NotCareDesk,
                             StorageTr::tr("%1 is an unencrypted SQLite database, not a CareDesk database. Choose "
                                           "the CareDesk database file instead.")
                                 .arg(QDir::toNativeSeparators(path)));
        }
    }
    auto keyRing = KeyRing::load(KeyRing::pathFor(path));
    if (!keyRing) {
        return keyRing.error();
    }
    const qint64 pageSize = keyRing->cipherSettings().pageSize;
    if (info.size() == 0 || info.size() % pageSize != 0) {
        return makeError(ErrorCode::Corrupt,
                         StorageTr::tr("The database file is truncated (%1 bytes is not a whole number of pages). "
                                       "Restore it from the latest backup; the file was not changed.")
                             .arg(info.size()));
    }
    if (auto status = checkWritable(path); !status) {
        return status.error();
    }
    auto lock = acquireLock(path);
    if (!lock) {
        return lock.error();
    }
    const QDateTime signInTime = clock.nowUtc();
    const bool knownUser = keyRing->slot(userName) != nullptr;
    if (knownUser) {
        const LoginAttempts attempts = keyRing->loginAttempts(userName);
        const QDateTime next = LoginThrottle::nextAttemptAt(attempts, signInTime);
        if (next.isValid() && next > signInTime) {
            return tooManyAttemptsError(attempts, next, signInTime);
        }
    }
    auto dataKey = keyRing->unlock(userName, password);
    if (!dataKey) {
        if (dataKey.error().code == ErrorCode::AuthFailed) {
            keyRing->addPendingLoginFailure({userName.left(64), signInTime});
            LoginAttempts attempts = keyRing->loginAttempts(userName);
            if (knownUser) {
                LoginThrottle::registerFailure(attempts, signInTime);
                keyRing->setLoginAttempts(attempts);
            }
            // Best effort: a keyring that cannot be written must not turn a wrong password into another error.
            (void)keyRing->save(KeyRing::pathFor(path));
            if (knownUser && attempts.lockedUntil.isValid()) {
                return tooManyAttemptsError(attempts, attempts.lockedUntil, signInTime);
            }
        }
        return dataKey.error();
    }
    if (!keyRing->matchesKey(*dataKey)) {
        return makeError(ErrorCode::KeyringDamaged,
                         StorageTr::tr("The keyring does not match its own key check. Restore the keyring from the "
                                       "latest backup, or use the recovery key."));
    }

    auto d = std::make_unique<DatabasePrivate>();
    d->path = path;
    d->lock = std::move(lock.value());
    d->keyRing = std::move(keyRing.value());
    d->dataKey = std::move(dataKey.value());
    const QString name = newConnectionName();
    if (auto status = d->openConnection(name, false); !status) {
        return status.error();
    }
    d->connectionName = name;
    QSqlDatabase db = QSqlDatabase::database(name, false);
    if (auto status = d->probe(db); !status) {
        return status.error();
    }
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA application_id")) || !query.next() ||
        query.value(0).toInt() != applicationId) {
        return makeError(ErrorCode::NotCareDesk,
                         StorageTr::tr("%1 is not a CareDesk database. Choose the CareDesk database file instead.")
                             .arg(QDir::toNativeSeparators(path)));
    }
    query.finish();
    auto version = Migrator::currentVersion(db);
    if (!version) {
        return version.error();
    }
    if (*version > Migrator::latestVersion()) {
        return makeError(ErrorCode::TooNew,
                         StorageTr::tr("This database was written by a newer version of CareDesk (schema %1; this "
                                       "program knows up to %2). Install the newer CareDesk to open it; the file was "
                                       "not changed.")
                             .arg(*version)
                             .arg(Migrator::latestVersion()));
    }
    if (*version < 1) {
        return makeError(ErrorCode::NotCareDesk,
                         StorageTr::tr("%1 is not a CareDesk database. Choose the CareDesk database file instead.")
                             .arg(QDir::toNativeSeparators(path)));
    }
    // Identity checks: the database and keyring belong together, and the account is live with the slot's role.
    if (!execPrepared(query, QStringLiteral("SELECT value FROM meta WHERE key = ?"), {QStringLiteral("database_id")}) ||
        !query.next() || query.value(0).toString() != d->keyRing.databaseId()) {
        return makeError(ErrorCode::NotCareDesk,
                         StorageTr::tr("The keyring beside %1 belongs to another database. Put the database's own "
                                       "keyring beside it, or restore both from the same backup.")
                             .arg(QDir::toNativeSeparators(path)));
    }
    const KeySlot *slot = d->keyRing.slot(userName);
    if (!execPrepared(query, QStringLiteral("SELECT role, disabled, user_name FROM staff WHERE user_name = ?"),
                      {userName}) ||
        !query.next() || slot == nullptr || query.value(0).toString() != roleId(slot->role) ||
        query.value(1).toInt() != 0) {
        return makeError(ErrorCode::AuthFailed,
                         AuthTr::tr("This account is disabled or does not match the staff list. Ask your "
                                    "administrator to check the account."));
    }
    d->session = {query.value(2).toString(), slot->role};
    query.finish();
    if (!execPrepared(query, QStringLiteral("SELECT key, value FROM meta WHERE key IN ('site_name', 'profile')"))) {
        return databaseError(query.lastError(), StorageTr::tr("The database could not be read."));
    }
    while (query.next()) {
        if (query.value(0).toString() == QLatin1String("site_name")) {
            d->siteName = query.value(1).toString();
        } else {
            d->profile = siteProfileFromId(query.value(1).toString()).value_or(SiteProfile::Clinic);
        }
    }
    query.finish();

    if (*version < Migrator::latestVersion()) {
        // An encrypted copy first: the file itself is ciphertext, so a byte copy after a checkpoint is enough.
        QSqlQuery checkpoint(db);
        checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        checkpoint.finish();
        const QString copyPath = path + QStringLiteral(".before-v%1").arg(Migrator::latestVersion());
        QFile::remove(copyPath);
        if (!QFile::copy(path, copyPath)) {
            return makeError(ErrorCode::Io,
                             StorageTr::tr("CareDesk needs to update this database but could not take a safety copy "
                                           "first (%1). Free some disk space and try again; nothing was changed.")
                                 .arg(QDir::toNativeSeparators(copyPath)));
        }
    }
    if (auto status = d->configure(db); !status) {
        return status.error();
    }
    if (auto status = Migrator::migrate(db); !status) {
        return status.error();
    }
    d->schemaVersion = Migrator::latestVersion();
    d->siteName = d->siteName.isEmpty() ? d->keyRing.siteName() : d->siteName;
    d->clock = &clock;
    auto opened = std::unique_ptr<Database>(new Database(std::move(d)));
    opened->finishSignIn(signInTime);
    return opened;
}

Status Database::recover(const QString &pathIn, const QString &recoveryKey, const QString &newUser,
                         const QString &newPassword, const KdfParams &kdf)
{
    const QString path = QFileInfo(pathIn).absoluteFilePath();
    if (!QFileInfo::exists(path)) {
        return makeError(
            ErrorCode::NotFound,
            StorageTr::tr("There is no database at %1. Check the file name.").arg(QDir::toNativeSeparators(path)));
    }
    auto dataKey = RecoveryKey::decode(recoveryKey);
    if (!dataKey) {
        return dataKey.error();
    }
    auto keyRing = KeyRing::load(KeyRing::pathFor(path));
    if (!keyRing) {
        return keyRing.error();
    }
    if (!keyRing->matchesKey(*dataKey)) {
        return makeError(ErrorCode::AuthFailed,
                         StorageTr::tr("This recovery key belongs to another database. Find the key that was shown "
                                       "when this database was created."));
    }
    if (auto status = validateUserName(newUser); !status) {
        return status;
    }
    if (auto status = validateNewPassword(newPassword, newUser); !status) {
        return status;
    }
    if (keyRing->slot(newUser) != nullptr) {
        return makeError(ErrorCode::Conflict,
                         AuthTr::tr("There is already an account named %1. Choose another user name.").arg(newUser));
    }
    if (auto status = checkWritable(path); !status) {
        return status;
    }
    auto lock = acquireLock(path);
    if (!lock) {
        return lock.error();
    }
    auto d = std::make_unique<DatabasePrivate>();
    d->path = path;
    d->keyRing = std::move(keyRing.value());
    d->dataKey = std::move(dataKey.value());
    const QString name = newConnectionName();
    if (auto status = d->openConnection(name, false); !status) {
        return status;
    }
    d->connectionName = name;
    QSqlDatabase db = QSqlDatabase::database(name, false);
    if (auto status = d->probe(db); !status) {
        return status;
    }
    if (auto status = d->configure(db); !status) {
        return status;
    }
    KeyRing updated = d->keyRing;
    if (auto status = updated.addSlot(newUser, Role::Administrator, newPassword, d->dataKey, kdf); !status) {
        return status;
    }
    QSqlQuery query(db);
    if (!db.transaction()) {
        return databaseError(db.lastError(), StorageTr::tr("The new account could not be saved."));
    }
    if (!execPrepared(
            query, QStringLiteral("INSERT INTO staff(user_name, role, created_at) VALUES (?, ?, ?)"),
            {newUser, roleId(Role::Administrator), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)})) {
        const QSqlError error = query.lastError();
        db.rollback();
        return databaseError(error, StorageTr::tr("The new account could not be saved."));
    }
    // The recovery is in the audit trail, in the same transaction, as the account it made.
    d->startAudit();
    if (auto recorded = AuditLog(name, newUser)
                            .record({QStringLiteral("user.recover"), QStringLiteral("user"), newUser,
                                     QStringLiteral("administrator added with the recovery key"), {}});
        !recorded) {
        db.rollback();
        return recorded;
    }
    // Keyring first: if it cannot be written, the staff row is rolled back and nothing changed.
    if (auto status = updated.save(KeyRing::pathFor(path)); !status) {
        db.rollback();
        return status;
    }
    if (!db.commit()) {
        const QSqlError error = db.lastError();
        db.rollback();
        (void)d->keyRing.save(KeyRing::pathFor(path));
        return databaseError(error, StorageTr::tr("The new account could not be saved."));
    }
    d->keyRing = std::move(updated); // closing saves the audit head into this keyring, with the new slot
    return {};
}

Result<QDateTime> Database::lastBackupAt() const
{
    QSqlQuery query(connection());
    if (!execPrepared(
            query, QStringLiteral("SELECT at FROM audit_event WHERE action = 'backup.create' ORDER BY at DESC, id DESC "
                                  "LIMIT 1"))) {
        return databaseError(query.lastError(), StorageTr::tr("The date of the last backup could not be read."));
    }
    return query.next() ? fromIso(query.value(0).toString()) : QDateTime();
}

namespace {
Status resumeSuspended(DatabasePrivate &d, const QString &password);
} // namespace

Status Database::verifyPassword(const QString &password) const
{
    // The lock screen is a sign-in too: the same back-off and lock-out as Database::open, counted in the keyring.
    const QDateTime now = d->clock->nowUtc();
    const QString &user = d->session.userName;
    const LoginAttempts before = d->keyRing.loginAttempts(user);
    if (const QDateTime next = LoginThrottle::nextAttemptAt(before, now); next.isValid() && next > now) {
        return tooManyAttemptsError(before, next, now);
    }
    Status status;
    if (d->suspended) {
        status = resumeSuspended(*d, password); // the lock screen's check: the right password also reopens
    } else if (auto key = d->keyRing.unlock(user, password); !key) {
        status = key.error();
    } else if (key->size() != d->dataKey.size() ||
               sodium_memcmp(key->data(), d->dataKey.data(), key->size()) != 0) {
        status = makeError(ErrorCode::AuthFailed, AuthTr::tr("The password is not right. Try again."));
    }
    if (!status) {
        if (status.error().code != ErrorCode::AuthFailed) {
            return status;
        }
        KeyRing updated = d->keyRing;
        updated.addPendingLoginFailure({user, now});
        LoginAttempts attempts = updated.loginAttempts(user);
        LoginThrottle::registerFailure(attempts, now);
        updated.setLoginAttempts(attempts);
        // Best effort, as at sign-in: a keyring that cannot be written must not turn a wrong password into another
        // error.
        if (updated.save(KeyRing::pathFor(d->path))) {
            d->keyRing = std::move(updated);
        }
        if (attempts.lockedUntil.isValid()) {
            return tooManyAttemptsError(attempts, attempts.lockedUntil, now);
        }
        return status;
    }
    if (before.failures > 0 || !d->keyRing.pendingLoginFailures().isEmpty()) {
        // Unlocked: the wrong passwords typed at the lock screen go into the audit trail, then the count starts again.
        QSqlDatabase db = connection();
        if (db.transaction()) {
            AuditLog audit(d->connectionName, user, *d->clock);
            bool ok = true;
            for (const PendingLoginFailure &failure : d->keyRing.pendingLoginFailures()) {
                ok = ok && audit
                               .record(QStringLiteral("auth.login_failed"),
                                       QStringLiteral("user:%1").arg(failure.userName),
                                       QStringLiteral("wrong password at %1").arg(iso(failure.at)))
                               .ok();
            }
            if (ok && db.commit()) {
                KeyRing updated = d->keyRing;
                updated.clearPendingLoginFailures();
                LoginAttempts cleared;
                cleared.userName = user;
                updated.setLoginAttempts(cleared);
                if (updated.save(KeyRing::pathFor(d->path))) {
                    d->keyRing = std::move(updated);
                }
            } else {
                db.rollback(); // the failures stay pending for the next sign-in or unlock
            }
        }
    }
    return {};
}

namespace {
constexpr auto autoLockKey = "security.auto_lock_minutes";
constexpr int defaultAutoLockMinutes = 10;
constexpr int maxAutoLockMinutes = 240;

/** An integer site setting; @p fallback when it is unset, unreadable or outside [@p min, @p max]. */
int intSetting(const QSqlDatabase &db, const char *key, int min, int max, int fallback)
{
    QSqlQuery query(db);
    if (!execPrepared(query, QStringLiteral("SELECT value FROM setting WHERE key = ?"), {QString::fromLatin1(key)}) ||
        !query.next()) {
        return fallback;
    }
    bool ok = false;
    const int value = query.value(0).toString().toInt(&ok);
    return ok && value >= min && value <= max ? value : fallback;
}

Status saveSetting(QSqlDatabase db, const QString &key, const QString &value, const QString &failure)
{
    QSqlQuery query(db);
    const bool ok =
        execPrepared(query, QStringLiteral("UPDATE setting SET value = ? WHERE key = ?"), {value, key}) &&
        (query.numRowsAffected() > 0 ||
         execPrepared(query, QStringLiteral("INSERT INTO setting(key, value) VALUES (?, ?)"), {key, value}));
    return ok ? Status() : Status(databaseError(query.lastError(), failure));
}

/** Saves a security setting and its audit entry ("setting.change") in one transaction. */
Status saveAuditedSetting(Database &database, const Clock &clock, const char *key, int value, const QString &failure)
{
    QSqlDatabase db = database.connection();
    if (!db.transaction()) {
        return databaseError(db.lastError(), failure);
    }
    Status status = saveSetting(db, QString::fromLatin1(key), QString::number(value), failure);
    if (status) {
        status = AuditLog(database, clock)
                     .record(QStringLiteral("setting.change"), QString::fromLatin1(key), QString::number(value));
    }
    if (!status || !db.commit()) {
        const QSqlError error = db.lastError();
        db.rollback();
        return status ? Status(databaseError(error, failure)) : status;
    }
    return {};
}
} // namespace

int Database::autoLockMinutes() const
{
    return intSetting(connection(), autoLockKey, 0, maxAutoLockMinutes, defaultAutoLockMinutes);
}

Status Database::setAutoLockMinutes(int minutes)
{
    if (!roleAllows(d->session.role, Permission::ManageSettings)) {
        return makeError(ErrorCode::PermissionDenied,
                         AuthTr::tr("Only an administrator can change when the screen locks. Ask your administrator."));
    }
    if (minutes < 0 || minutes > maxAutoLockMinutes) {
        return makeError(ErrorCode::Validation,
                         AuthTr::tr("The screen lock takes 0 (never) to %1 minutes.").arg(maxAutoLockMinutes));
    }
    return saveAuditedSetting(*this, *d->clock, autoLockKey, minutes,
                              AuthTr::tr("The screen lock setting could not be saved."));
}

Status Database::addUser(const QString &userName, Role role, const QString &password, const KdfParams &kdf)
{
    if (!roleAllows(d->session.role, Permission::ManageUsers)) {
        return makeError(ErrorCode::PermissionDenied,
                         AuthTr::tr("Only an administrator can add staff accounts. Ask your administrator."));
    }
    if (auto status = validateUserName(userName); !status) {
        return status;
    }
    if (auto status = validateNewPassword(password, userName); !status) {
        return status;
    }
    QSqlDatabase db = connection();
    QSqlQuery query(db);
    if (!execPrepared(query, QStringLiteral("SELECT 1 FROM staff WHERE user_name = ?"), {userName})) {
        return databaseError(query.lastError(), StorageTr::tr("The staff list could not be read."));
    }
    if (query.next() || d->keyRing.slot(userName) != nullptr) {
        return makeError(ErrorCode::Conflict,
                         AuthTr::tr("There is already an account named %1. Choose another user name.").arg(userName));
    }
    query.finish();
    KeyRing updated = d->keyRing;
    if (auto status = updated.addSlot(userName, role, password, d->dataKey, kdf); !status) {
        return status;
    }
    if (!db.transaction()) {
        return databaseError(db.lastError(), StorageTr::tr("The new account could not be saved."));
    }
    if (!execPrepared(query, QStringLiteral("INSERT INTO staff(user_name, role, created_at) VALUES (?, ?, ?)"),
                      {userName, roleId(role), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)})) {
        const QSqlError error = query.lastError();
        db.rollback();
        return databaseError(error, StorageTr::tr("The new account could not be saved."));
    }
    query.finish();
    if (auto audited = AuditLog(*this, *d->clock).record(QStringLiteral("user.create"),
                                                         QStringLiteral("user:%1").arg(userName), roleId(role));
        !audited) {
        db.rollback();
        return audited;
    }
    if (auto status =
            d->commitWithKeyRing(db, std::move(updated), StorageTr::tr("The new account could not be saved."));
        !status) {
        return status;
    }
    return {};
}

Result<QStringList> Database::checkIntegrity()
{
    QStringList problems;
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("PRAGMA integrity_check"))) {
        return databaseError(query.lastError(), StorageTr::tr("The integrity check could not run."));
    }
    while (query.next()) {
        const QString line = query.value(0).toString();
        if (line != QLatin1String("ok")) {
            problems << line;
        }
    }
    query.finish();
    if (!query.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
        return databaseError(query.lastError(), StorageTr::tr("The foreign-key check could not run."));
    }
    while (query.next()) {
        problems << StorageTr::tr("Row %1 of table %2 refers to a missing row in %3.")
                        .arg(query.value(1).toString(), query.value(0).toString(), query.value(2).toString());
    }
    return problems;
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(d->connectionName, false);
}

QString Database::connectionName() const
{
    return d->connectionName;
}

Result<QString> Database::openExtraConnection(const QString &name, int cacheKib) const
{
    if (d->suspended) {
        return makeError(ErrorCode::Locked, StorageTr::tr("CareDesk is locked. Unlock it, then try again."));
    }
    if (d->backgroundStopped.load()) {
        return makeError(ErrorCode::Usage, StorageTr::tr("CareDesk is closing; the work was not started."));
    }
    if (auto status = d->openConnection(name, false); !status) {
        return status.error();
    }
    QSqlDatabase db = QSqlDatabase::database(name, false);
    Status status = d->probe(db);
    if (status) {
        status = d->configure(db);
    }
    if (status && cacheKib > 0) {
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("PRAGMA cache_size = -%1").arg(cacheKib))) {
            status = databaseError(query.lastError(), StorageTr::tr("The database could not be set up."));
        }
    }
    if (!status) {
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        return status.error();
    }
    // Checked every thousand steps of the connection's statements, so stopBackgroundWork() ends a long one at once.
    if (const QVariant handle = db.driver()->handle();
        handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0) {
        sqlite3_progress_handler(*static_cast<sqlite3 *const *>(handle.constData()), 1000, stopWhenAsked,
                                 &d->backgroundStopped);
    }
    d->addExtra(name);
    if (d->audit) {
        AuditChain::attach(name, d->audit);
    }
    return name;
}

const Session &Database::session() const
{
    return d->session;
}

QString Database::path() const
{
    return d->path;
}

QString Database::siteName() const
{
    return d->siteName;
}

SiteProfile Database::profile() const
{
    return d->profile;
}

int Database::schemaVersion() const
{
    return d->schemaVersion;
}

int Database::latestSchemaVersion()
{
    return Migrator::latestVersion();
}

QString Database::engineDescription() const
{
    QSqlQuery query(connection());
    QString cipher;
    if (query.exec(QStringLiteral("PRAGMA cipher_version")) && query.next()) {
        cipher = query.value(0).toString();
    }
    return StorageTr::tr("SQLCipher %1 on SQLite %2").arg(cipher, sqlCipherSqliteVersion());
}

const KeyRing &Database::keyRing() const
{
    return d->keyRing;
}

namespace {

/** Removes temporary files when it goes out of scope, unless release()d. */
class RemoveOnExit {
public:
    explicit RemoveOnExit(QStringList paths) : m_paths(std::move(paths)) {}
    ~RemoveOnExit()
    {
        if (!m_released) {
            for (const QString &path : std::as_const(m_paths)) {
                Backup::removeDatabaseFiles(path);
            }
        }
    }
    RemoveOnExit(const RemoveOnExit &) = delete;
    RemoveOnExit &operator=(const RemoveOnExit &) = delete;
    void release() { m_released = true; }

private:
    QStringList m_paths;
    bool m_released = false;
};

Result<QByteArray> readWholeFile(const QString &path)
{
    QFile file(path);
    if (!file.exists()) {
        return makeError(
            ErrorCode::NotFound,
            StorageTr::tr("There is no file at %1. Check the file name.").arg(QDir::toNativeSeparators(path)));
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(ErrorCode::Io,
                         StorageTr::tr("%1 could not be read. Check that the disk is connected and that you may read "
                                       "the file, then try again.")
                             .arg(QDir::toNativeSeparators(path)),
                         file.errorString());
    }
    QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        return makeError(ErrorCode::Io,
                         StorageTr::tr("%1 could not be read. Check that the disk is connected and that you may read "
                                       "the file, then try again.")
                             .arg(QDir::toNativeSeparators(path)),
                         file.errorString());
    }
    return bytes;
}

Status checkTargetFolder(const QString &path)
{
    const QFileInfo folder(QFileInfo(path).absolutePath());
    if (!folder.isDir()) {
        return makeError(ErrorCode::NotFound, StorageTr::tr("The folder %1 does not exist. Choose an existing folder.")
                                                  .arg(QDir::toNativeSeparators(folder.absoluteFilePath())));
    }
    if (!folder.isWritable()) {
        return makeError(ErrorCode::ReadOnly,
                         StorageTr::tr("CareDesk cannot write to %1. Choose a folder you can write to.")
                             .arg(QDir::toNativeSeparators(folder.absoluteFilePath())));
    }
    return {};
}

} // namespace

Status Database::backup(const QString &outPathIn)
{
    if (!roleAllows(d->session.role, Permission::RunBackups)) {
        return makeError(ErrorCode::PermissionDenied,
                         StorageTr::tr("Only an administrator or a manager can make a backup. Ask one of them."));
    }
    const QString outPath = QFileInfo(outPathIn).absoluteFilePath();
    if (QFileInfo::exists(outPath)) {
        return makeError(ErrorCode::Conflict,
                         StorageTr::tr("%1 already exists. Choose another file name for the backup, or move the old "
                                       "backup away first.")
                             .arg(QDir::toNativeSeparators(outPath)));
    }
    if (auto status = checkTargetFolder(outPath); !status) {
        return status;
    }
    QSqlDatabase db = connection();
    if (inTransaction(db)) {
        return makeError(ErrorCode::Internal, StorageTr::tr("A backup cannot be made while a change is being saved. "
                                                            "Try again in a moment."));
    }
    auto keyRingBytes = readWholeFile(KeyRing::pathFor(d->path));
    if (!keyRingBytes) {
        return keyRingBytes.error();
    }

    const QString exportPath = Backup::temporaryPathBeside(outPath, QStringLiteral("export"));
    const QString checkPath = Backup::temporaryPathBeside(outPath, QStringLiteral("check"));
    RemoveOnExit temporaries({exportPath, checkPath, KeyRing::pathFor(checkPath)});
    if (auto status = Backup::exportTo(db, d->dataKey, d->keyRing.cipherSettings(), exportPath); !status) {
        return status;
    }
    // Streamed in chunks, here and when it is read back: a backup never holds the database in memory (at a
    // million customers it is 6 GB).
    qint64 written = 0;
    if (auto status = Backup::writeFile(outPath, *keyRingBytes, exportPath, &written); !status) {
        return status;
    }
    Backup::removeDatabaseFiles(exportPath);

    // From here on the output exists; it stays only if every check passes.
    RemoveOnExit output({outPath});
    const auto verifyFailed = [&outPath](const Error &error) {
        return makeError(error.code == ErrorCode::Internal ? ErrorCode::Internal : ErrorCode::Corrupt,
                         StorageTr::tr("The backup %1 did not read back correctly and was removed: %2 Check the disk "
                                       "or choose another folder, then make the backup again.")
                             .arg(QDir::toNativeSeparators(outPath), error.message),
                         error.detail);
    };
    auto keyRingPart = Backup::extract(outPath, checkPath);
    if (!keyRingPart) {
        return verifyFailed(keyRingPart.error());
    }
    if (auto status = Backup::writeNewFile(KeyRing::pathFor(checkPath), *keyRingPart); !status) {
        return status;
    }
    auto keyRing = KeyRing::load(KeyRing::pathFor(checkPath));
    if (!keyRing) {
        return verifyFailed(keyRing.error());
    }
    if (keyRing->databaseId() != d->keyRing.databaseId() || !keyRing->matchesKey(d->dataKey)) {
        return verifyFailed(makeError(ErrorCode::Corrupt, StorageTr::tr("The keyring in the backup does not belong "
                                                                        "to this database.")));
    }
    if (auto status = Backup::checkDatabaseFile(checkPath, d->dataKey, keyRing->cipherSettings()); !status) {
        return verifyFailed(status.error());
    }
    AuditLog audit(*this);
    if (auto status =
            audit.record(QStringLiteral("backup.create"), QString(),
                         QStringLiteral("%1 (%2 bytes)").arg(QFileInfo(outPath).fileName()).arg(written));
        !status) {
        return status;
    }
    output.release();
    return {};
}

Status Database::restore(const QString &backupPath, const QString &newDbPathIn, const QString &userName,
                         const QString &password)
{
    registerSqlCipherDriver();
    const QString newDbPath = QFileInfo(newDbPathIn).absoluteFilePath();
    const QString newKeyRingPath = KeyRing::pathFor(newDbPath);
    if (QFileInfo::exists(newDbPath) || QFileInfo::exists(newKeyRingPath)) {
        return makeError(ErrorCode::Conflict,
                         StorageTr::tr("%1 already exists; a restore never replaces files. Choose a new file name for "
                                       "the restored database, or move the existing files away first.")
                             .arg(QDir::toNativeSeparators(QFileInfo::exists(newDbPath) ? newDbPath : newKeyRingPath)));
    }
    if (auto status = checkTargetFolder(newDbPath); !status) {
        return status;
    }
    const QString tempDb = Backup::temporaryPathBeside(newDbPath, QStringLiteral("restore"));
    const QString tempKeyRing = KeyRing::pathFor(tempDb);
    const int latest = Migrator::latestVersion();
    QStringList leftovers{tempDb, tempKeyRing};
    for (int version = 1; version <= latest; ++version) {
        leftovers << tempDb + QStringLiteral(".before-v%1").arg(version);
    }
    RemoveOnExit temporaries(leftovers);
    // The database part goes straight to its file in chunks; only the keyring is held in memory.
    auto keyRingPart = Backup::extract(backupPath, tempDb);
    if (!keyRingPart) {
        return keyRingPart.error();
    }
    if (auto status = Backup::writeNewFile(tempKeyRing, *keyRingPart); !status) {
        return status;
    }
    {
        auto opened = Database::open(tempDb, userName, password);
        if (!opened) {
            return opened.error();
        }
        Database &restored = **opened;
        auto problems = restored.checkIntegrity();
        if (!problems) {
            return problems.error();
        }
        if (!problems->isEmpty()) {
            return makeError(ErrorCode::Integrity,
                             StorageTr::tr("The database in the backup failed its integrity check (%1), so it was not "
                                           "restored. Use another backup.")
                                 .arg(problems->first()));
        }
        AuditLog audit(restored);
        if (auto status = audit.record(QStringLiteral("backup.restore"), QString(), QFileInfo(backupPath).fileName());
            !status) {
            return status;
        }
        // Everything into the main file, so that nothing is left in a WAL that the rename would orphan.
        QSqlQuery checkpoint(restored.connection());
        if (!checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")) || !checkpoint.next() ||
            checkpoint.value(0).toInt() != 0) {
            return makeError(ErrorCode::Io,
                             StorageTr::tr("The restored database could not be completed. Try the restore again."),
                             checkpoint.lastError().text());
        }
    }
    if (QFileInfo(tempDb + QStringLiteral("-wal")).size() > 0) {
        return makeError(ErrorCode::Io,
                         StorageTr::tr("The restored database could not be completed. Try the restore again."),
                         QStringLiteral("WAL not empty after close"));
    }
    if (QFileInfo::exists(newDbPath) || QFileInfo::exists(newKeyRingPath) ||
        !QFile::rename(tempKeyRing, newKeyRingPath)) {
        return makeError(ErrorCode::Io,
                         StorageTr::tr("The restored keyring could not be moved to %1. Check the folder, then try "
                                       "the restore again.")
                             .arg(QDir::toNativeSeparators(newKeyRingPath)));
    }
    if (!QFile::rename(tempDb, newDbPath)) {
        QFile::remove(newKeyRingPath);
        return makeError(ErrorCode::Io,
                         StorageTr::tr("The restored database could not be moved to %1. Check the folder, then try "
                                       "the restore again.")
                             .arg(QDir::toNativeSeparators(newDbPath)));
    }
    return {};
}

// ---- Sign-in bookkeeping and staff administration (access) -------------------------------------------------------

namespace {

constexpr auto backupReminderKey = "security.backup_reminder_days";
constexpr int defaultBackupReminderDays = 7;
constexpr int maxBackupReminderDays = 365;

struct StaffRow {
    QString userName;
    Role role = Role::Reception;
    bool disabled = false;
    bool removed = false;
};

Result<std::optional<StaffRow>> readStaffRow(QSqlDatabase db, const QString &userName)
{
    QSqlQuery query(db);
    if (!execPrepared(query,
                      QStringLiteral("SELECT user_name, role, disabled, removed_at FROM staff WHERE user_name = ?"),
                      {userName})) {
        return databaseError(query.lastError(), StorageTr::tr("The staff list could not be read."));
    }
    if (!query.next()) {
        return std::optional<StaffRow>();
    }
    return std::optional<StaffRow>(StaffRow{query.value(0).toString(),
                                            roleFromId(query.value(1).toString()).value_or(Role::Reception),
                                            query.value(2).toInt() != 0, !query.value(3).isNull()});
}

Error noSuchAccount(const QString &userName)
{
    return makeError(ErrorCode::NotFound,
                     AuthTr::tr("There is no account named %1. Check the user name.").arg(userName));
}

} // namespace

void Database::finishSignIn(const QDateTime &now)
{
    QSqlDatabase db = connection();
    QSqlQuery query(db);
    if (execPrepared(query, QStringLiteral("SELECT must_change_password FROM staff WHERE user_name = ?"),
                     {d->session.userName}) &&
        query.next()) {
        d->mustChangePassword = query.value(0).toInt() != 0;
    }
    query.finish();
    if (!db.transaction()) {
        return;
    }
    AuditLog audit(*this, *d->clock);
    bool ok = true;
    for (const PendingLoginFailure &failure : d->keyRing.pendingLoginFailures()) {
        ok = ok && audit
                       .record(QStringLiteral("auth.login_failed"), QStringLiteral("user:%1").arg(failure.userName),
                               QStringLiteral("wrong password at %1").arg(iso(failure.at)))
                       .ok();
    }
    ok = ok && audit.record(QStringLiteral("auth.login"), QStringLiteral("user:%1").arg(d->session.userName)).ok();
    ok = ok && execPrepared(query, QStringLiteral("UPDATE staff SET last_login_at = ? WHERE user_name = ?"),
                            {iso(now), d->session.userName});
    if (!ok || !db.commit()) {
        db.rollback();
        return; // the pending failures stay in the keyring for the next sign-in
    }
    // After the commit: a crash before this save writes the failures twice, never loses them.
    const LoginAttempts before = d->keyRing.loginAttempts(d->session.userName);
    if (before.failures > 0 || !d->keyRing.pendingLoginFailures().isEmpty()) {
        KeyRing updated = d->keyRing;
        updated.clearPendingLoginFailures();
        LoginAttempts cleared;
        cleared.userName = d->session.userName;
        updated.setLoginAttempts(cleared);
        if (updated.save(KeyRing::pathFor(d->path))) {
            d->keyRing = std::move(updated);
        }
    }
}

Result<QList<StaffMember>> Database::staff() const
{
    if (auto allowed = requirePermission(d->session, Permission::ManageUsers); !allowed) {
        return allowed.error();
    }
    QSqlQuery query(connection());
    if (!execPrepared(query, QStringLiteral("SELECT user_name, role, disabled, removed_at, must_change_password, "
                                            "created_at, last_login_at FROM staff ORDER BY user_name"))) {
        return databaseError(query.lastError(), StorageTr::tr("The staff list could not be read."));
    }
    QList<StaffMember> members;
    while (query.next()) {
        StaffMember member;
        member.userName = query.value(0).toString();
        member.role = roleFromId(query.value(1).toString()).value_or(Role::Reception);
        member.disabled = query.value(2).toInt() != 0;
        member.removed = !query.value(3).isNull();
        member.mustChangePassword = query.value(4).toInt() != 0;
        member.createdAt = fromIso(query.value(5).toString());
        member.lastLoginAt = query.value(6).isNull() ? QDateTime() : fromIso(query.value(6).toString());
        member.hasKeySlot = d->keyRing.slot(member.userName) != nullptr;
        const LoginAttempts attempts = d->keyRing.loginAttempts(member.userName);
        member.failedSignIns = attempts.failures;
        member.lockedUntil = attempts.lockedUntil.isValid() && attempts.lockedUntil > d->clock->nowUtc()
                                 ? attempts.lockedUntil
                                 : QDateTime();
        members << member;
    }
    return members;
}

Status Database::changeAccount(const QString &userName, const QString &action)
{
    const bool remove = action == QLatin1String("user.remove");
    if (auto allowed = requirePermission(d->session, Permission::ManageUsers); !allowed) {
        return allowed;
    }
    if (userName.compare(d->session.userName, Qt::CaseInsensitive) == 0) {
        return makeError(ErrorCode::Conflict,
                         remove ? AuthTr::tr("You cannot remove your own account. Ask another administrator.")
                                : AuthTr::tr("You cannot disable your own account. Ask another administrator."));
    }
    QSqlDatabase db = connection();
    auto row = readStaffRow(db, userName);
    if (!row) {
        return row.error();
    }
    if (!row->has_value()) {
        return noSuchAccount(userName);
    }
    const StaffRow target = **row;
    if (target.removed) {
        return makeError(ErrorCode::Conflict, AuthTr::tr("The account %1 was already removed.").arg(target.userName));
    }
    if (target.role == Role::Administrator && !target.disabled) {
        QSqlQuery count(db);
        if (!execPrepared(count,
                          QStringLiteral("SELECT user_name FROM staff WHERE role = 'admin' AND disabled = 0 "
                                         "AND removed_at IS NULL AND user_name <> ?"),
                          {target.userName})) {
            return databaseError(count.lastError(), StorageTr::tr("The staff list could not be read."));
        }
        bool another = false;
        while (count.next()) {
            another = another || d->keyRing.slot(count.value(0).toString()) != nullptr;
        }
        if (!another) {
            return makeError(ErrorCode::Conflict,
                             AuthTr::tr("%1 is the last administrator who can sign in. Add or re-enable another "
                                        "administrator first.")
                                 .arg(target.userName));
        }
    }
    KeyRing updated = d->keyRing;
    if (updated.slot(target.userName) != nullptr) {
        if (auto status = updated.removeSlot(target.userName); !status) {
            return status;
        }
    }
    LoginAttempts cleared;
    cleared.userName = target.userName;
    updated.setLoginAttempts(cleared);
    const QString failed = AuthTr::tr("The account could not be changed; nothing was changed.");
    if (!db.transaction()) {
        return databaseError(db.lastError(), failed);
    }
    QSqlQuery query(db);
    const bool ok =
        remove
            ? execPrepared(query, QStringLiteral("UPDATE staff SET disabled = 1, removed_at = ? WHERE user_name = ?"),
                           {iso(d->clock->nowUtc()), target.userName})
            : execPrepared(query, QStringLiteral("UPDATE staff SET disabled = 1 WHERE user_name = ?"),
                           {target.userName});
    AuditLog audit(*this, *d->clock);
    Status audited = ok ? audit.record(action, QStringLiteral("user:%1").arg(target.userName), roleId(target.role))
                        : Status(databaseError(query.lastError(), failed));
    if (!audited) {
        db.rollback();
        return audited;
    }
    if (auto status = d->commitWithKeyRing(db, std::move(updated), failed); !status) {
        return status;
    }
    return {};
}

Status Database::disableUser(const QString &userName)
{
    return changeAccount(userName, QStringLiteral("user.disable"));
}

Status Database::removeUser(const QString &userName)
{
    return changeAccount(userName, QStringLiteral("user.remove"));
}

Status Database::resetPassword(const QString &userName, const QString &newPassword, const KdfParams &kdf)
{
    if (auto allowed = requirePermission(d->session, Permission::ManageUsers); !allowed) {
        return allowed;
    }
    QSqlDatabase db = connection();
    auto row = readStaffRow(db, userName);
    if (!row) {
        return row.error();
    }
    if (!row->has_value()) {
        return noSuchAccount(userName);
    }
    const StaffRow target = **row;
    if (target.removed) {
        return makeError(ErrorCode::Conflict,
                         AuthTr::tr("The account %1 was removed. Add a new account instead.").arg(target.userName));
    }
    if (auto status = validateNewPassword(newPassword, target.userName); !status) {
        return status;
    }
    KeyRing updated = d->keyRing;
    const Status slotted = updated.slot(target.userName) != nullptr
                               ? updated.replaceSlot(target.userName, target.role, newPassword, d->dataKey, kdf)
                               : updated.addSlot(target.userName, target.role, newPassword, d->dataKey, kdf);
    if (!slotted) {
        return slotted;
    }
    LoginAttempts cleared;
    cleared.userName = target.userName;
    updated.setLoginAttempts(cleared);
    // Your own password reset by yourself is a change, not a reset: no forced change afterwards.
    const bool self = target.userName.compare(d->session.userName, Qt::CaseInsensitive) == 0;
    const QString failed = AuthTr::tr("The password could not be reset; nothing was changed.");
    if (!db.transaction()) {
        return databaseError(db.lastError(), failed);
    }
    QSqlQuery query(db);
    const bool ok = execPrepared(
        query, QStringLiteral("UPDATE staff SET disabled = 0, must_change_password = ? WHERE user_name = ?"),
        {self ? 0 : 1, target.userName});
    AuditLog audit(*this, *d->clock);
    Status audited =
        ok ? audit.record(QStringLiteral("user.reset_password"), QStringLiteral("user:%1").arg(target.userName),
                          target.disabled ? QStringLiteral("re-enabled") : QString())
           : Status(databaseError(query.lastError(), failed));
    if (!audited) {
        db.rollback();
        return audited;
    }
    if (auto status = d->commitWithKeyRing(db, std::move(updated), failed); !status) {
        return status;
    }
    return {};
}

Status Database::changeOwnPassword(const QString &oldPassword, const QString &newPassword, const KdfParams &kdf)
{
    if (auto status = verifyPassword(oldPassword); !status) {
        return makeError(ErrorCode::AuthFailed,
                         AuthTr::tr("The current password is not right. Type your current password again."));
    }
    if (oldPassword == newPassword) {
        return makeError(ErrorCode::Validation, AuthTr::tr("Choose a new password that differs from the current one."));
    }
    if (auto status = validateNewPassword(newPassword, d->session.userName); !status) {
        return status;
    }
    KeyRing updated = d->keyRing;
    if (auto status = updated.replaceSlot(d->session.userName, d->session.role, newPassword, d->dataKey, kdf);
        !status) {
        return status;
    }
    QSqlDatabase db = connection();
    const QString failed = AuthTr::tr("The password could not be changed; your old password still works.");
    if (!db.transaction()) {
        return databaseError(db.lastError(), failed);
    }
    QSqlQuery query(db);
    const bool ok = execPrepared(query, QStringLiteral("UPDATE staff SET must_change_password = 0 WHERE user_name = ?"),
                                 {d->session.userName});
    AuditLog audit(*this, *d->clock);
    Status audited =
        ok ? audit.record(QStringLiteral("user.change_password"), QStringLiteral("user:%1").arg(d->session.userName))
           : Status(databaseError(query.lastError(), failed));
    if (!audited) {
        db.rollback();
        return audited;
    }
    if (auto status = d->commitWithKeyRing(db, std::move(updated), failed); !status) {
        return status;
    }
    d->mustChangePassword = false;
    return {};
}

bool Database::mustChangePassword() const
{
    return d->mustChangePassword;
}

int Database::backupReminderDays() const
{
    return intSetting(connection(), backupReminderKey, 1, maxBackupReminderDays, defaultBackupReminderDays);
}

Status Database::setBackupReminderDays(int days)
{
    if (auto allowed = requirePermission(d->session, Permission::ManageSettings); !allowed) {
        return allowed;
    }
    if (days < 1 || days > maxBackupReminderDays) {
        return makeError(ErrorCode::Validation,
                         AuthTr::tr("The backup reminder takes 1 to %1 days.").arg(maxBackupReminderDays));
    }
    return saveAuditedSetting(*this, *d->clock, backupReminderKey, days,
                              AuthTr::tr("The backup reminder could not be saved."));
}

// ---- Start-up check, read-only mode, suspend on lock, restore swap (privacy and recovery) ----

Result<QStringList> Database::quickCheck() const
{
    if (d->suspended) {
        return makeError(ErrorCode::Locked, StorageTr::tr("CareDesk is locked. Unlock it, then try again."));
    }
    const QString name = QStringLiteral("caredesk-check-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (auto status = d->openConnection(name, false); !status) {
        return status.error();
    }
    QStringList problems;
    bool stopped = false;
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
        {
            const std::lock_guard<std::mutex> guard(d->checkMutex);
            stopped = d->checksStopped;
            if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0) {
                d->checkHandle = *static_cast<sqlite3 *const *>(handle.constData());
            }
        }
        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (stopped) {
            // stopQuickCheck() came first: nothing to check on the way out.
        } else if (!query.exec(QStringLiteral("PRAGMA query_only = ON")) ||
                   !query.exec(QStringLiteral("PRAGMA quick_check(20)"))) {
            problems << StorageTr::tr("The check stopped at damaged data: %1").arg(query.lastError().databaseText());
        } else {
            while (query.next()) {
                const QString line = query.value(0).toString();
                if (line != QLatin1String("ok")) {
                    problems << line;
                }
            }
            if (query.lastError().isValid()) {
                problems
                    << StorageTr::tr("The check stopped at damaged data: %1").arg(query.lastError().databaseText());
            }
        }
        query.finish();
        {
            const std::lock_guard<std::mutex> guard(d->checkMutex);
            d->checkHandle = nullptr;
            stopped = stopped || d->checksStopped;
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (stopped) {
        // Interrupted half-way: what it found so far says nothing about the rest of the file.
        return makeError(ErrorCode::Usage, StorageTr::tr("The integrity check was stopped before it finished."));
    }
    return problems;
}

void Database::stopBackgroundWork() const
{
    d->backgroundStopped.store(true);
    stopQuickCheck();
}

void Database::stopQuickCheck() const
{
    const std::lock_guard<std::mutex> guard(d->checkMutex);
    d->checksStopped = true;
    if (d->checkHandle != nullptr) {
        sqlite3_interrupt(d->checkHandle);
    }
}

Status Database::setReadOnly(bool readOnly)
{
    d->readOnly = readOnly;
    setDamagedReadOnlyMessage(readOnly);
    if (d->suspended) {
        return {}; // applied when resume() reopens the connections
    }
    QStringList names{d->connectionName};
    names << d->extraNames();
    for (const QString &name : std::as_const(names)) {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (!db.isValid() || !db.isOpen()) {
            continue;
        }
        QSqlQuery query(db);
        if (!query.exec(readOnly ? QStringLiteral("PRAGMA query_only = ON")
                                 : QStringLiteral("PRAGMA query_only = OFF"))) {
            return databaseError(query.lastError(), StorageTr::tr("The database could not be set to read-only."));
        }
    }
    return {};
}

bool Database::isReadOnly() const
{
    return d->readOnly;
}

void Database::suspend()
{
    if (d->suspended) {
        return;
    }
    d->stopAudit(); // saves the audit head while the connection is open; wipes the audit key
    QStringList names{d->connectionName};
    names << d->extraNames();
    QStringList stillThere;
    for (const QString &name : std::as_const(names)) {
        if (!QSqlDatabase::contains(name)) {
            continue; // an extra connection its owner already removed
        }
        if (name != d->connectionName) {
            stillThere << name;
        }
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isValid() && db.isOpen()) {
            db.close(); // sqlite3_close: SQLCipher wipes its copy of the key with the codec
        }
    }
    d->setExtras(stillThere);
    d->dataKey.clear(); // sodium_free wipes
    d->suspended = true;
}

bool Database::isSuspended() const
{
    return d->suspended;
}

namespace {

/** resume() and verifyPassword() while suspended: the key from the user's slot, then every connection reopened. */
Status resumeSuspended(DatabasePrivate &d, const QString &password)
{
    auto key = d.keyRing.unlock(d.session.userName, password);
    if (!key) {
        return key.error();
    }
    if (!d.keyRing.matchesKey(*key)) {
        return makeError(ErrorCode::AuthFailed, AuthTr::tr("The password is not right. Try again."));
    }
    d.dataKey = std::move(key.value());
    QStringList names{d.connectionName};
    names << d.extraNames();
    for (const QString &name : std::as_const(names)) {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (!db.isValid()) {
            continue;
        }
        auto *driver = dynamic_cast<SqlCipherDriver *>(db.driver());
        if (driver == nullptr) {
            continue;
        }
        driver->setKey(SecureBytes(d.dataKey.data(), d.dataKey.size()));
        Status status = db.open()
                            ? d.probe(db)
                            : Status(databaseError(db.lastError(), StorageTr::tr("The database could not be opened.")));
        if (status) {
            status = d.configure(db);
        }
        if (!status) {
            db.close();
            if (name == d.connectionName) {
                // Stay locked: nothing half-open stays behind with the key.
                for (const QString &other : std::as_const(names)) {
                    QSqlDatabase opened = QSqlDatabase::database(other, false);
                    if (opened.isValid() && opened.isOpen()) {
                        opened.close();
                    }
                }
                d.dataKey.clear();
                return status;
            }
        }
    }
    d.suspended = false;
    d.startAudit(); // the audit key again, derived from the data key (suspend() wiped it)
    return {};
}

} // namespace

Status Database::resume(const QString &password)
{
    if (!d->suspended) {
        return {};
    }
    return resumeSuspended(*d, password);
}

namespace {

const QStringList &sideFiles()
{
    static const QStringList suffixes{QStringLiteral("-wal"), QStringLiteral("-shm")};
    return suffixes;
}

/** Renames done so far, undone in reverse order when a later one fails. */
class Renames {
public:
    bool rename(const QString &from, const QString &to)
    {
        if (QFileInfo::exists(to) || !QFile::rename(from, to)) {
            return false;
        }
        m_done.append({from, to});
        return true;
    }
    void undo()
    {
        for (auto it = m_done.crbegin(); it != m_done.crend(); ++it) {
            QFile::rename(it->second, it->first);
        }
        m_done.clear();
    }

private:
    QList<std::pair<QString, QString>> m_done;
};

/** Moves a database, its keyring and any -wal/-shm from @p from to @p to. */
bool movePair(Renames &renames, const QString &from, const QString &to)
{
    if (!renames.rename(from, to) || !renames.rename(KeyRing::pathFor(from), KeyRing::pathFor(to))) {
        return false;
    }
    for (const QString &suffix : sideFiles()) {
        if (QFileInfo::exists(from + suffix) && !renames.rename(from + suffix, to + suffix)) {
            return false;
        }
    }
    return true;
}

/** Fails with Locked when a CareDesk has @p path open (its FILE.lock is held). */
Result<std::unique_ptr<QLockFile>> lockClosed(const QString &path)
{
    auto lock = acquireLock(path);
    if (!lock) {
        if (lock.error().code == ErrorCode::Locked) {
            return makeError(ErrorCode::Locked,
                             StorageTr::tr("%1 is still open. Close it in every CareDesk window first, then try again.")
                                 .arg(QDir::toNativeSeparators(path)));
        }
        return lock.error();
    }
    return lock;
}

Status requirePair(const QString &path)
{
    if (!QFileInfo::exists(path) || !QFileInfo::exists(KeyRing::pathFor(path))) {
        return makeError(ErrorCode::NotFound,
                         StorageTr::tr("%1 or its keyring is missing. Choose a database whose keyring is beside it.")
                             .arg(QDir::toNativeSeparators(path)));
    }
    return {};
}

Error swapFailed(const QString &path)
{
    return makeError(ErrorCode::Io,
                     StorageTr::tr("The files could not be renamed in %1; every file was put back where it was. Check "
                                   "that no other program uses them, then try again.")
                         .arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath())));
}

} // namespace

Result<QString> Database::swapInRestored(const QString &currentPathIn, const QString &restoredPathIn,
                                         const QDateTime &nowLocal)
{
    const QString currentPath = QFileInfo(currentPathIn).absoluteFilePath();
    const QString restoredPath = QFileInfo(restoredPathIn).absoluteFilePath();
    if (auto status = requirePair(currentPath); !status) {
        return status.error();
    }
    if (auto status = requirePair(restoredPath); !status) {
        return status.error();
    }
    QString keptPath = currentPath + QStringLiteral(".kept-") + nowLocal.toString(QStringLiteral("yyyyMMdd-HHmmss"));
    for (int n = 2; QFileInfo::exists(keptPath) || QFileInfo::exists(KeyRing::pathFor(keptPath)); ++n) {
        keptPath = currentPath + QStringLiteral(".kept-") + nowLocal.toString(QStringLiteral("yyyyMMdd-HHmmss")) +
                   QStringLiteral("-%1").arg(n);
    }
    {
        auto currentLock = lockClosed(currentPath);
        if (!currentLock) {
            return currentLock.error();
        }
        auto restoredLock = lockClosed(restoredPath);
        if (!restoredLock) {
            return restoredLock.error();
        }
        Renames renames;
        if (!movePair(renames, currentPath, keptPath) || !movePair(renames, restoredPath, currentPath)) {
            renames.undo();
            return swapFailed(currentPath);
        }
    }
    QFile::remove(lockPathFor(restoredPath));
    return keptPath;
}

Status Database::undoSwap(const QString &currentPathIn, const QString &keptPathIn, const QString &restoredPathIn)
{
    const QString currentPath = QFileInfo(currentPathIn).absoluteFilePath();
    const QString keptPath = QFileInfo(keptPathIn).absoluteFilePath();
    const QString restoredPath = QFileInfo(restoredPathIn).absoluteFilePath();
    if (auto status = requirePair(keptPath); !status) {
        return status;
    }
    if (auto status = requirePair(currentPath); !status) {
        return status;
    }
    if (QFileInfo::exists(restoredPath) || QFileInfo::exists(KeyRing::pathFor(restoredPath))) {
        return makeError(ErrorCode::Conflict, StorageTr::tr("%1 already exists. Move it away first, then try again.")
                                                  .arg(QDir::toNativeSeparators(restoredPath)));
    }
    auto lock = lockClosed(currentPath);
    if (!lock) {
        return lock.error();
    }
    Renames renames;
    if (!movePair(renames, currentPath, restoredPath) || !movePair(renames, keptPath, currentPath)) {
        renames.undo();
        return swapFailed(currentPath);
    }
    return {};
}

Status Database::discardKept(const QString &keptPathIn)
{
    const QString keptPath = QFileInfo(keptPathIn).absoluteFilePath();
    if (!keptPath.contains(QLatin1String(".kept-"))) {
        return makeError(
            ErrorCode::Usage,
            StorageTr::tr("%1 is not a database kept aside by a restore.").arg(QDir::toNativeSeparators(keptPath)));
    }
    bool ok = true;
    const QStringList files{keptPath, KeyRing::pathFor(keptPath), keptPath + QStringLiteral("-wal"),
                            keptPath + QStringLiteral("-shm"), lockPathFor(keptPath)};
    for (const QString &file : files) {
        if (QFileInfo::exists(file) && !QFile::remove(file)) {
            ok = false;
        }
    }
    if (!ok) {
        return makeError(ErrorCode::Io, StorageTr::tr("The kept copy %1 could not be deleted completely. Delete it "
                                                      "by hand.")
                                            .arg(QDir::toNativeSeparators(keptPath)));
    }
    return {};
}

Result<AuditVerification> Database::verifyAudit() const
{
    if (d->session.role != Role::Administrator && d->session.role != Role::Manager) {
        return makeError(ErrorCode::PermissionDenied,
                         AuditTr::tr("Only an administrator or a manager can check the audit trail. Ask one of them."));
    }
    if (!d->audit) {
        return makeError(ErrorCode::Locked, StorageTr::tr("CareDesk is locked. Unlock it, then try again."));
    }
    auto result = AuditVerifier::verify(connection(), *d->audit, d->keyRing.auditSequence(), d->keyRing.auditHead(),
                                        AuditVerifier::Scope::Full);
    if (result && !result->intact()) {
        d->auditWarning = result->message;
    }
    return result;
}

QString Database::auditWarning() const
{
    return d->auditWarning;
}

Status Database::acknowledgeAuditWarning(const QString &reason)
{
    if (d->session.role != Role::Administrator) {
        return makeError(ErrorCode::PermissionDenied,
                         AuditTr::tr("Only an administrator can acknowledge an audit warning. Ask one of them."));
    }
    if (d->auditWarning.isEmpty()) {
        return makeError(ErrorCode::Validation,
                         AuditTr::tr("The audit trail shows no warning, so there is nothing to acknowledge."));
    }
    const QString said = reason.simplified();
    if (said.size() < 5) {
        return makeError(ErrorCode::Validation,
                         AuditTr::tr("Say in a few words what you found and why work may go on (at least five "
                                     "characters); it is kept in the audit trail."));
    }
    if (!d->audit || d->suspended) {
        return makeError(ErrorCode::Locked, StorageTr::tr("CareDesk is locked. Unlock it, then try again."));
    }
    const qint64 oldSequence = d->keyRing.auditSequence();
    if (auto recorded = AuditLog(*this, *d->clock)
                            .record(QStringLiteral("audit.acknowledge"), QStringLiteral("audit:%1").arg(oldSequence),
                                    QStringLiteral("keyring head was entry %1; reason: %2")
                                        .arg(oldSequence)
                                        .arg(said.left(300)));
        !recorded) {
        return recorded;
    }
    QSqlQuery q(connection());
    if (!execPrepared(q, QStringLiteral("SELECT seq, hmac FROM audit_event ORDER BY seq DESC LIMIT 1")) ||
        !q.next()) {
        return databaseError(q.lastError(), AuditTr::tr("The audit trail could not be read."));
    }
    KeyRing updated = d->keyRing;
    updated.setAuditHead(q.value(0).toLongLong(), q.value(1).toByteArray());
    q.finish();
    if (auto saved = updated.save(KeyRing::pathFor(d->path)); !saved) {
        return saved; // the entry stays in the trail; the warning stays until the keyring can be written
    }
    d->keyRing = std::move(updated);
    d->auditWarning.clear();
    return {};
}

Status Database::flushAuditHead()
{
    return d->flushAuditHead(true);
}

} // namespace caredesk::core
