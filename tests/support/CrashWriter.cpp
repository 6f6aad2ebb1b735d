// SPDX-License-Identifier: GPL-3.0-or-later
// caredesk_crash_writer: the victim of CrashSafetyTests. Opens a database and registers customers one after the
// other, printing "ack ID" after each add() has returned (its commit acknowledged), until it is killed or has
// written --count customers. The test kills it with SIGKILL at a random point and then checks that every
// acknowledged customer is there and the file, the search index and the audit chain are sound.
#include "core/customers/CustomerRepository.h"
#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <cstdio>

using namespace caredesk::core;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 6) {
        std::fputs("usage: caredesk_crash_writer DB USER PASSWORD FIRST COUNT\n", stderr);
        return 2;
    }
    auto opened = Database::open(args.at(1), args.at(2), args.at(3));
    if (!opened) {
        std::fprintf(stderr, "open failed: %s\n", qPrintable(opened.error().message));
        return 1;
    }
    CustomerRepository repo(**opened);
    const int first = args.at(4).toInt();
    const int count = args.at(5).toInt();
    static const QString family = QStringLiteral("王李张刘陈杨赵黄周吴");
    static const QString given = QStringLiteral("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平");
    for (int i = first; i < first + count; ++i) {
        Customer c;
        c.name = QString(family.at(i % family.size())) + given.at((i / 10) % given.size()) +
                 given.at((i / 200) % given.size());
        c.phone = QStringLiteral("139%1").arg(i, 8, 10, QLatin1Char('0'));
        c.notes = QStringLiteral("crash run %1").arg(i);
        auto added = repo.add(c);
        if (!added) {
            std::fprintf(stderr, "add failed at %d: %s\n", i, qPrintable(added.error().message));
            return 1;
        }
        std::printf("ack %lld %d\n", static_cast<long long>(added->id), i);
        std::fflush(stdout);
    }
    return 0;
}
