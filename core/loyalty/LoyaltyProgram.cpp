// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/loyalty/LoyaltyProgram.h"

#include "core/audit/AuditLog.h"
#include "core/auth/Permission.h"
#include "core/common/Tr.h"
#include "core/storage/Database.h"
#include "core/storage/SqlErrors.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <cmath>

namespace caredesk::core {

namespace {

constexpr ProductClass allClasses[] = {ProductClass::Rx, ProductClass::Otc, ProductClass::Device,
                                       ProductClass::Service};

QString rateKey(ProductClass productClass)
{
    return QStringLiteral("loyalty.points_per_unit.") + productClassId(productClass);
}

QString tiersText(const QList<LoyaltyTier> &tiers)
{
    QStringList parts;
    for (const LoyaltyTier &tier : tiers) {
        parts << tier.id + QLatin1Char(':') + QString::number(tier.threshold);
    }
    return parts.join(QLatin1Char(','));
}

std::optional<QList<LoyaltyTier>> tiersFromText(const QString &text)
{
    QList<LoyaltyTier> tiers;
    const QStringList parts = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const QStringList pair = part.split(QLatin1Char(':'));
        bool ok = false;
        const qint64 threshold = pair.value(1).toLongLong(&ok);
        if (pair.size() != 2 || !ok || pair.at(0).trimmed().isEmpty()) {
            return std::nullopt;
        }
        tiers.append({pair.at(0).trimmed(), threshold});
    }
    return tiers;
}

} // namespace

LoyaltyProgram::LoyaltyProgram()
    : m_tiers{{QStringLiteral("standard"), 0},
              {QStringLiteral("silver"), 1000},
              {QStringLiteral("gold"), 5000},
              {QStringLiteral("vip"), 20000}}
{
    for (ProductClass c : allClasses) {
        m_pointsPerUnit.insert(static_cast<int>(c), c == ProductClass::Rx ? 0.0 : 1.0);
    }
}

double LoyaltyProgram::pointsPerUnit(ProductClass productClass) const
{
    return m_pointsPerUnit.value(static_cast<int>(productClass), 0.0);
}

void LoyaltyProgram::setPointsPerUnit(ProductClass productClass, double points)
{
    m_pointsPerUnit.insert(static_cast<int>(productClass), points);
}

qint64 LoyaltyProgram::pointsFor(ProductClass productClass, qint64 amountCents) const
{
    if ((productClass == ProductClass::Rx && m_rxExcluded) || amountCents <= 0) {
        return 0;
    }
    // A small epsilon so that 19.99 * 1.0 is 19 and 0.1 * 30 is 3, not 2.999….
    return static_cast<qint64>(
        std::floor(static_cast<double>(amountCents) * pointsPerUnit(productClass) / 100.0 + 1e-9));
}

bool LoyaltyProgram::canRedeemFor(ProductClass productClass) const
{
    return !(productClass == ProductClass::Rx && m_rxExcluded);
}

QString LoyaltyProgram::tierFor(qint64 qualifyingPoints) const
{
    QString tier = baseTier();
    for (const LoyaltyTier &t : m_tiers) {
        if (qualifyingPoints >= t.threshold) {
            tier = t.id;
        }
    }
    return tier;
}

QString LoyaltyProgram::baseTier() const
{
    return m_tiers.isEmpty() ? QStringLiteral("standard") : m_tiers.constFirst().id;
}

QString LoyaltyProgram::tierName(const QString &tierId)
{
    if (tierId == QLatin1String("standard")) {
        return LoyaltyTr::tr("Standard");
    }
    if (tierId == QLatin1String("silver")) {
        return LoyaltyTr::tr("Silver");
    }
    if (tierId == QLatin1String("gold")) {
        return LoyaltyTr::tr("Gold");
    }
    if (tierId == QLatin1String("vip")) {
        return LoyaltyTr::tr("VIP");
    }
    return tierId;
}

qint64 LoyaltyProgram::valueCents(qint64 points) const
{
    return m_pointsPerUnitRedeemed > 0 ? points * 100 / m_pointsPerUnitRedeemed : 0;
}

Status LoyaltyProgram::validate() const
{
    for (ProductClass c : allClasses) {
        if (pointsPerUnit(c) < 0 || pointsPerUnit(c) > 1000) {
            return makeError(
                ErrorCode::Validation,
                LoyaltyTr::tr("Points per currency unit for %1 must be between 0 and 1000.").arg(productClassLabel(c)));
        }
    }
    if (m_expiryMonths < 0 || m_expiryMonths > 120) {
        return makeError(ErrorCode::Validation,
                         LoyaltyTr::tr("Points expiry must be between 0 (never) and 120 months."));
    }
    if (m_qualificationMonths < 1 || m_qualificationMonths > 60) {
        return makeError(ErrorCode::Validation,
                         LoyaltyTr::tr("The tier qualification window must be between 1 and 60 months."));
    }
    if (m_tiers.isEmpty() || m_tiers.constFirst().threshold != 0) {
        return makeError(ErrorCode::Validation, LoyaltyTr::tr("The first tier must need 0 qualifying points."));
    }
    QSet<QString> ids;
    for (const LoyaltyTier &tier : m_tiers) {
        const QString id = tier.id.trimmed();
        if (id.isEmpty()) {
            return makeError(ErrorCode::Validation, LoyaltyTr::tr("Every tier needs a name. Name it or remove it."));
        }
        if (ids.contains(id.toLower())) {
            return makeError(ErrorCode::Validation,
                             LoyaltyTr::tr("Two tiers are called %1. Give each tier its own name.").arg(id));
        }
        ids.insert(id.toLower());
    }
    for (qsizetype i = 1; i < m_tiers.size(); ++i) {
        if (m_tiers.at(i).threshold <= m_tiers.at(i - 1).threshold) {
            return makeError(
                ErrorCode::Validation,
                LoyaltyTr::tr("Tier %1 must need more points than the tier below it.").arg(tierName(m_tiers.at(i).id)));
        }
        if (m_tiers.at(i).id.contains(QLatin1Char(',')) || m_tiers.at(i).id.contains(QLatin1Char(':'))) {
            return makeError(ErrorCode::Validation, LoyaltyTr::tr("Tier names cannot contain commas or colons."));
        }
    }
    if (m_referralReward < 0 || m_pointsPerUnitRedeemed < 1) {
        return makeError(ErrorCode::Validation, LoyaltyTr::tr("The referral reward cannot be negative and the "
                                                              "redemption value needs at least 1 point per unit."));
    }
    return {};
}

Result<LoyaltyProgram> LoyaltyProgram::load(const QString &connectionName)
{
    LoyaltyProgram program;
    QSqlQuery q(QSqlDatabase::database(connectionName, false));
    if (!q.exec(QStringLiteral("SELECT key, value FROM setting WHERE key LIKE 'loyalty.%'"))) {
        return databaseError(q.lastError(), LoyaltyTr::tr("The loyalty settings could not be read."));
    }
    while (q.next()) {
        const QString key = q.value(0).toString();
        const QString value = q.value(1).toString();
        for (ProductClass c : allClasses) {
            if (key == rateKey(c)) {
                program.setPointsPerUnit(c, value.toDouble());
            }
        }
        if (key == QLatin1String("loyalty.rx_excluded")) {
            program.m_rxExcluded = value != QLatin1String("0");
        } else if (key == QLatin1String("loyalty.expiry_months")) {
            program.m_expiryMonths = value.toInt();
        } else if (key == QLatin1String("loyalty.qualification_months")) {
            program.m_qualificationMonths = value.toInt();
        } else if (key == QLatin1String("loyalty.referral_reward")) {
            program.m_referralReward = value.toLongLong();
        } else if (key == QLatin1String("loyalty.points_per_currency_unit_redeemed")) {
            program.m_pointsPerUnitRedeemed = value.toLongLong();
        } else if (key == QLatin1String("loyalty.tiers")) {
            if (const auto tiers = tiersFromText(value); tiers && !tiers->isEmpty()) {
                program.m_tiers = *tiers;
            }
        }
    }
    return program;
}

Result<LoyaltyProgram> LoyaltyProgram::load(Database &database)
{
    return load(database.connectionName());
}

Status LoyaltyProgram::save(Database &database, const LoyaltyProgram &program)
{
    const Role role = database.session().role;
    if (!roleAllows(role, Permission::ManageLoyaltySettings)) {
        return makeError(ErrorCode::PermissionDenied,
                         LoyaltyTr::tr("Only an administrator or a manager can change the loyalty programme."));
    }
    if (Status valid = program.validate(); !valid) {
        return valid;
    }
    const auto settingsOf = [](const LoyaltyProgram &p) {
        QList<std::pair<QString, QString>> values;
        for (ProductClass c : allClasses) {
            values.append({rateKey(c), QString::number(p.pointsPerUnit(c))});
        }
        values.append(
            {QStringLiteral("loyalty.rx_excluded"), p.m_rxExcluded ? QStringLiteral("1") : QStringLiteral("0")});
        values.append({QStringLiteral("loyalty.expiry_months"), QString::number(p.m_expiryMonths)});
        values.append({QStringLiteral("loyalty.qualification_months"), QString::number(p.m_qualificationMonths)});
        values.append({QStringLiteral("loyalty.tiers"), tiersText(p.m_tiers)});
        values.append({QStringLiteral("loyalty.referral_reward"), QString::number(p.m_referralReward)});
        values.append({QStringLiteral("loyalty.points_per_currency_unit_redeemed"),
                       QString::number(p.m_pointsPerUnitRedeemed)});
        return values;
    };
    const QList<std::pair<QString, QString>> values = settingsOf(program);
    auto before = load(database);
    if (!before) {
        return before.error();
    }
    // The entry names each setting that changed with its old and new value (rates, months, tiers: no personal data).
    const QList<std::pair<QString, QString>> old = settingsOf(*before);
    AuditEntry entry{QStringLiteral("loyalty_program.save"), QStringLiteral("loyalty_program"), {}, {}, {}};
    for (qsizetype i = 0; i < values.size(); ++i) {
        entry.changes.value(values.at(i).first.mid(8), old.at(i).second, values.at(i).second); // without "loyalty."
    }
    QSqlDatabase db = database.connection();
    if (!db.transaction()) {
        return databaseError(db.lastError(), LoyaltyTr::tr("The loyalty settings could not be saved."));
    }
    QSqlQuery q(db);
    for (const auto &[key, value] : std::as_const(values)) {
        if (!execPrepared(q, QStringLiteral("INSERT OR REPLACE INTO setting(key, value) VALUES (?, ?)"),
                          {key, value})) {
            const QSqlError error = q.lastError();
            q.finish();
            db.rollback();
            return databaseError(error, LoyaltyTr::tr("The loyalty settings could not be saved; nothing was "
                                                      "changed."));
        }
    }
    q.finish();
    if (!entry.changes.isEmpty()) {
        if (Status audited = AuditLog(database).record(entry); !audited) {
            db.rollback();
            return audited;
        }
    }
    if (!db.commit()) {
        const QSqlError error = db.lastError();
        db.rollback();
        return databaseError(error, LoyaltyTr::tr("The loyalty settings could not be saved; nothing was changed."));
    }
    return {};
}

} // namespace caredesk::core
