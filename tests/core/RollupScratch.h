// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the rollup tests share: a scratch database, a repeatable random source, and SQL helpers that compare a
// rollup with its recomputation from raw rows.

#include <QSqlDatabase>
#include <QString>
#include <QTemporaryDir>
#include <QVariantList>

namespace caredesk::test {

/** An encrypted scratch database (no schema) with foreign keys on, removed when the guard goes away. */
class RollupScratch final {
public:
    explicit RollupScratch(const QString &connectionName = QStringLiteral("rollup-scratch"));
    ~RollupScratch();
    RollupScratch(const RollupScratch &) = delete;
    RollupScratch &operator=(const RollupScratch &) = delete;
    [[nodiscard]] QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }
    [[nodiscard]] QString name() const { return m_name; }

private:
    QTemporaryDir m_dir;
    QString m_name;
};

/** A small deterministic generator (xorshift64*), so a failure repeats exactly. */
class Prng final {
public:
    explicit Prng(quint64 seed) : m_state(seed | 1) {}
    int below(int n);

private:
    quint64 m_state;
};

/** Runs @p sql with @p values bound in order; fails the test with the error otherwise. */
void exec(QSqlDatabase db, const QString &sql, const QVariantList &values = {});
/** The first column of the first row of @p sql. */
qint64 scalar(QSqlDatabase db, const QString &sql);
/** Rows in one result and not the other, both ways: 0 when the rollup @p a equals the recomputation @p b. */
qint64 differences(QSqlDatabase db, const QString &a, const QString &b);

} // namespace caredesk::test
