// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/ProductClass.h"
#include "core/customers/Customer.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace caredesk::core {

using VisitId = qint64;

/** What brought the customer in (DOMAIN.md, Visits and purchases). */
enum class VisitKind { Consultation, Examination, Purchase, FollowUp, HealthCheck, Event };

/** One line of a purchase: a drug, device or service. */
struct VisitItem {
    qint64 id = 0; ///< 0 until saved
    QString name;
    ProductClass productClass = ProductClass::Otc;
    int quantity = 1;
    qint64 unitPriceCents = 0;

    /** quantity × unit price, in cents. */
    [[nodiscard]] qint64 totalCents() const { return static_cast<qint64>(quantity) * unitPriceCents; }
};

/** A visit or purchase. Recording one moves the customer's last activity forward. */
struct Visit {
    VisitId id = 0; ///< 0 until saved
    CustomerId customerId = 0;
    VisitKind kind = VisitKind::Consultation;
    QDateTime at;           ///< UTC; when invalid, addVisit() uses now
    QString department;     ///< department or specialty (科室/专科), free text
    QString staff;          ///< attending staff member
    qint64 amountCents = 0; ///< what was paid; when 0 and there are items, the items' total
    std::optional<int> waitingMinutes;
    std::optional<int> daysSupply; ///< purchases: how many days the medication lasts (refill reminders)
    QString notes;
    QList<VisitItem> items;
    QDateTime createdAt; ///< UTC, set when saved
    QString createdBy;   ///< user who recorded it, set when saved
};

/** How a contact happened (DOMAIN.md, Interactions). */
enum class InteractionChannel { Phone, Sms, Email, Online, FaceToFace, Event };
enum class Direction { Inbound, Outbound };

/** One contact with a customer: a call, message, conversation or event. */
struct Interaction {
    qint64 id = 0; ///< 0 until saved
    CustomerId customerId = 0;
    InteractionChannel channel = InteractionChannel::Phone;
    Direction direction = Direction::Outbound;
    QDateTime at; ///< UTC; when invalid, addInteraction() uses now
    QString staff;
    QString summary;
    std::optional<VisitId> visitId; ///< the visit it is about, if any
    QDateTime createdAt;
    QString createdBy;
};

// Stable ids stored in the database and used on the command line.
QString visitKindId(VisitKind kind);
std::optional<VisitKind> visitKindFromId(const QString &id);
QString interactionChannelId(InteractionChannel channel);
std::optional<InteractionChannel> interactionChannelFromId(const QString &id);
QString directionId(Direction direction); ///< "in" or "out"
std::optional<Direction> directionFromId(const QString &id);

// Translated names for people.
QString visitKindLabel(VisitKind kind);
QString interactionChannelLabel(InteractionChannel channel);
QString directionLabel(Direction direction);

/** All kinds and channels in display order. */
const QList<VisitKind> &allVisitKinds();
const QList<InteractionChannel> &allInteractionChannels();

} // namespace caredesk::core
