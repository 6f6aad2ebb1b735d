// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/KeyRing.h"
#include "core/storage/RecoveryKey.h"
#include "tests/support/FileSnapshot.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QUuid>

#include <sodium.h>

#ifdef Q_OS_UNIX
#include <csignal>
#include <cstdlib>
#include <sys/resource.h>
#include <unistd.h>
#endif

using caredesk::core::ErrorCode;
using caredesk::core::KdfParams;
using caredesk::core::KeyRing;
using caredesk::core::KeySlot;
using caredesk::core::Role;
using caredesk::core::SecureBytes;
using caredesk::test::FileSnapshot;

namespace {

const QString alice = QStringLiteral("alice");
const QString alicePassword = QStringLiteral("Alice-Garden-Lamp-31");
const QString bob = QStringLiteral("bob.chen");
const QString bobPassword = QStringLiteral("Bob-River-Stone-58");

KdfParams fast()
{
    return KdfParams::fastForTests();
}

/** A keyring with a key check and slots for alice (reception) and bob (manager). */
KeyRing makeRing(const SecureBytes &dataKey)
{
    KeyRing ring = KeyRing::createNew(QStringLiteral("Sunrise Pharmacy"));
    ring.setKeyCheck(dataKey);
    REQUIRE(ring.addSlot(alice, Role::Reception, alicePassword, dataKey, fast()));
    REQUIRE(ring.addSlot(bob, Role::Manager, bobPassword, dataKey, fast()));
    return ring;
}

QByteArray readBytes(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

void writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
}

QJsonObject readJson(const QString &path)
{
    const QJsonDocument document = QJsonDocument::fromJson(readBytes(path));
    REQUIRE(document.isObject());
    return document.object();
}

void writeJson(const QString &path, const QJsonObject &root)
{
    writeBytes(path, QJsonDocument(root).toJson());
}

/** Sets @p key of slot @p index in the keyring file at @p path to @p value. */
void editSlot(const QString &path, int index, const QString &key, const QJsonValue &value)
{
    QJsonObject root = readJson(path);
    QJsonArray slotArray = root.value(QLatin1String("slots")).toArray();
    REQUIRE(index < slotArray.size());
    QJsonObject slot = slotArray.at(index).toObject();
    REQUIRE(slot.contains(key));
    slot.insert(key, value);
    slotArray.replace(index, slot);
    root.insert(QStringLiteral("slots"), slotArray);
    writeJson(path, root);
}

int slotIndex(const QString &path, const QString &user)
{
    const QJsonArray slotArray = readJson(path).value(QLatin1String("slots")).toArray();
    for (int i = 0; i < slotArray.size(); ++i) {
        if (slotArray.at(i).toObject().value(QLatin1String("user")).toString() == user) {
            return i;
        }
    }
    FAIL("no slot for " << user.toStdString());
    return -1;
}

QByteArray toByteArray(const SecureBytes &bytes)
{
    return QByteArray(reinterpret_cast<const char *>(bytes.data()), static_cast<qsizetype>(bytes.size()));
}

/** Runs a block with the effective user id of "nobody", so that file permissions apply even to root. */
class RunAsNobody final {
public:
    RunAsNobody() : m_switched(::seteuid(65534) == 0) {}
    ~RunAsNobody()
    {
        if (m_switched && ::seteuid(0) != 0) {
            std::abort(); // carrying on as "nobody" would make every later test fail in confusing ways
        }
    }
    RunAsNobody(const RunAsNobody &) = delete;
    RunAsNobody &operator=(const RunAsNobody &) = delete;
    [[nodiscard]] bool switched() const { return m_switched; }

private:
    bool m_switched;
};

} // namespace

TEST_CASE("The keyring sits beside the database", "[keyring]")
{
    CHECK(KeyRing::pathFor(QStringLiteral("/data/clinic.db")) == QStringLiteral("/data/clinic.db.keyring"));
}

TEST_CASE("A new keyring has a random database id and no slots", "[keyring]")
{
    const KeyRing first = KeyRing::createNew(QStringLiteral("Site A"));
    const KeyRing second = KeyRing::createNew(QStringLiteral("Site A"));
    CHECK_FALSE(QUuid::fromString(first.databaseId()).isNull());
    CHECK(first.databaseId() != second.databaseId());
    CHECK(first.siteName() == QStringLiteral("Site A"));
    CHECK(first.keySlots().isEmpty());
    CHECK(first.cipherSettings().pageSize == 4096);
    CHECK(first.cipherSettings().useHmac);
    CHECK(first.auditSequence() == 0);
    CHECK(first.auditHead().isEmpty());
    CHECK_FALSE(first.matchesKey(SecureBytes::random(32))); // no key check recorded yet
}

TEST_CASE("A slot gives the data key back for the right password", "[keyring]")
{
    const SecureBytes dataKey = SecureBytes::random(32);
    KeyRing ring = KeyRing::createNew(QStringLiteral("Site"));
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    REQUIRE(ring.addSlot(alice, Role::Pharmacist, alicePassword, dataKey, fast()));

    const KeySlot *slot = ring.slot(alice);
    REQUIRE(slot != nullptr);
    CHECK(slot->userName == alice);
    CHECK(slot->role == Role::Pharmacist);
    CHECK(slot->kdf == fast());
    CHECK(slot->salt.size() == crypto_pwhash_SALTBYTES);
    CHECK(slot->nonce.size() == crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
    CHECK(slot->wrappedKey.size() == 32 + crypto_aead_xchacha20poly1305_ietf_ABYTES);
    CHECK(slot->created >= before);
    CHECK(slot->created <= QDateTime::currentDateTimeUtc().addSecs(1));
    CHECK(ring.slot(bob) == nullptr);

    auto unlocked = ring.unlock(alice, alicePassword);
    REQUIRE(unlocked.ok());
    CHECK(unlocked->equals(dataKey));
}

TEST_CASE("A wrong password and an unknown user fail the same way", "[keyring][auth]")
{
    const SecureBytes dataKey = SecureBytes::random(32);
    const KeyRing ring = makeRing(dataKey);

    auto wrongPassword = ring.unlock(alice, QStringLiteral("Alice-Garden-Lamp-32"));
    auto unknownUser = ring.unlock(QStringLiteral("mallory"), alicePassword);
    auto otherUsersPassword = ring.unlock(alice, bobPassword);
    auto wrongCase = ring.unlock(QStringLiteral("Alice"), alicePassword);
    for (const auto *result : {&wrongPassword, &unknownUser, &otherUsersPassword, &wrongCase}) {
        REQUIRE_FALSE(result->ok());
        CHECK(result->error().code == ErrorCode::AuthFailed);
        CHECK_FALSE(result->error().message.isEmpty());
    }
    CHECK(wrongPassword.error().message == unknownUser.error().message);
    CHECK(wrongPassword.error().detail == unknownUser.error().detail);
}

TEST_CASE("Every user unwraps the same data key", "[keyring]")
{
    const SecureBytes dataKey = SecureBytes::random(32);
    const KeyRing ring = makeRing(dataKey);
    auto forAlice = ring.unlock(alice, alicePassword);
    auto forBob = ring.unlock(bob, bobPassword);
    REQUIRE(forAlice.ok());
    REQUIRE(forBob.ok());
    CHECK(forAlice->equals(dataKey));
    CHECK(forBob->equals(dataKey));

    // Each slot has its own salt and nonce, so the wrapped copies differ.
    CHECK(ring.slot(alice)->salt != ring.slot(bob)->salt);
    CHECK(ring.slot(alice)->nonce != ring.slot(bob)->nonce);
    CHECK(ring.slot(alice)->wrappedKey != ring.slot(bob)->wrappedKey);
}

TEST_CASE("Non-ASCII user names and passwords work, whatever the Unicode form", "[keyring]")
{
    const SecureBytes dataKey = SecureBytes::random(32);
    KeyRing ring = KeyRing::createNew(QStringLiteral("春天诊所"));
    const QString user = QStringLiteral("李娜");
    const QString composed = QStringLiteral("Caf\u00e9-\u6625\u5929-42");
    const QString decomposed = QStringLiteral("Cafe\u0301-\u6625\u5929-42");
    REQUIRE(composed != decomposed);
    REQUIRE(ring.addSlot(user, Role::Administrator, composed, dataKey, fast()));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("db.keyring"));
    REQUIRE(ring.save(path));
    auto loaded = KeyRing::load(path);
    REQUIRE(loaded.ok());
    CHECK(loaded->siteName() == QStringLiteral("春天诊所"));
    auto unlocked = loaded->unlock(user, decomposed);
    REQUIRE(unlocked.ok());
    CHECK(unlocked->equals(dataKey));
}

TEST_CASE("Slots can be added, replaced and removed", "[keyring]")
{
    const SecureBytes dataKey = SecureBytes::random(32);
    KeyRing ring = makeRing(dataKey);

    SECTION("a second slot for the same user is a conflict")
    {
        auto status = ring.addSlot(alice, Role::Administrator, QStringLiteral("Other-Password-77"), dataKey, fast());
        REQUIRE_FALSE(status.ok());
        CHECK(status.error().code == ErrorCode::Conflict);
        CHECK(ring.slot(alice)->role == Role::Reception);
        CHECK(ring.unlock(alice, alicePassword).ok());
    }
    SECTION("replacing a slot changes the password and role")
    {
        const QString newPassword = QStringLiteral("Alice-New-Window-44");
        REQUIRE(ring.replaceSlot(alice, Role::ServiceOfficer, newPassword, dataKey, fast()));
        CHECK(ring.keySlots().size() == 2);
        CHECK(ring.slot(alice)->role == Role::ServiceOfficer);
        auto old = ring.unlock(alice, alicePassword);
        REQUIRE_FALSE(old.ok());
        CHECK(old.error().code == ErrorCode::AuthFailed);
        auto unlocked = ring.unlock(alice, newPassword);
        REQUIRE(unlocked.ok());
        CHECK(unlocked->equals(dataKey));
        CHECK(ring.unlock(bob, bobPassword).ok());
    }
    SECTION("replacing a missing slot is NotFound")
    {
        auto status = ring.replaceSlot(QStringLiteral("carol"), Role::Reception, alicePassword, dataKey, fast());
        REQUIRE_FALSE(status.ok());
        CHECK(status.error().code == ErrorCode::NotFound);
        CHECK(ring.keySlots().size() == 2);
    }
    SECTION("a failed replacement keeps the old slot")
    {
        auto status =
            ring.replaceSlot(alice, Role::Manager, QStringLiteral("Whatever-Pass-12"), SecureBytes::random(16), fast());
        REQUIRE_FALSE(status.ok());
        CHECK(ring.slot(alice)->role == Role::Reception);
        CHECK(ring.unlock(alice, alicePassword).ok());
    }
    SECTION("removing a slot locks that user out and no one else")
    {
        REQUIRE(ring.removeSlot(alice));
        CHECK(ring.slot(alice) == nullptr);
        CHECK(ring.keySlots().size() == 1);
        auto removed = ring.unlock(alice, alicePassword);
        REQUIRE_FALSE(removed.ok());
        CHECK(removed.error().code == ErrorCode::AuthFailed);
        CHECK(ring.unlock(bob, bobPassword).ok());

        auto again = ring.removeSlot(alice);
        REQUIRE_FALSE(again.ok());
        CHECK(again.error().code == ErrorCode::NotFound);
    }
}

TEST_CASE("addSlot refuses what cannot work", "[keyring]")
{
    const SecureBytes dataKey = SecureBytes::random(32);
    KeyRing ring = KeyRing::createNew(QStringLiteral("Site"));

    auto shortKey = ring.addSlot(alice, Role::Reception, alicePassword, SecureBytes::random(16), fast());
    REQUIRE_FALSE(shortKey.ok());
    CHECK(shortKey.error().code == ErrorCode::Internal);

    auto noName = ring.addSlot(QString(), Role::Reception, alicePassword, dataKey, fast());
    REQUIRE_FALSE(noName.ok());
    CHECK(noName.error().code == ErrorCode::Usage);

    auto tooCheap = ring.addSlot(alice, Role::Reception, alicePassword, dataKey, KdfParams{0, 0});
    REQUIRE_FALSE(tooCheap.ok());
    CHECK(tooCheap.error().code == ErrorCode::Usage);

    auto noDatabase = KeyRing().addSlot(alice, Role::Reception, alicePassword, dataKey, fast());
    REQUIRE_FALSE(noDatabase.ok());

    CHECK(ring.keySlots().isEmpty());
}

TEST_CASE("The key check recognises the data key without opening the database", "[keyring]")
{
    const SecureBytes dataKey = SecureBytes::random(32);
    KeyRing ring = makeRing(dataKey);
    CHECK(ring.matchesKey(dataKey));
    CHECK_FALSE(ring.matchesKey(SecureBytes::random(32)));
    CHECK_FALSE(ring.matchesKey(SecureBytes()));

    // The check is bound to the database id: the same key gives another check in another keyring.
    KeyRing other = KeyRing::createNew(QStringLiteral("Site"));
    other.setKeyCheck(dataKey);
    CHECK(other.matchesKey(dataKey));
    QTemporaryDir dir;
    REQUIRE(ring.save(dir.filePath(QStringLiteral("a.keyring"))));
    REQUIRE(other.save(dir.filePath(QStringLiteral("b.keyring"))));
    const QString checkA =
        readJson(dir.filePath(QStringLiteral("a.keyring"))).value(QLatin1String("keyCheck")).toString();
    const QString checkB =
        readJson(dir.filePath(QStringLiteral("b.keyring"))).value(QLatin1String("keyCheck")).toString();
    CHECK(checkA.size() == 44); // base64 of 32 bytes
    CHECK(checkA != checkB);

    // A recovery key typed back in matches.
    auto recovered = caredesk::core::RecoveryKey::decode(caredesk::core::RecoveryKey::encode(dataKey));
    REQUIRE(recovered.ok());
    CHECK(ring.matchesKey(*recovered));
}

TEST_CASE("Saving and loading keeps everything", "[keyring]")
{
    const SecureBytes dataKey = SecureBytes::random(32);
    KeyRing ring = makeRing(dataKey);
    REQUIRE(ring.addSlot(QStringLiteral("王芳"), Role::Administrator, QStringLiteral("Tea-Cup-Mountain-19"), dataKey,
                         KdfParams{2, 16 * 1024}));
    const QByteArray head = QByteArray::fromHex("deadbeef00112233445566778899aabbccddeeff00112233445566778899aabb");
    ring.setAuditHead(42, head);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("clinic.db.keyring"));
    REQUIRE(ring.save(path));
    auto loaded = KeyRing::load(path);
    REQUIRE(loaded.ok());

    CHECK(loaded->databaseId() == ring.databaseId());
    CHECK(loaded->siteName() == ring.siteName());
    CHECK(loaded->cipherSettings().pageSize == ring.cipherSettings().pageSize);
    CHECK(loaded->cipherSettings().useHmac == ring.cipherSettings().useHmac);
    CHECK(loaded->cipherSettings().kdfIter == ring.cipherSettings().kdfIter);
    CHECK(loaded->auditSequence() == 42);
    CHECK(loaded->auditHead() == head);
    CHECK(loaded->matchesKey(dataKey));
    CHECK_FALSE(loaded->matchesKey(SecureBytes::random(32)));
    REQUIRE(loaded->keySlots().size() == ring.keySlots().size());
    for (qsizetype i = 0; i < ring.keySlots().size(); ++i) {
        const KeySlot &a = ring.keySlots().at(i);
        const KeySlot &b = loaded->keySlots().at(i);
        CHECK(a.userName == b.userName);
        CHECK(a.role == b.role);
        CHECK(a.kdf == b.kdf);
        CHECK(a.salt == b.salt);
        CHECK(a.nonce == b.nonce);
        CHECK(a.wrappedKey == b.wrappedKey);
        CHECK(a.created == b.created);
        CHECK(b.created.timeSpec() == Qt::UTC);
    }
    for (const auto &[user, password] : {std::pair{alice, alicePassword}, std::pair{bob, bobPassword},
                                         std::pair{QStringLiteral("王芳"), QStringLiteral("Tea-Cup-Mountain-19")}}) {
        auto unlocked = loaded->unlock(user, password);
        REQUIRE(unlocked.ok());
        CHECK(unlocked->equals(dataKey));
    }

    // Saving what was loaded writes the same bytes again.
    const QString again = dir.filePath(QStringLiteral("again.keyring"));
    REQUIRE(loaded->save(again));
    CHECK(readBytes(again) == readBytes(path));

    // The file is indented JSON with the documented fields.
    const QJsonObject root = readJson(path);
    CHECK(root.value(QLatin1String("version")).toInt() == 1);
    CHECK(root.value(QLatin1String("databaseId")).toString() == ring.databaseId());
    CHECK(root.value(QLatin1String("cipher")).toObject().value(QLatin1String("pageSize")).toInt() == 4096);
    CHECK(root.value(QLatin1String("audit")).toObject().value(QLatin1String("sequence")).toInt() == 42);
    const QJsonObject slot = root.value(QLatin1String("slots")).toArray().at(0).toObject();
    CHECK(slot.value(QLatin1String("role")).toString() == QStringLiteral("reception"));
    CHECK(slot.value(QLatin1String("kdf")).toObject().value(QLatin1String("alg")).toString() ==
          QStringLiteral("argon2id13"));
    CHECK(slot.value(QLatin1String("created")).toString().endsWith(QLatin1Char('Z')));
    CHECK(readBytes(path).contains("\n    \""));
}

TEST_CASE("Editing a slot in the file breaks it", "[keyring][tamper]")
{
    const SecureBytes dataKey = SecureBytes::random(32);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("db.keyring"));
    REQUIRE(makeRing(dataKey).save(path));
    const int aliceIndex = slotIndex(path, alice);

    SECTION("raising the role")
    {
        editSlot(path, aliceIndex, QStringLiteral("role"), QStringLiteral("admin"));
        auto loaded = KeyRing::load(path);
        REQUIRE(loaded.ok()); // still well-formed
        REQUIRE(loaded->slot(alice)->role == Role::Administrator);
        auto unlocked = loaded->unlock(alice, alicePassword);
        REQUIRE_FALSE(unlocked.ok());
        CHECK(unlocked.error().code == ErrorCode::AuthFailed);
        CHECK(loaded->unlock(bob, bobPassword).ok());
    }
    SECTION("renaming the user")
    {
        editSlot(path, aliceIndex, QStringLiteral("user"), QStringLiteral("mallory"));
        auto loaded = KeyRing::load(path);
        REQUIRE(loaded.ok());
        auto renamed = loaded->unlock(QStringLiteral("mallory"), alicePassword);
        REQUIRE_FALSE(renamed.ok());
        CHECK(renamed.error().code == ErrorCode::AuthFailed);
        CHECK_FALSE(loaded->unlock(alice, alicePassword).ok());
    }
    SECTION("lowering the KDF cost")
    {
        QJsonObject kdf{{QStringLiteral("alg"), QStringLiteral("argon2id13")},
                        {QStringLiteral("ops"), 2},
                        {QStringLiteral("mem"), 8192}};
        editSlot(path, aliceIndex, QStringLiteral("kdf"), kdf);
        auto loaded = KeyRing::load(path);
        REQUIRE(loaded.ok());
        auto unlocked = loaded->unlock(alice, alicePassword);
        REQUIRE_FALSE(unlocked.ok());
        CHECK(unlocked.error().code == ErrorCode::AuthFailed);
    }
    SECTION("moving the slot into another database's keyring")
    {
        const QString otherPath = dir.filePath(QStringLiteral("other.keyring"));
        REQUIRE(makeRing(SecureBytes::random(32)).save(otherPath));
        QJsonObject other = readJson(otherPath);
        QJsonArray otherSlots;
        otherSlots.append(readJson(path).value(QLatin1String("slots")).toArray().at(aliceIndex));
        other.insert(QStringLiteral("slots"), otherSlots);
        writeJson(otherPath, other);
        auto loaded = KeyRing::load(otherPath);
        REQUIRE(loaded.ok());
        REQUIRE(loaded->slot(alice) != nullptr);
        auto unlocked = loaded->unlock(alice, alicePassword);
        REQUIRE_FALSE(unlocked.ok());
        CHECK(unlocked.error().code == ErrorCode::AuthFailed);
    }
    SECTION("changing the database id")
    {
        QJsonObject root = readJson(path);
        root.insert(QStringLiteral("databaseId"), QUuid::createUuid().toString(QUuid::WithoutBraces));
        writeJson(path, root);
        auto loaded = KeyRing::load(path);
        REQUIRE(loaded.ok());
        CHECK_FALSE(loaded->unlock(alice, alicePassword).ok());
        CHECK_FALSE(loaded->unlock(bob, bobPassword).ok());
        CHECK_FALSE(loaded->matchesKey(dataKey));
    }
    SECTION("flipping a bit of the wrapped key")
    {
        QByteArray wrapped = QByteArray::fromBase64(readJson(path)
                                                        .value(QLatin1String("slots"))
                                                        .toArray()
                                                        .at(aliceIndex)
                                                        .toObject()
                                                        .value(QLatin1String("wrapped"))
                                                        .toString()
                                                        .toLatin1());
        wrapped[3] = static_cast<char>(wrapped[3] ^ 0x01);
        editSlot(path, aliceIndex, QStringLiteral("wrapped"), QString::fromLatin1(wrapped.toBase64()));
        auto loaded = KeyRing::load(path);
        REQUIRE(loaded.ok());
        auto unlocked = loaded->unlock(alice, alicePassword);
        REQUIRE_FALSE(unlocked.ok());
        CHECK(unlocked.error().code == ErrorCode::AuthFailed);
    }
}

TEST_CASE("A slot with fields of the wrong size is damaged, and only that slot", "[keyring][tamper]")
{
    const SecureBytes dataKey = SecureBytes::random(32);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("db.keyring"));
    REQUIRE(makeRing(dataKey).save(path));
    const int aliceIndex = slotIndex(path, alice);

    SECTION("salt")
    {
        editSlot(path, aliceIndex, QStringLiteral("salt"), QString::fromLatin1(QByteArray(15, 'x').toBase64()));
    }
    SECTION("nonce")
    {
        editSlot(path, aliceIndex, QStringLiteral("nonce"), QString::fromLatin1(QByteArray(12, 'x').toBase64()));
    }
    SECTION("wrapped key")
    {
        editSlot(path, aliceIndex, QStringLiteral("wrapped"), QString::fromLatin1(QByteArray(32, 'x').toBase64()));
    }
    SECTION("KDF memory beyond any sane setting")
    {
        editSlot(path, aliceIndex, QStringLiteral("kdf"),
                 QJsonObject{{QStringLiteral("alg"), QStringLiteral("argon2id13")},
                             {QStringLiteral("ops"), 3},
                             {QStringLiteral("mem"), 1024.0 * 1024 * 1024 * 1024}});
    }
    auto loaded = KeyRing::load(path);
    REQUIRE(loaded.ok());
    auto unlocked = loaded->unlock(alice, alicePassword);
    REQUIRE_FALSE(unlocked.ok());
    CHECK(unlocked.error().code == ErrorCode::KeyringDamaged);
    auto other = loaded->unlock(bob, bobPassword);
    REQUIRE(other.ok());
    CHECK(other->equals(dataKey));
}

TEST_CASE("Loading a missing keyring says where it should be", "[keyring][errors]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("clinic.db.keyring"));
    auto loaded = KeyRing::load(path);
    REQUIRE_FALSE(loaded.ok());
    CHECK(loaded.error().code == ErrorCode::KeyringMissing);
    CHECK(loaded.error().message.contains(QStringLiteral("clinic.db.keyring")));
    CHECK(loaded.error().message.contains(QStringLiteral("recovery key")));
    CHECK(QDir(dir.path()).isEmpty());
}

TEST_CASE("Loading a damaged keyring fails with KeyringDamaged", "[keyring][errors]")
{
    const SecureBytes dataKey = SecureBytes::random(32);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("db.keyring"));
    REQUIRE(makeRing(dataKey).save(path));
    const QByteArray good = readBytes(path);
    const int aliceIndex = slotIndex(path, alice);

    auto setRoot = [&path](const QString &key, const QJsonValue &value) {
        QJsonObject root = readJson(path);
        if (value.isUndefined()) {
            root.remove(key);
        } else {
            root.insert(key, value);
        }
        writeJson(path, root);
    };

    SECTION("garbage")
    {
        writeBytes(path, QByteArray("\x89PNG\r\n\x1a\n not a keyring at all"));
    }
    SECTION("an empty file")
    {
        writeBytes(path, QByteArray());
    }
    SECTION("truncated JSON")
    {
        writeBytes(path, good.left(good.size() / 2));
    }
    SECTION("a JSON array instead of an object")
    {
        writeBytes(path, "[1, 2, 3]");
    }
    SECTION("another kind of JSON file")
    {
        setRoot(QStringLiteral("format"), QStringLiteral("something-else"));
    }
    SECTION("an unknown format version")
    {
        setRoot(QStringLiteral("version"), 2);
    }
    SECTION("a missing format version")
    {
        setRoot(QStringLiteral("version"), QJsonValue(QJsonValue::Undefined));
    }
    SECTION("a missing database id")
    {
        setRoot(QStringLiteral("databaseId"), QJsonValue(QJsonValue::Undefined));
    }
    SECTION("a database id that is not a UUID")
    {
        setRoot(QStringLiteral("databaseId"), QStringLiteral("hello"));
    }
    SECTION("missing slots")
    {
        setRoot(QStringLiteral("slots"), QJsonValue(QJsonValue::Undefined));
    }
    SECTION("missing cipher settings")
    {
        setRoot(QStringLiteral("cipher"), QJsonValue(QJsonValue::Undefined));
    }
    SECTION("a key check that is not base64")
    {
        setRoot(QStringLiteral("keyCheck"), QStringLiteral("!!not*base64!!"));
    }
    SECTION("a salt that is not base64")
    {
        editSlot(path, aliceIndex, QStringLiteral("salt"), QStringLiteral("@@@@"));
    }
    SECTION("a wrapped key that is a number")
    {
        editSlot(path, aliceIndex, QStringLiteral("wrapped"), 12345);
    }
    SECTION("an unknown role")
    {
        editSlot(path, aliceIndex, QStringLiteral("role"), QStringLiteral("superuser"));
    }
    SECTION("an unknown KDF")
    {
        editSlot(path, aliceIndex, QStringLiteral("kdf"),
                 QJsonObject{{QStringLiteral("alg"), QStringLiteral("pbkdf2")},
                             {QStringLiteral("ops"), 1},
                             {QStringLiteral("mem"), 8192}});
    }
    SECTION("a creation time that is not a time")
    {
        editSlot(path, aliceIndex, QStringLiteral("created"), QStringLiteral("yesterday"));
    }
    SECTION("two slots for one user")
    {
        editSlot(path, 1 - aliceIndex, QStringLiteral("user"), alice);
    }
    SECTION("an empty user name")
    {
        editSlot(path, aliceIndex, QStringLiteral("user"), QString());
    }

    REQUIRE(readBytes(path) != good);
    const FileSnapshot before(dir.path());
    auto loaded = KeyRing::load(path);
    REQUIRE_FALSE(loaded.ok());
    CHECK(loaded.error().code == ErrorCode::KeyringDamaged);
    CHECK(loaded.error().message.contains(QStringLiteral("db.keyring")));
    CHECK_FALSE(loaded.error().detail.isEmpty());
    CHECK(FileSnapshot(dir.path()) == before);
}

TEST_CASE("The keyring file holds neither the data key nor a password", "[keyring][secrets]")
{
    const SecureBytes dataKey = SecureBytes::random(32);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("db.keyring"));
    KeyRing ring = makeRing(dataKey);
    const QString chinesePassword = QStringLiteral("春天的诊所Clinic2024");
    REQUIRE(ring.addSlot(QStringLiteral("li.na"), Role::Reception, chinesePassword, dataKey, fast()));
    REQUIRE(ring.save(path));
    const QByteArray file = readBytes(path);
    REQUIRE(file.size() > 500);

    const QByteArray key = toByteArray(dataKey);
    CHECK_FALSE(file.contains(key));
    CHECK_FALSE(file.contains(key.toHex()));
    CHECK_FALSE(file.toLower().contains(key.toHex()));
    CHECK_FALSE(file.contains(key.toBase64()));
    CHECK_FALSE(file.contains(key.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)));
    CHECK_FALSE(file.contains(key.left(16)));
    // The key inside a longer base64 text would show up as this middle part at one of three alignments.
    for (int shift = 0; shift < 3; ++shift) {
        const QByteArray aligned = QByteArray(QByteArray(shift, '\0') + key).toBase64();
        CHECK_FALSE(file.contains(aligned.mid(8, 24)));
    }
    const QString recoveryKey = caredesk::core::RecoveryKey::encode(dataKey);
    CHECK_FALSE(file.contains(recoveryKey.toLatin1()));
    CHECK_FALSE(file.contains(recoveryKey.toLatin1().replace('-', "")));

    for (const QString &password : {alicePassword, bobPassword, chinesePassword}) {
        CHECK_FALSE(file.contains(password.toUtf8()));
        CHECK_FALSE(file.toLower().contains(password.toLower().toUtf8()));
        CHECK_FALSE(file.contains(QByteArray(reinterpret_cast<const char *>(password.utf16()), password.size() * 2)));
        CHECK_FALSE(file.contains(password.toUtf8().toBase64()));
        CHECK_FALSE(file.contains(password.toUtf8().toHex()));
    }
    // The JSON escape of the Chinese password, in case a writer chose \u escapes.
    CHECK_FALSE(file.contains("\\u6625\\u5929"));
}

TEST_CASE("Saving replaces the file atomically and leaves nothing behind", "[keyring][save]")
{
    const SecureBytes dataKey = SecureBytes::random(32);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("db.keyring"));
    KeyRing ring = makeRing(dataKey);
    REQUIRE(ring.save(path));
    REQUIRE(ring.removeSlot(bob));
    REQUIRE(ring.save(path));
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden) == QStringList{QStringLiteral("db.keyring")});
    auto loaded = KeyRing::load(path);
    REQUIRE(loaded.ok());
    CHECK(loaded->keySlots().size() == 1);
    CHECK(loaded->slot(bob) == nullptr);
}

TEST_CASE("A failed save leaves the existing keyring byte for byte", "[keyring][save][errors]")
{
    const SecureBytes dataKey = SecureBytes::random(32);
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("db.keyring"));
    REQUIRE(makeRing(dataKey).save(path));
    const QByteArray original = readBytes(path);

    KeyRing changed = makeRing(dataKey); // a different database id, so the bytes would differ
    REQUIRE(changed.addSlot(QStringLiteral("carol"), Role::Manager, QStringLiteral("Carol-Bright-Sky-63"), dataKey,
                            fast()));

#ifdef Q_OS_UNIX
    SECTION("a read-only folder")
    {
        // Root ignores permission bits, so as root the save runs with the effective user id of "nobody" (and the
        // capabilities that go with root dropped): the kernel then really refuses. The keyring itself is made
        // writable for everyone, so that only the folder stands in the way.
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup |
                                        QFileDevice::WriteGroup | QFileDevice::ReadOther | QFileDevice::WriteOther);
        const QFileDevice::Permissions readOnlyFolder = QFileDevice::ReadOwner | QFileDevice::ExeOwner |
                                                        QFileDevice::ReadGroup | QFileDevice::ExeGroup |
                                                        QFileDevice::ReadOther | QFileDevice::ExeOther;
        REQUIRE(QFile::setPermissions(dir.path(), readOnlyFolder));
        const FileSnapshot before(dir.path());
        caredesk::core::Status status;
        if (::geteuid() == 0) {
            RunAsNobody nobody;
            if (!nobody.switched()) {
                QFile::setPermissions(dir.path(), readOnlyFolder | QFileDevice::WriteOwner);
                WARN("running as root without the right to change the effective user id; read-only test skipped");
                return;
            }
            REQUIRE(::geteuid() == 65534);
            status = changed.save(path);
        } else {
            status = changed.save(path);
        }
        REQUIRE(QFile::setPermissions(dir.path(), readOnlyFolder | QFileDevice::WriteOwner));
        REQUIRE_FALSE(status.ok());
        CHECK(status.error().code == ErrorCode::ReadOnly);
        CHECK(status.error().message.contains(QStringLiteral("db.keyring")));
        INFO(FileSnapshot(dir.path()).differences(before).toStdString());
        CHECK(FileSnapshot(dir.path()) == before);
    }
    SECTION("a write that fails half-way")
    {
        // A file-size limit below the keyring's size makes the kernel stop the write part-way (EFBIG), for root
        // too. QSaveFile must then drop its temporary file and leave the old keyring alone.
        const FileSnapshot before(dir.path());
        rlimit old{};
        REQUIRE(::getrlimit(RLIMIT_FSIZE, &old) == 0);
        const auto oldHandler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit small = old;
        small.rlim_cur = 100;
        REQUIRE(::setrlimit(RLIMIT_FSIZE, &small) == 0);
        const caredesk::core::Status status = changed.save(path);
        REQUIRE(::setrlimit(RLIMIT_FSIZE, &old) == 0);
        std::signal(SIGXFSZ, oldHandler);
        REQUIRE_FALSE(status.ok());
        CHECK(status.error().code == ErrorCode::Io);
        CHECK_FALSE(status.error().detail.isEmpty());
        INFO(FileSnapshot(dir.path()).differences(before).toStdString());
        CHECK(FileSnapshot(dir.path()) == before);
    }
#endif
    SECTION("the keyring path is a folder")
    {
        const QString folderPath = dir.filePath(QStringLiteral("folder.keyring"));
        REQUIRE(QDir().mkdir(folderPath));
        const FileSnapshot before(dir.path());
        auto status = changed.save(folderPath);
        REQUIRE_FALSE(status.ok());
        CHECK(status.error().code == ErrorCode::Io);
        CHECK(QFileInfo(folderPath).isDir());
        CHECK(FileSnapshot(dir.path()) == before);
    }
    SECTION("the folder does not exist")
    {
        const FileSnapshot before(dir.path());
        auto status = changed.save(dir.filePath(QStringLiteral("no/such/folder/db.keyring")));
        REQUIRE_FALSE(status.ok());
        CHECK(status.error().code == ErrorCode::Io);
        CHECK(FileSnapshot(dir.path()) == before);
    }
    CHECK(readBytes(path) == original);
    auto loaded = KeyRing::load(path);
    REQUIRE(loaded.ok());
    CHECK(loaded->slot(QStringLiteral("carol")) == nullptr);
}

TEST_CASE("KDF settings", "[keyring][kdf]")
{
    SECTION("the test setting is libsodium's minimum")
    {
        CHECK(KdfParams::fastForTests().opsLimit == crypto_pwhash_OPSLIMIT_MIN);
        CHECK(KdfParams::fastForTests().memLimit == crypto_pwhash_MEMLIMIT_MIN);
    }
    SECTION("the production setting is memory-hard and valid for Argon2id")
    {
        const KdfParams production = KdfParams::production();
        CHECK(production.memLimit >= 64ull * 1024 * 1024);
        CHECK(production.memLimit <= crypto_pwhash_argon2id_MEMLIMIT_MAX);
        CHECK(production.opsLimit >= crypto_pwhash_argon2id_OPSLIMIT_MIN);
        CHECK(production.opsLimit >= 2);
        CHECK(production.opsLimit <= crypto_pwhash_argon2id_OPSLIMIT_MAX);
        CHECK(production.memLimit % 1024 == 0);

        // One real round trip at the production cost (about half a second each way).
        const SecureBytes dataKey = SecureBytes::random(32);
        KeyRing ring = KeyRing::createNew(QStringLiteral("Site"));
        REQUIRE(ring.addSlot(alice, Role::Administrator, alicePassword, dataKey, production));
        CHECK(ring.slot(alice)->kdf == production);
        auto unlocked = ring.unlock(alice, alicePassword);
        REQUIRE(unlocked.ok());
        CHECK(unlocked->equals(dataKey));
    }
}

TEST_CASE("Tuning picks at least 64 MiB and a workable number of passes", "[keyring][kdf][.slow]")
{
    const KdfParams tuned = KdfParams::tune(200);
    CHECK(tuned.memLimit >= 64ull * 1024 * 1024);
    CHECK(tuned.opsLimit >= 2);
    CHECK(tuned.opsLimit <= 64);
}
