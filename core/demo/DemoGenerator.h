// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/customers/Customer.h"

#include <QList>

#include <functional>

namespace caredesk::core {

class Database;

/**
 * The deterministic generator behind `caredesk-cli demo`, the tests and the benchmark suite: the same seed gives the
 * same customers on every run and platform (own PRNG, no std distributions). It makes realistic Chinese and English
 * names, mainland mobiles and landlines, Beijing/Shanghai/Guangzhou/Shenzhen regions, resident ID numbers with valid
 * check digits, organisations with members, tags, consent, activity spread over two years, and duplicates on
 * purpose (same phone, same name and birth date, a pinyin spelling of a Chinese name).
 */
class DemoGenerator final {
public:
    struct Options {
        quint64 seed = 1;
        int customers = 2000;
        int duplicatePercent = 2; ///< share of customers that are deliberate duplicates of earlier ones
        int batchSize = 5000;
    };
    struct Stats {
        int customers = 0;
        int organisations = 0;
        int duplicates = 0;
    };

    explicit DemoGenerator(Database &database, const Clock &clock = Clock::system());
    /** Over any open connection with CareDesk's schema (the benchmark's unencrypted twin). */
    DemoGenerator(const QString &connectionName, const QString &userName, const Clock &clock = Clock::system());

    /** Generates and saves; @p progress (done, total) is called after each batch. */
    [[nodiscard]] Result<Stats> generate(const Options &options, const std::function<void(int, int)> &progress = {});

    /** The customers generate() would save, without saving them (ids 0): for tests of the generator itself. */
    [[nodiscard]] static QList<Customer> makeCustomers(const Options &options, const QDateTime &now);

private:
    QString m_connectionName;
    QString m_userName;
    const Clock &m_clock;
};

} // namespace caredesk::core
