// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace caredesk::ui {

/**
 * One look for every dashboard chart: the Okabe–Ito palette (told apart by readers with the common forms of colour
 * blindness, and in grey print), no animation, legend at the bottom, room for Chinese labels.
 */
class ChartStyle final {
public:
    ChartStyle() = delete;

    /** The @p index-th series colour (cycles through eight). */
    [[nodiscard]] static QColor colour(int index);
    [[nodiscard]] static QColor blue() { return colour(0); }
    [[nodiscard]] static QColor orange() { return colour(1); }
    [[nodiscard]] static QColor green() { return colour(2); }
    [[nodiscard]] static QColor vermillion() { return colour(3); }
    [[nodiscard]] static QColor purple() { return colour(4); }
    [[nodiscard]] static QColor sky() { return colour(5); }
    [[nodiscard]] static QColor grey() { return {0x76, 0x76, 0x76}; }
    /** A sequential scale for heatmaps (0 = pale, 1 = dark blue), readable for colour-blind readers. */
    [[nodiscard]] static QColor sequential(double fraction);
    /** Applies the common look to @p chart. */
    static void apply(QChart *chart);
};

} // namespace caredesk::ui
