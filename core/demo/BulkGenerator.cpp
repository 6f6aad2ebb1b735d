// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demo/BulkGenerator.h"
#include "core/demo/DemoVocabulary.h"

#include "core/auth/Role.h"
#include "core/common/Tr.h"
#include "core/customers/ChineseIdNumber.h"
#include "core/customers/SearchTokenizer.h"
#include "core/storage/Database.h"
#include "core/storage/SqlErrors.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QThread>

#include <sqlcipher/sqlite3.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <cstring>
#include <memory>
#include <string>
#include <tuple>
#include <vector>

namespace caredesk::core {

namespace {

using demo::englishFirst;
using demo::englishLast;
using demo::givenChars;
using demo::Region;
using demo::regions;
using demo::Rng;
using demo::streets;
using demo::surnames;
constexpr std::array<const char *, 10> tagPool{"VIP",  "慢病管理", "高血压",   "糖尿病", "孕产",
                                               "儿童", "老年",     "术后随访", "过敏史", "员工家属"};
constexpr std::array<const char *, 8> departments{"内科",   "外科", "儿科",   "妇产科",
                                                  "口腔科", "眼科", "中医科", "康复科"};
constexpr std::array<const char *, 4> mobilePrefixes{"13", "15", "18", "17"};
constexpr std::array<const char *, 10> doctors{"刘医生", "陈医生", "王医生",     "张医生", "李医生",
                                               "赵医生", "黄医生", "Dr. Miller", "周医生", "吴医生"};
constexpr std::array<const char *, 5> pharmacists{"李药师", "王药师", "孙药师", "Grace Chen", "何药师"};
constexpr std::array<const char *, 5> sources{"walk_in", "walk_in", "referral", "campaign", "online"};
constexpr std::array<const char *, 5> channels{"phone", "sms", "wechat", "wechat", "none"};

struct Product {
    const char *name;
    const char *productClass;
    int priceCents;
};
constexpr std::array<Product, 15> products{{{"阿莫西林胶囊", "rx", 1850},
                                            {"硝苯地平缓释片", "rx", 3200},
                                            {"盐酸二甲双胍片", "rx", 2600},
                                            {"阿托伐他汀钙片", "rx", 5800},
                                            {"布洛芬缓释胶囊", "otc", 1590},
                                            {"维生素C片", "otc", 1200},
                                            {"感冒灵颗粒", "otc", 1680},
                                            {"板蓝根颗粒", "otc", 1500},
                                            {"Vitamin D3 drops", "otc", 6800},
                                            {"电子血压计", "device", 19900},
                                            {"血糖试纸（50片）", "device", 12800},
                                            {"医用外科口罩（10只）", "device", 1200},
                                            {"中药代煎", "service", 3000},
                                            {"送药上门", "service", 800},
                                            {"健康体检套餐", "service", 29900}}};
constexpr std::array<const char *, 6> comments{"医生很耐心，讲解清楚",     "服务热情，环境干净",
                                               "等了一个多小时，体验很差", "收费不透明，不满意",
                                               "挂号方便，等候时间短",     "OK overall"};
constexpr std::array<const char *, 4> surveyChannels{"paper", "phone", "kiosk", "interview"};
constexpr std::array<const char *, 5> complaintChannels{"in_person", "phone", "online", "letter", "other"};
constexpr std::array<const char *, 8> complaintCategories{
    "medication_error", "adverse_drug_reaction", "product_use", "service_process", "attitude",
    "billing",          "environment",           "other"};
constexpr std::array<const char *, 6> complaintTexts{
    "候诊时间过长，无人解释", "收费项目与告知不一致",           "药师态度冷淡",
    "药品缺货，跑了两次",     "Waited too long at the counter", "诊室卫生需要改进"};
constexpr std::array<const char *, 6> complaintStates{"received", "acknowledged", "investigating",
                                                      "resolved", "outcome_told", "closed"};

constexpr qint64 day = 86400;

/** yyyy-MM-dd of a day number since 1970-01-01 (Howard Hinnant's civil_from_days). */
void civil(qint64 days, int &y, unsigned &m, unsigned &d)
{
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const auto doe = static_cast<unsigned>(days - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    d = doy - (153 * mp + 2) / 5 + 1;
    m = mp < 10 ? mp + 3 : mp - 9;
    y = static_cast<int>(static_cast<qint64>(yoe) + era * 400 + (m <= 2 ? 1 : 0));
}

qint64 daysFromCivil(int y, unsigned m, unsigned d)
{
    y -= m <= 2 ? 1 : 0;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const auto yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<qint64>(doe) - 719468;
}

/** iso() of a moment in whole seconds since the epoch: "2026-11-24T09:00:00.000Z". */
QByteArray isoAt(qint64 seconds)
{
    int y = 0;
    unsigned m = 0;
    unsigned d = 0;
    const qint64 days = seconds >= 0 ? seconds / day : (seconds - day + 1) / day;
    civil(days, y, m, d);
    const auto rest = static_cast<int>(seconds - days * day);
    char buffer[32];
    const int n = std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02uT%02d:%02d:%02d.000Z", y, m, d, rest / 3600,
                                rest / 60 % 60, rest % 60);
    return QByteArray(buffer, n);
}

QByteArray isoDay(qint64 days)
{
    int y = 0;
    unsigned m = 0;
    unsigned d = 0;
    civil(days, y, m, d);
    char buffer[16];
    const int n = std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", y, m, d);
    return QByteArray(buffer, n);
}

/** The same calendar day @p months later (clamped to the month's end), as QDate::addMonths does. */
qint64 addMonths(qint64 days, int months)
{
    int y = 0;
    unsigned m = 0;
    unsigned d = 0;
    civil(days, y, m, d);
    const int total = y * 12 + static_cast<int>(m) - 1 + months;
    const int ny = total / 12;
    const auto nm = static_cast<unsigned>(total % 12 + 1);
    static constexpr std::array<unsigned, 12> lengths{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    unsigned last = lengths[nm - 1];
    if (nm == 2 && ((ny % 4 == 0 && ny % 100 != 0) || ny % 400 == 0)) {
        last = 29;
    }
    return daysFromCivil(ny, nm, std::min(d, last));
}

QByteArray digits(Rng &rng, int count)
{
    QByteArray out;
    out.reserve(count);
    for (int i = 0; i < count; ++i) {
        out.append(static_cast<char>('0' + rng.below(10)));
    }
    return out;
}

/** A prepared statement on the raw connection, reused for every row. Values are bound by position from 1. */
class Statement final {
public:
    Statement(sqlite3 *db, const char *sql) : m_db(db)
    {
        m_ok = sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr) == SQLITE_OK;
    }
    ~Statement() { sqlite3_finalize(m_stmt); }
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    [[nodiscard]] bool isValid() const { return m_ok; }
    Statement &operator<<(qint64 value)
    {
        sqlite3_bind_int64(m_stmt, ++m_index, value);
        return *this;
    }
    Statement &operator<<(int value) { return *this << static_cast<qint64>(value); }
    Statement &operator<<(const QByteArray &text)
    {
        sqlite3_bind_text(m_stmt, ++m_index, text.constData(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
        return *this;
    }
    Statement &operator<<(const char *text)
    {
        sqlite3_bind_text(m_stmt, ++m_index, text, -1, SQLITE_STATIC);
        return *this;
    }
    Statement &operator<<(std::nullptr_t)
    {
        sqlite3_bind_null(m_stmt, ++m_index);
        return *this;
    }
    /** Runs the statement with the values bound since the last run. */
    bool run()
    {
        m_index = 0;
        const int rc = sqlite3_step(m_stmt);
        sqlite3_reset(m_stmt);
        if (rc != SQLITE_DONE) {
            m_ok = false;
            return false;
        }
        return true;
    }
    [[nodiscard]] QString error() const { return QString::fromUtf8(sqlite3_errmsg(m_db)); }

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_stmt = nullptr;
    int m_index = 0;
    bool m_ok = false;
};

bool execRaw(sqlite3 *db, const char *sql)
{
    return sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
}

qint64 scalar(sqlite3 *db, const char *sql, qint64 fallback = 0)
{
    sqlite3_stmt *stmt = nullptr;
    qint64 value = fallback;
    if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) == SQLITE_OK && sqlite3_step(stmt) == SQLITE_ROW &&
        sqlite3_column_type(stmt, 0) != SQLITE_NULL) {
        value = sqlite3_column_int64(stmt, 0);
    }
    sqlite3_finalize(stmt);
    return value;
}

/** What the customer table and the search index need of one name, computed once per distinct name. */
struct NameInfo {
    QByteArray name;
    QByteArray sortKey;
    QByteArray pinyin;
    QString tokens;
};

struct VisitItem {
    const Product *product;
    int quantity;
};

struct VisitRow {
    qint64 id;
    qint64 at;
    const char *kind;
    const char *department;
    const char *staff;
    qint64 amount;
    qint64 points; ///< loyalty points it earns (non-Rx items, one per yuan)
    std::vector<VisitItem> items;
};

struct Lot {
    qint64 id;
    qint64 expiresOn;
    qint64 remaining;
};

/** The generation itself over one raw connection. */
class Writer final {
public:
    Writer(sqlite3 *db, const QString &userName, qint64 now, const BulkGenerator::Options &options)
        : m_db(db), m_user(userName.toUtf8()), m_now(now), m_today(now / day), m_options(options), m_rng(options.seed)
    {
    }

    bool prepare(QString &error);
    bool writeCustomer(QString &error);
    BulkGenerator::Stats stats;

private:
    const NameInfo &nameFor(int key);
    bool fail(const Statement &statement, QString &error)
    {
        error = statement.error();
        return false;
    }
    void earnAndRedeem(qint64 customerId, std::vector<VisitRow> &visits, bool &ok);
    void expireUpTo(qint64 customerId, qint64 dayNumber, bool &ok);

    sqlite3 *m_db;
    QByteArray m_user;
    qint64 m_now;
    qint64 m_today;
    BulkGenerator::Options m_options;
    Rng m_rng;
    QHash<int, NameInfo> m_names;
    std::vector<qint64> m_dimensions;
    qint64 m_templateId = 0;
    qint64 m_nextCustomer = 1;
    qint64 m_nextVisit = 1;
    qint64 m_nextSurvey = 1;
    qint64 m_nextComplaint = 1;
    qint64 m_nextEntry = 1;
    std::vector<Lot> m_lots;
    std::unique_ptr<Statement> m_customer, m_search, m_tag, m_consent, m_visit, m_item, m_survey, m_score, m_complaint,
        m_event, m_entry, m_allocation, m_followUp;
};

bool Writer::prepare(QString &error)
{
    m_nextCustomer = scalar(m_db, "SELECT max(id) FROM customer") + 1;
    m_nextVisit = scalar(m_db, "SELECT max(id) FROM visit") + 1;
    m_nextSurvey = scalar(m_db, "SELECT max(id) FROM survey_response") + 1;
    m_nextComplaint = scalar(m_db, "SELECT max(id) FROM complaint") + 1;
    m_nextEntry = scalar(m_db, "SELECT max(id) FROM loyalty_entry") + 1;
    // The survey template in use for this site's profile, and its dimensions.
    m_templateId = scalar(m_db,
                          "SELECT t.id FROM survey_template t WHERE t.retired_at IS NULL AND t.profile = "
                          "coalesce((SELECT value FROM meta WHERE key = 'profile'), 'clinic') ORDER BY t.version DESC",
                          0);
    if (m_templateId == 0) {
        m_templateId = scalar(m_db, "SELECT min(id) FROM survey_template WHERE retired_at IS NULL", 1);
    }
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(m_db,
                           "SELECT id FROM survey_dimension WHERE template_id = ? AND retired = 0 ORDER BY position",
                           -1, &stmt, nullptr) == SQLITE_OK) {
        sqlite3_bind_int64(stmt, 1, m_templateId);
        while (sqlite3_step(stmt) == SQLITE_ROW) {
            m_dimensions.push_back(sqlite3_column_int64(stmt, 0));
        }
    }
    sqlite3_finalize(stmt);

    m_customer = std::make_unique<Statement>(
        m_db, "INSERT INTO customer(id, kind, name, name_sort, name_pinyin, sex, birth_date, phone, phone2, email, "
              "address, region, member_number, id_number, source, preferred_channel, categories, chronic_medication, "
              "lifecycle, last_activity_at, created_at, updated_at) "
              "VALUES (?, 'individual', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    m_search = std::make_unique<Statement>(m_db, "INSERT INTO customer_search(docid, tokens) VALUES (?, ?)");
    m_tag = std::make_unique<Statement>(m_db, "INSERT OR IGNORE INTO customer_tag(customer_id, tag) VALUES (?, ?)");
    m_consent = std::make_unique<Statement>(
        m_db,
        "INSERT INTO consent_event(customer_id, channel, purpose, granted, at, recorded_by) VALUES (?, ?, ?, 1, ?, ?)");
    m_visit = std::make_unique<Statement>(
        m_db, "INSERT INTO visit(id, customer_id, kind, at, department, staff, amount, waiting_minutes, days_supply, "
              "created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    m_item = std::make_unique<Statement>(
        m_db, "INSERT INTO visit_item(visit_id, position, name, product_class, quantity, unit_price) "
              "VALUES (?, ?, ?, ?, ?, ?)");
    m_survey = std::make_unique<Statement>(
        m_db, "INSERT INTO survey_response(id, customer_id, template_id, at, channel, csat, nps, comment, visit_id, "
              "staff, department, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    m_score = std::make_unique<Statement>(
        m_db, "INSERT INTO survey_score(response_id, dimension_id, score) VALUES (?, ?, ?)");
    m_complaint = std::make_unique<Statement>(
        m_db, "INSERT INTO complaint(id, customer_id, received_at, channel, category, severity, sla_class, "
              "needs_priority, description, visit_id, staff, department, owner, state, first_response_at, "
              "resolved_at, closed_at, resolution, outcome_satisfaction, created_by, created_at) "
              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    m_event = std::make_unique<Statement>(
        m_db, "INSERT INTO complaint_event(complaint_id, at, user_name, kind, from_state, to_state, note) "
              "VALUES (?, ?, ?, ?, ?, ?, '')");
    m_entry = std::make_unique<Statement>(
        m_db, "INSERT INTO loyalty_entry(id, customer_id, kind, points, at, on_date, expires_on, reason, staff, "
              "source_kind, source_id, product_class) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    m_allocation = std::make_unique<Statement>(
        m_db, "INSERT INTO loyalty_allocation(entry_id, lot_entry_id, points) VALUES (?, ?, ?)");
    m_followUp = std::make_unique<Statement>(
        m_db, "INSERT INTO follow_up_task(customer_id, kind, due_date, original_due_date, priority, assignee, status, "
              "outcome, completed_at, completed_on, completed_by, visit_id, rule_id, source_kind, source_id, spell, "
              "created_at, created_by) VALUES (?, 'post_visit_call', ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, 1, 'visit', ?, '', "
              "?, ?)");
    for (const auto *s :
         {m_customer.get(), m_search.get(), m_tag.get(), m_consent.get(), m_visit.get(), m_item.get(), m_survey.get(),
          m_score.get(), m_complaint.get(), m_event.get(), m_entry.get(), m_allocation.get(), m_followUp.get()}) {
        if (!s->isValid()) {
            error = s->error();
            return false;
        }
    }
    return true;
}

const NameInfo &Writer::nameFor(int key)
{
    auto found = m_names.constFind(key);
    if (found != m_names.cend()) {
        return *found;
    }
    QString name;
    if (key >= 1000000) {
        const int k = key - 1000000;
        name = QString::fromUtf8(englishFirst[static_cast<std::size_t>(k / 100)]) + QLatin1Char(' ') +
               QString::fromUtf8(englishLast[static_cast<std::size_t>(k % 100)]);
    } else {
        name = QString::fromUtf8(surnames[static_cast<std::size_t>(key / 10000)]) +
               QString::fromUtf8(givenChars[static_cast<std::size_t>(key / 100 % 100)]);
        if (key % 100 < 99) {
            name += QString::fromUtf8(givenChars[static_cast<std::size_t>(key % 100)]);
        }
    }
    // The same keys CustomerRepository writes: pinyin, sort key, and the name's part of the index document.
    const QString pinyin = SearchTokenizer::pinyin(name);
    NameInfo info;
    info.name = name.toUtf8();
    info.sortKey = QString(pinyin + QLatin1Char('\x1f') + name).toUtf8();
    info.pinyin = QString(pinyin).remove(QLatin1Char(' ')).toUtf8();
    SearchTokenizer::Input input;
    input.name = name;
    info.tokens = SearchTokenizer::document(input);
    return *m_names.insert(key, info);
}

void Writer::expireUpTo(qint64 customerId, qint64 dayNumber, bool &ok)
{
    for (Lot &lot : m_lots) {
        if (!ok || lot.expiresOn > dayNumber || lot.remaining <= 0) {
            continue;
        }
        const qint64 id = m_nextEntry++;
        *m_entry << id << customerId << "expire" << -lot.remaining << isoAt(lot.expiresOn * day + 3600)
                 << isoDay(lot.expiresOn) << nullptr << "" << m_user << "lot" << lot.id << "";
        ok = m_entry->run();
        *m_allocation << id << lot.id << lot.remaining;
        ok = ok && m_allocation->run();
        lot.remaining = 0;
        stats.loyaltyEntries += 1;
        stats.loyaltyAllocations += 1;
    }
}

void Writer::earnAndRedeem(qint64 customerId, std::vector<VisitRow> &visits, bool &ok)
{
    m_lots.clear();
    for (const VisitRow &v : visits) {
        if (!ok) {
            return;
        }
        const qint64 visitDay = v.at / day;
        expireUpTo(customerId, visitDay, ok);
        qint64 balance = 0;
        for (const Lot &lot : m_lots) {
            balance += lot.remaining;
        }
        // Now and then the points pay for part of a purchase (FIFO over the lots, earliest expiry first).
        if (balance >= 200 && m_rng.chance(30)) {
            const qint64 points = balance / 200 * 100;
            const qint64 id = m_nextEntry++;
            *m_entry << id << customerId << "redeem" << -points << isoAt(v.at) << isoDay(visitDay) << nullptr
                     << "兑换抵扣" << v.staff << "" << nullptr << "otc";
            ok = ok && m_entry->run();
            stats.loyaltyEntries += 1;
            qint64 left = points;
            for (Lot &lot : m_lots) {
                if (left == 0) {
                    break;
                }
                const qint64 take = std::min(left, lot.remaining);
                if (take <= 0) {
                    continue;
                }
                *m_allocation << id << lot.id << take;
                ok = ok && m_allocation->run();
                stats.loyaltyAllocations += 1;
                lot.remaining -= take;
                left -= take;
            }
        }
        if (v.points > 0) {
            const qint64 id = m_nextEntry++;
            const qint64 expires = addMonths(visitDay, 12);
            *m_entry << id << customerId << "earn" << v.points << isoAt(v.at) << isoDay(visitDay) << isoDay(expires)
                     << "" << v.staff << "visit" << v.id << "";
            ok = ok && m_entry->run();
            stats.loyaltyEntries += 1;
            m_lots.push_back({id, expires, v.points});
        }
    }
    expireUpTo(customerId, m_today, ok);
}

bool Writer::writeCustomer(QString &error)
{
    Rng &rng = m_rng;
    const qint64 id = m_nextCustomer++;
    // Who: a Chinese name (common surnames more often) or, one in twelve, an English one.
    const bool english = rng.chance(8);
    int nameKey = 0;
    if (english) {
        nameKey = 1000000 + rng.below(static_cast<int>(englishFirst.size())) * 100 +
                  rng.below(static_cast<int>(englishLast.size()));
    } else {
        const int surname =
            std::min(rng.below(static_cast<int>(surnames.size())), rng.below(static_cast<int>(surnames.size())));
        const int first = rng.below(static_cast<int>(givenChars.size()));
        const int second = rng.chance(65) ? rng.below(static_cast<int>(givenChars.size())) : 99;
        nameKey = surname * 10000 + first * 100 + second;
    }
    const NameInfo &name = nameFor(nameKey);
    const bool female = rng.chance(52);
    const Region &region = rng.pick(regions);
    const QByteArray address =
        QByteArray(region.name) + rng.pick(streets) + QByteArray::number(1 + rng.below(300)) + "号";
    const qint64 birthDay =
        daysFromCivil(1940, 1, 1) + rng.below(static_cast<int>(m_today - 365 - daysFromCivil(1940, 1, 1)));
    QByteArray phone;
    if (rng.chance(88)) {
        phone = QByteArray(rng.pick(mobilePrefixes)) + QByteArray::number(rng.below(10)) + digits(rng, 8);
    } else {
        const QByteArray area(region.areaCode);
        phone = area + '-' + QByteArray::number(2 + rng.below(7)) + digits(rng, area.size() == 3 ? 7 : 6);
    }
    const QByteArray phone2 =
        rng.chance(10) ? QByteArray(rng.pick(mobilePrefixes)) + QByteArray::number(rng.below(10)) + digits(rng, 8)
                       : QByteArray("");
    QByteArray idNumber;
    if (!english && rng.chance(30)) {
        char sequence[8];
        std::snprintf(sequence, sizeof sequence, "%03d", rng.below(500) * 2 + (female ? 0 : 1));
        const QByteArray first17 = QByteArray(region.idPrefix) + isoDay(birthDay).replace("-", "") + sequence;
        idNumber = first17 + QString(ChineseIdNumber::checkCharacter(QString::fromLatin1(first17))).toLatin1();
    }
    const QByteArray email =
        english || rng.chance(15) ? "user" + QByteArray::number(rng.next() % 1000000) + "@example.com" : QByteArray("");
    const char *source = rng.pick(sources);
    const char *channel = rng.pick(channels);
    const QByteArray category = rng.chance(40) ? QByteArray(rng.pick(departments)) : QByteArray("");
    const bool chronic = rng.chance(20);
    const char *lifecycle = rng.chance(5) ? "potential" : "active";
    const qint64 created = m_now - static_cast<qint64>(rng.below(3 * 365)) * day - rng.below(static_cast<int>(day));
    // Activity: most recently active, a tail that is dormant or lost; visits fall between registration (at most two
    // years back) and the last active day.
    const int daysAgo = rng.chance(70) ? rng.below(170) : rng.below(720);
    const qint64 lastActive = std::max(created, m_now - daysAgo * day - rng.below(static_cast<int>(day)));
    const qint64 firstVisit = std::max(created, m_now - 730 * day);
    std::vector<VisitRow> visits(static_cast<std::size_t>(rng.around(m_options.visitsPerCustomer * 1000)));
    for (VisitRow &v : visits) {
        const qint64 span = std::max<qint64>(1, (lastActive - firstVisit) / day + 1);
        const qint64 dayNumber = firstVisit / day + rng.below(static_cast<int>(span));
        // Opening hours in Beijing (UTC+8), 08:30 to 17:30.
        v.at = std::clamp(dayNumber * day + 1800 + rng.below(9 * 3600), created, std::max(created, lastActive));
    }
    std::sort(visits.begin(), visits.end(), [](const VisitRow &a, const VisitRow &b) { return a.at < b.at; });
    for (VisitRow &v : visits) {
        v.id = m_nextVisit++;
        const int k = rng.below(100);
        v.kind = k < 35   ? "consultation"
                 : k < 65 ? "purchase"
                 : k < 77 ? "examination"
                 : k < 87 ? "follow_up"
                 : k < 97 ? "health_check"
                          : "event";
        const bool purchase = k >= 35 && k < 65;
        v.department = purchase ? "" : rng.pick(departments);
        v.staff = purchase ? rng.pick(pharmacists) : rng.pick(doctors);
        v.amount = 0;
        v.points = 0;
        if (purchase || (k >= 87 && k < 97)) {
            const int count = purchase ? 1 + rng.below(2) : 1;
            for (int i = 0; i < count; ++i) {
                const Product &p = purchase ? products[static_cast<std::size_t>(rng.below(14))] : products[14];
                const int quantity = 1 + rng.below(3);
                v.items.push_back({&p, quantity});
                v.amount += static_cast<qint64>(p.priceCents) * quantity;
                if (qstrcmp(p.productClass, "rx") != 0) {
                    v.points += static_cast<qint64>(p.priceCents) * quantity / 100;
                }
            }
        } else if (k < 35) {
            v.amount = 2000 + rng.below(30) * 500;
        }
    }
    const qint64 lastActivity = visits.empty() ? created : visits.back().at;

    bool ok = true;
    *m_customer << id << name.name << name.sortKey << name.pinyin << (female ? "female" : "male") << isoDay(birthDay)
                << phone << phone2 << email << address << region.name
                << QByteArray("M" + QByteArray::number(id).rightJustified(8, '0'));
    if (idNumber.isEmpty()) {
        *m_customer << nullptr; // the column holds ID numbers only when given
    } else {
        *m_customer << idNumber;
    }
    *m_customer << source << channel << category << (chronic ? 1 : 0) << lifecycle << isoAt(lastActivity)
                << isoAt(created) << isoAt(created);
    if (!m_customer->run()) {
        return fail(*m_customer, error);
    }
    stats.customers += 1;
    {
        SearchTokenizer::Input numbers;
        numbers.phones << QString::fromLatin1(phone);
        if (!phone2.isEmpty()) {
            numbers.phones << QString::fromLatin1(phone2);
        }
        numbers.memberNumber = QStringLiteral("M%1").arg(id, 8, 10, QLatin1Char('0'));
        numbers.idNumber = QString::fromLatin1(idNumber);
        // Name tokens never collide with number tokens, so this is exactly SearchTokenizer::document() of the whole.
        *m_search << id << QString(name.tokens + QLatin1Char(' ') + SearchTokenizer::document(numbers)).toUtf8();
        if (!m_search->run()) {
            return fail(*m_search, error);
        }
        stats.searchDocuments += 1;
    }
    if (rng.chance(30)) {
        const int tags = rng.chance(30) ? 2 : 1;
        for (int i = 0; i < tags; ++i) {
            *m_tag << id << rng.pick(tagPool);
            if (!m_tag->run()) {
                return fail(*m_tag, error);
            }
            stats.tags += sqlite3_changes(m_db);
        }
    }
    for (const auto &[percent, consentChannel, purpose] :
         {std::tuple{45, "sms", "marketing"}, std::tuple{70, "sms", "service"},
          std::tuple{25, "wechat", "marketing"}}) {
        if (rng.chance(percent)) {
            *m_consent << id << consentChannel << purpose << isoAt(created) << m_user;
            if (!m_consent->run()) {
                return fail(*m_consent, error);
            }
            stats.consents += 1;
        }
    }
    for (const VisitRow &v : visits) {
        const bool purchase = qstrcmp(v.kind, "purchase") == 0;
        *m_visit << v.id << id << v.kind << isoAt(v.at) << v.department << v.staff << v.amount;
        if (purchase) {
            *m_visit << nullptr;
        } else {
            *m_visit << rng.below(60);
        }
        const bool rx = !v.items.empty() && qstrcmp(v.items.front().product->productClass, "rx") == 0;
        if (rx) {
            *m_visit << 30;
        } else {
            *m_visit << nullptr;
        }
        *m_visit << isoAt(v.at) << m_user;
        if (!m_visit->run()) {
            return fail(*m_visit, error);
        }
        stats.visits += 1;
        int position = 0;
        for (const VisitItem &item : v.items) {
            *m_item << v.id << position++ << item.product->name << item.product->productClass << item.quantity
                    << item.product->priceCents;
            if (!m_item->run()) {
                return fail(*m_item, error);
            }
            stats.visitItems += 1;
        }
    }
    // Satisfaction surveys, mostly about a visit, the day after it.
    const int surveys = rng.around(m_options.surveysPerThousand);
    for (int s = 0; s < surveys; ++s) {
        const VisitRow *about =
            visits.empty() ? nullptr : &visits[static_cast<std::size_t>(rng.below(static_cast<int>(visits.size())))];
        const qint64 at = std::min(m_now - 60, about ? about->at + day : created + day);
        const int r = rng.below(100);
        const int csat = r < 40 ? 5 : r < 70 ? 4 : r < 85 ? 3 : r < 95 ? 2 : 1;
        const int nps = std::clamp(csat * 2 + rng.below(3) - 1, 0, 10);
        const qint64 responseId = m_nextSurvey++;
        *m_survey << responseId << id << m_templateId << isoAt(at) << rng.pick(surveyChannels) << csat << nps
                  << (rng.chance(25) ? rng.pick(comments) : "");
        if (about) {
            *m_survey << about->id << about->staff << about->department;
        } else {
            *m_survey << nullptr << ""
                      << "";
        }
        *m_survey << isoAt(at) << m_user;
        if (!m_survey->run()) {
            return fail(*m_survey, error);
        }
        stats.surveyResponses += 1;
        for (const qint64 dimension : m_dimensions) {
            *m_score << responseId << dimension << std::clamp(csat + rng.below(3) - 1, 1, 5);
            if (!m_score->run()) {
                return fail(*m_score, error);
            }
            stats.surveyScores += 1;
        }
    }
    // Complaints with their history: the older the complaint, the further along it is.
    const int complaints = rng.around(m_options.complaintsPerThousand);
    for (int c = 0; c < complaints; ++c) {
        const VisitRow *about =
            visits.empty() ? nullptr : &visits[static_cast<std::size_t>(rng.below(static_cast<int>(visits.size())))];
        const qint64 received =
            std::min(m_now - 3600, (about ? about->at : created) + 3600 + rng.below(2 * static_cast<int>(day)));
        const qint64 ageDays = (m_now - received) / day;
        const int finalState =
            ageDays > 30 ? (rng.chance(90) ? 5 : 3) : std::min(5, static_cast<int>(ageDays / 5) + rng.below(2));
        const int severity = rng.below(10);
        const char *severityId = severity < 2 ? "high" : severity < 7 ? "medium" : "low";
        const char *slaClass = severity < 2 ? "urgent" : severity < 9 ? "general" : "complex";
        std::array<qint64, 6> at{};
        at[0] = received;
        for (int i = 1; i < 6; ++i) {
            at[static_cast<std::size_t>(i)] =
                std::min(m_now - 60, at[static_cast<std::size_t>(i - 1)] + 600 + rng.below(static_cast<int>(day)));
        }
        const qint64 complaintId = m_nextComplaint++;
        *m_complaint << complaintId << id << isoAt(received) << rng.pick(complaintChannels)
                     << rng.pick(complaintCategories) << severityId << slaClass << (severity < 2 ? "urgent" : "general")
                     << rng.pick(complaintTexts);
        if (about) {
            *m_complaint << about->id << about->staff << about->department;
        } else {
            *m_complaint << nullptr << ""
                         << "";
        }
        *m_complaint << m_user << complaintStates[static_cast<std::size_t>(finalState)];
        if (finalState >= 1) {
            *m_complaint << isoAt(at[1]);
        } else {
            *m_complaint << nullptr;
        }
        if (finalState >= 3) {
            *m_complaint << isoAt(at[3]);
        } else {
            *m_complaint << nullptr;
        }
        if (finalState >= 5) {
            *m_complaint << isoAt(at[5]);
        } else {
            *m_complaint << nullptr;
        }
        *m_complaint << (finalState >= 3 ? "已致电说明并改进流程" : "");
        if (finalState >= 4) {
            *m_complaint << 1 + rng.below(5);
        } else {
            *m_complaint << nullptr;
        }
        *m_complaint << m_user << isoAt(received);
        if (!m_complaint->run()) {
            return fail(*m_complaint, error);
        }
        stats.complaints += 1;
        *m_event << complaintId << isoAt(received) << m_user << "received" << nullptr << "received";
        if (!m_event->run()) {
            return fail(*m_event, error);
        }
        stats.complaintEvents += 1;
        for (int s = 1; s <= finalState; ++s) {
            *m_event << complaintId << isoAt(at[static_cast<std::size_t>(s)]) << m_user << "transition"
                     << complaintStates[static_cast<std::size_t>(s - 1)]
                     << complaintStates[static_cast<std::size_t>(s)];
            if (!m_event->run()) {
                return fail(*m_event, error);
            }
            stats.complaintEvents += 1;
        }
    }
    // The loyalty ledger, in the order the counter would have written it.
    earnAndRedeem(id, visits, ok);
    if (!ok) {
        return fail(*m_entry, error);
    }
    // One customer in ten gets the after-visit call of the rule for their last consultation.
    if (rng.chance(10)) {
        const auto last = std::find_if(visits.rbegin(), visits.rend(),
                                       [](const VisitRow &v) { return qstrcmp(v.kind, "consultation") == 0; });
        if (last != visits.rend()) {
            const qint64 due = last->at / day + 3;
            const bool done = due < m_today;
            *m_followUp << id << isoDay(due) << isoDay(due) << m_user << (done ? "done" : "open");
            if (done) {
                *m_followUp << "reached_ok" << isoAt(due * day + 7200) << isoDay(due) << m_user;
            } else {
                *m_followUp << nullptr << nullptr << nullptr << nullptr;
            }
            *m_followUp << last->id << last->id << isoAt(last->at) << m_user;
            if (!m_followUp->run()) {
                return fail(*m_followUp, error);
            }
            stats.followUps += 1;
        }
    }
    return true;
}

/** The tables the generator writes, and the rollups filled from them: their indexes are rebuilt after a bulk load. */
const std::vector<const char *> &generatedTables()
{
    static const std::vector<const char *> tables{
        "customer",          "customer_tag",          "consent_event",        "visit",
        "visit_item",        "survey_response",       "survey_score",         "complaint",
        "complaint_event",   "loyalty_entry",         "loyalty_allocation",   "follow_up_task",
        "customer_activity", "analytics_loyalty_lot", "analytics_survey_day", "analytics_dimension_day"};
    return tables;
}

/**
 * The analytics rollups the bulk load fills set-wise instead of through their triggers: the triggers it drops, the
 * tables that must exist, and the statements that bring the rollups to the state the triggers would have left
 * (the same recomputations the migrations use to fill them from existing rows). A group whose triggers are not all
 * there is left alone (its triggers, if any, stay live).
 */
struct RollupGroup {
    std::vector<const char *> triggers;
    std::vector<const char *> tables;
    std::vector<const char *> fill;
};

const std::vector<RollupGroup> &rollupGroups()
{
    static const std::vector<RollupGroup> groups{
        // Migration 8: satisfaction per day (the month rollups of migration 12 are their own group below).
        {{"analytics_survey_response_insert", "analytics_survey_score_insert"},
         {"analytics_survey_day", "analytics_dimension_day"},
         {"DELETE FROM analytics_survey_day",
          "INSERT INTO analytics_survey_day(day, department, staff, visit_kind, responses, n_nps, promoters, passives, "
          "detractors, n_csat, csat_top2, csat_sum) "
          "SELECT substr(r.at, 1, 10), r.department, r.staff, coalesce(v.kind, ''), count(*), count(r.nps), "
          "sum(CASE WHEN r.nps >= 9 THEN 1 ELSE 0 END), sum(CASE WHEN r.nps BETWEEN 7 AND 8 THEN 1 ELSE 0 END), "
          "sum(CASE WHEN r.nps <= 6 THEN 1 ELSE 0 END), count(r.csat), sum(CASE WHEN r.csat >= 4 THEN 1 ELSE 0 END), "
          "coalesce(sum(r.csat), 0) "
          "FROM survey_response r LEFT JOIN visit v ON v.id = r.visit_id "
          "GROUP BY substr(r.at, 1, 10), r.department, r.staff, coalesce(v.kind, '')",
          "DELETE FROM analytics_dimension_day",
          "INSERT INTO analytics_dimension_day(day, department, staff, visit_kind, dimension_key, n, score_sum, n_pair, "
          "sum_x, sum_y, sum_xx, sum_yy, sum_xy) "
          "SELECT substr(r.at, 1, 10), r.department, r.staff, coalesce(v.kind, ''), d.key, count(*), sum(s.score), "
          "count(r.csat), coalesce(sum(CASE WHEN r.csat IS NULL THEN 0 ELSE s.score END), 0), "
          "coalesce(sum(r.csat), 0), coalesce(sum(CASE WHEN r.csat IS NULL THEN 0 ELSE s.score * s.score END), 0), "
          "coalesce(sum(r.csat * r.csat), 0), coalesce(sum(s.score * r.csat), 0) "
          "FROM survey_score s JOIN survey_response r ON r.id = s.response_id "
          "JOIN survey_dimension d ON d.id = s.dimension_id LEFT JOIN visit v ON v.id = r.visit_id "
          "GROUP BY substr(r.at, 1, 10), r.department, r.staff, coalesce(v.kind, ''), d.key"}},
        // Migration 12: months as the sums of their days (filled after the days).
        {{"analytics_survey_day_insert", "analytics_survey_day_update", "analytics_survey_day_delete",
          "analytics_dimension_day_insert", "analytics_dimension_day_update", "analytics_dimension_day_delete"},
         {"analytics_survey_month", "analytics_dimension_month"},
         {"DELETE FROM analytics_survey_month",
          "INSERT INTO analytics_survey_month(month, department, staff, visit_kind, responses, n_nps, promoters, "
          "passives, detractors, n_csat, csat_top2, csat_sum) "
          "SELECT substr(day, 1, 7), department, staff, visit_kind, sum(responses), sum(n_nps), sum(promoters), "
          "sum(passives), sum(detractors), sum(n_csat), sum(csat_top2), sum(csat_sum) "
          "FROM analytics_survey_day GROUP BY substr(day, 1, 7), department, staff, visit_kind",
          "DELETE FROM analytics_dimension_month",
          "INSERT INTO analytics_dimension_month(month, department, staff, visit_kind, dimension_key, n, score_sum, "
          "n_pair, sum_x, sum_y, sum_xx, sum_yy, sum_xy) "
          "SELECT substr(day, 1, 7), department, staff, visit_kind, dimension_key, sum(n), sum(score_sum), "
          "sum(n_pair), sum(sum_x), sum(sum_y), sum(sum_xx), sum(sum_yy), sum(sum_xy) "
          "FROM analytics_dimension_day GROUP BY substr(day, 1, 7), department, staff, visit_kind, dimension_key"}},
        // Migration 8: loyalty per day, lots, members and tiers. Tier rows are never deleted by the triggers (a tier
        // can fall to zero members), so they are zeroed and refilled rather than rebuilt.
        {{"analytics_loyalty_entry_insert", "analytics_loyalty_allocation_insert", "analytics_loyalty_member_insert",
          "analytics_loyalty_member_update"},
         {"analytics_loyalty_day", "analytics_loyalty_lot", "analytics_loyalty_member", "analytics_loyalty_tier"},
         {"DELETE FROM analytics_loyalty_day",
          "INSERT INTO analytics_loyalty_day(on_date, flow, points, entries) "
          "SELECT e.on_date, CASE coalesce(CASE WHEN e.kind = 'reverse' THEN o.kind END, e.kind) "
          "WHEN 'earn' THEN 'earned' WHEN 'referral' THEN 'earned' WHEN 'redeem' THEN 'redeemed' "
          "WHEN 'expire' THEN 'expired' ELSE 'adjusted' END AS flow, sum(e.points), count(*) "
          "FROM loyalty_entry e LEFT JOIN loyalty_entry o ON o.id = e.reverses_entry_id GROUP BY e.on_date, flow",
          "DELETE FROM analytics_loyalty_lot",
          "INSERT INTO analytics_loyalty_lot(lot_id, expires_on, remaining) "
          "SELECT e.id, e.expires_on, e.points + coalesce((SELECT sum(a.points) FROM loyalty_allocation a "
          "WHERE a.entry_id = e.id AND a.points < 0), 0) - coalesce((SELECT sum(a.points) FROM loyalty_allocation a "
          "WHERE a.lot_entry_id = e.id), 0) FROM loyalty_entry e WHERE e.points > 0",
          "DELETE FROM analytics_loyalty_member",
          "INSERT INTO analytics_loyalty_member(customer_id, balance) "
          "SELECT customer_id, sum(points) FROM loyalty_entry GROUP BY customer_id",
          "INSERT OR IGNORE INTO analytics_loyalty_member(customer_id) SELECT DISTINCT customer_id FROM "
          "loyalty_tier_event",
          "UPDATE analytics_loyalty_member SET tier_event = coalesce((SELECT t.id FROM loyalty_tier_event t "
          "WHERE t.customer_id = analytics_loyalty_member.customer_id ORDER BY t.at DESC, t.id DESC LIMIT 1), 0), "
          "merged = (SELECT c.merged_into IS NOT NULL FROM customer c WHERE c.id = analytics_loyalty_member.customer_id)",
          "UPDATE analytics_loyalty_member SET "
          "tier = (SELECT t.to_tier FROM loyalty_tier_event t WHERE t.id = analytics_loyalty_member.tier_event), "
          "tier_at = (SELECT t.at FROM loyalty_tier_event t WHERE t.id = analytics_loyalty_member.tier_event) "
          "WHERE tier_event <> 0",
          "UPDATE analytics_loyalty_tier SET members = 0, with_points = 0",
          "INSERT OR IGNORE INTO analytics_loyalty_tier(tier) SELECT DISTINCT tier FROM analytics_loyalty_member "
          "WHERE merged = 0",
          "UPDATE analytics_loyalty_tier SET "
          "members = (SELECT count(*) FROM analytics_loyalty_member m WHERE m.merged = 0 AND m.tier = "
          "analytics_loyalty_tier.tier), "
          "with_points = (SELECT count(*) FROM analytics_loyalty_member m WHERE m.merged = 0 AND m.balance > 0 AND "
          "m.tier = analytics_loyalty_tier.tier)"}},
        // Migration 9: each customer's visits; a new visit also takes the customer off churn_risk.
        {{"visit_activity_insert"},
         {"customer_activity", "churn_risk"},
         {"DELETE FROM churn_risk WHERE customer_id IN (SELECT customer_id FROM visit WHERE id >= ?)",
          "DELETE FROM customer_activity",
          "INSERT INTO customer_activity(customer_id, first_visit_at, last_visit_at, visit_count, amount_cents, "
          "last_supply_at, last_supply_days) "
          "SELECT v.customer_id, min(v.at), max(v.at), count(*), coalesce(sum(v.amount), 0), "
          "(SELECT s.at FROM visit s WHERE s.customer_id = v.customer_id AND s.days_supply IS NOT NULL "
          "ORDER BY s.at DESC, s.id DESC LIMIT 1), "
          "(SELECT s.days_supply FROM visit s WHERE s.customer_id = v.customer_id AND s.days_supply IS NOT NULL "
          "ORDER BY s.at DESC, s.id DESC LIMIT 1) "
          "FROM visit v GROUP BY v.customer_id"}},
        // Migration 12: complaint counts and root causes in their eight grains, and every new complaint pending
        // its SLA settlement.
        {{"analytics_complaint_insert"},
         {"analytics_complaint_count", "analytics_complaint_cause", "analytics_complaint_pending",
          "analytics_complaint_grain"},
         {"DELETE FROM analytics_complaint_count",
          "INSERT INTO analytics_complaint_count(period, department, staff, category, severity, received, resolved, "
          "ever_resolved, reopened, with_cause) "
          "SELECT CASE WHEN g.month = 1 THEN substr(c.received_at, 1, 7) ELSE substr(c.received_at, 1, 10) END, "
          "CASE WHEN g.by_department = 1 THEN c.department ELSE char(1) END, "
          "CASE WHEN g.by_staff = 1 THEN c.staff ELSE char(1) END, c.category, c.severity, count(*), "
          "sum(c.resolved_at IS NOT NULL), sum(c.resolved_at IS NOT NULL OR c.reopen_count > 0), "
          "sum(c.reopen_count > 0), "
          "sum(trim(c.root_cause, char(32, 9, 10, 11, 12, 13, 160, 12288)) <> '') "
          "FROM complaint c, analytics_complaint_grain g GROUP BY 1, 2, 3, 4, 5",
          "DELETE FROM analytics_complaint_cause",
          "INSERT INTO analytics_complaint_cause(period, department, staff, root_cause, n) "
          "SELECT CASE WHEN g.month = 1 THEN substr(c.received_at, 1, 7) ELSE substr(c.received_at, 1, 10) END, "
          "CASE WHEN g.by_department = 1 THEN c.department ELSE char(1) END, "
          "CASE WHEN g.by_staff = 1 THEN c.staff ELSE char(1) END, "
          "trim(c.root_cause, char(32, 9, 10, 11, 12, 13, 160, 12288)), count(*) "
          "FROM complaint c, analytics_complaint_grain g "
          "WHERE trim(c.root_cause, char(32, 9, 10, 11, 12, 13, 160, 12288)) <> '' GROUP BY 1, 2, 3, 4",
          "INSERT OR IGNORE INTO analytics_complaint_pending(complaint_id) SELECT id FROM complaint WHERE id >= ?"}},
    };
    return groups;
}

/** What the bulk load took away, to put back: index and trigger definitions as sqlite_master has them. */
class BulkLoad final {
public:
    explicit BulkLoad(sqlite3 *db) : m_db(db) {}

    /** Drops the indexes of @p tables and the triggers of every rollup group it can fill. */
    bool begin(const std::vector<const char *> &tables, QString &error)
    {
        m_firstVisit = scalar(m_db, "SELECT max(id) FROM visit") + 1;
        m_firstComplaint = scalar(m_db, "SELECT max(id) FROM complaint") + 1;
        for (const char *table : tables) {
            sqlite3_stmt *stmt = nullptr;
            sqlite3_prepare_v2(m_db,
                               "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND "
                               "tbl_name = ? ORDER BY rowid",
                               -1, &stmt, nullptr);
            sqlite3_bind_text(stmt, 1, table, -1, SQLITE_STATIC);
            while (sqlite3_step(stmt) == SQLITE_ROW) {
                std::string sql = reinterpret_cast<const char *>(sqlite3_column_text(stmt, 1));
                if (!inInsertOrder(sql)) {
                    m_indexes.emplace_back(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)),
                                           std::move(sql));
                }
            }
            sqlite3_finalize(stmt);
        }
        for (const RollupGroup &group : rollupGroups()) {
            std::vector<std::pair<std::string, std::string>> found;
            for (const char *trigger : group.triggers) {
                const std::string sql = text(
                    "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?", trigger);
                if (!sql.empty()) {
                    found.emplace_back(trigger, sql);
                }
            }
            bool tablesThere = true;
            for (const char *table : group.tables) {
                tablesThere = tablesThere && !text("SELECT name FROM sqlite_master WHERE type = 'table' AND name = ?",
                                                   table)
                                                  .empty();
            }
            if (found.size() != group.triggers.size() || !tablesThere) {
                continue; // not this schema's, or not all of it: its triggers (if any) stay live
            }
            m_groups.push_back(&group);
            m_triggers.insert(m_triggers.end(), found.begin(), found.end());
        }
        for (const auto &[name, sql] : m_indexes) {
            if (!execRaw(m_db, ("DROP INDEX \"" + name + "\"").c_str())) {
                error = QString::fromUtf8(sqlite3_errmsg(m_db));
                return false;
            }
        }
        for (const auto &[name, sql] : m_triggers) {
            if (!execRaw(m_db, ("DROP TRIGGER \"" + name + "\"").c_str())) {
                error = QString::fromUtf8(sqlite3_errmsg(m_db));
                return false;
            }
        }
        return true;
    }

    /** Builds the indexes again, fills the rollups, and puts the triggers back. */
    bool finish(QString &error, double &indexSeconds, double &rollupSeconds)
    {
        // CREATE INDEX and the rollups' GROUP BY sort tens of millions of keys: SQLite's sorter may use helper
        // threads for that (PRAGMA threads, off by default), one per core beside this one.
        const int helpers = std::clamp(QThread::idealThreadCount() - 1, 0, 3);
        execRaw(m_db, ("PRAGMA threads = " + std::to_string(helpers)).c_str());
        const auto noHelpers = qScopeGuard([this] { execRaw(m_db, "PRAGMA threads = 0"); });
        QElapsedTimer timer;
        timer.start();
        for (const auto &[name, sql] : m_indexes) {
            if (!execRaw(m_db, sql.c_str())) {
                error = QString::fromUtf8(sqlite3_errmsg(m_db)) + QStringLiteral(" (") + QString::fromStdString(name) +
                        QLatin1Char(')');
                return false;
            }
        }
        indexSeconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
        timer.restart();
        for (const RollupGroup *group : m_groups) {
            for (const char *sql : group->fill) {
                sqlite3_stmt *stmt = nullptr;
                if (sqlite3_prepare_v2(m_db, sql, -1, &stmt, nullptr) != SQLITE_OK) {
                    error = QString::fromUtf8(sqlite3_errmsg(m_db));
                    return false;
                }
                if (sqlite3_bind_parameter_count(stmt) == 1) {
                    // The first id this load wrote: visits for churn_risk, complaints for the pending list.
                    sqlite3_bind_int64(stmt, 1, std::strstr(sql, "FROM visit") != nullptr ? m_firstVisit : m_firstComplaint);
                }
                const int rc = sqlite3_step(stmt);
                sqlite3_finalize(stmt);
                if (rc != SQLITE_DONE) {
                    error = QString::fromUtf8(sqlite3_errmsg(m_db));
                    return false;
                }
            }
        }
        for (const auto &[name, sql] : m_triggers) {
            if (!execRaw(m_db, sql.c_str())) {
                error = QString::fromUtf8(sqlite3_errmsg(m_db));
                return false;
            }
        }
        rollupSeconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
        return true;
    }

private:
    /**
     * Whether an index's keys arrive in (nearly) ascending order as the generator writes, one customer after the
     * other: led by the customer, visit, complaint, response or ledger entry id, or the member number (M + id).
     * Keeping those is an append per row, cheaper than sorting them afterwards; the others are built after the load.
     */
    static bool inInsertOrder(const std::string &sql)
    {
        const std::size_t open = sql.find('(');
        if (open == std::string::npos) {
            return false;
        }
        std::size_t end = sql.find_first_of(",)", open + 1);
        std::string first = sql.substr(open + 1, end == std::string::npos ? std::string::npos : end - open - 1);
        first.erase(0, first.find_first_not_of(' '));
        first.erase(first.find_last_not_of(' ') + 1);
        static const std::array<const char *, 7> ordered{"customer_id", "visit_id",     "complaint_id", "response_id",
                                                         "entry_id",    "lot_entry_id", "member_number"};
        return std::any_of(ordered.cbegin(), ordered.cend(), [&](const char *column) { return first == column; });
    }

    std::string text(const char *sql, const char *value) const
    {
        sqlite3_stmt *stmt = nullptr;
        std::string out;
        if (sqlite3_prepare_v2(m_db, sql, -1, &stmt, nullptr) == SQLITE_OK) {
            sqlite3_bind_text(stmt, 1, value, -1, SQLITE_STATIC);
            if (sqlite3_step(stmt) == SQLITE_ROW && sqlite3_column_type(stmt, 0) != SQLITE_NULL) {
                out = reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0));
            }
        }
        sqlite3_finalize(stmt);
        return out;
    }

    sqlite3 *m_db;
    qint64 m_firstVisit = 1;
    qint64 m_firstComplaint = 1;
    std::vector<std::pair<std::string, std::string>> m_indexes;
    std::vector<std::pair<std::string, std::string>> m_triggers;
    std::vector<const RollupGroup *> m_groups;
};

Result<BulkGenerator::Stats> run(const QString &connectionName, const QString &userName, const Clock &clock,
                                 const BulkGenerator::Options &options, const std::function<void(int, int)> &progress)
{
    QSqlDatabase connection = QSqlDatabase::database(connectionName, false);
    const QVariant handle = connection.driver() ? connection.driver()->handle() : QVariant();
    if (!connection.isOpen() || !handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0) {
        return makeError(ErrorCode::Usage, StorageTr::tr("The benchmark data needs an open CareDesk database."));
    }
    sqlite3 *db = *static_cast<sqlite3 *const *>(handle.constData());
    const auto failed = [](const QString &detail) {
        return makeError(ErrorCode::Internal,
                         StorageTr::tr("The generated data could not be saved; nothing was added. Check free disk "
                                       "space and try again."),
                         detail);
    };
    const bool joined = inTransaction(connection);
    if (options.throwawayFile && !joined &&
        (!execRaw(db, "PRAGMA journal_mode = OFF") || !execRaw(db, "PRAGMA synchronous = OFF") ||
         !execRaw(db, "PRAGMA cache_size = -1048576"))) {
        return failed(QString::fromUtf8(sqlite3_errmsg(db)));
    }
    if (!execRaw(db, joined ? "SAVEPOINT bulk_generator" : "BEGIN IMMEDIATE")) {
        return failed(QString::fromUtf8(sqlite3_errmsg(db)));
    }
    QElapsedTimer timer;
    timer.start();
    QString error;
    BulkLoad bulk(db);
    bool ok = !options.bulkLoad || bulk.begin(generatedTables(), error);
    auto writer = std::make_unique<Writer>(db, userName, clock.nowUtc().toSecsSinceEpoch(), options);
    ok = ok && writer->prepare(error);
    for (int i = 0; ok && i < options.customers; ++i) {
        ok = writer->writeCustomer(error);
        if (ok && progress && ((i + 1) % 10000 == 0 || i + 1 == options.customers)) {
            progress(i + 1, options.customers);
        }
    }
    BulkGenerator::Stats stats = writer->stats;
    writer.reset(); // finalizes the statements before the commit
    ok = ok && (!options.bulkLoad || bulk.finish(error, stats.indexSeconds, stats.rollupSeconds));
    if (ok) {
        if (execRaw(db, joined ? "RELEASE bulk_generator" : "COMMIT")) {
            stats.seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
            if (options.throwawayFile && !joined &&
                (!execRaw(db, "PRAGMA journal_mode = WAL") || !execRaw(db, "PRAGMA synchronous = FULL") ||
                 !execRaw(db, "PRAGMA cache_size = -32768"))) {
                return failed(QString::fromUtf8(sqlite3_errmsg(db)));
            }
            return stats;
        }
        error = QString::fromUtf8(sqlite3_errmsg(db));
    }
    if (joined) {
        execRaw(db, "ROLLBACK TO bulk_generator");
        execRaw(db, "RELEASE bulk_generator");
    } else {
        execRaw(db, "ROLLBACK");
    }
    return failed(error);
}

} // namespace

qint64 BulkGenerator::Stats::rows() const
{
    return customers + searchDocuments + tags + consents + visits + visitItems + surveyResponses + surveyScores +
           complaints + complaintEvents + loyaltyEntries + loyaltyAllocations + followUps;
}

Result<BulkGenerator::Stats> BulkGenerator::generate(Database &database, const Clock &clock, const Options &options,
                                                     const std::function<void(int, int)> &progress)
{
    if (database.session().role != Role::Administrator) {
        return makeError(ErrorCode::PermissionDenied,
                         StorageTr::tr("Only an administrator can generate benchmark data. Sign in as one."));
    }
    return generate(database.connectionName(), database.session().userName, clock, options, progress);
}

Result<BulkGenerator::Stats> BulkGenerator::generate(const QString &connectionName, const QString &userName,
                                                     const Clock &clock, const Options &options,
                                                     const std::function<void(int, int)> &progress)
{
    if (options.customers < 0 || options.visitsPerCustomer < 0 || options.surveysPerThousand < 0 ||
        options.complaintsPerThousand < 0) {
        return makeError(ErrorCode::Usage, StorageTr::tr("The numbers of records to generate cannot be negative."));
    }
    return run(connectionName, userName, clock, options, progress);
}

} // namespace caredesk::core
