// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dashboard/ChartStyle.h"

#include <QChart>
#include <QLegend>

#include <algorithm>
#include <array>

namespace caredesk::ui {

QColor ChartStyle::colour(int index)
{
    // Okabe & Ito (2008), without the yellow that vanishes on white paper.
    static const std::array<QColor, 8> palette{
        QColor(0x00, 0x72, 0xB2), QColor(0xE6, 0x9F, 0x00), QColor(0x00, 0x9E, 0x73), QColor(0xD5, 0x5E, 0x00),
        QColor(0xCC, 0x79, 0xA7), QColor(0x56, 0xB4, 0xE9), QColor(0x00, 0x00, 0x00), QColor(0x99, 0x99, 0x99)};
    return palette.at(static_cast<std::size_t>(std::max(0, index)) % palette.size());
}

QColor ChartStyle::sequential(double fraction)
{
    const double f = std::clamp(fraction, 0.0, 1.0);
    // From #f7fbff to #08306b (ColorBrewer "Blues" ends), in lightness order so it also prints in grey.
    const auto mix = [f](int a, int b) { return static_cast<int>(a + (b - a) * f + 0.5); };
    return {mix(0xf7, 0x08), mix(0xfb, 0x30), mix(0xff, 0x6b)};
}

void ChartStyle::apply(QChart *chart)
{
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setTheme(QChart::ChartThemeLight);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setShowToolTips(true);
}

} // namespace caredesk::ui
