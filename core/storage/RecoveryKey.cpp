// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/RecoveryKey.h"

#include "core/common/Tr.h"

#include <sodium.h>

#include <cstring>

namespace caredesk::core::RecoveryKey {

namespace {

constexpr std::size_t keyBytes = 32;
constexpr std::size_t checksumBytes = 3;
constexpr std::size_t payloadBytes = keyBytes + checksumBytes; // 35 bytes = 280 bits
constexpr std::size_t symbolCount = payloadBytes * 8 / 5;      // 56 base32 characters
constexpr std::size_t groupSize = 4;
constexpr std::size_t groupCount = symbolCount / groupSize; // 14
constexpr std::size_t textLength = symbolCount + groupCount - 1;
static_assert(payloadBytes % 5 == 0 && symbolCount == 56 && groupCount == 14 && textLength == 69);

constexpr char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"; // RFC 4648

/** Writes the first three bytes of BLAKE2b-256(@p key) to @p out. */
bool checksum(const unsigned char *key, unsigned char *out)
{
    unsigned char digest[crypto_generichash_BYTES];
    const bool ok = crypto_generichash(digest, sizeof digest, key, keyBytes, nullptr, 0) == 0;
    std::memcpy(out, digest, checksumBytes);
    sodium_memzero(digest, sizeof digest);
    return ok;
}

/** Base32 value of an already upper-cased, look-alike-mapped character; -1 if it is not in the alphabet. */
int symbolValue(char16_t c)
{
    if (c >= u'A' && c <= u'Z') {
        return c - u'A';
    }
    if (c >= u'2' && c <= u'7') {
        return 26 + (c - u'2');
    }
    return -1;
}

bool isSeparator(char16_t c)
{
    // Spaces of any kind (including the ideographic space), ASCII and Unicode dashes and the minus sign.
    return QChar::isSpace(c) || c == u'-' || (c >= 0x2010 && c <= 0x2015) || c == 0x2212;
}

} // namespace

QString encode(const SecureBytes &dataKey)
{
    if (dataKey.size() != keyBytes || !ensureSodium()) {
        return {};
    }
    SecureBytes payload(payloadBytes);
    std::memcpy(payload.data(), dataKey.data(), keyBytes);
    if (!checksum(dataKey.data(), payload.data() + keyBytes)) {
        return {};
    }
    // Written straight into the result so that no other copy of the key text is left behind.
    QString text(static_cast<qsizetype>(textLength), Qt::Uninitialized);
    qsizetype out = 0;
    std::size_t symbol = 0;
    for (std::size_t block = 0; block < payloadBytes; block += 5) {
        quint64 bits = 0;
        for (std::size_t i = 0; i < 5; ++i) {
            bits = (bits << 8) | payload.data()[block + i];
        }
        for (int shift = 35; shift >= 0; shift -= 5) {
            if (symbol > 0 && symbol % groupSize == 0) {
                text[out++] = QLatin1Char('-');
            }
            text[out++] = QLatin1Char(alphabet[(bits >> shift) & 0x1f]);
            ++symbol;
        }
        sodium_memzero(&bits, sizeof bits);
    }
    return text;
}

Result<SecureBytes> decode(const QString &text)
{
    if (!ensureSodium()) {
        return makeError(ErrorCode::Internal,
                         StorageTr::tr("The encryption library could not start. Please report "
                                       "this problem."),
                         QStringLiteral("sodium_init failed"));
    }
    SecureBytes symbols(symbolCount);
    std::size_t count = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        char16_t c = text.at(i).unicode();
        if (c >= 0xFF01 && c <= 0xFF5E) {
            c = static_cast<char16_t>(c - 0xFEE0); // full-width forms typed with a Chinese input method
        }
        if (isSeparator(c)) {
            continue;
        }
        if (c >= u'a' && c <= u'z') {
            c = static_cast<char16_t>(c - u'a' + u'A');
        }
        if (c == u'0') {
            c = u'O';
        } else if (c == u'1') {
            c = u'I';
        } else if (c == u'8') {
            c = u'B';
        }
        const int value = symbolValue(c);
        if (value < 0) {
            QString shown = text.mid(i, text.at(i).isHighSurrogate() && i + 1 < text.size() ? 2 : 1);
            if (!shown.at(0).isPrint()) {
                shown = QStringLiteral("U+%1")
                            .arg(static_cast<uint>(text.at(i).unicode()), 4, 16, QLatin1Char('0'))
                            .toUpper();
            }
            return makeError(ErrorCode::Validation,
                             StorageTr::tr("The recovery key contains '%1' in group %2, which is not used in recovery "
                                           "keys. They use only the letters A-Z and the digits 2-7; check that group "
                                           "against the printed key.")
                                 .arg(shown)
                                 .arg(count / groupSize + 1),
                             QStringLiteral("invalid character at text index %1").arg(i));
        }
        if (count < symbolCount) {
            symbols.data()[count] = static_cast<unsigned char>(value);
        }
        ++count;
    }
    if (count != symbolCount) {
        return makeError(ErrorCode::Validation,
                         StorageTr::tr("A recovery key has 56 letters and digits (14 groups of 4), but %1 were read. "
                                       "Check for a missing or an extra group, then try again.")
                             .arg(count),
                         QStringLiteral("%1 base32 characters instead of %2").arg(count).arg(symbolCount));
    }

    SecureBytes payload(payloadBytes);
    for (std::size_t block = 0; block < payloadBytes / 5; ++block) {
        quint64 bits = 0;
        for (std::size_t i = 0; i < 8; ++i) {
            bits = (bits << 5) | symbols.data()[block * 8 + i];
        }
        for (std::size_t i = 0; i < 5; ++i) {
            payload.data()[block * 5 + i] = static_cast<unsigned char>((bits >> (8 * (4 - i))) & 0xff);
        }
        sodium_memzero(&bits, sizeof bits);
    }
    unsigned char expected[checksumBytes];
    const bool hashed = checksum(payload.data(), expected);
    const bool matches = hashed && sodium_memcmp(expected, payload.data() + keyBytes, checksumBytes) == 0;
    sodium_memzero(expected, sizeof expected);
    if (!matches) {
        return makeError(ErrorCode::Validation,
                         StorageTr::tr("The recovery key is not correct: a character was mistyped. Check each group "
                                       "against the printed key, then try again."),
                         QStringLiteral("recovery key checksum mismatch"));
    }
    return SecureBytes(payload.data(), keyBytes);
}

QString rawKeyLiteral(const SecureBytes &dataKey)
{
    if (dataKey.size() != keyBytes) {
        return {};
    }
    static constexpr char hexDigits[] = "0123456789abcdef";
    QString literal(static_cast<qsizetype>(keyBytes * 2 + 3), Qt::Uninitialized);
    qsizetype out = 0;
    literal[out++] = QLatin1Char('x');
    literal[out++] = QLatin1Char('\'');
    for (std::size_t i = 0; i < keyBytes; ++i) {
        literal[out++] = QLatin1Char(hexDigits[dataKey.data()[i] >> 4]);
        literal[out++] = QLatin1Char(hexDigits[dataKey.data()[i] & 0x0f]);
    }
    literal[out++] = QLatin1Char('\'');
    return literal;
}

} // namespace caredesk::core::RecoveryKey
