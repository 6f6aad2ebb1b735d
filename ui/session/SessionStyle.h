// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QLayout>
#include <QString>
#include <QWidget>

namespace caredesk::ui::SessionStyle {

// Shared look of the sign-in and first-run dialogs. The error box carries its own background so its dark red
// stays readable on dark desktop themes too.

inline QFont headingFont(QFont base)
{
    base.setPointSizeF(base.pointSizeF() * 1.4);
    base.setBold(true);
    return base;
}

inline QString errorStyleSheet()
{
    return QStringLiteral("QLabel { color: #8c1d18; background-color: #fdecea; border: 1px solid #f2b8b5; "
                          "border-radius: 4px; padding: 6px 8px; }");
}

inline QString hintStyleSheet()
{
    return QStringLiteral("QLabel { color: #8a5a00; }");
}

/**
 * Grows @p window to the height its content needs at its current width. A layout's minimum size ignores
 * word-wrapped labels' height-for-width, so after a step change or a new error message the content could be
 * squeezed below what it needs.
 */
inline void growToFit(QWidget *window)
{
    if (QLayout *layout = window->layout()) {
        layout->activate();
    }
    const int needed =
        window->hasHeightForWidth() ? window->heightForWidth(window->width()) : window->sizeHint().height();
    if (needed > window->height()) {
        window->resize(window->width(), needed);
    }
}

} // namespace caredesk::ui::SessionStyle
