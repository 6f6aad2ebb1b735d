// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/EmptyStatePage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace caredesk::ui {

EmptyStatePage::EmptyStatePage(const QString &title, const QString &description, QWidget *parent) : QWidget(parent)
{
    // A narrow centred column reads better than a line across a wide window.
    auto *column = new QWidget(this);
    column->setMaximumWidth(520);

    m_title = new QLabel(title, column);
    m_title->setObjectName(QStringLiteral("emptyStateTitle"));
    m_title->setTextFormat(Qt::PlainText);
    m_title->setAlignment(Qt::AlignHCenter);
    m_title->setWordWrap(true);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    m_description = new QLabel(description, column);
    m_description->setObjectName(QStringLiteral("emptyStateDescription"));
    m_description->setTextFormat(Qt::PlainText);
    m_description->setWordWrap(true);
    m_description->setAlignment(Qt::AlignHCenter);

    auto *notYet = new QLabel(tr("This part of CareDesk is not available yet."), column);
    notYet->setObjectName(QStringLiteral("emptyStateNote"));
    notYet->setAlignment(Qt::AlignHCenter);
    notYet->setWordWrap(true);
    notYet->setForegroundRole(QPalette::PlaceholderText);

    auto *columnLayout = new QVBoxLayout(column);
    columnLayout->setContentsMargins(0, 0, 0, 0);
    columnLayout->setSpacing(12);
    columnLayout->addWidget(m_title);
    columnLayout->addWidget(m_description);
    columnLayout->addWidget(notYet);

    column->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(column, 4);
    row->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->addStretch(2);
    layout->addLayout(row);
    layout->addStretch(3);
}

EmptyStatePage::~EmptyStatePage() = default;

QString EmptyStatePage::title() const
{
    return m_title->text();
}

QString EmptyStatePage::description() const
{
    return m_description->text();
}

} // namespace caredesk::ui
