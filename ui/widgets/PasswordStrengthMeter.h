// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;

namespace caredesk::ui {

/**
 * A bar and two lines of text under a new-password field: the password policy's score (0-4) as a coloured bar and
 * its label, and the policy's first problem, if any.
 */
class PasswordStrengthMeter final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PasswordStrengthMeter)

public:
    explicit PasswordStrengthMeter(QWidget *parent = nullptr);
    ~PasswordStrengthMeter() override;

    /** Assesses @p password for @p userName with core::PasswordPolicy and shows the result. */
    void setPassword(const QString &password, const QString &userName = {});

    [[nodiscard]] int score() const { return m_score; }
    [[nodiscard]] bool isAcceptable() const { return m_acceptable; }

private:
    void applyColour(int score);

    QProgressBar *m_bar = nullptr;
    QLabel *m_scoreLabel = nullptr;
    QLabel *m_problemLabel = nullptr;
    int m_score = 0;
    bool m_acceptable = false;
};

} // namespace caredesk::ui
