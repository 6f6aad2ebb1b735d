// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace caredesk::core {

/** What kind of failure an Error is; the CLI maps these to exit codes. */
enum class ErrorCode {
    Internal,         ///< a bug or an unexpected library failure
    Usage,            ///< the caller passed something that cannot work (bad argument, bad option)
    Validation,       ///< user input failed a rule; message says which field and why
    AuthFailed,       ///< wrong user name or password, or the account is disabled
    NotFound,         ///< a file or record that was asked for does not exist
    NotCareDesk,      ///< the file is not a CareDesk database (or its keyring does not belong to it)
    KeyringMissing,   ///< the keyring beside the database is missing
    KeyringDamaged,   ///< the keyring is unreadable or fails its checks
    Corrupt,          ///< the database is truncated or damaged
    TooNew,           ///< the database was written by a newer CareDesk
    Locked,           ///< another running CareDesk has the database open
    ReadOnly,         ///< the database or its folder cannot be written
    DiskFull,         ///< a write failed for lack of space
    Integrity,        ///< integrity or foreign-key checks found problems
    PermissionDenied, ///< the signed-in role may not do this
    Conflict,         ///< the operation conflicts with existing data (duplicate name, ...)
    Io,               ///< any other file-system error
    TooManyAttempts,  ///< sign-in refused for now after repeated wrong passwords; message says when
};

/** A failure that crosses from core to the UI or CLI. */
struct Error {
    ErrorCode code = ErrorCode::Internal;
    QString message; ///< translated, for people: says what happened and what to do
    QString detail;  ///< technical, for logs and bug reports; never contains personal data or keys
};

/**
 * A value or an Error. Small expected-like type; nothing throws out of core.
 */
template <typename T> class [[nodiscard]] Result {
public:
    Result(T value) : m_state(std::move(value)) {}     // NOLINT(google-explicit-constructor)
    Result(Error error) : m_state(std::move(error)) {} // NOLINT(google-explicit-constructor)

    [[nodiscard]] bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    [[nodiscard]] T &value() & { return std::get<T>(m_state); }
    [[nodiscard]] const T &value() const & { return std::get<T>(m_state); }
    // By value, so that `for (auto &x : *repo.page(...))` keeps the list alive for the loop.
    [[nodiscard]] T value() && { return std::get<T>(std::move(m_state)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }
    T operator*() && { return std::move(*this).value(); }

    [[nodiscard]] const Error &error() const { return std::get<Error>(m_state); }

private:
    std::variant<T, Error> m_state;
};

/** Result of an operation with no value. */
template <> class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {} // NOLINT(google-explicit-constructor)

    [[nodiscard]] bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    [[nodiscard]] const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

inline Error makeError(ErrorCode code, QString message, QString detail = {})
{
    return Error{code, std::move(message), std::move(detail)};
}

} // namespace caredesk::core
