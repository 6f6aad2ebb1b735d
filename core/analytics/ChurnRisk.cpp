// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analytics/ChurnRisk.h"

#include "core/common/Tr.h"
#include "core/loyalty/LoyaltyProgram.h"

#include <QLocale>

namespace caredesk::core {

namespace {

struct ReasonName {
    ChurnReasonCode code;
    const char *id;
};
constexpr ReasonName reasonNames[] = {
    {ChurnReasonCode::Overdue, "overdue"},
    {ChurnReasonCode::RefillGap, "refill_gap"},
    {ChurnReasonCode::Detractor, "detractor"},
    {ChurnReasonCode::OpenComplaint, "open_complaint"},
    {ChurnReasonCode::ComplaintBreached, "complaint_breached"},
    {ChurnReasonCode::TierDowngrade, "tier_downgrade"},
};

QString shortDate(const QDate &date)
{
    return QLocale().toString(date, QLocale::ShortFormat);
}

/** A figure with one decimal, in the user's locale. */
QString oneDecimal(double value)
{
    return QLocale().toString(value, 'f', 1);
}

} // namespace

QString churnBandId(ChurnBand band)
{
    switch (band) {
    case ChurnBand::None: return QStringLiteral("none");
    case ChurnBand::Low: return QStringLiteral("low");
    case ChurnBand::Medium: return QStringLiteral("medium");
    case ChurnBand::High: return QStringLiteral("high");
    case ChurnBand::Lapsed: return QStringLiteral("lapsed");
    }
    return QStringLiteral("none");
}

std::optional<ChurnBand> churnBandFromId(const QString &id)
{
    for (ChurnBand band : allChurnBands()) {
        if (churnBandId(band) == id) {
            return band;
        }
    }
    return std::nullopt;
}

QString churnBandLabel(ChurnBand band)
{
    switch (band) {
    case ChurnBand::None: return AnalyticsTr::tr("No risk");
    case ChurnBand::Low: return AnalyticsTr::tr("Low risk");
    case ChurnBand::Medium: return AnalyticsTr::tr("Medium risk");
    case ChurnBand::High: return AnalyticsTr::tr("High risk");
    case ChurnBand::Lapsed: return AnalyticsTr::tr("Lapsed");
    }
    return {};
}

const QList<ChurnBand> &allChurnBands()
{
    static const QList<ChurnBand> bands{ChurnBand::None, ChurnBand::Low, ChurnBand::Medium, ChurnBand::High,
                                        ChurnBand::Lapsed};
    return bands;
}

QString churnSegmentId(ChurnSegment segment)
{
    switch (segment) {
    case ChurnSegment::Chronic: return QStringLiteral("chronic");
    case ChurnSegment::Pharmacy: return QStringLiteral("pharmacy");
    case ChurnSegment::Clinic: return QStringLiteral("clinic");
    }
    return QStringLiteral("clinic");
}

std::optional<ChurnSegment> churnSegmentFromId(const QString &id)
{
    for (ChurnSegment segment : allChurnSegments()) {
        if (churnSegmentId(segment) == id) {
            return segment;
        }
    }
    return std::nullopt;
}

QString churnSegmentLabel(ChurnSegment segment)
{
    switch (segment) {
    case ChurnSegment::Chronic: return AnalyticsTr::tr("Chronic medication");
    case ChurnSegment::Pharmacy: return AnalyticsTr::tr("Pharmacy shoppers");
    case ChurnSegment::Clinic: return AnalyticsTr::tr("Clinic patients");
    }
    return {};
}

const QList<ChurnSegment> &allChurnSegments()
{
    static const QList<ChurnSegment> segments{ChurnSegment::Chronic, ChurnSegment::Pharmacy, ChurnSegment::Clinic};
    return segments;
}

QString churnReasonId(ChurnReasonCode code)
{
    for (const ReasonName &name : reasonNames) {
        if (name.code == code) {
            return QString::fromLatin1(name.id);
        }
    }
    return {};
}

std::optional<ChurnReasonCode> churnReasonFromId(const QString &id)
{
    for (const ReasonName &name : reasonNames) {
        if (id == QLatin1String(name.id)) {
            return name.code;
        }
    }
    return std::nullopt;
}

QString reasonText(const ChurnReason &reason)
{
    switch (reason.code) {
    case ChurnReasonCode::Overdue:
        return AnalyticsTr::tr("Last visit %1 days ago, usually every %2 days (%3× overdue)")
            .arg(reason.days)
            .arg(qRound(reason.usualDays))
            .arg(oneDecimal(reason.ratio));
    case ChurnReasonCode::RefillGap:
        return AnalyticsTr::tr("Medication ran out %1 days ago (supply bought on %2)")
            .arg(reason.days)
            .arg(shortDate(reason.date));
    case ChurnReasonCode::Detractor:
        if (reason.days >= 0) {
            return AnalyticsTr::tr("Detractor survey on %1 (would recommend: %2 of 10)")
                .arg(shortDate(reason.date))
                .arg(reason.days);
        }
        return AnalyticsTr::tr("Unhappy survey answer on %1 (satisfaction %2 of 5)")
            .arg(shortDate(reason.date))
            .arg(qRound(reason.ratio));
    case ChurnReasonCode::OpenComplaint: return AnalyticsTr::tr("Open complaint since %1").arg(shortDate(reason.date));
    case ChurnReasonCode::ComplaintBreached:
        return AnalyticsTr::tr("Open complaint past its time limit (received %1)").arg(shortDate(reason.date));
    case ChurnReasonCode::TierDowngrade:
        return AnalyticsTr::tr("%1 tier at risk: %2 qualifying points short on %3")
            .arg(LoyaltyProgram::tierName(reason.tier))
            .arg(reason.days)
            .arg(shortDate(reason.date));
    }
    return {};
}

QStringList reasonTexts(const ChurnRisk &risk, int limit)
{
    QStringList texts;
    for (const ChurnReason &reason : risk.reasons) {
        if (limit >= 0 && texts.size() >= limit) {
            break;
        }
        texts << reasonText(reason);
    }
    return texts;
}

QString encodeChurnReasons(const QList<ChurnReason> &reasons)
{
    QStringList parts;
    for (const ChurnReason &r : reasons) {
        parts << QStringList{churnReasonId(r.code),
                             QString::number(r.points),
                             QString::number(r.days),
                             QString::number(r.usualDays, 'g', 6),
                             QString::number(r.ratio, 'g', 6),
                             r.date.isValid() ? r.date.toString(Qt::ISODate) : QString(),
                             r.tier}
                     .join(QLatin1Char(':'));
    }
    return parts.join(QLatin1Char(';'));
}

QList<ChurnReason> decodeChurnReasons(const QString &text)
{
    QList<ChurnReason> reasons;
    const QStringList parts = text.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const QStringList f = part.split(QLatin1Char(':'));
        const auto code = f.isEmpty() ? std::nullopt : churnReasonFromId(f.at(0));
        if (!code || f.size() < 7) {
            continue;
        }
        ChurnReason r;
        r.code = *code;
        r.points = f.at(1).toInt();
        r.days = f.at(2).toInt();
        r.usualDays = f.at(3).toDouble();
        r.ratio = f.at(4).toDouble();
        r.date = QDate::fromString(f.at(5), Qt::ISODate);
        r.tier = f.at(6);
        reasons << r;
    }
    return reasons;
}

} // namespace caredesk::core
