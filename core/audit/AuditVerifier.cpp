// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/audit/AuditVerifier.h"

#include "core/audit/AuditChain.h"
#include "core/audit/AuditLog.h"
#include "core/common/Tr.h"
#include "core/storage/SqlErrors.h"

#include <QLocale>
#include <QSqlQuery>

#include <sodium.h>

namespace caredesk::core {

namespace {

bool sameMac(const QByteArray &a, const QByteArray &b)
{
    return a.size() == b.size() && sodium_memcmp(a.constData(), b.constData(), static_cast<std::size_t>(a.size())) == 0;
}

} // namespace

Result<AuditVerification> AuditVerifier::verify(const QSqlDatabase &db, const AuditChain &chain, qint64 headSeq,
                                                const QByteArray &headHmac, Scope scope)
{
    const bool fromHead = scope == Scope::FromHead && headSeq > 0;
    const qint64 start = fromHead ? headSeq : 1;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!execPrepared(q,
                      QStringLiteral("SELECT seq, at, user_name, action, entity, entity_id, subject, detail, changes, "
                                     "prev_hmac, hmac FROM audit_event WHERE seq >= ? ORDER BY seq"),
                      {start})) {
        return databaseError(q.lastError(), AuditTr::tr("The audit trail could not be read."));
    }
    AuditVerification result;
    qint64 expected = start;
    QByteArray expectedPrev = AuditChain::genesis();
    bool first = true;
    while (q.next()) {
        AuditEvent e;
        e.seq = q.value(0).toLongLong();
        const QString atText = q.value(1).toString();
        e.at = fromIso(atText);
        e.userName = q.value(2).toString();
        e.action = q.value(3).toString();
        e.entity = q.value(4).toString();
        e.entityId = q.value(5).toString();
        e.subject = q.value(6).toString();
        e.detail = q.value(7).toString();
        e.changes = q.value(8).toString();
        const QByteArray prev = q.value(9).toByteArray();
        const QByteArray hmac = q.value(10).toByteArray();
        if (e.seq != expected) {
            result.problem = AuditProblem::Missing;
            result.badSeq = expected;
            break;
        }
        // The timestamp is signed as iso() writes it, so any other spelling of it is an edit too.
        if (iso(e.at) != atText || !sameMac(chain.sign(e, prev), hmac)) {
            result.problem = AuditProblem::Edited;
            result.badSeq = e.seq;
            break;
        }
        if (!(first && fromHead) && !sameMac(prev, expectedPrev)) {
            result.problem = AuditProblem::Missing;
            result.badSeq = e.seq;
            break;
        }
        if (e.seq == headSeq && !sameMac(hmac, headHmac)) {
            result.problem = AuditProblem::Diverged;
            result.badSeq = e.seq;
            break;
        }
        first = false;
        expectedPrev = hmac;
        ++expected;
        ++result.entries;
        result.lastSeq = e.seq;
        result.lastAt = e.at;
    }
    if (result.problem == AuditProblem::None && result.lastSeq < headSeq) {
        result.problem = AuditProblem::Truncated;
        result.badSeq = result.lastSeq + 1;
    }
    if (fromHead && result.problem == AuditProblem::None) {
        result.entries = 0; // only part of the chain was looked at; count the whole for the message
        QSqlQuery count(db);
        if (execPrepared(count, QStringLiteral("SELECT count(*) FROM audit_event")) && count.next()) {
            result.entries = count.value(0).toLongLong();
        }
    }
    result.message = describe(result, headSeq);
    return result;
}

QString AuditVerifier::describe(const AuditVerification &result, qint64 headSeq)
{
    switch (result.problem) {
    case AuditProblem::None:
        if (result.lastSeq == 0) {
            return AuditTr::tr("The audit trail is intact: no entries yet.");
        }
        return AuditTr::tr("The audit trail is intact: %1 entries, the last at %2.")
            .arg(QLocale().toString(result.entries))
            .arg(QLocale().toString(result.lastAt.toLocalTime(), QLocale::ShortFormat));
    case AuditProblem::Edited:
        return AuditTr::tr("The audit trail has been tampered with: entry %1 was changed after it was written.")
            .arg(result.badSeq);
    case AuditProblem::Missing:
        return AuditTr::tr("The audit trail has been tampered with: entry %1 is missing or was replaced (entries "
                           "were deleted from the middle of the trail).")
            .arg(result.badSeq);
    case AuditProblem::Truncated:
        return AuditTr::tr("The audit trail ends at entry %1, but the keyring recorded entry %2: the newest entries "
                           "were removed, or an older copy of the database was put back in place.")
            .arg(result.lastSeq)
            .arg(headSeq);
    case AuditProblem::Diverged:
        return AuditTr::tr("Entry %1 of the audit trail is not the one the keyring recorded: this database file is "
                           "an older or another copy that was put back in place.")
            .arg(result.badSeq);
    }
    return {};
}

} // namespace caredesk::core
