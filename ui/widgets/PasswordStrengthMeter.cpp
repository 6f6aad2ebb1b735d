// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/PasswordStrengthMeter.h"

#include "core/auth/PasswordPolicy.h"

#include <QLabel>
#include <QProgressBar>
#include <QVBoxLayout>

#include <array>

namespace caredesk::ui {

namespace {

// Red to green; readable on light and dark window backgrounds alike.
QString colourForScore(int score)
{
    static const std::array<const char *, 5> colours{"#c62828", "#e65100", "#f9a825", "#7cb342", "#2e7d32"};
    return QString::fromLatin1(colours.at(static_cast<std::size_t>(qBound(0, score, 4))));
}

} // namespace

PasswordStrengthMeter::PasswordStrengthMeter(QWidget *parent)
    : QWidget(parent), m_bar(new QProgressBar(this)), m_scoreLabel(new QLabel(this)), m_problemLabel(new QLabel(this))
{
    // 0 means "nothing typed"; a typed password fills score + 1 of five steps so "very weak" is visibly red.
    m_bar->setObjectName(QStringLiteral("strengthBar"));
    m_bar->setRange(0, 5);
    m_bar->setValue(0);
    m_bar->setTextVisible(false);
    m_bar->setFixedHeight(8);
    m_bar->setAccessibleName(tr("Password strength"));

    m_scoreLabel->setObjectName(QStringLiteral("strengthLabel"));
    m_scoreLabel->setTextFormat(Qt::PlainText);

    m_problemLabel->setObjectName(QStringLiteral("strengthProblem"));
    m_problemLabel->setTextFormat(Qt::PlainText);
    m_problemLabel->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_bar);
    layout->addWidget(m_scoreLabel);
    layout->addWidget(m_problemLabel);

    setPassword({});
}

PasswordStrengthMeter::~PasswordStrengthMeter() = default;

void PasswordStrengthMeter::setPassword(const QString &password, const QString &userName)
{
    const core::PasswordAssessment assessment = core::PasswordPolicy::assess(password, userName);
    m_score = qBound(0, assessment.score, 4);
    m_acceptable = assessment.acceptable;
    applyColour(m_score);
    if (password.isEmpty()) {
        // Nothing to rate yet; the policy's first problem is then the rule to follow.
        m_bar->setValue(0);
        m_scoreLabel->clear();
    } else {
        m_bar->setValue(m_score + 1);
        m_scoreLabel->setText(tr("Strength: %1").arg(core::PasswordPolicy::scoreLabel(m_score)));
    }
    m_scoreLabel->setVisible(!password.isEmpty());
    m_problemLabel->setText(assessment.problem);
    m_problemLabel->setVisible(!assessment.problem.isEmpty());
}

void PasswordStrengthMeter::applyColour(int score)
{
    m_bar->setStyleSheet(QStringLiteral("QProgressBar { border: 1px solid palette(mid); border-radius: 3px; "
                                        "background: palette(base); }"
                                        "QProgressBar::chunk { background-color: %1; border-radius: 2px; }")
                             .arg(colourForScore(score)));
}

} // namespace caredesk::ui
