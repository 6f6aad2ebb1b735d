// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Clock.h"
#include "core/common/Result.h"

#include <QString>

#include <functional>

namespace caredesk::core {

class Database;

/**
 * The benchmark-scale generator: the same kind of data as the demo (Chinese and English names, mainland phones,
 * member and ID numbers, visits with items, satisfaction surveys with dimension scores, complaints with their
 * events, a loyalty ledger with FIFO allocations and expiries, follow-up calls) written with raw prepared INSERTs
 * in one transaction, fast enough for a million customers. Deterministic: the same seed and options give the same
 * rows on every run and platform (own PRNG, no std distributions). The search index gets the tokens
 * CustomerRepository would write (SearchTokenizer::document), so search benchmarks are honest; the app's triggers
 * fire on every insert as they would in use.
 *
 * Consistency it keeps: each customer's last_activity_at is their latest visit (or registration); every loyalty
 * balance equals the sum of the customer's ledger (lots expired before today have their expire entries); complaint
 * states match their event history.
 */
class BulkGenerator final {
public:
    /** Bumped whenever the rows generated for a seed change (the benchmark cache is keyed by it). */
    static constexpr int version = 1;

    struct Options {
        quint64 seed = 1;
        int customers = 10000;
        int visitsPerCustomer = 10;    ///< average
        int surveysPerThousand = 1000; ///< survey responses per 1000 customers
        int complaintsPerThousand = 200;
        /**
         * Only for a fresh throwaway file (the benchmark cache): synchronous OFF, no rollback journal and a 1 GB page
         * cache while loading, then back to the app's WAL settings. A failure then leaves the file unusable.
         */
        bool throwawayFile = false;
        /**
         * Bulk load: the secondary indexes of the tables it writes whose keys do not arrive in insertion order, and
         * the analytics rollup triggers, are dropped while loading (their definitions read from sqlite_master first),
         * then the indexes are built again with the same definitions and every rollup the dropped triggers keep is filled set-wise (INSERT ... SELECT ...
         * GROUP BY) to the state the triggers would have left. Triggers it does not know how to fill stay live.
         * Much faster at benchmark scale; the result is the same database (BulkGeneratorTests compares).
         */
        bool bulkLoad = false;
    };

    struct Stats {
        qint64 customers = 0;
        qint64 searchDocuments = 0;
        qint64 tags = 0;
        qint64 consents = 0;
        qint64 visits = 0;
        qint64 visitItems = 0;
        qint64 surveyResponses = 0;
        qint64 surveyScores = 0;
        qint64 complaints = 0;
        qint64 complaintEvents = 0;
        qint64 loyaltyEntries = 0;
        qint64 loyaltyAllocations = 0;
        qint64 followUps = 0;
        double seconds = 0;      ///< all of it: rows, indexes, rollups, commit
        double indexSeconds = 0; ///< of which building the dropped indexes again (bulk load)
        double rollupSeconds = 0; ///< of which filling the rollups set-wise (bulk load)

        /** Every row written, in all tables. */
        [[nodiscard]] qint64 rows() const;
        [[nodiscard]] double rowsPerSecond() const { return seconds > 0 ? static_cast<double>(rows()) / seconds : 0; }
    };

    /**
     * Generates into @p database, acting as its session's user. PermissionDenied unless the session is an
     * administrator; on any error nothing is kept (unless Options::throwawayFile) and the error says what failed.
     * @p progress (customers done, total) is called every 10000 customers.
     */
    [[nodiscard]] static Result<Stats> generate(Database &database, const Clock &clock, const Options &options,
                                                const std::function<void(int, int)> &progress = {});
    /** Over any open QSQLCIPHER connection with CareDesk's schema, recording @p userName as the author. */
    [[nodiscard]] static Result<Stats> generate(const QString &connectionName, const QString &userName,
                                                const Clock &clock, const Options &options,
                                                const std::function<void(int, int)> &progress = {});
};

} // namespace caredesk::core
