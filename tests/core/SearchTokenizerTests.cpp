// SPDX-License-Identifier: GPL-3.0-or-later
#include <catch2/catch.hpp>

#include "core/customers/SearchTokenizer.h"
#include "core/storage/SqlCipherDriver.h"

#include <QAtomicInt>
#include <QList>
#include <QMap>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QUuid>
#include <QVariant>

#include <memory>
#include <thread>
#include <vector>

using namespace caredesk::core;

namespace {

QString q(const char16_t *text)
{
    return QString::fromUtf16(text);
}

QStringList tokensOf(const SearchTokenizer::Input &input)
{
    return SearchTokenizer::document(input).split(QLatin1Char(' '));
}

SearchTokenizer::Input customer(const QString &name, const QStringList &phones = {}, const QString &memberNumber = {},
                                const QString &idNumber = {})
{
    SearchTokenizer::Input input;
    input.name = name;
    input.phones = phones;
    input.memberNumber = memberNumber;
    input.idNumber = idNumber;
    return input;
}

/**
 * An in-memory FTS4 table like customer_search, on one SQL driver. Production runs on SQLCipher (SQLite 3.15,
 * FTS "standard" query syntax); Qt's QSQLITE uses the system SQLite (FTS "enhanced" syntax with parentheses and
 * AND/NOT). The expressions must mean the same on both.
 */
class FtsTable {
public:
    enum class Driver { SqlCipher, SystemSqlite };

    explicit FtsTable(Driver driver)
        : m_name(QStringLiteral("search-tokenizer-%1").arg(QUuid::createUuid().toString(QUuid::WithoutBraces)))
    {
        QSqlDatabase db = driver == Driver::SqlCipher
                              ? QSqlDatabase::addDatabase(new SqlCipherDriver, m_name) // no key: plain SQLite
                              : QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(QStringLiteral(":memory:"));
        m_open = db.open();
        if (!m_open) {
            m_error = db.lastError().text();
            return;
        }
        QSqlQuery query(db);
        if (query.exec(QStringLiteral("SELECT sqlite_version()")) && query.next()) {
            m_version = query.value(0).toString();
        }
        m_open = query.exec(QStringLiteral("CREATE VIRTUAL TABLE t USING fts4(tokens)"));
        if (!m_open) {
            m_error = query.lastError().text();
        }
    }
    ~FtsTable()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    FtsTable(const FtsTable &) = delete;
    FtsTable &operator=(const FtsTable &) = delete;

    [[nodiscard]] bool isOpen() const { return m_open; }
    [[nodiscard]] QString error() const { return m_error; }
    [[nodiscard]] QString sqliteVersion() const { return m_version; }

    void insert(qint64 docid, const QString &tokens)
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        REQUIRE(query.prepare(QStringLiteral("INSERT INTO t(docid, tokens) VALUES (?, ?)")));
        query.addBindValue(docid);
        query.addBindValue(tokens);
        INFO(query.lastError().text().toStdString());
        REQUIRE(query.exec());
    }

    /** The docids that MATCH @p expression; fails the test on any SQL error. */
    QSet<qint64> match(const QString &expression)
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        REQUIRE(query.prepare(QStringLiteral("SELECT docid FROM t WHERE t MATCH ?")));
        query.addBindValue(expression);
        INFO("expression: " << expression.toStdString());
        const bool ok = query.exec();
        INFO("error: " << query.lastError().text().toStdString());
        REQUIRE(ok);
        QSet<qint64> ids;
        while (query.next()) {
            ids.insert(query.value(0).toLongLong());
        }
        return ids;
    }

private:
    QString m_name;
    bool m_open = false;
    QString m_error;
    QString m_version;
};

enum Doc : qint64 { ZhangWei = 1, LiWei, WangFang, MarySmith, OuYang, ZengGuofan, Ayiguli, ZhangXiaowei, LuBu };

void fill(FtsTable &table)
{
    table.insert(ZhangWei, SearchTokenizer::document(customer(q(u"张伟"), {QStringLiteral("13800138000")},
                                                              QStringLiteral("M00012345"),
                                                              QStringLiteral("11010519491231002X"))));
    table.insert(LiWei, SearchTokenizer::document(
                            customer(q(u"李伟"), {QStringLiteral("13911112222")}, QStringLiteral("M00000002"))));
    table.insert(WangFang, SearchTokenizer::document(
                               customer(q(u"王芳"), {QStringLiteral("010-88886666")}, QStringLiteral("M00000003"))));
    table.insert(MarySmith,
                 SearchTokenizer::document(customer(QStringLiteral("Mary Smith"), {QStringLiteral("+442079460958")},
                                                    QStringLiteral("M00000004"))));
    table.insert(OuYang, SearchTokenizer::document(customer(q(u"欧阳娜娜"), {}, QStringLiteral("M00000005"),
                                                            QStringLiteral("310115198512070328"))));
    table.insert(ZengGuofan, SearchTokenizer::document(
                                 customer(q(u"曾国藩"), {QStringLiteral("13700001234")}, QStringLiteral("M00000006"))));
    table.insert(Ayiguli, SearchTokenizer::document(customer(q(u"阿依古丽·买买提"), {}, QStringLiteral("M00000007"))));
    table.insert(ZhangXiaowei, SearchTokenizer::document(customer(q(u"张小伟"), {QStringLiteral("13512348000")},
                                                                  QStringLiteral("M00000008"))));
    table.insert(LuBu, SearchTokenizer::document(customer(q(u"吕布"), {}, QStringLiteral("M00000009"))));
}

QSet<qint64> ids(std::initializer_list<qint64> list)
{
    return QSet<qint64>(list.begin(), list.end());
}

/** Things people type, or paste, that could trip FTS's query parser. */
QStringList hostileInputs()
{
    QStringList inputs{
        QStringLiteral("\""),
        QStringLiteral("*"),
        QStringLiteral("a OR b"),
        QStringLiteral("NEAR"),
        QStringLiteral("-("),
        q(u"😀"),
        QString(),
        QStringLiteral("AND"),
        QStringLiteral("OR"),
        QStringLiteral("NOT"),
        QStringLiteral("zhang NOT wei"),
        QStringLiteral("zhang AND wei"),
        QStringLiteral("zhang OR"),
        QStringLiteral("OR zhang"),
        QStringLiteral("zhang -wei"),
        QStringLiteral("zhang NEAR/3 wei"),
        QStringLiteral("NEAR/2"),
        QStringLiteral("\"zhang wei"),
        QStringLiteral("zhang*wei"),
        QStringLiteral("*zhang"),
        QStringLiteral("^zhang"),
        QStringLiteral("tokens:zhang"),
        QStringLiteral("t:zhang"),
        QStringLiteral("((("),
        QStringLiteral(")))"),
        QStringLiteral("(zhang"),
        QStringLiteral("zhang)"),
        QStringLiteral("'; DROP TABLE t; --"),
        QStringLiteral("\\"),
        QStringLiteral("%_"),
        QStringLiteral("8000 OR"),
        QStringLiteral("002x OR 8000"),
        QString(QChar(0)) + QStringLiteral("zhang"),
        q(u"张伟😀8000"),
        q(u"「张伟」"),
        q(u"张·伟"),
        q(u"\U00020BB7"),            // 𠮷, outside the BMP
        QStringLiteral("\xE9t\xE9"), // été
        QString(300, QChar(0x4F1F)), // 伟 x 300: 299 bigrams
        QStringLiteral("zhang ").repeated(100),
        QStringLiteral("8000 ").repeated(100),
    };
    QString manyCharacters; // 200 different CJK characters: far more bigrams than the expression keeps
    QString manyWords;      // 100 different words
    for (int i = 0; i < 200; ++i) {
        manyCharacters += QChar(0x4E00 + i);
        manyWords += QStringLiteral("w%1 ").arg(i);
    }
    inputs << manyCharacters << manyWords;
    // And random strings over an alphabet of FTS's special characters, keywords and CJK.
    QStringList alphabet = q(u"\" * - ( ) ^ : OR AND NOT NEAR / a x 1 0 伟 张 😀 ' + . ·").split(QLatin1Char(' '));
    alphabet << QStringLiteral(" ");
    QRandomGenerator random(20240611);
    for (int i = 0; i < 300; ++i) {
        QString input;
        const int length = 1 + random.bounded(12);
        for (int j = 0; j < length; ++j) {
            input += alphabet.at(random.bounded(static_cast<int>(alphabet.size())));
        }
        inputs << input;
    }
    return inputs;
}

} // namespace

TEST_CASE("Pinyin of Chinese and Latin names", "[customers][search]")
{
    CHECK(SearchTokenizer::pinyin(q(u"张伟")) == QStringLiteral("zhang wei"));
    CHECK(SearchTokenizer::pinyin(q(u"欧阳娜娜")) == QStringLiteral("ou yang na na"));
    CHECK(SearchTokenizer::pinyin(q(u"李Mary")) == QStringLiteral("li mary"));
    CHECK(SearchTokenizer::pinyin(q(u"李 Mary")) == QStringLiteral("li mary"));
    CHECK(SearchTokenizer::pinyin(q(u"阿依古丽·买买提")) == QStringLiteral("a yi gu li mai mai ti"));
    CHECK(SearchTokenizer::pinyin(QStringLiteral("Mary Smith")) == QStringLiteral("mary smith"));
    CHECK(SearchTokenizer::pinyin(q(u"José Müller-Lüdenscheidt")) == QStringLiteral("jose muller ludenscheidt"));
    CHECK(SearchTokenizer::pinyin(q(u"Ｍａｒｙ")) == QStringLiteral("mary")); // full-width
    CHECK(SearchTokenizer::pinyin(QString()).isEmpty());
    CHECK(SearchTokenizer::pinyin(QStringLiteral(" ,. ")).isEmpty());
    CHECK(SearchTokenizer::pinyin(q(u"😀")).isEmpty());

    // Polyphones: the first character gets its surname reading (ICU Han-Latin/Names); plain Han-Latin gives
    // 曾 -> ceng, 单 -> dan, 解 -> jie.
    CHECK(SearchTokenizer::pinyin(q(u"曾")) == QStringLiteral("zeng"));
    CHECK(SearchTokenizer::pinyin(q(u"曾国藩")) == QStringLiteral("zeng guo fan"));
    CHECK(SearchTokenizer::pinyin(q(u"单田芳")) == QStringLiteral("shan tian fang"));
    CHECK(SearchTokenizer::pinyin(q(u"解晓东")) == QStringLiteral("xie xiao dong"));
    // ü loses its umlaut with Latin-ASCII: 吕 (lü) -> lu, the same as 卢 (lu).
    CHECK(SearchTokenizer::pinyin(q(u"吕布")) == QStringLiteral("lu bu"));
    CHECK(SearchTokenizer::pinyin(q(u"卢")) == QStringLiteral("lu"));
    // A character outside the BMP that ICU has no reading for is dropped, not mangled.
    CHECK(SearchTokenizer::pinyin(q(u"\U00020BB7")).isEmpty());

    CHECK(SearchTokenizer::pinyinInitials(q(u"张伟")) == QStringLiteral("zw"));
    CHECK(SearchTokenizer::pinyinInitials(QStringLiteral("Mary Smith")) == QStringLiteral("ms"));
    CHECK(SearchTokenizer::pinyinInitials(q(u"欧阳娜娜")) == QStringLiteral("oynn"));
    CHECK(SearchTokenizer::pinyinInitials(QString()).isEmpty());
}

TEST_CASE("Pinyin is safe to compute from several threads", "[customers][search]")
{
    const QStringList names{q(u"张伟"), q(u"欧阳娜娜"), q(u"曾国藩"), QStringLiteral("Mary Smith"),
                            q(u"阿依古丽·买买提")};
    QStringList expected;
    for (const QString &name : names) {
        expected << SearchTokenizer::pinyin(name);
    }
    QAtomicInt mismatches;
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&] {
            for (int i = 0; i < 200; ++i) {
                const qsizetype n = i % names.size();
                if (SearchTokenizer::pinyin(names.at(n)) != expected.at(n)) {
                    mismatches.ref();
                }
            }
        });
    }
    for (std::thread &thread : threads) {
        thread.join();
    }
    CHECK(mismatches.loadRelaxed() == 0);
}

TEST_CASE("CJK characters are recognised", "[customers][search]")
{
    CHECK(SearchTokenizer::isCjk(QChar(0x5F20))); // 张
    CHECK(SearchTokenizer::isCjk(QChar(0x4E00)));
    CHECK(SearchTokenizer::isCjk(QChar(0x9FA5)));
    CHECK(SearchTokenizer::isCjk(QChar(0x3400))); // extension A
    CHECK(SearchTokenizer::isCjk(QChar(0xF900))); // compatibility
    CHECK_FALSE(SearchTokenizer::isCjk(QLatin1Char('a')));
    CHECK_FALSE(SearchTokenizer::isCjk(QChar(0x00B7))); // ·
    CHECK_FALSE(SearchTokenizer::isCjk(QChar(0x3002))); // 。
    CHECK_FALSE(SearchTokenizer::isCjk(QChar(0xFF0C))); // ，
    CHECK_FALSE(SearchTokenizer::isCjk(QChar(0x3042))); // あ
    CHECK_FALSE(SearchTokenizer::isCjk(QChar(0xAC00))); // 가
    CHECK_FALSE(SearchTokenizer::isCjk(QChar(0xD840))); // a lone surrogate
}

TEST_CASE("Index document of a Chinese customer", "[customers][search]")
{
    const SearchTokenizer::Input zhangWei = customer(q(u"张伟"), {QStringLiteral("13800138000")},
                                                     QStringLiteral("M00012345"), QStringLiteral("11010519491231002X"));
    const QString expected = q(u"张 伟 张伟 zhang wei zhangwei zw 13800138000 t8000 m00012345 00012345 i002x");
    // Exactly these tokens, each once ...
    const QStringList tokens = tokensOf(zhangWei);
    const QStringList expectedTokens = expected.split(QLatin1Char(' '));
    CHECK(QSet<QString>(tokens.cbegin(), tokens.cend()) ==
          QSet<QString>(expectedTokens.cbegin(), expectedTokens.cend()));
    CHECK(tokens.size() == expectedTokens.size());
    // ... in a stable order, joined by single spaces.
    CHECK(SearchTokenizer::document(zhangWei) == expected);
}

TEST_CASE("Index documents of other names", "[customers][search]")
{
    SECTION("Latin name")
    {
        CHECK(tokensOf(customer(QStringLiteral("Mary Smith"), {QStringLiteral("+442079460958")},
                                QStringLiteral("M00000004"))) ==
              QStringList{QStringLiteral("mary"), QStringLiteral("smith"), QStringLiteral("marysmith"),
                          QStringLiteral("442079460958"), QStringLiteral("t0958"), QStringLiteral("m00000004"),
                          QStringLiteral("00000004")});
        // Punctuation inside a word splits it, and the word is also indexed whole: "oneil" finds O'Neil.
        CHECK(tokensOf(customer(q(u"  Mary-Jane   O'Neil "))) ==
              QStringList{QStringLiteral("mary"), QStringLiteral("jane"), QStringLiteral("o"), QStringLiteral("neil"),
                          QStringLiteral("maryjane"), QStringLiteral("oneil"), QStringLiteral("maryjaneoneil")});
        CHECK(tokensOf(customer(q(u"José Müller"))) ==
              QStringList{QStringLiteral("jose"), QStringLiteral("muller"), QStringLiteral("josemuller")});
    }
    SECTION("four-character name")
    {
        CHECK(SearchTokenizer::document(customer(q(u"欧阳娜娜"))) ==
              q(u"欧 阳 娜 欧阳 阳娜 娜娜 ou yang na ouyangnana oynn"));
    }
    SECTION("Chinese and Latin mixed")
    {
        const QStringList tokens = tokensOf(customer(q(u"李Mary")));
        CHECK(tokens == QStringList{q(u"李"), QStringLiteral("li"), QStringLiteral("mary"), QStringLiteral("limary"),
                                    QStringLiteral("lm")});
        CHECK(tokensOf(customer(q(u"李 Mary"))) == tokens);
    }
    SECTION("transliterated name with a middle dot")
    {
        const QString document = SearchTokenizer::document(customer(q(u"阿依古丽·买买提")));
        CHECK(document == q(u"阿 依 古 丽 买 提 阿依 依古 古丽 买买 买提 a yi gu li mai ti ayiguli maimaiti "
                            u"ayigulimaimaiti aygl mmt ayglmmt"));
        CHECK_FALSE(document.contains(QChar(0x00B7)));
    }
    SECTION("polyphone surname: both the surname and the dictionary reading are indexed")
    {
        CHECK(SearchTokenizer::document(customer(q(u"曾伟"))) == q(u"曾 伟 曾伟 zeng wei zengwei zw ceng cengwei cw"));
    }
    SECTION("punctuation, spaces and emoji never become tokens")
    {
        const QStringList tokens = tokensOf(customer(q(u" 张，伟！😀 ")));
        CHECK(tokens == QStringList{q(u"张"), q(u"伟"), QStringLiteral("zhang"), QStringLiteral("wei"),
                                    QStringLiteral("zhangwei"), QStringLiteral("zw")});
    }
    SECTION("duplicates appear once")
    {
        const QStringList tokens = tokensOf(customer(
            q(u"娜娜"), {QStringLiteral("13800138000"), QStringLiteral("13800138000")}, QStringLiteral("12345678")));
        CHECK(tokens == QStringList{q(u"娜"), q(u"娜娜"), QStringLiteral("na"), QStringLiteral("nana"),
                                    QStringLiteral("nn"), QStringLiteral("13800138000"), QStringLiteral("t8000"),
                                    QStringLiteral("12345678")});
    }
    SECTION("landline phone")
    {
        const QStringList tokens = tokensOf(customer(q(u"王芳"), {QStringLiteral("010-88886666")}));
        CHECK(tokens.contains(QStringLiteral("01088886666")));
        CHECK(tokens.contains(QStringLiteral("t6666")));
    }
    SECTION("nothing to index")
    {
        CHECK(SearchTokenizer::document({}).isEmpty());
    }
}

TEST_CASE("Match expressions for what receptionists type", "[customers][search]")
{
    const auto expression = [](const char16_t *query) { return SearchTokenizer::matchExpression(q(query)); };
    CHECK(expression(u"伟") == q(u"伟"));
    CHECK(expression(u"张伟") == q(u"张伟"));
    CHECK(expression(u"张小伟") == q(u"张小 小伟"));
    CHECK(expression(u"zhangw") == QStringLiteral("zhangw*"));
    CHECK(expression(u"ZhangW") == QStringLiteral("zhangw*"));
    CHECK(expression(u"zw") == QStringLiteral("zw*"));
    CHECK(expression(u"8000") == QStringLiteral("(\"t8000\" OR 8000*)"));
    CHECK(expression(u"1380013") == QStringLiteral("1380013*"));
    CHECK(expression(u"138") == QStringLiteral("138*"));
    CHECK(expression(u"M0001") == QStringLiteral("m0001*"));
    CHECK(expression(u"002x") == QStringLiteral("(\"i002x\")"));
    CHECK(expression(u"002X") == QStringLiteral("(\"i002x\")"));
    CHECK(expression(u"张伟 8000") == q(u"张伟 (\"t8000\" OR 8000*)"));
    CHECK(expression(u"李Mary") == q(u"李 mary*"));
    CHECK(expression(u"Mary S") == QStringLiteral("mary* s*"));
    CHECK(expression(u"müller") == QStringLiteral("muller*"));
    // Phone numbers typed in groups, with +86 or full-width, are one number.
    CHECK(expression(u"138 0013 8000") == QStringLiteral("13800138000*"));
    CHECK(expression(u"+86 138-0013-8000") == QStringLiteral("13800138000*"));
    CHECK(expression(u"+86 138 0013") == QStringLiteral("1380013*"));
    CHECK(expression(u"010-8888 6666") == QStringLiteral("01088886666*"));
    CHECK(expression(u"１３８００１３") == QStringLiteral("1380013*"));
    CHECK(expression(u"张伟 138 0013") == q(u"张伟 1380013*"));
    // A whole ID number searches its indexed tail.
    CHECK(expression(u"11010519491231002X") == QStringLiteral("(\"i002x\")"));
    CHECK(expression(u"110101199003070011") == QStringLiteral("(\"i0011\")"));

    // Too broad or nothing to search for.
    CHECK(expression(u"").isEmpty());
    CHECK(expression(u"   ").isEmpty());
    CHECK(expression(u"z").isEmpty());
    CHECK(expression(u"Z").isEmpty());
    CHECK(expression(u"1").isEmpty());
    CHECK(expression(u"12").isEmpty());
    CHECK(expression(u"\"*(").isEmpty());
    CHECK(expression(u"，。！").isEmpty());
    CHECK(expression(u"😀").isEmpty());
    // ... but a single letter narrows a search that has something else.
    CHECK(expression(u"zhang w") == QStringLiteral("zhang* w*"));

    // Hostile input: operators become plain lower-case words, syntax characters are dropped.
    CHECK(expression(u"\"").isEmpty());
    CHECK(expression(u"*").isEmpty());
    CHECK(expression(u"-(").isEmpty());
    CHECK(expression(u"NEAR") == QStringLiteral("near*"));
    CHECK(expression(u"a OR b") == QStringLiteral("a* or* b*"));
    CHECK(expression(u"zhang NOT wei") == QStringLiteral("zhang* not* wei*"));
    CHECK(expression(u"zhang -wei") == QStringLiteral("zhang* wei*"));
    CHECK(expression(u"tokens:zhang") == QStringLiteral("tokens* zhang*"));
}

TEST_CASE("Every generated expression is valid FTS4 and finds the right customers", "[customers][search][fts]")
{
    const auto driver = GENERATE(FtsTable::Driver::SqlCipher, FtsTable::Driver::SystemSqlite);
    FtsTable table(driver);
    if (!table.isOpen() && driver == FtsTable::Driver::SystemSqlite) {
        WARN("The system SQLite has no FTS4, so only SQLCipher is checked: " << table.error().toStdString());
        return;
    }
    INFO("driver: " << (driver == FtsTable::Driver::SqlCipher ? "SQLCipher" : "QSQLITE") << ", SQLite "
                    << table.sqliteVersion().toStdString() << " " << table.error().toStdString());
    REQUIRE(table.isOpen());
    fill(table);

    const auto find = [&table](const char16_t *query) {
        const QString expression = SearchTokenizer::matchExpression(q(query));
        INFO("query: " << q(query).toStdString() << " expression: " << expression.toStdString());
        REQUIRE_FALSE(expression.isEmpty());
        return table.match(expression);
    };

    CHECK(find(u"伟") == ids({ZhangWei, LiWei, ZhangXiaowei}));
    CHECK_FALSE(find(u"伟").contains(WangFang));
    CHECK(find(u"张伟") == ids({ZhangWei}));
    CHECK(find(u"张小伟") == ids({ZhangXiaowei}));
    CHECK(find(u"小伟") == ids({ZhangXiaowei}));
    CHECK(find(u"李 伟") == ids({LiWei}));
    CHECK(find(u"徐").isEmpty());
    CHECK(find(u"zhangw") == ids({ZhangWei}));
    CHECK(find(u"zhangwei") == ids({ZhangWei}));
    CHECK(find(u"zhang") == ids({ZhangWei, ZhangXiaowei}));
    CHECK(find(u"zhang wei") == ids({ZhangWei, ZhangXiaowei}));
    CHECK(find(u"zw") == ids({ZhangWei}));
    CHECK(find(u"zxw") == ids({ZhangXiaowei}));
    CHECK(find(u"ouyang") == ids({OuYang}));
    CHECK(find(u"oynn") == ids({OuYang}));
    CHECK(find(u"zeng") == ids({ZengGuofan}));
    CHECK(find(u"ceng") == ids({ZengGuofan}));
    CHECK(find(u"maimaiti") == ids({Ayiguli}));
    CHECK(find(u"ayiguli") == ids({Ayiguli}));
    CHECK(find(u"阿依") == ids({Ayiguli}));
    CHECK(find(u"lubu") == ids({LuBu}));
    CHECK(find(u"smi") == ids({MarySmith}));
    CHECK(find(u"Mary S") == ids({MarySmith}));
    CHECK(find(u"marysmith") == ids({MarySmith}));
    CHECK(find(u"8000") == ids({ZhangWei, ZhangXiaowei}));
    CHECK(find(u"张伟 8000") == ids({ZhangWei}));
    CHECK(find(u"zhang 8000") == ids({ZhangWei, ZhangXiaowei}));
    CHECK(find(u"1234") == ids({ZengGuofan}));
    CHECK(find(u"6666") == ids({WangFang}));
    CHECK(find(u"0958") == ids({MarySmith}));
    CHECK(find(u"1380013") == ids({ZhangWei}));
    CHECK(find(u"zhang 138-0013") == ids({ZhangWei}));
    CHECK(find(u"138 0013 8000") == ids({ZhangWei}));
    CHECK(find(u"+86 138 0013 8000") == ids({ZhangWei}));
    CHECK(find(u"010-8888 6666") == ids({WangFang}));
    CHECK(find(u"+44 20 7946") == ids({MarySmith}));
    CHECK(find(u"M0001") == ids({ZhangWei}));
    CHECK(find(u"m00000005") == ids({OuYang}));
    CHECK(find(u"00012345") == ids({ZhangWei}));
    CHECK(find(u"0001") == ids({ZhangWei}));
    CHECK(find(u"002x") == ids({ZhangWei}));
    CHECK(find(u"0328") == ids({})); // ID tails that end in a digit are not phone tails
    CHECK(find(u"11010519491231002X") == ids({ZhangWei}));

    // Hostile input: never an SQL error, whatever the driver's FTS query syntax.
    for (const QString &input : hostileInputs()) {
        const QString expression = SearchTokenizer::matchExpression(input);
        INFO("input: " << input.toStdString() << " expression: " << expression.toStdString());
        if (!expression.isEmpty()) {
            table.match(expression);
        }
    }
    CHECK(table.match(SearchTokenizer::matchExpression(QStringLiteral("zhang NOT wei"))).isEmpty());
    CHECK(table.match(SearchTokenizer::matchExpression(QString(300, QChar(0x4F1F)))).isEmpty());
}
