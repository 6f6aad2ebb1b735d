// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

#include <cstddef>

namespace caredesk::core {

/**
 * Key material in locked, guarded memory (libsodium sodium_malloc), wiped with sodium_memzero when it goes away.
 * Move-only. Never convert to QString or QByteArray except to hand it to a library call, and wipe that copy.
 */
class SecureBytes final {
public:
    SecureBytes() = default;
    explicit SecureBytes(std::size_t size);
    /** Copies @p size bytes from @p data. */
    SecureBytes(const void *data, std::size_t size);
    ~SecureBytes();
    SecureBytes(SecureBytes &&other) noexcept;
    SecureBytes &operator=(SecureBytes &&other) noexcept;
    SecureBytes(const SecureBytes &) = delete;
    SecureBytes &operator=(const SecureBytes &) = delete;

    /** Random bytes from the operating system's CSPRNG. */
    static SecureBytes random(std::size_t size);
    /** Copies @p bytes and wipes @p bytes in place. */
    static SecureBytes takeFrom(QByteArray &bytes);

    [[nodiscard]] unsigned char *data() { return m_data; }
    [[nodiscard]] const unsigned char *data() const { return m_data; }
    [[nodiscard]] std::size_t size() const { return m_size; }
    [[nodiscard]] bool isEmpty() const { return m_size == 0; }
    /** Constant-time comparison. */
    [[nodiscard]] bool equals(const SecureBytes &other) const;
    void clear();

private:
    unsigned char *m_data = nullptr;
    std::size_t m_size = 0;
};

/** Wipes a QByteArray / QString buffer in place (detaching first would leave a copy, so call on the owner). */
void wipe(QByteArray &bytes);
void wipe(QString &text);

/** Initialises libsodium once; safe to call many times. Returns false if the library cannot start. */
bool ensureSodium();

} // namespace caredesk::core
