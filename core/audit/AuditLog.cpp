// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/audit/AuditLog.h"

#include "core/audit/AuditChain.h"
#include "core/common/Tr.h"
#include "core/storage/Database.h"
#include "core/storage/SqlErrors.h"
#include "core/storage/Transaction.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSqlQuery>

#include <algorithm>

namespace caredesk::core {

namespace {

const QString selectColumns = QStringLiteral(
    "SELECT id, at, user_name, action, subject, detail, seq, entity, entity_id, changes FROM audit_event");

AuditEvent eventFrom(const QSqlQuery &q)
{
    AuditEvent e;
    e.id = q.value(0).toLongLong();
    e.at = fromIso(q.value(1).toString());
    e.userName = q.value(2).toString();
    e.action = q.value(3).toString();
    e.subject = q.value(4).toString();
    e.detail = q.value(5).toString();
    e.seq = q.value(6).toLongLong();
    e.entity = q.value(7).toString();
    e.entityId = q.value(8).toString();
    e.changes = q.value(9).toString();
    return e;
}

/** WHERE clause (possibly empty) and its values for @p filter. */
std::pair<QString, QVariantList> whereFor(const AuditFilter &filter)
{
    QStringList terms;
    QVariantList values;
    if (!filter.userName.isEmpty()) {
        terms << QStringLiteral("user_name = ?");
        values << filter.userName;
    }
    if (!filter.entity.isEmpty()) {
        terms << QStringLiteral("entity = ?");
        values << filter.entity;
    }
    if (filter.action.endsWith(QLatin1Char('.'))) {
        // A prefix: [prefix, prefix + U+FFFF) is a range the action index can use, unlike LIKE with escapes.
        terms << QStringLiteral("action >= ? AND action < ?");
        values << filter.action << QString(filter.action + QChar(0xFFFF));
    } else if (!filter.action.isEmpty()) {
        terms << QStringLiteral("action = ?");
        values << filter.action;
    }
    if (filter.from.isValid()) {
        terms << QStringLiteral("at >= ?");
        values << iso(filter.from);
    }
    if (filter.to.isValid()) {
        terms << QStringLiteral("at < ?");
        values << iso(filter.to);
    }
    return {terms.join(QStringLiteral(" AND ")), values};
}

/** One CSV cell: formula-looking text gets a leading ', then RFC 4180 quoting where needed. */
QString csvCell(QString text)
{
    static const QString risky = QStringLiteral("=+-@\t\r");
    if (!text.isEmpty() && risky.contains(text.front())) {
        text.prepend(QLatin1Char('\''));
    }
    if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) || text.contains(QLatin1Char('\n')) ||
        text.contains(QLatin1Char('\r')) || text != text.trimmed()) {
        text.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        return QLatin1Char('"') + text + QLatin1Char('"');
    }
    return text;
}

QString csvLine(const QStringList &cells)
{
    QStringList out;
    out.reserve(cells.size());
    for (const QString &cell : cells) {
        out << csvCell(cell);
    }
    return out.join(QLatin1Char(',')) + QStringLiteral("\r\n");
}

} // namespace

AuditLog::AuditLog(Database &database, const Clock &clock)
    : AuditLog(database.connectionName(), database.session().userName, clock)
{
    m_role = database.session().role;
}

AuditLog::AuditLog(const QString &connectionName, const QString &userName, const Clock &clock)
    : m_connectionName(connectionName), m_userName(userName), m_clock(clock)
{
}

Status AuditLog::record(const QString &action, const QString &subject, const QString &detail)
{
    AuditEntry entry;
    entry.action = action;
    entry.detail = detail;
    const qsizetype colon = subject.indexOf(QLatin1Char(':'));
    if (colon > 0) {
        entry.entity = subject.left(colon);
        entry.entityId = subject.mid(colon + 1);
    } else {
        entry.entity = subject;
    }
    return record(entry);
}

Status AuditLog::record(const AuditEntry &entry)
{
    const QString failed = AuditTr::tr("The audit trail could not be written, so nothing was done. Try again; if it "
                                       "keeps failing, ask the administrator.");
    const std::shared_ptr<AuditChain> chain = AuditChain::forConnection(m_connectionName);
    if (!chain) {
        return makeError(ErrorCode::Internal, failed,
                         QStringLiteral("no audit key for connection %1").arg(m_connectionName));
    }
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    const bool joined = inTransaction(db);
    AuditEvent event;
    event.at = m_clock.nowUtc();
    event.userName = m_userName;
    event.action = entry.action;
    event.entity = entry.entity;
    event.entityId = entry.entityId;
    event.subject = entry.entityId.isEmpty() ? entry.entity : entry.entity + QLatin1Char(':') + entry.entityId;
    event.detail = entry.detail;
    event.changes = entry.changes.toJson();
    auto appended = transact<bool>(db, failed, [&]() -> Result<bool> {
        // Inside the write transaction (BEGIN IMMEDIATE: one writer), so nobody appends between read and insert.
        QSqlQuery q(db);
        if (!execPrepared(q, QStringLiteral("SELECT seq, hmac FROM audit_event ORDER BY seq DESC LIMIT 1"))) {
            return databaseError(q.lastError(), failed);
        }
        QByteArray prev = AuditChain::genesis();
        event.seq = 1;
        if (q.next()) {
            event.seq = q.value(0).toLongLong() + 1;
            prev = q.value(1).toByteArray();
        }
        q.finish();
        const QByteArray hmac = chain->sign(event, prev);
        if (!execPrepared(q,
                          QStringLiteral("INSERT INTO audit_event(seq, at, user_name, action, entity, entity_id, "
                                         "subject, detail, changes, prev_hmac, hmac) "
                                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                          {event.seq, iso(event.at), event.userName, event.action, event.entity, event.entityId,
                           event.subject, event.detail, event.changes, prev, hmac})) {
            return databaseError(q.lastError(), failed);
        }
        return true;
    });
    if (!appended) {
        return appended.error();
    }
    if (!joined) {
        chain->committed(m_connectionName);
    }
    return {};
}

Status AuditLog::requireAdministrator() const
{
    if (m_role && *m_role != Role::Administrator) {
        return makeError(ErrorCode::PermissionDenied,
                         AuditTr::tr("Only an administrator can read the audit trail. Ask your administrator."));
    }
    return {};
}

Result<QList<AuditEvent>> AuditLog::recent(const QString &action, int limit) const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    const int clamped = std::clamp(limit, 1, 10000);
    QStringList terms;
    QVariantList values;
    if (!action.isEmpty()) {
        terms << QStringLiteral("action = ?");
        values << action;
    }
    if (m_role && *m_role != Role::Administrator) {
        terms << QStringLiteral("user_name = ?");
        values << m_userName;
    }
    values << clamped;
    const QString where = terms.isEmpty() ? QString() : QStringLiteral(" WHERE ") + terms.join(QStringLiteral(" AND "));
    if (!execPrepared(q, selectColumns + where + QStringLiteral(" ORDER BY seq DESC LIMIT ?"), values)) {
        return databaseError(q.lastError(), AuditTr::tr("The audit trail could not be read."));
    }
    QList<AuditEvent> events;
    while (q.next()) {
        events.append(eventFrom(q));
    }
    return events;
}

Result<QList<AuditEvent>> AuditLog::page(const AuditFilter &filter, qint64 beforeSeq, int limit) const
{
    if (auto allowed = requireAdministrator(); !allowed) {
        return allowed.error();
    }
    auto [where, values] = whereFor(filter);
    if (beforeSeq > 0) {
        where += (where.isEmpty() ? QString() : QStringLiteral(" AND ")) + QStringLiteral("seq < ?");
        values << beforeSeq;
    }
    values << std::clamp(limit, 1, 10000);
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    const QString sql = selectColumns + (where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where) +
                        QStringLiteral(" ORDER BY seq DESC LIMIT ?");
    if (!execPrepared(q, sql, values)) {
        return databaseError(q.lastError(), AuditTr::tr("The audit trail could not be read."));
    }
    QList<AuditEvent> events;
    while (q.next()) {
        events.append(eventFrom(q));
    }
    return events;
}

Result<qint64> AuditLog::count(const AuditFilter &filter) const
{
    if (auto allowed = requireAdministrator(); !allowed) {
        return allowed.error();
    }
    const auto [where, values] = whereFor(filter);
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    const QString sql = QStringLiteral("SELECT count(*) FROM audit_event") +
                        (where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where);
    if (!execPrepared(q, sql, values) || !q.next()) {
        return databaseError(q.lastError(), AuditTr::tr("The audit trail could not be read."));
    }
    return q.value(0).toLongLong();
}

namespace {

Result<QStringList> distinctValues(const QString &connectionName, const QString &column)
{
    QSqlQuery q(QSqlDatabase::database(connectionName, false));
    // column is one of our own literals, never user input.
    if (!execPrepared(q,
                      QStringLiteral("SELECT DISTINCT %1 FROM audit_event WHERE %1 <> '' ORDER BY %1").arg(column))) {
        return databaseError(q.lastError(), AuditTr::tr("The audit trail could not be read."));
    }
    QStringList values;
    while (q.next()) {
        values << q.value(0).toString();
    }
    return values;
}

} // namespace

Result<QStringList> AuditLog::userNames() const
{
    if (auto allowed = requireAdministrator(); !allowed) {
        return allowed.error();
    }
    return distinctValues(m_connectionName, QStringLiteral("user_name"));
}

Result<QStringList> AuditLog::entities() const
{
    if (auto allowed = requireAdministrator(); !allowed) {
        return allowed.error();
    }
    return distinctValues(m_connectionName, QStringLiteral("entity"));
}

Result<QStringList> AuditLog::actions() const
{
    if (auto allowed = requireAdministrator(); !allowed) {
        return allowed.error();
    }
    return distinctValues(m_connectionName, QStringLiteral("action"));
}

Result<qint64> AuditLog::exportCsv(const AuditFilter &filter, const QString &pathIn)
{
    if (auto allowed = requireAdministrator(); !allowed) {
        return allowed.error();
    }
    const QString path = QFileInfo(pathIn).absoluteFilePath();
    const auto [where, values] = whereFor(filter);
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.setForwardOnly(true);
    const QString sql = selectColumns + (where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where) +
                        QStringLiteral(" ORDER BY seq");
    if (!execPrepared(q, sql, values)) {
        return databaseError(q.lastError(), AuditTr::tr("The audit trail could not be read."));
    }
    QString text =
        csvLine({AuditTr::tr("Entry"), AuditTr::tr("Time (UTC)"), AuditTr::tr("User"), AuditTr::tr("Action"),
                 AuditTr::tr("Record"), AuditTr::tr("Record id"), AuditTr::tr("Detail"), AuditTr::tr("Changes")});
    qint64 rows = 0;
    while (q.next()) {
        const AuditEvent e = eventFrom(q);
        text += csvLine(
            {QString::number(e.seq), iso(e.at), e.userName, e.action, e.entity, e.entityId, e.detail, e.changes});
        ++rows;
    }
    q.finish();

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return makeError(ErrorCode::Io, AuditTr::tr("The file could not be created. Choose a folder you can write to."),
                         file.errorString());
    }
    const QByteArray bom("\xEF\xBB\xBF");
    if (file.write(bom) != bom.size() || file.write(text.toUtf8()) < 0) {
        file.cancelWriting();
        return makeError(ErrorCode::Io, AuditTr::tr("The file could not be written. Check the free space."),
                         file.errorString());
    }
    const QString failed = AuditTr::tr("The export could not be recorded in the audit trail, so no file was written.");
    bool fileSaved = false;
    auto written = transact<qint64>(QSqlDatabase::database(m_connectionName, false), failed, [&]() -> Result<qint64> {
        AuditEntry entry;
        entry.action = QStringLiteral("audit.export");
        entry.entity = QStringLiteral("audit");
        entry.detail = QStringLiteral("rows=%1").arg(rows);
        if (auto recorded = record(entry); !recorded) {
            file.cancelWriting();
            return recorded.error();
        }
        if (!file.commit()) {
            return makeError(ErrorCode::Io,
                             AuditTr::tr("The file could not be saved. Check the folder and the free "
                                         "space."),
                             file.errorString());
        }
        fileSaved = true;
        return rows;
    });
    if (!written && fileSaved) {
        QFile::remove(path); // the entry did not commit: no unaudited file may stay behind
    }
    return written;
}

} // namespace caredesk::core
