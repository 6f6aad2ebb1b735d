// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/complaints/Complaint.h"

#include <QDate>
#include <QDateTime>
#include <QString>

namespace caredesk::core {

/**
 * The content of a printable adverse-drug-reaction report (药品不良反应报告) for the manufacturer or regulator. It
 * carries the minimum necessary about the patient: initials, sex and an age band, never the name, phone or ID.
 */
struct AdrReport {
    ComplaintId complaintId = 0;
    QString siteName;
    QString patientInitials; ///< "Z.W." from the pinyin of the name
    Sex sex = Sex::Unknown;
    QString ageBand; ///< "40–49", or empty when the birth date is unknown
    QString drug;
    QString reaction; ///< the complaint's description
    QDate onsetDate;  ///< invalid when unknown
    QDateTime receivedAt;
    QString actionsTaken; ///< resolution and corrective action, as recorded
    QDateTime reportedManufacturerAt;
    QDateTime reportedRegulatorAt;
    QString reporter; ///< the signed-in user who prints it
    QDate reportDate;

    /** "Z.W." for 张伟, "M.S." for Mary Smith; empty for an empty name. */
    [[nodiscard]] static QString initialsOf(const QString &name);
    /** Ten-year bands ("0–9", …, "80+") of the age on @p on; empty when @p birthDate is invalid. */
    [[nodiscard]] static QString ageBandOf(const QDate &birthDate, const QDate &on);
};

} // namespace caredesk::core
