// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/auth/Role.h"
#include "core/customers/Customer.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QSet>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace caredesk;

TEST_CASE("Core strings reach people in Chinese through the embedded translation", "[translations]")
{
    QTranslator translator;
    REQUIRE(translator.load(QStringLiteral(":/i18n/caredesk_zh_CN.qm")));
    REQUIRE(QCoreApplication::installTranslator(&translator));
    const QString administrator = core::roleDisplayName(core::Role::Administrator);
    const QString dormant = core::statusName(core::ActivityStatus::Dormant);
    QCoreApplication::removeTranslator(&translator);

    CHECK(administrator != QStringLiteral("Administrator"));
    CHECK(administrator.contains(QStringLiteral("管理")));
    CHECK(dormant == QStringLiteral("沉睡"));
    // And English again without the translator.
    CHECK(core::roleDisplayName(core::Role::Administrator) == QStringLiteral("Administrator"));
}

namespace {

/** "context|source" of every numerus message (%n) in a .ts file of the source tree. */
QSet<QString> numerusMessages(const QString &fileName)
{
    QFile file(QStringLiteral(CAREDESK_TRANSLATIONS_DIR "/") + fileName);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QSet<QString> found;
    QString context;
    bool numerus = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            continue;
        }
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (xml.name() == QLatin1String("source") && numerus) {
            found.insert(context + QLatin1Char('|') + xml.readElementText());
        }
    }
    REQUIRE_FALSE(xml.hasError());
    return found;
}

} // namespace

TEST_CASE("English has a singular and a plural for every message that counts", "[translations]")
{
    // caredesk_en.ts is kept by hand: each %n message lupdate finds (they are all in the zh_CN file) needs its forms.
    const QSet<QString> needed = numerusMessages(QStringLiteral("caredesk_zh_CN.ts"));
    const QSet<QString> english = numerusMessages(QStringLiteral("caredesk_en.ts"));
    REQUIRE_FALSE(needed.isEmpty());
    for (const QString &message : needed) {
        INFO(message.toStdString());
        CHECK(english.contains(message));
    }

    QTranslator translator;
    REQUIRE(translator.load(QStringLiteral(":/i18n/caredesk_en.qm")));
    const char *context = "caredesk::core::AuthTr";
    const char *source = "Too many wrong passwords. Wait %n second(s), then try again; check Caps Lock and the input "
                         "method.";
    CHECK(translator.translate(context, source, nullptr, 1).contains(QStringLiteral("%n second,")));
    CHECK(translator.translate(context, source, nullptr, 5).contains(QStringLiteral("%n seconds,")));
}
