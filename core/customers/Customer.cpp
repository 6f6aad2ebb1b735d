// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/customers/Customer.h"

#include "core/common/Tr.h"

#include <array>
#include <utility>

namespace caredesk::core {

namespace {

template <typename E, std::size_t N> QString idOf(const std::array<std::pair<E, const char *>, N> &table, E value)
{
    for (const auto &[e, id] : table) {
        if (e == value) {
            return QString::fromLatin1(id);
        }
    }
    return QString::fromLatin1(table.front().second);
}

template <typename E, std::size_t N>
std::optional<E> fromId(const std::array<std::pair<E, const char *>, N> &table, const QString &id)
{
    for (const auto &[e, text] : table) {
        if (id == QLatin1String(text)) {
            return e;
        }
    }
    return std::nullopt;
}

constexpr std::array<std::pair<CustomerKind, const char *>, 2> kinds{
    {{CustomerKind::Individual, "individual"}, {CustomerKind::Organisation, "organisation"}}};
constexpr std::array<std::pair<Sex, const char *>, 3> sexes{
    {{Sex::Unknown, "unknown"}, {Sex::Female, "F"}, {Sex::Male, "M"}}};
constexpr std::array<std::pair<SourceChannel, const char *>, 5> sources{{{SourceChannel::Unknown, "unknown"},
                                                                         {SourceChannel::WalkIn, "walk-in"},
                                                                         {SourceChannel::Referral, "referral"},
                                                                         {SourceChannel::Campaign, "campaign"},
                                                                         {SourceChannel::Online, "online"}}};
constexpr std::array<std::pair<ContactChannel, const char *>, 6> channels{{{ContactChannel::None, "none"},
                                                                           {ContactChannel::Phone, "phone"},
                                                                           {ContactChannel::Sms, "sms"},
                                                                           {ContactChannel::Email, "email"},
                                                                           {ContactChannel::WeChat, "wechat"},
                                                                           {ContactChannel::Mail, "mail"}}};
constexpr std::array<std::pair<LifecycleStage, const char *>, 5> stages{{{LifecycleStage::Potential, "potential"},
                                                                         {LifecycleStage::Intending, "intending"},
                                                                         {LifecycleStage::Deciding, "deciding"},
                                                                         {LifecycleStage::Active, "active"},
                                                                         {LifecycleStage::Lost, "lost"}}};
constexpr std::array<std::pair<ActivityStatus, const char *>, 3> statuses{
    {{ActivityStatus::Active, "active"}, {ActivityStatus::Dormant, "dormant"}, {ActivityStatus::Lost, "lost"}}};

} // namespace

QString kindId(CustomerKind kind)
{
    return idOf(kinds, kind);
}
QString sexId(Sex sex)
{
    return idOf(sexes, sex);
}
QString sourceId(SourceChannel source)
{
    return idOf(sources, source);
}
QString channelId(ContactChannel channel)
{
    return idOf(channels, channel);
}
QString lifecycleId(LifecycleStage stage)
{
    return idOf(stages, stage);
}
QString statusId(ActivityStatus status)
{
    return idOf(statuses, status);
}
CustomerKind kindFromId(const QString &id)
{
    return fromId(kinds, id).value_or(CustomerKind::Individual);
}
Sex sexFromId(const QString &id)
{
    return fromId(sexes, id).value_or(Sex::Unknown);
}
SourceChannel sourceFromId(const QString &id)
{
    return fromId(sources, id).value_or(SourceChannel::Unknown);
}
ContactChannel channelFromId(const QString &id)
{
    return fromId(channels, id).value_or(ContactChannel::None);
}
LifecycleStage lifecycleFromId(const QString &id)
{
    return fromId(stages, id).value_or(LifecycleStage::Active);
}
std::optional<ActivityStatus> statusFromId(const QString &id)
{
    return fromId(statuses, id);
}

QString kindName(CustomerKind kind)
{
    return kind == CustomerKind::Organisation ? CustomersTr::tr("Organisation") : CustomersTr::tr("Individual");
}

QString sexName(Sex sex)
{
    switch (sex) {
    case Sex::Female: return CustomersTr::tr("Female");
    case Sex::Male: return CustomersTr::tr("Male");
    case Sex::Unknown: break;
    }
    return CustomersTr::tr("Not recorded");
}

QString sourceName(SourceChannel source)
{
    switch (source) {
    case SourceChannel::WalkIn: return CustomersTr::tr("Walk-in");
    case SourceChannel::Referral: return CustomersTr::tr("Referral");
    case SourceChannel::Campaign: return CustomersTr::tr("Campaign");
    case SourceChannel::Online: return CustomersTr::tr("Online");
    case SourceChannel::Unknown: break;
    }
    return CustomersTr::tr("Not recorded");
}

QString channelName(ContactChannel channel)
{
    switch (channel) {
    case ContactChannel::Phone: return CustomersTr::tr("Phone");
    case ContactChannel::Sms: return CustomersTr::tr("SMS");
    case ContactChannel::Email: return CustomersTr::tr("Email");
    case ContactChannel::WeChat: return CustomersTr::tr("WeChat");
    case ContactChannel::Mail: return CustomersTr::tr("Post");
    case ContactChannel::None: break;
    }
    return CustomersTr::tr("No preference");
}

QString lifecycleName(LifecycleStage stage)
{
    switch (stage) {
    case LifecycleStage::Potential: return CustomersTr::tr("Potential");
    case LifecycleStage::Intending: return CustomersTr::tr("Intending");
    case LifecycleStage::Deciding: return CustomersTr::tr("Deciding");
    case LifecycleStage::Active: return CustomersTr::tr("Customer");
    case LifecycleStage::Lost: return CustomersTr::tr("Lost");
    }
    return {};
}

QString statusName(ActivityStatus status)
{
    switch (status) {
    case ActivityStatus::Active: return CustomersTr::tr("Active");
    case ActivityStatus::Dormant: return CustomersTr::tr("Dormant");
    case ActivityStatus::Lost: return CustomersTr::tr("Lost");
    }
    return {};
}

QString purposeName(const QString &purpose)
{
    if (purpose == QLatin1String("marketing")) {
        return CustomersTr::tr("Marketing");
    }
    if (purpose == QLatin1String("service")) {
        return CustomersTr::tr("Service reminders");
    }
    if (purpose == QLatin1String("survey")) {
        return CustomersTr::tr("Surveys");
    }
    return purpose;
}

const QStringList &consentPurposes()
{
    static const QStringList purposes{QStringLiteral("marketing"), QStringLiteral("service"), QStringLiteral("survey")};
    return purposes;
}

int ageOn(const QDate &birthDate, const QDate &today)
{
    if (!birthDate.isValid() || !today.isValid() || birthDate > today) {
        return -1;
    }
    int age = today.year() - birthDate.year();
    if (today.month() < birthDate.month() || (today.month() == birthDate.month() && today.day() < birthDate.day())) {
        --age;
    }
    return age;
}

} // namespace caredesk::core
