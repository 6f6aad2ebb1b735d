// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

#include <optional>

namespace caredesk::core {

/** SQLite extended result code carried in a QSqlError from the QSQLCIPHER driver; 0 when there is none. */
int sqliteCode(const QSqlError &error);

/**
 * Turns a database error into an Error for people: disk full, read-only, locked and corrupt get their own code
 * and a message that says what to do; anything else is Internal with @p whatFailed as the message.
 * The SQL error text goes into detail only (it never contains bound values).
 */
Error databaseError(const QSqlError &error, const QString &whatFailed);

/**
 * Set by Database::setReadOnly(): while on, a write refused as read-only says the database is open read-only because
 * it is damaged and the latest backup should be restored (instead of "move it to a folder you can write to").
 */
void setDamagedReadOnlyMessage(bool on);

/**
 * True while @p db (a QSQLCIPHER connection) is inside a transaction. Repositories use it to compose: a write that
 * finds a transaction already open runs inside it, and the caller who opened it commits or rolls back everything.
 */
bool inTransaction(const QSqlDatabase &db);

/** How CareDesk stores a moment: ISO 8601 in UTC with milliseconds and a trailing Z; empty for an invalid one. */
QString iso(const QDateTime &dt);
/** The moment iso() wrote, in UTC; invalid for empty text. */
QDateTime fromIso(const QString &text);
/** An optional whole number as a bound value: SQL NULL when empty. */
QVariant nullableInt(const std::optional<int> &value);
/** A nullable integer column as an optional. */
std::optional<int> optionalInt(const QVariant &value);
/** Binds @p values positionally (as boundValue() says) on an already prepared @p query and runs it. */
bool run(QSqlQuery &query, const QVariantList &values);

/** @p value as it should be bound: a null QString becomes empty text; an invalid QVariant stays SQL NULL. */
QVariant boundValue(const QVariant &value);

/**
 * Prepares and runs @p sql with positional @p values on @p query; false leaves the error in query.lastError().
 * A null QString binds as empty text; pass an invalid QVariant() for SQL NULL. Use plain `?` placeholders, one
 * value each: Qt rewrites `?` itself, so numbered ones (`?1`) do not survive. The query is made forward-only:
 * read its rows with next(), once.
 */
bool execPrepared(QSqlQuery &query, const QString &sql, const QVariantList &values = {});

} // namespace caredesk::core
