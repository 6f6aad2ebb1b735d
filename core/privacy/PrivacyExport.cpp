// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/privacy/PrivacyExport.h"

#include "core/common/Tr.h"
#include "core/storage/SqlErrors.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

namespace caredesk::core {

namespace {

QJsonValue jsonValue(const QVariant &value)
{
    if (!value.isValid() || value.isNull()) {
        return QJsonValue(QJsonValue::Null);
    }
    switch (value.typeId()) {
    case QMetaType::QByteArray: return QString::fromLatin1(value.toByteArray().toBase64());
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong: return QJsonValue(value.toLongLong());
    case QMetaType::Double: return QJsonValue(value.toDouble());
    default: return QJsonValue(value.toString());
    }
}

} // namespace

const PrivacyExportSection *PrivacyExport::section(const QString &table) const
{
    for (const PrivacyExportSection &s : sections) {
        if (s.table == table) {
            return &s;
        }
    }
    return nullptr;
}

int PrivacyExport::rowCount() const
{
    int rows = 0;
    for (const PrivacyExportSection &s : sections) {
        rows += int(s.rows.size());
    }
    return rows;
}

QJsonObject PrivacyExport::toJson() const
{
    QJsonObject records;
    for (const PrivacyExportSection &s : sections) {
        QJsonArray rows;
        for (const QVariantList &row : s.rows) {
            QJsonObject object;
            for (int i = 0; i < s.columns.size() && i < row.size(); ++i) {
                object.insert(s.columns.at(i), jsonValue(row.at(i)));
            }
            rows.append(object);
        }
        records.insert(s.table, rows);
    }
    return QJsonObject{
        {QStringLiteral("format"), QStringLiteral("caredesk.personal-data-export")},
        {QStringLiteral("formatVersion"), 1},
        {QStringLiteral("customerId"), QJsonValue(customerId)},
        {QStringLiteral("exportedAt"), iso(exportedAt)},
        {QStringLiteral("exportedBy"), exportedBy},
        {QStringLiteral("site"), siteName},
        {QStringLiteral("records"), records},
    };
}

QByteArray PrivacyExport::toJsonBytes() const
{
    return QJsonDocument(toJson()).toJson(QJsonDocument::Indented);
}

QString PrivacyExport::sectionTitle(const QString &table)
{
    static const QList<std::pair<const char *, const char *>> titles{
        {"customer", QT_TRANSLATE_NOOP("caredesk::core::PrivacyTr", "Profile")},
        {"customer_tag", QT_TRANSLATE_NOOP("caredesk::core::PrivacyTr", "Tags")},
        {"consent_event", QT_TRANSLATE_NOOP("caredesk::core::PrivacyTr", "Consent history")},
        {"merge_journal", QT_TRANSLATE_NOOP("caredesk::core::PrivacyTr", "Merged duplicate records")},
        {"visit", QT_TRANSLATE_NOOP("caredesk::core::PrivacyTr", "Visits and purchases")},
        {"visit_item", QT_TRANSLATE_NOOP("caredesk::core::PrivacyTr", "Purchased items")},
        {"interaction", QT_TRANSLATE_NOOP("caredesk::core::PrivacyTr", "Contacts")},
        {"survey_response", QT_TRANSLATE_NOOP("caredesk::core::PrivacyTr", "Satisfaction surveys")},
        {"survey_score", QT_TRANSLATE_NOOP("caredesk::core::PrivacyTr", "Survey scores")},
        {"complaint", QT_TRANSLATE_NOOP("caredesk::core::PrivacyTr", "Complaints")},
        {"complaint_event", QT_TRANSLATE_NOOP("caredesk::core::PrivacyTr", "Complaint history")},
        {"follow_up_task", QT_TRANSLATE_NOOP("caredesk::core::PrivacyTr", "Follow-ups")},
        {"follow_up_reschedule", QT_TRANSLATE_NOOP("caredesk::core::PrivacyTr", "Follow-up reschedules")},
        {"loyalty_entry", QT_TRANSLATE_NOOP("caredesk::core::PrivacyTr", "Loyalty points")},
        {"loyalty_allocation", QT_TRANSLATE_NOOP("caredesk::core::PrivacyTr", "Points allocations")},
        {"loyalty_tier_event", QT_TRANSLATE_NOOP("caredesk::core::PrivacyTr", "Membership tier changes")},
        {"campaign", QT_TRANSLATE_NOOP("caredesk::core::PrivacyTr", "Campaigns")},
        {"campaign_member", QT_TRANSLATE_NOOP("caredesk::core::PrivacyTr", "Campaign participation")},
        {"customer_legal_hold", QT_TRANSLATE_NOOP("caredesk::core::PrivacyTr", "Legal hold")},
        {"customer_anonymisation", QT_TRANSLATE_NOOP("caredesk::core::PrivacyTr", "Anonymisation")},
        {"audit_event", QT_TRANSLATE_NOOP("caredesk::core::PrivacyTr", "Audit trail about this customer")},
    };
    for (const auto &[key, title] : titles) {
        if (table == QLatin1String(key)) {
            return PrivacyTr::tr(title);
        }
    }
    return table;
}

} // namespace caredesk::core
