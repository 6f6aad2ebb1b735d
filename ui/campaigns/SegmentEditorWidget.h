// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/campaigns/SegmentFilter.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QFormLayout;
class QLineEdit;
class QSpinBox;

namespace caredesk::ui {

/**
 * The criteria of a campaign segment as form rows (customer type, sex, age range, region, tags, source, activity,
 * loyalty tier, last visit, visited department / kind / period). Empty fields do not filter. Emits
 * filterChanged() on every change so the dialog can show a live count.
 */
class SegmentEditorWidget final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SegmentEditorWidget)

public:
    /** @p regions and @p tags are the values in use, offered as choices; @p tiers are tier ids. */
    SegmentEditorWidget(const QStringList &regions, const QStringList &tags, const QStringList &tiers,
                        QWidget *parent = nullptr);
    ~SegmentEditorWidget() override;

    [[nodiscard]] core::SegmentFilter filter() const;
    void setFilter(const core::SegmentFilter &filter);
    /** The first field, for the tab chain. */
    [[nodiscard]] QWidget *firstField() const;
    [[nodiscard]] QList<QWidget *> fields() const;

Q_SIGNALS:
    void filterChanged();

private:
    QDateEdit *makeDate(const QString &objectName);

    QFormLayout *m_form = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_sex = nullptr;
    QSpinBox *m_minAge = nullptr;
    QSpinBox *m_maxAge = nullptr;
    QComboBox *m_region = nullptr;
    QLineEdit *m_tags = nullptr;
    QComboBox *m_source = nullptr;
    QComboBox *m_activity = nullptr;
    QComboBox *m_tier = nullptr;
    QDateEdit *m_lastBefore = nullptr;
    QDateEdit *m_lastSince = nullptr;
    QComboBox *m_department = nullptr;
    QComboBox *m_visitKind = nullptr;
    QDateEdit *m_visitFrom = nullptr;
    QDateEdit *m_visitTo = nullptr;
    core::SegmentFilter m_kept; ///< what the form does not show (several sources, criteria of later versions)
};

} // namespace caredesk::ui
