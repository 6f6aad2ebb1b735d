// SPDX-License-Identifier: GPL-3.0-or-later
// Throughput: CSV import of customers (100k, or 10k in quick mode) into the benchmark database, and the bulk
// generator itself, each on the encrypted database and on the unencrypted twin.
#include "bench/BenchFixture.h"
#include "core/customers/CustomerCsvImport.h"
#include "core/demo/BulkGenerator.h"
#include "core/storage/KeyRing.h"
#include "core/storage/SqlCipherDriver.h"

#include <benchmark/benchmark.h>

#include <QDir>
#include <QElapsedTimer>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <array>
#include <ctime>

using namespace caredesk;
using caredesk::bench::BenchFixture;

namespace {

/**
 * A realistic import file: Chinese and English names, unique mobiles (19x: the generator never makes those), birth
 * dates, sexes, a region, now and then tags and a quoted note with a comma. The names are about as varied as a
 * clinic's patients: 40 surnames (two of them double, and the ones read differently as surnames) and about 110
 * given-name characters, one or two of them: 62,161 of the 100,000 names are distinct, and each is transliterated.
 * @p distinctNames is how many different names the file has.
 */
QByteArray importFile(int rows, qsizetype *distinctNames)
{
    static constexpr std::array<const char *, 40> surnames{
        "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐",   "孙",  "马", "朱",
        "胡", "郭", "何", "高", "林", "罗", "郑", "梁", "谢", "宋", "唐",   "许",  "韩", "冯",
        "邓", "曹", "彭", "曾", "肖", "田", "董", "袁", "单", "解", "欧阳", "司马"};
    const QStringList given = QString::fromUtf8("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀英华慧巧美娟建国平刚桂英玉兰"
                                                "萍毅浩宇轩子涵欣怡梓晨雨思佳嘉豪俊博文瑞泽天一诗琪晓红志鹏海燕丹"
                                                "婷雪梅春霞秀兰凤霞亮成辉斌飞鑫晶琳宁凯翔龙颖倩欢云波蕾薇洁娇蓉瑶"
                                                "睿航铭昊宸彤璐晴悦珊岚昕妍淑贞荣德胜福永")
                                  .split(QString(), Qt::SkipEmptyParts);
    QByteArray csv = "name,phone,sex,birth_date,region,tags,notes\n";
    csv.reserve(rows * 80);
    QSet<QByteArray> seen;
    quint64 state = 20261124;
    const auto next = [&state] {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        return static_cast<int>(state >> 33);
    };
    const auto givenChar = [&] { return given.at(next() % given.size()).toUtf8(); };
    for (int i = 0; i < rows; ++i) {
        QByteArray name;
        if (i % 13 == 0) {
            name = "Mary Smith " + QByteArray::number(i % 97);
        } else {
            name = QByteArray(surnames[static_cast<std::size_t>(next() % 40)]) + givenChar();
            if (next() % 3 != 0) {
                name += givenChar();
            }
        }
        seen.insert(name);
        csv += name + ",19" + QByteArray::number(100000000 + i) + ',' + (next() % 2 ? "F" : "M") + ',' +
               QByteArray::number(1940 + next() % 80) + '-' + QByteArray::number(1 + next() % 12) + '-' +
               QByteArray::number(1 + next() % 28) + ",北京市朝阳区," + (i % 5 == 0 ? "VIP;慢病管理" : "") + ',' +
               (i % 7 == 0 ? "\"复诊, 需提醒\"" : "") + '\n';
    }
    *distinctNames = seen.size();
    return csv;
}

/** CPU time of this thread: on a machine shared with other work, rows per CPU second says what wall time cannot. */
double threadCpuSeconds()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return static_cast<double>(now.tv_sec) + static_cast<double>(now.tv_nsec) / 1e9;
}

/** Imports inside a transaction that is rolled back afterwards, so the cached data stays as it was. */
double importSeconds(const QString &connectionName, const QByteArray &csv, int rows, benchmark::State &state,
                     double &cpuSeconds)
{
    BenchFixture &fixture = BenchFixture::instance();
    QSqlDatabase db = QSqlDatabase::database(connectionName, false);
    if (!db.transaction()) {
        state.SkipWithError("cannot begin");
        return 0;
    }
    core::CustomerCsvImport importer(connectionName, QString::fromLatin1(BenchFixture::user), fixture.clock());
    QElapsedTimer timer;
    timer.start();
    const double cpuStart = threadCpuSeconds();
    auto report = importer.importData(csv);
    const double seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    cpuSeconds += threadCpuSeconds() - cpuStart;
    db.rollback();
    if (!report || report->imported != rows) {
        const std::string why = report ? (report->problems.isEmpty() ? std::string("not all imported")
                                                                     : report->problems.front().message.toStdString())
                                       : report.error().detail.toStdString();
        state.SkipWithError(why.c_str());
        return 0;
    }
    return seconds;
}

void BM_CsvImport(benchmark::State &state)
{
    BenchFixture &fixture = BenchFixture::instance();
    const int rows = fixture.customers() <= 10000 ? 10000 : 100000;
    qsizetype distinctNames = 0;
    const QByteArray csv = importFile(rows, &distinctNames);
    double enc = 0;
    double pln = 0;
    double encCpu = 0;
    double plnCpu = 0;
    qint64 imported = 0;
    for (auto _ : state) {
        enc += importSeconds(fixture.database().connectionName(), csv, rows, state, encCpu);
        pln += importSeconds(QString::fromLatin1(BenchFixture::plainConnection), csv, rows, state, plnCpu);
        imported += rows;
    }
    state.counters["rows_per_cpu_s"] = encCpu > 0 ? static_cast<double>(imported) / encCpu : 0;
    state.counters["plain_rows_per_cpu_s"] = plnCpu > 0 ? static_cast<double>(imported) / plnCpu : 0;
    state.counters["rows_per_s"] = enc > 0 ? static_cast<double>(imported) / enc : 0;
    state.counters["plain_rows_per_s"] = pln > 0 ? static_cast<double>(imported) / pln : 0;
    state.counters["enc_over_plain"] = pln > 0 ? enc / pln : 0;
    state.counters["file_rows"] = rows;
    state.counters["distinct_names"] = static_cast<double>(distinctNames);
    state.SetLabel("parse, validate, duplicate checks, addBulk, audit; one transaction (rolled back after)");
}

/** A fresh, empty encrypted database and its plain twin (by sqlcipher_export), to generate into. */
struct FreshPair {
    QTemporaryDir dir;
    std::unique_ptr<core::Database> encrypted;
    QString plainConnection = QStringLiteral("caredesk-bench-fresh-plain");

    /** Empty when both are open, else what failed. */
    QString open()
    {
        core::Database::CreateOptions options;
        options.path = dir.filePath(QStringLiteral("fresh.db"));
        options.adminUser = QString::fromLatin1(BenchFixture::user);
        options.password = QString::fromLatin1(BenchFixture::password);
        options.siteName = QStringLiteral("Benchmark Clinic");
        options.kdf = core::KdfParams::fastForTests();
        auto created = core::Database::create(options);
        if (!created) {
            return created.error().message + QLatin1Char(' ') + created.error().detail;
        }
        encrypted = std::move(created->database);
        const QString plainPath = dir.filePath(QStringLiteral("fresh-plain.db"));
        QSqlQuery q(encrypted->connection());
        if (!q.exec(QStringLiteral("ATTACH DATABASE '%1' AS plain KEY ''").arg(plainPath)) ||
            !q.exec(QStringLiteral("SELECT sqlcipher_export('plain')")) ||
            !q.exec(QStringLiteral("DETACH DATABASE plain"))) {
            return q.lastError().text();
        }
        q.finish();
        auto *driver = new core::SqlCipherDriver;
        QSqlDatabase plain = QSqlDatabase::addDatabase(driver, plainConnection);
        plain.setDatabaseName(plainPath);
        if (!plain.open()) {
            return plain.lastError().text();
        }
        QSqlQuery pragma(plain);
        if (!pragma.exec(QStringLiteral("PRAGMA journal_mode = WAL")) ||
            !pragma.exec(QStringLiteral("PRAGMA foreign_keys = ON"))) {
            return pragma.lastError().text();
        }
        return {};
    }
    ~FreshPair()
    {
        encrypted.reset();
        if (QSqlDatabase::contains(plainConnection)) {
            QSqlDatabase::database(plainConnection, false).close();
            QSqlDatabase::removeDatabase(plainConnection);
        }
    }
};

void BM_BulkGeneration(benchmark::State &state)
{
    BenchFixture &fixture = BenchFixture::instance();
    core::BulkGenerator::Options options;
    options.customers = static_cast<int>(state.range(0));
    options.seed = 5;
    // Bulk load as the cache is made: indexes built and rollups filled after the rows.
    options.throwawayFile = true;
    options.bulkLoad = true;
    double enc = 0;
    double pln = 0;
    double encCpu = 0;
    double plnCpu = 0;
    qint64 rows = 0;
    for (auto _ : state) {
        state.PauseTiming();
        FreshPair pair;
        if (const QString why = pair.open(); !why.isEmpty()) {
            const std::string message = "cannot create the fresh databases: " + why.toStdString();
            state.SkipWithError(message.c_str());
            break;
        }
        state.ResumeTiming();
        double cpu = threadCpuSeconds();
        auto a = core::BulkGenerator::generate(*pair.encrypted, fixture.clock(), options);
        encCpu += threadCpuSeconds() - cpu;
        cpu = threadCpuSeconds();
        auto b = core::BulkGenerator::generate(pair.plainConnection, QString::fromLatin1(BenchFixture::user),
                                               fixture.clock(), options);
        plnCpu += threadCpuSeconds() - cpu;
        if (!a || !b) {
            state.SkipWithError("generation failed");
            break;
        }
        enc += a->seconds;
        pln += b->seconds;
        rows += a->rows();
    }
    state.counters["rows_per_s"] = enc > 0 ? static_cast<double>(rows) / enc : 0;
    state.counters["plain_rows_per_s"] = pln > 0 ? static_cast<double>(rows) / pln : 0;
    state.counters["enc_over_plain"] = pln > 0 ? enc / pln : 0;
    state.counters["rows_per_cpu_s"] = encCpu > 0 ? static_cast<double>(rows) / encCpu : 0;
    state.counters["plain_rows_per_cpu_s"] = plnCpu > 0 ? static_cast<double>(rows) / plnCpu : 0;
    state.counters["cached_generation_rows_per_s"] = fixture.generationRowsPerSecond();
    state.counters["cached_generation_rows"] = static_cast<double>(fixture.generatedRows());
    state.SetLabel("all tables, app triggers firing, into fresh files");
}

} // namespace

BENCHMARK(BM_CsvImport)->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK(BM_BulkGeneration)->Arg(10000)->Unit(benchmark::kMillisecond)->Iterations(1);
