// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/common/SecureBytes.h"

#include <QString>

#include <sodium.h>

#include <cstring>
#include <new>
#include <utility>

namespace caredesk::core {

bool ensureSodium()
{
    static const bool ok = sodium_init() >= 0;
    return ok;
}

SecureBytes::SecureBytes(std::size_t size)
{
    if (size == 0) {
        return;
    }
    ensureSodium();
    m_data = static_cast<unsigned char *>(sodium_malloc(size));
    if (m_data == nullptr) {
        throw std::bad_alloc();
    }
    m_size = size;
    sodium_memzero(m_data, m_size);
}

SecureBytes::SecureBytes(const void *data, std::size_t size) : SecureBytes(size)
{
    if (size > 0) {
        std::memcpy(m_data, data, size);
    }
}

SecureBytes::~SecureBytes()
{
    clear();
}

SecureBytes::SecureBytes(SecureBytes &&other) noexcept
    : m_data(std::exchange(other.m_data, nullptr)), m_size(std::exchange(other.m_size, 0))
{
}

SecureBytes &SecureBytes::operator=(SecureBytes &&other) noexcept
{
    if (this != &other) {
        clear();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

SecureBytes SecureBytes::random(std::size_t size)
{
    SecureBytes bytes(size);
    randombytes_buf(bytes.data(), size);
    return bytes;
}

SecureBytes SecureBytes::takeFrom(QByteArray &bytes)
{
    SecureBytes out(bytes.constData(), static_cast<std::size_t>(bytes.size()));
    wipe(bytes);
    return out;
}

bool SecureBytes::equals(const SecureBytes &other) const
{
    return m_size == other.m_size && (m_size == 0 || sodium_memcmp(m_data, other.m_data, m_size) == 0);
}

void SecureBytes::clear()
{
    if (m_data != nullptr) {
        sodium_free(m_data); // sodium_free wipes before releasing
    }
    m_data = nullptr;
    m_size = 0;
}

void wipe(QByteArray &bytes)
{
    if (!bytes.isEmpty() && !bytes.isDetached()) {
        // Shared data: wiping would touch another owner's copy; drop our reference instead.
        bytes = QByteArray();
        return;
    }
    if (!bytes.isEmpty()) {
        sodium_memzero(bytes.data(), static_cast<std::size_t>(bytes.size()));
    }
    bytes.clear();
}

void wipe(QString &text)
{
    if (!text.isEmpty() && text.isDetached()) {
        sodium_memzero(text.data(), static_cast<std::size_t>(text.size()) * sizeof(QChar));
    }
    text.clear();
}

} // namespace caredesk::core
