// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/customers/Customer.h"

#include <QList>
#include <QString>

namespace caredesk::core {

/** A problem with one field of a form, in words for the person filling it in. */
struct FieldError {
    QString field;   ///< "name", "birthDate", "phone", "phone2", "email", "idNumber"
    QString message; ///< translated: what is wrong and what to enter
};

/**
 * Checks and normalises a customer before it is saved: required name, phone forms (PhoneNumber), no future or
 * pre-1900 birth date, well-formed email, valid resident ID number (ChineseIdNumber) agreeing with the birth date
 * and sex when those are given. Normalises in place (phones, ID number, trimmed text).
 */
namespace CustomerValidator {

[[nodiscard]] QList<FieldError> validate(Customer &customer, const QDate &today);

/** The errors as one message, for callers without a form (the CLI). */
[[nodiscard]] QString summary(const QList<FieldError> &errors);

} // namespace CustomerValidator

} // namespace caredesk::core
