// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/loyalty/LoyaltyLedger.h"

#include "core/audit/AuditLog.h"
#include "core/common/Tr.h"
#include "core/customers/CustomerRepository.h"
#include "core/storage/Database.h"
#include "core/storage/SqlErrors.h"
#include "core/storage/Transaction.h"

#include <QMap>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <set>

namespace caredesk::core {

namespace {

const QString entryColumns = QStringLiteral(
    "e.id, e.customer_id, e.kind, e.points, e.at, e.on_date, e.expires_on, e.reason, e.staff, e.source_kind, "
    "e.source_id, e.reverses_entry_id, e.referred_customer_id, e.product_class");

QString isoDate(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

QVariant nullableDate(const QDate &date)
{
    return date.isValid() ? QVariant(isoDate(date)) : QVariant();
}

template <typename T> QVariant nullable(const std::optional<T> &value)
{
    return value ? QVariant(*value) : QVariant();
}

LoyaltyEntry entryFromRow(const QSqlQuery &q)
{
    LoyaltyEntry e;
    e.id = q.value(0).toLongLong();
    e.customerId = q.value(1).toLongLong();
    e.kind = loyaltyEntryKindFromId(q.value(2).toString()).value_or(LoyaltyEntryKind::Adjust);
    e.points = q.value(3).toLongLong();
    e.at = QDateTime::fromString(q.value(4).toString(), Qt::ISODateWithMs).toUTC();
    e.onDate = QDate::fromString(q.value(5).toString(), Qt::ISODate);
    e.expiresOn = QDate::fromString(q.value(6).toString(), Qt::ISODate);
    e.reason = q.value(7).toString();
    e.staff = q.value(8).toString();
    e.sourceKind = q.value(9).toString();
    e.sourceId = q.value(10).toLongLong();
    if (!q.value(11).isNull()) {
        e.reversesEntryId = q.value(11).toLongLong();
    }
    if (!q.value(12).isNull()) {
        e.referredCustomerId = q.value(12).toLongLong();
    }
    e.productClass = productClassFromId(q.value(13).toString());
    return e;
}

Error readError(const QSqlQuery &q)
{
    return databaseError(q.lastError(), LoyaltyTr::tr("The loyalty ledger could not be read."));
}

Error writeError(const QSqlQuery &q)
{
    return databaseError(q.lastError(), LoyaltyTr::tr("The loyalty ledger could not be saved; nothing was changed."));
}

/** NotFound unless @p id is a customer that has not been merged away. */
Status checkCustomer(QSqlDatabase db, CustomerId id)
{
    QSqlQuery q(db);
    if (!execPrepared(q, QStringLiteral("SELECT merged_into FROM customer WHERE id = ?"), {id})) {
        return readError(q);
    }
    if (!q.next() || !q.value(0).isNull()) {
        return makeError(ErrorCode::NotFound, LoyaltyTr::tr("There is no customer with id %1.").arg(id));
    }
    return {};
}

/** Every lot of @p customerId (entries that added points of their own), earliest expiry first, never last. */
Result<QList<LoyaltyLot>> readLots(QSqlDatabase db, CustomerId customerId)
{
    QSqlQuery q(db);
    if (!execPrepared(
            q,
            QStringLiteral(
                "SELECT e.id, e.kind, e.on_date, e.expires_on, "
                "e.points + coalesce((SELECT sum(a.points) FROM loyalty_allocation a WHERE a.entry_id = e.id "
                "AND a.points < 0), 0), "
                "coalesce((SELECT sum(a.points) FROM loyalty_allocation a WHERE a.lot_entry_id = e.id), 0), "
                "EXISTS (SELECT 1 FROM loyalty_entry r WHERE r.kind = 'reverse' AND r.reverses_entry_id = e.id) "
                "FROM loyalty_entry e WHERE e.customer_id = ? AND e.points > 0 "
                "ORDER BY e.expires_on IS NULL, e.expires_on, e.id"),
            {customerId})) {
        return readError(q);
    }
    QList<LoyaltyLot> lots;
    while (q.next()) {
        LoyaltyLot lot;
        lot.entryId = q.value(0).toLongLong();
        lot.kind = loyaltyEntryKindFromId(q.value(1).toString()).value_or(LoyaltyEntryKind::Adjust);
        lot.earnedOn = QDate::fromString(q.value(2).toString(), Qt::ISODate);
        lot.expiresOn = QDate::fromString(q.value(3).toString(), Qt::ISODate);
        lot.points = q.value(4).toLongLong();
        lot.remaining = lot.points - q.value(5).toLongLong();
        lot.reversed = q.value(6).toBool();
        if (lot.points > 0) {
            lots << lot;
        }
    }
    return lots;
}

/** A lot can still be spent on @p day: points left and not yet at its expiry day. */
bool isLive(const LoyaltyLot &lot, const QDate &day)
{
    return lot.remaining > 0 && (!lot.expiresOn.isValid() || lot.expiresOn > day);
}

bool isExpired(const LoyaltyLot &lot, const QDate &day)
{
    return lot.expiresOn.isValid() && lot.expiresOn <= day;
}

qint64 available(const QList<LoyaltyLot> &lots, const QDate &day, qint64 exceptLot = 0)
{
    qint64 sum = 0;
    for (const LoyaltyLot &lot : lots) {
        if (lot.entryId != exceptLot && isLive(lot, day)) {
            sum += lot.remaining;
        }
    }
    return sum;
}

bool insertAllocation(QSqlQuery &q, qint64 entryId, qint64 lotId, qint64 points)
{
    return execPrepared(q,
                        QStringLiteral("INSERT INTO loyalty_allocation(entry_id, lot_entry_id, points) "
                                       "VALUES (?, ?, ?)"),
                        {entryId, lotId, points});
}

/** Consumes @p points from the live lots (earliest expiry first), recording allocations for @p entryId. */
bool consume(QSqlQuery &q, qint64 entryId, QList<LoyaltyLot> &lots, qint64 points, const QDate &day,
             qint64 exceptLot = 0)
{
    for (LoyaltyLot &lot : lots) {
        if (points <= 0) {
            break;
        }
        if (lot.entryId == exceptLot || !isLive(lot, day)) {
            continue;
        }
        const qint64 take = std::min(points, lot.remaining);
        if (!insertAllocation(q, entryId, lot.entryId, take)) {
            return false;
        }
        lot.remaining -= take;
        points -= take;
    }
    return points == 0;
}

/** Inserts @p entry (its id is filled in). */
bool insertEntry(QSqlQuery &q, LoyaltyEntry &entry)
{
    const bool ok = execPrepared(
        q,
        QStringLiteral("INSERT INTO loyalty_entry(customer_id, kind, points, at, on_date, expires_on, reason, staff, "
                       "source_kind, source_id, reverses_entry_id, referred_customer_id, product_class) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {entry.customerId, loyaltyEntryKindId(entry.kind), entry.points, entry.at.toString(Qt::ISODateWithMs),
         isoDate(entry.onDate), nullableDate(entry.expiresOn), entry.reason, entry.staff, entry.sourceKind,
         entry.sourceKind.isEmpty() ? QVariant() : QVariant(entry.sourceId), nullable(entry.reversesEntryId),
         nullable(entry.referredCustomerId), entry.productClass ? productClassId(*entry.productClass) : QString()});
    if (ok) {
        entry.id = q.lastInsertId().toLongLong();
    }
    return ok;
}

Error notEnough(qint64 balance, qint64 points)
{
    return makeError(ErrorCode::Conflict,
                     LoyaltyTr::tr("The balance is %1 points, not enough for %2 points.").arg(balance).arg(points));
}

/** A purchase earn as the tier rules see it: qualifying from its day until it leaves the window or is reversed. */
struct QualifyingEarn {
    QDate earnedOn;
    qint64 points = 0;
    QDate reversedOn; ///< invalid when not reversed
};

Result<QList<QualifyingEarn>> readQualifyingEarns(QSqlDatabase db, CustomerId customerId)
{
    QSqlQuery q(db);
    if (!execPrepared(q,
                      QStringLiteral("SELECT e.on_date, e.points, (SELECT min(r.on_date) FROM loyalty_entry r WHERE "
                                     "r.kind = 'reverse' AND r.reverses_entry_id = e.id) FROM loyalty_entry e "
                                     "WHERE e.customer_id = ? AND e.kind = 'earn' ORDER BY e.on_date, e.id"),
                      {customerId})) {
        return readError(q);
    }
    QList<QualifyingEarn> earns;
    while (q.next()) {
        earns.append({QDate::fromString(q.value(0).toString(), Qt::ISODate), q.value(1).toLongLong(),
                      QDate::fromString(q.value(2).toString(), Qt::ISODate)});
    }
    return earns;
}

qint64 qualifyingOn(const QList<QualifyingEarn> &earns, const QDate &day, int windowMonths)
{
    qint64 sum = 0;
    for (const QualifyingEarn &earn : earns) {
        const bool inWindow = earn.earnedOn <= day && day < earn.earnedOn.addMonths(windowMonths);
        const bool reversed = earn.reversedOn.isValid() && earn.reversedOn <= day;
        if (inWindow && !reversed) {
            sum += earn.points;
        }
    }
    return sum;
}

/** The tier as recorded on or before @p asOf (the last event), or std::nullopt when none is recorded. */
Result<std::optional<std::pair<QDate, QString>>> lastTierEvent(QSqlDatabase db, CustomerId customerId,
                                                               const QDate &asOf = {})
{
    QSqlQuery q(db);
    if (!execPrepared(q,
                      QStringLiteral("SELECT at, to_tier FROM loyalty_tier_event WHERE customer_id = ? AND "
                                     "(? = '' OR at <= ?) ORDER BY at DESC, id DESC LIMIT 1"),
                      {customerId, isoDate(asOf), isoDate(asOf)})) {
        return readError(q);
    }
    if (!q.next()) {
        return std::optional<std::pair<QDate, QString>>();
    }
    return std::optional<std::pair<QDate, QString>>(
        std::pair{QDate::fromString(q.value(0).toString(), Qt::ISODate), q.value(1).toString()});
}

/** evaluateTier() inside an open transaction: the tier at @p asOf and the number of events written. */
Result<std::pair<QString, int>> evaluateIn(QSqlDatabase db, const LoyaltyProgram &program, CustomerId customerId,
                                           const QDate &asOf, const QDateTime &now)
{
    auto earns = readQualifyingEarns(db, customerId);
    if (!earns) {
        return earns.error();
    }
    auto last = lastTierEvent(db, customerId);
    if (!last) {
        return last.error();
    }
    QString current = *last ? (*last)->second : program.baseTier();
    const QDate since = *last ? (*last)->first : QDate();
    const int window = program.qualificationMonths();
    std::set<QDate> days;
    for (const QualifyingEarn &earn : std::as_const(*earns)) {
        for (const QDate &day : {earn.earnedOn, earn.earnedOn.addMonths(window), earn.reversedOn}) {
            if (day.isValid() && day <= asOf && (!since.isValid() || day >= since)) {
                days.insert(day);
            }
        }
    }
    QSqlQuery q(db);
    int written = 0;
    for (const QDate &day : days) {
        const qint64 qualifying = qualifyingOn(*earns, day, window);
        const QString tier = program.tierFor(qualifying);
        if (tier == current) {
            continue;
        }
        if (!execPrepared(q,
                          QStringLiteral("INSERT INTO loyalty_tier_event(customer_id, at, from_tier, to_tier, reason, "
                                         "recorded_at) VALUES (?, ?, ?, ?, ?, ?)"),
                          {customerId, isoDate(day), current, tier,
                           QStringLiteral("qualifying_points=%1").arg(qualifying), now.toString(Qt::ISODateWithMs)})) {
            return writeError(q);
        }
        current = tier;
        ++written;
    }
    return std::pair{current, written};
}

} // namespace

LoyaltyLedger::LoyaltyLedger(Database &database, const Clock &clock)
    : LoyaltyLedger(database.connectionName(), database.session().userName, clock)
{
}

LoyaltyLedger::LoyaltyLedger(const QString &connectionName, const QString &userName, const Clock &clock)
    : m_connectionName(connectionName), m_userName(userName), m_clock(clock)
{
    if (auto loaded = LoyaltyProgram::load(connectionName)) {
        m_program = *loaded;
    }
}

QSqlDatabase LoyaltyLedger::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Status LoyaltyLedger::reloadProgram()
{
    auto loaded = LoyaltyProgram::load(m_connectionName);
    if (!loaded) {
        return loaded.error();
    }
    m_program = *loaded;
    return {};
}

Status LoyaltyLedger::audit(const LoyaltyEntry &entry) const
{
    AuditEntry a{QStringLiteral("loyalty_entry.") + loyaltyEntryKindId(entry.kind), QStringLiteral("loyalty_entry"),
                 QString::number(entry.id), QStringLiteral("customer=%1").arg(entry.customerId), {}};
    if (!entry.sourceKind.isEmpty()) {
        a.detail += QStringLiteral(" source=%1:%2").arg(entry.sourceKind).arg(entry.sourceId);
    }
    if (entry.referredCustomerId) {
        a.detail += QStringLiteral(" referred=%1").arg(*entry.referredCustomerId);
    }
    a.changes.initial(QStringLiteral("points"), entry.points)
        .initial(QStringLiteral("on_date"), entry.onDate)
        .initial(QStringLiteral("expires_on"), entry.expiresOn.isValid() ? QVariant(entry.expiresOn) : QVariant())
        .initial(QStringLiteral("product_class"),
                 entry.productClass ? QVariant(productClassId(*entry.productClass)) : QVariant())
        .initial(QStringLiteral("reverses_entry_id"),
                 entry.reversesEntryId ? QVariant(*entry.reversesEntryId) : QVariant())
        .initialIdentifying(QStringLiteral("reason"), !entry.reason.isEmpty());
    return AuditLog(m_connectionName, m_userName, m_clock).record(a);
}

Status LoyaltyLedger::auditRun(const AuditEntry &entry) const
{
    // Expiry and tier runs may be started by a worker with nobody signed in.
    return AuditLog(m_connectionName, m_userName.isEmpty() ? QStringLiteral("system") : m_userName, m_clock)
        .record(entry);
}

Result<qint64> LoyaltyLedger::earnForPurchase(CustomerId customerId, const QString &sourceKind, qint64 sourceId,
                                              const QList<PurchaseLine> &lines, const QString &staff)
{
    qint64 points = 0;
    for (const PurchaseLine &line : lines) {
        if (line.amountCents < 0) {
            return makeError(ErrorCode::Validation,
                             LoyaltyTr::tr("A purchase line cannot have a negative amount; reverse the earn instead."));
        }
        points += m_program.pointsFor(line.productClass, line.amountCents);
    }
    const QDate today = m_clock.today();
    return transact<qint64>(connection(), LoyaltyTr::tr("The points could not be saved."), [&]() -> Result<qint64> {
        if (Status exists = checkCustomer(connection(), customerId); !exists) {
            return exists.error();
        }
        if (points == 0) {
            return qint64(0);
        }
        LoyaltyEntry entry;
        entry.customerId = customerId;
        entry.kind = LoyaltyEntryKind::Earn;
        entry.points = points;
        entry.at = m_clock.nowUtc();
        entry.onDate = today;
        entry.expiresOn = m_program.expiryMonths() > 0 ? today.addMonths(m_program.expiryMonths()) : QDate();
        entry.staff = staff.isEmpty() ? m_userName : staff;
        entry.sourceKind = sourceKind;
        entry.sourceId = sourceId;
        QSqlQuery q(connection());
        if (!insertEntry(q, entry)) {
            return writeError(q);
        }
        q.finish();
        if (Status audited = audit(entry); !audited) {
            return audited.error();
        }
        return points;
    });
}

Result<LoyaltyEntry> LoyaltyLedger::redeem(CustomerId customerId, qint64 points, const QString &reason,
                                           ProductClass productClass, const QString &staff)
{
    if (points <= 0) {
        return makeError(ErrorCode::Validation, LoyaltyTr::tr("Redeem a positive number of points."));
    }
    if (!m_program.canRedeemFor(productClass)) {
        return makeError(ErrorCode::Validation,
                         LoyaltyTr::tr("Points cannot pay for prescription drugs (Rx) under the programme's rules."));
    }
    const QDate today = m_clock.today();
    return transact<LoyaltyEntry>(connection(), LoyaltyTr::tr("The redemption could not be saved."),
                                  [&]() -> Result<LoyaltyEntry> {
                                      if (Status exists = checkCustomer(connection(), customerId); !exists) {
                                          return exists.error();
                                      }
                                      auto lots = readLots(connection(), customerId);
                                      if (!lots) {
                                          return lots.error();
                                      }
                                      const qint64 balance = available(*lots, today);
                                      if (balance < points) {
                                          return notEnough(balance, points);
                                      }
                                      LoyaltyEntry entry;
                                      entry.customerId = customerId;
                                      entry.kind = LoyaltyEntryKind::Redeem;
                                      entry.points = -points;
                                      entry.at = m_clock.nowUtc();
                                      entry.onDate = today;
                                      entry.reason = reason.trimmed();
                                      entry.staff = staff.isEmpty() ? m_userName : staff;
                                      entry.productClass = productClass;
                                      QSqlQuery q(connection());
                                      if (!insertEntry(q, entry) || !consume(q, entry.id, *lots, points, today)) {
                                          return writeError(q);
                                      }
                                      q.finish();
                                      if (Status audited = audit(entry); !audited) {
                                          return audited.error();
                                      }
                                      return entry;
                                  });
}

Result<LoyaltyEntry> LoyaltyLedger::adjust(CustomerId customerId, qint64 points, const QString &reason,
                                           const QString &staff)
{
    if (reason.trimmed().isEmpty()) {
        return makeError(ErrorCode::Validation, LoyaltyTr::tr("An adjustment needs a reason."));
    }
    if (points == 0) {
        return makeError(ErrorCode::Validation, LoyaltyTr::tr("An adjustment needs a number of points other than 0."));
    }
    const QDate today = m_clock.today();
    return transact<LoyaltyEntry>(
        connection(), LoyaltyTr::tr("The adjustment could not be saved."), [&]() -> Result<LoyaltyEntry> {
            if (Status exists = checkCustomer(connection(), customerId); !exists) {
                return exists.error();
            }
            auto lots = readLots(connection(), customerId);
            if (!lots) {
                return lots.error();
            }
            if (points < 0 && available(*lots, today) < -points) {
                return notEnough(available(*lots, today), -points);
            }
            LoyaltyEntry entry;
            entry.customerId = customerId;
            entry.kind = LoyaltyEntryKind::Adjust;
            entry.points = points;
            entry.at = m_clock.nowUtc();
            entry.onDate = today;
            if (points > 0 && m_program.expiryMonths() > 0) {
                entry.expiresOn = today.addMonths(m_program.expiryMonths());
            }
            entry.reason = reason.trimmed();
            entry.staff = staff.isEmpty() ? m_userName : staff;
            QSqlQuery q(connection());
            if (!insertEntry(q, entry) || (points < 0 && !consume(q, entry.id, *lots, -points, today))) {
                return writeError(q);
            }
            q.finish();
            if (Status audited = audit(entry); !audited) {
                return audited.error();
            }
            return entry;
        });
}

Result<LoyaltyEntry> LoyaltyLedger::reverse(qint64 entryId, const QString &reason, const QString &staff)
{
    if (reason.trimmed().isEmpty()) {
        return makeError(ErrorCode::Validation, LoyaltyTr::tr("A reversal needs a reason."));
    }
    const QDate today = m_clock.today();
    QSqlDatabase db = connection();
    return transact<LoyaltyEntry>(db, LoyaltyTr::tr("The reversal could not be saved."), [&]() -> Result<LoyaltyEntry> {
        QSqlQuery q(db);
        if (!execPrepared(q,
                          QStringLiteral("SELECT ") + entryColumns +
                              QStringLiteral(" FROM loyalty_entry e "
                                             "WHERE e.id = ?"),
                          {entryId})) {
            return readError(q);
        }
        if (!q.next()) {
            return makeError(ErrorCode::NotFound, LoyaltyTr::tr("There is no ledger entry %1.").arg(entryId));
        }
        const LoyaltyEntry original = entryFromRow(q);
        q.finish();
        if (original.kind == LoyaltyEntryKind::Expire || original.kind == LoyaltyEntryKind::Reverse) {
            return makeError(ErrorCode::Validation,
                             LoyaltyTr::tr("Expiries and reversals cannot be reversed; adjust the balance instead."));
        }
        if (!execPrepared(q,
                          QStringLiteral("SELECT 1 FROM loyalty_entry WHERE kind = 'reverse' AND "
                                         "reverses_entry_id = ?"),
                          {entryId})) {
            return readError(q);
        }
        if (q.next()) {
            return makeError(ErrorCode::Conflict,
                             LoyaltyTr::tr("Ledger entry %1 has already been reversed.").arg(entryId));
        }
        q.finish();
        auto lots = readLots(db, original.customerId);
        if (!lots) {
            return lots.error();
        }
        LoyaltyEntry entry;
        entry.customerId = original.customerId;
        entry.kind = LoyaltyEntryKind::Reverse;
        entry.at = m_clock.nowUtc();
        entry.onDate = today;
        entry.reason = reason.trimmed();
        entry.staff = staff.isEmpty() ? m_userName : staff;
        entry.sourceKind = QStringLiteral("entry");
        entry.sourceId = entryId;
        entry.reversesEntryId = entryId;

        if (original.points > 0) {
            // Take back the lot: what is left of it, then what was spent from it out of the other lots.
            const auto lot =
                std::find_if(lots->begin(), lots->end(), [&](const LoyaltyLot &l) { return l.entryId == entryId; });
            const qint64 own = lot != lots->end() && isLive(*lot, today) ? lot->remaining : 0;
            if (!execPrepared(q,
                              QStringLiteral("SELECT coalesce(sum(a.points), 0) FROM loyalty_allocation a JOIN "
                                             "loyalty_entry c ON c.id = a.entry_id WHERE a.lot_entry_id = ? AND "
                                             "(c.kind IN ('redeem', 'adjust') OR a.points < 0)"),
                              {entryId}) ||
                !q.next()) {
                return readError(q);
            }
            const qint64 spent = q.value(0).toLongLong();
            q.finish();
            const qint64 takeBack = own + spent;
            if (takeBack <= 0) {
                return makeError(
                    ErrorCode::Conflict,
                    LoyaltyTr::tr("Nothing is left to take back: the points of entry %1 have expired.").arg(entryId));
            }
            const qint64 others = available(*lots, today, entryId);
            if (others < spent) {
                return makeError(ErrorCode::Conflict,
                                 LoyaltyTr::tr("%1 of these points have already been redeemed and the rest of the "
                                               "balance is %2 points. Reverse the redemption first, or adjust.")
                                     .arg(spent)
                                     .arg(others));
            }
            entry.points = -takeBack;
            if (!insertEntry(q, entry) || (own > 0 && !insertAllocation(q, entry.id, entryId, own)) ||
                !consume(q, entry.id, *lots, spent, today, entryId)) {
                return writeError(q);
            }
            q.finish();
            if (Status audited = audit(entry); !audited) {
                return audited.error();
            }
            return entry;
        }

        // Give a redemption back to the lots it came from.
        if (!execPrepared(q,
                          QStringLiteral("SELECT lot_entry_id, points FROM loyalty_allocation WHERE entry_id = ? "
                                         "ORDER BY id"),
                          {entryId})) {
            return readError(q);
        }
        QList<std::pair<qint64, qint64>> allocations;
        while (q.next()) {
            allocations.append({q.value(0).toLongLong(), q.value(1).toLongLong()});
        }
        q.finish();
        QList<std::pair<qint64, qint64>> restore;
        qint64 fresh = 0;
        for (const auto &[lotId, points] : std::as_const(allocations)) {
            const auto lot =
                std::find_if(lots->cbegin(), lots->cend(), [&](const LoyaltyLot &l) { return l.entryId == lotId; });
            if (lot == lots->cend() || isExpired(*lot, today)) {
                continue; // they would have expired by now
            }
            if (lot->reversed) {
                fresh += points;
            } else {
                restore.append({lotId, points});
            }
        }
        qint64 restored = fresh;
        for (const auto &pair : std::as_const(restore)) {
            restored += pair.second;
        }
        if (restored == 0) {
            return makeError(
                ErrorCode::Conflict,
                LoyaltyTr::tr("Nothing can be given back: the points of entry %1 would have expired.").arg(entryId));
        }
        entry.points = restored;
        if (fresh > 0 && m_program.expiryMonths() > 0) {
            entry.expiresOn = today.addMonths(m_program.expiryMonths());
        }
        if (!insertEntry(q, entry)) {
            return writeError(q);
        }
        for (const auto &[lotId, points] : std::as_const(restore)) {
            if (!insertAllocation(q, entry.id, lotId, -points)) {
                return writeError(q);
            }
        }
        q.finish();
        if (Status audited = audit(entry); !audited) {
            return audited.error();
        }
        return entry;
    });
}

Result<std::optional<LoyaltyEntry>> LoyaltyLedger::rewardReferralAfterVisit(CustomerId referredId, qint64 visitId,
                                                                            const QString &staff)
{
    if (m_program.referralReward() <= 0) {
        return std::optional<LoyaltyEntry>();
    }
    QSqlQuery q(connection());
    // The visit table belongs to migration 3, which always runs before this one's code is reached.
    if (!execPrepared(q,
                      QStringLiteral("SELECT c.referred_by, (SELECT count(*) FROM visit v WHERE v.customer_id = c.id), "
                                     "(SELECT count(*) FROM loyalty_entry e WHERE e.kind = 'referral' AND "
                                     "e.referred_customer_id = c.id) FROM customer c WHERE c.id = ?"),
                      {referredId}) ||
        !q.next()) {
        return readError(q);
    }
    const QVariant referrer = q.value(0);
    const qint64 visits = q.value(1).toLongLong();
    const bool paid = q.value(2).toLongLong() > 0;
    q.finish();
    if (referrer.isNull() || visits != 1 || paid) {
        return std::optional<LoyaltyEntry>();
    }
    auto reward = referralReward(referrer.toLongLong(), referredId, visitId, staff);
    if (!reward) {
        return reward.error();
    }
    return std::optional<LoyaltyEntry>(*reward);
}

Result<LoyaltyEntry> LoyaltyLedger::referralReward(CustomerId referrerId, CustomerId referredId,
                                                   qint64 firstVisitSourceId, const QString &staff)
{
    if (referrerId == referredId) {
        return makeError(ErrorCode::Validation, LoyaltyTr::tr("A customer cannot refer themselves."));
    }
    if (m_program.referralReward() <= 0) {
        return makeError(ErrorCode::Validation, LoyaltyTr::tr("The programme pays no referral reward."));
    }
    const QDate today = m_clock.today();
    QSqlDatabase db = connection();
    return transact<LoyaltyEntry>(
        db, LoyaltyTr::tr("The referral reward could not be saved."), [&]() -> Result<LoyaltyEntry> {
            for (CustomerId id : {referrerId, referredId}) {
                if (Status exists = checkCustomer(db, id); !exists) {
                    return exists.error();
                }
            }
            QSqlQuery q(db);
            if (!execPrepared(q, QStringLiteral("SELECT referred_by FROM customer WHERE id = ?"), {referredId}) ||
                !q.next()) {
                return readError(q);
            }
            if (!q.value(0).isNull() && q.value(0).toLongLong() != referrerId) {
                return makeError(ErrorCode::Validation,
                                 LoyaltyTr::tr("Customer %1 was referred by someone else.").arg(referredId));
            }
            q.finish();
            if (!execPrepared(q,
                              QStringLiteral("SELECT 1 FROM loyalty_entry WHERE kind = 'referral' AND "
                                             "referred_customer_id = ?"),
                              {referredId})) {
                return readError(q);
            }
            if (q.next()) {
                return makeError(
                    ErrorCode::Conflict,
                    LoyaltyTr::tr("The referral reward for customer %1 has already been paid.").arg(referredId));
            }
            q.finish();
            LoyaltyEntry entry;
            entry.customerId = referrerId;
            entry.kind = LoyaltyEntryKind::Referral;
            entry.points = m_program.referralReward();
            entry.at = m_clock.nowUtc();
            entry.onDate = today;
            entry.expiresOn = m_program.expiryMonths() > 0 ? today.addMonths(m_program.expiryMonths()) : QDate();
            entry.staff = staff.isEmpty() ? m_userName : staff;
            entry.sourceKind = QStringLiteral("visit");
            entry.sourceId = firstVisitSourceId;
            entry.referredCustomerId = referredId;
            if (!insertEntry(q, entry)) {
                return writeError(q);
            }
            q.finish();
            if (Status audited = audit(entry); !audited) {
                return audited.error();
            }
            return entry;
        });
}

Result<int> LoyaltyLedger::runExpiry(const QDate &asOf)
{
    QSqlDatabase db = connection();
    const QDateTime now = m_clock.nowUtc();
    return transact<int>(db, LoyaltyTr::tr("The expiry run could not be saved."), [&]() -> Result<int> {
        QSqlQuery q(db);
        if (!execPrepared(
                q,
                QStringLiteral(
                    "SELECT id, customer_id, expires_on, remaining FROM (SELECT e.id, e.customer_id, e.expires_on, "
                    "e.points + coalesce((SELECT sum(a.points) FROM loyalty_allocation a WHERE a.entry_id = e.id "
                    "AND a.points < 0), 0) - coalesce((SELECT sum(a.points) FROM loyalty_allocation a WHERE "
                    "a.lot_entry_id = e.id), 0) AS remaining FROM loyalty_entry e WHERE e.points > 0 AND "
                    "e.expires_on IS NOT NULL AND e.expires_on <= ? AND NOT EXISTS (SELECT 1 FROM loyalty_entry x "
                    "WHERE x.kind = 'expire' AND x.source_id = e.id)) WHERE remaining > 0 "
                    "ORDER BY expires_on, id"),
                {isoDate(asOf)})) {
            return readError(q);
        }
        struct Due {
            qint64 lot;
            CustomerId customer;
            QDate expiresOn;
            qint64 remaining;
        };
        QList<Due> due;
        while (q.next()) {
            due.append({q.value(0).toLongLong(), q.value(1).toLongLong(),
                        QDate::fromString(q.value(2).toString(), Qt::ISODate), q.value(3).toLongLong()});
        }
        q.finish();
        qint64 points = 0;
        QSet<CustomerId> customers;
        qint64 firstId = 0;
        qint64 lastId = 0;
        for (const Due &d : std::as_const(due)) {
            LoyaltyEntry entry;
            entry.customerId = d.customer;
            entry.kind = LoyaltyEntryKind::Expire;
            entry.points = -d.remaining;
            entry.at = now;
            entry.onDate = d.expiresOn;
            entry.staff = m_userName;
            entry.sourceKind = QStringLiteral("lot");
            entry.sourceId = d.lot;
            if (!insertEntry(q, entry) || !insertAllocation(q, entry.id, d.lot, d.remaining)) {
                return writeError(q);
            }
            points += d.remaining;
            customers.insert(d.customer);
            firstId = firstId == 0 ? entry.id : firstId;
            lastId = entry.id;
        }
        q.finish();
        if (!due.isEmpty()) {
            // One summary entry per run: a catch-up after months can expire thousands of lots.
            const AuditEntry summary{QStringLiteral("loyalty_entry.expire_run"), QStringLiteral("loyalty_entry"), {},
                                     QStringLiteral("as_of=%1 entries=%2 points=%3 customers=%4 entry_ids=%5-%6")
                                         .arg(isoDate(asOf))
                                         .arg(due.size())
                                         .arg(points)
                                         .arg(customers.size())
                                         .arg(firstId)
                                         .arg(lastId),
                                     {}};
            if (Status audited = auditRun(summary); !audited) {
                return audited.error();
            }
        }
        return static_cast<int>(due.size());
    });
}

Result<QString> LoyaltyLedger::evaluateTier(CustomerId customerId, const QDate &asOf)
{
    QSqlDatabase db = connection();
    return transact<QString>(db, LoyaltyTr::tr("The tier could not be saved."), [&]() -> Result<QString> {
        if (Status exists = checkCustomer(db, customerId); !exists) {
            return exists.error();
        }
        auto last = lastTierEvent(db, customerId);
        if (!last) {
            return last.error();
        }
        const QString before = *last ? (*last)->second : m_program.baseTier();
        auto evaluated = evaluateIn(db, m_program, customerId, asOf, m_clock.nowUtc());
        if (!evaluated) {
            return evaluated.error();
        }
        if (evaluated->second > 0) {
            AuditEntry entry{QStringLiteral("customer.tier"), QStringLiteral("customer"), QString::number(customerId),
                             QStringLiteral("as_of=%1 events=%2").arg(isoDate(asOf)).arg(evaluated->second), {}};
            entry.changes.value(QStringLiteral("tier"), before, evaluated->first);
            if (Status audited = auditRun(entry); !audited) {
                return audited.error();
            }
        }
        return evaluated->first;
    });
}

Result<int> LoyaltyLedger::evaluateAllTiers(const QDate &asOf, const std::function<bool(qint64, qint64)> &progress)
{
    QSqlDatabase db = connection();
    QList<CustomerId> ids;
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT DISTINCT e.customer_id FROM loyalty_entry e JOIN customer c ON "
                                   "c.id = e.customer_id WHERE c.merged_into IS NULL ORDER BY e.customer_id"))) {
            return readError(q);
        }
        while (q.next()) {
            ids << q.value(0).toLongLong();
        }
    }
    // Batches of tierBatchSize customers, each in its own transaction, so other connections can write in between
    // (a catch-up at 1M customers takes minutes). A customer is evaluated whole inside one batch; a failed batch is
    // rolled back and ends the run, and what the earlier batches wrote is already right (evaluation is idempotent).
    int written = 0;
    int changedCustomers = 0;
    for (qsizetype first = 0; first < ids.size(); first += tierBatchSize) {
        const qsizetype last = std::min(ids.size(), first + tierBatchSize);
        const bool final = last == ids.size();
        auto batch = transact<int>(db, LoyaltyTr::tr("The tiers could not be saved."), [&]() -> Result<int> {
            int batchWritten = 0;
            for (qsizetype i = first; i < last; ++i) {
                auto evaluated = evaluateIn(db, m_program, ids.at(i), asOf, m_clock.nowUtc());
                if (!evaluated) {
                    return evaluated.error();
                }
                batchWritten += evaluated->second;
                changedCustomers += evaluated->second > 0 ? 1 : 0;
            }
            if (final && written + batchWritten > 0) {
                // One summary entry per run; each customer's tier history is in loyalty_tier_event.
                const AuditEntry summary{QStringLiteral("loyalty_tier.evaluate_all"), QStringLiteral("loyalty_tier"),
                                         {},
                                         QStringLiteral("as_of=%1 events=%2 customers_changed=%3 customers=%4")
                                             .arg(isoDate(asOf))
                                             .arg(written + batchWritten)
                                             .arg(changedCustomers)
                                             .arg(ids.size()),
                                         {}};
                if (Status audited = auditRun(summary); !audited) {
                    return audited.error();
                }
            }
            return batchWritten;
        });
        if (!batch) {
            return batch.error();
        }
        written += *batch;
        if (progress && !progress(last, ids.size()) && !final) {
            break;
        }
    }
    return written;
}

Result<LoyaltyCatchUp> LoyaltyLedger::catchUp(const QDate &asOf, const std::function<bool(qint64, qint64)> &progress)
{
    QSqlDatabase db = connection();
    LoyaltyCatchUp result;
    QSqlQuery q(db);
    if (!execPrepared(q, QStringLiteral("SELECT value FROM meta WHERE key = ?"), {QString::fromLatin1(caughtUpKey)})) {
        return readError(q);
    }
    const QDate done = q.next() ? QDate::fromString(q.value(0).toString(), Qt::ISODate) : QDate();
    q.finish();
    if (done.isValid() && done >= asOf) {
        return result; // already today: nothing can have become due since
    }
    auto expired = runExpiry(asOf);
    if (!expired) {
        return expired.error();
    }
    result.ran = true;
    result.expiries = *expired;
    bool stopped = false;
    auto tiers = evaluateAllTiers(asOf, [&](qint64 doneCustomers, qint64 total) {
        stopped = progress && !progress(doneCustomers, total);
        return !stopped;
    });
    if (!tiers) {
        return tiers.error();
    }
    result.tierEvents = *tiers;
    if (stopped) {
        return result; // not marked: the next start goes through everyone again
    }
    // INSERT OR REPLACE: SQLite 3.15 has no UPSERT; meta has no other columns to keep.
    if (!execPrepared(q, QStringLiteral("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)"),
                      {QString::fromLatin1(caughtUpKey), isoDate(asOf)})) {
        return databaseError(q.lastError(), LoyaltyTr::tr("The tiers could not be saved."));
    }
    result.complete = true;
    return result;
}

namespace {

/** Every entry of @p customerId plus, as id-0 expire lines, lots past their expiry that runExpiry() has not done
 * yet: by business day, then ledger order. */
Result<QList<LoyaltyEntry>> effectiveEntries(QSqlDatabase db, CustomerId customerId, const QDate &asOf)
{
    QSqlQuery q(db);
    if (!execPrepared(q,
                      QStringLiteral("SELECT ") + entryColumns +
                          QStringLiteral(" FROM loyalty_entry e WHERE e.customer_id = ? ORDER BY e.on_date, e.id"),
                      {customerId})) {
        return readError(q);
    }
    QList<LoyaltyEntry> list;
    QSet<qint64> expiredLots;
    while (q.next()) {
        list << entryFromRow(q);
        if (list.constLast().kind == LoyaltyEntryKind::Expire) {
            expiredLots.insert(list.constLast().sourceId);
        }
    }
    q.finish();
    auto lots = readLots(db, customerId);
    if (!lots) {
        return lots.error();
    }
    bool added = false;
    for (const LoyaltyLot &lot : std::as_const(*lots)) {
        if (lot.remaining > 0 && isExpired(lot, asOf) && !expiredLots.contains(lot.entryId)) {
            LoyaltyEntry pending;
            pending.customerId = customerId;
            pending.kind = LoyaltyEntryKind::Expire;
            pending.points = -lot.remaining;
            pending.onDate = lot.expiresOn;
            pending.sourceKind = QStringLiteral("lot");
            pending.sourceId = lot.entryId;
            list << pending;
            added = true;
        }
    }
    if (added) {
        std::stable_sort(list.begin(), list.end(),
                         [](const LoyaltyEntry &a, const LoyaltyEntry &b) { return a.onDate < b.onDate; });
    }
    return list;
}

} // namespace

Result<qint64> LoyaltyLedger::balance(CustomerId customerId, const QDate &asOf) const
{
    auto list = effectiveEntries(connection(), customerId, asOf);
    if (!list) {
        return list.error();
    }
    qint64 sum = 0;
    for (const LoyaltyEntry &entry : std::as_const(*list)) {
        if (entry.onDate <= asOf) {
            sum += entry.points;
        }
    }
    return sum;
}

Result<qint64> LoyaltyLedger::balance(CustomerId customerId) const
{
    return balance(customerId, m_clock.today());
}

Result<qint64> LoyaltyLedger::qualifyingPoints(CustomerId customerId, const QDate &asOf) const
{
    auto earns = readQualifyingEarns(connection(), customerId);
    if (!earns) {
        return earns.error();
    }
    return qualifyingOn(*earns, asOf, m_program.qualificationMonths());
}

Result<QList<LoyaltyLot>> LoyaltyLedger::lots(CustomerId customerId) const
{
    return readLots(connection(), customerId);
}

Result<QList<LoyaltyEntry>> LoyaltyLedger::entries(CustomerId customerId) const
{
    QSqlQuery q(connection());
    if (!execPrepared(q,
                      QStringLiteral("SELECT ") + entryColumns +
                          QStringLiteral(" FROM loyalty_entry e WHERE e.customer_id = ? ORDER BY e.on_date, e.id"),
                      {customerId})) {
        return readError(q);
    }
    QList<LoyaltyEntry> list;
    while (q.next()) {
        list << entryFromRow(q);
    }
    return list;
}

Result<QString> LoyaltyLedger::currentTier(CustomerId customerId) const
{
    auto last = lastTierEvent(connection(), customerId);
    if (!last) {
        return last.error();
    }
    return *last ? (*last)->second : m_program.baseTier();
}

Result<QList<LoyaltyTierEvent>> LoyaltyLedger::tierHistory(CustomerId customerId) const
{
    QSqlQuery q(connection());
    if (!execPrepared(q,
                      QStringLiteral("SELECT id, customer_id, at, from_tier, to_tier, reason FROM loyalty_tier_event "
                                     "WHERE customer_id = ? ORDER BY at, id"),
                      {customerId})) {
        return readError(q);
    }
    QList<LoyaltyTierEvent> events;
    while (q.next()) {
        events.append({q.value(0).toLongLong(), q.value(1).toLongLong(),
                       QDate::fromString(q.value(2).toString(), Qt::ISODate), q.value(3).toString(),
                       q.value(4).toString(), q.value(5).toString()});
    }
    return events;
}

Result<LoyaltyStatement> LoyaltyLedger::statement(CustomerId customerId, const QDate &from, const QDate &to) const
{
    if (!from.isValid() || !to.isValid() || from > to) {
        return makeError(ErrorCode::Validation, LoyaltyTr::tr("The statement period must start on or before its end."));
    }
    CustomerRepository customers(m_connectionName, m_userName, m_clock);
    auto customer = customers.findById(customerId);
    if (!customer) {
        return customer.error().code == ErrorCode::NotFound
                   ? makeError(ErrorCode::NotFound, LoyaltyTr::tr("There is no customer with id %1.").arg(customerId))
                   : customer.error();
    }
    QSqlDatabase db = connection();
    auto list = effectiveEntries(db, customerId, to);
    auto lotList = readLots(db, customerId);
    auto earns = readQualifyingEarns(db, customerId);
    auto tier = lastTierEvent(db, customerId, to);
    if (!list || !lotList || !earns || !tier) {
        return !list ? list.error() : !lotList ? lotList.error() : !earns ? earns.error() : tier.error();
    }
    LoyaltyStatement s;
    s.customerId = customerId;
    s.memberNumber = customer->memberNumber;
    s.name = customer->name;
    s.from = from;
    s.to = to;
    for (const LoyaltyEntry &entry : std::as_const(*list)) {
        if (entry.onDate < from) {
            s.openingBalance += entry.points;
        }
    }
    qint64 running = s.openingBalance;
    for (const LoyaltyEntry &entry : std::as_const(*list)) {
        if (entry.onDate >= from && entry.onDate <= to) {
            running += entry.points;
            s.lines.append({entry, running});
        }
    }
    s.closingBalance = running;
    s.tier = *tier ? (*tier)->second : m_program.baseTier();
    s.qualifyingPoints = qualifyingOn(*earns, to, m_program.qualificationMonths());
    for (const LoyaltyLot &lot : std::as_const(*lotList)) {
        if (!isLive(lot, to) || !lot.expiresOn.isValid()) {
            continue;
        }
        if (lot.expiresOn <= to.addDays(30)) {
            s.expiring30 += lot.remaining;
        }
        if (lot.expiresOn <= to.addDays(60)) {
            s.expiring60 += lot.remaining;
        }
        if (lot.expiresOn <= to.addDays(90)) {
            s.expiring90 += lot.remaining;
        }
    }
    return s;
}

Result<LoyaltyOverview> LoyaltyLedger::overview(const QDate &asOf) const
{
    if (!asOf.isValid()) {
        return makeError(ErrorCode::Validation, LoyaltyTr::tr("Choose the day the overview is for."));
    }
    LoyaltyOverview o;
    o.asOf = asOf;
    o.windowStart = asOf.addMonths(-12).addDays(1);
    const QString day = isoDate(asOf);
    const QString start = isoDate(o.windowStart);
    QSqlDatabase db = connection();
    QSqlQuery q(db);
    q.setForwardOnly(true);

    // Flows in the window. A reversal counts against what it reverses.
    if (!execPrepared(q,
                      QStringLiteral("SELECT e.kind, coalesce(o.kind, ''), coalesce(sum(e.points), 0) FROM "
                                     "loyalty_entry e LEFT JOIN loyalty_entry o ON o.id = e.reverses_entry_id "
                                     "WHERE e.on_date >= ? AND e.on_date <= ? GROUP BY e.kind, o.kind"),
                      {start, day})) {
        return readError(q);
    }
    while (q.next()) {
        const auto kind = loyaltyEntryKindFromId(q.value(0).toString());
        const auto reversed = loyaltyEntryKindFromId(q.value(1).toString());
        const qint64 points = q.value(2).toLongLong();
        const auto flowOf = [](std::optional<LoyaltyEntryKind> k) { return k.value_or(LoyaltyEntryKind::Adjust); };
        switch (flowOf(kind == LoyaltyEntryKind::Reverse ? reversed : kind)) {
        case LoyaltyEntryKind::Earn:
        case LoyaltyEntryKind::Referral: o.earned += points; break;
        case LoyaltyEntryKind::Redeem: o.redeemed -= points; break;
        case LoyaltyEntryKind::Expire: o.expired -= points; break;
        case LoyaltyEntryKind::Adjust:
        case LoyaltyEntryKind::Reverse: break;
        }
    }
    q.finish();

    // What is left of each lot at the end of asOf (only what entries up to then consumed or gave back), summed per
    // member into live, expiring soon and past expiry without an expire entry yet.
    if (!execPrepared(
            q,
            QStringLiteral(
                "SELECT count(CASE WHEN live > 0 THEN 1 END), coalesce(sum(live), 0), "
                "count(CASE WHEN expiring > 0 THEN 1 END), coalesce(sum(expiring), 0), coalesce(sum(pending), 0) "
                "FROM (SELECT l.customer_id, "
                "sum(CASE WHEN l.expires_on IS NULL OR l.expires_on > ? THEN l.remaining ELSE 0 END) AS live, "
                "sum(CASE WHEN l.expires_on > ? AND l.expires_on <= ? THEN l.remaining ELSE 0 END) AS expiring, "
                "sum(CASE WHEN l.expires_on >= ? AND l.expires_on <= ? THEN l.remaining ELSE 0 END) AS pending "
                "FROM (SELECT e.customer_id, e.expires_on, "
                "e.points + coalesce((SELECT sum(a.points) FROM loyalty_allocation a WHERE a.entry_id = e.id "
                "AND a.points < 0), 0) - coalesce((SELECT sum(a.points) FROM loyalty_allocation a JOIN "
                "loyalty_entry c ON c.id = a.entry_id WHERE a.lot_entry_id = e.id AND c.on_date <= ?), 0) "
                "AS remaining FROM loyalty_entry e JOIN customer m ON m.id = e.customer_id "
                "WHERE e.points > 0 AND e.on_date <= ? AND m.merged_into IS NULL) l "
                "WHERE l.remaining > 0 GROUP BY l.customer_id)"),
            {day, day, isoDate(asOf.addDays(LoyaltyOverview::expiringWithinDays)), start, day, day, day}) ||
        !q.next()) {
        return readError(q);
    }
    o.membersWithPoints = q.value(0).toLongLong();
    o.outstandingPoints = q.value(1).toLongLong();
    o.expiringMembers = q.value(2).toLongLong();
    o.expiringPoints = q.value(3).toLongLong();
    o.expired += q.value(4).toLongLong();
    q.finish();
    o.outstandingValueCents = m_program.valueCents(o.outstandingPoints);
    if (o.earned > 0) {
        o.redemptionRate = static_cast<double>(o.redeemed) / static_cast<double>(o.earned);
    }

    // Members by tier as last evaluated; never evaluated is the base tier.
    if (!execPrepared(q,
                      QStringLiteral("SELECT coalesce((SELECT t.to_tier FROM loyalty_tier_event t WHERE "
                                     "t.customer_id = c.id AND t.at <= ? ORDER BY t.at DESC, t.id DESC LIMIT 1), '') "
                                     "AS tier, count(*) FROM customer c WHERE c.merged_into IS NULL AND (EXISTS "
                                     "(SELECT 1 FROM loyalty_entry e WHERE e.customer_id = c.id AND e.on_date <= ?) "
                                     "OR EXISTS (SELECT 1 FROM loyalty_tier_event x WHERE x.customer_id = c.id AND "
                                     "x.at <= ?)) GROUP BY tier"),
                      {day, day, day})) {
        return readError(q);
    }
    QMap<QString, qint64> byTier;
    while (q.next()) {
        const QString tier = q.value(0).toString();
        byTier[tier.isEmpty() ? m_program.baseTier() : tier] += q.value(1).toLongLong();
    }
    for (const LoyaltyTier &tier : m_program.tiers()) {
        o.tiers.append({tier.id, byTier.take(tier.id)});
    }
    for (auto it = byTier.constBegin(); it != byTier.constEnd(); ++it) {
        o.tiers.append({it.key(), it.value()});
    }
    return o;
}

} // namespace caredesk::core
