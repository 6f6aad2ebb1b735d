// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/customers/Customer.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace caredesk::core {

/** The rows of one table that are about the customer, with the table's own column names. */
struct PrivacyExportSection {
    QString table; ///< database table, e.g. "visit"; stable, used as the JSON key
    QStringList columns;
    QList<QVariantList> rows; ///< one value per column; an invalid QVariant is SQL NULL
};

/**
 * Everything CareDesk holds about one customer (a privacy access request, PIPL art. 45 / GDPR art. 15): the profile
 * and any duplicate records merged into it, tags, consent history, merge journal, visits and their items,
 * interactions, survey responses and scores, complaints and their history, follow-up tasks and reschedules, loyalty
 * entries, allocations and tier changes, campaign memberships, legal hold, rollup rows and the audit entries about
 * the customer. Collected by PrivacyService::collect(); holds personal data, so it is written only where the user
 * chose, never logged.
 */
struct PrivacyExport {
    CustomerId customerId = 0;
    QDateTime exportedAt; ///< UTC
    QString exportedBy;
    QString siteName;
    QList<PrivacyExportSection> sections; ///< in a fixed order; every known table is present, maybe empty

    /** The section for @p table, or null when there is none. */
    [[nodiscard]] const PrivacyExportSection *section(const QString &table) const;
    /** Rows in all sections. */
    [[nodiscard]] int rowCount() const;
    /**
     * The export as a JSON object: {"format", "formatVersion", "customerId", "exportedAt", "exportedBy", "site",
     * "records": {table: [{column: value}]}}. Keys are sorted (stable output); NULL is null; blobs are base64.
     */
    [[nodiscard]] QJsonObject toJson() const;
    /** toJson() as indented UTF-8 text. */
    [[nodiscard]] QByteArray toJsonBytes() const;

    /** A translated heading for a section of @p table ("Visits and purchases"); the table name when unknown. */
    [[nodiscard]] static QString sectionTitle(const QString &table);
};

} // namespace caredesk::core
