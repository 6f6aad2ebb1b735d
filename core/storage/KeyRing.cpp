// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/KeyRing.h"

#include "core/common/Tr.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QSaveFile>
#include <QSet>
#include <QUuid>

#include <sodium.h>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstring>
#include <limits>
#include <optional>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace caredesk::core {

namespace {

/*
 * File format, version 1 (UTF-8 JSON, indented):
 *
 *   { "format": "caredesk-keyring", "version": 1,
 *     "databaseId": "<uuid>", "siteName": "...",
 *     "cipher": { "pageSize": 4096, "useHmac": true, "kdfIter": 64000 },
 *     "keyCheck": "<base64 of BLAKE2b-256, key = data key, input = "caredesk-keycheck" + database id>",
 *     "audit": { "sequence": 0, "head": "<base64>" },
 *     "slots": [ { "user": "...", "role": "<roleId>",
 *                  "kdf": { "alg": "argon2id13", "ops": 3, "mem": 268435456 },
 *                  "salt": "<base64, 16 B>", "nonce": "<base64, 24 B>", "wrapped": "<base64, 32 B key + 16 B tag>",
 *                  "created": "<ISO 8601 UTC>" } ] }
 *
 * Slot: KEK = Argon2id13(UTF-8 of the NFC-normalised password, salt, ops, mem);
 *       wrapped = XChaCha20-Poly1305-IETF(KEK, nonce, data key, AD), where AD is the length-prefixed (4-byte
 *       big-endian) sequence "caredesk-keyring-slot", format version, database id, user name, role id.
 *
 * load() checks the structure of the whole file; unlock() checks the lengths and KDF bounds of the one slot it
 * uses, so that one damaged slot does not lock every other account out.
 */
constexpr int formatVersion = 1;
constexpr auto formatName = "caredesk-keyring";
constexpr auto kdfAlgorithmName = "argon2id13";
constexpr auto keyCheckContext = "caredesk-keycheck";
constexpr auto slotContext = "caredesk-keyring-slot";

constexpr std::size_t dataKeyBytes = 32;
constexpr std::size_t kekBytes = 32;
constexpr std::size_t keyCheckBytes = crypto_generichash_BYTES;
constexpr std::size_t saltBytes = crypto_pwhash_SALTBYTES;
constexpr std::size_t nonceBytes = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
constexpr std::size_t wrappedBytes = dataKeyBytes + crypto_aead_xchacha20poly1305_ietf_ABYTES;
static_assert(saltBytes == 16 && nonceBytes == 24 && wrappedBytes == 48 && keyCheckBytes == 32);

constexpr quint64 mebibyte = 1024 * 1024;
// Bounds a slot's KDF parameters must stay within. libsodium's own maxima are far beyond anything sane; a tampered
// slot asking for 2^32 passes or terabytes of memory would hang or fail at sign-in, so it counts as damaged instead.
constexpr quint64 minOps = crypto_pwhash_argon2id_OPSLIMIT_MIN;
constexpr quint64 maxOps = 64;
constexpr quint64 minMem = crypto_pwhash_argon2id_MEMLIMIT_MIN;
constexpr quint64 maxMem = 1024 * mebibyte; // crypto_pwhash_MEMLIMIT_SENSITIVE
constexpr qint64 maxFileSize = 16 * 1024 * 1024;

// tune(): never fewer passes than libsodium's OPSLIMIT_INTERACTIVE or less memory than the contract's 64 MiB;
// beyond 256 MiB add passes rather than take more of a clinic PC's memory.
constexpr quint64 tuneFloorOps = 2;
constexpr quint64 tuneFloorMem = 64 * mebibyte;
constexpr quint64 tuneCeilingMem = 256 * mebibyte;
constexpr quint64 tuneProbeOps = 3;

bool kdfInBounds(const KdfParams &kdf)
{
    return kdf.opsLimit >= minOps && kdf.opsLimit <= maxOps && kdf.memLimit >= minMem && kdf.memLimit <= maxMem;
}

void appendField(QByteArray &out, const QByteArray &field)
{
    const auto size = static_cast<quint32>(field.size());
    out.append(static_cast<char>((size >> 24) & 0xff));
    out.append(static_cast<char>((size >> 16) & 0xff));
    out.append(static_cast<char>((size >> 8) & 0xff));
    out.append(static_cast<char>(size & 0xff));
    out.append(field);
}

QByteArray associatedData(const QString &databaseId, const QString &userName, Role role)
{
    QByteArray ad;
    appendField(ad, QByteArray(slotContext));
    appendField(ad, QByteArray::number(formatVersion));
    appendField(ad, databaseId.toUtf8());
    appendField(ad, userName.toUtf8());
    appendField(ad, roleId(role).toUtf8());
    return ad;
}

QByteArray computeKeyCheck(const SecureBytes &dataKey, const QString &databaseId)
{
    if (dataKey.size() != dataKeyBytes || !ensureSodium()) {
        return {};
    }
    const QByteArray input = QByteArray(keyCheckContext) + databaseId.toUtf8();
    QByteArray out(static_cast<qsizetype>(keyCheckBytes), '\0');
    if (crypto_generichash(reinterpret_cast<unsigned char *>(out.data()), keyCheckBytes,
                           reinterpret_cast<const unsigned char *>(input.constData()),
                           static_cast<unsigned long long>(input.size()), dataKey.data(), dataKey.size()) != 0) {
        return {};
    }
    return out;
}

/**
 * Argon2id13 over the NFC form of @p password. Fails only when libsodium cannot allocate the memory. The UTF-8
 * copy of the password is wiped before returning.
 */
std::optional<SecureBytes> deriveKek(const QString &password, const QByteArray &salt, const KdfParams &kdf)
{
    if (!ensureSodium() || static_cast<std::size_t>(salt.size()) != saltBytes) {
        return std::nullopt;
    }
    // Normalise so that the same password typed on another system (or input method) gives the same bytes.
    QString normalized = password.normalized(QString::NormalizationForm_C);
    QByteArray utf8 = normalized.toUtf8();
    wipe(normalized); // only wipes when it is our own copy, never the caller's string
    SecureBytes kek(kekBytes);
    const int rc = crypto_pwhash(kek.data(), kek.size(), utf8.constData(), static_cast<unsigned long long>(utf8.size()),
                                 reinterpret_cast<const unsigned char *>(salt.constData()), kdf.opsLimit,
                                 static_cast<std::size_t>(kdf.memLimit), crypto_pwhash_ALG_ARGON2ID13);
    wipe(utf8);
    if (rc != 0) {
        return std::nullopt;
    }
    return kek;
}

Error outOfMemoryError()
{
    return makeError(ErrorCode::Internal,
                     AuthTr::tr("There was not enough free memory to check the password. Close some other programs, "
                                "then try again."),
                     QStringLiteral("crypto_pwhash failed (out of memory or invalid parameters)"));
}

Error authFailedError()
{
    // One message and one detail for an unknown user and a wrong password: nothing tells them apart.
    return makeError(ErrorCode::AuthFailed,
                     AuthTr::tr("The user name or password is not correct. Check the user name, Caps Lock and the "
                                "keyboard language or input method, then try again."),
                     QStringLiteral("no key slot unwrapped with the given user name and password"));
}

Error damagedError(const QString &path, const QString &detail)
{
    return makeError(ErrorCode::KeyringDamaged,
                     StorageTr::tr("The keyring %1 is damaged and cannot be read. Restore it from the latest backup "
                                   "(it must sit beside the database), or use the recovery key.")
                         .arg(QDir::toNativeSeparators(path)),
                     detail);
}

Error damagedSlotError(const QString &detail)
{
    return makeError(ErrorCode::KeyringDamaged,
                     StorageTr::tr("The key slot of this account in the keyring is damaged. Restore the keyring from "
                                   "the latest backup, or ask an administrator to reset the password."),
                     detail);
}

QString errnoText(int error)
{
    return error == 0 ? QString() : QString::fromLocal8Bit(std::strerror(error));
}

Error saveError(const QString &path, QFileDevice::FileError qtError, const QString &qtMessage, int error)
{
    const QString nativePath = QDir::toNativeSeparators(path);
    const QString detail = QStringLiteral("saving keyring failed: Qt error %1 (%2), errno %3 (%4)")
                               .arg(static_cast<int>(qtError))
                               .arg(qtMessage)
                               .arg(error)
                               .arg(errnoText(error));
    const QFileInfo target(path);
    const bool readOnly = error == EACCES || error == EPERM || error == EROFS ||
                          qtError == QFileDevice::PermissionsError ||
                          (target.exists() && !target.isDir() && !target.isWritable());
#ifdef EDQUOT
    const bool full = error == ENOSPC || error == EDQUOT || qtError == QFileDevice::ResourceError;
#else
    const bool full = error == ENOSPC || qtError == QFileDevice::ResourceError;
#endif
    if (readOnly) {
        return makeError(ErrorCode::ReadOnly,
                         StorageTr::tr("CareDesk cannot write the keyring %1. Make sure the folder is not read-only "
                                       "and that your account may write to it, then try again. The keyring on disk "
                                       "was not changed.")
                             .arg(nativePath),
                         detail);
    }
    if (full) {
        return makeError(ErrorCode::DiskFull,
                         StorageTr::tr("The disk is full, so the keyring %1 could not be saved. Free some space, then "
                                       "try again. The keyring on disk was not changed.")
                             .arg(nativePath),
                         detail);
    }
    return makeError(ErrorCode::Io,
                     StorageTr::tr("The keyring %1 could not be saved. Check that the disk is connected and working, "
                                   "then try again. The keyring on disk was not changed.")
                         .arg(nativePath),
                     detail);
}

/** fsync()s the folder holding @p filePath so that the rename that replaced the file is durable too. */
void syncDirectoryOf(const QString &filePath)
{
#ifdef Q_OS_UNIX
    const QString canonical = QFileInfo(filePath).canonicalFilePath();
    const QString dir = QFileInfo(canonical.isEmpty() ? filePath : canonical).absolutePath();
    const int fd = ::open(QFile::encodeName(dir).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        // The new file is already in place; a failure here only weakens durability after a power cut, so it
        // is not reported as a failed save (which would make callers roll back a change that did happen).
        (void)::fsync(fd);
        ::close(fd);
    }
#else
    Q_UNUSED(filePath)
#endif
}

QString toBase64(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toBase64());
}

std::optional<QByteArray> fromBase64(const QJsonValue &value)
{
    if (!value.isString()) {
        return std::nullopt;
    }
    const auto decoded =
        QByteArray::fromBase64Encoding(value.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (decoded.decodingStatus != QByteArray::Base64DecodingStatus::Ok) {
        return std::nullopt;
    }
    return decoded.decoded;
}

std::optional<qint64> toNonNegativeInteger(const QJsonValue &value)
{
    if (!value.isDouble()) {
        return std::nullopt;
    }
    const double number = value.toDouble();
    const qint64 integer = value.toInteger(-1);
    if (integer < 0 || static_cast<double>(integer) != number) {
        return std::nullopt;
    }
    return integer;
}

QJsonObject slotToJson(const KeySlot &slot)
{
    return QJsonObject{
        {QStringLiteral("user"), slot.userName},
        {QStringLiteral("role"), roleId(slot.role)},
        {QStringLiteral("kdf"), QJsonObject{{QStringLiteral("alg"), QLatin1String(kdfAlgorithmName)},
                                            {QStringLiteral("ops"), static_cast<qint64>(slot.kdf.opsLimit)},
                                            {QStringLiteral("mem"), static_cast<qint64>(slot.kdf.memLimit)}}},
        {QStringLiteral("salt"), toBase64(slot.salt)},
        {QStringLiteral("nonce"), toBase64(slot.nonce)},
        {QStringLiteral("wrapped"), toBase64(slot.wrappedKey)},
        {QStringLiteral("created"), slot.created.toUTC().toString(Qt::ISODateWithMs)},
    };
}

/** Parses one slot; on failure returns a technical reason for Error::detail. */
std::optional<KeySlot> slotFromJson(const QJsonValue &value, QString &reason)
{
    if (!value.isObject()) {
        reason = QStringLiteral("is not an object");
        return std::nullopt;
    }
    const QJsonObject object = value.toObject();
    KeySlot slot;
    const QJsonValue user = object.value(QLatin1String("user"));
    if (!user.isString() || user.toString().isEmpty()) {
        reason = QStringLiteral("has no user name");
        return std::nullopt;
    }
    slot.userName = user.toString();
    const std::optional<Role> role = roleFromId(object.value(QLatin1String("role")).toString());
    if (!role) {
        reason = QStringLiteral("has a missing or unknown role");
        return std::nullopt;
    }
    slot.role = *role;
    const QJsonValue kdfValue = object.value(QLatin1String("kdf"));
    if (!kdfValue.isObject()) {
        reason = QStringLiteral("has no kdf object");
        return std::nullopt;
    }
    const QJsonObject kdf = kdfValue.toObject();
    if (kdf.value(QLatin1String("alg")).toString() != QLatin1String(kdfAlgorithmName)) {
        reason = QStringLiteral("has a missing or unknown kdf algorithm");
        return std::nullopt;
    }
    const std::optional<qint64> ops = toNonNegativeInteger(kdf.value(QLatin1String("ops")));
    const std::optional<qint64> mem = toNonNegativeInteger(kdf.value(QLatin1String("mem")));
    if (!ops || !mem) {
        reason = QStringLiteral("has missing or non-integer kdf costs");
        return std::nullopt;
    }
    slot.kdf = KdfParams{static_cast<quint64>(*ops), static_cast<quint64>(*mem)};
    const std::optional<QByteArray> salt = fromBase64(object.value(QLatin1String("salt")));
    const std::optional<QByteArray> nonce = fromBase64(object.value(QLatin1String("nonce")));
    const std::optional<QByteArray> wrapped = fromBase64(object.value(QLatin1String("wrapped")));
    if (!salt || !nonce || !wrapped) {
        reason = QStringLiteral("has a missing or invalid base64 salt, nonce or wrapped key");
        return std::nullopt;
    }
    slot.salt = *salt;
    slot.nonce = *nonce;
    slot.wrappedKey = *wrapped;
    const QJsonValue created = object.value(QLatin1String("created"));
    slot.created = QDateTime::fromString(created.toString(), Qt::ISODateWithMs);
    if (!created.isString() || !slot.created.isValid()) {
        reason = QStringLiteral("has a missing or invalid creation time");
        return std::nullopt;
    }
    slot.created = slot.created.toUTC();
    return slot;
}

/*
 * "signIn": { "attempts": [ { "user": "...", "failures": 4, "lastFailure": "<ISO>", "lockedUntil": "<ISO or ''>" } ],
 *             "pending": [ { "user": "...", "at": "<ISO>" } ] }
 * Written by Database::open before the data key is known; user names are typed text, cut to 64 characters.
 */
QJsonObject signInToJson(const QList<LoginAttempts> &attempts, const QList<PendingLoginFailure> &pending)
{
    QJsonArray attemptArray;
    for (const LoginAttempts &entry : attempts) {
        attemptArray.append(QJsonObject{
            {QStringLiteral("user"), entry.userName.left(64)},
            {QStringLiteral("failures"), entry.failures},
            {QStringLiteral("lastFailure"), entry.lastFailure.toUTC().toString(Qt::ISODateWithMs)},
            {QStringLiteral("lockedUntil"),
             entry.lockedUntil.isValid() ? entry.lockedUntil.toUTC().toString(Qt::ISODateWithMs) : QString()},
        });
    }
    QJsonArray pendingArray;
    for (const PendingLoginFailure &entry : pending) {
        pendingArray.append(QJsonObject{{QStringLiteral("user"), entry.userName.left(64)},
                                        {QStringLiteral("at"), entry.at.toUTC().toString(Qt::ISODateWithMs)}});
    }
    return QJsonObject{{QStringLiteral("attempts"), attemptArray}, {QStringLiteral("pending"), pendingArray}};
}

void signInFromJson(const QJsonValue &value, QList<LoginAttempts> &attempts, QList<PendingLoginFailure> &pending)
{
    const QJsonObject object = value.toObject();
    const auto parseTime = [](const QJsonValue &v) {
        const QDateTime parsed = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
        return parsed.isValid() ? parsed.toUTC() : QDateTime();
    };
    const QJsonArray attemptArray = object.value(QLatin1String("attempts")).toArray();
    for (const QJsonValue &item : attemptArray) {
        const QJsonObject entry = item.toObject();
        LoginAttempts parsed;
        parsed.userName = entry.value(QLatin1String("user")).toString();
        parsed.failures = entry.value(QLatin1String("failures")).toInt();
        parsed.lastFailure = parseTime(entry.value(QLatin1String("lastFailure")));
        parsed.lockedUntil = parseTime(entry.value(QLatin1String("lockedUntil")));
        if (!parsed.userName.isEmpty() && parsed.failures > 0) {
            attempts.append(parsed);
        }
    }
    const QJsonArray pendingArray = object.value(QLatin1String("pending")).toArray();
    for (const QJsonValue &item : pendingArray) {
        const QJsonObject entry = item.toObject();
        PendingLoginFailure parsed{entry.value(QLatin1String("user")).toString(),
                                   parseTime(entry.value(QLatin1String("at")))};
        if (!parsed.userName.isEmpty() && parsed.at.isValid()) {
            pending.append(parsed);
        }
    }
}

/** Measures one Argon2id run in milliseconds; std::nullopt if libsodium refused (out of memory). */
std::optional<double> measureKdf(quint64 ops, quint64 mem)
{
    if (!ensureSodium()) {
        return std::nullopt;
    }
    unsigned char out[kekBytes];
    unsigned char salt[saltBytes];
    randombytes_buf(salt, sizeof salt);
    static const char probe[] = "caredesk-kdf-probe";
    QElapsedTimer timer;
    timer.start();
    const int rc = crypto_pwhash(out, sizeof out, probe, sizeof probe - 1, salt, ops, static_cast<std::size_t>(mem),
                                 crypto_pwhash_ALG_ARGON2ID13);
    const qint64 elapsedNs = timer.nsecsElapsed();
    sodium_memzero(out, sizeof out);
    if (rc != 0) {
        return std::nullopt;
    }
    return static_cast<double>(elapsedNs) / 1e6;
}

} // namespace

// ---- KdfParams -------------------------------------------------------------------------------------------------

KdfParams KdfParams::production()
{
    // Argon2id13 (libsodium, one lane) measured on the 2-core development machine (Debian 12, libsodium 1.0.18),
    // median of 5-7 runs each:
    //   64 MiB:  ops 2 = 0.064 s, ops 3 = 0.082 s, ops 4 = 0.101 s, ops 8 = 0.18 s, ops 16 = 0.38 s
    //   128 MiB: ops 3 = 0.22 s, ops 4 = 0.26 s, ops 6 = 0.34 s
    //   256 MiB: ops 2 = 0.32 s, ops 3 = 0.42 s, ops 4 = 0.55 s
    // At 64 MiB even ops 4 is far below the 0.3-0.6 s budget here, so rather than 16 passes over 64 MiB we spend
    // the time on memory, which is what makes guessing on GPUs expensive: 256 MiB with 3 passes (libsodium's
    // OPSLIMIT_MODERATE / MEMLIMIT_MODERATE), 0.42 s. Slower clinic PCs take longer, at sign-in only.
    return KdfParams{3, 256 * mebibyte};
}

KdfParams KdfParams::fastForTests()
{
    return KdfParams{crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN};
}

KdfParams KdfParams::tune(int targetMs)
{
    const double target = std::clamp(targetMs, 50, 10000);

    const std::optional<double> probe = measureKdf(tuneProbeOps, tuneFloorMem);
    if (!probe || *probe <= 0.0) {
        return KdfParams{tuneFloorOps, tuneFloorMem};
    }
    // Time grows about linearly with both memory and passes. Prefer memory, keeping at least three passes.
    double perPass = *probe / static_cast<double>(tuneProbeOps);
    quint64 mem = tuneFloorMem;
    while (mem < tuneCeilingMem && perPass * 2.0 * static_cast<double>(tuneProbeOps) <= target) {
        mem *= 2;
        perPass *= 2.0;
    }
    auto opsFor = [target](double msPerPass) {
        const auto ops = static_cast<quint64>(std::llround(target / msPerPass));
        return std::clamp(ops, tuneFloorOps, maxOps);
    };
    quint64 ops = opsFor(perPass);
    // One check at the chosen setting corrects for the fixed cost of allocating and filling the memory.
    if (const std::optional<double> check = measureKdf(ops, mem); check && *check > 0.0) {
        ops = opsFor(*check / static_cast<double>(ops));
    } else if (!check) {
        return KdfParams{tuneFloorOps, tuneFloorMem};
    }
    return KdfParams{ops, mem};
}

// ---- KeyRing -----------------------------------------------------------------------------------------------------

QString KeyRing::pathFor(const QString &databasePath)
{
    return databasePath + QStringLiteral(".keyring");
}

KeyRing KeyRing::createNew(const QString &siteName)
{
    KeyRing ring;
    ring.m_databaseId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    ring.m_siteName = siteName;
    return ring;
}

Result<KeyRing> KeyRing::load(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        return makeError(ErrorCode::KeyringMissing,
                         StorageTr::tr("The keyring %1 is missing. It must sit beside the database: restore it from "
                                       "the backup, or use the recovery key.")
                             .arg(QDir::toNativeSeparators(path)),
                         QStringLiteral("keyring file does not exist"));
    }
    QFile file(path);
    if (info.isDir() || !file.open(QIODevice::ReadOnly)) {
        return makeError(ErrorCode::Io,
                         StorageTr::tr("CareDesk cannot read the keyring %1. Check that your account may read the "
                                       "folder and that the disk is working, then try again.")
                             .arg(QDir::toNativeSeparators(path)),
                         info.isDir() ? QStringLiteral("keyring path is a directory") : file.errorString());
    }
    if (file.size() > maxFileSize) {
        return damagedError(path, QStringLiteral("file is %1 bytes, too large for a keyring").arg(file.size()));
    }
    const QByteArray bytes = file.read(maxFileSize + 1);
    if (file.error() != QFileDevice::NoError) {
        return makeError(ErrorCode::Io,
                         StorageTr::tr("CareDesk cannot read the keyring %1. Check that the disk is working, then try "
                                       "again.")
                             .arg(QDir::toNativeSeparators(path)),
                         file.errorString());
    }

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return damagedError(
            path,
            parseError.error != QJsonParseError::NoError
                ? QStringLiteral("JSON error at offset %1: %2").arg(parseError.offset).arg(parseError.errorString())
                : QStringLiteral("top level is not a JSON object"));
    }
    const QJsonObject root = document.object();
    if (root.value(QLatin1String("format")).toString() != QLatin1String(formatName)) {
        return damagedError(path, QStringLiteral("not a CareDesk keyring (format field)"));
    }
    const std::optional<qint64> version = toNonNegativeInteger(root.value(QLatin1String("version")));
    if (!version) {
        return damagedError(path, QStringLiteral("missing or invalid format version"));
    }
    if (*version != formatVersion) {
        if (*version > formatVersion) {
            return makeError(
                ErrorCode::KeyringDamaged,
                StorageTr::tr("The keyring %1 was written by a newer version of CareDesk. Install the "
                              "newer CareDesk to open this database, or use the recovery key.")
                    .arg(QDir::toNativeSeparators(path)),
                QStringLiteral("keyring format version %1, this program reads %2").arg(*version).arg(formatVersion));
        }
        return damagedError(path, QStringLiteral("unsupported keyring format version %1").arg(*version));
    }

    KeyRing ring;
    const QJsonValue databaseId = root.value(QLatin1String("databaseId"));
    if (!databaseId.isString() || QUuid::fromString(databaseId.toString()).isNull()) {
        return damagedError(path, QStringLiteral("missing or invalid databaseId"));
    }
    ring.m_databaseId = databaseId.toString();
    const QJsonValue siteName = root.value(QLatin1String("siteName"));
    if (!siteName.isString()) {
        return damagedError(path, QStringLiteral("missing siteName"));
    }
    ring.m_siteName = siteName.toString();

    const QJsonValue cipherValue = root.value(QLatin1String("cipher"));
    if (!cipherValue.isObject()) {
        return damagedError(path, QStringLiteral("missing cipher settings"));
    }
    const QJsonObject cipher = cipherValue.toObject();
    const std::optional<qint64> pageSize = toNonNegativeInteger(cipher.value(QLatin1String("pageSize")));
    const std::optional<qint64> kdfIter = toNonNegativeInteger(cipher.value(QLatin1String("kdfIter")));
    const QJsonValue useHmac = cipher.value(QLatin1String("useHmac"));
    if (!pageSize || *pageSize < 512 || *pageSize > 65536 || (*pageSize & (*pageSize - 1)) != 0 || !kdfIter ||
        *kdfIter < 1 || *kdfIter > std::numeric_limits<int>::max() || !useHmac.isBool()) {
        return damagedError(path, QStringLiteral("missing or invalid cipher settings"));
    }
    ring.m_cipher.pageSize = static_cast<int>(*pageSize);
    ring.m_cipher.kdfIter = static_cast<int>(*kdfIter);
    ring.m_cipher.useHmac = useHmac.toBool();

    const std::optional<QByteArray> keyCheck = fromBase64(root.value(QLatin1String("keyCheck")));
    if (!keyCheck || (!keyCheck->isEmpty() && static_cast<std::size_t>(keyCheck->size()) != keyCheckBytes)) {
        return damagedError(path, QStringLiteral("missing or invalid keyCheck"));
    }
    ring.m_keyCheck = *keyCheck;

    const QJsonValue auditValue = root.value(QLatin1String("audit"));
    if (!auditValue.isObject()) {
        return damagedError(path, QStringLiteral("missing audit object"));
    }
    const QJsonObject audit = auditValue.toObject();
    const std::optional<qint64> sequence = toNonNegativeInteger(audit.value(QLatin1String("sequence")));
    const std::optional<QByteArray> head = fromBase64(audit.value(QLatin1String("head")));
    if (!sequence || !head) {
        return damagedError(path, QStringLiteral("missing or invalid audit sequence or head"));
    }
    ring.m_auditSequence = *sequence;
    ring.m_auditHead = *head;

    const QJsonValue slotsValue = root.value(QLatin1String("slots"));
    if (!slotsValue.isArray()) {
        return damagedError(path, QStringLiteral("missing slots array"));
    }
    QSet<QString> users;
    const QJsonArray slotArray = slotsValue.toArray();
    for (qsizetype i = 0; i < slotArray.size(); ++i) {
        QString reason;
        std::optional<KeySlot> slot = slotFromJson(slotArray.at(i), reason);
        if (!slot) {
            return damagedError(path, QStringLiteral("slot %1 %2").arg(i).arg(reason));
        }
        if (users.contains(slot->userName)) {
            return damagedError(path, QStringLiteral("slot %1 repeats the user of an earlier slot").arg(i));
        }
        users.insert(slot->userName);
        ring.m_slots.append(std::move(*slot));
    }
    // Optional (older keyrings have none); a damaged entry only loses the back-off state, never the keyring.
    signInFromJson(root.value(QLatin1String("signIn")), ring.m_attempts, ring.m_pendingFailures);
    return ring;
}

Status KeyRing::save(const QString &path) const
{
    QJsonArray slotArray;
    for (const KeySlot &slot : m_slots) {
        slotArray.append(slotToJson(slot));
    }
    const QJsonObject root{
        {QStringLiteral("format"), QLatin1String(formatName)},
        {QStringLiteral("version"), formatVersion},
        {QStringLiteral("databaseId"), m_databaseId},
        {QStringLiteral("siteName"), m_siteName},
        {QStringLiteral("cipher"), QJsonObject{{QStringLiteral("pageSize"), m_cipher.pageSize},
                                               {QStringLiteral("useHmac"), m_cipher.useHmac},
                                               {QStringLiteral("kdfIter"), m_cipher.kdfIter}}},
        {QStringLiteral("keyCheck"), toBase64(m_keyCheck)},
        {QStringLiteral("audit"),
         QJsonObject{{QStringLiteral("sequence"), m_auditSequence}, {QStringLiteral("head"), toBase64(m_auditHead)}}},
        {QStringLiteral("slots"), slotArray},
    };
    QJsonObject withAttempts = root;
    withAttempts.insert(QStringLiteral("signIn"), signInToJson(m_attempts, m_pendingFailures));
    const QByteArray bytes = QJsonDocument(withAttempts).toJson(QJsonDocument::Indented);

    // QSaveFile writes a temporary file beside the target and renames it over the target on commit(), so a
    // failure at any step below leaves an existing keyring exactly as it was (the destructor drops the temp file).
    // errno is read straight after each failing call, before anything else can change it.
    QSaveFile file(path);
    errno = 0;
    if (!file.open(QIODevice::WriteOnly)) {
        const int error = errno;
        return saveError(path, file.error(), file.errorString(), error);
    }
    errno = 0;
    if (file.write(bytes) != bytes.size() || !file.flush()) {
        const int error = errno;
        return saveError(path, file.error(), file.errorString(), error);
    }
#ifdef Q_OS_UNIX
    if (const int fd = file.handle(); fd >= 0) {
        errno = 0;
        if (::fsync(fd) != 0) {
            const int error = errno;
            return saveError(path, QFileDevice::WriteError, QStringLiteral("fsync failed"), error);
        }
    }
#endif
    errno = 0;
    if (!file.commit()) {
        const int error = errno;
        return saveError(path, file.error(), file.errorString(), error);
    }
    syncDirectoryOf(path);
    return {};
}

Status KeyRing::addSlot(const QString &userName, Role role, const QString &password, const SecureBytes &dataKey,
                        const KdfParams &kdf)
{
    if (slot(userName) != nullptr) {
        return makeError(ErrorCode::Conflict,
                         AuthTr::tr("There is already an account named %1. Choose another user name.").arg(userName),
                         QStringLiteral("key slot exists"));
    }
    if (userName.isEmpty()) {
        return makeError(ErrorCode::Usage, AuthTr::tr("Enter a user name."), QStringLiteral("empty user name"));
    }
    if (m_databaseId.isEmpty()) {
        return makeError(ErrorCode::Internal,
                         StorageTr::tr("The keyring was not set up correctly. Please report this problem."),
                         QStringLiteral("addSlot on a keyring without a database id"));
    }
    if (dataKey.size() != dataKeyBytes) {
        return makeError(ErrorCode::Internal,
                         StorageTr::tr("The database key has the wrong size. Please report this problem."),
                         QStringLiteral("data key is %1 bytes, expected %2").arg(dataKey.size()).arg(dataKeyBytes));
    }
    if (!kdfInBounds(kdf)) {
        return makeError(ErrorCode::Usage,
                         StorageTr::tr("The password hashing settings are outside the supported range. Use the "
                                       "default settings."),
                         QStringLiteral("kdf ops %1 mem %2 out of bounds").arg(kdf.opsLimit).arg(kdf.memLimit));
    }

    KeySlot slot;
    slot.userName = userName;
    slot.role = role;
    slot.kdf = kdf;
    slot.salt = QByteArray(static_cast<qsizetype>(saltBytes), '\0');
    slot.nonce = QByteArray(static_cast<qsizetype>(nonceBytes), '\0');
    randombytes_buf(slot.salt.data(), saltBytes);
    randombytes_buf(slot.nonce.data(), nonceBytes);
    std::optional<SecureBytes> kek = deriveKek(password, slot.salt, kdf);
    if (!kek) {
        return outOfMemoryError();
    }
    const QByteArray ad = associatedData(m_databaseId, userName, role);
    slot.wrappedKey = QByteArray(static_cast<qsizetype>(wrappedBytes), '\0');
    unsigned long long wrappedLength = 0;
    if (crypto_aead_xchacha20poly1305_ietf_encrypt(
            reinterpret_cast<unsigned char *>(slot.wrappedKey.data()), &wrappedLength, dataKey.data(), dataKey.size(),
            reinterpret_cast<const unsigned char *>(ad.constData()), static_cast<unsigned long long>(ad.size()),
            nullptr, reinterpret_cast<const unsigned char *>(slot.nonce.constData()), kek->data()) != 0 ||
        wrappedLength != wrappedBytes) {
        return makeError(ErrorCode::Internal,
                         StorageTr::tr("The database key could not be protected. Please report this problem."),
                         QStringLiteral("crypto_aead_xchacha20poly1305_ietf_encrypt failed"));
    }
    slot.created = QDateTime::currentDateTimeUtc();
    m_slots.append(std::move(slot));
    return {};
}

Status KeyRing::replaceSlot(const QString &userName, Role role, const QString &password, const SecureBytes &dataKey,
                            const KdfParams &kdf)
{
    const auto it = std::find_if(m_slots.cbegin(), m_slots.cend(),
                                 [&userName](const KeySlot &slot) { return slot.userName == userName; });
    if (it == m_slots.cend()) {
        return makeError(ErrorCode::NotFound,
                         AuthTr::tr("There is no account named %1. Check the user name.").arg(userName),
                         QStringLiteral("no key slot to replace"));
    }
    const qsizetype index = std::distance(m_slots.cbegin(), it);
    // Build the new slot on a copy so that a failure leaves the old slot in place.
    KeyRing scratch;
    scratch.m_databaseId = m_databaseId;
    if (auto status = scratch.addSlot(userName, role, password, dataKey, kdf); !status) {
        return status;
    }
    m_slots[index] = scratch.m_slots.constFirst();
    return {};
}

Status KeyRing::removeSlot(const QString &userName)
{
    const auto removed = m_slots.removeIf([&userName](const KeySlot &slot) { return slot.userName == userName; });
    if (removed == 0) {
        return makeError(ErrorCode::NotFound,
                         AuthTr::tr("There is no account named %1. Check the user name.").arg(userName),
                         QStringLiteral("no key slot to remove"));
    }
    return {};
}

Result<SecureBytes> KeyRing::unlock(const QString &userName, const QString &password) const
{
    // No dummy KDF run for unknown users: the user names are readable in the keyring itself, so the time taken
    // reveals nothing new. The message, code and detail are the same for both failures all the same.
    const KeySlot *found = slot(userName);
    if (found == nullptr) {
        return authFailedError();
    }
    if (static_cast<std::size_t>(found->salt.size()) != saltBytes ||
        static_cast<std::size_t>(found->nonce.size()) != nonceBytes ||
        static_cast<std::size_t>(found->wrappedKey.size()) != wrappedBytes) {
        return damagedSlotError(QStringLiteral("slot field lengths salt %1 nonce %2 wrapped %3")
                                    .arg(found->salt.size())
                                    .arg(found->nonce.size())
                                    .arg(found->wrappedKey.size()));
    }
    if (!kdfInBounds(found->kdf)) {
        return damagedSlotError(
            QStringLiteral("slot kdf ops %1 mem %2 out of bounds").arg(found->kdf.opsLimit).arg(found->kdf.memLimit));
    }
    std::optional<SecureBytes> kek = deriveKek(password, found->salt, found->kdf);
    if (!kek) {
        return outOfMemoryError();
    }
    const QByteArray ad = associatedData(m_databaseId, found->userName, found->role);
    SecureBytes dataKey(dataKeyBytes);
    unsigned long long length = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(
            dataKey.data(), &length, nullptr, reinterpret_cast<const unsigned char *>(found->wrappedKey.constData()),
            static_cast<unsigned long long>(found->wrappedKey.size()),
            reinterpret_cast<const unsigned char *>(ad.constData()), static_cast<unsigned long long>(ad.size()),
            reinterpret_cast<const unsigned char *>(found->nonce.constData()), kek->data()) != 0 ||
        length != dataKeyBytes) {
        return authFailedError();
    }
    return dataKey;
}

bool KeyRing::matchesKey(const SecureBytes &dataKey) const
{
    if (static_cast<std::size_t>(m_keyCheck.size()) != keyCheckBytes) {
        return false;
    }
    const QByteArray check = computeKeyCheck(dataKey, m_databaseId);
    return static_cast<std::size_t>(check.size()) == keyCheckBytes &&
           sodium_memcmp(check.constData(), m_keyCheck.constData(), keyCheckBytes) == 0;
}

void KeyRing::setKeyCheck(const SecureBytes &dataKey)
{
    m_keyCheck = computeKeyCheck(dataKey, m_databaseId);
}

const KeySlot *KeyRing::slot(const QString &userName) const
{
    for (const KeySlot &candidate : m_slots) {
        if (candidate.userName == userName) {
            return &candidate;
        }
    }
    return nullptr;
}

void KeyRing::setAuditHead(qint64 sequence, const QByteArray &head)
{
    m_auditSequence = sequence;
    m_auditHead = head;
}

LoginAttempts KeyRing::loginAttempts(const QString &userName) const
{
    for (const LoginAttempts &attempts : m_attempts) {
        if (attempts.userName.compare(userName, Qt::CaseInsensitive) == 0) {
            return attempts;
        }
    }
    LoginAttempts none;
    none.userName = userName;
    return none;
}

void KeyRing::setLoginAttempts(const LoginAttempts &attempts)
{
    m_attempts.removeIf([&attempts](const LoginAttempts &existing) {
        return existing.userName.compare(attempts.userName, Qt::CaseInsensitive) == 0;
    });
    if (attempts.failures > 0 || attempts.lockedUntil.isValid()) {
        m_attempts.append(attempts);
    }
}

void KeyRing::addPendingLoginFailure(const PendingLoginFailure &failure)
{
    constexpr qsizetype maxPending = 100;
    m_pendingFailures.append(failure);
    while (m_pendingFailures.size() > maxPending) {
        m_pendingFailures.removeFirst();
    }
}

} // namespace caredesk::core
