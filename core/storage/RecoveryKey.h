// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/common/SecureBytes.h"

#include <QString>

namespace caredesk::core {

/**
 * The recovery key: the 32-byte data key plus a 3-byte checksum (BLAKE2b), written as RFC 4648 base32 without
 * padding in 14 groups of four characters separated by '-'. Parsing ignores case, spaces and dashes and reads
 * 0/1/8 typed for O/I/B... only where unambiguous (O->0 is not done: base32 has no 0 or 1, so 0->O, 1->I, 8->B).
 */
namespace RecoveryKey {

/** Formats @p dataKey (32 bytes) as a recovery key. */
[[nodiscard]] QString encode(const SecureBytes &dataKey);

/** Parses a recovery key; Validation error with a message for a wrong length, a bad character or checksum. */
[[nodiscard]] Result<SecureBytes> decode(const QString &text);

/** The SQLCipher raw-key literal for @p dataKey: x'…' with 64 lower-case hex digits. */
[[nodiscard]] QString rawKeyLiteral(const SecureBytes &dataKey);

} // namespace RecoveryKey

} // namespace caredesk::core
