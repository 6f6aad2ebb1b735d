// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analytics/ChurnRiskService.h"

#include "core/analytics/ChurnScorer.h"
#include "core/analytics/ChurnTrend.h"
#include "core/analytics/CohortRetention.h"
#include "core/analytics/CustomerValue.h"
#include "core/analytics/KaplanMeier.h"
#include "core/auth/Permission.h"
#include "core/common/Tr.h"
#include "core/complaints/ComplaintRepository.h"
#include "core/followups/FollowUpRepository.h"
#include "core/loyalty/LoyaltyProgram.h"
#include "core/storage/Database.h"
#include "core/storage/SqlErrors.h"
#include "core/storage/Transaction.h"

#include <QElapsedTimer>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <vector>

namespace caredesk::core {

int ChurnBandCounts::count(ChurnBand band) const
{
    switch (band) {
    case ChurnBand::None: return none;
    case ChurnBand::Low: return low;
    case ChurnBand::Medium: return medium;
    case ChurnBand::High: return high;
    case ChurnBand::Lapsed: return lapsed;
    }
    return 0;
}

void ChurnBandCounts::set(ChurnBand band, int customers)
{
    switch (band) {
    case ChurnBand::None: none = customers; break;
    case ChurnBand::Low: low = customers; break;
    case ChurnBand::Medium: medium = customers; break;
    case ChurnBand::High: high = customers; break;
    case ChurnBand::Lapsed: lapsed = customers; break;
    }
}

namespace {

constexpr qint64 unixEpochJulianDay = 2440588; // QDate(1970, 1, 1).toJulianDay()
constexpr int gapHistogramCap = 3660;          // gaps longer than ten years count as ten years for the median
constexpr int progressEvery = 1 << 16;

Error readError(const QSqlQuery &q)
{
    return databaseError(q.lastError(), AnalyticsTr::tr("The churn figures could not be read."));
}

Error writeError(const QSqlQuery &q)
{
    return databaseError(q.lastError(), AnalyticsTr::tr("The churn figures could not be saved. The previous figures "
                                                        "are kept."));
}

Error cancelled()
{
    return makeError(ErrorCode::Internal,
                     AnalyticsTr::tr("Working out the churn figures was cancelled. The previous "
                                     "figures are kept."),
                     QStringLiteral("churn rebuild cancelled"));
}

qint64 floorDiv(qint64 a, qint64 b)
{
    return a >= 0 ? a / b : -((-a + b - 1) / b);
}

/** Local day (as a Julian day) of UTC seconds, with the zone offset cached per UTC day. */
class LocalDays {
public:
    qint64 julianDay(qint64 utcSeconds)
    {
        const qint64 utcDay = floorDiv(utcSeconds, 86400);
        if (utcDay != m_lastUtcDay) {
            auto it = m_offsets.constFind(utcDay);
            if (it == m_offsets.cend()) {
                const QDateTime noon = QDateTime::fromSecsSinceEpoch(utcDay * 86400 + 43200, QTimeZone::utc());
                it = m_offsets.insert(utcDay, m_zone.offsetFromUtc(noon));
            }
            m_lastUtcDay = utcDay;
            m_lastOffset = *it;
        }
        return floorDiv(utcSeconds + m_lastOffset, 86400) + unixEpochJulianDay;
    }

private:
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    QHash<qint64, int> m_offsets;
    qint64 m_lastUtcDay = std::numeric_limits<qint64>::min();
    int m_lastOffset = 0;
};

/** The exact median of a histogram of gap lengths; nullopt when it is empty. */
std::optional<double> histogramMedian(const std::vector<qint64> &histogram)
{
    qint64 n = 0;
    for (qint64 count : histogram) {
        n += count;
    }
    if (n == 0) {
        return std::nullopt;
    }
    auto valueAt = [&](qint64 rank) { // 0-based
        qint64 seen = 0;
        for (size_t gap = 0; gap < histogram.size(); ++gap) {
            seen += histogram[gap];
            if (seen > rank) {
                return static_cast<double>(gap);
            }
        }
        return static_cast<double>(histogram.size() - 1);
    };
    return n % 2 == 1 ? valueAt(n / 2) : (valueAt(n / 2 - 1) + valueAt(n / 2)) / 2.0;
}

/**
 * Inserts many rows with multi-row VALUES statements of about valuesPerStatement values (SQLite takes at most 999).
 * Not near the limit: the driver finds each bound value's placeholder by name, which costs time in proportion to
 * the placeholders, so binding a statement costs the square of its size (at 990 values a third of a rebuild went
 * there); 120 keeps that negligible while still saving most of the per-statement overhead.
 */
class BatchInsert {
public:
    static constexpr int valuesPerStatement = 120;

    BatchInsert(QSqlDatabase db, const QString &table, const QStringList &columns)
        : m_db(db), m_head(QStringLiteral("INSERT INTO %1(%2) VALUES ").arg(table, columns.join(QLatin1Char(',')))),
          m_columns(static_cast<int>(columns.size())), m_rowsPerStatement(std::max(1, valuesPerStatement / m_columns)),
          m_full(db)
    {
    }

    bool add(const QVariantList &row)
    {
        m_values << row;
        if (m_values.size() >= m_columns * m_rowsPerStatement) {
            return flush();
        }
        return true;
    }

    bool flush()
    {
        if (m_values.isEmpty()) {
            return true;
        }
        const int rows = static_cast<int>(m_values.size() / m_columns);
        bool ok = false;
        if (rows == m_rowsPerStatement) {
            if (!m_fullPrepared) {
                m_fullPrepared = m_full.prepare(sql(rows));
                if (!m_fullPrepared) {
                    m_error = m_full.lastError();
                    return false;
                }
            }
            ok = run(m_full, m_values);
            if (!ok) {
                m_error = m_full.lastError();
            }
        } else {
            QSqlQuery q(m_db);
            ok = execPrepared(q, sql(rows), m_values);
            if (!ok) {
                m_error = q.lastError();
            }
        }
        m_values.clear();
        return ok;
    }

    [[nodiscard]] QSqlError error() const { return m_error; }

private:
    [[nodiscard]] QString sql(int rows) const
    {
        QString one = QStringLiteral("(") + QStringList(m_columns, QStringLiteral("?")).join(QLatin1Char(',')) +
                      QStringLiteral(")");
        return m_head + QStringList(rows, one).join(QLatin1Char(','));
    }

    QSqlDatabase m_db;
    QString m_head;
    int m_columns;
    int m_rowsPerStatement;
    QSqlQuery m_full;
    bool m_fullPrepared = false;
    QVariantList m_values;
    QSqlError m_error;
};

/** What the scan of visits collects per customer (index into the customer list). */
struct CustomerFigures {
    qint64 firstDay = 0; ///< Julian days, local
    qint64 lastDay = 0;
    int visitDays = 0;
    int visits = 0;
    int purchases = 0;
    int yearVisits = 0;
    qint64 yearAmount = 0;
    qint64 lastSupplySeconds = std::numeric_limits<qint64>::min();
    qint64 lastSupplyDay = 0;
    int lastSupplyDays = 0;
    float ownMedianGap = -1; ///< < 0: no gaps
    ChurnSegment segment = ChurnSegment::Clinic;
};

const QString riskColumns =
    QStringLiteral("r.customer_id, r.band, r.score, r.reasons, r.expected_interval_days, r.overdue_ratio, "
                   "r.days_since_last, r.first_visit_on, r.last_visit_on, r.visit_days, r.segment");

ChurnRisk riskFromRow(const QSqlQuery &q, const QDateTime &computedAt)
{
    ChurnRisk risk;
    risk.customerId = q.value(0).toLongLong();
    risk.band = churnBandFromId(q.value(1).toString()).value_or(ChurnBand::None);
    risk.score = q.value(2).toInt();
    risk.reasons = decodeChurnReasons(q.value(3).toString());
    risk.expectedIntervalDays = q.value(4).toDouble();
    risk.overdueRatio = q.value(5).toDouble();
    risk.daysSinceLastVisit = q.value(6).toInt();
    risk.firstVisitOn = QDate::fromString(q.value(7).toString(), Qt::ISODate);
    risk.lastVisitOn = QDate::fromString(q.value(8).toString(), Qt::ISODate);
    risk.visitDays = q.value(9).toInt();
    risk.segment = churnSegmentFromId(q.value(10).toString()).value_or(ChurnSegment::Clinic);
    risk.computedAt = computedAt;
    return risk;
}

QString isoDay(const QDate &day)
{
    return day.toString(Qt::ISODate);
}

/**
 * The band history (migration 12): compares @p risks with churn_band_current (the previous rebuild's bands), writes
 * one churn_band_change row per customer whose band differs (none on the first rebuild, when there is nothing to
 * compare with) and brings churn_band_current up to date. Only changes are written.
 */
Status writeBandChanges(QSqlDatabase db, const std::vector<ChurnRisk> &risks, const QDate &today, const QString &failed)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!execPrepared(q, QStringLiteral("SELECT count(*) FROM churn_snapshot")) || !q.next()) {
        return databaseError(q.lastError(), failed);
    }
    const bool first = q.value(0).toInt() == 0;
    q.finish();
    QHash<CustomerId, QString> previous;
    if (!execPrepared(q, QStringLiteral("SELECT customer_id, band FROM churn_band_current"))) {
        return databaseError(q.lastError(), failed);
    }
    while (q.next()) {
        previous.insert(q.value(0).toLongLong(), q.value(1).toString());
    }
    q.finish();
    struct Move {
        CustomerId customerId;
        QString from;
        QString to;
    };
    std::vector<Move> moves;
    for (const ChurnRisk &risk : risks) {
        const QString band = risk.band == ChurnBand::None ? QString() : churnBandId(risk.band);
        const QString before = previous.take(risk.customerId);
        if (before != band) {
            moves.push_back({risk.customerId, before, band});
        }
    }
    for (auto it = previous.constBegin(); it != previous.constEnd(); ++it) {
        moves.push_back({it.key(), it.value(), QString()}); // no longer scored (merged away)
    }
    BatchInsert changes(db, QStringLiteral("churn_band_change"),
                        {QStringLiteral("customer_id"), QStringLiteral("on_date"), QStringLiteral("from_band"),
                         QStringLiteral("to_band")});
    BatchInsert current(db, QStringLiteral("churn_band_current"),
                        {QStringLiteral("customer_id"), QStringLiteral("band")});
    QSqlQuery drop(db);
    if (!drop.prepare(QStringLiteral("DELETE FROM churn_band_current WHERE customer_id = ?"))) {
        return databaseError(drop.lastError(), failed);
    }
    const QString day = today.toString(Qt::ISODate);
    for (const Move &m : moves) {
        if (!first && !changes.add({m.customerId, day, m.from, m.to})) {
            return databaseError(changes.error(), failed);
        }
        if (!m.from.isEmpty() && !run(drop, {m.customerId})) {
            return databaseError(drop.lastError(), failed);
        }
        if (!m.to.isEmpty() && !current.add({m.customerId, m.to})) {
            return databaseError(current.error(), failed);
        }
    }
    if (!changes.flush() || !current.flush()) {
        return databaseError(changes.error().isValid() ? changes.error() : current.error(), failed);
    }
    return {};
}

} // namespace

ChurnRiskService::ChurnRiskService(Database &database, const Clock &clock)
    : m_connectionName(database.connectionName()), m_userName(database.session().userName),
      m_role(database.session().role), m_clock(clock)
{
}

ChurnRiskService::ChurnRiskService(const QString &connectionName, const QString &userName, const Clock &clock)
    : m_connectionName(connectionName), m_userName(userName), m_clock(clock)
{
    QSqlQuery q(connection());
    if (!userName.isEmpty() &&
        execPrepared(q, QStringLiteral("SELECT role FROM staff WHERE user_name = ? AND disabled = 0"), {userName}) &&
        q.next()) {
        m_role = roleFromId(q.value(0).toString());
    }
}

bool ChurnRiskService::mayRead(Role role)
{
    return roleAllows(role, Permission::ViewDashboards);
}

QSqlDatabase ChurnRiskService::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Status ChurnRiskService::requireReader() const
{
    if (!m_role || !mayRead(*m_role)) {
        return makeError(ErrorCode::PermissionDenied,
                         AnalyticsTr::tr("Churn risk is for service officers, managers and administrators. Ask one "
                                         "of them."));
    }
    return {};
}

Result<ChurnSnapshotInfo> ChurnRiskService::rebuild(const ChurnProgress &progress, const std::atomic_bool *cancel)
{
    if (auto allowed = requireReader(); !allowed) {
        return allowed.error();
    }
    QElapsedTimer timer;
    timer.start();
    auto isCancelled = [cancel]() { return cancel && cancel->load(); };
    auto settingsRead = ChurnSettings::load(m_connectionName);
    if (!settingsRead) {
        return settingsRead.error();
    }
    const ChurnSettings settings = *settingsRead;
    auto programRead = LoyaltyProgram::load(m_connectionName);
    if (!programRead) {
        return programRead.error();
    }
    const LoyaltyProgram program = *programRead;
    const QDateTime now = m_clock.nowUtc();
    const QDate today = m_clock.today();
    const qint64 todayJd = today.toJulianDay();
    QSqlDatabase db = connection();
    QSqlQuery q(db);
    q.setForwardOnly(true);

    // Customers that count (not merged away), by dense index.
    if (!execPrepared(q, QStringLiteral("SELECT coalesce(max(id), 0) FROM customer")) || !q.next()) {
        return readError(q);
    }
    const qint64 maxCustomerId = q.value(0).toLongLong();
    q.finish();
    std::vector<qint32> indexOf(static_cast<size_t>(maxCustomerId + 1), -1);
    std::vector<CustomerId> ids;
    std::vector<bool> chronic;
    if (!execPrepared(q, QStringLiteral("SELECT id, chronic_medication FROM customer WHERE merged_into IS NULL "
                                        "ORDER BY id"))) {
        return readError(q);
    }
    while (q.next()) {
        const CustomerId id = q.value(0).toLongLong();
        indexOf[size_t(id)] = static_cast<qint32>(ids.size());
        ids.push_back(id);
        chronic.push_back(q.value(1).toInt() != 0);
    }
    q.finish();
    std::vector<CustomerFigures> figures(ids.size());

    // One scan of the visit table in storage order (sequential pages); grouping by customer is a sort in memory.
    if (!execPrepared(q, QStringLiteral("SELECT coalesce(max(id), 0) FROM visit")) || !q.next()) {
        return readError(q);
    }
    const qint64 visitsEstimate = q.value(0).toLongLong();
    q.finish();
    if (progress) {
        progress(0, visitsEstimate);
    }
    std::vector<quint64> keys; // customer index << 32 | local Julian day
    keys.reserve(static_cast<size_t>(visitsEstimate));
    LocalDays localDays;
    qint64 visitsRead = 0;
    if (!execPrepared(q, QStringLiteral("SELECT customer_id, julianday(at), amount, kind = 'purchase', days_supply "
                                        "FROM visit"))) {
        return readError(q);
    }
    while (q.next()) {
        ++visitsRead;
        if (visitsRead % progressEvery == 0) {
            if (isCancelled()) {
                return cancelled();
            }
            if (progress) {
                progress(visitsRead, std::max(visitsRead, visitsEstimate));
            }
        }
        const qint64 customerId = q.value(0).toLongLong();
        if (customerId <= 0 || customerId > maxCustomerId || indexOf[size_t(customerId)] < 0) {
            continue;
        }
        const qint32 ci = indexOf[size_t(customerId)];
        const qint64 seconds = std::llround((q.value(1).toDouble() - 2440587.5) * 86400.0);
        const qint64 day = localDays.julianDay(seconds);
        keys.push_back((quint64(quint32(ci)) << 32) | quint64(quint32(day)));
        CustomerFigures &f = figures[size_t(ci)];
        ++f.visits;
        f.purchases += q.value(3).toInt();
        if (day > todayJd - 365 && day <= todayJd) {
            ++f.yearVisits;
            f.yearAmount += q.value(2).toLongLong();
        }
        if (!q.value(4).isNull() && seconds >= f.lastSupplySeconds) {
            f.lastSupplySeconds = seconds;
            f.lastSupplyDay = day;
            f.lastSupplyDays = q.value(4).toInt();
        }
    }
    if (q.lastError().isValid()) {
        return readError(q);
    }
    q.finish();
    std::sort(keys.begin(), keys.end());

    // Pass over each customer's visit days: gaps, segment, trend, cohorts, retention observations.
    const int segmentCount = static_cast<int>(allChurnSegments().size());
    std::vector<std::vector<qint64>> gapHistograms(static_cast<size_t>(segmentCount),
                                                   std::vector<qint64>(gapHistogramCap + 1));
    std::vector<QList<KaplanMeierObservation>> observations(static_cast<size_t>(segmentCount));
    ChurnTrend trend(today, settings.lapseDays);
    CohortRetention cohorts(today);
    QList<QDate> days;
    std::vector<int> gapList;
    std::vector<qint32> scored; // customer indexes with visits
    for (size_t i = 0; i < keys.size();) {
        const quint32 ci = quint32(keys[i] >> 32);
        days.clear();
        for (; i < keys.size() && quint32(keys[i] >> 32) == ci; ++i) {
            const QDate day = QDate::fromJulianDay(qint64(quint32(keys[i] & 0xffffffffu)));
            if (days.isEmpty() || days.constLast() != day) {
                days << day;
            }
        }
        CustomerFigures &f = figures[ci];
        f.segment = chronic[ci] ? ChurnSegment::Chronic
                                : (2 * f.purchases >= f.visits ? ChurnSegment::Pharmacy : ChurnSegment::Clinic);
        const int segment = static_cast<int>(allChurnSegments().indexOf(f.segment));
        f.firstDay = days.constFirst().toJulianDay();
        f.lastDay = days.constLast().toJulianDay();
        f.visitDays = static_cast<int>(days.size());
        gapList.clear();
        for (qsizetype d = 1; d < days.size(); ++d) {
            const int gap = static_cast<int>(days.at(d - 1).daysTo(days.at(d)));
            gapList.push_back(gap);
            ++gapHistograms[size_t(segment)][size_t(std::min(gap, gapHistogramCap))];
        }
        if (!gapList.empty()) {
            std::sort(gapList.begin(), gapList.end());
            const size_t n = gapList.size();
            f.ownMedianGap = n % 2 == 1 ? float(gapList[n / 2]) : float((gapList[n / 2 - 1] + gapList[n / 2]) / 2.0);
        }
        trend.addCustomer(days);
        cohorts.addCustomer(days);
        observations[size_t(segment)] << KaplanMeier::observation(days, today, settings.lapseDays);
        scored.push_back(qint32(ci));
    }
    keys.clear();
    keys.shrink_to_fit();
    if (isCancelled()) {
        return cancelled();
    }
    std::vector<std::optional<double>> segmentMedians;
    for (int s = 0; s < segmentCount; ++s) {
        segmentMedians.push_back(histogramMedian(gapHistograms[size_t(s)]));
    }

    // Recent detractors: the latest answer with NPS ≤ 6 or CSAT ≤ 2 per customer.
    struct Detractor {
        QDate on;
        int nps = -1;
        int csat = 0;
    };
    QHash<qint32, Detractor> detractors;
    if (!execPrepared(q,
                      QStringLiteral("SELECT customer_id, at, nps, csat FROM survey_response WHERE at >= ? AND "
                                     "(nps <= 6 OR csat <= 2) ORDER BY at, id"),
                      {iso(now.addDays(-(settings.detractorDays + 1)))})) {
        return readError(q);
    }
    while (q.next()) {
        const qint64 customerId = q.value(0).toLongLong();
        if (customerId <= 0 || customerId > maxCustomerId || indexOf[size_t(customerId)] < 0) {
            continue;
        }
        Detractor d;
        d.on = fromIso(q.value(1).toString()).toLocalTime().date();
        d.nps = q.value(2).isNull() ? -1 : q.value(2).toInt();
        d.csat = q.value(3).isNull() ? 0 : q.value(3).toInt();
        if (d.nps > 6) {
            d.nps = -1; // a passive or promoter who gave a low CSAT: the CSAT is the reason
        }
        detractors.insert(indexOf[size_t(customerId)], d);
    }
    q.finish();

    // Open complaints and whether one runs past its time limit.
    struct OpenComplaint {
        QDate receivedOn;
        bool breached = false;
    };
    QHash<qint32, OpenComplaint> complaints;
    {
        ComplaintRepository repository(m_connectionName, m_userName, m_clock);
        auto queue = repository.queue(ComplaintQueueFilter{}, now);
        if (!queue) {
            return queue.error();
        }
        for (const ComplaintQueueRow &row : std::as_const(*queue)) {
            const qint64 customerId = row.complaint.customerId;
            if (customerId <= 0 || customerId > maxCustomerId || indexOf[size_t(customerId)] < 0) {
                continue;
            }
            OpenComplaint &c = complaints[indexOf[size_t(customerId)]];
            const QDate received = row.complaint.receivedAt.toLocalTime().date();
            if (!c.receivedOn.isValid() || received < c.receivedOn) {
                c.receivedOn = received;
            }
            c.breached = c.breached || row.sla.worstStatus() == SlaStatus::Breached;
        }
    }

    // Tier downgrades coming: qualifying points at the lookahead day below the current tier's threshold.
    struct TierShort {
        QString tier;
        qint64 threshold = 0;
        qint64 qualifying = 0;
    };
    QHash<qint32, TierShort> tierShorts;
    const QDate lookahead = today.addDays(settings.tierLookaheadDays);
    if (program.tiers().size() > 1) {
        if (!execPrepared(q,
                          QStringLiteral("SELECT t.customer_id, t.to_tier FROM loyalty_tier_event t WHERE NOT EXISTS "
                                         "(SELECT 1 FROM loyalty_tier_event l WHERE l.customer_id = t.customer_id "
                                         "AND (l.at > t.at OR (l.at = t.at AND l.id > t.id)))"))) {
            return readError(q);
        }
        while (q.next()) {
            const qint64 customerId = q.value(0).toLongLong();
            const QString tier = q.value(1).toString();
            if (customerId <= 0 || customerId > maxCustomerId || indexOf[size_t(customerId)] < 0 ||
                tier == program.baseTier()) {
                continue;
            }
            for (const LoyaltyTier &t : program.tiers()) {
                if (t.id == tier && t.threshold > 0) {
                    tierShorts.insert(indexOf[size_t(customerId)], TierShort{tier, t.threshold, 0});
                }
            }
        }
        q.finish();
        if (!tierShorts.isEmpty()) {
            // An earn counts on day D while earnedOn ≤ D < earnedOn + window months (LoyaltyLedger).
            if (!execPrepared(
                    q,
                    QStringLiteral("SELECT e.customer_id, sum(e.points) FROM loyalty_entry e WHERE "
                                   "e.kind = 'earn' AND e.on_date > ? AND e.on_date <= ? AND NOT EXISTS "
                                   "(SELECT 1 FROM loyalty_entry r WHERE r.kind = 'reverse' AND "
                                   "r.reverses_entry_id = e.id AND r.on_date <= ?) GROUP BY e.customer_id"),
                    {isoDay(lookahead.addMonths(-program.qualificationMonths())), isoDay(today), isoDay(today)})) {
                return readError(q);
            }
            while (q.next()) {
                const qint64 customerId = q.value(0).toLongLong();
                if (customerId <= 0 || customerId > maxCustomerId || indexOf[size_t(customerId)] < 0) {
                    continue;
                }
                auto it = tierShorts.find(indexOf[size_t(customerId)]);
                if (it != tierShorts.end()) {
                    it->qualifying = q.value(1).toLongLong();
                }
            }
            q.finish();
        }
    }

    // Score everyone with visits.
    ChurnBandCounts counts;
    std::vector<ChurnRisk> risks;
    risks.reserve(scored.size());
    for (qint32 ci : scored) {
        const CustomerFigures &f = figures[size_t(ci)];
        ChurnFacts facts;
        facts.customerId = ids[size_t(ci)];
        facts.today = today;
        facts.firstVisitOn = QDate::fromJulianDay(f.firstDay);
        facts.lastVisitOn = QDate::fromJulianDay(f.lastDay);
        facts.visitDays = f.visitDays;
        facts.ownMedianGap = f.ownMedianGap >= 0 ? std::optional<double>(f.ownMedianGap) : std::nullopt;
        facts.segment = f.segment;
        facts.segmentMedianGap = segmentMedians[size_t(allChurnSegments().indexOf(f.segment))];
        if (f.lastSupplyDays > 0) {
            facts.lastSupplyOn = QDate::fromJulianDay(f.lastSupplyDay);
            facts.lastSupplyDays = f.lastSupplyDays;
        }
        if (const auto it = detractors.constFind(ci); it != detractors.cend()) {
            facts.detractorOn = it->on;
            facts.detractorNps = it->nps;
            facts.detractorCsat = it->csat;
        }
        if (const auto it = complaints.constFind(ci); it != complaints.cend()) {
            facts.openComplaintOn = it->receivedOn;
            facts.complaintBreached = it->breached;
        }
        if (const auto it = tierShorts.constFind(ci); it != tierShorts.cend() && it->qualifying < it->threshold) {
            facts.tier = it->tier;
            facts.tierPointsShort = it->threshold - it->qualifying;
            facts.tierShortOn = lookahead;
        }
        ChurnRisk risk = ChurnScorer::score(facts, settings);
        risk.computedAt = now;
        counts.set(risk.band, counts.count(risk.band) + 1);
        risks.push_back(std::move(risk));
    }

    // RFM quintiles and lifetime value.
    QList<qint64> recency;
    QList<qint64> frequency;
    QList<qint64> monetary;
    for (qint32 ci : scored) {
        const CustomerFigures &f = figures[size_t(ci)];
        recency << todayJd - f.lastDay;
        frequency << f.yearVisits;
        monetary << f.yearAmount;
    }
    const QList<int> rScores = CustomerValue::quintiles(recency, false);
    const QList<int> fScores = CustomerValue::quintiles(frequency, true);
    const QList<int> mScores = CustomerValue::quintiles(monetary, true);
    const QList<ChurnMonth> months = trend.months();
    const std::optional<double> annualRate = ChurnTrend::annualRate(months);
    const double years = CustomerValue::expectedYears(annualRate, settings.maxExpectedYears);
    std::vector<RfmCell> cells;
    cells.reserve(scored.size());
    const int segmentsOfValue = static_cast<int>(allRfmSegments().size());
    std::vector<std::array<qint64, 3>> segmentSums(size_t(segmentsOfValue), {0, 0, 0}); // customers, spend, value
    std::array<std::array<int, 5>, 5> grid{};
    LifetimeValueSummary value;
    value.annualChurnRate = annualRate;
    value.expectedYears = years;
    for (size_t k = 0; k < scored.size(); ++k) {
        const CustomerFigures &f = figures[size_t(scored[k])];
        RfmCell cell;
        cell.customerId = ids[size_t(scored[k])];
        cell.recency = rScores.at(qsizetype(k));
        cell.frequency = fScores.at(qsizetype(k));
        cell.monetary = mScores.at(qsizetype(k));
        cell.segment = CustomerValue::segmentFor(cell.recency, cell.frequency, cell.monetary,
                                                 static_cast<int>(todayJd - f.lastDay),
                                                 static_cast<int>(todayJd - f.firstDay), settings);
        cell.yearlySpendCents = f.yearAmount;
        const bool lapsed = cell.segment == RfmSegment::Lapsed || cell.segment == RfmSegment::HighValueLapsed;
        cell.lifetimeValueCents = lapsed ? 0 : std::llround(static_cast<double>(f.yearAmount) * years);
        auto &sums = segmentSums[size_t(allRfmSegments().indexOf(cell.segment))];
        sums[0] += 1;
        sums[1] += cell.yearlySpendCents;
        sums[2] += cell.lifetimeValueCents;
        ++grid[size_t(cell.recency - 1)][size_t(cell.frequency - 1)];
        if (!lapsed) {
            ++value.customers;
            value.averageYearlySpendCents += cell.yearlySpendCents;
            value.totalLifetimeValueCents += cell.lifetimeValueCents;
        }
        cells.push_back(cell);
    }
    if (value.customers > 0) {
        value.averageLifetimeValueCents = value.totalLifetimeValueCents / value.customers;
        value.averageYearlySpendCents /= value.customers;
    }
    if (isCancelled()) {
        return cancelled();
    }

    // Write the snapshot in one transaction, replacing the previous one.
    ChurnSnapshotInfo info;
    info.computedAt = now;
    info.computedFor = today;
    info.customers = static_cast<qint64>(scored.size());
    info.visits = visitsRead;
    const QString failed = AnalyticsTr::tr("The churn figures could not be saved. The previous figures are kept.");
    auto written = transact<ChurnSnapshotInfo>(db, failed, [&]() -> Result<ChurnSnapshotInfo> {
        QSqlQuery w(db);
        if (auto moved = writeBandChanges(db, risks, today, failed); !moved) {
            return moved.error();
        }
        for (const char *table : {"churn_risk", "churn_band_count", "churn_month", "cohort_cell", "km_summary",
                                  "km_point", "rfm_cell", "rfm_segment", "rfm_grid", "churn_snapshot"}) {
            if (!w.exec(QStringLiteral("DELETE FROM %1").arg(QString::fromLatin1(table)))) {
                return writeError(w);
            }
        }
        BatchInsert riskRows(
            db, QStringLiteral("churn_risk"),
            {QStringLiteral("customer_id"), QStringLiteral("band"), QStringLiteral("warning"), QStringLiteral("score"),
             QStringLiteral("reasons"), QStringLiteral("expected_interval_days"), QStringLiteral("overdue_ratio"),
             QStringLiteral("days_since_last"), QStringLiteral("first_visit_on"), QStringLiteral("last_visit_on"),
             QStringLiteral("visit_days"), QStringLiteral("segment")});
        for (const ChurnRisk &risk : risks) {
            if (risk.band == ChurnBand::None) {
                continue;
            }
            if (!riskRows.add({risk.customerId, churnBandId(risk.band), risk.band == ChurnBand::Lapsed ? 0 : 1,
                               risk.score, encodeChurnReasons(risk.reasons), risk.expectedIntervalDays,
                               risk.overdueRatio, risk.daysSinceLastVisit, isoDay(risk.firstVisitOn),
                               isoDay(risk.lastVisitOn), risk.visitDays, churnSegmentId(risk.segment)})) {
                return databaseError(riskRows.error(), failed);
            }
        }
        if (!riskRows.flush()) {
            return databaseError(riskRows.error(), failed);
        }
        for (ChurnBand band : allChurnBands()) {
            if (!execPrepared(w, QStringLiteral("INSERT INTO churn_band_count(band, customers) VALUES (?, ?)"),
                              {churnBandId(band), counts.count(band)})) {
                return writeError(w);
            }
        }
        for (const ChurnMonth &month : months) {
            if (!execPrepared(w,
                              QStringLiteral("INSERT INTO churn_month(month, active_at_start, lapsed, returned) "
                                             "VALUES (?, ?, ?, ?)"),
                              {isoDay(month.month), month.activeAtStart, month.lapsed, month.returned})) {
                return writeError(w);
            }
        }
        for (const CohortRow &row : cohorts.rows()) {
            for (qsizetype k = 0; k < row.retained.size(); ++k) {
                if (!execPrepared(w,
                                  QStringLiteral("INSERT INTO cohort_cell(cohort, month_offset, size, retained) "
                                                 "VALUES (?, ?, ?, ?)"),
                                  {isoDay(row.month), int(k), row.size, row.retained.at(k)})) {
                    return writeError(w);
                }
            }
        }
        BatchInsert pointRows(db, QStringLiteral("km_point"),
                              {QStringLiteral("segment"), QStringLiteral("day"), QStringLiteral("survival"),
                               QStringLiteral("at_risk"), QStringLiteral("events"), QStringLiteral("censored")});
        for (int s = 0; s < segmentCount; ++s) {
            const QString segment = churnSegmentId(allChurnSegments().at(s));
            const QList<KaplanMeierPoint> curve = KaplanMeier::estimate(observations[size_t(s)]);
            int events = 0;
            for (const KaplanMeierPoint &point : curve) {
                events += point.events;
                if (!pointRows.add({segment, point.day, point.survival, point.atRisk, point.events, point.censored})) {
                    return databaseError(pointRows.error(), failed);
                }
            }
            const std::optional<int> median = KaplanMeier::median(curve);
            if (!execPrepared(w,
                              QStringLiteral("INSERT INTO km_summary(segment, customers, events, median_days) "
                                             "VALUES (?, ?, ?, ?)"),
                              {segment, int(observations[size_t(s)].size()), events, nullableInt(median)})) {
                return writeError(w);
            }
        }
        if (!pointRows.flush()) {
            return databaseError(pointRows.error(), failed);
        }
        BatchInsert cellRows(db, QStringLiteral("rfm_cell"),
                             {QStringLiteral("customer_id"), QStringLiteral("recency"), QStringLiteral("frequency"),
                              QStringLiteral("monetary"), QStringLiteral("segment"),
                              QStringLiteral("yearly_spend_cents"), QStringLiteral("lifetime_value_cents")});
        for (const RfmCell &cell : cells) {
            if (!cellRows.add({cell.customerId, cell.recency, cell.frequency, cell.monetary, rfmSegmentId(cell.segment),
                               cell.yearlySpendCents, cell.lifetimeValueCents})) {
                return databaseError(cellRows.error(), failed);
            }
        }
        if (!cellRows.flush()) {
            return databaseError(cellRows.error(), failed);
        }
        for (int s = 0; s < segmentsOfValue; ++s) {
            const auto &sums = segmentSums[size_t(s)];
            if (!execPrepared(w,
                              QStringLiteral("INSERT INTO rfm_segment(segment, customers, average_yearly_spend_cents, "
                                             "average_lifetime_value_cents) VALUES (?, ?, ?, ?)"),
                              {rfmSegmentId(allRfmSegments().at(s)), sums[0], sums[0] > 0 ? sums[1] / sums[0] : 0,
                               sums[0] > 0 ? sums[2] / sums[0] : 0})) {
                return writeError(w);
            }
        }
        for (int r = 0; r < 5; ++r) {
            for (int f = 0; f < 5; ++f) {
                if (!execPrepared(w,
                                  QStringLiteral("INSERT INTO rfm_grid(recency, frequency, customers) "
                                                 "VALUES (?, ?, ?)"),
                                  {r + 1, f + 1, grid[size_t(r)][size_t(f)]})) {
                    return writeError(w);
                }
            }
        }
        info.elapsedMs = timer.elapsed();
        if (!execPrepared(w,
                          QStringLiteral("INSERT INTO churn_snapshot(id, computed_at, computed_for, customers, visits, "
                                         "elapsed_ms, annual_churn_rate, expected_years, clv_customers, "
                                         "clv_average_spend, clv_average, clv_total) "
                                         "VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                          {iso(now), isoDay(today), info.customers, info.visits, info.elapsedMs,
                           annualRate ? QVariant(*annualRate) : QVariant(), years, value.customers,
                           value.averageYearlySpendCents, value.averageLifetimeValueCents,
                           value.totalLifetimeValueCents})) {
            return writeError(w);
        }
        if (isCancelled()) {
            return cancelled();
        }
        return info;
    });
    if (written && progress) {
        progress(std::max(visitsRead, visitsEstimate), std::max(visitsRead, visitsEstimate));
    }
    return written;
}

Result<ChurnSnapshotInfo> ChurnRiskService::snapshotInfo() const
{
    QSqlQuery q(connection());
    if (!execPrepared(q, QStringLiteral("SELECT computed_at, computed_for, customers, visits, elapsed_ms FROM "
                                        "churn_snapshot WHERE id = 1"))) {
        return readError(q);
    }
    ChurnSnapshotInfo info;
    if (q.next()) {
        info.computedAt = fromIso(q.value(0).toString());
        info.computedFor = QDate::fromString(q.value(1).toString(), Qt::ISODate);
        info.customers = q.value(2).toLongLong();
        info.visits = q.value(3).toLongLong();
        info.elapsedMs = q.value(4).toLongLong();
    }
    return info;
}

Result<bool> ChurnRiskService::isStale(const QDate &today) const
{
    auto info = snapshotInfo();
    if (!info) {
        return info.error();
    }
    auto settings = ChurnSettings::load(m_connectionName);
    if (!settings) {
        return settings.error();
    }
    if (!info->computedAt.isValid() || !info->computedFor.isValid() || info->computedFor < today) {
        return true;
    }
    return info->computedAt.secsTo(m_clock.nowUtc()) > qint64(settings->staleAfterHours) * 3600;
}

Result<bool> ChurnRiskService::isStale() const
{
    return isStale(m_clock.today());
}

Result<QList<ChurnRiskRow>> ChurnRiskService::atRisk(const ChurnListFilter &filter, int limit, int offset) const
{
    if (auto allowed = requireReader(); !allowed) {
        return allowed.error();
    }
    auto info = snapshotInfo();
    if (!info) {
        return info.error();
    }
    QVariantList values;
    QString where;
    if (filter.band) {
        where = QStringLiteral("r.band = ?");
        values << churnBandId(*filter.band);
    } else {
        where = QStringLiteral("r.warning = 1");
    }
    values << std::clamp(limit, 1, maxPageSize) << std::max(0, offset);
    QSqlQuery q(connection());
    q.setForwardOnly(true);
    if (!execPrepared(q,
                      QStringLiteral("SELECT ") + riskColumns +
                          QStringLiteral(", c.name, c.member_number FROM churn_risk r JOIN customer c ON c.id = "
                                         "r.customer_id WHERE ") +
                          where +
                          QStringLiteral(" AND c.merged_into IS NULL ORDER BY r.score DESC, r.customer_id DESC "
                                         "LIMIT ? OFFSET ?"),
                      values)) {
        return readError(q);
    }
    QList<ChurnRiskRow> rows;
    while (q.next()) {
        rows << ChurnRiskRow{riskFromRow(q, info->computedAt), q.value(11).toString(), q.value(12).toString()};
    }
    return rows;
}

Result<QList<ChurnRiskRow>> ChurnRiskService::atRiskAfter(const ChurnListFilter &filter,
                                                          const std::optional<ChurnCursor> &after, int limit) const
{
    if (auto allowed = requireReader(); !allowed) {
        return allowed.error();
    }
    auto info = snapshotInfo();
    if (!info) {
        return info.error();
    }
    QVariantList values;
    QString where;
    if (filter.band) {
        where = QStringLiteral("r.band = ?");
        values << churnBandId(*filter.band);
    } else {
        where = QStringLiteral("r.warning = 1");
    }
    if (after) {
        where += QStringLiteral(" AND (r.score < ? OR (r.score = ? AND r.customer_id < ?))");
        values << after->score << after->score << after->customerId;
    }
    values << std::clamp(limit, 1, maxPageSize);
    QSqlQuery q(connection());
    q.setForwardOnly(true);
    if (!execPrepared(q,
                      QStringLiteral("SELECT ") + riskColumns +
                          QStringLiteral(", c.name, c.member_number FROM churn_risk r JOIN customer c ON c.id = "
                                         "r.customer_id WHERE ") +
                          where +
                          QStringLiteral(" AND c.merged_into IS NULL ORDER BY r.score DESC, r.customer_id DESC "
                                         "LIMIT ?"),
                      values)) {
        return readError(q);
    }
    QList<ChurnRiskRow> rows;
    while (q.next()) {
        rows << ChurnRiskRow{riskFromRow(q, info->computedAt), q.value(11).toString(), q.value(12).toString()};
    }
    return rows;
}

ChurnCursor ChurnRiskService::cursorFor(const ChurnRiskRow &row)
{
    return ChurnCursor{row.risk.score, row.risk.customerId};
}

Result<ChurnBandCounts> ChurnRiskService::countsByBand() const
{
    if (auto allowed = requireReader(); !allowed) {
        return allowed.error();
    }
    QSqlQuery q(connection());
    if (!execPrepared(q, QStringLiteral("SELECT band, customers FROM churn_band_count"))) {
        return readError(q);
    }
    ChurnBandCounts counts;
    while (q.next()) {
        if (const auto band = churnBandFromId(q.value(0).toString())) {
            counts.set(*band, q.value(1).toInt());
        }
    }
    return counts;
}

Result<ChurnBandMoves> ChurnRiskService::bandMoves(const QDate &from, const QDate &to) const
{
    if (auto allowed = requireReader(); !allowed) {
        return allowed.error();
    }
    QSqlQuery q(connection());
    q.setForwardOnly(true);
    if (!execPrepared(q,
                      QStringLiteral("SELECT count(DISTINCT CASE WHEN to_band = 'high' AND from_band <> 'high' "
                                     "THEN customer_id END), count(DISTINCT CASE WHEN to_band = '' AND from_band "
                                     "<> '' THEN customer_id END) FROM churn_band_change WHERE on_date >= ? AND "
                                     "on_date <= ?"),
                      {isoDay(from), isoDay(to)}) ||
        !q.next()) {
        return readError(q);
    }
    ChurnBandMoves moves;
    moves.intoHigh = q.value(0).toInt();
    moves.recovered = q.value(1).toInt();
    return moves;
}

Result<std::optional<ChurnRisk>> ChurnRiskService::riskOf(CustomerId customerId) const
{
    if (auto allowed = requireReader(); !allowed) {
        return allowed.error();
    }
    auto info = snapshotInfo();
    if (!info) {
        return info.error();
    }
    QSqlQuery q(connection());
    if (!execPrepared(q,
                      QStringLiteral("SELECT ") + riskColumns +
                          QStringLiteral(" FROM churn_risk r WHERE "
                                         "r.customer_id = ?"),
                      {customerId})) {
        return readError(q);
    }
    if (!q.next()) {
        return std::optional<ChurnRisk>();
    }
    return std::optional<ChurnRisk>(riskFromRow(q, info->computedAt));
}

Result<FollowUpTask> ChurnRiskService::createWinBack(CustomerId customerId, const QString &assignee,
                                                     const QDate &dueDate)
{
    if (auto allowed = requireReader(); !allowed) {
        return allowed.error();
    }
    QSqlDatabase db = connection();
    return transact<FollowUpTask>(
        db, AnalyticsTr::tr("The win-back follow-up could not be saved."), [&]() -> Result<FollowUpTask> {
            QSqlQuery q(db);
            if (!execPrepared(q,
                              QStringLiteral("SELECT due_date FROM follow_up_task WHERE customer_id = ? AND kind = "
                                             "'win_back' AND status = 'open' ORDER BY due_date LIMIT 1"),
                              {customerId})) {
                return readError(q);
            }
            if (q.next()) {
                const QDate due = QDate::fromString(q.value(0).toString(), Qt::ISODate);
                return makeError(ErrorCode::Conflict,
                                 AnalyticsTr::tr("This customer already has an open win-back call (due %1). Work "
                                                 "that one in Follow-ups instead of adding another.")
                                     .arg(QLocale().toString(due, QLocale::ShortFormat)));
            }
            q.finish();
            auto risk = riskOf(customerId);
            if (!risk) {
                return risk.error();
            }
            FollowUpTask task;
            task.customerId = customerId;
            task.kind = FollowUpKind::WinBack;
            task.dueDate = dueDate;
            task.assignee = assignee;
            task.priority = 1;
            if (*risk) {
                task.notes =
                    AnalyticsTr::tr("Churn risk: %1 (score %2)").arg(churnBandLabel((*risk)->band)).arg((*risk)->score);
                const QStringList reasons = reasonTexts(**risk, -1);
                for (const QString &reason : reasons) {
                    task.notes += QLatin1Char('\n') + reason;
                }
            }
            FollowUpRepository followUps(m_connectionName, m_userName, m_clock);
            return followUps.create(task);
        });
}

} // namespace caredesk::core
