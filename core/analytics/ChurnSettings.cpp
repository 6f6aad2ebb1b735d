// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analytics/ChurnSettings.h"

#include "core/common/Tr.h"
#include "core/storage/SqlErrors.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace caredesk::core {

Result<ChurnSettings> ChurnSettings::load(const QString &connectionName)
{
    QSqlQuery q(QSqlDatabase::database(connectionName, false));
    if (!execPrepared(q, QStringLiteral("SELECT key, value FROM setting WHERE key LIKE 'churn.%'"))) {
        return databaseError(q.lastError(), AnalyticsTr::tr("The churn settings could not be read."));
    }
    QHash<QString, QString> values;
    while (q.next()) {
        values.insert(q.value(0).toString(), q.value(1).toString());
    }
    ChurnSettings s;
    auto readInt = [&](const char *key, int &target, int lowest, int highest) {
        bool ok = false;
        const int v = values.value(QString::fromLatin1(key)).toInt(&ok);
        if (ok && v >= lowest && v <= highest) {
            target = v;
        }
    };
    auto readDouble = [&](const char *key, double &target, double lowest, double highest) {
        bool ok = false;
        const double v = values.value(QString::fromLatin1(key)).toDouble(&ok);
        if (ok && v >= lowest && v <= highest) {
            target = v;
        }
    };
    readDouble("churn.prior_weight", s.priorWeight, 0, 100);
    readInt("churn.default_interval_days", s.defaultIntervalDays, 1, 3650);
    readInt("churn.minimum_interval_days", s.minimumIntervalDays, 1, 365);
    readInt("churn.lapse_days", s.lapseDays, 7, 3650);
    readDouble("churn.lapsed_overdue_ratio", s.lapsedOverdueRatio, 1, 100);
    readInt("churn.lapsed_after_days", s.lapsedAfterDays, 7, 3650);
    readInt("churn.detractor_days", s.detractorDays, 1, 3650);
    readInt("churn.tier_lookahead_days", s.tierLookaheadDays, 0, 365);
    readInt("churn.stale_after_hours", s.staleAfterHours, 1, 24 * 365);
    readInt("churn.new_customer_days", s.newCustomerDays, 1, 3650);
    readDouble("churn.max_expected_years", s.maxExpectedYears, 0.1, 100);
    return s;
}

} // namespace caredesk::core
