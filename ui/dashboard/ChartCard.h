// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "ui/dashboard/ChartNumbersTableModel.h"

#include <QFrame>
#include <QImage>

class QAction;
class QLabel;
class QStackedWidget;
class QTableView;
class QToolButton;

QT_BEGIN_NAMESPACE
class QChart;
class QChartView;
QT_END_NAMESPACE

namespace caredesk::ui {

/**
 * One dashboard figure: a title, the chart (or another figure such as the cohort heatmap), a caption, and the same
 * data one click away as a table ("Numbers", Alt+N while the card has focus) — and "Export…" (Alt+X) to PNG or to a
 * PDF with the numbers under the chart. The shortcuts act on the card that has the keyboard focus, so every card can
 * have them without clashing with the page's mnemonics.
 */
class ChartCard final : public QFrame {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartCard)

public:
    explicit ChartCard(const QString &title, QWidget *parent = nullptr);
    ~ChartCard() override;

    [[nodiscard]] QString title() const { return m_titleText; }
    /** Shows @p chart (the card owns it; the previous one is deleted). */
    void setChart(QChart *chart);
    /** Shows @p figure instead of a chart (the card owns it), e.g. a table with a colour scale. */
    void setFigure(QWidget *figure);
    void setNumbers(const ChartNumbers &numbers);
    /** A line under the figure: sample size, definition, what is flagged. */
    void setCaption(const QString &caption);
    /** Shows @p text in words in place of the figure (no data for the period); empty text shows the figure again. */
    void setEmptyText(const QString &text);
    /** The figure's preferred height in pixels. */
    void setFigureHeight(int pixels);

    /** For figures that are a list (repeat complainants, liability): the numbers are the figure. */
    void setNumbersOnly(bool numbersOnly);
    [[nodiscard]] bool numbersShown() const;
    void setNumbersShown(bool shown);
    [[nodiscard]] bool isEmptyState() const;

    [[nodiscard]] QChart *chart() const;
    [[nodiscard]] QChartView *chartView() const { return m_chartView; }
    [[nodiscard]] QTableView *numbersView() const { return m_numbersView; }
    [[nodiscard]] ChartNumbersTableModel *numbersModel() const { return m_numbersModel; }

    /** The figure as an image, as it would be exported. */
    [[nodiscard]] QImage image(qreal scale = 2.0) const;
    /** Writes a PNG or (by the suffix .pdf) a PDF to @p path. */
    [[nodiscard]] core::Status exportTo(const QString &path) const;
    /** Asks where to save (PNG or PDF) and saves there; errors go to a message box. */
    void exportInteractively();

Q_SIGNALS:
    /** A numbers row about a customer was opened (Enter or double-click). */
    void openRow(qint64 rowId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updatePage();

    QString m_titleText;
    QLabel *m_title = nullptr;
    QToolButton *m_numbersButton = nullptr;
    QToolButton *m_exportButton = nullptr;
    QAction *m_numbersAction = nullptr;
    QAction *m_exportAction = nullptr;
    QStackedWidget *m_stack = nullptr;
    QChartView *m_chartView = nullptr;
    QWidget *m_figure = nullptr;
    QLabel *m_empty = nullptr;
    QTableView *m_numbersView = nullptr;
    ChartNumbersTableModel *m_numbersModel = nullptr;
    QLabel *m_caption = nullptr;
    bool m_numbersOnly = false;
};

} // namespace caredesk::ui
