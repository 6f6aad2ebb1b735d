// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/customers/Customer.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>

namespace caredesk::ui {

/**
 * How the customer pages write customer values for people: dates, masked phones and ID numbers, merge field names
 * and one-line summaries. Shared so the list, profile, duplicate warning and merge dialog say things the same way.
 */
class CustomerText final {
    Q_DECLARE_TR_FUNCTIONS(caredesk::ui::CustomerText)

public:
    CustomerText() = delete;

    /** yyyy-MM-dd, the form reception staff write dates in; "Not known" when invalid. */
    [[nodiscard]] static QString date(const QDate &date);
    /** A UTC time in local time as yyyy-MM-dd HH:mm; empty when invalid. */
    [[nodiscard]] static QString dateTime(const QDateTime &utc);
    /** Local date of a UTC time; empty when invalid. */
    [[nodiscard]] static QString localDate(const QDateTime &utc);
    [[nodiscard]] static QString maskedPhone(const QString &normalized);
    [[nodiscard]] static QString maskedIdNumber(const QString &normalized);
    /** "Age 43" style text for a birth date, or "Age not known". */
    [[nodiscard]] static QString age(const QDate &birthDate, const QDate &today);

    /** Translated label of a field key from CustomerRepository::mergeableFields(). */
    [[nodiscard]] static QString fieldLabel(const QString &fieldKey);
    /** The value of a mergeable field for people; phone and ID numbers masked; "(empty)" when empty. */
    [[nodiscard]] static QString fieldValue(const core::Customer &customer, const QString &fieldKey);

    /** "SMS · Marketing" */
    [[nodiscard]] static QString consentKey(core::ContactChannel channel, const QString &purpose);
    /** The reasons of a possible duplicate in one line, with the language's list separator. */
    [[nodiscard]] static QString reasons(const QStringList &reasons);
    /** One line per candidate: name · masked phone · birth date · member number. */
    [[nodiscard]] static QString summaryLine(const core::Customer &customer);
};

} // namespace caredesk::ui
