// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/RecoveryKey.h"

#include <catch2/catch.hpp>

#include <QRegularExpression>

#include <sodium.h>

using caredesk::core::ErrorCode;
using caredesk::core::SecureBytes;
namespace RecoveryKey = caredesk::core::RecoveryKey;

namespace {

SecureBytes keyFromHex(const char *hex)
{
    QByteArray bytes = QByteArray::fromHex(hex);
    return SecureBytes::takeFrom(bytes);
}

const char *const knownKeyHex = "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f";

/** Another valid base32 character for position @p i of @p text (wrapping through the alphabet). */
QString withCharacterChanged(QString text, qsizetype i)
{
    static const QString alphabet = QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567");
    const qsizetype at = alphabet.indexOf(text.at(i));
    REQUIRE(at >= 0);
    text[i] = alphabet.at((at + 1) % alphabet.size());
    return text;
}

} // namespace

TEST_CASE("A recovery key is 14 groups of 4 base32 characters", "[recoverykey]")
{
    const SecureBytes key = SecureBytes::random(32);
    const QString text = RecoveryKey::encode(key);
    static const QRegularExpression format(QStringLiteral("^([A-Z2-7]{4}-){13}[A-Z2-7]{4}$"));
    CHECK(format.match(text).hasMatch());
    CHECK(text.size() == 69);
}

TEST_CASE("A recovery key encodes the key and its checksum as RFC 4648 base32", "[recoverykey]")
{
    const SecureBytes key = keyFromHex(knownKeyHex);
    // Independent reference: plain RFC 4648 base32 of key | BLAKE2b-256(key)[0..3], computed here without the
    // production code.
    unsigned char digest[crypto_generichash_BYTES];
    REQUIRE(crypto_generichash(digest, sizeof digest, key.data(), key.size(), nullptr, 0) == 0);
    QByteArray payload(reinterpret_cast<const char *>(key.data()), 32);
    payload.append(reinterpret_cast<const char *>(digest), 3);
    const char *alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    QString expected;
    int buffer = 0;
    int bits = 0;
    for (char byte : payload) {
        buffer = (buffer << 8) | static_cast<unsigned char>(byte);
        bits += 8;
        while (bits >= 5) {
            expected += QLatin1Char(alphabet[(buffer >> (bits - 5)) & 31]);
            bits -= 5;
        }
    }
    REQUIRE(bits == 0);
    REQUIRE(expected.size() == 56);
    // The first byte 0x00 and the second 0x01 give "AAAQ..." in plain base32.
    CHECK(expected.startsWith(QStringLiteral("AAAQEAYEAUDAOCAJ")));
    CHECK(RecoveryKey::encode(key).remove(QLatin1Char('-')) == expected);
}

TEST_CASE("Recovery keys decode back to the same key", "[recoverykey]")
{
    for (int i = 0; i < 20; ++i) {
        const SecureBytes key = SecureBytes::random(32);
        auto decoded = RecoveryKey::decode(RecoveryKey::encode(key));
        REQUIRE(decoded.ok());
        CHECK(decoded->equals(key));
    }
}

TEST_CASE("Decoding tolerates case, spaces, dashes and full-width characters", "[recoverykey]")
{
    const SecureBytes key = SecureBytes::random(32);
    const QString text = RecoveryKey::encode(key);
    const QString compact = QString(text).remove(QLatin1Char('-'));

    auto expectKey = [&key](const QString &typed) {
        auto decoded = RecoveryKey::decode(typed);
        INFO(typed.toStdString());
        REQUIRE(decoded.ok());
        CHECK(decoded->equals(key));
    };
    expectKey(text.toLower());
    expectKey(compact);
    expectKey(QString(text).replace(QLatin1Char('-'), QLatin1Char(' ')));
    expectKey(QStringLiteral("  ") + QString(text).replace(QLatin1Char('-'), QStringLiteral(" - ")) +
              QStringLiteral("\n"));
    QString grouped8;
    for (qsizetype i = 0; i < compact.size(); i += 8) {
        grouped8 += compact.mid(i, 8) + QLatin1Char(' ');
    }
    expectKey(grouped8);
    // Full-width letters and the full-width dash, as a Chinese input method in full-width mode types them.
    QString fullWidth;
    for (QChar c : text) {
        fullWidth += QChar(static_cast<char16_t>(c.unicode() + 0xFEE0));
    }
    expectKey(fullWidth);
}

TEST_CASE("Decoding reads 0, 1 and 8 as O, I and B", "[recoverykey]")
{
    // 0, 1 and 8 are not base32; people copying O, I and B by hand often type them instead.
    const auto hasLookAlikes = [](const QString &text) {
        return text.contains(QLatin1Char('O')) && text.contains(QLatin1Char('I')) && text.contains(QLatin1Char('B'));
    };
    SecureBytes key = SecureBytes::random(32);
    for (int attempt = 0; attempt < 1000 && !hasLookAlikes(RecoveryKey::encode(key)); ++attempt) {
        key = SecureBytes::random(32);
    }
    const QString text = RecoveryKey::encode(key);
    REQUIRE(hasLookAlikes(text));
    const QString typed = QString(text)
                              .replace(QLatin1Char('O'), QLatin1Char('0'))
                              .replace(QLatin1Char('I'), QLatin1Char('1'))
                              .replace(QLatin1Char('B'), QLatin1Char('8'));
    REQUIRE(typed != text);
    auto decoded = RecoveryKey::decode(typed);
    REQUIRE(decoded.ok());
    CHECK(decoded->equals(key));
}

TEST_CASE("A single mistyped character is caught by the checksum", "[recoverykey]")
{
    const SecureBytes key = keyFromHex(knownKeyHex);
    const QString text = RecoveryKey::encode(key);
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('-')) {
            continue;
        }
        const QString typo = withCharacterChanged(text, i);
        auto decoded = RecoveryKey::decode(typo);
        INFO("changed position " << i);
        REQUIRE_FALSE(decoded.ok());
        CHECK(decoded.error().code == ErrorCode::Validation);
        CHECK(decoded.error().message.contains(QStringLiteral("mistyped")));
    }
}

TEST_CASE("Decoding reports the wrong number of characters", "[recoverykey]")
{
    const QString text = RecoveryKey::encode(SecureBytes::random(32));

    auto missingGroup = RecoveryKey::decode(text.left(text.size() - 5));
    REQUIRE_FALSE(missingGroup.ok());
    CHECK(missingGroup.error().code == ErrorCode::Validation);
    CHECK(missingGroup.error().message.contains(QStringLiteral("52")));
    CHECK(missingGroup.error().message.contains(QStringLiteral("56")));

    auto extra = RecoveryKey::decode(text + QStringLiteral("-ABCD"));
    REQUIRE_FALSE(extra.ok());
    CHECK(extra.error().code == ErrorCode::Validation);
    CHECK(extra.error().message.contains(QStringLiteral("60")));

    auto empty = RecoveryKey::decode(QString());
    REQUIRE_FALSE(empty.ok());
    CHECK(empty.error().code == ErrorCode::Validation);
}

TEST_CASE("Decoding names a character that cannot be in a recovery key", "[recoverykey]")
{
    QString text = RecoveryKey::encode(SecureBytes::random(32));
    text[5] = QLatin1Char('9'); // second group
    auto decoded = RecoveryKey::decode(text);
    REQUIRE_FALSE(decoded.ok());
    CHECK(decoded.error().code == ErrorCode::Validation);
    CHECK(decoded.error().message.contains(QStringLiteral("'9'")));
    CHECK(decoded.error().message.contains(QStringLiteral("group 2")));

    auto punctuation = RecoveryKey::decode(QStringLiteral("ABCD/EFGH"));
    REQUIRE_FALSE(punctuation.ok());
    CHECK(punctuation.error().message.contains(QStringLiteral("'/'")));
}

TEST_CASE("The raw key literal is x'...' with 64 lower-case hex digits", "[recoverykey]")
{
    const SecureBytes key = keyFromHex(knownKeyHex);
    CHECK(RecoveryKey::rawKeyLiteral(key) ==
          QStringLiteral("x'000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f'"));

    static const QRegularExpression format(QStringLiteral("^x'[0-9a-f]{64}'$"));
    CHECK(format.match(RecoveryKey::rawKeyLiteral(SecureBytes::random(32))).hasMatch());
}

TEST_CASE("Keys of the wrong size give empty text", "[recoverykey]")
{
    CHECK(RecoveryKey::encode(SecureBytes::random(16)).isEmpty());
    CHECK(RecoveryKey::encode(SecureBytes()).isEmpty());
    CHECK(RecoveryKey::rawKeyLiteral(SecureBytes::random(31)).isEmpty());
}
