// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/customers/CustomerValidator.h"

#include "core/common/Tr.h"
#include "core/customers/ChineseIdNumber.h"
#include "core/customers/PhoneNumber.h"

#include <QRegularExpression>

namespace caredesk::core {

namespace CustomerValidator {

QList<FieldError> validate(Customer &customer, const QDate &today)
{
    QList<FieldError> errors;
    customer.name = customer.name.simplified();
    customer.email = customer.email.trimmed();
    customer.address = customer.address.trimmed();
    customer.region = customer.region.trimmed();
    customer.memberNumber = customer.memberNumber.trimmed().toUpper();
    customer.idNumber = customer.idNumber.trimmed();

    if (customer.name.isEmpty()) {
        errors.append({QStringLiteral("name"), CustomersTr::tr("Enter the customer's name.")});
    } else if (customer.name.size() > 100) {
        errors.append({QStringLiteral("name"), CustomersTr::tr("A name can have at most 100 characters.")});
    }

    if (customer.birthDate.isValid()) {
        if (customer.birthDate > today) {
            errors.append(
                {QStringLiteral("birthDate"), CustomersTr::tr("The date of birth is in the future. Check the year.")});
        } else if (customer.birthDate.year() < 1900) {
            errors.append(
                {QStringLiteral("birthDate"), CustomersTr::tr("The date of birth is before 1900. Check the year.")});
        }
    }

    const auto checkPhone = [&errors](QString &phone, const QString &field) {
        if (phone.trimmed().isEmpty()) {
            phone.clear();
            return;
        }
        auto normalized = PhoneNumber::normalize(phone);
        if (normalized) {
            phone = *normalized;
        } else {
            errors.append({field, normalized.error().message});
        }
    };
    checkPhone(customer.phone, QStringLiteral("phone"));
    checkPhone(customer.phone2, QStringLiteral("phone2"));
    if (!customer.phone.isEmpty() && customer.phone == customer.phone2) {
        customer.phone2.clear();
    }

    static const QRegularExpression emailPattern(
        QStringLiteral("^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
                       "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$"));
    if (!customer.email.isEmpty() && !emailPattern.match(customer.email).hasMatch()) {
        errors.append({QStringLiteral("email"),
                       CustomersTr::tr("The email address is not complete. It looks like name@example.com.")});
    }

    if (!customer.idNumber.isEmpty()) {
        auto parsed = ChineseIdNumber::parse(customer.idNumber, today);
        if (!parsed) {
            errors.append({QStringLiteral("idNumber"), parsed.error().message});
        } else {
            customer.idNumber = parsed->normalized;
            if (customer.birthDate.isValid() && customer.birthDate != parsed->birthDate) {
                errors.append(
                    {QStringLiteral("idNumber"),
                     CustomersTr::tr("The ID number gives the birth date %1, but the form says %2. "
                                     "Correct whichever is wrong.")
                         .arg(parsed->birthDate.toString(Qt::ISODate), customer.birthDate.toString(Qt::ISODate))});
            } else if (customer.sex != Sex::Unknown && (customer.sex == Sex::Male) != parsed->male) {
                errors.append({QStringLiteral("idNumber"),
                               CustomersTr::tr("The ID number belongs to a %1 person, but the form says %2. "
                                               "Correct whichever is wrong.")
                                   .arg(sexName(parsed->male ? Sex::Male : Sex::Female), sexName(customer.sex))});
            } else if (!customer.birthDate.isValid()) {
                customer.birthDate = parsed->birthDate;
            }
        }
    }
    return errors;
}

QString summary(const QList<FieldError> &errors)
{
    QStringList messages;
    for (const FieldError &error : errors) {
        messages << error.message;
    }
    return messages.join(QLatin1Char(' '));
}

} // namespace CustomerValidator

} // namespace caredesk::core
