// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

namespace caredesk::core {

class AuditChain;

/** What is wrong with an audit chain, if anything. */
enum class AuditProblem {
    None,
    Edited,    ///< an entry's content no longer matches its HMAC: it was changed after it was written
    Missing,   ///< entries are missing before or between others (a gap in the sequence, or a broken link)
    Truncated, ///< the chain ends before the head the keyring recorded: the newest entries were removed, or an
               ///< older copy of the database was put back
    Diverged,  ///< the entry at the keyring's head differs: this file is another or an older copy put back
};

/** The result of checking the audit chain. */
struct AuditVerification {
    AuditProblem problem = AuditProblem::None;
    qint64 entries = 0; ///< entries checked
    qint64 lastSeq = 0; ///< the newest entry's sequence number
    QDateTime lastAt;   ///< when the newest entry was written
    qint64 badSeq = 0;  ///< the first entry found wrong (0 when intact)
    QString message;    ///< translated, for people: "intact: …" or where and what is wrong

    [[nodiscard]] bool intact() const { return problem == AuditProblem::None; }
};

/**
 * Checks audit_event rows against their HMACs, the links between them, the sequence and the head the keyring
 * recorded (@p headSeq, @p headHmac; 0 and empty when none was recorded yet). A chain longer than the head is fine
 * (the keyring is saved only every few seconds); a shorter one, or a different entry at the head, is not.
 */
class AuditVerifier final {
public:
    enum class Scope {
        Full,     ///< every entry from 1
        FromHead, ///< the head entry and everything after it: the cheap check at unlock
    };

    [[nodiscard]] static Result<AuditVerification> verify(const QSqlDatabase &db, const AuditChain &chain,
                                                          qint64 headSeq, const QByteArray &headHmac,
                                                          Scope scope = Scope::Full);
    /** The translated sentence for a result, as stored in AuditVerification::message. */
    [[nodiscard]] static QString describe(const AuditVerification &result, qint64 headSeq);
};

} // namespace caredesk::core
