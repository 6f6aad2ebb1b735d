// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/feedback/SurveyTemplate.h"

#include "core/common/Tr.h"

#include <array>

namespace caredesk::core {

namespace {

struct KnownDimension {
    const char *key;
    const char *label; ///< source text for FeedbackTr::tr
};

constexpr std::array<KnownDimension, 8> knownDimensions{{
    {"registration_convenience", QT_TRANSLATE_NOOP("caredesk::core::FeedbackTr", "Registration convenience")},
    {"waiting_time", QT_TRANSLATE_NOOP("caredesk::core::FeedbackTr", "Waiting time")},
    {"diagnosis_accuracy", QT_TRANSLATE_NOOP("caredesk::core::FeedbackTr", "Diagnosis accuracy")},
    {"staff_attitude", QT_TRANSLATE_NOOP("caredesk::core::FeedbackTr", "Staff attitude")},
    {"environment", QT_TRANSLATE_NOOP("caredesk::core::FeedbackTr", "Environment")},
    {"medication_guidance", QT_TRANSLATE_NOOP("caredesk::core::FeedbackTr", "Medication guidance")},
    {"price_value", QT_TRANSLATE_NOOP("caredesk::core::FeedbackTr", "Price / value")},
    {"after_sales_service", QT_TRANSLATE_NOOP("caredesk::core::FeedbackTr", "After-sales service")},
}};

} // namespace

QString defaultDimensionLabel(const QString &key)
{
    for (const KnownDimension &known : knownDimensions) {
        if (key == QLatin1String(known.key)) {
            return FeedbackTr::tr(known.label);
        }
    }
    return key;
}

QStringList defaultDimensionKeys(SiteProfile profile)
{
    if (profile == SiteProfile::Pharmacy) {
        return {QStringLiteral("waiting_time"),        QStringLiteral("staff_attitude"),
                QStringLiteral("medication_guidance"), QStringLiteral("environment"),
                QStringLiteral("price_value"),         QStringLiteral("after_sales_service")};
    }
    return {QStringLiteral("registration_convenience"),
            QStringLiteral("waiting_time"),
            QStringLiteral("diagnosis_accuracy"),
            QStringLiteral("staff_attitude"),
            QStringLiteral("environment"),
            QStringLiteral("price_value")};
}

QString SurveyDimension::displayLabel() const
{
    return label.isEmpty() ? defaultDimensionLabel(key) : label;
}

QList<SurveyDimension> SurveyTemplate::activeDimensions() const
{
    QList<SurveyDimension> active;
    for (const SurveyDimension &d : dimensions) {
        if (!d.retired) {
            active << d;
        }
    }
    return active;
}

const SurveyDimension *SurveyTemplate::dimension(const QString &key) const
{
    for (const SurveyDimension &d : dimensions) {
        if (d.key == key) {
            return &d;
        }
    }
    return nullptr;
}

const SurveyDimension *SurveyTemplate::dimensionById(qint64 dimensionId) const
{
    for (const SurveyDimension &d : dimensions) {
        if (d.id == dimensionId) {
            return &d;
        }
    }
    return nullptr;
}

QString SurveyTemplate::displayName() const
{
    if (!name.isEmpty()) {
        return name;
    }
    return profile == SiteProfile::Pharmacy ? FeedbackTr::tr("Pharmacy satisfaction survey")
                                            : FeedbackTr::tr("Clinic satisfaction survey");
}

QString surveyChannelId(SurveyChannel channel)
{
    switch (channel) {
    case SurveyChannel::Paper: return QStringLiteral("paper");
    case SurveyChannel::Phone: return QStringLiteral("phone");
    case SurveyChannel::Kiosk: return QStringLiteral("kiosk");
    case SurveyChannel::Interview: return QStringLiteral("interview");
    }
    return QStringLiteral("paper");
}

std::optional<SurveyChannel> surveyChannelFromId(const QString &id)
{
    for (SurveyChannel c :
         {SurveyChannel::Paper, SurveyChannel::Phone, SurveyChannel::Kiosk, SurveyChannel::Interview}) {
        if (surveyChannelId(c) == id) {
            return c;
        }
    }
    return std::nullopt;
}

QString surveyChannelLabel(SurveyChannel channel)
{
    switch (channel) {
    case SurveyChannel::Paper: return FeedbackTr::tr("Paper form");
    case SurveyChannel::Phone: return FeedbackTr::tr("Phone follow-up");
    case SurveyChannel::Kiosk: return FeedbackTr::tr("Kiosk / online");
    case SurveyChannel::Interview: return FeedbackTr::tr("Interview");
    }
    return {};
}

} // namespace caredesk::core
