// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace caredesk::core {

using CustomerId = qint64;

enum class CustomerKind { Individual, Organisation };
enum class Sex { Unknown, Female, Male };
enum class SourceChannel { Unknown, WalkIn, Referral, Campaign, Online };
enum class ContactChannel { None, Phone, Sms, Email, WeChat, Mail };
enum class LifecycleStage { Potential, Intending, Deciding, Active, Lost };
enum class ActivityStatus { Active, Dormant, Lost };

/**
 * A customer as the reception sees it (DOMAIN.md, Customers): an individual (patient, shopper) or an organisation
 * with a service agreement whose members are individuals. Stores the minimum necessary: no medical record.
 */
struct Customer {
    CustomerId id = 0; ///< 0 until saved
    CustomerKind kind = CustomerKind::Individual;
    std::optional<CustomerId> organisationId; ///< for members of an organisational customer
    QString name;
    Sex sex = Sex::Unknown;
    QDate birthDate; ///< invalid when unknown
    QString phone;   ///< normalised (PhoneNumber::normalize)
    QString phone2;  ///< normalised, optional
    QString email;
    QString address;
    QString region;
    QString memberNumber; ///< assigned at save when empty
    QString idNumber;     ///< resident ID, stored only when given
    SourceChannel source = SourceChannel::Unknown;
    std::optional<CustomerId> referredBy;
    ContactChannel preferredChannel = ContactChannel::None;
    QStringList tags;
    QString notes;
    QStringList categories;         ///< clinic: specialties and condition categories (专科/病种)
    bool chronicMedication = false; ///< pharmacy: needs regular medication
    LifecycleStage lifecycle = LifecycleStage::Active;
    QDateTime lastActivityAt;             ///< UTC; invalid when there has been none
    QDateTime createdAt;                  ///< UTC
    QDateTime updatedAt;                  ///< UTC
    std::optional<CustomerId> mergedInto; ///< set when merged away; such customers are hidden from lists
    /** Current consent, derived from the consent history (channel|purpose). */
    QStringList consents;
};

/** One event of the consent history: given or withdrawn, for one channel and purpose. */
struct ConsentEvent {
    qint64 id = 0;
    CustomerId customerId = 0;
    ContactChannel channel = ContactChannel::Sms;
    QString purpose; ///< "marketing", "service", "survey"
    bool granted = true;
    QDateTime at; ///< UTC
    QString recordedBy;
    QString note;
};

// Stable identifiers used in the database and on the command line.
QString kindId(CustomerKind kind);
QString sexId(Sex sex);
QString sourceId(SourceChannel source);
QString channelId(ContactChannel channel);
QString lifecycleId(LifecycleStage stage);
QString statusId(ActivityStatus status);
CustomerKind kindFromId(const QString &id);
Sex sexFromId(const QString &id);
SourceChannel sourceFromId(const QString &id);
ContactChannel channelFromId(const QString &id);
LifecycleStage lifecycleFromId(const QString &id);
std::optional<ActivityStatus> statusFromId(const QString &id);

// Translated names for people.
QString kindName(CustomerKind kind);
QString sexName(Sex sex);
QString sourceName(SourceChannel source);
QString channelName(ContactChannel channel);
QString lifecycleName(LifecycleStage stage);
QString statusName(ActivityStatus status);
QString purposeName(const QString &purpose);

/** Consent purposes CareDesk knows. */
const QStringList &consentPurposes();

/** Age in whole years on @p today, or -1 when the birth date is unknown. */
int ageOn(const QDate &birthDate, const QDate &today);

} // namespace caredesk::core
