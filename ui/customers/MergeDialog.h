// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/customers/CustomerRepository.h"

#include <QDialog>
#include <QHash>
#include <QSet>

class QButtonGroup;
class QLabel;
class QListWidget;
class QPushButton;
class QRadioButton;
class QVBoxLayout;

namespace caredesk::ui {

/**
 * Merges two records of the same person: which record survives, which value survives for every field where they
 * differ, and everything linked to the other record that will move. The merge can be undone from the survivor's
 * timeline.
 */
class MergeDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MergeDialog)

public:
    /** By default the older record (the lower id) survives. */
    MergeDialog(core::CustomerRepository &repository, core::CustomerId firstId, core::CustomerId secondId,
                QWidget *parent = nullptr);
    ~MergeDialog() override;

    [[nodiscard]] core::CustomerId survivorId() const { return m_survivorId; }
    [[nodiscard]] core::CustomerId mergedId() const { return m_mergedId; }
    void setSurvivor(core::CustomerId id);
    /** Fields whose value is taken from the merged record. */
    [[nodiscard]] QSet<QString> fieldsFromMerged() const;
    [[nodiscard]] const core::MergePreview &preview() const { return m_preview; }

Q_SIGNALS:
    void merged(qint64 journalId);

private:
    void loadPreview();
    void rebuildChoices();
    void rebuildMoving();
    void doMerge();
    [[nodiscard]] QString describe(const core::LinkedRecord &record) const;

    core::CustomerRepository &m_repository;
    core::CustomerId m_firstId = 0;
    core::CustomerId m_secondId = 0;
    core::CustomerId m_survivorId = 0;
    core::CustomerId m_mergedId = 0;
    core::MergePreview m_preview;
    QHash<QString, QButtonGroup *> m_choices;

    QRadioButton *m_keepFirst = nullptr;
    QRadioButton *m_keepSecond = nullptr;
    QWidget *m_choiceArea = nullptr;
    QVBoxLayout *m_choiceLayout = nullptr;
    QListWidget *m_moving = nullptr;
    QLabel *m_movingEmpty = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_mergeButton = nullptr;
};

} // namespace caredesk::ui
