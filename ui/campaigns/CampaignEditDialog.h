// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/campaigns/Campaign.h"
#include "core/campaigns/SegmentFilter.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTimer;

namespace caredesk::core {
class CampaignRepository;
class Clock;
} // namespace caredesk::core

namespace caredesk::ui {

class SegmentEditorWidget;

/**
 * Plans a new campaign: name, kind, goal, period, channel (and for events the channel invitations go by),
 * consent purpose, cost, conversion window and holdout share, and who it is for (a segment editor with a live
 * count "N customers match, M can be contacted"). Saving stores the segment and the campaign as a draft and builds
 * its audience. Enter in a one-line field or Ctrl+Enter saves.
 */
class CampaignEditDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CampaignEditDialog)

public:
    CampaignEditDialog(core::CampaignRepository &repository, const core::Clock &clock, const QStringList &regions,
                       const QStringList &tags, const QStringList &tiers, QWidget *parent = nullptr);
    ~CampaignEditDialog() override;

    /** Turns the dialog into editing @p campaign, a draft: its fields and its segment are loaded. */
    void editCampaign(const core::Campaign &campaign);
    /** The campaign as saved (valid once accepted). */
    [[nodiscard]] const core::Campaign &savedCampaign() const { return m_saved; }
    [[nodiscard]] SegmentEditorWidget *segmentEditor() const { return m_segment; }
    /** Recounts now instead of after the short pause that follows typing. */
    void updateCountNow();

private:
    [[nodiscard]] core::Campaign campaignFromForm() const;
    void onChannelChanged();
    void save();

    core::CampaignRepository &m_repository;
    core::Campaign m_saved;
    core::Campaign m_editing; ///< id 0 while planning a new one

    QLineEdit *m_name = nullptr;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_goal = nullptr;
    QDateEdit *m_start = nullptr;
    QDateEdit *m_end = nullptr;
    QComboBox *m_channel = nullptr;
    QComboBox *m_invite = nullptr;
    QComboBox *m_purpose = nullptr;
    QLineEdit *m_cost = nullptr;
    QSpinBox *m_conversionDays = nullptr;
    QSpinBox *m_holdout = nullptr;
    SegmentEditorWidget *m_segment = nullptr;
    QComboBox *m_savedSegments = nullptr;
    QHash<qint64, core::SegmentFilter> m_segmentFilters;
    QLabel *m_count = nullptr;
    QLabel *m_nameError = nullptr;
    QLabel *m_saveError = nullptr;
    QPushButton *m_saveButton = nullptr;
    QTimer *m_countTimer = nullptr;
};

} // namespace caredesk::ui
