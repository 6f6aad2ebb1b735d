// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/visits/Visit.h"

#include "core/common/Tr.h"

namespace caredesk::core {

const QList<VisitKind> &allVisitKinds()
{
    static const QList<VisitKind> kinds{VisitKind::Consultation, VisitKind::Examination, VisitKind::Purchase,
                                        VisitKind::FollowUp,     VisitKind::HealthCheck, VisitKind::Event};
    return kinds;
}

const QList<InteractionChannel> &allInteractionChannels()
{
    static const QList<InteractionChannel> channels{InteractionChannel::Phone,      InteractionChannel::Sms,
                                                    InteractionChannel::Email,      InteractionChannel::Online,
                                                    InteractionChannel::FaceToFace, InteractionChannel::Event};
    return channels;
}

QString visitKindId(VisitKind kind)
{
    switch (kind) {
    case VisitKind::Consultation: return QStringLiteral("consultation");
    case VisitKind::Examination: return QStringLiteral("examination");
    case VisitKind::Purchase: return QStringLiteral("purchase");
    case VisitKind::FollowUp: return QStringLiteral("follow_up");
    case VisitKind::HealthCheck: return QStringLiteral("health_check");
    case VisitKind::Event: return QStringLiteral("event");
    }
    return QStringLiteral("consultation");
}

std::optional<VisitKind> visitKindFromId(const QString &id)
{
    for (VisitKind kind : allVisitKinds()) {
        if (visitKindId(kind) == id) {
            return kind;
        }
    }
    return std::nullopt;
}

QString interactionChannelId(InteractionChannel channel)
{
    switch (channel) {
    case InteractionChannel::Phone: return QStringLiteral("phone");
    case InteractionChannel::Sms: return QStringLiteral("sms");
    case InteractionChannel::Email: return QStringLiteral("email");
    case InteractionChannel::Online: return QStringLiteral("online");
    case InteractionChannel::FaceToFace: return QStringLiteral("face_to_face");
    case InteractionChannel::Event: return QStringLiteral("event");
    }
    return QStringLiteral("phone");
}

std::optional<InteractionChannel> interactionChannelFromId(const QString &id)
{
    for (InteractionChannel channel : allInteractionChannels()) {
        if (interactionChannelId(channel) == id) {
            return channel;
        }
    }
    return std::nullopt;
}

QString directionId(Direction direction)
{
    return direction == Direction::Inbound ? QStringLiteral("in") : QStringLiteral("out");
}

std::optional<Direction> directionFromId(const QString &id)
{
    if (id == QLatin1String("in")) {
        return Direction::Inbound;
    }
    if (id == QLatin1String("out")) {
        return Direction::Outbound;
    }
    return std::nullopt;
}

QString visitKindLabel(VisitKind kind)
{
    switch (kind) {
    case VisitKind::Consultation: return VisitsTr::tr("Consultation");
    case VisitKind::Examination: return VisitsTr::tr("Examination");
    case VisitKind::Purchase: return VisitsTr::tr("Pharmacy purchase");
    case VisitKind::FollowUp: return VisitsTr::tr("Follow-up visit");
    case VisitKind::HealthCheck: return VisitsTr::tr("Health check");
    case VisitKind::Event: return VisitsTr::tr("Event");
    }
    return {};
}

QString interactionChannelLabel(InteractionChannel channel)
{
    switch (channel) {
    case InteractionChannel::Phone: return VisitsTr::tr("Phone");
    case InteractionChannel::Sms: return VisitsTr::tr("SMS");
    case InteractionChannel::Email: return VisitsTr::tr("Email");
    case InteractionChannel::Online: return VisitsTr::tr("WeChat / online");
    case InteractionChannel::FaceToFace: return VisitsTr::tr("Face to face");
    case InteractionChannel::Event: return VisitsTr::tr("Community event");
    }
    return {};
}

QString directionLabel(Direction direction)
{
    return direction == Direction::Inbound ? VisitsTr::tr("Inbound") : VisitsTr::tr("Outbound");
}

} // namespace caredesk::core
