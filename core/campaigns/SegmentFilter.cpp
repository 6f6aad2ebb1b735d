// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/campaigns/SegmentFilter.h"

#include "core/common/Tr.h"
#include "core/loyalty/LoyaltyProgram.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace caredesk::core {

namespace {

// Keys of the JSON form; anything else is kept in SegmentFilter::unsupported.
const QLatin1String keyKind("kind");
const QLatin1String keySex("sex");
const QLatin1String keyMinAge("minAge");
const QLatin1String keyMaxAge("maxAge");
const QLatin1String keyRegions("regions");
const QLatin1String keyTags("tags");
const QLatin1String keySources("sources");
const QLatin1String keyActivity("activity");
const QLatin1String keyTiers("loyaltyTiers");
const QLatin1String keyLastBefore("lastVisitBefore");
const QLatin1String keyLastSince("lastVisitSince");
const QLatin1String keyDepartment("visitDepartment");
const QLatin1String keyVisitKinds("visitKinds");
const QLatin1String keyVisitFrom("visitFrom");
const QLatin1String keyVisitTo("visitTo");

const QList<QLatin1String> &knownKeys()
{
    static const QList<QLatin1String> keys{keyKind,      keySex,        keyMinAge,     keyMaxAge,    keyRegions,
                                           keyTags,      keySources,    keyActivity,   keyTiers,     keyLastBefore,
                                           keyLastSince, keyDepartment, keyVisitKinds, keyVisitFrom, keyVisitTo};
    return keys;
}

QJsonArray strings(const QStringList &values)
{
    QJsonArray array;
    for (const QString &v : values) {
        array.append(v);
    }
    return array;
}

bool readStrings(const QJsonValue &value, QStringList *out)
{
    if (value.isUndefined()) {
        return true;
    }
    if (!value.isArray()) {
        return false;
    }
    for (const QJsonValue &v : value.toArray()) {
        if (!v.isString()) {
            return false;
        }
        out->append(v.toString());
    }
    return true;
}

bool readDate(const QJsonValue &value, QDate *out)
{
    if (value.isUndefined()) {
        return true;
    }
    *out = QDate::fromString(value.toString(), Qt::ISODate);
    return out->isValid();
}

bool readAge(const QJsonValue &value, std::optional<int> *out)
{
    if (value.isUndefined()) {
        return true;
    }
    if (!value.isDouble() || value.toInt(-1) < 0 || value.toInt(-1) > 150) {
        return false;
    }
    *out = value.toInt();
    return true;
}

} // namespace

bool SegmentFilter::hasVisitCriterion() const
{
    return !visitDepartment.isEmpty() || !visitKinds.isEmpty() || visitFrom.isValid() || visitTo.isValid();
}

bool SegmentFilter::isEmpty() const
{
    return *this == SegmentFilter{};
}

QString SegmentFilter::toJson() const
{
    QJsonObject o = unsupported;
    if (kind) {
        o.insert(keyKind, kindId(*kind));
    }
    if (sex) {
        o.insert(keySex, sexId(*sex));
    }
    if (minAge) {
        o.insert(keyMinAge, *minAge);
    }
    if (maxAge) {
        o.insert(keyMaxAge, *maxAge);
    }
    if (!regions.isEmpty()) {
        o.insert(keyRegions, strings(regions));
    }
    if (!tags.isEmpty()) {
        o.insert(keyTags, strings(tags));
    }
    if (!sources.isEmpty()) {
        QStringList ids;
        for (SourceChannel s : sources) {
            ids << sourceId(s);
        }
        o.insert(keySources, strings(ids));
    }
    if (!activity.isEmpty()) {
        QStringList ids;
        for (ActivityStatus s : activity) {
            ids << statusId(s);
        }
        o.insert(keyActivity, strings(ids));
    }
    if (!loyaltyTiers.isEmpty()) {
        o.insert(keyTiers, strings(loyaltyTiers));
    }
    if (lastVisitBefore.isValid()) {
        o.insert(keyLastBefore, lastVisitBefore.toString(Qt::ISODate));
    }
    if (lastVisitSince.isValid()) {
        o.insert(keyLastSince, lastVisitSince.toString(Qt::ISODate));
    }
    if (!visitDepartment.isEmpty()) {
        o.insert(keyDepartment, visitDepartment);
    }
    if (!visitKinds.isEmpty()) {
        QStringList ids;
        for (VisitKind k : visitKinds) {
            ids << visitKindId(k);
        }
        o.insert(keyVisitKinds, strings(ids));
    }
    if (visitFrom.isValid()) {
        o.insert(keyVisitFrom, visitFrom.toString(Qt::ISODate));
    }
    if (visitTo.isValid()) {
        o.insert(keyVisitTo, visitTo.toString(Qt::ISODate));
    }
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

Result<SegmentFilter> SegmentFilter::fromJson(const QString &text)
{
    const auto invalid = [] {
        return makeError(ErrorCode::Validation, CampaignsTr::tr("The saved segment cannot be read. Open it, set its "
                                                                "filters again and save it."));
    };
    QJsonParseError parseError{};
    const QJsonDocument doc =
        QJsonDocument::fromJson(text.trimmed().isEmpty() ? QByteArrayLiteral("{}") : text.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        return invalid();
    }
    const QJsonObject o = doc.object();
    SegmentFilter f;
    if (o.contains(keyKind)) {
        const QString id = o.value(keyKind).toString();
        if (id != kindId(CustomerKind::Individual) && id != kindId(CustomerKind::Organisation)) {
            return invalid();
        }
        f.kind = kindFromId(id);
    }
    if (o.contains(keySex)) {
        const QString id = o.value(keySex).toString();
        if (sexId(sexFromId(id)) != id) {
            return invalid();
        }
        f.sex = sexFromId(id);
    }
    QStringList sources;
    QStringList activity;
    QStringList visitKinds;
    if (!readAge(o.value(keyMinAge), &f.minAge) || !readAge(o.value(keyMaxAge), &f.maxAge) ||
        !readStrings(o.value(keyRegions), &f.regions) || !readStrings(o.value(keyTags), &f.tags) ||
        !readStrings(o.value(keySources), &sources) || !readStrings(o.value(keyActivity), &activity) ||
        !readStrings(o.value(keyTiers), &f.loyaltyTiers) || !readStrings(o.value(keyVisitKinds), &visitKinds) ||
        !readDate(o.value(keyLastBefore), &f.lastVisitBefore) || !readDate(o.value(keyLastSince), &f.lastVisitSince) ||
        !readDate(o.value(keyVisitFrom), &f.visitFrom) || !readDate(o.value(keyVisitTo), &f.visitTo)) {
        return invalid();
    }
    for (const QString &id : std::as_const(sources)) {
        if (sourceId(sourceFromId(id)) != id) {
            return invalid();
        }
        f.sources << sourceFromId(id);
    }
    for (const QString &id : std::as_const(activity)) {
        const auto status = statusFromId(id);
        if (!status) {
            return invalid();
        }
        f.activity << *status;
    }
    for (const QString &id : std::as_const(visitKinds)) {
        const auto kind = visitKindFromId(id);
        if (!kind) {
            return invalid();
        }
        f.visitKinds << *kind;
    }
    if (o.contains(keyDepartment)) {
        if (!o.value(keyDepartment).isString()) {
            return invalid();
        }
        f.visitDepartment = o.value(keyDepartment).toString();
    }
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        if (!knownKeys().contains(QLatin1String(it.key().toLatin1()))) {
            f.unsupported.insert(it.key(), it.value());
        }
    }
    return f;
}

QString SegmentFilter::describe() const
{
    QStringList parts;
    const QString list = CampaignsTr::tr(", ");
    if (kind) {
        parts << kindName(*kind);
    }
    if (sex) {
        parts << sexName(*sex);
    }
    if (minAge && maxAge) {
        parts << CampaignsTr::tr("Age %1–%2").arg(*minAge).arg(*maxAge);
    } else if (minAge) {
        parts << CampaignsTr::tr("Age %1 or older").arg(*minAge);
    } else if (maxAge) {
        parts << CampaignsTr::tr("Age %1 or younger").arg(*maxAge);
    }
    if (!regions.isEmpty()) {
        parts << CampaignsTr::tr("Region: %1").arg(regions.join(list));
    }
    if (!tags.isEmpty()) {
        parts << CampaignsTr::tr("Tags: %1").arg(tags.join(list));
    }
    if (!sources.isEmpty()) {
        QStringList names;
        for (SourceChannel s : sources) {
            names << sourceName(s);
        }
        parts << CampaignsTr::tr("Source: %1").arg(names.join(list));
    }
    if (!activity.isEmpty()) {
        QStringList names;
        for (ActivityStatus s : activity) {
            names << statusName(s);
        }
        parts << names.join(list);
    }
    if (!loyaltyTiers.isEmpty()) {
        QStringList names;
        for (const QString &t : loyaltyTiers) {
            names << LoyaltyProgram::tierName(t);
        }
        parts << CampaignsTr::tr("Tier: %1").arg(names.join(list));
    }
    if (lastVisitBefore.isValid()) {
        parts << CampaignsTr::tr("Last visit before %1").arg(lastVisitBefore.toString(Qt::ISODate));
    }
    if (lastVisitSince.isValid()) {
        parts << CampaignsTr::tr("Last visit on or after %1").arg(lastVisitSince.toString(Qt::ISODate));
    }
    if (hasVisitCriterion()) {
        QStringList what;
        if (!visitKinds.isEmpty()) {
            QStringList names;
            for (VisitKind k : visitKinds) {
                names << visitKindLabel(k);
            }
            what << names.join(list);
        }
        if (!visitDepartment.isEmpty()) {
            what << visitDepartment;
        }
        if (visitFrom.isValid() || visitTo.isValid()) {
            what << CampaignsTr::tr("%1 to %2")
                        .arg(visitFrom.isValid() ? visitFrom.toString(Qt::ISODate) : CampaignsTr::tr("any time"),
                             visitTo.isValid() ? visitTo.toString(Qt::ISODate) : CampaignsTr::tr("today"));
        }
        parts << CampaignsTr::tr("Visited: %1").arg(what.join(CampaignsTr::tr(" · ")));
    }
    if (!unsupported.isEmpty()) {
        parts << CampaignsTr::tr("%n criterion/criteria this version cannot use", nullptr,
                                 static_cast<int>(unsupported.size()));
    }
    return parts.isEmpty() ? CampaignsTr::tr("All customers") : parts.join(CampaignsTr::tr("; "));
}

} // namespace caredesk::core
